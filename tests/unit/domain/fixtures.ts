// Data the domain tests read: the shared samples, the region files and the holiday calendar.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { regionSchema, type Region } from '../../../site/schemas/region.ts';
import { loadHolidayCalendar, type HolidayCalendar, type HolidayCalendarData } from '../../../api/domain/holidayCalendar.ts';

const root = join(import.meta.dirname, '../../..');
/** The shared sample files: SHARED_DATA_DIR, else the shared/ folder beside the checkout (as CI lays it), else this workspace's. */
const besideCheckout = join(root, '../shared/data');
const sharedData = process.env['SHARED_DATA_DIR'] ?? (existsSync(besideCheckout) ? besideCheckout : '/work/shared/data');

export function readSample<T>(file: string): T {
  return JSON.parse(readFileSync(join(sharedData, file), 'utf8')) as T;
}

export function readRepoJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

/** Every content/regions/*.yaml, checked against the site's region schema. */
export function loadRegions(): Region[] {
  const dir = join(root, 'content/regions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => regionSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));
}

export function holidayData(): HolidayCalendarData {
  return readRepoJson<HolidayCalendarData>('content/calendar/cn-holidays.json');
}

export function holidayCalendar(): HolidayCalendar {
  return loadHolidayCalendar(holidayData());
}
