// Reader -> calendar invitations: text/calendar parts and .ics attachments (REQUEST, CANCEL;
// TZID with VTIMEZONE, UTC and floating times; ORGANIZER/ATTENDEE) parsed with ical.js, read
// tolerantly (a second pass drops unparsable lines) and with bounded work (no RRULE expansion).
// ical.js is loaded only for a message that carries a calendar (a dynamic import: in the Lambda
// bundle, a chunk of its own), so the many without one never pay for it.
import type ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { isIanaZone } from '../iana-zone.ts';
import type { Mailbox } from './mime.ts';
import { rawValue, readIcalTime, vtimezoneOffset } from './vtimezone.ts';
import { readWindowsTzid } from './windows-zones.ts';
import { offsetAt, placeWallTime, toIsoWithOffset, zoneForOffset } from './zones.ts';

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

type IcalJs = typeof ICAL;
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

// Dates outside these years are junk or hostile (year 9999 breaks the scheduling downstream).
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

function readTime(
  component: IcalComponent,
  name: string,
  zones: Map<string, IcalComponent>,
): CalendarTime | null {
  const property = component.getFirstProperty(name);
  if (!property) return null;
  // The raw value, not ical.js's Time: hydrating a Time resolves its VTIMEZONE, whose rules
  // ical.js would then expand without bound.
  const value = readIcalTime(rawValue(property));
  if (!value || value.year < FIRST_YEAR || value.year > LAST_YEAR) return null;
  const isDate = value.isDate || property.type === 'date';
  const wall = {
    year: value.year,
    month: value.month,
    day: value.day,
    hour: isDate ? 0 : value.hour,
    minute: isDate ? 0 : value.minute,
  };
  const tzid = param(property, 'tzid');
  if (value.utc) return { wall, isDate, kind: 'utc', tzid: null, offsetMinutes: 0 };
  if (tzid) {
    const vtimezone = zones.get(tzid);
    const offsetMinutes = vtimezone && !isDate ? vtimezoneOffset(vtimezone, value) : null;
    return { wall, isDate, kind: 'zoned', tzid, offsetMinutes };
  }
  return { wall, isDate, kind: 'floating', tzid: null, offsetMinutes: null };
}

/** Reads one field; a malformed value loses that field, not the event. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function text(component: IcalComponent, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.slice(0, 20_000) : '';
}

/** ICAL.parse gives one component, or a list when the text holds several: the calendars in it. */
function calendarsOf(ical: IcalJs, jcal: unknown): IcalComponent[] {
  const list = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal];
  return list.flatMap((item) => {
    const component = safely(() => new ical.Component(item as unknown[]), null);
    return component?.name === 'vcalendar' ? [component] : [];
  });
}

/** The jCal value type of one content line, or null when ical.js cannot parse it. */
function propertyType(ical: IcalJs, line: string): string | null {
  return safely(() => {
    const jcal: unknown = ical.parse.property(line);
    return Array.isArray(jcal) && typeof jcal[2] === 'string' ? jcal[2] : null;
  }, null);
}

/**
 * The text again without what ical.js cannot parse: properties with broken values, END lines
 * without their BEGIN, stray words; components left open are closed. A line that is no property
 * right after a text property is that text's fold which lost its leading space (Exchange 2010).
 */
function withoutUnparsableLines(ical: IcalJs, text: string): string {
  const open: string[] = [];
  const kept: string[] = [];
  let textProperty = false;
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    const begin = /^BEGIN:([\w-]+)\s*$/i.exec(line);
    const end = /^END:([\w-]+)\s*$/i.exec(line);
    if (begin?.[1]) {
      open.push(begin[1].toUpperCase());
      kept.push(line);
    } else if (end?.[1]) {
      const at = open.lastIndexOf(end[1].toUpperCase());
      if (at >= 0) while (open.length > at) kept.push(`END:${open.pop()}`);
    } else if (open.length > 0 && line.trim()) {
      const type = propertyType(ical, line);
      if (type) {
        kept.push(line);
        textProperty = type === 'text' || type === 'unknown';
      } else if (textProperty && !/^[\w-]+[;:]/.test(line)) {
        kept.push(`${kept.pop() ?? ''}${line}`);
      } else {
        textProperty = false;
      }
      continue;
    }
    textProperty = false;
  }
  while (open.length > 0) kept.push(`END:${open.pop()}`);
  return kept.join('\r\n');
}

function parseCalendars(ical: IcalJs, source: string): IcalComponent[] {
  const text = source.replace(/\r\n|\r|\n/g, '\r\n');
  const whole = safely(() => calendarsOf(ical, ical.parse(text)), null);
  if (whole) return whole;
  return safely(() => calendarsOf(ical, ical.parse(withoutUnparsableLines(ical, text))), []);
}

function readEvent(
  ical: IcalJs,
  vevent: IcalComponent,
  calendar: IcalComponent,
  zones: Map<string, IcalComponent>,
): CalendarEvent {
  const method = safely(() => calendar.getFirstPropertyValue('method'), null);
  const calendarZone = safely(() => calendar.getFirstPropertyValue('x-wr-timezone'), null);
  const duration = safely(() => vevent.getFirstPropertyValue('duration'), null);
  const sequence = Number(safely<unknown>(() => vevent.getFirstPropertyValue('sequence'), 0) ?? 0);
  return {
    method: typeof method === 'string' ? method.toUpperCase() : null,
    status: (safely(() => text(vevent, 'status'), '') || null)?.toUpperCase() ?? null,
    sequence: Number.isFinite(sequence) ? sequence : 0,
    summary: safely(() => text(vevent, 'summary'), ''),
    description: safely(() => text(vevent, 'description'), ''),
    location: safely(() => text(vevent, 'location'), ''),
    calendarZone: typeof calendarZone === 'string' ? calendarZone : null,
    start: safely(() => readTime(vevent, 'dtstart', zones), null),
    end: safely(() => readTime(vevent, 'dtend', zones), null),
    durationMinutes:
      duration instanceof ical.Duration ? Math.round(duration.toSeconds() / 60) : null,
    organizer: safely(() => person(vevent.getFirstProperty('organizer')), null),
    attendees: vevent
      .getAllProperties('attendee')
      .slice(0, 100)
      .map((attendee) => safely(() => person(attendee), null))
      .filter((p): p is CalendarPerson => p !== null),
  };
}

/** Parses one iCalendar text; unreadable calendars give no events. */
function readCalendarWith(ical: IcalJs, source: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const calendar of parseCalendars(ical, source).slice(0, 5)) {
    const zones = new Map<string, IcalComponent>();
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = safely(() => vtimezone.getFirstPropertyValue('tzid'), null);
      if (typeof tzid === 'string' && !zones.has(tzid)) zones.set(tzid, vtimezone);
    }
    for (const vevent of calendar.getAllSubcomponents('vevent').slice(0, 20 - events.length)) {
      events.push(readEvent(ical, vevent, calendar, zones));
    }
  }
  return events;
}

/** The calendar reader, once ical.js is loaded: iCalendar text -> its events. */
export async function calendarReader(): Promise<(source: string) => CalendarEvent[]> {
  const { default: ical } = await import('ical.js');
  return (source) => readCalendarWith(ical, source);
}

/** What a TZID names: an IANA zone, a Windows zone or display name, or only an offset. */
type TzidReading =
  | { zone: string; confidence: number; iana: boolean }
  | { offsetMinutes: number; bare: boolean }
  | null;

function readTzid(tzid: string): TzidReading {
  // "/mozilla.org/20050126_1/America/New_York" and quoted TZIDs carry an IANA name inside.
  const cleaned = tzid
    .replace(/^"|"$/g, '')
    .replace(/^\/(?:[^/]+\/)*?(?=[A-Z][a-z]+\/)/, '')
    .trim();
  if (cleaned.includes('/') && isIanaZone(cleaned)) {
    return { zone: cleaned, confidence: 0.95, iana: true };
  }
  const windows = readWindowsTzid(cleaned);
  if (windows && 'zone' in windows) return { ...windows, iana: false };
  // "EST", "CET", "EST5EDT": valid names, but generators also use them as labels for a VTIMEZONE
  // with other rules, so they do not overrule one.
  if (isIanaZone(cleaned)) return { zone: cleaned, confidence: 0.9, iana: false };
  return windows;
}

function instantOf(time: CalendarTime, zone: string, useOffset: boolean): DateTime | null {
  if (time.kind === 'utc' || (useOffset && time.offsetMinutes !== null)) {
    const offset = time.kind === 'utc' ? 0 : (time.offsetMinutes ?? 0);
    const utc = DateTime.fromObject(time.wall, { zone: 'UTC' }).minus({ minutes: offset });
    return utc.isValid ? utc.setZone(zone) : null;
  }
  const placed = placeWallTime(time.wall, zone);
  return placed ? DateTime.fromISO(placed.iso, { setZone: true }).setZone(zone) : null;
}

interface Placement {
  zone: string;
  confidence: number;
  /** Place wall times by the calendar's own VTIMEZONE offsets rather than by `zone`'s rules. */
  useOffset: boolean;
}

/** Where a TZID time belongs. Below 0.5 confidence the reader asks instead of stating it. */
function placeZoned(
  start: CalendarTime & { tzid: string },
  textZone: string | null,
  calendarZone: string | null,
  defaultTimezone: string,
): Placement {
  const named = readTzid(start.tzid);
  const defined = start.offsetMinutes;
  const instant = DateTime.fromObject(start.wall, { zone: 'UTC' })
    .minus({ minutes: defined ?? 0 })
    .toJSDate();
  const agrees = (zone: string) => defined !== null && offsetAt(zone, instant) === defined;
  // A known IANA name wins over a VTIMEZONE that contradicts it (an RDATE-only definition that
  // reads as UTC); the sender's calendar program knew the zone by that name.
  if (named && 'iana' in named && named.iana) {
    const confidence = defined === null || agrees(named.zone) ? named.confidence : 0.9;
    return { zone: named.zone, confidence, useOffset: false };
  }
  if (named && 'zone' in named && (defined === null || agrees(named.zone))) {
    return { zone: named.zone, confidence: named.confidence, useOffset: false };
  }
  if (defined !== null) {
    // The calendar defines its own zone (Outlook's "Customized Time Zone"): its offset is exact;
    // the zone shown is one that had that offset then.
    const mapped = named && 'zone' in named ? named.zone : null;
    const candidates = [textZone, defaultTimezone, mapped].filter((z): z is string => !!z);
    const zone = candidates.find(agrees) ?? zoneForOffset(defined) ?? 'UTC';
    return { zone, confidence: 0.85, useOffset: true };
  }
  if (named && 'offsetMinutes' in named) {
    // "(GMT +01:00)" alone is a fixed offset the sender stated. With places we could not match,
    // the offset is only the zone's standard one and summer time may apply: ask.
    const zone = zoneForOffset(named.offsetMinutes);
    if (zone) return { zone, confidence: named.bare ? 0.7 : 0.4, useOffset: false };
  }
  // A TZID nobody can read: the zone the mail or the calendar states is a fair guess, the
  // user's zone is not.
  const stated = textZone ?? (calendarZone && isIanaZone(calendarZone) ? calendarZone : null);
  return stated
    ? { zone: stated, confidence: 0.7, useOffset: false }
    : { zone: defaultTimezone, confidence: 0.3, useOffset: false };
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
  let placement: Placement;
  if (start.kind === 'zoned' && start.tzid) {
    placement = placeZoned(
      { ...start, tzid: start.tzid },
      textZone,
      event.calendarZone,
      defaultTimezone,
    );
  } else if (start.kind === 'utc') {
    const stated = [textZone, event.calendarZone].find((z): z is string => !!z && isIanaZone(z));
    placement = { zone: stated ?? defaultTimezone, confidence: 0.95, useOffset: false };
  } else {
    const zone =
      textZone ??
      (event.calendarZone && isIanaZone(event.calendarZone) ? event.calendarZone : defaultTimezone);
    const confidence = zone === defaultTimezone && !textZone ? 0.55 : 0.85;
    placement = { zone, confidence, useOffset: false };
  }
  const { zone, confidence, useOffset } = placement;
  const startAt = instantOf(start, zone, useOffset);
  if (!startAt) return null;
  let endAt: DateTime | null = null;
  if (event.end && !event.end.isDate) endAt = instantOf(event.end, zone, useOffset);
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

/**
 * The sessions of a schedule: the events that still stand, as an updated invitation's cancelled
 * old slot does not; a cancellation's own event when nothing stands.
 */
export function sessionsOf(events: readonly CalendarEvent[]): CalendarEvent[] {
  const standing = events.filter(
    (event) => event.method !== 'CANCEL' && event.status !== 'CANCELLED',
  );
  return (standing.length > 0 ? standing : events).slice(0, 6);
}
