// Calendar invitations as they really arrive: hostile VTIMEZONE rules that must not expand
// forever, one broken line in an otherwise good file, Outlook's Windows display-name TZIDs with no
// VTIMEZONE, an IANA TZID with a contradicting VTIMEZONE, and edited invitations (SEQUENCE > 0).
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isIanaZone } from '../../../functions/core/iana-zone.ts';
import {
  type CalendarEvent,
  calendarReader,
  placeEvent,
} from '../../../functions/core/understand/calendar.ts';
import { classify, readSignals } from '../../../functions/core/understand/classify.ts';
import {
  CONFIDENCE_THRESHOLD,
  understandMessage,
} from '../../../functions/core/understand/index.ts';
import { readIcalTime, vtimezoneOffset } from '../../../functions/core/understand/vtimezone.ts';
import {
  readWindowsTzid,
  WINDOWS_ZONES,
  windowsIdToIana,
  zoneOfDisplayName,
} from '../../../functions/core/understand/windows-zones.ts';
import { windowsZone } from '../../../functions/core/understand/zones.ts';
import { fixturePath } from '../../support/fixtures.ts';

const readCalendar = await calendarReader();
const ics = (name: string) => readFileSync(fixturePath(`calendar/${name}`), 'utf8');

function onlyEvent(source: string): CalendarEvent {
  const events = readCalendar(source);
  expect(events).toHaveLength(1);
  const [event] = events;
  if (!event) throw new Error('no event');
  return event;
}

function placed(source: string, textZone: string | null = null, user = 'America/New_York') {
  return placeEvent(onlyEvent(source), textZone, user);
}

describe('hostile VTIMEZONE rules are read with bounded work', () => {
  const hostile = ics('hostile-secondly-1601.ics');
  const rules = [
    'FREQ=SECONDLY',
    'FREQ=MINUTELY',
    'FREQ=HOURLY',
    'FREQ=DAILY',
    'FREQ=WEEKLY',
    'FREQ=MONTHLY',
    // Rules no date satisfies, which ical.js's iterator searches for ever.
    'FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31',
    // Yearly, but every second of the year.
    `FREQ=YEARLY;BYHOUR=${[...Array(24).keys()].join(',')};BYMINUTE=${[...Array(60).keys()].join(',')}`,
    'FREQ=YEARLY;INTERVAL=1;BYMONTH=3;BYDAY=-1SU;BYYEARDAY=1,2,3',
  ];

  it.each(rules)('RRULE:%s gives the event, with no offset read from the zone', (rule) => {
    const source = hostile.replace(/RRULE:FREQ=SECONDLY(;INTERVAL=2)?/g, `RRULE:${rule}`);
    expect(source).toContain(`RRULE:${rule}`);
    const event = onlyEvent(source);
    expect(event.start).toMatchObject({
      wall: { year: 2026, month: 3, day: 10, hour: 10, minute: 0 },
      kind: 'zoned',
      tzid: 'Tick',
      offsetMinutes: null,
    });
    // A zone nobody can read: the reader asks rather than placing it in the user's zone.
    const where = placeEvent(event, null, 'Europe/Paris');
    expect(where?.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it('ignores a VTIMEZONE with ten thousand observances', () => {
    const observances = Array.from(
      { length: 10_000 },
      (_, i) =>
        `BEGIN:STANDARD\r\nDTSTART:${1601 + (i % 400)}0101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:STANDARD`,
    ).join('\r\n');
    const source = hostile.replace(/BEGIN:STANDARD[\s\S]*END:DAYLIGHT/, observances);
    expect(onlyEvent(source).start?.offsetMinutes).toBeNull();
  });

  it('a hostile invite from a stranger reads to a question, not a time', async () => {
    const raw = readFileSync(fixturePath('calendar/hostile-secondly-1601.eml'));
    const { reading } = await understandMessage(raw, { defaultTimezone: 'America/New_York' });
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start).toBeNull();
    expect(reading.missing).toContain('date and time');
  });

  it('refuses event dates outside the years a schedule can hold', () => {
    const far = ics('windows-id-no-vtimezone.ics').replace(/:2026(\d{4}T)/g, ':9999$1');
    expect(onlyEvent(far).start).toBeNull();
  });
});

describe('VTIMEZONE offsets match the zone rules they describe', () => {
  // America/New_York as Outlook and tzurl write it: the 1987-2006 rules with UNTIL, then 2007 on.
  const newYork = [
    'BEGIN:VTIMEZONE',
    'TZID:Eastern',
    'BEGIN:DAYLIGHT',
    'DTSTART:19870405T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z',
    'TZOFFSETFROM:-0500',
    'TZOFFSETTO:-0400',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'DTSTART:19671029T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z',
    'TZOFFSETFROM:-0400',
    'TZOFFSETTO:-0500',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:20070311T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    'TZOFFSETFROM:-0500',
    'TZOFFSETTO:-0400',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'DTSTART:20071104T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    'TZOFFSETFROM:-0400',
    'TZOFFSETTO:-0500',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  // Europe/London the older way: "the Sunday among the 25th to the 31st".
  const london = [
    'BEGIN:VTIMEZONE',
    'TZID:London',
    'BEGIN:DAYLIGHT',
    'DTSTART:19810329T010000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU',
    'TZOFFSETFROM:+0000',
    'TZOFFSETTO:+0100',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'DTSTART:19961027T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYSETPOS=-1;BYDAY=SU',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const component = (lines: string[]) =>
    new ICAL.Component(
      ICAL.parse(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n')),
    ).getFirstSubcomponent('vtimezone') as InstanceType<typeof ICAL.Component>;

  const walls = [
    '2005-04-02T12:00',
    '2005-04-03T12:00',
    '2005-10-29T12:00',
    '2005-10-30T12:00',
    '2026-01-15T09:00',
    '2026-03-07T12:00',
    '2026-03-08T12:00',
    '2026-03-28T12:00',
    '2026-03-29T12:00',
    '2026-07-01T09:00',
    '2026-10-24T12:00',
    '2026-10-25T12:00',
    '2026-10-31T12:00',
    '2026-11-01T12:00',
    '2031-06-01T12:00',
  ];

  it.each([
    ['America/New_York', newYork],
    ['Europe/London', london],
  ])('%s', (zone, lines) => {
    const vtimezone = component(lines);
    for (const wall of walls) {
      const time = readIcalTime(`${wall}:00`);
      if (!time) throw new Error(wall);
      const expected = DateTime.fromISO(wall, { zone }).offset;
      expect(vtimezoneOffset(vtimezone, time), `${zone} ${wall}`).toBe(expected);
    }
  });

  it('before the first onset, keeps the offset that onset came from', () => {
    const time = readIcalTime('1950-06-01T12:00:00');
    if (!time) throw new Error('time');
    expect(vtimezoneOffset(component(newYork), time)).toBe(-240);
  });
});

describe('one malformed line does not make a calendar unreadable', () => {
  it.each([
    // name, fixture, start instant
    ['Exchange 2010, a fold lost its space', 'exchange-2010-lost-fold.ics', '2026-03-31T12:00:00Z'],
    ['Microsoft CDO, an unbalanced quote', 'cdo-unbalanced-quote.ics', '2026-03-10T13:30:00Z'],
    ['a booking export cut short', 'booking-export-truncated.ics', '2026-04-22T13:00:00Z'],
    ['an export with an empty FREQ', 'export-empty-freq.ics', '2026-05-12T09:00:00Z'],
  ])('%s', (_, file, instant) => {
    const where = placed(ics(file));
    expect(
      where && DateTime.fromISO(where.start).toUTC().toISO({ suppressMilliseconds: true }),
    ).toBe(instant);
    expect(where?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps what the good lines say', () => {
    const event = onlyEvent(ics('exchange-2010-lost-fold.ics'));
    expect(event.summary).toBe('Interview Planning Analyst - Jonas Weber');
    expect(event.organizer?.email).toBe('m.devries@hollandfreight.example');
    expect(event.attendees.map((a) => a.email)).toEqual(['jonas.weber@example.org']);
    expect(event.location).toContain('Rotterdam');
    // The line that lost its fold's leading space goes back onto the description it belongs to.
    expect(event.description).toContain(
      'Planning Analyst rolewe look forward to meeting you at our Rotterdam office',
    );
  });

  it('reads every calendar of a text that holds two', () => {
    const one = ics('windows-id-no-vtimezone.ics');
    const two = ics('outlook-display-name-sydney.ics');
    expect(readCalendar(`${one}${two}`).map((e) => e.summary)).toEqual([
      'Second interview - Product Designer',
      'Interview: Site Reliability Engineer',
    ]);
  });

  it('gives nothing for text that is no calendar at all', () => {
    expect(readCalendar('Hello,\r\nthis is not a calendar.\r\n')).toEqual([]);
    expect(readCalendar('END:VEVENT\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n')).toEqual([]);
  });
});

describe('Outlook TZIDs that name Windows zones', () => {
  it.each([
    // fixture, user zone, start, zone
    [
      'outlook-display-name-sydney.ics',
      'America/New_York',
      '2026-01-15T09:30:00+11:00',
      'Australia/Sydney',
    ],
    [
      'outlook-display-name-berlin.ics',
      'America/Chicago',
      '2026-07-08T10:00:00+02:00',
      'Europe/Berlin',
    ],
    ['windows-id-no-vtimezone.ics', 'Asia/Tokyo', '2026-10-26T16:00:00+01:00', 'Europe/Berlin'],
    ['bare-gmt-offset.ics', 'Europe/London', '2026-06-18T09:00:00+01:00', 'Etc/GMT-1'],
  ])('%s, read by a user in %s', (file, user, start, zone) => {
    const where = placed(ics(file), null, user);
    expect(where?.start).toBe(start);
    expect(where?.timezone).toBe(zone);
    expect(where?.confidence).toBeGreaterThan(CONFIDENCE_THRESHOLD);
  });

  it.each([
    ['(GMT+10:00) Canberra, Melbourne, Sydney', 'Australia/Sydney'],
    ['(UTC+10:00) Canberra, Melbourne, Sydney', 'Australia/Sydney'],
    ['Amsterdam, Belgrade, Berlin, Bern, Rome, Stockholm, Vienna', 'Europe/Berlin'],
    ['Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', 'Europe/Berlin'],
    ['(GMT+01:00) Brussels, Copenhagen, Madrid, Paris', 'Europe/Paris'],
    ['(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London', 'Europe/London'],
    ['(GMT-08:00) Pacific Time (US & Canada); Tijuana', 'America/Los_Angeles'],
    ['(GMT-05.00) Eastern Time (US & Canada)', 'America/New_York'],
    ['(GMT-03:00) Buenos Aires, Georgetown', 'America/Argentina/Buenos_Aires'],
    ['(GMT+06:30) Rangoon', 'Asia/Yangon'],
    ['(GMT+02:00) Athens, Istanbul, Minsk', 'Europe/Bucharest'],
    ['(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', 'Asia/Kolkata'],
  ])('display name %s -> %s', (tzid, zone) => {
    expect(zoneOfDisplayName(tzid)?.zone).toBe(zone);
  });

  it.each([
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Pacific Daylight Time', 'America/Los_Angeles'],
    ['tzone://Microsoft/AUS Eastern Standard Time', 'Australia/Sydney'],
    ['Central Standard Time (Mexico)', 'America/Mexico_City'],
    ['US Mountain Standard Time', 'America/Phoenix'],
  ])('Windows id %s -> %s', (id, zone) => {
    expect(windowsIdToIana(id)).toBe(zone);
    expect(windowsZone(id)).toBe(zone);
  });

  it('maps every Windows zone to a zone this runtime knows', () => {
    expect(WINDOWS_ZONES.length).toBeGreaterThan(130);
    expect(WINDOWS_ZONES.filter(([, , iana]) => !isIanaZone(iana))).toEqual([]);
    for (const [id, display, iana] of WINDOWS_ZONES) {
      expect(windowsIdToIana(id), id).toBe(iana);
      expect(zoneOfDisplayName(display)?.zone, display).toBe(iana);
    }
  });

  it('reads a bare offset as an offset, and unknown places with an offset as nothing sure', () => {
    expect(readWindowsTzid('(GMT +01:00)')).toEqual({ offsetMinutes: 60, bare: true });
    expect(readWindowsTzid('GMT-0500')).toEqual({ offsetMinutes: -300, bare: true });
    expect(readWindowsTzid('(UTC+09:00) 大阪、札幌、東京')).toEqual({
      offsetMinutes: 540,
      bare: false,
    });
    expect(readWindowsTzid('Customized Time Zone')).toBeNull();
    // One shared city among many is no evidence.
    expect(zoneOfDisplayName('Paris, Lagos, Lima, Oslo, Seoul')).toBeNull();
  });

  it('places an offset followed by unknown places below the threshold', () => {
    const source = ics('outlook-display-name-sydney.ics').replaceAll(
      '(GMT+10:00) Canberra, Melbourne, Sydney',
      '(GMT+10:00) Nowhere Bay',
    );
    expect(placed(source)?.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
  });
});

describe('an unknown TZID with no VTIMEZONE', () => {
  it('is not placed in the user zone as if it were known', () => {
    const where = placed(ics('unknown-tzid.ics'), null, 'America/New_York');
    expect(where?.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it("takes the calendar's X-WR-TIMEZONE when the mail states none", () => {
    const source = ics('unknown-tzid.ics').replace(
      'METHOD:REQUEST',
      'METHOD:REQUEST\r\nX-WR-TIMEZONE:America/Denver',
    );
    const where = placed(source, null, 'America/New_York');
    expect(where?.start).toBe('2026-09-15T15:00:00-06:00');
    expect(where?.confidence).toBeGreaterThan(CONFIDENCE_THRESHOLD);
  });

  it('takes the zone the mail states, at a confidence below a known zone', () => {
    const where = placed(ics('unknown-tzid.ics'), 'America/Chicago', 'America/New_York');
    expect(where?.start).toBe('2026-09-15T15:00:00-05:00');
    expect(where?.confidence).toBeGreaterThan(CONFIDENCE_THRESHOLD);
    expect(where?.confidence).toBeLessThan(0.9);
  });
});

describe('a known IANA TZID wins over a VTIMEZONE that contradicts it', () => {
  it('RDATE-only transitions that end in 2008 do not move a 2026 interview', () => {
    const where = placed(ics('vancouver-rdate-only.ics'), null, 'Europe/London');
    expect(where?.start).toBe('2026-07-15T10:00:00-07:00');
    expect(where?.end).toBe('2026-07-15T10:45:00-07:00');
    expect(where?.timezone).toBe('America/Vancouver');
  });

  it('a bare abbreviation used as a label does not overrule its VTIMEZONE', () => {
    // "EST" is a valid fixed -05:00 zone name, but this calendar defines it with US summer time.
    const source = ics('cdo-unbalanced-quote.ics')
      .replaceAll('(GMT-05.00) Eastern Time (US & Canada)', 'EST')
      .replace('DTSTART;TZID="EST":20260310T093000', 'DTSTART;TZID=EST:20260715T093000')
      .replace('DTEND;TZID="EST":20260310T100000', 'DTEND;TZID=EST:20260715T100000');
    expect(source).toContain('DTSTART;TZID=EST:20260715T093000');
    const where = placed(source, null, 'Europe/Paris');
    expect(
      where && DateTime.fromISO(where.start).toUTC().toISO({ suppressMilliseconds: true }),
    ).toBe('2026-07-15T13:30:00Z');
  });

  it('a custom TZID still follows its own VTIMEZONE', () => {
    const source = ics('vancouver-rdate-only.ics')
      .replaceAll('TZID:America/Vancouver', 'TZID:Coastline Time')
      .replaceAll('TZID=America/Vancouver', 'TZID=Coastline Time');
    const event = onlyEvent(source);
    // The latest transition the definition lists (November 2008) is standard time, -08:00.
    expect(event.start?.offsetMinutes).toBe(-480);
    expect(placeEvent(event, null, 'America/Los_Angeles')?.start).toBe('2026-07-15T10:00:00-08:00');
  });
});

describe('SEQUENCE alone never makes a reschedule', () => {
  const edited = ics('windows-id-no-vtimezone.ics').replace(
    'METHOD:REQUEST',
    'METHOD:REQUEST\r\nX-NOTE:edited',
  );
  const withSequence = (n: number) =>
    onlyEvent(edited.replace('BEGIN:VEVENT', `BEGIN:VEVENT\r\nSEQUENCE:${n}`));

  it('an edited invitation is an interview', () => {
    const event = withSequence(3);
    expect(event.sequence).toBe(3);
    const signals = readSignals('Please find the invitation attached.', 'Invitation', [event]);
    expect(signals.reschedule).toBe(false);
    expect(classify(signals, true, true).kind).toBe('interview');
  });

  it('the words still make one', () => {
    const signals = readSignals('We need to move your interview to Monday.', 'Updated invitation', [
      withSequence(1),
    ]);
    expect(classify(signals, true, true).kind).toBe('reschedule');
  });
});
