// Planner -> how a holiday table is read: a region's entries in one year, dates that move by a
// rule (Easter, Orthodox Easter, an nth weekday) worked out. No data of its own, so the generator
// (scripts/gen-holidays.ts) checks its tables with this same reading.

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
 * base 36, '' for a national holiday the state does not keep.
 */
export function regionYear(encoded: string, year: number, firstYear: number): Map<string, string> {
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
