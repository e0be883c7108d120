// Reader -> calendar invitations: text/calendar parts and .ics attachments (REQUEST, CANCEL;
// TZID with VTIMEZONE, UTC and floating times; ORGANIZER/ATTENDEE) read with ical.js.
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { Mailbox } from './mime.ts';
import {
  isIanaZone,
  offsetAt,
  placeWallTime,
  toIsoWithOffset,
  windowsZone,
  zoneForOffset,
} from './zones.ts';

export interface CalendarPerson extends Mailbox {
  role: string | null;
  cutype: string | null;
}

interface CalendarTime {
  wall: { year: number; month: number; day: number; hour: number; minute: number };
  isDate: boolean;
  /** 'utc', an IANA zone, a Windows/custom TZID or null for floating. */
  kind: 'utc' | 'zoned' | 'floating';
  tzid: string | null;
  /** Offset from the calendar's own VTIMEZONE, when it has one. */
  offsetMinutes: number | null;
}

export interface CalendarEvent {
  method: string | null;
  status: string | null;
  sequence: number;
  summary: string;
  description: string;
  location: string;
  calendarZone: string | null;
  start: CalendarTime | null;
  end: CalendarTime | null;
  durationMinutes: number | null;
  organizer: CalendarPerson | null;
  attendees: CalendarPerson[];
}

export interface PlacedEvent {
  start: string;
  end: string | null;
  timezone: string;
  /** 0..1: a TZID or UTC time is sure; a floating time placed in a guessed zone is not. */
  confidence: number;
}

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalProperty = InstanceType<typeof ICAL.Property>;

function param(property: IcalProperty, name: string): string | null {
  const value = property.getParameter(name);
  if (Array.isArray(value)) return value[0] ? String(value[0]) : null;
  return value ? String(value) : null;
}

function person(property: IcalProperty | null): CalendarPerson | null {
  if (!property) return null;
  const value = String(property.getFirstValue() ?? '');
  const email = value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  if (!email.includes('@')) return null;
  const cn = param(property, 'cn')?.replace(/^"|"$/g, '').trim() ?? null;
  return {
    name: cn && !cn.includes('@') ? cn : null,
    email,
    role: param(property, 'role'),
    cutype: param(property, 'cutype'),
  };
}

function readTime(
  component: IcalComponent,
  name: string,
  zones: Map<string, IcalComponent>,
): CalendarTime | null {
  const property = component.getFirstProperty(name);
  if (!property) return null;
  const value = property.getFirstValue();
  if (!(value instanceof ICAL.Time)) return null;
  const wall = {
    year: value.year,
    month: value.month,
    day: value.day,
    hour: value.isDate ? 0 : value.hour,
    minute: value.isDate ? 0 : value.minute,
  };
  const tzid = param(property, 'tzid');
  if (value.zone === ICAL.Timezone.utcTimezone || (!tzid && /Z$/i.test(String(value)))) {
    return { wall, isDate: value.isDate, kind: 'utc', tzid: null, offsetMinutes: 0 };
  }
  if (tzid) {
    let offsetMinutes: number | null = null;
    const vtimezone = zones.get(tzid);
    if (vtimezone) {
      try {
        const zone = new ICAL.Timezone(vtimezone);
        offsetMinutes = Math.round(zone.utcOffset(value) / 60);
      } catch {
        offsetMinutes = null;
      }
    }
    return { wall, isDate: value.isDate, kind: 'zoned', tzid, offsetMinutes };
  }
  return { wall, isDate: value.isDate, kind: 'floating', tzid: null, offsetMinutes: null };
}

function text(component: IcalComponent, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.slice(0, 20_000) : '';
}

/** Parses one iCalendar text; unreadable calendars give no events. */
export function readCalendar(source: string): CalendarEvent[] {
  let root: IcalComponent;
  try {
    root = new ICAL.Component(ICAL.parse(source.replace(/\r?\n/g, '\r\n')));
  } catch {
    return [];
  }
  const zones = new Map<string, IcalComponent>();
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') zones.set(tzid, vtimezone);
  }
  const method = root.getFirstPropertyValue('method');
  const calendarZone = root.getFirstPropertyValue('x-wr-timezone');
  const events: CalendarEvent[] = [];
  for (const vevent of root.getAllSubcomponents('vevent').slice(0, 20)) {
    try {
      const start = readTime(vevent, 'dtstart', zones);
      const end = readTime(vevent, 'dtend', zones);
      const duration = vevent.getFirstPropertyValue('duration');
      const durationMinutes =
        duration instanceof ICAL.Duration ? Math.round(duration.toSeconds() / 60) : null;
      const sequence = Number(vevent.getFirstPropertyValue('sequence') ?? 0);
      events.push({
        method: typeof method === 'string' ? method.toUpperCase() : null,
        status: (text(vevent, 'status') || null)?.toUpperCase() ?? null,
        sequence: Number.isFinite(sequence) ? sequence : 0,
        summary: text(vevent, 'summary'),
        description: text(vevent, 'description'),
        location: text(vevent, 'location'),
        calendarZone: typeof calendarZone === 'string' ? calendarZone : null,
        start,
        end,
        durationMinutes,
        organizer: person(vevent.getFirstProperty('organizer')),
        attendees: vevent
          .getAllProperties('attendee')
          .slice(0, 100)
          .map(person)
          .filter((p): p is CalendarPerson => p !== null),
      });
    } catch {
      // One malformed event must not hide the others.
    }
  }
  return events;
}

function zoneOfTzid(tzid: string): string | null {
  const cleaned = tzid.replace(/^\/(?:[^/]+\/)*?(?=[A-Z][a-z]+\/)/, '').replace(/^"|"$/g, '');
  if (isIanaZone(cleaned) && cleaned.includes('/')) return cleaned;
  return windowsZone(cleaned) ?? (isIanaZone(cleaned) ? cleaned : null);
}

function instantOf(time: CalendarTime, zone: string): DateTime | null {
  if (time.kind === 'utc' || time.offsetMinutes !== null) {
    const offset = time.kind === 'utc' ? 0 : (time.offsetMinutes ?? 0);
    const utc = DateTime.fromObject(time.wall, { zone: 'UTC' }).minus({ minutes: offset });
    return utc.isValid ? utc.setZone(zone) : null;
  }
  const placed = placeWallTime(time.wall, zone);
  return placed ? DateTime.fromISO(placed.iso, { setZone: true }).setZone(zone) : null;
}

/**
 * Places an event's start and end on the time line and names its zone. `textZone` is the zone
 * the mail's text states (Calendly's "Pacific Time - US & Canada"), used to display UTC times
 * and to place floating ones; `defaultTimezone` is the user's, the last resort.
 */
export function placeEvent(
  event: CalendarEvent,
  textZone: string | null,
  defaultTimezone: string,
): PlacedEvent | null {
  const start = event.start;
  if (!start || start.isDate) return null;
  let zone: string;
  let confidence = 0.95;
  if (start.kind === 'zoned' && start.tzid) {
    const mapped = zoneOfTzid(start.tzid);
    const probe = DateTime.fromObject(start.wall, { zone: 'UTC' }).toJSDate();
    if (
      mapped &&
      (start.offsetMinutes === null || offsetAt(mapped, probe) === start.offsetMinutes)
    ) {
      zone = mapped;
    } else if (start.offsetMinutes !== null) {
      const candidates = [textZone, defaultTimezone, mapped].filter((z): z is string => !!z);
      const instant = DateTime.fromObject(start.wall, { zone: 'UTC' })
        .minus({ minutes: start.offsetMinutes })
        .toJSDate();
      zone =
        candidates.find((z) => offsetAt(z, instant) === start.offsetMinutes) ??
        zoneForOffset(start.offsetMinutes) ??
        'UTC';
      confidence = 0.85;
    } else {
      zone = textZone ?? defaultTimezone;
      confidence = textZone ? 0.7 : 0.5;
    }
  } else if (start.kind === 'utc') {
    const stated = [textZone, event.calendarZone].find((z): z is string => !!z && isIanaZone(z));
    zone = stated ?? defaultTimezone;
  } else {
    zone =
      textZone ??
      (event.calendarZone && isIanaZone(event.calendarZone) ? event.calendarZone : defaultTimezone);
    confidence = zone === defaultTimezone && !textZone ? 0.55 : 0.85;
  }
  const startAt = instantOf(start, zone);
  if (!startAt) return null;
  let endAt: DateTime | null = null;
  if (event.end && !event.end.isDate) endAt = instantOf(event.end, zone);
  else if (event.durationMinutes && event.durationMinutes > 0) {
    endAt = startAt.plus({ minutes: event.durationMinutes });
  }
  if (endAt && endAt <= startAt) endAt = null;
  return {
    start: toIsoWithOffset(startAt),
    end: endAt ? toIsoWithOffset(endAt) : null,
    timezone: zone,
    confidence,
  };
}
