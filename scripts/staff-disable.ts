// npm run staff:disable -- --username U — disables the account on the database of DATABASE_URL and ends its sessions
// at once (a server on the same database sees it on the next request). The account stays: cases still name it.
import { parseArgs } from 'node:util';
import { openDatabase } from '../api/db/client.ts';
import { makeWriteQueue } from '../api/db/writeQueue.ts';
import { disableAccount } from '../api/staff/manageAccounts.ts';

const { values } = parseArgs({ options: { username: { type: 'string' } } });
if (!values.username) {
  console.error('Usage: npm run staff:disable -- --username U');
  process.exit(2);
}
const { db, client } = await openDatabase();
const done = await disableAccount({ db, writes: makeWriteQueue(), now: () => new Date() }, values.username, 'staff:disable');
console.log(done ? `Account ${values.username} disabled; its sessions are ended.` : `There is no account ${values.username}.`);
if (!done) process.exitCode = 1;
client.close();
