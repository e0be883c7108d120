// Public holidays for the planner's working days: the user's country and region (`set country
// US-NY`, default from their zone) -> the local dates nothing is planned on, from date-holidays'
// data as scripts/gen-holidays.ts tabled it (holiday-data.ts) for the years plans fall in.
import type { DateTime } from 'luxon';
import { COUNTRIES, FIRST_YEAR, LAST_YEAR, NAMES, REGIONS } from './holiday-data.ts';

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

let names: string[] | undefined;

/** One year's part of a region's table -> MMDD -> name, or null for a day the state does not keep. */
function entries(code: string, year: number): Map<string, string | null> {
  names ??= NAMES.split('\n');
  const parts = (REGIONS[code] ?? '').split('|');
  const days = new Map<string, string | null>();
  for (const part of [parts[0], parts[year - FIRST_YEAR + 1]]) {
    for (const entry of part ? part.split(',') : []) {
      const index = entry.slice(4);
      days.set(entry.slice(0, 4), index ? (names[Number.parseInt(index, 36)] ?? null) : null);
    }
  }
  return days;
}

// Per region and year: local date (YYYY-MM-DD) -> the holiday's name.
const calendars = new Map<string, Map<string, string>>();

/** Public holidays and their substitutes only, not observances or bank-only days. */
export function publicHolidays(region: Region, year: number): Map<string, string> {
  const key = `${regionCode(region)}:${year}`;
  const cached = calendars.get(key);
  if (cached) return cached;
  const local = new Map<string, string>();
  if (year >= FIRST_YEAR && year <= LAST_YEAR) {
    for (const [date, name] of entries(region.country, year)) if (name) local.set(date, name);
    if (region.state)
      for (const [date, name] of entries(regionCode(region), year))
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
export function holidayOn(day: DateTime, region: Region | null): string | null {
  if (!region) return null;
  return publicHolidays(region, day.year).get(day.toISODate() ?? '') ?? null;
}

/** The region whose holidays apply: the one the user set, else the one their zone suggests. */
export function regionFor(setting: string | null, zone: string): Region | null {
  if (setting) return parseRegion(setting);
  const country = countryOfZone(zone);
  return country ? parseRegion(country) : null;
}
