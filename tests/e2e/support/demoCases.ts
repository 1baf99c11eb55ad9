// The demo data the server seeds on start (playwright.config.ts asks for it). Seeding again adds nothing and answers
// with the same case numbers, so a test opens the server's database (same DATABASE_URL and key file in the
// environment) and asks; the agents' passwords are read from the credentials file the server wrote beside it.
import { openServices } from '../../../api/openServices.ts';
import { seedDemoData, type SeededCase } from '../../../api/db/seed/index.ts';
import { demoCredentialsFile, readDemoCredentials } from '../../../api/db/seed/demoCredentials.ts';

export async function demoCases(): Promise<SeededCase[]> {
  const services = await openServices();
  try {
    return (await seedDemoData(services, demoCredentialsFile())).cases;
  } finally {
    services.client.close();
  }
}

export async function demoCase(stage: SeededCase['stage']): Promise<SeededCase> {
  const found = (await demoCases()).find((c) => c.stage === stage);
  if (!found) throw new Error(`no demo case at stage ${stage}`);
  return found;
}

/** The password the server made for a demo agent on its first demo start. */
export async function demoAgentPassword(username: string): Promise<string> {
  const agent = (await readDemoCredentials(demoCredentialsFile())).agents.find((a) => a.username === username);
  if (!agent) throw new Error(`no demo agent ${username} in ${demoCredentialsFile()}`);
  return agent.password;
}
