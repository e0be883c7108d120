// Planner's edge -> the holiday tables a plan reads, loaded: each country's is a module of its own
// (a chunk in the bundles), imported the first time a plan in that country is made, then kept by
// the module loader. Only the use-cases that plan import this module (not through index.ts), so a
// function that never plans ships no table at all.
import { HOLIDAY_TABLES } from './holiday-tables.ts';
import { type Holidays, regionFor } from './holidays.ts';

/** The tables of `countries` (those the index knows; others are left out). */
export async function loadHolidayTables(countries: Iterable<string>): Promise<Holidays> {
  const loaded = await Promise.all(
    [...new Set(countries)].map(async (country) => {
      const load = Object.hasOwn(HOLIDAY_TABLES, country) ? HOLIDAY_TABLES[country] : undefined;
      return load ? ([[country, await load()]] as const) : [];
    }),
  );
  return Object.fromEntries(loaded.flat());
}

/**
 * What a plan for the user reads: the table of their region's country (`set country`, else their
 * zone's; see `regionFor`), none without a region.
 */
export function holidaysFor(setting: string | null, zone: string): Promise<Holidays> {
  const region = regionFor(setting, zone);
  return loadHolidayTables(region ? [region.country] : []);
}
