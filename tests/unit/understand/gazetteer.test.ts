// The generated gazetteer table equals city-timezones' list, field for field and in order, so an
// upgrade of the package that is not followed by `npm run gen:gazetteer` fails here.
import { cityMapping } from 'city-timezones';
import { describe, expect, it } from 'vitest';
import { type City, gazetteerCities } from '../../../functions/core/understand/gazetteer.ts';

const FIELDS = [
  'city',
  'city_ascii',
  'pop',
  'country',
  'iso2',
  'iso3',
  'province',
  'timezone',
  'state_ansi',
] as const satisfies readonly (keyof City)[];

describe('gazetteer table', () => {
  it('holds every city of city-timezones with the fields places.ts reads, unchanged', () => {
    const fromPackage = cityMapping.map((city) =>
      Object.fromEntries(FIELDS.filter((field) => field in city).map((f) => [f, city[f]])),
    );
    const table = gazetteerCities();
    expect(table).toHaveLength(fromPackage.length);
    expect(table).toStrictEqual(fromPackage);
  });

  it('keeps the package’s odd values as they are: no zone, a numeric iso2', () => {
    const table = gazetteerCities();
    expect(table.filter((city) => city.timezone === null).length).toBeGreaterThan(0);
    expect(table.find((city) => city.city === 'Pristina')?.iso2).toBe(-99);
  });
});
