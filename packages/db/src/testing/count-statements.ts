// How many statements a piece of code sends through Kysely (issue 15: each costs the Node process a socket
// write and a parse, more than most public queries cost Postgres). Raw `sql` templates count too: they run
// through the same plugins. The `begin` and `commit` of a transaction are the driver's, not counted.
import type { KyselyPlugin, Transaction } from 'kysely';

/**
 * `tx` with a counter: run the code under test with `counted.tx`, then read `counted.statements`. A new
 * object, so what is memoised per transaction (the figures' fingerprint) starts afresh, as in a request.
 */
export function countingStatements<DB>(tx: Transaction<DB>): {
  tx: Transaction<DB>;
  readonly statements: number;
} {
  let statements = 0;
  const counter: KyselyPlugin = {
    // Counted on results, once per statement run: `transformQuery` also sees each subquery built from the
    // transaction itself (`tx.selectFrom(…)` nested in another query), not only what is sent.
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      statements += 1;
      return args.result;
    },
  };
  return {
    tx: tx.withPlugin(counter),
    get statements() {
      return statements;
    },
  };
}
