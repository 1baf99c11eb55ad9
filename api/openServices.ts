// Opens everything the API needs: content, calendar (and, below, the database and keys).
import { loadCalendar } from './content/holidays.ts';
import { loadRegions } from './content/regions.ts';
import type { Services } from './services.ts';

export async function openServices(): Promise<Services> {
  return { regions: loadRegions(), calendar: loadCalendar() };
}
