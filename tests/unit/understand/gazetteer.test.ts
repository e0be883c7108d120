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
    // Zones aside: the package leaves a few cities without one, which the table fills (below).
    const withoutZone = (city: Partial<City>) => {
      const { timezone: _zone, ...rest } = city;
      return rest;
    };
    const fromPackage = cityMapping.map((city) =>
      Object.fromEntries(FIELDS.filter((field) => field in city).map((f) => [f, city[f]])),
    );
    const table = gazetteerCities();
    expect(table).toHaveLength(fromPackage.length);
    expect(table.map(withoutZone)).toStrictEqual(fromPackage.map(withoutZone));
    table.forEach((city, i) => {
      const zone = cityMapping[i]?.timezone;
      if (zone) expect(city.timezone, city.city).toBe(zone);
    });
  });

  it("gives a city the data leaves without a zone its nearest neighbour's, in its country", () => {
    const zoneOf = (name: string) => gazetteerCities().find((city) => city.city === name)?.timezone;
    // Peace River country keeps Mountain time all year, as Dawson Creek does, not Vancouver's.
    expect(zoneOf('Fort St. John')).toBe('America/Dawson_Creek');
    expect(zoneOf('Perm')).toBe('Asia/Yekaterinburg');
    // No coordinates (0,0) or no country with clocks (Antarctica's stations): none.
    expect(zoneOf('Oymyakon')).toBeNull();
    expect(zoneOf('McMurdo Station')).toBeNull();
  });

  it('keeps the package’s odd values as they are: a numeric iso2', () => {
    const table = gazetteerCities();
    expect(table.find((city) => city.city === 'Pristina')?.iso2).toBe(-99);
  });
});
