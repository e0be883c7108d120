// Where a time's zone comes from, written the many ways people write it: next to the time, in
// brackets, as a city, as "your time"/"my time", settled by the writer's place. Each case is read
// by the real reader (chrono-node, the gazetteer) and checked by instant and zone.
import { describe, expect, it } from 'vitest';
import {
  findInterviewTime,
  mentionsIn,
  type WhenOptions,
} from '../../../functions/core/understand/when.ts';

const reference = new Date('2026-12-03T15:00:00Z'); // Thu 3 Dec 2026, 10:00 in New York

function readAll(text: string, extra: Partial<WhenOptions> = {}) {
  return findInterviewTime(text, {
    reference,
    referenceZone: 'America/New_York',
    statedZone: null,
    defaultTimezone: 'America/New_York',
    context: text,
    durationMinutes: null,
    readerZone: 'America/New_York',
    ...extra,
  });
}

const read = (text: string, extra: Partial<WhenOptions> = {}) => readAll(text, extra).best;

describe('zone evidence', () => {
  it.each([
    [
      "Let's do Friday at noon (PT) for the phone screen.",
      '2026-12-04T12:00:00-08:00',
      'America/Los_Angeles',
    ],
    [
      'The call is set for Thursday, Dec 10 at 2pm my time (Pacific).',
      '2026-12-10T14:00:00-08:00',
      'America/Los_Angeles',
    ],
    ['Time: Dec 15, 2026 09:30 AM Bogota', '2026-12-15T09:30:00-05:00', 'America/Bogota'],
    [
      'Interview: Monday Dec 14, 9:00 AM MST (Phoenix office)',
      '2026-12-14T09:00:00-07:00',
      'America/Phoenix',
    ],
    [
      'Your interview is Tuesday, December 8 at 11:00 IST (India).',
      '2026-12-08T11:00:00+05:30',
      'Asia/Kolkata',
    ],
    // A clock said in words keeps the zone written after it.
    [
      'We would love to meet you on Wednesday 9 December at half past ten (NZDT).',
      '2026-12-09T10:30:00+13:00',
      'Pacific/Auckland',
    ],
    [
      'Interview on Friday 4 December from half past nine to half past ten GMT.',
      '2026-12-04T09:30:00+00:00',
      'Europe/London',
    ],
    [
      'Can you do Friday at quarter to three Pacific time?',
      '2026-12-04T14:45:00-08:00',
      'America/Los_Angeles',
    ],
    // A country of one zone, by its name or a short form: "KSA time", "Saudi Arabia time".
    [
      'Sunday, 12 September 2027, 3:00 PM KSA time (5:30 PM IST)',
      '2027-09-12T15:00:00+03:00',
      'Asia/Riyadh',
    ],
    [
      'Sunday, 12 September 2027, 3:00 PM Saudi Arabia time',
      '2027-09-12T15:00:00+03:00',
      'Asia/Riyadh',
    ],
    // Darwin keeps ACST all year while Adelaide is on ACDT; a town named like a person still is one.
    [
      'A phone interview on Tuesday 9 November 2027 at 9:00am ACST (Darwin time).',
      '2027-11-09T09:00:00+09:30',
      'Australia/Darwin',
    ],
    // Puerto Rico keeps AST all year; Halifax's "AST" in summer would be its ADT, an hour later.
    [
      'Time: Tuesday, July 20, 2027, 10:00 AM - 11:00 AM AST (Atlantic Standard Time, Puerto Rico)',
      '2027-07-20T10:00:00-04:00',
      'America/Puerto_Rico',
    ],
  ])('%s', (text, start, zone) => {
    const best = read(text);
    expect(best?.start).toBe(start);
    expect(best?.timezone).toBe(zone);
    expect(best?.zoneSource).toBe('inline');
  });

  it('"your time" is the reader\'s zone, whatever the writer\'s', () => {
    const best = read('Could we speak Tuesday, December 8 at 3pm your time? Booked.', {
      writerZone: 'Europe/London',
    });
    expect(best?.start).toBe('2026-12-08T15:00:00-05:00');
    expect(best?.zoneSource).toBe('reader');
  });

  it('"my time" is the writer\'s zone, known from their place', () => {
    const best = read('Your interview is Tuesday, December 8 at 10:00 my time.', {
      writerZone: 'Asia/Tokyo',
    });
    expect(best?.start).toBe('2026-12-08T10:00:00+09:00');
    expect(best?.zoneSource).toBe('writer');
  });

  it("the writer's place settles an abbreviation with several meanings", () => {
    const text = 'Your interview is Tuesday, December 8 at 14:00 IST on Teams.';
    expect(read(text, { writerZone: 'Europe/Dublin' })?.start).toBe('2026-12-08T14:00:00+00:00');
    expect(read(text, { writerZone: 'Asia/Jerusalem' })?.start).toBe('2026-12-08T14:00:00+02:00');
  });

  it('"EST" and "CST" from an Australian office are its own eastern and central times', () => {
    const text = 'Date: Thursday 17 June 2027\nTime: 9:00am - 10:00am EST';
    expect(read(text, { writerZone: 'Australia/Sydney' })?.start).toBe('2027-06-17T09:00:00+10:00');
    expect(read(text, { writerZone: 'America/New_York' })?.start).toBe('2027-06-17T09:00:00-04:00');
    expect(
      read('Date: Thursday 13 January 2028\nTime: 2:00pm CST', { writerZone: 'Australia/Adelaide' })
        ?.start,
    ).toBe('2028-01-13T14:00:00+10:30');
    // Sydney keeps no daylight time in July: an "EDT" then is only New York's.
    expect(
      read('Date: Tuesday, July 13, 2027\nTime: 10:00 AM EDT', { writerZone: 'Australia/Sydney' })
        ?.start,
    ).toBe('2027-07-13T10:00:00-04:00');
  });

  it("\"NST\" from Kathmandu is Nepal's time, from St. John's Newfoundland's", () => {
    const text = 'Your interview is Tuesday, December 8 at 3:45 PM NST on Zoom.';
    expect(read(text, { writerZone: 'Asia/Kathmandu' })?.start).toBe('2026-12-08T15:45:00+05:45');
    expect(read(text, { writerZone: 'America/St_Johns' })?.start).toBe('2026-12-08T15:45:00-03:30');
    // Nothing says which: not stated as a written zone is.
    expect(read(text)?.confidence.timezone).toBeLessThan(0.9);
  });

  it("with no zone written, the writer's place is used, at a confidence below a written zone", () => {
    const best = read('Your interview is Tuesday, December 8 at 11:00.', {
      writerZone: 'America/Denver',
    });
    expect(best?.start).toBe('2026-12-08T11:00:00-07:00');
    expect(best?.zoneSource).toBe('writer');
    expect(best?.confidence.timezone).toBeLessThan(0.9);
  });

  it("with no zone and no writer's place, the user's zone is assumed and says so", () => {
    const best = read('Your interview is Tuesday, December 8 at 11:00.');
    expect(best?.start).toBe('2026-12-08T11:00:00-05:00');
    expect(best?.zoneSource).toBe('default');
  });

  it.each([
    ['Your interview is Tuesday, December 8 at 10am PT / 1pm ET.', true],
    ['Your interview is Tuesday, December 8 at 10pm PT (1am ET on Wednesday).', true],
    ['Your interview is Tuesday, December 8 at 16:00 CET (10:00 for you).', true],
    ['Your interview is Tuesday, December 8 at 10am PT / 2pm ET.', false],
    ['Your interview is Tuesday, December 8 at 16:00 CET (11:00 your time).', false],
    // The writer's own sum, in words.
    ['Your interview is Tuesday, December 8 at 3pm UK time, which I make 10am for you.', true],
    ['Your interview is Tuesday, December 8 at 3pm UK time, which I make 9am for you.', false],
    ['Your interview is Tuesday, December 8 at 3pm UK time, so 11am your time.', false],
  ])('two statements of one time must agree: %s', (text, agree) => {
    const best = readAll(text);
    expect(best.ambiguous).toBe(!agree);
    expect((best.best?.confidence.start ?? 0) >= 0.5).toBe(agree);
  });

  it("the same wall time in a named place settles an abbreviation's meaning", () => {
    const text = [
      'Date: Tuesday, 8th December 2026',
      'Time: 3:00 PM PST',
      '',
      'Hira Batool is inviting you to a scheduled Zoom meeting.',
      'Time: Dec 8, 2026 03:00 PM Islamabad, Karachi',
    ].join('\n');
    const best = readAll(text, { readerZone: 'Europe/London', writerZone: null });
    expect(best.ambiguous).toBe(false);
    expect(best.best?.start).toBe('2026-12-08T15:00:00+05:00');
    // Alone, "PST" is still the Pacific's.
    expect(read('Your interview is Tuesday, December 8 at 3:00 PM PST.')?.start).toBe(
      '2026-12-08T15:00:00-08:00',
    );
  });

  it("a time restated on the reader's clock in a sentence of its own is held in the first one's zone", () => {
    const text =
      "Since you're in Sydney I tried to find a time that isn't the middle of the night for you: how does Tuesday, December 8 at 6:00 PM Eastern sound? That should be 10:00 AM on Wednesday for you.";
    const best = read(text, { readerZone: 'Australia/Sydney', writerZone: 'America/Toronto' });
    expect(best?.start).toBe('2026-12-08T18:00:00-05:00');
    expect(best?.zoneSource).toBe('inline');
  });

  it('Arizona keeps standard time all summer: "MST" from a Phoenix office in July is -07:00', () => {
    const text = 'Your interview is Tuesday, July 13, 2027 at 10am MST.';
    expect(read(text, { writerZone: 'America/Phoenix' })?.start).toBe('2027-07-13T10:00:00-07:00');
    expect(read('Your interview is Tuesday, July 13, 2027 at 10am Arizona time.')?.start).toBe(
      '2027-07-13T10:00:00-07:00',
    );
    // From Denver, MST in July is wall-clock Mountain time: -06:00.
    expect(read(text, { writerZone: 'America/Denver' })?.start).toBe('2027-07-13T10:00:00-06:00');
  });

  it("a zone label's own city comes before a city elsewhere in the mail", () => {
    const text = [
      'Tuesday, July 20, 2027',
      '2:00 PM - 2:30 PM (Central Time - Mexico City)',
      '',
      'Prairie Ledger Accounting, 80 Main St, Winnipeg',
    ].join('\n');
    const best = read(text);
    // Mexico City keeps standard time all year since 2022; Winnipeg would be on CDT.
    expect(best?.start).toBe('2027-07-20T14:00:00-06:00');
    expect(best?.timezone).toBe('America/Mexico_City');
  });

  it('"Georgia time" is no country\'s clock: a US state named so is read by the writer\'s place', () => {
    const best = read('Your interview is Tuesday, July 20, 2027 at 10:00 AM Georgia time.', {
      writerZone: 'America/New_York',
    });
    expect(best?.start).toBe('2027-07-20T10:00:00-04:00');
  });

  it('"AST" in summer is Puerto Rico\'s all-year clock or Halifax\'s summer one: a place settles it', () => {
    const text = 'Your interview is Tuesday, July 20, 2027 at 10am AST.';
    expect(read(text, { writerZone: 'America/Puerto_Rico' })?.start).toBe(
      '2027-07-20T10:00:00-04:00',
    );
    expect(read(text, { writerZone: 'America/Halifax' })?.start).toBe('2027-07-20T10:00:00-03:00');
    // Nothing says which: the start is not stated as known.
    expect(read(text)?.confidence.start ?? 0).toBeLessThan(0.5);
  });
});

describe('links are no dates', () => {
  it('a link ending in digits before a session line takes nothing from it, day first or not', () => {
    const text = [
      'Thursday, 14 January 2027 (UK time)',
      '',
      '16:00 - 17:00 · System design',
      'Join: https://meet.example/l/meetup-join/19%3ameeting%40thread.v2/0',
      '',
      '17:15 - 18:00 · Team fit',
      'Join: https://meet.example/l/meetup-join/20%3ameeting%40thread.v2/0',
    ].join('\n');
    for (const dayFirst of [true, false]) {
      const best = read(text, { dayFirst, defaultTimezone: 'Europe/London' });
      expect(best?.start).toBe('2027-01-14T16:00:00+00:00');
      expect(best?.end).toBe('2027-01-14T18:00:00+00:00');
    }
  });
});

describe('times that lead in to the interview', () => {
  it.each([
    [
      'Day & Date : Thursday, 12/08/2027\nReporting Time : 10:30 am\nDemo Class : 11:00 am\n',
      '11:00',
    ],
    [
      'Please report at the reception of the Main Building on 12 August 2027 at 10.30 a.m. The interview will begin at 11.30 a.m.',
      '11:30',
    ],
  ])('%j starts at %s, not when the candidate reports', (text, time) => {
    const best = read(text, { dayFirst: true, defaultTimezone: 'Asia/Kolkata' });
    expect(best?.start).toBe(`2027-08-12T${time}:00+05:30`);
  });
});

describe("a table's cells, each on a line of its own", () => {
  const table = (blocks: string[]) =>
    `I am pleased to invite you to an interview as detailed below.\n\n${blocks.join('\n\n')}`;

  it('a time under its label is read with it: the arrival is not the start', () => {
    const text = table([
      'Date',
      'Thursday 12 August 2027',
      'Arrival time',
      '10.00am',
      'Interview time',
      '10.15am - 11.00am',
    ]);
    const best = read(text, { dayFirst: true, defaultTimezone: 'Asia/Kolkata' });
    expect([best?.start, best?.end]).toEqual([
      '2027-08-12T10:15:00+05:30',
      '2027-08-12T11:00:00+05:30',
    ]);
  });

  it.each([
    // A sentence above the first block is no label of it.
    [
      [
        'Please check in at reception',
        '',
        '1:00 PM - 1:45 PM',
        'System design',
        '',
        '1:45 PM - 2:30 PM',
        'Coding',
      ],
    ],
    // A block's title of two lines: its second line is no label of the next block.
    [
      [
        '1:00 PM - 1:30 PM',
        'Coffee with the team',
        'Informal',
        '',
        '1:30 PM - 2:30 PM',
        'Panel interview',
      ],
    ],
  ])('words above a time that are no label of it leave it as it was: %j', (lines) => {
    const text = ['Your schedule for Thursday 12 August 2027:', '', ...lines].join('\n');
    const best = read(text, { dayFirst: true, defaultTimezone: 'Asia/Kolkata' });
    expect([best?.start, best?.end]).toEqual([
      '2027-08-12T13:00:00+05:30',
      '2027-08-12T14:30:00+05:30',
    ]);
  });

  it("a schedule of blocks keeps each title under its own time (a break is not the next session's)", () => {
    const text = [
      'Your schedule for Thursday 12 August 2027:',
      '',
      '1:00 PM - 1:45 PM',
      'System design',
      '',
      '1:45 PM - 2:00 PM',
      'Break',
      '',
      '2:00 PM - 2:45 PM',
      'Coding',
    ].join('\n');
    const best = read(text, { dayFirst: true, defaultTimezone: 'Asia/Kolkata' });
    expect([best?.start, best?.end]).toEqual([
      '2027-08-12T13:00:00+05:30',
      '2027-08-12T14:45:00+05:30',
    ]);
  });
});

describe('clocks written as chrono does not read them', () => {
  it.each([
    [
      'Your technical round is on Tuesday, December 8 at 1500 hrs IST.',
      '2026-12-08T15:00:00+05:30',
    ],
    ['Time: 0930 hrs CET, Tuesday 8 December', '2026-12-08T09:30:00+01:00'],
    ['The interview is on Tuesday 8 December at 15h (Paris time).', '2026-12-08T15:00:00+01:00'],
    ['Interview on Tuesday 8 December at 10h CET.', '2026-12-08T10:00:00+01:00'],
    ['Interview on Tuesday 8 December from 9h30 CET.', '2026-12-08T09:30:00+01:00'],
    ['Tuesday 8 December kl. 14.00 CET on Teams.', '2026-12-08T14:00:00+01:00'],
    ['Tuesday 8 December, Kl. 9.30 CET.', '2026-12-08T09:30:00+01:00'],
    ['At 1500 hrs IST on Tuesday, December 8.', '2026-12-08T15:00:00+05:30'],
    // Quebec writes a space on each side of the "h".
    [
      'Date: Tuesday, December 8, 2026\nTime: 14 h to 14 h 45 (Eastern Time)',
      '2026-12-08T14:00:00-05:00',
    ],
  ])('%j starts at %s', (text, start) => {
    expect(read(text, { dayFirst: true })?.start).toBe(start);
  });

  it.each([
    'We need 24h notice of any change. Your interview is on Tuesday, December 8 at 2pm CET.',
    'It is a 12h shift. Your interview is on Tuesday, December 8 at 2pm CET.',
  ])('a length in hours is no clock: %j', (text) => {
    expect(read(text, { dayFirst: true })?.start).toBe('2026-12-08T14:00:00+01:00');
  });

  it.each([
    'Your interview is on Tuesday, December 8 at 10am CET and lasts up to 2h.',
    'Your interview is on Tuesday, December 8 at 10am CET; allow up to 3 h 30 for the tests.',
  ])('"up to" a length is no clock either: %j', (text) => {
    const best = read(text, { dayFirst: true });
    expect([best?.start, best && best.confidence.start >= 0.5]).toEqual([
      '2026-12-08T10:00:00+01:00',
      true,
    ]);
  });
});

describe('a time to join by', () => {
  it.each([
    [
      'Date:        Tuesday, 14 September 2027\nTime:        14h00 - 15h00 (SAST) / 08h00 - 09h00 New York time\n\nPlease join the meeting at 13h50 so that we can check that your audio and video are working.',
      ['2027-09-14T14:00:00+02:00', '2027-09-14T15:00:00+02:00'],
    ],
    [
      'Date: Tuesday, 14 September 2027\nTime: 2:00 PM - 3:00 PM SAST / 8:00 AM - 9:00 AM New York time\n\nPlease join the video call at 1:50 PM so that we can check that your audio and video are working.',
      ['2027-09-14T14:00:00+02:00', '2027-09-14T15:00:00+02:00'],
    ],
  ])('is not the start: %j', (text, expected) => {
    // Written from Gqeberha, whose clock a time without a zone is on.
    const best = read(text, {
      dayFirst: true,
      writerZone: 'Africa/Johannesburg',
      reference: new Date('2027-09-01T09:00:00Z'),
    });
    expect([best?.start, best?.end]).toEqual(expected);
  });
});

describe('joining at a time', () => {
  it.each([
    'Interview confirmed for Tuesday, December 8. Please join the Teams meeting at 10:00 AM ET. Our office closes early that day, at 3:00 PM ET.',
    'Interview day: Tuesday, December 8\nPlease join the Teams meeting at 10:00 AM ET. Lunch with the team is at 12:30 PM.',
  ])('is the start, unless it is for a check before it: %j', (text) => {
    expect(read(text)?.start).toBe('2026-12-08T10:00:00-05:00');
  });

  it.each([
    'Tuesday 8 December: please join the waiting room at 9:50 AM ET; the panel will admit you at 10:00 AM.',
    'Please log in at 9:45 AM ET on Tuesday 8 December so we can test your screen sharing; the interview itself starts at 10:00 AM.',
    'Please join at 9:45 AM ET on Tuesday 8 December. We will do a quick tech check before the interview begins at 10:00 AM.',
  ])('a lobby, a check in other words, or a later start leaves it an arrival: %j', (text) => {
    expect(read(text)?.start).toBe('2026-12-08T10:00:00-05:00');
  });
});

describe('lengths and hours that are no clock', () => {
  it.each([
    'Date: Tuesday 8 December 2026\nDuration: 1h30\nI will confirm the exact start time.',
    'Date: Tuesday 8 December 2026\n- Technical interview: 1h30\n- Case study: 45 min',
    'Your assessment is on Tuesday 8 December. Eligibility: 1500 hrs total time; the slot follows.',
    'Interview on Tuesday 8 December, time to follow.\n\nOffice hours: 0900 hrs - 1700 hrs',
    'Interview on Tuesday 8 December, time to follow.\n\nOffice hours 8:00 AM - 5:00 PM ET',
    'Interview on Tuesday 8 December, time to follow.\n\nHours: Mon-Fri 8:00 AM - 5:00 PM ET',
    'Interview on Tuesday 8 December, time to follow.\n\nClinic hours 8:00 AM - 5:00 PM ET',
    'Interview on Tuesday 8 December, time to follow.\n\nOpening times: 9:00 AM - 5:00 PM ET',
    'Date: Tuesday 8 December 2026\nEstimated time: 1h30',
    'Date: Tuesday 8 December 2026\nTravel time: 1h30 from the station.',
    'Date: Tuesday 8 December 2026\nMinimum total time: 1500 hrs',
    'Date: Tuesday 8 December 2026\nTechnical interview – 1h30',
    'Tuesday 8 December: shifts run from 6 h to 14 h.',
  ])('states no start: %j', (text) => {
    const best = read(text, { dayFirst: true });
    expect(best && best.confidence.start >= 0.5 ? best.start : null).toBeNull();
  });
});

describe('hours named in a sentence with the interview', () => {
  it.each([
    [
      'Interview Tuesday 8 December at 10:00 AM ET. Please reply within 2 business hours to confirm.',
      '10:00',
    ],
    [
      'Our recruiters are available during office hours; your interview is on Tuesday 8 December at 2:00 PM ET.',
      '14:00',
    ],
    [
      'The building is open from 8am; your interview is on Tuesday 8 December at 10:00 AM ET.',
      '10:00',
    ],
    // "open" alone is no opening hours: the slots' own time stays.
    ['Your interview is on Tuesday 8 December. The slot we hold open: 10:00 AM ET.', '10:00'],
  ])('leave its time: %j', (text, time) => {
    expect(read(text)?.start).toBe(`2026-12-08T${time}:00-05:00`);
  });
});

describe('a day of the month alone', () => {
  // Thu 3 Dec 2026: "the 15th" is 15 December, "the 2nd" 2 January.
  it.each([
    ['Could we meet on the 15th at 1:30pm ET?', '2026-12-15T13:30:00-05:00'],
    // The weekday beside it is checked against the date, never read as the coming Monday.
    [
      'The team would like to see you again on Tuesday the 15th at 1:30pm ET.',
      '2026-12-15T13:30:00-05:00',
    ],
    ['Your interview is on the 2nd at 10am ET.', '2027-01-02T10:00:00-05:00'],
    // Without "the", after a weekday and its comma, as Indian invitations' tables write it.
    [
      'Day & Date : Tuesday, 15th\nInterview Time : 11:00 AM ET onwards',
      '2026-12-15T11:00:00-05:00',
    ],
  ])('%j starts at %s', (text, start) => {
    expect(read(text)?.start).toBe(start);
  });

  it.each([
    // 17 December 2026 is a Thursday, 17 January a Sunday: a Friday the 17th is neither.
    'Day & Date : Friday, 17th\nInterview Time : 11:00 AM ET onwards',
    'See you on Friday the 17th at 11am ET.',
  ])('a weekday that fits no 17th near is asked, never slid to another year: %j', (text) => {
    const best = read(text);
    expect(best && best.confidence.start >= 0.5 ? best.start : null).toBeNull();
  });

  it('the weekday chooses the month: "Sunday, 17th" is 17 January', () => {
    expect(read('Day & Date : Sunday, 17th\nInterview Time : 11:00 AM ET')?.start).toBe(
      '2027-01-17T11:00:00-05:00',
    );
  });

  it('"Tuesday, 2nd interview" is a round, not a date', () => {
    expect(
      read('Confirmed for Tuesday, 2nd interview with Dana at 10am ET, December 8.')?.start,
    ).toBe('2026-12-08T10:00:00-05:00');
  });

  it('a weekday that is not that date states no time (15 December is a Tuesday)', () => {
    const best = read('See you on Monday the 15th at 1:30pm ET.');
    expect(best && best.confidence.start >= 0.5 ? best.start : null).toBeNull();
  });

  it('"on the 15th floor" is no date', () => {
    expect(
      read('We are on the 15th floor; your interview is Friday, December 4 at 2pm ET.')?.start,
    ).toBe('2026-12-04T14:00:00-05:00');
  });
});

describe('clock words and house numbers', () => {
  it.each([
    ['Your interview is Tuesday, December 8 at 2 PM EST. Dr. Chen will interview you.', '14:00'],
    ['Interview Tuesday, December 8 at 9 AM Dr Patel, then 11 AM with the team lead', '09:00'],
    ['Tuesday, December 8, 10:00 AM St Thomas Hospital', '10:00'],
    ['Interview on Tuesday 8 December Court Room 4 at 11am', '11:00'],
    ['Tuesday, December 8. Your day: half one-on-one, half group work. Start at 9am.', '09:00'],
    ['Come in Tuesday December 8 at half two, we are at 14 Quay Street.', '14:30'],
    ['Interview Tuesday December 8 at 10:30 Main Street office', '10:30'],
  ])('%j starts at %s', (text, time) => {
    expect(read(text)?.start).toBe(`2026-12-08T${time}:00-05:00`);
  });

  it.each([
    'Your interview is on Tuesday, December 8. We are at 14 Quay Street.',
    // A street named like a month's start is still a street.
    'Your interview is on Tuesday, December 8. We are at 14 Market Street.',
  ])('a house number alone is no time: none is stated in %j', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('a social evening before the sessions', () => {
  it('an optional dinner the day before is no start of a two-day programme', () => {
    const text = [
      'The programme of your two-day assessment centre:',
      '',
      'Wednesday, 03.11.2027',
      '19:00  Dinner with the team at the Zunfthaus (optional)',
      '',
      'Thursday, 04.11.2027',
      '09:00 - 09:30  Welcome and introduction (HR team)',
      '09:30 - 10:30  Case study briefing - Anna Keller',
      '10:45 - 12:00  Technical interview - Marco Brun',
      '',
      'Friday, 05.11.2027',
      '08:30 - 10:00  Presentation to the panel',
      '10:15 - 11:00  Final interview - Sven Roth',
    ].join('\n');
    const best = read(text, {
      dayFirst: true,
      defaultTimezone: 'Europe/Zurich',
      writerZone: 'Europe/Zurich',
      reference: new Date('2027-10-18T12:00:00Z'),
    });
    expect(best?.start).toBe('2027-11-04T09:00:00+01:00');
    expect(best?.end).toBe('2027-11-05T11:00:00+01:00');
  });
});

describe('a month named before its day, read day first', () => {
  it('is that day, never a year ("May 11" is no May 2011)', () => {
    const text = 'Your interview is on Tuesday, May 11 at 10:00 AM on Teams.';
    const best = read(text, {
      dayFirst: true,
      defaultTimezone: 'Europe/London',
      writerZone: 'Europe/London',
      reference: new Date('2027-05-03T12:00:00Z'),
    });
    expect(best?.start).toBe('2027-05-11T10:00:00+01:00');
  });
});

describe('an item that is optional', () => {
  it('leaves its session in the itinerary', () => {
    const text = [
      'Thursday, December 10, 2026',
      '10:00 - 11:00 AM ET  Portfolio review with Priya Shah (laptop optional)',
      '11:15 AM - 12:00 PM ET  Interview with Tom Becker',
    ].join('\n');
    expect(read(text)?.start).toBe('2026-12-10T10:00:00-05:00');
  });
});

describe('"local time"', () => {
  it("is the venue's for a meeting held there, else the writer's", () => {
    const text = 'Thursday, June 10\n10:00 AM – 11:30 AM local time\nChattanooga Plant';
    const reference = new Date('2027-05-27T19:18:00Z');
    expect(
      read(text, { reference, writerZone: 'America/Chicago', venueZone: 'America/New_York' })
        ?.start,
    ).toBe('2027-06-10T10:00:00-04:00');
    expect(read(text, { reference, writerZone: 'America/Chicago' })?.start).toBe(
      '2027-06-10T10:00:00-05:00',
    );
  });
});

describe('a time to join by', () => {
  it('given as minutes early, is no start ("join 10 minutes early (8:50 AM)")', () => {
    const text =
      'Date:   Monday, May 10, 2027\nTime:   9:00 AM Eastern Time\n\nPlease join the meeting 10 minutes early (8:50 AM) to test your audio and video.';
    expect(read(text, { reference: new Date('2027-05-04T18:33:00Z') })?.start).toBe(
      '2027-05-10T09:00:00-04:00',
    );
  });
});

describe('a date written with stops, read month first', () => {
  it('is asked: dots are day-first writing, whatever zone the mail names first', () => {
    const found = read('Date: 09.03.2027 / Time: 10:00 AM EST (16:00 CET)', { dayFirst: false });
    expect(found?.confidence.start ?? 0).toBeLessThan(0.5);
    // A date that can only be one is no doubt.
    expect(read('Date: 16.06.2027 at 10:00 EST', { dayFirst: false })?.start).toBe(
      '2027-06-16T10:00:00-04:00',
    );
  });
});

describe('a date as Japanese and Chinese mail writes it, in fullwidth forms', () => {
  const tokyo = { writerZone: 'Asia/Tokyo', reference: new Date('2027-03-01T08:00:00Z') };
  it('reads the year, month and day, and a zone in a fullwidth bracket after words of its own', () => {
    for (const text of [
      '2027年3月9日（火）22:00〜23:00（日本時間 JST）',
      '面接日時：3月9日 22：00～23：00（JST）',
      // The half of the day before the clock.
      '日時：2027年3月9日（火）午後10:00〜11:00 (JST)',
    ])
      expect(read(text, tokyo)?.start, text).toBe('2027-03-09T22:00:00+09:00');
    // The zone in the writer's own words, read by someone in New York.
    const newYork = { writerZone: 'America/New_York', reference: new Date('2027-03-01T08:00:00Z') };
    expect(read('面接日時：2027年3月9日（火）午後2:00～3:00（日本時間）', newYork)?.start).toBe(
      '2027-03-09T14:00:00+09:00',
    );
    expect(read('面试时间：2027年3月9日 下午3:30（北京时间）', newYork)?.start).toBe(
      '2027-03-09T15:30:00+08:00',
    );
  });
});

describe('an hour written with "h", as French, Portuguese and Spanish mail writes it', () => {
  const paris = { writerZone: 'Europe/Paris', reference: new Date('2027-03-01T08:00:00Z') };
  it('counts 24 hours, and may follow a clock face opening its line', () => {
    expect(read('Interview: Tuesday 16 March 2027\n🕚 11h (Paris time)', paris)?.start).toBe(
      '2027-03-16T11:00:00+01:00',
    );
    expect(read('Tuesday 16 March 2027 at 11h (Paris time)', paris)?.start).toBe(
      '2027-03-16T11:00:00+01:00',
    );
    expect(read('Tuesday 16 March 2027 at 15h CET.', paris)?.start).toBe(
      '2027-03-16T15:00:00+01:00',
    );
  });
});

describe('a day and month written with stops, without a year', () => {
  const zurich = { writerZone: 'Europe/Zurich', reference: new Date('2027-03-01T08:00:00Z') };
  it('without a year is a date too, never the coming weekday or 10:03 ("Wed 10.3.", "am 10.03.")', () => {
    expect(
      read('The interview takes place on Wed 10.3. at 10:00 Zurich time.', zurich)?.start,
    ).toBe('2027-03-10T10:00:00+01:00');
    expect(read('Wir sehen uns am 10.03. um 10:00 Uhr.', zurich)?.start).toBe(
      '2027-03-10T10:00:00+01:00',
    );
    // A section's number is none.
    expect(read('See section 3.4. for the details. Tuesday at 10:00 works.', zurich)?.start).toBe(
      '2027-03-02T10:00:00+01:00',
    );
  });

  it('without its last stop, is a date when a clock follows it; alone it is a clock', () => {
    for (const text of [
      'Your interview is on Thursday 18.03 at 16:00 Zurich time.',
      'Your interview is on 18.03 at 16:00 Zurich time.',
      'Your interview: Thursday 18.03, 4pm Zurich time.',
    ])
      expect(read(text, zurich)?.start, text).toBe('2027-03-18T16:00:00+01:00');
    expect(read('Your interview is on Thursday 10.15 Zurich time.', zurich)?.start).toBe(
      '2027-03-04T10:15:00+01:00',
    );
  });
});

describe('a weekday after a date', () => {
  const day = (weekday: string) =>
    `Date : 16 June 2027 (${weekday})\nTime : 3:00 PM - 4:00 PM\nPlatform : Zoom`;
  const options = {
    dayFirst: true,
    defaultTimezone: 'Asia/Dhaka',
    writerZone: 'Asia/Dhaka',
    reference: new Date('2027-06-06T00:42:00Z'),
  };

  it('restates that date, never the coming one of its name', () => {
    expect(read(day('Wednesday'), options)?.start).toBe('2027-06-16T15:00:00+06:00');
  });

  it('asks when it disagrees with the date', () => {
    expect(read(day('Tuesday'), options)?.confidence.start ?? 0).toBeLessThan(0.5);
  });

  it('restates it after a comma or a space too, as "March 12, Friday, 3 PM" is written', () => {
    const manila = { writerZone: 'Asia/Manila', reference: new Date('2027-03-01T08:00:00Z') };
    for (const written of [
      'March 12, Friday, 3:00 PM',
      '12 March, Friday at 3:00 PM',
      'March 12 Friday 3:00 PM',
    ])
      expect(read(`Your final interview is on ${written} PHT.`, manila)?.start).toBe(
        '2027-03-12T15:00:00+08:00',
      );
    expect(
      read('Your final interview is on March 12, Thursday, 3:00 PM PHT.', manila)?.confidence
        .start ?? 1,
    ).toBeLessThan(0.5);
  });
});

describe("an abbreviation said to be on the reader's clock", () => {
  it('means the reader\'s zone, whatever the writer\'s place ("3:30pm IST, your time" from Galway to India)', () => {
    const text =
      "I've booked it for Tuesday 8 December at 3:30pm IST, your time – so 10:00am here in Galway.";
    const found = read(text, { readerZone: 'Asia/Kolkata', writerZone: 'Europe/Dublin' });
    expect(found?.start).toBe('2026-12-08T15:30:00+05:30');
    expect(found?.timezone).toBe('Asia/Kolkata');
  });
});

describe("an abbreviation the writer's place settles", () => {
  it('reads "PST" from Manila as Philippine Standard Time, from anywhere else as Pacific', () => {
    const text = 'Date: Friday, 20 August 2027\nTime: 9:00 AM - 10:30 AM PST';
    expect(read(text, { writerZone: 'Asia/Manila' })?.start).toBe('2027-08-20T09:00:00+08:00');
    expect(read(text, { writerZone: 'America/Los_Angeles' })?.timezone).toBe('America/Los_Angeles');
  });

  it('is settled by a zone that keeps the same clock as one of its meanings ("AST" from Manama)', () => {
    const found = read('Your interview: Thursday, 22nd April 2027, 1:00 PM - 1:45 PM AST', {
      writerZone: 'Asia/Bahrain',
    });
    expect(found?.start).toBe('2027-04-22T13:00:00+03:00');
    expect(found?.timezone).toBe('Asia/Bahrain');
  });

  it("is no other country's clock where its first meaning is the writer's own country's", () => {
    // Cuba's "CST" keeps New York's clock; from New York, "CST" is still the US's Central time.
    const found = read('Date: Monday, November 8, 2027\nTime: 1:30 PM - 2:15 PM (CST)', {
      writerZone: 'America/New_York',
    });
    expect(found?.start).toBe('2027-11-08T13:30:00-06:00');
    expect(found?.timezone).toBe('America/Chicago');
    // Its own country's zones on the same clock still settle it: "AEST" in November from Sydney.
    const summer = read('Thursday 11 November 2027, 10:30am AEST', {
      writerZone: 'Australia/Sydney',
    });
    expect(summer?.start).toBe('2027-11-11T10:30:00+11:00');
  });
});

describe('"your time" that restates the time, or a writer whose place is the first meaning', () => {
  it('reads the zone beside the time and checks the restatement', () => {
    const found = read('Tuesday, June 8 2027 at 3:00 PM CST (your time: 4:00 AM Wednesday)', {
      readerZone: 'Asia/Shanghai',
      writerZone: 'America/Chicago',
    });
    expect(found?.start).toBe('2027-06-08T15:00:00-05:00');
  });

  it('leaves "MST" in July from a Denver writer in doubt', () => {
    const found = read('Thursday, July 15 2027 at 10:00 AM MST', { writerZone: 'America/Denver' });
    expect(found?.confidence.start ?? 0).toBeLessThan(0.5);
  });
});

describe('a reading split at a sentence chrono ran across', () => {
  it('reads each sentence on the day order of the mail, a month named first as written', () => {
    const dated = (text: string) =>
      mentionsIn(text, {
        defaultTimezone: 'Europe/London',
        referenceZone: 'Europe/London',
        reference: new Date('2026-03-02T10:00:00Z'),
        dayFirst: true,
      } as WhenOptions).map((mention) => mention.date);
    expect(dated('Could you come in this week. Thursday 05/03 at 2pm?')).toEqual([
      { year: 2026, month: 3, day: 5 },
    ]);
    expect(dated('Could you come in this week. Thursday, March 5 at 2pm?')).toEqual([
      { year: 2026, month: 3, day: 5 },
    ]);
  });
});
