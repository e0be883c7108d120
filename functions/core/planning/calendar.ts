// Local-time arithmetic for the planner: waking hours, business days and whole-minute instants in
// the user's zone. All zone math goes through luxon so DST changes keep wall-clock times.
import { DateTime } from 'luxon';
import { isIanaZone } from '../iana-zone.ts';
import { PlanningError } from './errors.ts';
import { type Holidays, holidayOn, regionFor } from './holidays.ts';
import { clockMinutes, type Policy } from './policy.ts';

/**
 * What says when a milestone may come: the policy's hours and weekdays, and the public holidays
 * of the user's country as the edge loaded them (`holidaysFor`). PlanInput and PlanContext are both.
 */
export interface PlanRules {
  policy: Policy;
  holidays: Holidays;
}

// Four weeks and a day hold a business day even for a one-weekday week whose next few of that
// weekday are holidays (Fridays at Christmas and New Year); the extra day covers DST-shifted openings.
const SEARCH_DAYS = 29;

export function assertZone(zone: string, what: string): void {
  if (!isIanaZone(zone)) throw new PlanningError(`${what} "${zone}" is not an IANA time zone`);
}

/** An ISO-8601 instant; text without an offset is read in `zone`. */
export function parseInstant(text: string, zone: string, what: string): DateTime {
  const parsed = DateTime.fromISO(text, { zone });
  if (!parsed.isValid) throw new PlanningError(`${what} "${text}" is not an ISO-8601 date-time`);
  return parsed;
}

export function isoOf(instant: DateTime): string {
  const text = instant.toISO({ suppressMilliseconds: true });
  if (!text) throw new PlanningError(`cannot write ${instant.invalidExplanation ?? 'an instant'}`);
  return text;
}

export function latest(first: DateTime, ...others: (DateTime | null | undefined)[]): DateTime {
  let result = first;
  for (const other of others) if (other && other.toMillis() > result.toMillis()) result = other;
  return result;
}

export function minuteOfDay(instant: DateTime): number {
  return instant.hour * 60 + instant.minute;
}

/** Schedules fire on whole minutes; rounding up keeps "not before" bounds true. */
export function ceilToMinute(instant: DateTime): DateTime {
  const floor = instant.startOf('minute');
  return floor.toMillis() < instant.toMillis() ? floor.plus({ minutes: 1 }) : floor;
}

/** The first whole minute strictly after `now`, in `zone`: nothing is ever scheduled at or before now. */
export function firstMinuteAfter(now: Date, zone: string): DateTime {
  return ceilToMinute(DateTime.fromJSDate(now, { zone }).plus({ milliseconds: 1 }));
}

export function isWaking(instant: DateTime, policy: Policy): boolean {
  const minute = minuteOfDay(instant);
  return (
    minute >= clockMinutes(policy.wakingHours.start) &&
    minute < clockMinutes(policy.wakingHours.end)
  );
}

/** The public holiday on `instant`'s local date where the user lives (see `Policy.country`). */
export function holidayAt(instant: DateTime, { policy, holidays }: PlanRules): string | null {
  return holidayOn(instant, regionFor(policy.country, instant.zoneName ?? 'UTC'), holidays);
}

/** A business day is one of the policy's weekdays that is no public holiday. */
export function isBusinessDay(instant: DateTime, rules: PlanRules): boolean {
  return rules.policy.businessDays.includes(instant.weekday) && !holidayAt(instant, rules);
}

/** The holidays a date was moved off: those from `wanted`'s local date up to (not on) `due`'s. */
export function holidaysSkipped(wanted: DateTime, due: DateTime, rules: PlanRules): string[] {
  const names: string[] = [];
  const last = due.startOf('day').toMillis();
  for (let day = wanted.startOf('day'); day.toMillis() < last; day = day.plus({ days: 1 })) {
    const name = holidayAt(day, rules);
    if (name && rules.policy.businessDays.includes(day.weekday)) names.push(name);
  }
  return names;
}

function atMinute(day: DateTime, minute: number): DateTime {
  // In a DST gap luxon moves the wall time forward; callers re-check waking hours.
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 });
}

function noSlot(from: DateTime): never {
  throw new PlanningError(`no waking slot within ${SEARCH_DAYS} days of ${isoOf(from)}`);
}

/**
 * The earliest whole minute at or after `from` inside waking hours (and on a business day).
 * Local rules apply in `from`'s zone: pass instants already set to the user's zone.
 */
export function nextWaking(from: DateTime, rules: PlanRules, businessDay: boolean): DateTime {
  const { policy } = rules;
  const start = ceilToMinute(from);
  const opening = clockMinutes(policy.wakingHours.start);
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const day = start.startOf('day').plus({ days: offset });
    if (businessDay && !isBusinessDay(day, rules)) continue;
    const candidate = latest(atMinute(day, opening), start);
    if (candidate.hasSame(day, 'day') && isWaking(candidate, policy)) return candidate;
  }
  return noSlot(from);
}

/**
 * The first day at or after `from` whose `clock` (minutes since midnight; the start of waking hours
 * when `clock` lies outside them) is not before `from`, on a business day when asked.
 */
export function nextSlotAt(
  from: DateTime,
  clock: number,
  rules: PlanRules,
  businessDay: boolean,
): DateTime {
  const { policy } = rules;
  const start = ceilToMinute(from);
  const opening = clockMinutes(policy.wakingHours.start);
  const closing = clockMinutes(policy.wakingHours.end);
  const minute = clock >= opening && clock < closing ? clock : opening;
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const day = start.startOf('day').plus({ days: offset });
    if (businessDay && !isBusinessDay(day, rules)) continue;
    const candidate = atMinute(day, minute);
    if (candidate.toMillis() >= start.toMillis() && isWaking(candidate, policy)) return candidate;
  }
  return noSlot(from);
}

/**
 * `days` calendar days after `previous`, at `clock` (default: `previous`'s local time), rolled to
 * a valid slot. Calendar days, not 24 h periods, so 09:30 stays 09:30 across DST.
 */
export function followingSlot(
  previous: DateTime,
  days: number,
  rules: PlanRules,
  businessDay: boolean,
  clock = minuteOfDay(previous),
): DateTime {
  return nextSlotAt(previous.plus({ days }), clock, rules, businessDay);
}

/** Midnight starting the day after a stated date (`YYYY-MM-DD`, or an ISO date-time) in `zone`. */
export function dayAfter(date: string, zone: string, what: string): DateTime {
  const parsed = DateTime.fromISO(date, { zone });
  if (!parsed.isValid) throw new PlanningError(`${what} "${date}" is not an ISO-8601 date`);
  return parsed.plus({ days: 1 }).startOf('day');
}
