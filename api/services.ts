// What the API needs at run time, opened once at start and handed to handlers through the context.
import type { RegionFile } from './content/regions.ts';
import type { HolidayCalendar } from './domain/holidayCalendar.ts';

export interface Services {
  regions: RegionFile[];
  calendar: HolidayCalendar;
}
