// The demo cases the server seeds on start. Seeding again adds nothing and answers with the same case numbers,
// so a test opens the server's database (same DATABASE_URL and key file in the environment) and asks.
import { openServices } from '../../../api/openServices.ts';
import { seedDemoData, type SeededCase } from '../../../api/db/seed/index.ts';

export async function demoCases(): Promise<SeededCase[]> {
  const services = await openServices();
  try {
    return await seedDemoData(services);
  } finally {
    services.client.close();
  }
}

export async function demoCase(stage: SeededCase['stage']): Promise<SeededCase> {
  const found = (await demoCases()).find((c) => c.stage === stage);
  if (!found) throw new Error(`no demo case at stage ${stage}`);
  return found;
}
