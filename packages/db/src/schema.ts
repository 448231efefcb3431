import type { ColumnType } from 'kysely';
import type { Database } from './database.types.ts';

// Kysely's view of the generated Supabase types: a column is optional on insert exactly when
// the generated `Insert` type says so, and read-only where `Insert`/`Update` say `never`.
type KyselyTable<T extends { Row: object; Insert?: object; Update?: object }> = {
  [K in keyof T['Row']]: ColumnType<
    T['Row'][K],
    K extends keyof NonNullable<T['Insert']> ? NonNullable<T['Insert']>[K] : never,
    K extends keyof NonNullable<T['Update']> ? NonNullable<T['Update']>[K] : never
  >;
};

type PublicSchema = Database['public'];

export type DB = {
  [T in keyof PublicSchema['Tables']]: KyselyTable<PublicSchema['Tables'][T]>;
} & {
  [V in keyof PublicSchema['Views']]: KyselyTable<PublicSchema['Views'][V]>;
} & {
  'auth.users': AuthUsers;
  'auth.sessions': AuthSessions;
};

/** The part of GoTrue's `auth.users` that the embedded identity provider reads and writes. */
export interface AuthUsers {
  id: string;
  instance_id: string | null;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: string | null;
  invited_at: string | null;
  confirmation_token: string | null;
  recovery_token: string | null;
  recovery_sent_at: string | null;
  last_sign_in_at: string | null;
  raw_app_meta_data: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  raw_user_meta_data: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  created_at: string | null;
  updated_at: string | null;
  banned_until: string | null;
  deleted_at: string | null;
  is_sso_user: ColumnType<boolean, boolean | undefined, boolean>;
  is_anonymous: ColumnType<boolean, boolean | undefined, boolean>;
}

/** GoTrue's `auth.sessions`: a row per live session; deleting it revokes the session. */
export interface AuthSessions {
  id: string;
  user_id: string;
  created_at: string | null;
  updated_at: string | null;
  not_after: string | null;
  refreshed_at: string | null;
  aal: string | null;
  user_agent: string | null;
  ip: string | null;
}

export type Enums = PublicSchema['Enums'];
