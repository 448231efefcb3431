import { isMessageKey } from '@rf/i18n';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../errors.ts';
import { appRouter } from '../root.ts';
import { type ApiHarness, startApiHarness } from '../testing.ts';

// SPEC §5, hostile input: every procedure of the router (new ones are picked up by themselves) is called
// anonymously with generated inputs. Whatever comes in, the answer is data or a 4xx TRPCError the apps can
// say in French, and nothing is written.

let h: ApiHarness;

/** The rate limits' counters (decision 033): counting attempts is their job, even on refused input. */
const THROTTLE_TABLES = new Set(['private.rate_limit_counters']);

async function rowCounts(): Promise<Record<string, number>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_schema || '.' || table_name as name from information_schema.tables
    where table_schema in ('public', 'private', 'auth') and table_type = 'BASE TABLE'
    order by 1`.execute(h.db.db);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (THROTTLE_TABLES.has(name)) continue;
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.raw(name)}`.execute(
      h.db.db,
    );
    counts[name] = rows[0]?.n ?? 0;
  }
  return counts;
}

// Values that have broken web apps before: injections, control and null characters (Postgres refuses
// \u0000 in text), huge strings and numbers, look-alike identifiers, prototype keys.
const hostileString = fc.constantFrom(
  "' or 1=1 --",
  '"; drop table public.places; --',
  '<script>alert(1)</script>',
  'a\u0000b',
  '\u0000',
  '../../../etc/passwd',
  '%00',
  'x'.repeat(100_000),
  '😀'.repeat(300),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '-1',
  'NaN',
  '__proto__',
  'constructor',
  'on',
  'true',
  '',
  ' ',
);
const hostileNumber = fc.constantFrom(
  0,
  -1,
  1.5,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 31,
  -(2 ** 63),
);
const leaf = fc.oneof(
  hostileString,
  hostileNumber,
  fc.string(),
  fc.uuid(),
  fc.emailAddress(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const value = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** The keys of the procedure's input object when it has one, so that most inputs reach past the shape. */
function inputKeys(procedure: unknown): string[] {
  const inputs = (procedure as { _def: { inputs?: unknown[] } })._def.inputs ?? [];
  const shape = (inputs[0] as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

function inputFor(procedure: unknown): fc.Arbitrary<unknown> {
  const keys = inputKeys(procedure);
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] })
    : fc.dictionary(fc.string(), value, { maxKeys: 4 });
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: value });
}

/** Inputs every procedure gets besides the generated ones: each field at once null-byted, huge, an id. */
function examplesFor(procedure: unknown): [unknown][] {
  const keys = inputKeys(procedure);
  const all = (v: unknown) => Object.fromEntries(keys.map((k) => [k, v]));
  return [
    [all('a\u0000b')],
    [all('x'.repeat(100_000))],
    [all('00000000-0000-4000-8000-000000000000')],
    [all(['a', 'b'])],
    [all({ toString: 'x' })],
  ];
}

const procedures = Object.entries(appRouter._def.procedures as Record<string, unknown>);

type Call = (input: unknown) => Promise<unknown>;

async function anonymousCall(path: string): Promise<Call> {
  const { api } = await h.as();
  let target: unknown = api;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  return target as Call;
}

/** What a refusal must look like: a 4xx a form can turn into a French sentence of the catalogue. */
function checkRefusal(path: string, input: unknown, error: unknown): void {
  const context = `${path}(${JSON.stringify(input)?.slice(0, 300)})`;
  if (!(error instanceof TRPCError)) throw new Error(`${context} threw ${String(error)}`);
  const status = getHTTPStatusCodeFromError(error);
  if (status < 400 || status >= 500)
    throw new Error(`${context} answered ${status} ${error.code}: ${String(error.cause ?? error.message)}`);
  const described = describeError(error);
  if (described.code === 'unexpected' || !isMessageKey(`errors.${described.code}`))
    throw new Error(`${context} has no French message (code ${described.code})`);
}

beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h?.stop());

describe('every procedure, called anonymously with hostile input', () => {
  it('counts a 5xx, an error without a French message or a bare exception as a failure', () => {
    const internal = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'unexpected' });
    expect(() => checkRefusal('x', {}, internal)).toThrow(/answered 500/);
    expect(() => checkRefusal('x', {}, new TypeError('boom'))).toThrow(/threw/);
    expect(() =>
      checkRefusal('x', {}, new TRPCError({ code: 'BAD_REQUEST', message: 'invalid_input' })),
    ).not.toThrow();
  });

  it('answers data or a 4xx with a French message, never a 5xx, and writes nothing', async () => {
    expect(procedures.length).toBeGreaterThan(50);
    const before = await rowCounts();
    const publicOnes: string[] = [];

    for (const [path, procedure] of procedures) {
      const call = await anonymousCall(path);
      // A procedure that needs a session refuses before reading its input: a few runs are enough.
      const probe = await call({}).then(
        () => null,
        (error: unknown) => error,
      );
      const needsSession =
        probe instanceof TRPCError && probe.code === 'UNAUTHORIZED' && probe.message === 'unauthenticated';
      if (!needsSession) publicOnes.push(path);

      await fc.assert(
        fc.asyncProperty(inputFor(procedure), async (input) => {
          await call(input).then(
            () => undefined,
            (error: unknown) => checkRefusal(path, input, error),
          );
        }),
        {
          numRuns: needsSession ? 5 : 30,
          seed: 20261123,
          endOnFailure: true,
          examples: needsSession ? [] : examplesFor(procedure),
        },
      );
    }

    // Public procedures are the ones people reach without an account: the directory, bookings, sign-in.
    expect(publicOnes).toEqual(
      expect.arrayContaining(['booking.book', 'identity.signIn', 'directory.search']),
    );
    expect(await rowCounts()).toEqual(before);
  }, 120_000);
});
