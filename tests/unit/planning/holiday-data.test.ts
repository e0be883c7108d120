// The generated holiday table answers as date-holidays does (every country and state, in sample
// years of the table), so an upgrade of the package that is not followed by `npm run gen:holidays`
// fails here, as does a table whose last year comes within three years.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR } from '../../../functions/core/planning/holiday-index.ts';
import {
  countryOfZone,
  parseRegion,
  publicHolidays,
  type Region,
} from '../../../functions/core/planning/holidays.ts';
import { EVERY_COUNTRY } from '../../support/holidays.ts';

const catalogue = new Holidays();
const countries = Object.keys(catalogue.getCountries('en'));
const regions: Region[] = countries.flatMap((country) => [
  { country, state: null },
  ...Object.keys(catalogue.getStates(country, 'en') ?? {}).map((state) => ({ country, state })),
]);

/** What the planner read from date-holidays at run time before the table. */
function fromPackage({ country, state }: Region, year: number): Map<string, string> {
  const source = state
    ? new Holidays(country, state, { languages: 'en' })
    : new Holidays(country, { languages: 'en' });
  const days = new Map<string, string>();
  for (const holiday of source.getHolidays(year) || []) {
    if (holiday.type !== 'public') continue;
    const date = holiday.date.slice(0, 10);
    if (date.startsWith(`${year}-`) && !days.has(date)) days.set(date, holiday.name);
  }
  return days;
}

describe('holiday table', () => {
  it.each([FIRST_YEAR, 2026, 2027, 2033, LAST_YEAR])(
    'has every region’s public holidays of %i as date-holidays gives them',
    (year) => {
      const differing = regions.filter((region) => {
        const expected = [...fromPackage(region, year)].sort();
        return (
          JSON.stringify([...publicHolidays(region, year, EVERY_COUNTRY)].sort()) !==
          JSON.stringify(expected)
        );
      });
      expect(regions.length).toBeGreaterThan(500);
      expect(differing).toEqual([]);
    },
  );

  it('reads `set country` texts as it did with date-holidays’ own lists', () => {
    /** The parsing against the package, as the planner did before the table. */
    const withPackage = (text: string): Region | null => {
      const [countryText = '', stateText, ...rest] = text
        .trim()
        .toUpperCase()
        .split(/[\s\-_./]+/);
      if (rest.length > 0 || !/^[A-Z]{2}$/.test(countryText)) return null;
      if (!(countryText in catalogue.getCountries('en'))) return null;
      if (!stateText) return { country: countryText, state: null };
      const states = catalogue.getStates(countryText, 'en') ?? {};
      return stateText in states ? { country: countryText, state: stateText } : null;
    };
    const texts = regions.flatMap(({ country, state }) =>
      state ? [`${country}-${state}`, `${country.toLowerCase()} ${state}`] : [country],
    );
    texts.push('US-XX', 'QQ', 'usa', 'US-NY-X', '');
    expect(texts.map(parseRegion)).toEqual(texts.map(withPackage));
    expect(parseRegion('de-by')).toEqual({ country: 'DE', state: 'BY' });
  });

  it('gives each zone the first country whose zone list in date-holidays holds it', () => {
    const data = (
      catalogue as unknown as { _data: { holidays: Record<string, { zones?: string[] }> } }
    )._data.holidays;
    const expected = new Map<string, string>();
    for (const country of countries)
      for (const zone of data[country]?.zones ?? [])
        if (!expected.has(zone)) expected.set(zone, country);
    expect(expected.size).toBeGreaterThan(250);
    for (const [zone, country] of expected) expect(countryOfZone(zone)).toBe(country);
    expect(countryOfZone('UTC')).toBeNull();
  });

  it('reaches at least three years past today: regenerate it before it runs out', () => {
    expect(LAST_YEAR).toBeGreaterThanOrEqual(new Date().getUTCFullYear() + 3);
    expect(publicHolidays({ country: 'US', state: null }, LAST_YEAR + 1, EVERY_COUNTRY).size).toBe(
      0,
    );
  });
});
