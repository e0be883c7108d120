// Tests -> every country's holiday table, loaded as the edge loads one (`holidaysFor`), so that a
// plan in any zone or `set country` reads the same holidays as in a Lambda.
import { COUNTRIES } from '../../functions/core/planning/holiday-index.ts';
import { loadHolidayTables } from '../../functions/core/planning/load-holidays.ts';

export const EVERY_COUNTRY = await loadHolidayTables(Object.keys(COUNTRIES));
