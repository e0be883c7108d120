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

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
function westernEaster(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthDay = h + l - 7 * m + 114;
  return new Date(Date.UTC(year, Math.floor(monthDay / 31) - 1, (monthDay % 31) + 1));
}

/** Orthodox Easter Sunday: the Julian computus, on the Gregorian calendar (13 days on, 1900-2099). */
function orthodoxEaster(year: number): Date {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const monthDay = d + e + 114;
  return new Date(Date.UTC(year, Math.floor(monthDay / 31) - 1, (monthDay % 31) + 1 + 13));
}

/** The `n`th (1-4, or L: the last) ISO weekday (1 Monday .. 7 Sunday) of a month (1-12). */
function nthWeekday(year: number, month: number, weekday: number, n: string): Date {
  const isoDay = (date: Date) => ((date.getUTCDay() + 6) % 7) + 1;
  if (n === 'L') {
    const last = new Date(Date.UTC(year, month, 0));
    return new Date(
      Date.UTC(year, month - 1, last.getUTCDate() - ((isoDay(last) - weekday + 7) % 7)),
    );
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  return new Date(
    Date.UTC(year, month - 1, 1 + ((weekday - isoDay(first) + 7) % 7) + (Number(n) - 1) * 7),
  );
}

const mmdd = (date: Date) =>
  `${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}`;

/**
 * One entry of a region's list in `year` -> [MMDD, name index in base 36 ('' when not kept)].
 * An entry is a date (`1225c`) or a rule for a date that moves: `E-2.4` (two days before
 * Easter), `O1.k` (the day after Orthodox Easter), `W0113.m` (January's third Monday; `L` last).
 */
function entryIn(entry: string, year: number): [string, string] {
  const rule = /^([EOW])([^.]*)\.(.*)$/.exec(entry);
  if (!rule) return [entry.slice(0, 4), entry.slice(4)];
  const [, kind, spec = '', index = ''] = rule;
  if (kind === 'W') {
    const day = nthWeekday(year, Number(spec.slice(0, 2)), Number(spec[2]), spec.slice(3));
    return [mmdd(day), index];
  }
  const easter = kind === 'E' ? westernEaster(year) : orthodoxEaster(year);
  return [mmdd(new Date(easter.getTime() + Number(spec) * 86_400_000)), index];
}

/**
 * A region's table (`every year|FIRST_YEAR|…|LAST_YEAR`) in one year -> MMDD -> name index in
 * base 36, '' for a national holiday the state does not keep. The generator checks its tables
 * with this same reading.
 */
export function regionYear(
  encoded: string,
  year: number,
  firstYear = FIRST_YEAR,
): Map<string, string> {
  const parts = encoded.split('|');
  const days = new Map<string, string>();
  for (const part of [parts[0], parts[year - firstYear + 1]]) {
    for (const entry of part ? part.split(',') : []) {
      const [day, index] = entryIn(entry, year);
      days.set(day, index);
    }
  }
  return days;
}

/** One year's part of a region's table -> MMDD -> name, or null for a day the state does not keep. */
function entries(code: string, year: number): Map<string, string | null> {
  names ??= NAMES.split('\n');
  const days = new Map<string, string | null>();
  for (const [day, index] of regionYear(REGIONS[code] ?? '', year)) {
    days.set(day, index ? (names[Number.parseInt(index, 36)] ?? null) : null);
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
