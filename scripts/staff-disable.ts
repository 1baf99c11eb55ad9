// npm run staff:disable -- --username U — disables the account on the database of DATABASE_URL and ends its sessions
// at once (a server on the same database sees it on the next request). The account stays: cases still name it.
import { parseArgs } from 'node:util';
import { disableAccount } from '../api/staff/manageAccounts.ts';
import { openAccountsDb } from './support/accountsDb.ts';

const { values } = parseArgs({ options: { username: { type: 'string' } } });
if (!values.username) {
  console.error('Usage: npm run staff:disable -- --username U');
  process.exit(2);
}
const opened = await openAccountsDb();
const done = await disableAccount(opened, values.username, 'system:staff:disable');
console.log(done ? `Account ${values.username} disabled; its sessions are ended.` : `There is no account ${values.username}.`);
if (!done) process.exitCode = 1;
opened.client.close();
