// What a report names is checked before it is counted or stored: a county of the portal, a township of it (a typed one
// is taken as typed, one of another county refused by name), a programme of the catalog.
import { isCatalogId } from '../content/catalog.ts';
import { countyUnit, placeTownship } from '../domain/places.ts';
import { ApiError } from '../http/errors.ts';
import type { ReportRequest } from '../schemas/reports.ts';
import type { Services } from '../services.ts';

export function checkReportPlace(services: Services, request: ReportRequest): void {
  if (!countyUnit(services.regions, request.county)) throw new ApiError(422, 'report_county_unknown', { field: 'county' });
  if (request.programme !== undefined && !isCatalogId(request.programme)) {
    throw new ApiError(422, 'validation', { field: 'programme', messageKey: 'field.report.programme-unknown' });
  }
  if (request.township === undefined) return;
  const placed = placeTownship(services.regions, request.county, request.township);
  if (placed.kind === 'elsewhere') throw new ApiError(422, 'township_other_county', { field: 'township', params: { township: request.township, county: placed.countyName } });
}
