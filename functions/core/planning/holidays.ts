// Public holidays for the planner's working days: the user's country and region (`set country
// US-NY`, default from their zone) -> the local dates nothing is planned on, from date-holidays'
// data as scripts/gen-holidays.ts tabled it for the years plans fall in: an index of countries,
// states and zones (holiday-index.ts), read at once, and a table per country (holiday-tables/),
// which the edge loads for the user's country (load-holidays.ts) and hands to the planner, which
// stays synchronous and loads nothing itself.
import type { DateTime } from 'luxon';
import { PlanningError } from './errors.ts';
import { COUNTRIES, FIRST_YEAR, LAST_YEAR } from './holiday-index.ts';
import { regionYear } from './holiday-rules.ts';

/** A country (ISO 3166 alpha-2) and optionally its state or region, as date-holidays names them. */
export interface Region {
  country: string;
  state: string | null;
}

/** `US-NY`, `GB`: how a region is stored and shown. */
export function regionCode(region: Region): string {
  return region.state ? `${region.country}-${region.state}` : region.country;
}

/**
 * `US-NY`, `us ny`, `GB`, `de-by` -> the region, when date-holidays knows it; null otherwise. A
 * state the country does not have makes the whole text unknown rather than silently national.
 */
export function parseRegion(text: string): Region | null {
  const [countryText = '', stateText, ...rest] = text
    .trim()
    .toUpperCase()
    .split(/[\s\-_./]+/);
  if (rest.length > 0 || !/^[A-Z]{2}$/.test(countryText)) return null;
  const country = Object.hasOwn(COUNTRIES, countryText) ? COUNTRIES[countryText] : undefined;
  if (!country) return null;
  if (!stateText) return { country: countryText, state: null };
  return country.states.includes(stateText) ? { country: countryText, state: stateText } : null;
}

let zoneCountries: Map<string, string> | undefined;

/**
 * The country a zone is lived in, from date-holidays' own zone lists; the first country listing a
 * zone wins, so America/New_York -> US, Europe/London -> GB. Null for zones no country lists (`UTC`).
 */
export function countryOfZone(zone: string): string | null {
  if (!zoneCountries) {
    zoneCountries = new Map();
    for (const [country, { zones }] of Object.entries(COUNTRIES))
      for (const name of zones) if (!zoneCountries.has(name)) zoneCountries.set(name, country);
  }
  return zoneCountries.get(zone) ?? null;
}

/** One country's table, a module of holiday-tables/ (whose REGIONS' doc gives its encoding). */
export interface HolidayTable {
  /** Holiday names; an entry's base-36 index points here. */
  NAMES: readonly string[];
  /** Region code (`US`, `US-NY`) -> its years; a state's holds what differs from its country. */
  REGIONS: Readonly<Record<string, string>>;
}

/**
 * The holiday tables a plan may read, by country code: what the edge loaded for the user
 * (`holidaysFor`). A plan that needs a country's holidays and finds no table throws, rather than
 * plan over a holiday.
 */
export type Holidays = Readonly<Record<string, HolidayTable>>;

/** No table: for a decision that moves no milestone (`stop`, a rejection), so loads nothing. */
export const NO_HOLIDAYS: Holidays = Object.freeze({});

/** One year's part of a region's table -> MMDD -> name, or null for a day the state does not keep. */
function entries(table: HolidayTable, code: string, year: number): Map<string, string | null> {
  const days = new Map<string, string | null>();
  for (const [day, index] of regionYear(table.REGIONS[code] ?? '', year, FIRST_YEAR)) {
    days.set(day, index ? (table.NAMES[Number.parseInt(index, 36)] ?? null) : null);
  }
  return days;
}

// Per region and year: local date (YYYY-MM-DD) -> the holiday's name.
const calendars = new Map<string, Map<string, string>>();

/**
 * Public holidays and their substitutes only, not observances or bank-only days. Throws when
 * `holidays` holds no table of the region's country: the edge loads it before it plans.
 */
export function publicHolidays(
  region: Region,
  year: number,
  holidays: Holidays,
): Map<string, string> {
  const table = Object.hasOwn(holidays, region.country) ? holidays[region.country] : undefined;
  if (!table) {
    throw new PlanningError(
      `the public holidays of ${region.country} were not loaded: load them (holidaysFor) to plan`,
    );
  }
  const key = `${regionCode(region)}:${year}`;
  const cached = calendars.get(key);
  if (cached) return cached;
  const local = new Map<string, string>();
  if (year >= FIRST_YEAR && year <= LAST_YEAR) {
    for (const [date, name] of entries(table, region.country, year))
      if (name) local.set(date, name);
    if (region.state)
      for (const [date, name] of entries(table, regionCode(region), year))
        name ? local.set(date, name) : local.delete(date);
  }
  const days = new Map<string, string>();
  for (const [date, name] of local) days.set(`${year}-${date.slice(0, 2)}-${date.slice(2)}`, name);
  calendars.set(key, days);
  return days;
}

/**
 * The name of the public holiday on `day`'s local date in `region`, or null on an ordinary day
 * (and in years outside the table, which the table's test keeps years ahead of today).
 */
export function holidayOn(day: DateTime, region: Region | null, holidays: Holidays): string | null {
  if (!region) return null;
  return publicHolidays(region, day.year, holidays).get(day.toISODate() ?? '') ?? null;
}

/** The region whose holidays apply: the one the user set, else the one their zone suggests. */
export function regionFor(setting: string | null, zone: string): Region | null {
  if (setting) return parseRegion(setting);
  const country = countryOfZone(zone);
  return country ? parseRegion(country) : null;
}
