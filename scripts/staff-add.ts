// npm run staff:add -- --username U --role ROLE --county CODE [--township NAME] [--village NAME] [--name 显示名]
// Makes an account on the database of DATABASE_URL and prints its generated password (and, for county-approver and
// admin, the TOTP address to scan) once: hand them over in person; they are stored only as a hash and sealed.
import { parseArgs } from 'node:util';
import { loadRegions } from '../api/content/regions.ts';
import { processHashQueue } from '../api/security/hashQueue.ts';
import { AccountRefused, addAccount } from '../api/staff/manageAccounts.ts';
import { openAccountsDb } from './support/accountsDb.ts';

const { values } = parseArgs({
  options: { username: { type: 'string' }, role: { type: 'string' }, county: { type: 'string' }, township: { type: 'string' }, village: { type: 'string' }, name: { type: 'string' } },
});
if (!values.username || !values.role || !values.county) {
  console.error('Usage: npm run staff:add -- --username U --role ROLE --county CODE [--township NAME] [--village NAME] [--name 显示名]');
  process.exit(2);
}
const opened = await openAccountsDb();
const hashing = processHashQueue();
try {
  const made = await addAccount(
    { ...opened, hashing, regions: loadRegions() },
    { username: values.username, role: values.role, county: values.county, township: values.township, village: values.village, displayName: values.name, by: 'system:staff:add' },
  );
  console.log(`Account ${made.username} (${made.role}) made.`);
  console.log(`password: ${made.password}`);
  if (made.totpUri) console.log(`totp: ${made.totpUri}`);
} catch (err) {
  if (!(err instanceof AccountRefused)) throw err;
  console.error(err.message);
  process.exitCode = 1;
} finally {
  await hashing.close();
  opened.client.close();
}
