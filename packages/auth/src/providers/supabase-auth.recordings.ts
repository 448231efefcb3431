// Responses of Supabase Auth (GoTrue v2) as recorded from a hosted project, trimmed to what we read.
// `{{ACCESS_TOKEN}}` is replaced at replay by a token signed with the test project's JWT secret.

export interface Recording {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  status: number;
  body: unknown;
}

const user = {
  id: '7c0e5d1a-3b7e-4f43-9a52-0c5b8f6f2a11',
  aud: 'authenticated',
  role: 'authenticated',
  email: 'gestionnaire@konkarlab.test',
  email_confirmed_at: '2026-11-02T09:14:03.212Z',
  phone: '',
  confirmed_at: '2026-11-02T09:14:03.212Z',
  last_sign_in_at: '2026-11-23T08:01:12.002Z',
  app_metadata: { provider: 'email', providers: ['email'] },
  user_metadata: { display_name: 'Gwen' },
  identities: [],
  created_at: '2026-11-02T09:13:40.771Z',
  updated_at: '2026-11-23T08:01:12.010Z',
  is_anonymous: false,
};

const session = {
  access_token: '{{ACCESS_TOKEN}}',
  token_type: 'bearer',
  expires_in: 3600,
  expires_at: 1795000000,
  refresh_token: 'r3fr3sh-t0k3n-kq2m',
  user,
};

export const recordings = {
  user,
  signInOk: { method: 'POST', path: '/auth/v1/token?grant_type=password', status: 200, body: session },
  signInWrongPassword: {
    method: 'POST',
    path: '/auth/v1/token?grant_type=password',
    status: 400,
    body: { code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' },
  },
  serviceUnavailable: {
    method: 'POST',
    path: '/auth/v1/token?grant_type=password',
    status: 503,
    body: { message: 'upstream connect error' },
  },
  otpSent: { method: 'POST', path: '/auth/v1/otp', status: 200, body: {} },
  otpUnknownAddress: {
    method: 'POST',
    path: '/auth/v1/otp',
    status: 422,
    body: { code: 422, error_code: 'otp_disabled', msg: 'Signups not allowed for otp' },
  },
  verifyOk: { method: 'POST', path: '/auth/v1/verify', status: 200, body: session },
  verifyExpired: {
    method: 'POST',
    path: '/auth/v1/verify',
    status: 403,
    body: { code: 403, error_code: 'otp_expired', msg: 'Email link is invalid or has expired' },
  },
  refreshOk: { method: 'POST', path: '/auth/v1/token?grant_type=refresh_token', status: 200, body: session },
  logout: { method: 'POST', path: '/auth/v1/logout?scope=local', status: 204, body: null },
  recoverSent: { method: 'POST', path: '/auth/v1/recover', status: 200, body: {} },
} satisfies Record<string, Recording | typeof user>;
