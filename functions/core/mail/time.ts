// Mail rendering -> how times read in a mail: always with their zone, never ambiguous. Instants use
// the planner's formatLocal so a mail and the CLI spell a time the same way.
import { DateTime } from 'luxon';
import { formatLocal as plannerFormatLocal } from '../planning/format.ts';

function inZone(iso: string, zone: string): DateTime {
  const parsed = DateTime.fromISO(iso, { setZone: true });
  const zoned = parsed.setZone(zone);
  return (zoned.isValid ? zoned : parsed).setLocale('en-GB');
}

function zoneLabel(time: DateTime, zone: string): string {
  return time.zoneName === zone ? zone : (time.zoneName ?? zone);
}

/** `Tue 14 Apr 2026, 11:45 (America/Los_Angeles, PDT)`; a mail never fails over a bad zone. */
export function formatLocal(iso: string, zone: string): string {
  try {
    return plannerFormatLocal(iso, zone);
  } catch {
    const time = inZone(iso, zone);
    if (!time.isValid) return iso;
    return `${time.toFormat('ccc d LLL yyyy, HH:mm')} (${zoneLabel(time, zone)})`;
  }
}

/** `Tue 14 Apr 2026, 10:00–11:00 (America/New_York, EDT)`. */
export function formatRange(start: string, end: string | null, zone: string): string {
  const from = inZone(start, zone);
  const to = end ? inZone(end, zone) : null;
  const whole = formatLocal(start, zone);
  if (!from.isValid || !to?.isValid || to <= from) return whole;
  const cut = whole.indexOf(' (');
  if (cut === -1) return whole;
  const tail = to.hasSame(from, 'day')
    ? to.toFormat('HH:mm')
    : to.toFormat('ccc d LLL yyyy, HH:mm');
  return `${whole.slice(0, cut)}–${tail}${whole.slice(cut)}`;
}

/** `Fri 17 Apr 2026` for a YYYY-MM-DD calendar date. */
export function formatDay(isoDate: string): string {
  const day = DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale('en-GB');
  return day.isValid ? day.toFormat('ccc d LLL yyyy') : isoDate;
}

/** `Tuesday` for the interview's own calendar day, in its own zone. */
export function weekdayName(iso: string, zone: string): string {
  const time = inZone(iso, zone);
  return time.isValid ? time.toFormat('cccc') : '';
}

/** `14 April` for the interview's own calendar day, in its own zone. */
export function dayAndMonth(iso: string, zone: string): string {
  const time = inZone(iso, zone);
  return time.isValid ? time.toFormat('d LLLL') : '';
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
