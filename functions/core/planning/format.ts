// Times as people read them in mails and the CLI: a time is never shown without its zone,
// e.g. "Tue 14 Apr 2026, 11:45 (America/Los_Angeles, PDT)"; and as the Scheduler reads them.
import { DateTime } from 'luxon';
import { PlanningError } from './errors.ts';
import { isIanaZone } from './zones.ts';

// en-US knows the North American abbreviations, en-GB the European ones, en-AU and en-IN theirs;
// elsewhere ICU falls back to "GMT+5", which we spell as a UTC offset instead.
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN'];

function zoneLabel(local: DateTime): string {
  for (const locale of ABBREVIATION_LOCALES) {
    const name = local.setLocale(locale).toFormat('ZZZZ');
    if (name && !/^(?:GMT|UTC)[+-]/.test(name)) return name;
  }
  const offset = local.offset;
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** `Tue 14 Apr 2026, 11:45 (America/Los_Angeles, PDT)`: the instant `iso` as local time in `zone`. */
export function formatLocal(iso: string, zone: string): string {
  if (!isIanaZone(zone)) throw new PlanningError(`"${zone}" is not an IANA time zone`);
  const local = DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale('en-US');
  if (!local.isValid) throw new PlanningError(`"${iso}" is not an ISO-8601 date-time`);
  const label = zoneLabel(local);
  const zoneText = label === zone ? zone : `${zone}, ${label}`;
  return `${local.toFormat('ccc d LLL yyyy, HH:mm')} (${zoneText})`;
}

/**
 * The EventBridge Scheduler expression for a due time: `at(2026-04-21T09:30:00)`, local wall time
 * meant to go with `ScheduleExpressionTimezone: zone`.
 */
export function scheduleAt(iso: string, zone: string): string {
  if (!isIanaZone(zone)) throw new PlanningError(`"${zone}" is not an IANA time zone`);
  const local = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!local.isValid) throw new PlanningError(`"${iso}" is not an ISO-8601 date-time`);
  return `at(${local.toFormat("yyyy-MM-dd'T'HH:mm:ss")})`;
}
