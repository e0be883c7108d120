// Public holidays for the planner's working days: the user's country and region (`set country
// US-NY`, default from their zone) -> the local dates nothing is planned on, from date-holidays.
import Holidays from 'date-holidays';
import type { DateTime } from 'luxon';

/** A country (ISO 3166 alpha-2) and optionally its state or region, as date-holidays names them. */
export interface Region {
  country: string;
  state: string | null;
}

/** `US-NY`, `GB`: how a region is stored and shown. */
export function regionCode(region: Region): string {
  return region.state ? `${region.country}-${region.state}` : region.country;
}

const catalogue = new Holidays();

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
  if (!(countryText in catalogue.getCountries('en'))) return null;
  if (!stateText) return { country: countryText, state: null };
  const states = catalogue.getStates(countryText, 'en') ?? {};
  return stateText in states ? { country: countryText, state: stateText } : null;
}

let zoneCountries: Map<string, string> | undefined;

/**
 * The country a zone is lived in, from date-holidays' own zone lists (its data, when the package
 * exposes it as it does today; else per country, slower); the first country listing a zone wins,
 * so America/New_York -> US, Europe/London -> GB. Null for zones no country lists (`UTC`).
 */
export function countryOfZone(zone: string): string | null {
  if (!zoneCountries) {
    zoneCountries = new Map();
    const data = (
      catalogue as unknown as { _data?: { holidays?: Record<string, { zones?: string[] }> } }
    )._data?.holidays;
    for (const country of Object.keys(catalogue.getCountries('en'))) {
      const zones = data ? (data[country]?.zones ?? []) : new Holidays(country).getTimezones();
      for (const name of zones) if (!zoneCountries.has(name)) zoneCountries.set(name, country);
    }
  }
  return zoneCountries.get(zone) ?? null;
}

// Per region and year: local date (YYYY-MM-DD) -> the holiday's name.
const calendars = new Map<string, Map<string, string>>();

function publicHolidays(region: Region, year: number): Map<string, string> {
  const key = `${regionCode(region)}:${year}`;
  const cached = calendars.get(key);
  if (cached) return cached;
  const source = region.state
    ? new Holidays(region.country, region.state, { languages: 'en' })
    : new Holidays(region.country, { languages: 'en' });
  const days = new Map<string, string>();
  // Only days off for everyone: public holidays and their substitutes, not observances or bank-only days.
  for (const holiday of source.getHolidays(year) || []) {
    if (holiday.type !== 'public') continue;
    const date = holiday.date.slice(0, 10);
    if (!days.has(date)) days.set(date, holiday.name);
  }
  calendars.set(key, days);
  return days;
}

/** The name of the public holiday on `day`'s local date in `region`, or null on an ordinary day. */
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
