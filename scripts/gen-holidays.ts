// Build step -> the planner's holidays: date-holidays' public holidays of every country and state
// for a span of years, written as one module per country (functions/core/planning/holiday-tables/,
// each a chunk of its own in the bundles, loaded when a plan in that country is made) with a
// loader for each (holiday-tables.ts), and an index of the country and state lists and the zones
// per country (holiday-index.ts, which the import carries), so the Lambda bundles carry tables
// instead of the package (and moment-timezone and astronomia under it). `npm run gen:holidays`
// after an upgrade.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { regionYear } from '../functions/core/planning/holiday-rules.ts';

/** The years a plan may fall in; a test fails when the last is less than three years away. */
const FIRST_YEAR = 2024;
const LAST_YEAR = 2040;

const planning = fileURLToPath(new URL('../functions/core/planning/', import.meta.url));
const TABLES = 'holiday-tables';
const { version } = createRequire(import.meta.url)('date-holidays/package.json') as {
  version: string;
};

/** Local date (YYYY-MM-DD) -> name of the day's first public holiday (substitutes included). */
function publicHolidays(source: Holidays, year: number): Map<string, string> {
  const days = new Map<string, string>();
  for (const holiday of source.getHolidays(year) || []) {
    if (holiday.type !== 'public') continue;
    const date = holiday.date.slice(0, 10);
    // A day of the year before or after (an eve) is never looked up under this year: left out.
    if (!date.startsWith(`${year}-`)) continue;
    if (!days.has(date)) days.set(date, holiday.name);
  }
  return days;
}

/** A country's holiday names, in the order its table first uses them. */
type Names = Map<string, number>;

/** The name's index in its country's NAMES, in base 36; '' for a national holiday the state does not keep. */
function nameIndex(names: Names, name: string | null): string {
  if (name === null) return '';
  if (!names.has(name)) names.set(name, names.size);
  return (names.get(name) ?? 0).toString(36);
}

/** `MMDD` and the name's index; `MMDD` alone: a national holiday the state does not keep. */
function entry(names: Names, date: string, name: string | null): string {
  return `${date.slice(5, 7)}${date.slice(8, 10)}${nameIndex(names, name)}`;
}

const mmdd = (date: string) => `${date.slice(5, 7)}${date.slice(8, 10)}`;

/**
 * The planner's rule (holidays.ts) that gives `dates`, one per year from FIRST_YEAR on: a fixed
 * distance from Easter or Orthodox Easter, or an nth or last weekday of a month; null for none.
 */
function ruleFor(dates: string[]): string | null {
  const [first = ''] = dates;
  const dayOf = (spec: string, year: number) =>
    [...regionYear(`${spec}.`, year, FIRST_YEAR).keys()][0] ?? '';
  const inFirstYear = (monthDay: string) =>
    Date.UTC(FIRST_YEAR, Number(monthDay.slice(0, 2)) - 1, Number(monthDay.slice(2)));
  /** Days from that Easter (`E0`, `O0`) to the first date. */
  const daysFrom = (easter: string) =>
    Math.round((inFirstYear(mmdd(first)) - inFirstYear(dayOf(easter, FIRST_YEAR))) / 86_400_000);
  const day = new Date(`${first}T00:00:00Z`);
  const month = first.slice(5, 7);
  const weekday = ((day.getUTCDay() + 6) % 7) + 1;
  const candidates = [
    `E${daysFrom('E0')}`,
    `O${daysFrom('O0')}`,
    `W${month}${weekday}${Math.ceil(day.getUTCDate() / 7)}`,
    `W${month}${weekday}L`,
  ];
  return (
    candidates.find((spec) =>
      dates.every((date, i) => dayOf(spec, FIRST_YEAR + i) === mmdd(date)),
    ) ?? null
  );
}

/**
 * A region's years as `every year|FIRST_YEAR|…|LAST_YEAR`, each part a comma list of entries: a
 * holiday on a moving date that a rule gives every year is that rule, in the first part.
 */
function encode(names: Names, years: Map<string, string | null>[]): string {
  const datesOf = new Map<string, string[][]>();
  years.forEach((days, i) => {
    for (const [date, name] of days) {
      if (name === null) continue;
      const perYear = datesOf.get(name) ?? years.map(() => []);
      perYear[i]?.push(date);
      datesOf.set(name, perYear);
    }
  });
  const rules: string[] = [];
  const left = years.map((days) => new Map(days));
  for (const [name, perYear] of datesOf) {
    if (!perYear.every((dates) => dates.length === 1)) continue;
    const dates = perYear.map(([date = '']) => date);
    if (new Set(dates.map(mmdd)).size === 1) continue;
    const rule = ruleFor(dates);
    if (!rule) continue;
    rules.push(`${rule}.${nameIndex(names, name)}`);
    left.forEach((days, i) => {
      days.delete(dates[i] ?? '');
    });
  }
  const perYear = left.map((days) => [...days].map(([date, name]) => entry(names, date, name)));
  const [first = []] = perYear;
  const every = first.filter((key) => perYear.every((year) => year.includes(key)));
  const rest = perYear.map((year) => year.filter((key) => !every.includes(key)));
  const encoded = [[...rules, ...every], ...rest].map((keys) => keys.join(',')).join('|');
  // Read back as the planner reads it: the table must give every year exactly as the package did.
  years.forEach((days, i) => {
    const expected = [...days].map(([date, name]) => entry(names, date, name));
    const read = [...regionYear(encoded, FIRST_YEAR + i, FIRST_YEAR)].map(
      ([day, index]) => `${day}${index}`,
    );
    if (JSON.stringify(expected.sort()) !== JSON.stringify(read.sort()))
      throw new Error(`the table reads ${FIRST_YEAR + i} back wrong: ${encoded}`);
  });
  return encoded;
}

const catalogue = new Holidays();
const zoneData = (
  catalogue as unknown as { _data?: { holidays?: Record<string, { zones?: string[] }> } }
)._data?.holidays;
const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const countries: Record<string, { states: string[]; zones: string[] }> = {};
/** Per country: its holiday names and its regions' tables (the country's, and its states'). */
const tables: Record<string, { names: Names; regions: Record<string, string> }> = {};
for (const country of Object.keys(catalogue.getCountries('en'))) {
  const national = new Holidays(country, { languages: 'en' });
  countries[country] = {
    states: Object.keys(catalogue.getStates(country, 'en') ?? {}),
    // The zone lists of the package's data, as they were read at run time before this table.
    zones: zoneData?.[country]?.zones ?? national.getTimezones(),
  };
  const names: Names = new Map();
  const nationalYears = years.map((year) => publicHolidays(national, year));
  const regions: Record<string, string> = { [country]: encode(names, nationalYears) };
  for (const state of countries[country].states) {
    const source = new Holidays(country, state, { languages: 'en' });
    // A state keeps what differs from its country: its own days and the national ones it lacks.
    const diff = years.map((year, i) => {
      const own = publicHolidays(source, year);
      const base = nationalYears[i] ?? new Map<string, string>();
      const changes = new Map<string, string | null>();
      for (const [date, name] of own) if (base.get(date) !== name) changes.set(date, name);
      for (const date of base.keys()) if (!own.has(date)) changes.set(date, null);
      return changes;
    });
    const encoded = encode(names, diff);
    if (encoded.replaceAll('|', '') !== '') regions[`${country}-${state}`] = encoded;
  }
  if ([...names.keys()].some((name) => name.includes('\n')))
    throw new Error(`a holiday name of ${country} holds a newline`);
  tables[country] = { names, regions };
}

const generated = `generated by scripts/gen-holidays.ts from date-holidays ${version}; do not edit.`;
/** A table's module, by country code: `holiday-tables/us.ts`. */
const tableModule = (country: string) => `./${TABLES}/${country.toLowerCase()}.ts`;

const index = `// Planner -> the holidays' index: ${generated}
// Every country's states and zones, read at once (\`set country\`, a zone's country); its public
// holidays (${FIRST_YEAR}-${LAST_YEAR}) wait in a module of their own (holiday-tables.ts).

export const FIRST_YEAR = ${FIRST_YEAR};
export const LAST_YEAR = ${LAST_YEAR};

/** Country (ISO 3166 alpha-2) -> its states and its zones, in date-holidays' order. */
export const COUNTRIES: Record<string, { states: string[]; zones: string[] }> = ${JSON.stringify(countries)};
`;

const loaders = `// Planner -> a loader per country's holiday table: ${generated}
// Each dynamic import is a chunk of its own in a bundle that reaches this module (load-holidays.ts).
import type { HolidayTable } from './holidays.ts';

/** Country (ISO 3166 alpha-2) -> its table (holiday-tables/), imported the first time it is asked for. */
export const HOLIDAY_TABLES: Record<string, () => Promise<HolidayTable>> = {
${Object.keys(tables)
  .map((country) => `  ${country}: () => import('${tableModule(country)}'),`)
  .join('\n')}
};
`;

const tableSource = (country: string, { names, regions }: (typeof tables)[string]) =>
  `// Planner -> the public holidays of ${country} and its states, ${FIRST_YEAR}-${LAST_YEAR}: ${generated}

/** Holiday names; an entry's base-36 index points here. */
export const NAMES: readonly string[] = ${JSON.stringify([...names.keys()])};

/**
 * Region -> \`every year|${FIRST_YEAR}|…|${LAST_YEAR}\`, each part a comma list of MMDD and a name
 * index; a state's list holds only what differs from its country (MMDD alone: not kept there).
 * A holiday whose date moves by a rule is that rule in the first part: \`E-2.4\` two days before
 * Easter, \`O1.k\` the day after Orthodox Easter, \`W0114.m\` January's 4th Monday (\`L\`: last).
 */
export const REGIONS: Readonly<Record<string, string>> = ${JSON.stringify(regions)};
`;

const tablesDir = `${planning}${TABLES}`;
mkdirSync(tablesDir, { recursive: true });
// A country the package no longer lists leaves no table behind.
for (const file of readdirSync(tablesDir)) rmSync(`${tablesDir}/${file}`);
for (const [country, table] of Object.entries(tables)) {
  writeFileSync(`${planning}${tableModule(country).slice(2)}`, tableSource(country, table));
}
writeFileSync(`${planning}holiday-index.ts`, index);
writeFileSync(`${planning}${TABLES}.ts`, loaders);
const regionCount = Object.values(tables).reduce((n, t) => n + Object.keys(t.regions).length, 0);
console.log(`${regionCount} regions of ${Object.keys(tables).length} countries -> ${planning}`);
