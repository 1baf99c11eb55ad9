// The claims' connection on a libSQL server or an embedded replica: the same statements as on a local file, run
// through @libsql/client. A batch is one interactive write transaction, opened by its flush and committed or
// closed before the flush ends, so none stays open across requests.
import type { Client, InArgs, ResultSet, Transaction } from '@libsql/client';
import type { ClaimConnection, ClaimTransaction, ClaimTx, Statement } from './claimConnection.ts';

const firstRow = (rs: ResultSet): unknown[] | undefined => {
  const row = rs.rows[0];
  return row ? rs.columns.map((_, i) => row[i]) : undefined;
};

function statementsOn(target: Pick<Client | Transaction, 'execute'>): ClaimTx {
  const execute = ({ sql, args }: Statement) => target.execute({ sql, args: args as InArgs });
  return {
    one: async (statement) => firstRow(await execute(statement)),
    run: async (statement) => (await execute(statement)).rowsAffected,
  };
}

export function clientClaimConnection(client: Client): ClaimConnection {
  return {
    ...statementsOn(client),
    async begin(): Promise<ClaimTransaction> {
      const tx = await client.transaction('write');
      let done = false;
      return {
        ...statementsOn(tx),
        commit: async () => {
          await tx.commit();
          done = true;
        },
        close: async () => {
          if (!done) await tx.rollback().catch(() => undefined);
          tx.close();
        },
      };
    },
    // The client is closed with the database.
    close: () => undefined,
  };
}
