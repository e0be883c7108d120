// Reader -> calendar -> VTIMEZONE: the UTC offset a calendar's own zone definition gives a wall
// time, worked out with bounded work. ical.js's Timezone expands every RRULE from its DTSTART to
// today, so "FREQ=SECONDLY" from 1601 never ends; here a rule is only ever evaluated for the few
// years around the time asked about, and only the yearly shapes real zones use are understood.
import type ICAL from 'ical.js';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalProperty = InstanceType<typeof ICAL.Property>;

/** A DATE or DATE-TIME value as written, before any zone is applied. */
export interface IcalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  isDate: boolean;
  utc: boolean;
}

// Budgets: real VTIMEZONEs (even tzurl's full-history ones) stay far below these.
const MAX_OBSERVANCES = 400;
const MAX_RDATES = 4000;

const RAW_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A jCal date or date-time string ("2026-03-01T10:00:00Z") -> its parts; null when malformed. */
export function readIcalTime(raw: unknown): IcalTime | null {
  const match = typeof raw === 'string' ? RAW_TIME.exec(raw.trim()) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(match[i] ?? 0),
  ) as [number, number, number, number, number, number];
  const valid =
    year >= 100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60;
  if (!valid) return null;
  return {
    year,
    month,
    day,
    hour,
    minute,
    second: Math.min(second, 59),
    isDate: match[4] === undefined,
    utc: match[7] === 'Z',
  };
}

/** The first value of a property as jCal holds it (a period gives its start). */
export function rawValue(property: IcalProperty | null): unknown {
  const value = property?.jCal[3];
  return Array.isArray(value) ? value[0] : value;
}

function readOffset(property: IcalProperty | null): number | null {
  const raw = rawValue(property);
  const match = typeof raw === 'string' ? /^([+-])(\d{2}):?(\d{2})(?::?\d{2})?$/.exec(raw) : null;
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return minutes > 18 * 60 ? null : (match[1] === '-' ? -1 : 1) * minutes;
}

function wallMillis(t: IcalTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Day of month of the n-th (negative: from the end) weekday in a month, null if none. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number | null {
  const last = daysInMonth(year, month);
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
    return day <= last ? day : null;
  }
  const lastWeekday = new Date(Date.UTC(year, month - 1, last)).getUTCDay();
  const day = last - ((lastWeekday - weekday + 7) % 7) + (n + 1) * 7;
  return day >= 1 ? day : null;
}

function list(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => String(v).toUpperCase());
}

/** One yearly onset rule, as zones write them: "the last Sunday of October at 03:00". */
interface YearlyRule {
  /** The onset's wall time in a given year, null when the rule skips that year. */
  onsetIn: (year: number) => IcalTime | null;
  /** The last year the rule can apply (UNTIL or COUNT), or Infinity. */
  lastYear: number;
  until: IcalTime | null;
}

const UNDERSTOOD_PARTS = new Set([
  'freq',
  'interval',
  'until',
  'count',
  'wkst',
  'bymonth',
  'byday',
  'bymonthday',
  'bysetpos',
  'byhour',
  'byminute',
  'bysecond',
]);

/** The one integer a part holds; null when absent, undefined when it holds several or junk. */
function single(values: string[]): number | null | undefined {
  if (values.length === 0) return null;
  if (values.length > 1) return undefined;
  const n = Number(values[0]);
  return Number.isInteger(n) ? n : undefined;
}

/** Which day of a month a rule picks, from its BYDAY/BYMONTHDAY/BYSETPOS; null if not understood. */
function dayPicker(
  parts: Record<string, unknown>,
  start: IcalTime,
): ((year: number, month: number) => number | null) | null {
  const byday = list(parts.byday);
  const setpos = single(list(parts.bysetpos));
  const monthdays = list(parts.bymonthday).map(Number);
  if (byday.length > 1 || setpos === undefined) return null;
  if (monthdays.some((d) => !Number.isInteger(d) || d === 0 || Math.abs(d) > 31)) return null;
  const inMonth = (year: number, month: number, d: number): number | null => {
    const day = d > 0 ? d : daysInMonth(year, month) + 1 + d;
    return day >= 1 && day <= daysInMonth(year, month) ? day : null;
  };
  if (!byday[0]) {
    if (setpos !== null || monthdays.length > 1) return null;
    const fixed = monthdays[0] ?? start.day;
    return (year, month) => inMonth(year, month, fixed);
  }
  const weekdayRule = /^([+-]?[1-5])?(SU|MO|TU|WE|TH|FR|SA)$/.exec(byday[0]);
  if (!weekdayRule) return null;
  const weekday = WEEKDAYS.indexOf(weekdayRule[2] ?? '');
  const ordinal = weekdayRule[1] ? Number(weekdayRule[1]) : setpos;
  if (ordinal !== null) {
    if (monthdays.length > 0 || ordinal === 0 || Math.abs(ordinal) > 5) return null;
    return (year, month) => nthWeekday(year, month, weekday, ordinal);
  }
  if (monthdays.length === 0) return null;
  // "BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU": the Sunday among those days.
  return (year, month) =>
    monthdays
      .map((d) => inMonth(year, month, d))
      .filter((d): d is number => d !== null)
      .sort((a, b) => a - b)
      .find((d) => new Date(Date.UTC(year, month - 1, d)).getUTCDay() === weekday) ?? null;
}

/**
 * Reads a VTIMEZONE RRULE of the shapes zones use (FREQ=YEARLY, one month, one weekday rule or
 * day). Anything else, every frequency under a year included, is not understood: null.
 */
function readYearlyRule(raw: unknown, start: IcalTime): YearlyRule | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const parts = raw as Record<string, unknown>;
  if (Object.keys(parts).some((key) => !UNDERSTOOD_PARTS.has(key))) return null;
  if (String(parts.freq ?? '').toUpperCase() !== 'YEARLY') return null;
  if (parts.interval !== undefined && Number(parts.interval) !== 1) return null;
  const [month, hour, minute, second] = ['bymonth', 'byhour', 'byminute', 'bysecond'].map((key) =>
    single(list(parts[key])),
  );
  if ([month, hour, minute, second].includes(undefined)) return null;
  const onsetMonth = month ?? start.month;
  if (onsetMonth < 1 || onsetMonth > 12) return null;
  const time = { hour: hour ?? start.hour, minute: minute ?? start.minute };
  if (time.hour < 0 || time.hour > 23 || time.minute < 0 || time.minute > 59) return null;
  const pick = dayPicker(parts, start);
  if (!pick) return null;
  const count = parts.count === undefined ? null : Number(parts.count);
  if (count !== null && (!Number.isInteger(count) || count < 1)) return null;
  const until = parts.until === undefined ? null : readIcalTime(parts.until);
  if (parts.until !== undefined && !until) return null;
  return {
    onsetIn: (year) => {
      const day = pick(year, onsetMonth);
      if (day === null) return null;
      const s = Math.min(Math.max(second ?? start.second, 0), 59);
      return { year, month: onsetMonth, day, ...time, second: s, isDate: false, utc: false };
    },
    lastYear: Math.min(
      until ? until.year : Number.POSITIVE_INFINITY,
      count !== null ? start.year + count - 1 : Number.POSITIVE_INFINITY,
    ),
    until,
  };
}

interface Transition {
  /** UTC epoch milliseconds of the onset. */
  at: number;
  /** Minutes east of UTC from the onset on. */
  offset: number;
  /** Minutes east of UTC before the onset. */
  before: number;
}

/** The onsets of one STANDARD/DAYLIGHT observance near the given years; null if not understood. */
function observanceTransitions(
  observance: IcalComponent,
  years: number[],
  rdateBudget: { left: number },
): Transition[] | null {
  const before = readOffset(observance.getFirstProperty('tzoffsetfrom'));
  const offset = readOffset(observance.getFirstProperty('tzoffsetto'));
  const start = readIcalTime(rawValue(observance.getFirstProperty('dtstart')));
  if (before === null || offset === null || !start || start.isDate) return null;
  // Onsets are wall times in the offset in force before them (RFC 5545, 3.6.5).
  const onset = (t: IcalTime) => wallMillis(t) - (t.utc ? 0 : before * 60_000);
  const first = onset(start);
  const transitions: Transition[] = [{ at: first, offset, before }];

  for (const property of observance.getAllProperties('rdate')) {
    for (const value of property.jCal.slice(3)) {
      if (--rdateBudget.left < 0) return null;
      const date = readIcalTime(Array.isArray(value) ? value[0] : value);
      if (!date) continue;
      const time = date.isDate
        ? { ...start, year: date.year, month: date.month, day: date.day }
        : date;
      transitions.push({ at: onset(time), offset, before });
    }
  }

  const rrules = observance.getAllProperties('rrule');
  if (rrules.length > 1) return null;
  if (rrules[0]) {
    const rule = readYearlyRule(rrules[0].jCal[3], start);
    if (!rule) return null;
    const until = rule.until;
    const untilAt = until
      ? onset(until.isDate ? { ...until, hour: 23, minute: 59, second: 59 } : until)
      : Number.POSITIVE_INFINITY;
    // A yearly rule has at most one onset a year: the years asked about and the rule's last two
    // are all that can hold the latest onset before a time in those years.
    for (const year of new Set([...years, rule.lastYear - 1, rule.lastYear])) {
      if (!Number.isFinite(year) || year < start.year || year > rule.lastYear) continue;
      const time = rule.onsetIn(year);
      if (!time) continue;
      const at = onset(time);
      if (at > first && at <= untilAt) transitions.push({ at, offset, before });
    }
  }
  return transitions;
}

/** Minutes east of UTC in force at `at`, from transitions sorted by onset. */
function offsetAtInstant(transitions: Transition[], at: number): number {
  let current: Transition | undefined;
  for (const transition of transitions) {
    if (transition.at > at) break;
    current = transition;
  }
  // Before the first onset the zone kept the offset that onset came from.
  return current ? current.offset : (transitions[0]?.before ?? 0);
}

/**
 * The UTC offset (minutes) a VTIMEZONE gives a wall time, or null when the definition is
 * malformed, over budget, or uses rules real zones never use (which may be hostile).
 * In a DST overlap the earlier instant wins; in a gap, the offset before the gap.
 */
export function vtimezoneOffset(vtimezone: IcalComponent, wall: IcalTime): number | null {
  const observances = vtimezone
    .getAllSubcomponents()
    .filter((c) => c.name === 'standard' || c.name === 'daylight');
  if (observances.length === 0 || observances.length > MAX_OBSERVANCES) return null;
  const years = [wall.year - 1, wall.year, wall.year + 1];
  const budget = { left: MAX_RDATES };
  const transitions: Transition[] = [];
  for (const observance of observances) {
    const found = observanceTransitions(observance, years, budget);
    if (!found) return null;
    transitions.push(...found);
  }
  transitions.sort((a, b) => a.at - b.at);
  const local = wallMillis(wall);
  const offsets = [...new Set(transitions.flatMap((t) => [t.offset, t.before]))].sort(
    (a, b) => b - a,
  );
  const consistent = offsets.find((o) => offsetAtInstant(transitions, local - o * 60_000) === o);
  if (consistent !== undefined) return consistent;
  return offsetAtInstant(transitions, local - (offsets[0] ?? 0) * 60_000);
}
