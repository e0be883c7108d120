// Reader -> places' cities: the generated table (gazetteer-data.ts) read back into records with
// the fields of city-timezones' list that the reader uses, the package's values kept as they are.
import { CITIES, COUNTRIES, FIELD_SEPARATOR, ZONES } from './gazetteer-data.ts';

/** One city as city-timezones lists it, cut to what places.ts reads. */
export interface City {
  city: string;
  city_ascii: string;
  pop: number;
  country: string;
  iso2: string;
  iso3: string;
  province: string;
  /** The package lists no zone for a few Antarctic stations (null) and two countries' iso2 as -99. */
  timezone: string;
  state_ansi?: string;
}

/** The cities in the package's order (ties in population keep it), decoded on each call. */
export function gazetteerCities(): City[] {
  const zones = ZONES.split(FIELD_SEPARATOR);
  return CITIES.map((row) => {
    const [city = '', ascii, pop, countryIndex, province = '', state, zoneIndex] =
      row.split(FIELD_SEPARATOR);
    const [country, iso2, iso3] = COUNTRIES[Number(countryIndex)] ?? [];
    const record: City = {
      city,
      city_ascii: ascii || city,
      pop: Number(pop),
      country: country ?? '',
      iso2: iso2 as string,
      iso3: iso3 ?? '',
      province,
      timezone: (zoneIndex ? zones[Number(zoneIndex)] : null) as string,
    };
    if (state) record.state_ansi = state;
    return record;
  });
}
