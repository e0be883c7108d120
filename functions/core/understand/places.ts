// Reader -> places: city names to IANA zones, from city-timezones' GeoNames list of 7,300 cities
// (as the table gazetteer-data.ts generated from it).
// A city gives the zone of a time written after it ("10:00 AM Mexico City"), the writer's zone
// from the office in a signature ("Vancouver, BC V6B 2Y5"), and tells a place from a person.
import { DateTime } from 'luxon';
import { canonicalZone } from '../iana-zone.ts';
import { type City as CityData, gazetteerCities } from './gazetteer.ts';

export interface Place {
  /** The city as written in the list ("Kansas City"). */
  city: string;
  zone: string;
  /** Country, ISO 3166 alpha-2. */
  country: string;
}

export interface PlaceMatch extends Place {
  /** The text that named it, for saying where a zone came from ("Vancouver, BC"). */
  text: string;
  /** 0..1: a qualified or unique major city is sure; a common small town name is not. */
  confidence: number;
}

// Postal abbreviations that GeoNames' province names don't carry (US states are in the list).
const REGION_CODES: Record<string, string> = {
  // Canada
  ab: 'alberta',
  bc: 'british columbia',
  mb: 'manitoba',
  nb: 'new brunswick',
  nl: 'newfoundland and labrador',
  ns: 'nova scotia',
  nt: 'northwest territories',
  nu: 'nunavut',
  on: 'ontario',
  pe: 'prince edward island',
  qc: 'québec',
  sk: 'saskatchewan',
  yt: 'yukon',
  // Australia
  act: 'australian capital territory',
  nsw: 'new south wales',
  qld: 'queensland',
  sa: 'south australia',
  tas: 'tasmania',
  vic: 'victoria',
  wa: 'western australia',
  // Countries written by their common short name
  uk: 'gb',
  usa: 'us',
};

// Countries as their own people write them in English mail ("Port Nelson, Aotearoa New Zealand").
const COUNTRY_NAMES_AT_HOME: Record<string, string> = {
  aotearoa: 'new zealand',
  'aotearoa new zealand': 'new zealand',
  'new zealand aotearoa': 'new zealand',
  deutschland: 'germany',
  espana: 'spain',
  italia: 'italy',
  brasil: 'brazil',
  schweiz: 'switzerland',
  suisse: 'switzerland',
  svizzera: 'switzerland',
  osterreich: 'austria',
  nederland: 'netherlands',
  'the netherlands': 'netherlands',
  sverige: 'sweden',
  norge: 'norway',
  danmark: 'denmark',
  suomi: 'finland',
  polska: 'poland',
  eire: 'ireland',
};

/** A country's name as the list spells it, folded: "Aotearoa" -> "new zealand". */
function countryKey(name: string): string {
  const folded = fold(name);
  return COUNTRY_NAMES_AT_HOME[folded] ?? folded;
}

const ALIASES: Record<string, string> = {
  nyc: 'new york',
  'new york city': 'new york',
  sf: 'san francisco',
  bangalore: 'bengaluru',
  'ciudad de méxico': 'mexico city',
  'ciudad de mexico': 'mexico city',
  münchen: 'munich',
  köln: 'cologne',
  wien: 'vienna',
  'den haag': 'the hague',
  kyiv: 'kiev',
  'tel aviv': 'tel aviv-yafo',
};

// City names that are ordinary words, or a person's first name, in English mail: named alone
// they are never a place ("Reading", "Mobile", "Victoria"); with a region they still are.
// (The ordinary words stay no place before "time" too: "Reading time: 30 minutes".)
const ORDINARY_WORD_NAMES = new Set(
  'reading mobile nice split bath orange independence eagle mission hope best temple wells enterprise commerce progress liberty energy'.split(
    ' ',
  ),
);
const WORD_NAMES = new Set([
  ...ORDINARY_WORD_NAMES,
  ...'victoria jackson florence eugene marion charlotte austin lincoln madison jordan chester york aurora columbus troy sandy santa clara darwin'.split(
    ' ',
  ),
]);

// Cities named alone as often as people are ("10am Sydney for the coding exercise", "2pm Phoenix
// is your interviewer"): after a clock, only the words that follow can tell which.
const ALSO_A_GIVEN_NAME = new Set(
  'sydney phoenix paris dallas houston denver orlando kingston hamilton raleigh adelaide regina milan sofia brooklyn'.split(
    ' ',
  ),
);

/** A city's name that is also a person's first name ("Sydney", "Phoenix"). */
export function alsoAGivenName(name: string): boolean {
  return ALSO_A_GIVEN_NAME.has(fold(name));
}

/** Lower case without accents: "Zürich" and "ZURICH" -> "zurich". */
function fold(text: string): string {
  // Plain ASCII has no accents to strip, and most of the 15,000 names the gazetteer folds on first
  // use are plain ASCII.
  const plain = /^[\t\n\r -~]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
  return plain.toLowerCase().trim();
}

interface Gazetteer {
  /** Cities by folded name, largest first. */
  byName: Map<string, CityData[]>;
  /** Zones by folded country name or ISO alpha-3 code. */
  byCountry: Map<string, Set<string>>;
  /**
   * Each state's or province's zones, with the people its listed cities hold in each: keyed
   * "US:AZ" by a US state's code (the list's state_ansi), "AU:queensland" and "CA:alberta" by an
   * Australian or Canadian one's folded name (REGION_CODES spells the codes out).
   */
  byRegion: Map<string, Map<string, number>>;
  /** Zones by ISO alpha-2 code ("GB"), kept apart: as words, "IT" and "IN" are no countries. */
  byIso2: Map<string, Set<string>>;
  /** Every folded state, province, country and code a listed city carries. */
  regions: Set<string>;
  /** The states' and provinces' names and codes alone: "IL" is Illinois before it is Israel. */
  subRegions: Set<string>;
}

let built: Gazetteer | null = null;

/** The indexes, built on first use rather than at load: most mail never asks for a place. */
function gazetteer(): Gazetteer {
  if (built) return built;
  const byName = new Map<string, CityData[]>();
  const byCountry = new Map<string, Set<string>>();
  const cityMapping = gazetteerCities();
  const countryKeys = new Map<string, string>();
  const byIso2 = new Map<string, Set<string>>();
  const regions = new Set<string>([
    ...Object.keys(REGION_CODES),
    ...Object.keys(COUNTRY_NAMES_AT_HOME),
  ]);
  const subRegions = new Set<string>(Object.keys(REGION_CODES));
  for (const city of cityMapping) {
    for (const value of [city.state_ansi, city.province, city.country, city.iso2, city.iso3])
      if (typeof value === 'string' && value) regions.add(fold(value));
    for (const value of [city.state_ansi, city.province])
      if (typeof value === 'string' && value) subRegions.add(fold(value));
    const inCountry = byIso2.get(city.iso2) ?? new Set<string>();
    inCountry.add(city.timezone);
    byIso2.set(city.iso2, inCountry);
    for (const name of new Set([fold(city.city), fold(city.city_ascii)])) {
      const list = byName.get(name) ?? [];
      list.push(city);
      byName.set(name, list);
    }
    for (const name of [city.country, city.iso3]) {
      if (!name) continue;
      // ~250 countries over 7,300 cities: each name is folded once.
      let key = countryKeys.get(name);
      if (key === undefined) {
        key = fold(name);
        countryKeys.set(name, key);
      }
      const zones = byCountry.get(key) ?? new Set<string>();
      zones.add(city.timezone);
      byCountry.set(key, zones);
    }
  }
  for (const list of byName.values()) list.sort((a, b) => b.pop - a.pop);
  const byRegion = new Map<string, Map<string, number>>();
  for (const city of cityMapping) {
    const region =
      city.iso2 === 'US'
        ? city.state_ansi
        : city.iso2 === 'AU' || city.iso2 === 'CA'
          ? fold(city.province)
          : '';
    if (!region || !city.timezone) continue;
    const key = `${city.iso2}:${region}`;
    const zones = byRegion.get(key) ?? new Map<string, number>();
    zones.set(city.timezone, (zones.get(city.timezone) ?? 0) + city.pop);
    byRegion.set(key, zones);
  }
  built = { byName, byCountry, byRegion, byIso2, regions, subRegions };
  return built;
}

function toPlace(city: CityData): Place {
  return { city: city.city_ascii, zone: city.timezone, country: city.iso2 };
}

function matchesRegion(city: CityData, region: string): boolean {
  const folded = fold(region);
  // "WA" is Washington for a US city and Western Australia for an Australian one.
  const names = new Set([folded, REGION_CODES[folded] ?? countryKey(region)]);
  return [city.state_ansi, city.province, city.country, city.iso2, city.iso3]
    .filter((value): value is string => typeof value === 'string' && value.length > 0)
    .some((value) => names.has(fold(value)));
}

// The tz database names the islands its zones keep ("Pacific/Norfolk", "Australia/Lord_Howe"),
// some of which the city list lacks.
const ISLAND = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) Islands?$/u;
const ISLAND_ZONE_AREAS = ['Pacific', 'Atlantic', 'Indian', 'Australia'];

/**
 * "Norfolk Island" -> Pacific/Norfolk, "Chatham Islands" -> Pacific/Chatham: a zone the tz
 * database keeps under the island's own name. Never a link named otherwise ("Australia/North"
 * is Darwin's, "Australia/Victoria" Melbourne's: no North Island or Victoria Island keeps them).
 */
function islandNamed(name: string): PlaceMatch | null {
  const island = ISLAND.exec(name.trim())?.[1];
  if (!island) return null;
  for (const area of ISLAND_ZONE_AREAS) {
    const zone = canonicalZone(`${area}/${island.replace(/ /g, '_')}`);
    if (!zone) continue;
    const own = canonicalZone(
      new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone,
    );
    return own === zone
      ? { city: name.trim(), zone, country: '', text: name.trim(), confidence: 0.85 }
      : null;
  }
  return null;
}

/**
 * The place a name stands for, with an optional region ("BC", "Missouri", "Ireland") that must
 * agree. Alone, a name is a place only when it is not an ordinary word and its largest city
 * dwarfs the others of that name (Vancouver BC over Vancouver WA).
 */
function regionKnown(region: string): boolean {
  return gazetteer().regions.has(fold(region));
}

/**
 * The town of that name in a known region, or null: "Toledo, IL" when the list holds only
 * Toledo, Ohio and Toledo, Spain is none (a state's ZIP code may still place it); a country on one
 * clock still gives its clock ("Derby, United Kingdom").
 */
function placeInRegion(name: string, region: string): PlaceMatch | null {
  const folded = fold(name);
  const cities = gazetteer().byName.get(ALIASES[folded] ?? folded) ?? [];
  const text = `${name}, ${region}`;
  const city = cities.find((c) => matchesRegion(c, region));
  if (city) return { ...toPlace(city), text, confidence: 0.9 };
  return gazetteer().subRegions.has(fold(region))
    ? inProvince(name, region)
    : countryClock(name, region, text);
}

// Provinces and states that keep one clock throughout, or whose other clocks the list names
// (Broken Hill): not British Columbia, Ontario, Quebec, Saskatchewan, Newfoundland and Labrador,
// Nunavut or Western Australia, whose unlisted towns may keep another; nor "Victoria", a city too.
const ONE_CLOCK_PROVINCES = new Set(
  'nova scotia|ns|new brunswick|nb|prince edward island|pe|pei|alberta|ab|manitoba|mb|yukon|yt|queensland|qld|tasmania|tas|vic|australian capital territory|act|new south wales|nsw|south australia'.split(
    '|',
  ),
);
// A title or an office before the province is no town: "Regional Director, Queensland".
const NO_TOWN_WORD =
  /\b(?:director|manager|lead|partner|recruiter|head|office|officer|advis[eo]r|specialist|coordinator|talent|people|hr|acquisition|sales|engineer|president|vp|chief|team|department|region|regional|country|operations|recruitment|resources|services|group|division|branch|headquarters|hq)\b/i;
const STREET_WORD =
  /\b(?:St|Street|Ave|Avenue|Rd|Road|Lane|Ln|Blvd|Boulevard|Dr|Drive|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Sq|Square|Hwy|Highway|Crescent|Terrace|Close|Row|Quay|Wharf)\.?$/;

/**
 * "Dartmouth, Nova Scotia", "Canmore, Alberta": a town the list lacks there, in a Canadian province
 * or an Australian state that keeps one clock. (A US state is said by its code, with a ZIP code:
 * stateOfAddress.)
 */
function inProvince(town: string, region: string): PlaceMatch | null {
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(town.trim())) return null;
  // (Nor a street: "254 Easton Avenue, New Brunswick, NJ 08901".)
  if (!ONE_CLOCK_PROVINCES.has(fold(region)) || STREET_WORD.test(town) || NO_TOWN_WORD.test(town))
    return null;
  for (const country of ['CA', 'AU'] as const) {
    const zone = zoneOfRegion(country, region);
    if (zone)
      return {
        city: town.trim(),
        zone,
        country,
        text: `${town.trim()}, ${region}`,
        confidence: 0.85,
      };
  }
  return null;
}

/** "Darwin time", "Austin local time": a city before its word for time, even one that is a name too. */
export function placeOfClock(name: string): PlaceMatch | null {
  return ORDINARY_WORD_NAMES.has(fold(name)) ? null : placeNamed(name, undefined, true);
}

export function placeNamed(
  name: string,
  region?: string,
  /** The words around say it is a place ("our Austin office"), even if a word or a name too. */
  saidToBePlace = false,
): PlaceMatch | null {
  const folded = fold(name);
  const key = ALIASES[folded] ?? folded;
  const cities = gazetteer().byName.get(key);
  // "Lord Howe Island NSW": an island keeps its own clock, whatever its state's.
  if (!cities || cities.length === 0)
    return (
      islandNamed(name) ??
      (region
        ? (partOfTownIn(name, region) ??
          (regionKnown(region) && gazetteer().subRegions.has(fold(region))
            ? inProvince(name, region)
            : null))
        : null)
    );
  const text = region ? `${name}, ${region}` : name;
  if (region && regionKnown(region)) return placeInRegion(name, region);
  // A lone code ("WA", "NSW") is a region, never a city of that name ("Wa", Ghana).
  if ((WORD_NAMES.has(key) && !saidToBePlace) || /^[A-Z]{2,3}$/.test(name.trim())) return null;
  const [largest, second] = cities;
  if (!largest) return null;
  const zones = new Set(cities.map((c) => c.timezone));
  if (zones.size === 1) return { ...toPlace(largest), text, confidence: 0.85 };
  if (largest.pop >= 500_000 && (!second || largest.pop >= 3 * second.pop))
    return { ...toPlace(largest), text, confidence: 0.75 };
  return null;
}

/**
 * "Port Nelson, New Zealand", "North Sydney, NSW": a part of a town the list lacks, named by the
 * town it ends with, where the region or country given holds that town. (A title before a country,
 * "Country Manager, Japan", ends with no town of it.)
 */
function partOfTownIn(name: string, region: string): PlaceMatch | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return null;
  const town = words.at(-1) ?? '';
  if (!/^\p{Lu}/u.test(town)) return null;
  const city = gazetteer()
    .byName.get(fold(town))
    ?.find((known) => matchesRegion(known, region));
  return city
    ? { ...toPlace(city), city: name.trim(), text: `${name.trim()}, ${region}`, confidence: 0.85 }
    : null;
}

/**
 * "Taguig City 1634, Philippines": a country, by its name, ending an address line (a number before
 * it), when it keeps one clock. Never a code ("CO" after Denver is Colorado, not Colombia), and
 * never a first name signing a line ("Chad | Talent Partner | (217) 555-0142").
 */
function countryOnOneClock(segment: string): PlaceMatch | null {
  return segment.length >= 4 ? countryClock(segment, segment, segment) : null;
}

/** The clocks a country keeps, by its name ("Brazil": four of them). */
export function clocksOfCountry(name: string): string[] {
  return [...(gazetteer().byCountry.get(fold(name)) ?? [])];
}

let zoneCountries: Map<string, string[]> | null = null;

/** The countries (ISO alpha-2) whose listed cities keep a zone: "America/Havana" -> CU. */
export function countriesOfZone(zone: string): string[] {
  if (!zoneCountries) {
    zoneCountries = new Map();
    for (const [code, zones] of gazetteer().byIso2)
      for (const kept of zones) zoneCountries.set(kept, [...(zoneCountries.get(kept) ?? []), code]);
  }
  return zoneCountries.get(zone) ?? [];
}

/** A place in a country, by the country's name or code, when the country keeps one clock. */
function countryClock(name: string, country: string, text: string): PlaceMatch | null {
  const { byCountry, byIso2 } = gazetteer();
  const zones = byCountry.get(countryKey(country)) ?? byIso2.get(country.trim().toUpperCase());
  const [zone] = zones ?? [];
  if (zones?.size !== 1 || !zone) return null;
  return { city: name, zone, country, text, confidence: 0.85 };
}

/**
 * A town on a line whose postcode says the country ("Pride Park, Derby DE24 8UP"): the country's
 * town of that name, else, where the list holds the name only elsewhere (Derby, Western
 * Australia), the country's own clock.
 */
function inPostcodeCountry(town: string, country: 'GB' | 'IE' | 'GI'): PlaceMatch | null {
  const place = placeNamed(town, country);
  return place || !isPlaceName(town) ? place : countryClock(town, country, `${town}, ${country}`);
}

/** The zones of the towns a name is borne by ("Victoria": Vancouver's, Chicago's, …); no country's. */
export function zonesOfTownsNamed(name: string): string[] {
  const key = fold(name.trim());
  const cities = gazetteer().byName.get(ALIASES[key] ?? key) ?? [];
  return [...new Set(cities.map((city) => city.timezone))];
}

/**
 * "Santiago time", where towns of that name keep several clocks: the one in a country the mail
 * names ("Las Condes, Santiago, Chile"), else the largest town's, unsure. Null for no town, or an
 * ordinary word ("Reading time").
 */
export function townOfClockAmong(
  name: string,
  text: string,
): { zone: string; sure: boolean } | null {
  const key = fold(name);
  if (ORDINARY_WORD_NAMES.has(key)) return null;
  // ("Cambridge, MA 02139", "Hyderabad, Sindh": an address of the town in the mail names one.)
  for (const line of text.split('\n')) {
    if (line.length > 160 || !line.includes(`${name},`)) continue;
    const place = placeInLines([line]);
    if (place && place.confidence >= 0.85 && fold(place.city) === key)
      return { zone: place.zone, sure: true };
  }
  const cities = gazetteer().byName.get(ALIASES[key] ?? key) ?? [];
  const [largest] = cities;
  if (!largest) return null;
  const named = new Set(
    cities
      .filter((city) => new RegExp(String.raw`\b${city.country}\b`).test(text))
      .map((city) => city.timezone),
  );
  const [only] = named;
  return named.size === 1 && only
    ? { zone: only, sure: true }
    : { zone: largest.timezone, sure: false };
}

/** Every zone a country or city name may stand for ("India", "Ireland", "Dublin"). */
export function zonesOfPlace(name: string): string[] {
  // "Phoenix office", "India time": the place is the leading words.
  const words = name.trim().split(/\s+/);
  for (let length = words.length; length >= 1; length--) {
    const part = words.slice(0, length).join(' ');
    const country = gazetteer().byCountry.get(fold(part));
    if (country) return [...country];
    // "ACST (Darwin time)": every town of the name counts, even one named like a person, since
    // the name stands where a zone's place does; the caller's meanings choose among them.
    const key = fold(part);
    const cities = gazetteer().byName.get(ALIASES[key] ?? key);
    if (cities?.length) return [...new Set(cities.map((city) => city.timezone))];
  }
  return [];
}

// Country domains that are sold as words ("acme.io", "robots.ai", "studio.co"): no country.
const VANITY_COUNTRY_DOMAINS = new Set(
  'ac ai am cc co fm gg gl im io la ly me nu sh so to tv vc ws'.split(' '),
);

/** The country code an address's domain ends in ("kiwifarm.co.nz": "nz"), not a vanity one. */
export function countryDomainOf(address: string): string | null {
  const tld = address.toLowerCase().split('.').pop() ?? '';
  return tld.length === 2 && !VANITY_COUNTRY_DOMAINS.has(tld) ? tld : null;
}

/**
 * The zones of the country a mail domain belongs to ("kiwifarm.co.nz": New Zealand's), or none for
 * a generic or vanity domain: where the writer most likely keeps their clock.
 */
export function zonesOfMailDomain(domain: string): string[] {
  const code = countryDomainOf(domain);
  if (!code) return [];
  return [...(gazetteer().byIso2.get(code === 'uk' ? 'GB' : code.toUpperCase()) ?? [])];
}

// "Dana works out of our Austin office", "Tom is based in Denver.": where someone on the call sits.
// An office's name is a place even when it is a word or a name too ("our Austin office"); alone,
// only a place that is never one ("works in our Mobile team" is no town in Alabama).
// Its region may follow ("she's in London, Ontario"): the town of that name there. ("She's in
// Amsterdam so it's 7pm for her": a clause may go on after it.)
const OFFICE_OF_SOMEONE =
  /\b(?:works? (?:out of|from|in)|based (?:in|out of)|sits? in|(?:is|are|'s|’s|'re|’re) (?:in|at)|joins? (?:from|us from)) (?:our |the )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})(?:( (?:office|site|hub|campus|plant|HQ|headquarters)\b)|(?:, ?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?))?(?:[,.;)]|[ \t][-–—][ \t]|[ \t]+(?:so|and|but)\b|$))/gmu;

// "Wade is on site at the North Montney plant outside Fort St. John": a work site named by its
// town, where someone is ("is on site", "is based", "works"); not where a job or a meeting is.
const SITE_OF_SOMEONE =
  /\b(?:(?:is|are) (?:on ?site|based|stationed|working)|works?|sits?)\b[^.!?\n]{0,40}?\b(?:plant|site|mine|mill|office|campus|facility|yard|depot|hub|refinery|terminal|warehouse) (?:outside|near|in) (?:the )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})/gu;

// "London, Ontario": the town there; a region the list does not know ("Perth, Scotland"), or a
// word that is none ("London, Marcus is in Denver"), leaves the place open.
function placeWithRegion(name: string, region: string): PlaceMatch | null {
  return regionKnown(region) ? placeInRegion(name, region) : null;
}

/** The places a mail says someone sits in, each with its zone. */
export function officesNamedIn(text: string): PlaceMatch[] {
  // "based in Denver.": the stop ends the sentence, not the name ("St. Louis" keeps its own).
  const named = (name: string, asOffice: boolean) =>
    placeNamed(name.replace(/\.$/, ''), undefined, asOffice) ?? [];
  return [
    ...[...text.matchAll(OFFICE_OF_SOMEONE)].flatMap((m) =>
      m[3]
        ? (placeWithRegion(m[1] ?? '', m[3].replace(/\.$/, '')) ?? [])
        : named(m[1] ?? '', m[2] !== undefined),
    ),
    ...[...text.matchAll(SITE_OF_SOMEONE)].flatMap((m) => named(m[1] ?? '', true)),
  ];
}

// "at our Riyadh office", "the Tel Aviv team", "our office in Dublin": where the employer sits.
const OFFICE_OF_THE_EMPLOYER =
  /\b(?:[Oo]ur|[Tt]he|[Yy]our) (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}) (?:office|offices|HQ|headquarters|campus|site|hub|studio|team)\b|\b(?:office|offices|HQ|headquarters|campus) in (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})/gu;

/** The zones of the employer's offices a mail names, each once. */
export function zonesOfOfficesNamedIn(text: string): string[] {
  const zones = [...text.matchAll(OFFICE_OF_THE_EMPLOYER)].flatMap((m) => {
    const place = placeNamed((m[1] ?? m[2] ?? '').replace(/\.$/, ''), undefined, true);
    return place ? [place.zone] : [];
  });
  return [...new Set(zones)];
}

/** True when the words are a known place's name ("New York", "Chicago"), not a person's. */
export function isPlaceName(words: string): boolean {
  const key = fold(words);
  return gazetteer().byName.has(ALIASES[key] ?? key);
}

/**
 * The zone of a US state, an Australian state or a Canadian province whose listed cities all but
 * keep one clock ("AZ": Phoenix, 99.8% of its people; "QLD": Brisbane; "TN" is split): a town the
 * list lacks ("Tempe, AZ 85281", "Coolangatta QLD 4225") still has its region's.
 */
export function zoneOfRegion(country: 'US' | 'AU' | 'CA', code: string): string | null {
  const key = country === 'US' ? code : (REGION_CODES[fold(code)] ?? fold(code));
  const zones = gazetteer().byRegion.get(`${country}:${key}`);
  if (!zones) return null;
  const total = [...zones.values()].reduce((sum, pop) => sum + pop, 0);
  const [zone] = [...zones].sort((a, b) => b[1] - a[1])[0] ?? [];
  // (Zones that keep one clock count as one: Nova Scotia's Halifax and Glace Bay.)
  const onItsClock = [...zones]
    .filter(([other]) => zone && clockOf(other) === clockOf(zone))
    .reduce((sum, [, pop]) => sum + pop, 0);
  return zone && total > 0 && onItsClock / total >= 0.97 ? zone : null;
}

const US_ZIP = /\b\d{5}(?:-\d{4})?\b/;

const SEGMENT_SEPARATORS = /\s*(?:[|•·,;]|\s[-–—]\s)\s*/;
// Where a candidate reports or arrives: "report at the reception", "arrive at the Main Building".
export const ARRIVAL_PLACES =
  'room|reception|front desk|lobby|office|offices|building|block|campus|gate|hall|floor';
// A street address: "2210 N 72nd St", "14 Quay Street", "400 W. Fifth Avenue".
export const STREET_ADDRESS = String.raw`\b\d{1,5}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][\p{L}'.-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Lane|Ln|Blvd|Boulevard|Dr|Drive|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Sq|Square|Hwy|Highway|Yard|Row|Close|Crescent|Gardens|Terrace|Mews|Walk|Quay|Wharf|Grove|Parade|Embankment)\b`;
// "EH2 4RA", "SW1A 1AA": a British postcode says the country as surely as a region would.
export const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
// "R95 F2X7", "D6W 1234": an Irish Eircode (a routing key, then four letters and digits).
const EIRCODE = /\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}\b/;
// "Dhaka-1212", "Kathmandu-44600": a postcode may be glued on with a hyphen.
const POSTCODE_OR_NUMBER = new RegExp(
  String.raw`(?:\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|${UK_POSTCODE.source}|${EIRCODE.source}|-?\b\d[\d-]*\b)`,
  'g',
);

function cleanSegment(segment: string): string {
  return segment.replace(POSTCODE_OR_NUMBER, ' ').replace(/\s+/g, ' ').trim();
}

const STREET_LINE =
  /^\d{1,5}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[\p{L}\d'. -]{2,40}\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Way|Lane|Ln|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|Highway|Sq|Square)\.?$/u;

/** A zone's clock through the year, by its offsets in January and July. */
function clockOf(zone: string): string {
  const offset = (month: number) =>
    DateTime.fromObject({ year: 2026, month, day: 15 }, { zone }).offset;
  return `${offset(1)}/${offset(7)}`;
}

/**
 * "Acme Corp - London | Singapore | Toronto", "Offices in London, Singapore, Toronto": a line that
 * lists places on two clocks or more, each a part of its own, says where the firm is, not where
 * its writer sits. A region after a town's comma, where the town lies, is no office ("Toronto,
 * Ontario"), and a line with numbers is an address, not a list.
 */
function listsOffices(line: string): boolean {
  // A phone number or a founding year beside the list is no address.
  const bare = line.replace(PHONE, ' ').replace(/\b(?:est\.?|since|founded)[ \t]*\d{4}\b/gi, ' ');
  if (/\d/.test(bare)) return false;
  const parts = bare.split(/([ \t]*[|·•,&][ \t]*|[ \t][-–—][ \t]|[ \t]and[ \t])/);
  const zones: string[] = [];
  let previous = '';
  for (let at = 0; at < parts.length; at += 2) {
    const name = (parts[at] ?? '')
      .trim()
      .replace(/^(?:offices?|studios?|teams?|based)(?: in)?:?[ \t]+/i, '');
    const place = /^\p{Lu}[\p{L} ]{1,24}$/u.test(name) ? placeNamed(name) : null;
    // "Toronto, Ontario", "Norwich, Norfolk": the region the town before the comma lies in.
    const whereThePreviousIs =
      !!previous && parts[at - 1]?.trim() === ',' && !!placeInRegion(previous, name);
    if (place && place.confidence >= 0.75 && !whereThePreviousIs) zones.push(place.zone);
    previous = place ? name : '';
  }
  return new Set(zones.map(clockOf)).size >= 2;
}

/** The places each line names, as placeInLines reads them, line by line. */
function placesByLine(lines: string[]): PlaceMatch[][] {
  const byLine: PlaceMatch[][] = [];
  let afterStreet = false;
  for (const line of lines.slice(-12)) {
    // "2219 Blake St" / "Denver": the town on the line under its street is an address's too.
    const underStreet = afterStreet;
    afterStreet = STREET_LINE.test(line);
    if (line.length > 160 || listsOffices(line)) continue;
    // Gibraltar's one postcode, GX11 1AA, is written as a British one.
    const postcodeCountry = /\bGX11 ?1AA\b/.test(line)
      ? 'GI'
      : UK_POSTCODE.test(line)
        ? 'GB'
        : EIRCODE.test(line)
          ? 'IE'
          : null;
    // "(main office, north entrance)": an aside in brackets is no part of the address's places
    // (a region in brackets, "Montréal (Québec)", is capitalised and has no comma).
    const segments = line
      .replace(/\s*\((?:\p{Ll}[^()]*|[^()]*,[^()]*)\)/gu, '')
      .split(SEGMENT_SEPARATORS)
      .map(cleanSegment)
      .filter(Boolean);
    const onLine: PlaceMatch[] = [];
    for (const [i, segment] of segments.entries()) {
      if (!/^\p{Lu}/u.test(segment) || segment.split(' ').length > 4) continue;
      const next = segments[i + 1];
      // "BC V6B 2Y5": the region is the first word of what follows.
      const region = next?.split(' ')[0];
      // "Perth WA", "Sydney NSW": the region code inside the segment.
      const inner = /^(.+?) ([A-Z]{2,3})$/.exec(segment);
      // "Montréal (Québec)", "London (Ontario)": the region in brackets, as Quebec writes it.
      const bracketed = /^(.+?) \(([^()]{2,30})\)$/.exec(segment);
      // A bare name counts only on an address line (one with numbers), and not where the region
      // beside it is somewhere else ("Paris, TN"): "Sofia" alone under "Best," is a person
      // signing, not Bulgaria.
      const place =
        (inner?.[1] && inner[2]
          ? (placeNamed(inner[1], inner[2]) ?? stateOfAddress(inner[1], inner[2], line))
          : null) ??
        (bracketed?.[1] && bracketed[2] ? placeNamed(bracketed[1], bracketed[2]) : null) ??
        (next ? placeNamed(segment, next) : null) ??
        (region && region !== next && !isRegion(next) ? placeNamed(segment, region) : null) ??
        (postcodeCountry ? inPostcodeCountry(segment, postcodeCountry) : null) ??
        ((/\d/.test(line) || underStreet) && !isRegion(next) && !isRegion(region)
          ? placeNamed(segment)
          : null) ??
        (i > 0 &&
        i === segments.length - 1 &&
        (POSTAL_NUMBER.test(withoutPhones(line, segment)) ||
          (i >= 2 && /\d/.test(withoutPhones(line, segment))))
          ? countryOnOneClock(segment)
          : null) ??
        stateOfAddress(segments[i - 1], segment, line);
      if (place) onLine.push(place);
    }
    byLine.push(onLine);
  }
  return byLine;
}

// A postcode or house number, as an address has before its country ("Edificio 4B" of three parts
// or more will do); a phone number is none.
const POSTAL_NUMBER = /\b\d{3,6}\b/;
const PHONE = /\+?\(?\d[\d ().-]{6,}\d/g;
const withoutPhones = (line: string, last: string) =>
  line.slice(0, line.lastIndexOf(last)).replace(PHONE, ' ');

/** A state, province, country or code some listed town carries ("TN", "Ontario", "Ireland"). */
function isRegion(words: string | undefined): boolean {
  return !!words && gazetteer().regions.has(fold(words));
}

function inSeveralZones(places: PlaceMatch[]): boolean {
  return new Set(places.map((place) => clockOf(place.zone))).size > 1;
}

/**
 * A place named in address or signature lines: "Chicago, IL 60606", "Raleigh, NC",
 * "Grand Canal Dock, Dublin 2, Ireland", "Shibuya-ku, Tokyo 150-0043". The last one wins, as
 * an address ends with the widest place; a line of offices in several zones names none.
 */
export function placeInLines(lines: string[]): PlaceMatch | null {
  let found: PlaceMatch | null = null;
  for (const onLine of placesByLine(lines)) {
    if (inSeveralZones(onLine)) continue;
    for (const place of onLine) if (!found || place.confidence >= found.confidence) found = place;
  }
  return found;
}

/** "Phoenix, AZ | Dallas, TX | Denver, CO": the writer lists offices in several zones. */
export function listsOfficesInSeveralZones(lines: string[]): boolean {
  return lines.slice(-12).some(listsOffices) || placesByLine(lines).some(inSeveralZones);
}

/**
 * "Tempe, AZ 85281", "Coolangatta QLD 4225", "Canmore, AB T1W 2T8": a town the list lacks,
 * placed by its state or province, the postcode's shape saying whose. An Australian or Canadian
 * postcode counts right after its state ("WA 6714"), never a phone's or a suite's digits
 * ("Zillah, WA | (509) 555-0142" is no Western Australian town).
 */
function stateOfAddress(town: string | undefined, state: string, line: string): PlaceMatch | null {
  if (!town || !/^[A-Z]{2,3}$/.test(state) || placeNamed(town, state)) return null;
  const after = (postcode: string) => new RegExp(String.raw`\b${state}\s+${postcode}\b`).test(line);
  const country = US_ZIP.test(line)
    ? 'US'
    : after(String.raw`[A-Z]\d[A-Z] ?\d[A-Z]\d`)
      ? 'CA'
      : after(String.raw`\d{4}`)
        ? 'AU'
        : null;
  const zone = country ? zoneOfRegion(country, state) : null;
  return zone && country
    ? { city: town, zone, country, text: `${town}, ${state}`, confidence: 0.9 }
    : null;
}

// "3100 Smallman Street, Pittsburgh, PA 15201", "Rosenthaler Str. 40, 10178 Berlin": a line with
// a house or postal number and a place that a region or postcode pins down.
const ADDRESS_LINE = /\d/;

/**
 * Where an in-person interview is held: the place of the address lines the mail gives (those
 * with a number, outside quoted history), when a region or postcode makes it sure.
 */
export function venueOf(body: string): PlaceMatch | null {
  const lines = body
    .slice(0, 40_000)
    .split('\n')
    .filter((line) => ADDRESS_LINE.test(line) && !/^[ \t]*>/.test(line) && line.length <= 160);
  let found: PlaceMatch | null = null;
  for (const line of lines.slice(0, 200)) {
    const place = placeInLines([line]);
    if (place && place.confidence >= 0.9 && !found) found = place;
  }
  return found;
}
