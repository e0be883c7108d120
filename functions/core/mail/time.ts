// Mail rendering -> how times read in a mail: always with their zone, never ambiguous. Instants use
// the planner's formatLocal so a mail and the CLI spell a time the same way.
import { DateTime } from 'luxon';
import {
  formatLocalRange,
  formatLocal as plannerFormatLocal,
  spellingLocale,
} from '../planning/format.ts';

function inZone(iso: string, zone: string): DateTime {
  const parsed = DateTime.fromISO(iso, { setZone: true });
  const zoned = parsed.setZone(zone);
  return (zoned.isValid ? zoned : parsed).setLocale('en-GB');
}

function zoneLabel(time: DateTime, zone: string): string {
  return time.zoneName === zone ? zone : (time.zoneName ?? zone);
}

/** `Fri, Dec 11, 2:45 PM ET` (en-US), `Fri 11 Dec, 14:45 GMT` (en-GB); a mail never fails over a bad zone. */
export function formatLocal(iso: string, zone: string): string {
  try {
    return plannerFormatLocal(iso, zone);
  } catch {
    const time = inZone(iso, zone);
    if (!time.isValid) return iso;
    return `${time.toFormat('ccc d LLL yyyy, HH:mm')} (${zoneLabel(time, zone)})`;
  }
}

/** `Thu, Dec 10, 2:00 PM–2:45 PM ET`: one date and zone for a range within a day. */
export function formatRange(start: string, end: string | null, zone: string): string {
  if (!end) return formatLocal(start, zone);
  try {
    return formatLocalRange(start, end, zone);
  } catch {
    return formatLocal(start, zone);
  }
}

/** `Fri, Apr 17` (en-US) or `Fri 17 Apr` (en-GB) for a YYYY-MM-DD date stated in `zone`. */
export function formatDay(isoDate: string, zone: string): string {
  const day = DateTime.fromISO(isoDate, { zone: 'UTC' });
  if (!day.isValid) return isoDate;
  return day
    .setLocale(spellingLocale(zone))
    .toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
}

/** `Tuesday` for the interview's own calendar day, in its own zone. */
export function weekdayName(iso: string, zone: string): string {
  const time = inZone(iso, zone);
  return time.isValid ? time.toFormat('cccc') : '';
}

/** `April 14` (en-US) or `14 April` (en-GB) for the interview's own calendar day, in its own zone. */
export function dayAndMonth(iso: string, zone: string): string {
  const time = inZone(iso, zone);
  if (!time.isValid) return '';
  return time.setLocale(spellingLocale(zone)).toLocaleString({ month: 'long', day: 'numeric' });
}

/** `today`, `tomorrow` or null, seen from `now` in `zone`. */
export function relativeDay(iso: string, zone: string, now: Date): 'today' | 'tomorrow' | null {
  const time = inZone(iso, zone);
  const today = DateTime.fromJSDate(now).setZone(zone);
  if (!time.isValid || !today.isValid) return null;
  if (time.hasSame(today, 'day')) return 'today';
  if (time.hasSame(today.plus({ days: 1 }), 'day')) return 'tomorrow';
  return null;
}

export function addHours(iso: string, hours: number): string {
  const time = DateTime.fromISO(iso, { setZone: true });
  return time.isValid ? (time.plus({ hours }).toISO() ?? iso) : iso;
}

export function isBefore(iso: string, now: Date): boolean {
  const time = DateTime.fromISO(iso, { setZone: true });
  return time.isValid && time.toMillis() < now.getTime();
}
