// How recruiters and scheduling tools phrase things, one phrase at a time: dates, zones, people,
// companies and reply classes in short mails, so a regression points at the phrase it broke.
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../functions/core/reading.ts';
import { movesToADay } from '../../../functions/core/understand/classify.ts';
import { understandMessage } from '../../../functions/core/understand/index.ts';
import { withColonTimes } from '../../../functions/core/understand/when.ts';

function mail(
  body: string,
  subject = 'Interview',
  from = 'Jane Recruiter <jane@acmecorp.example>',
): string {
  return [
    `From: ${from}`,
    'To: Alex Rivera <alex.rivera@example.net>',
    `Subject: ${subject}`,
    'Date: Mon, 2 Mar 2026 10:00:00 -0500',
    'Message-ID: <phrase@acmecorp.example>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\n');
}

async function read(body: string, subject?: string, from?: string): Promise<Reading> {
  return (
    await understandMessage(mail(body, subject, from), { defaultTimezone: 'America/New_York' })
  ).reading;
}

/** Alex forwards Jane's (or `from`'s) mail `body`, sent at 11:40 on Monday 2 March, with his `note` on top. */
async function readWithNote(
  note: string,
  body: string,
  subject = 'Interview',
  from = 'Jane Recruiter <jane@acmecorp.example>',
): Promise<Reading> {
  const raw = [
    'From: Alex Rivera <alex.rivera@example.net>',
    'To: interviews@followup.example.com',
    `Subject: Fwd: ${subject}`,
    'Date: Mon, 2 Mar 2026 12:00:00 -0500',
    'Content-Type: text/plain; charset=utf-8',
    '',
    note,
    '',
    '---------- Forwarded message ---------',
    `From: ${from}`,
    'Date: Mon, Mar 2, 2026 at 11:40 AM',
    `Subject: ${subject}`,
    'To: Alex Rivera <alex.rivera@example.net>',
    '',
    body,
  ].join('\n');
  return (await understandMessage(raw, { defaultTimezone: 'America/New_York' })).reading;
}

/** The kind and start of Jane's mail of one `line`, as Alex forwards it. */
async function kindAndStart(line: string): Promise<[string, string | null]> {
  const reading = await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`);
  return [reading.kind, reading.interview?.start ?? null];
}

/** Alex's forward of `from`'s mail `body`, which copies in `cc`. */
async function readWithCc(
  from: string,
  cc: string,
  subject: string,
  body: string,
): Promise<Reading> {
  const raw = [
    'From: Alex Rivera <alex.rivera@example.net>',
    'To: interviews@followup.example.com',
    `Subject: Fwd: ${subject}`,
    'Date: Mon, 2 Mar 2026 12:00:00 -0500',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'fyi',
    '',
    '---------- Forwarded message ---------',
    `From: ${from}`,
    'Date: Mon, Mar 2, 2026 at 11:40 AM',
    `Subject: ${subject}`,
    'To: Alex Rivera <alex.rivera@example.net>',
    `Cc: ${cc}`,
    '',
    body,
  ].join('\n');
  return (await understandMessage(raw, { defaultTimezone: 'America/New_York' })).reading;
}

/** Alex's forward, on Monday 2 March, of his thread with Jane: each message [who, sent, text], newest first. */
function threadForward(
  messages: Array<['jane' | 'alex', string, string]>,
  subject = 'Interview',
): string {
  const jane = 'Jane Recruiter <jane@acmecorp.example>';
  const alex = 'Alex Rivera <alex.rivera@example.net>';
  return [
    `From: ${alex}`,
    'To: interviews@followup.example.com',
    `Subject: FW: ${subject}`,
    'Date: Mon, 2 Mar 2026 11:00:00 -0500',
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...messages.flatMap(([who, sent, text]) => [
      `From: ${who === 'jane' ? jane : alex}`,
      `Sent: Monday, March 2, 2026 ${sent}`,
      `To: ${who === 'jane' ? alex : jane}`,
      `Subject: RE: ${subject}`,
      '',
      text,
      '',
    ]),
  ].join('\n');
}

describe("a time restated on the reader's clock", () => {
  it('is asked when it disagrees with the time stated first, a few words between them', async () => {
    for (const body of [
      'Perfect - Thursday 12 March, 10am our time it is (8am your time).',
      'Perfect - Thursday 12 March, 10am works (8am your time).',
    ])
      expect((await read(body)).interview?.start ?? null).toBeNull();
    // Agreeing, it stands.
    expect(
      (await read('Perfect - Thursday 12 March, 10am CT it is (11am your time).')).interview?.start,
    ).toBe('2026-03-12T10:00:00-05:00');
  });
});

describe('a time restated with an abbreviation of several meanings', () => {
  it('agrees in the meaning that names the same instant', async () => {
    const fromLondon = (time: string) =>
      understandMessage(
        [
          'From: Devika Menon <devika.menon@mail.example>',
          'To: interviews@followup.example.com',
          'Subject: Fw: Interview at our Pune office',
          'Date: Mon, 29 Mar 2027 15:00:00 +0530',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'FYI',
          '',
          '________________________________',
          'From: Rhiannon Pryce <rhiannon.pryce@harlowgate.example>',
          'Sent: 29 March 2027 10:00',
          'To: Devika Menon <devika.menon@mail.example>',
          'Subject: Interview at our Pune office',
          '',
          'Dear Devika,',
          '',
          'Date: Wednesday 7th April 2027',
          `Time: ${time}`,
          'Location: Harlowgate Advisory, 4th Floor, Senapati Bapat Road, Pune 411016',
          '',
          'Rhiannon Pryce',
          'Talent Coordinator, Harlowgate Advisory',
          '8 Cannon Wharf, London SE8 3GD',
        ].join('\n'),
        { defaultTimezone: 'Asia/Kolkata' },
      );
    // 9.00am in London's summer time is 1.30pm in India; in Irish time it would be 9.00am.
    const agreeing = (await fromLondon('9.00am – 10.00am UK time (1.30pm – 2.30pm IST)')).reading;
    expect(agreeing.interview?.start).toBe('2027-04-07T09:00:00+01:00');
    const disagreeing = (await fromLondon('9.00am – 10.00am UK time (2.30pm – 3.30pm IST)'))
      .reading;
    expect(disagreeing.interview?.start ?? null).toBeNull();
  });
});

describe('a meeting agreed in plain words', () => {
  it('is an interview, whatever else the note says of the decision', async () => {
    for (const [body, start] of [
      [
        'Great - Tuesday the 10th at 2:30 it is. When you get here, ask for me at reception.\n\nWe hope to make a decision by the end of the month.',
        '2026-03-10T14:30:00-04:00',
      ],
      [
        'Tuesday at 2:30 it is then. We will have an answer for you by the 27th.',
        '2026-03-03T14:30:00-05:00',
      ],
      // The day's date without "the", and a sentence after it about the decision.
      [
        "Great - Thursday 12th at 3 it is. Come to the studio. I'm hoping to let everyone know either way by Friday 20 March.",
        '2026-03-12T15:00:00-04:00',
      ],
      // A chat about the role: no "interview" in sight.
      [
        "We'd like to invite you over to the workshop for a chat about the junior planner position on Thursday 12 March at 11am.",
        '2026-03-12T11:00:00-04:00',
      ],
    ] as const) {
      const reading = await read(body, 'RE: Bookkeeper role');
      expect(reading.kind, body).toBe('interview');
      expect(reading.interview?.start).toBe(start);
    }
    const catchUp = await read(
      'As the next step for the Head of Finance role, please join a catch-up with Fiona on Thursday 12 March at 3pm ET.',
      'Head of Finance - next step',
    );
    expect(catchUp.kind).toBe('interview');
    // A friend's coffee is no meeting to follow up on; a move to the next round or to Teams is no
    // move of the time.
    expect(
      (await read('Fancy coffee with Priya on Thursday 12 March at 3pm? My treat.', 'coffee?'))
        .kind,
    ).not.toBe('interview');
    expect(
      (
        await read(
          'Great news! The panel loved you and they have moved you to the final round. Your interview is on Thursday 12 March at 2pm ET.',
          'Next steps',
        )
      ).kind,
    ).toBe('interview');
    expect(
      (
        await read(
          'Your interview is on Thursday 12 March at 2pm ET. Dana is working from home, so she has moved it to Teams.',
          'Interview',
        )
      ).kind,
    ).toBe('interview');
    // Senior hiring meets over a meal or a meeting with someone named, and moves it so; a
    // recruiter's prep call before it is not the meeting, and a meal is in person.
    const prepped = await read(
      "Graham has suggested breakfast rather than his office.\n\nTuesday, March 10\n7:30 - 9:00am\nThe Linden Room, 61 W 48th St\n\nI'd like to do a quick prep call beforehand - Monday at 6pm, I'll ring your mobile.",
      'Breakfast',
    );
    expect(prepped.interview?.start).toBe('2026-03-10T07:30:00-04:00');
    expect(prepped.interview?.format).toBe('onsite');
    const virtual = await read(
      'Graham would like a virtual coffee with you on Tuesday 10 March at 7:30am ET. The Zoom link is below.',
      'Coffee',
    );
    expect(virtual.interview?.format).toBe('video');
    const breakfast = await read(
      'Graham would love to get to know you properly: breakfast with Graham at The Linden Room, Tuesday 10 March, 7:30 - 9:00am.',
      'Tuesday',
    );
    expect(breakfast.kind).toBe('interview');
    expect(breakfast.interview?.start).toBe('2026-03-10T07:30:00-04:00');
    const moved = await read(
      "Fiona's flight is delayed, so the meeting with Fiona and Dev can't go ahead on Thursday. They have moved it to Friday 13 March, 11:00am - 12:30pm, same place.",
      'Melbourne leg',
    );
    expect(moved.kind).toBe('reschedule');
    expect(moved.interview?.start).toBe('2026-03-13T11:00:00-04:00');
    // A first day's desk or people, a bank holiday: no meeting agreed.
    for (const welcome of [
      'Welcome aboard! Your first day is Monday 9 March at 9am. When you arrive, ask for the IT desk.',
      "Welcome aboard! On your first day, Monday 9 March at 9am, you'll meet your manager Dana Lee.",
    ])
      expect((await read(welcome, 'Welcome to the team')).kind, welcome).not.toBe('interview');
    expect(
      (
        await read(
          'Thanks for your patience. We are still interviewing. On Monday it is a bank holiday, so we will be in touch later next week.',
          'RE: Bookkeeper role',
        )
      ).kind,
    ).toBe('employer-reply');
    // A status with no meeting in it stays one.
    expect(
      (await read('We hope to make a decision by the end of the month.', 'RE: Bookkeeper role'))
        .kind,
    ).toBe('employer-reply');
  });

  it('reads an hour written before its day, never a room number', async () => {
    const hourFirst = await read(
      'Thanks Alex.\n\n10 on Tuesday is perfect. See you Tuesday!',
      'RE: Bookkeeper role',
    );
    expect(hourFirst.kind).toBe('interview');
    expect(hourFirst.interview?.start).toBe('2026-03-03T10:00:00-05:00');
    // With its date after the day, and on a clock written with a stop.
    for (const body of [
      "Perfect - let's say 11.30 on Thursday 12th then for the interview. Ask for me at the desk.",
      'Great. 11:30 on Thursday 12 March works for the interview; see you at the office.',
    ])
      expect((await read(body, 'RE: Bookkeeper role')).interview?.start, body).toBe(
        '2026-03-12T11:30:00-04:00',
      );
    // A room's number before a day is no hour, after an abbreviation's stop neither; nor is a count.
    for (const body of [
      'Your interview is confirmed for 2:00 PM ET. You will be in Rm. 11 on Tuesday with Dana Cole.',
      'Your interview is confirmed for 2:00 PM ET. We will use meeting room no. 9 on Tuesday.',
    ])
      expect((await read(body, 'RE: Bookkeeper role')).interview?.start, body).toBe(
        '2026-03-03T14:00:00-05:00',
      );
    expect(
      (
        await read(
          'Thanks for your patience. 2 on Monday and 3 on Tuesday are still to interview, so we will decide by Friday.',
          'RE: Bookkeeper role',
        )
      ).kind,
    ).not.toBe('interview');
    expect(
      (
        await read(
          'See you Tuesday at 2pm ET - we are in room 10 on Tuesday.',
          'RE: Bookkeeper role',
        )
      ).interview?.start,
    ).toBe('2026-03-03T14:00:00-05:00');
  });
});

describe('a cancellation', () => {
  it('states no decision date, whatever it promises next', async () => {
    const reading = await read(
      'Unfortunately we have to cancel your interview on Thursday, March 12 at 1pm ET: Ruth is away on an audit. I will be in touch by Friday 13 March with new times.',
      'Interview cancelled',
    );
    expect(reading.kind).toBe('cancellation');
    expect(reading.interview?.decisionBy ?? null).toBeNull();
  });

  it('is said as Indian English says it, a revised schedule only promised', async () => {
    const reading = await read(
      'This is to inform you that your Technical Round 2 interview, scheduled on Thursday, 12th March 2026 at 3:00 PM, stands cancelled as the panel member has to travel. We will share the revised schedule with you shortly.',
      'RE: Interview Schedule',
    );
    expect(reading.kind).toBe('cancellation');
  });
});

describe('an automatic reply', () => {
  it('is a receipt when it only confirms receipt and nobody is away, whatever its subject', async () => {
    for (const [body, subject] of [
      [
        'Thank you for contacting People Services. This is an automated acknowledgement that we have received your email. We aim to reply within two business days. For urgent matters call 01632 960 018 between 9am and 5pm, Monday to Friday.',
        'Automatic reply: Follow-up on my interview',
      ],
      [
        'We have received your message and logged it as case 48213. Our phone lines are open 8:30am to 4:30pm weekdays.',
        'RE: Follow-up on my interview',
      ],
      // A help desk's ticket.
      [
        'Thanks for getting in touch with People Support. This is an automatic confirmation that your request (#5521) has been received and is being reviewed by our team. We aim to respond within 5 working days.',
        '[Request received] following up',
      ],
    ] as const) {
      const reading = await read(body, subject);
      expect(reading.kind, body).toBe('employer-reply');
      expect(reading.reply?.class, body).toBe('auto-ack');
    }
    // A help desk's receipt quoting what the candidate sent it: the quoted interview and its
    // sending time are history, not a meeting.
    const receipt = await read(
      [
        'Dear Applicant,',
        '',
        'This is an automatic confirmation that we have received your email. Reference: HR-22817. Someone from our recruitment team will reply within three working days.',
        '',
        '----- Your message -----',
        'Subject: Checking in after my interview',
        'Sent: 4 Mar 2026 09:12 (GMT-05:00)',
        '',
        'Hello Ms. Okafor, I am writing about my interview for the Buyer role on 24 February with Mr. Hale.',
      ].join('\n'),
      'Thank you for contacting Recruitment [HR-22817]',
    );
    expect(receipt.kind).toBe('employer-reply');
    expect(receipt.reply?.class).toBe('auto-ack');
    // Someone away is out of the office, however the reply is headed.
    const away = await read(
      'Thank you for your email. I am out of the office until Monday 16 March with limited access to email.',
      'Automatic reply: Follow-up on my interview',
    );
    expect(away.reply?.class).toBe('out-of-office');
  });
});

describe('the hours of a range of weekdays', () => {
  it('are when a desk is attended, never the interview', async () => {
    const receipt = await read(
      'This is an automated confirmation that we have received your message. Our team reviews this mailbox Monday through Friday, 9:00 a.m. to 5:00 p.m. ET.',
      'We have received your message',
    );
    expect(receipt.kind).toBe('employer-reply');
    expect(receipt.interview).toBeUndefined();
    const confirmed = await read(
      'Our front desk is open Monday to Friday, 8am to 4pm. Your interview is Thursday 12 March at 2pm ET.',
      'Interview confirmed',
    );
    expect(confirmed.interview?.start).toBe('2026-03-12T14:00:00-04:00');
  });
});

describe('dates and times', () => {
  it.each([
    ['Your interview is scheduled for 3/12/2026 at 2:00 PM EST.', '2026-03-12T14:00:00-04:00'],
    ['Confirming your interview: Thursday 12th March, 10.30am GMT.', '2026-03-12T10:30:00+00:00'],
    [
      'We have booked your interview on the 12th of March at 14:30 (CET).',
      '2026-03-12T14:30:00+01:00',
    ],
    [
      'Your interview is confirmed at 10:00-11:00 am PST on Tue, Mar 10.',
      '2026-03-10T10:00:00-07:00',
    ],
    [
      'Your interview is on 10/03/2026 at 14:00 CET in our Paris office.',
      '2026-03-10T14:00:00+01:00',
    ],
    ['Interview confirmed for Friday, March 6 at 12:30pm ET.', '2026-03-06T12:30:00-05:00'],
    [
      'Your interview has been scheduled on 05-Mar-2026 at 11:00 AM IST via Teams.',
      '2026-03-05T11:00:00+05:30',
    ],
    [
      "Confirming your interview on Tuesday, March 10 at 3pm ET (that's 12pm PT).",
      '2026-03-10T15:00:00-04:00',
    ],
    [
      'Your interview is on Wednesday, March 4.\nPlease be available at 11:00 AM Eastern.',
      '2026-03-04T11:00:00-05:00',
    ],
    [
      'Sent: Monday, March 2, 2026 9:00 AM\nHi Alex, confirming your interview on Wednesday at 11am ET.',
      '2026-03-04T11:00:00-05:00',
    ],
    [
      'Just a reminder of your interview tomorrow at 10am PT with Sam Lee on Zoom.',
      '2026-03-03T10:00:00-08:00',
    ],
  ])('%j -> %s', async (body, start) => {
    const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start).toBe(start);
  });

  it('reads scheduling-tool layouts: label lines, one slot per line, lists of interviewers', async () => {
    const lever = await read(
      'Interview Confirmed\n\nWhen\nTuesday, March 10, 2026 10:00 AM - 11:00 AM PDT\n\nWhere\nZoom\n\nInterviewers\nMaria Lopez\nKevin Wu',
      'Interview Confirmed: Acme Corp',
    );
    expect(lever.interview).toMatchObject({
      start: '2026-03-10T10:00:00-07:00',
      end: '2026-03-10T11:00:00-07:00',
      interviewers: [
        { name: 'Maria Lopez', email: null },
        { name: 'Kevin Wu', email: null },
      ],
      format: 'video',
    });
    const workday = await read(
      'Interview Date: 03/10/2026\nInterview Time: 10:00 AM Pacific Standard Time\nInterview Type: Phone\nJob Title: Payroll Analyst',
    );
    expect(workday.interview).toMatchObject({
      start: '2026-03-10T10:00:00-07:00',
      format: 'phone',
      role: 'Payroll Analyst',
    });
    const dashes = await read(
      'Your panel interview is on Monday, March 9, 1-3pm ET.\nInterviewers:\n- Jane Doe, Engineering Manager\n- John Roe, Senior Engineer',
    );
    expect(dashes.interview?.end).toBe('2026-03-09T15:00:00-04:00');
    expect(dashes.interview?.interviewers.map((p) => p.name)).toEqual(['Jane Doe', 'John Roe']);
  });

  it('an itinerary runs forward in time: a row that ends before the first begins is no row of it', async () => {
    const moved = await read(
      'Interview rescheduled\n\nNew time\nThursday, March 12, 2026\n3:00 PM - 3:30 PM ET\n\nPrevious time\n10:00 AM - 10:30 AM ET\n\nInterviewer\nRosa Villarreal',
    );
    expect(moved.interview?.start).toBe('2026-03-12T15:00:00-04:00');
    expect(['2026-03-12T15:30:00-04:00', null]).toContain(moved.interview?.end ?? null);
    // Rows that are no session may come in any order.
    const arrivalLast = await read(
      'Your onsite on Thursday, March 12, 2026 (all times Eastern):\n\n10:00 AM - 11:00 AM   Design interview\n11:00 AM - 12:30 PM   Coding interview\n9:30 AM   Arrival and check-in at reception',
    );
    expect(arrivalLast.interview?.start).toBe('2026-03-12T10:00:00-04:00');
    expect(arrivalLast.interview?.end).toBe('2026-03-12T12:30:00-04:00');
  });

  it("reads the start an arrival is for ('arrive at 11.15 for an 11.30 start'), and no deadline", async () => {
    const start = await read(
      'We would like to invite you to interview on Thursday 12 March at our Bristol office. Please arrive at 11.15 for an 11.30 start.',
    );
    expect(start.interview?.start).toBe('2026-03-12T11:30:00-04:00');
    // The arrival said without its verb, on a labelled line.
    for (const line of [
      'Time: 9:30am for a 10:00am start (please allow about an hour)',
      'Time: 11:15 for 11:30',
    ]) {
      const reading = await read(
        `Hi Alex,\n\nWe look forward to meeting you on Thursday 12 March at our Bristol office.\n${line}\n\nJane`,
      );
      expect(reading.interview?.start, line).toBe(
        line.includes('9:30') ? '2026-03-12T10:00:00-04:00' : '2026-03-12T11:30:00-04:00',
      );
    }
    // Slides sent to an address by a time: a deadline, however long the address.
    const due = await read(
      'We would like to invite you to an assessment day on Thursday 12 March. Please email your slides to recruitment@brackenridgepartners.example by 9am on Tuesday 10 March.',
    );
    expect(due.interview?.start ?? null).toBeNull();
  });

  it('gives a later clock to the day a correction keeps, never the day it rules out', async () => {
    for (const correction of [
      'Apologies - a typo in my last email! Your interview is on Thursday 12th March, not Wednesday. Same time (2:30pm ET) and same place.',
      'Sorry, my mistake: it is Thursday 12 March rather than Wednesday. Still 2:30pm ET.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${correction}\n\nJane`, 'RE: Interview');
      expect(reading.interview?.start, correction).toBe('2026-03-12T14:30:00-04:00');
    }
  });

  it('reads a corrected clock on the day the correction says is kept, never the clock it rules out', async () => {
    const reading = await read(
      'Hi Alex,\n\nSorry, a correction to my last note: our call is at 3:00 PM Pacific Time, which is 6:00 PM Eastern for you - not 3:00 PM ET as I wrote.\n\nStill Thursday, March 12, and still about 30 minutes.\n\nJane',
      'Correction: phone screen',
    );
    expect(reading.interview?.start).toBe('2026-03-12T15:00:00-07:00');
    // A day after the clock that is only a deadline keeps nothing.
    const deadline = await read(
      'Hi Alex,\n\nOur call is at 10am ET.\n\nPlease send your portfolio by Friday, March 13.\n\nJane',
      'Phone screen',
    );
    expect(deadline.interview?.start ?? null).toBeNull();
  });

  it('takes the day said of the interview for a later clock, not a day in a sentence about something else', async () => {
    for (const aside of [
      'The joining link will be emailed to you on Thursday evening.',
      'Please confirm by Wednesday so we can send the link.',
      'Slides are due by Thursday 12 March.',
      'Our panel is travelling back on Thursday 12 March.',
      'Please note our office is closed on Thursday 12 March.',
      'Slides are due on Thursday 12 March.',
      'Please reply before Wednesday 11 March.',
      'The deadline for the written task is Wednesday 11 March.',
      'We aim to give feedback on Monday 16 March.',
      'I am on leave on Thursday 12 March, so Dana will host.',
      'The joining link will now be emailed to you on Thursday 12 March.',
      'We will send the link on Thursday 12 March, or reschedule if needed.',
    ]) {
      const reading = await read(
        `Hi Alex,\n\nYour interview for the Analyst role is on Friday, 13 March 2026 on Teams.\n\n${aside} The interview itself starts at 10:30 AM ET and lasts 30 minutes.\n\nJane`,
      );
      expect(reading.interview?.start).toBe('2026-03-13T10:30:00-04:00');
    }
    // A day the meeting moves to, or a later stage's, is the clock's own.
    const moved = await read(
      'Hi Alex,\n\nYour interview is confirmed for Friday 13 March. Sorry - Dana cannot do Friday after all, could we do Thursday 12 March instead? It would start at 10:30 AM ET.\n\nJane',
    );
    expect(moved.interview?.start).toBe('2026-03-12T10:30:00-04:00');
    const stages = await read(
      'Hi Alex,\n\nYour phone interview is on Monday 9 March. The onsite will be on Thursday 12 March. It starts at 10:30 AM ET at our office.\n\nJane',
    );
    expect(stages.interview?.start).toBe('2026-03-12T10:30:00-04:00');
    const inPerson = await read(
      'Hi Alex,\n\nYour phone screen with me on Monday 2 March went really well. The team would love to see you in person on Thursday 5 March. Please arrive for 10:00 at reception.\n\nJane',
    );
    expect(inPerson.interview?.start).toBe('2026-03-05T10:00:00-05:00');
    for (const body of [
      'I will phone you on Wednesday 4 March to go through logistics. The final stage is on Thursday 12 March. It starts at 2pm ET.',
      'Please book your travel by Friday 6 March. The final stage is on Thursday 12 March. It starts at 2pm ET.',
      'Thanks for the call on Monday 2 March. We would like you back on Thursday 12 March for the final stage. Please arrive at 2pm ET at reception.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
      expect(reading.interview?.start, body).toBe('2026-03-12T14:00:00-04:00');
    }
    const callum = await read(
      'Hi Alex,\n\nYour interview is on Friday 13 March. Callum is away on Thursday 12 March, so write to me. It starts at 10:30 AM ET.\n\nJane',
    );
    expect(callum.interview?.start).toBe('2026-03-13T10:30:00-04:00');
    const away = await read(
      'Hi Alex,\n\nYour interview is on Friday 13 March. I am out of the office on Thursday 12 March, so Tom will be your contact. The interview starts at 10:30 AM ET.\n\nJane',
    );
    expect(away.interview?.start).toBe('2026-03-13T10:30:00-04:00');
    // A day on a line of its own heads the clocks under it, whatever was said before.
    const headed = await read(
      'Your interview was first planned for Friday, 13 March 2026, but the panel has moved it.\n\nThursday 12 March\n10:30 AM ET - 11:00 AM ET  Interview with the panel',
    );
    expect(headed.interview?.start).toBe('2026-03-12T10:30:00-04:00');
  });

  it("reads a slot agreed in a reply's own words, with a dotted clock beside its day", async () => {
    const agreed = await read(
      "Hi Alex,\n\nWednesday 11th works well for us – shall we say 2.30? We're at 12 Quay Street, a short walk from the station.\n\nIt will be me and Dana Lee, one of our associates. Allow about an hour.\n\nWe hope to let everyone know by Friday 20th.\n\nTom",
      'RE: Junior Designer - application',
    );
    expect(agreed.kind).toBe('interview');
    expect(agreed.interview?.start).toBe('2026-03-11T14:30:00-04:00');
    // A street number after "at" is no clock, in the street names British addresses use.
    for (const address of ["7 Tanner's Yard", '2 Mill Row', '15 Abbey Close', '9 Canal Wharf']) {
      const reading = await read(
        `Hi Alex,\n\nWednesday 11th works well for us – shall we say 10.30? We're at ${address}, a short walk from the station.\n\nTom`,
        'RE: Junior Designer - application',
      );
      expect(reading.interview?.start, address).toBe('2026-03-11T10:30:00-04:00');
    }
    const dotted = await read(
      'Hi Alex,\n\nLovely to speak earlier. Just to confirm your interview: Tuesday 10th, 10.30, at our studio on Quay Street. You will meet Dana and me.\n\nTom',
      'Studio visit',
    );
    expect(dotted.interview?.start).toBe('2026-03-10T10:30:00-04:00');
    // After a weekday alone, a dotted pair that may be a month is a date ("Thursday 11.02").
    expect(withColonTimes('on Thursday 11.02, at 14:00')).toBe('on Thursday 11.02, at 14:00');
    expect(withColonTimes('on Thursday 10.30, at the studio')).toBe(
      'on Thursday 10:30, at the studio',
    );
    // A dotted range after "from" is the slot.
    const range = await read(
      'Hi Alex,\n\nYour interview is on Thursday 12 March from 10.30 to 11.30, at our office.\n\nTom',
    );
    expect(range.interview?.start).toBe('2026-03-12T10:30:00-04:00');
    expect(range.interview?.end).toBe('2026-03-12T11:30:00-04:00');
    for (const [body, start, end] of [
      ['on Thursday 12 March from 10.30 until 11.30 at our office', '10:30', '11:30'],
      ['on Thursday 12 March from 10.30, at our office', '10:30', null],
    ] as const) {
      const reading = await read(`Hi Alex,\n\nYour interview is ${body}.\n\nTom`);
      expect(reading.interview?.start, body).toBe(`2026-03-12T${start}:00-04:00`);
      expect(reading.interview?.end ?? null, body).toBe(end && `2026-03-12T${end}:00-04:00`);
    }
    // A price, a rate or a measure is no clock; nor is a clock offered in a question.
    for (const body of [
      'Your interview is on Thursday 12 March, time to follow. We will make it 4 rather than 5 panellists to keep it short.',
      'Your interview is on Thursday 12 March, time to follow. Parking nearby costs from 12.50, so consider the train.',
      'Your interview is on Thursday 12 March, time to follow. Parking may cost from 12.50 at the garage.',
      'Your interview is on Thursday 12 March, time to follow. The market rate for the role is from 12.50 to 14.75.',
      'Your interview is on Thursday 12 March, time to follow. The canteen serves lunch from 11.45 until 13.30 if you want to stay.',
      'Your interview is on Thursday 12 March, time to follow. We decided to make it 2 rather than 3 stages.',
      'Your interview is on Thursday 12 March; I will confirm the time tomorrow. The role pays around 18.50 an hour.',
      'We would like to invite you to interview on Thursday 12 March. The starting salary is about 15.25 an hour plus benefits.',
      'Your interview is on Thursday 12 March, time to follow. Lunch in the canteen is around 7.50, so bring a card.',
      'Does Tuesday 10 March at 10am suit you; if not, what about the afternoon?',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nTom`);
      expect(reading.interview?.start ?? null, body).toBeNull();
    }
    // A price or a measure is no clock.
    const price = await read(
      'Hi Alex,\n\nYour interview is on Tuesday 10 March at 2pm ET. Parking costs 10.50 for the day.\n\nTom',
    );
    expect(price.interview?.start).toBe('2026-03-10T14:00:00-04:00');
  });

  it("takes no recruiter's preparation call for the interview", async () => {
    const reading = await read(
      "Hi Alex,\n\nGreat news - Harbor Lane Foods would like to meet you in person for the Senior Accountant role!\n\nTuesday, 3/10 at 9:00am\n600 Meadow Parkway, Secaucus, NJ 07094\n\nYou'll meet with Dana Ruiz (Controller) and Phil Kowalski (CFO). Plan on about an hour.\n\nLet's set up a quick prep call Monday at 4pm - I'll call your cell. Tell me if that time doesn't work.\n\nChris",
    );
    expect(reading.interview?.start).toBe('2026-03-10T09:00:00-04:00');
  });

  it("keeps the day said of the meeting in any words: a deadline's, a later round's or a building's day takes no clock", async () => {
    for (const [body, start] of [
      [
        'Please join us at our Bristol office on Thursday 12 March. The car park is closed on Wednesday 11 March. Start time is 10am ET.',
        '2026-03-12T10:00:00-04:00',
      ],
      [
        'The panel sits on Thursday 12 March. The dial-in details go out on Wednesday 11 March. It starts at 10am ET.',
        '2026-03-12T10:00:00-04:00',
      ],
      [
        'We would like to invite you to our Leeds office on Thursday 12 March. Visitor passes are printed on Wednesday 11 March. It starts at 10am ET.',
        '2026-03-12T10:00:00-04:00',
      ],
      [
        'You are confirmed for Thursday 12 March with Sam Lee. Expense claims are due on Wednesday 11 March. It starts at 10am ET.',
        '2026-03-12T10:00:00-04:00',
      ],
      [
        'Your sessions with the team are on Thursday 12 March. Parking permits are posted on Wednesday 11 March. They start at 10am ET.',
        '2026-03-12T10:00:00-04:00',
      ],
      [
        'We will be interviewing on Thursday 12 March. The office is shut on Wednesday 11 March for a deep clean. It starts at 10am ET.',
        '2026-03-12T10:00:00-04:00',
      ],
      // A day given as a deadline is none, whatever its sentence is about.
      [
        'Your interview is on Friday 13 March. We look forward to hearing from you by Thursday 12 March. It starts at 10:30 AM ET.',
        '2026-03-13T10:30:00-04:00',
      ],
      [
        'Your interview is on Friday 13 March. Please finish the online stage by Thursday 12 March. It starts at 10:30 AM ET.',
        '2026-03-13T10:30:00-04:00',
      ],
      // A day the meeting was moved away from is no longer its day.
      [
        'Your interview was originally booked for Monday 9 March. The new date is Thursday 12 March. It starts at 2pm ET.',
        '2026-03-12T14:00:00-04:00',
      ],
      [
        'The interview previously booked for Monday 9 March needs to change. How about Thursday 12 March? We will start at 2pm ET.',
        '2026-03-12T14:00:00-04:00',
      ],
      // A round that would follow is not this one.
      [
        'Your interview is on Friday 13 March. The next stage after that would be on Monday 16 March. It starts at 10:30 AM ET.',
        '2026-03-13T10:30:00-04:00',
      ],
    ] as const) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
      expect(reading.interview?.start, body).toBe(start);
    }
  });

  it("a table's rows are an itinerary too: start and end in columns at the row's end, as a flattened table writes them", async () => {
    for (const gap of ['\t', ' | ']) {
      const row = (cells: string[]) => cells.join(gap);
      const table = await read(
        [
          'Your interviews are confirmed for Tuesday, March 10, 2026 (Eastern Time).',
          '',
          row(['Session', 'With', 'Start', 'End']),
          row(['Technical deep-dive', 'Marta Quinlan, Staff Engineer', '1:00 PM', '1:50 PM']),
          row(['Values conversation', 'Obi Nwankwo, Director', '2:00 PM', '2:40 PM']),
        ].join('\n'),
      );
      expect(table.interview?.start).toBe('2026-03-10T13:00:00-04:00');
      expect(table.interview?.end).toBe('2026-03-10T14:40:00-04:00');
    }
    // Two times side by side under columns that are no start and end are not a range: the reader
    // asks rather than join them.
    const zones = await read(
      [
        'Your interview is confirmed for Tuesday, March 10, 2026.',
        '',
        'Session\tOur office (Pacific)\tYour time (Eastern)',
        'Technical deep-dive\t10:00 AM\t1:00 PM',
      ].join('\n'),
    );
    expect(zones.interview?.end ?? null).toBeNull();
    // A roster of candidates' slots is no one's itinerary: the candidate's own row (by name, in
    // any order, or by address) is their slot, and without one the reader asks rather than run the
    // interview from the first candidate's slot to the last's.
    const roster = (alexRow: string) =>
      read(
        [
          'Interviews on Tuesday, March 10, 2026 (Eastern Time):',
          '',
          'No. | Name | Panel | Slot',
          '1 | Mira Castell | Panel 1 | 9:00 AM - 9:30 AM',
          '2 | Jonah Pryce | Panel 2 | 9:00 AM - 9:30 AM',
          `3 | ${alexRow} | Panel 1 | 9:30 AM - 10:00 AM`,
          '4 | Tove Lindqvist | Panel 2 | 9:30 AM - 10:00 AM',
        ].join('\n'),
      );
    for (const alexRow of ['Alex Rivera', 'RIVERA, Alex', 'alex.rivera@example.net']) {
      const own = await roster(alexRow);
      expect(own.interview?.start).toBe('2026-03-10T09:30:00-04:00');
      expect(own.interview?.end).toBe('2026-03-10T10:00:00-04:00');
      expect(own.interview?.interviewers ?? []).toEqual([]);
    }
    expect((await roster('Alexa Rivers')).interview?.start ?? null).toBeNull();
    // A roster laid out without cells, the candidate's name with a title or an aside.
    for (const rows of [
      ['9:00 AM - Mira Castell', '9:30 AM - Jonah Pryce', '10:00 AM - Alex Rivera'],
      ['9:00 AM | Ms Mira Castell', '9:30 AM | Mr Jonah Pryce', '10:00 AM | Mr Alex Rivera'],
      [
        '9:00 AM - 9:30 AM Mira Castell (Panel 1)',
        '9:30 AM - 10:00 AM Jonah Pryce (Panel 1)',
        '10:00 AM - 10:30 AM Alex Rivera (Panel 1)',
      ],
    ]) {
      const own = await read(
        ['Interviews on Tuesday, March 10, 2026 (Eastern Time):', '', ...rows].join('\n'),
      );
      expect(own.interview?.start, rows[2]).toBe('2026-03-10T10:00:00-04:00');
    }
    // One session for every row, a candidate beside it on each: a roster, the candidate's row theirs.
    const oneSession = await read(
      [
        'The technical interviews on Tuesday, March 10, 2026 (Eastern Time) are scheduled as below.',
        '',
        '10:00 AM - 10:30 AM | Mira Castell | Technical interview',
        '10:30 AM - 11:00 AM | Alex Rivera | Technical interview',
        '11:00 AM - 11:30 AM | Jonah Pryce | Technical interview',
      ].join('\n'),
    );
    expect(oneSession.interview?.start).toBe('2026-03-10T10:30:00-04:00');
    expect(oneSession.interview?.end).toBe('2026-03-10T11:00:00-04:00');
    // The candidate named in a cell of their own itinerary's session is no roster's row either.
    const presenting = await read(
      [
        'Your onsite on Tuesday, March 10, 2026 (Eastern Time):',
        '',
        '10:00 AM - 10:45 AM | Hiring manager | Dana Lee',
        '11:00 AM - 11:45 AM | Candidate presentation | Alex Rivera',
        '12:00 PM - 12:45 PM | Technical panel | Sam Ortiz',
      ].join('\n'),
    );
    expect(presenting.interview?.start).toBe('2026-03-10T10:00:00-04:00');
    expect(presenting.interview?.end).toBe('2026-03-10T12:45:00-04:00');
    // The candidate named in a session of their own itinerary is no roster's row.
    const itinerary = await read(
      [
        'Your onsite on Tuesday, March 10, 2026 (Eastern Time):',
        '',
        '9:00 AM - 9:45 AM | Technical interview | Dana Lee',
        '9:45 AM - 10:30 AM | System design | Sam Ortiz',
        '10:30 AM - 11:00 AM | Alex Rivera presents the take-home | Panel',
      ].join('\n'),
    );
    expect(itinerary.interview?.start).toBe('2026-03-10T09:00:00-04:00');
    expect(itinerary.interview?.end).toBe('2026-03-10T11:00:00-04:00');
    // One panel's slots one after another are still others' slots beside the candidate's own.
    const onePanel = await read(
      [
        'Assessment interviews, Tuesday 10 March 2026 (all times Eastern)',
        '',
        'Candidate\tRoom\tTime',
        'Mira Castell\tRoom 2\t9:00 AM - 9:30 AM',
        'Alex Rivera\tRoom 2\t9:30 AM - 10:00 AM',
        'Jonah Pryce\tRoom 2\t10:00 AM - 10:30 AM',
      ].join('\n'),
    );
    expect(onePanel.interview?.start).toBe('2026-03-10T09:30:00-04:00');
    expect(onePanel.interview?.end).toBe('2026-03-10T10:00:00-04:00');
    // A table of two columns is labels and their values: a time labelled an arrival is no row.
    const labelled = await read(
      'Date of interview\tTuesday, 10 March 2026\nCheck-in time\t9:15 AM (ID check)\nInterview\t10:00 AM ET',
    );
    expect(labelled.interview?.start).toBe('2026-03-10T10:00:00-04:00');
  });

  it('a labelled start and end is the event; an agenda within it only breaks it down', async () => {
    const day = await read(
      [
        'We look forward to seeing you at our assessment day.',
        '',
        'Date: Tuesday 10 March 2026',
        'Time: 9:00 AM - 1:00 PM ET',
        'Please sign in from 8:45 for a sound check.',
        '',
        'Agenda:',
        '9:00  Welcome from the hiring team',
        '9:15  Group task (60 mins)',
        '10:30  Presentation and interview',
        '12:30  Questions for the team',
        '1:00  Close',
      ].join('\n'),
      'Assessment day',
    );
    expect(day.interview?.start).toBe('2026-03-10T09:00:00-04:00');
    expect(day.interview?.end).toBe('2026-03-10T13:00:00-04:00');
  });

  it("takes the zone Google Calendar names on the line under the time over the subject's bare offset", async () => {
    const reading = await read(
      'Alex Rivera <> Lumora Pay - Analytics Interview\nTuesday 10 Mar 2026 ⋅ 7:30pm – 8:30pm\nSingapore Standard Time\n\nJoin with Google Meet\nhttps://meet.google.com/abc-defg-hij',
      'Invitation: Alex Rivera <> Lumora Pay - Analytics Interview @ Tue 10 Mar 2026 7:30pm - 8:30pm (GMT+8) (alex.rivera@example.net)',
    );
    expect(reading.interview?.start).toBe('2026-03-10T19:30:00+08:00');
    expect(reading.interview?.timezone).toBe('Asia/Singapore');
  });

  it('a time to reach the venue by is no start', async () => {
    const reading = await read(
      'Your face to face interview has been scheduled.\n\nDate : 10-Mar-2026 (Tuesday)\nTime : 11:00 AM\nVenue : 6th Floor, Tower B, Meridian Techpark\n\nKindly reach the venue by 10:45 AM and ask for Ms. Rita Ghosh at the reception.',
    );
    expect(reading.interview?.start).toBe('2026-03-10T11:00:00-04:00');
  });

  it('a time under an arrival label is no start, as a table flattened to lines writes it', async () => {
    const stacked = await read(
      'Your interview is scheduled as below.\n\nDate\n\nThursday, March 12, 2026\n\nReporting time\n\n9:15 AM (document check)\n\nInterview\n\n10:00 AM ET',
    );
    expect(stacked.interview?.start).toBe('2026-03-12T10:00:00-04:00');
  });

  it('an itinerary lasts as its sessions do: not its site tour, nor a length said of one row', async () => {
    const onsite = await read(
      'Your onsite on Thursday, March 12, 2026 (all times Eastern):\n\n9:45 AM   Arrive at reception\n10:00 AM - 10:45 AM   Quality Systems\n10:45 AM - 11:30 AM   Leadership\n11:30 AM   Site tour (optional, about 20 minutes)',
    );
    expect(onsite.interview?.start).toBe('2026-03-12T10:00:00-04:00');
    expect(onsite.interview?.end).toBe('2026-03-12T11:30:00-04:00');
    const untimed = await read(
      'Your onsite on Thursday, March 12, 2026 (all times Eastern):\n\n10:00 AM   Quality Systems\n11:00 AM   Leadership\n\nEach conversation is about 20 minutes.',
    );
    expect(untimed.interview?.start).toBe('2026-03-12T10:00:00-04:00');
    expect(untimed.interview?.end ?? null).toBeNull();
  });

  it('an onsite begins with its first session: time alone to prepare leads in, and a closing row ends it', async () => {
    for (const prep of [
      'Case brief handed over, 40 minutes to prepare on your own',
      'Preparation time (case pack provided)',
      'You will receive the case brief, with 40 minutes to prepare alone',
      'Individual preparation',
      'Case study preparation (30 min)',
      'Case preparation',
      'Presentation prep time',
      'Time to prepare your presentation',
      'Assessment preparation - brief handed over',
      'Presentation preparation (on your own)',
      'Preparation: 45 minutes, brief provided',
      'You will have 45 min to prepare',
    ]) {
      const reading = await read(
        [
          'Your final interview is on Tuesday 10 March 2026 at our office (all times Eastern).',
          '',
          '9:00\tArrival and coffee',
          `9:15\t${prep}`,
          '10:00\tPanel interview, opening with your case presentation',
          '11:15\tClose',
        ].join('\n'),
      );
      expect(reading.interview?.start).toBe('2026-03-10T10:00:00-04:00');
      expect(reading.interview?.end).toBe('2026-03-10T11:15:00-04:00');
    }
    // A session that mentions preparation is still a session.
    for (const [rows, start] of [
      [
        [
          '9:00 - 10:00\tWritten assessment (includes 15 min preparation)',
          '10:15 - 11:00\tPanel with Dana Lee and Sam Ortiz',
        ],
        '2026-03-10T09:00:00-04:00',
      ],
      [
        [
          '9:00 - 9:30\tPresentation: 15 minutes to prepare, 15 minutes to present',
          '9:45 - 10:30\tQuestions with Dana Lee',
        ],
        '2026-03-10T09:00:00-04:00',
      ],
      [
        [
          '10:00 - 11:00\tCoding exercise (10 min prep)',
          '11:00 - 12:00\tSystem design with Sam Ortiz',
        ],
        '2026-03-10T10:00:00-04:00',
      ],
      [
        [
          '9:00\tArrival and coffee',
          '9:30\tWritten exercise (no preparation needed)',
          '10:30\tMeeting with Dana Lee',
          '11:30\tClose',
        ],
        '2026-03-10T09:30:00-04:00',
      ],
      [
        [
          '9:30 - 10:30\tAssessment exercise (preparation materials sent in advance)',
          '10:45 - 11:30\tCompetency questions with the hiring manager',
        ],
        '2026-03-10T09:30:00-04:00',
      ],
      [
        [
          '9:15\tCase study - 45 minutes to prepare, then present to Dana Lee and Sam Ortiz',
          '10:30\tLunch',
          '11:15\tFinish',
        ],
        '2026-03-10T09:15:00-04:00',
      ],
    ] as const) {
      const reading = await read(
        [
          'Your final interview is on Tuesday 10 March 2026 at our office (all times Eastern).',
          '',
          ...rows,
        ].join('\n'),
      );
      expect(reading.interview?.start, rows.join(' / ')).toBe(start);
    }
    // Whatever its head says, a row with time to prepare and no session is none; AM/PM times too.
    for (const rows of [
      [
        '9:15 - 9:45\tBrief handed over - 30 minutes to prepare',
        '9:45 - 10:30\tPresentation to the panel',
      ],
      [
        '9:15 - 9:45\tReading time: 30 minutes to prepare',
        '9:45 - 10:30\tPresentation to the panel',
      ],
      [
        '9:15 AM - 9:45 AM\tCase study preparation (30 min)',
        '9:45 AM - 10:30 AM\tPresentation to the panel',
      ],
      ['9:15 AM\tPresentation prep time', '9:45 AM\tPanel interview', '10:30 AM\tClose'],
    ]) {
      const reading = await read(
        [
          'Your final interview is on Tuesday 10 March 2026 at our office (all times Eastern).',
          '',
          ...rows,
        ].join('\n'),
      );
      expect(reading.interview?.start, rows.join(' / ')).toBe('2026-03-10T09:45:00-04:00');
    }
    // Preparing with someone is a session.
    const together = await read(
      'Your final interview is on Tuesday 10 March 2026 at our office (all times Eastern).\n\n9:15\tCase preparation with the panel chair\n10:00\tPanel interview\n11:15\tEnd of visit',
    );
    expect(together.interview?.start).toBe('2026-03-10T09:15:00-04:00');
    expect(together.interview?.end).toBe('2026-03-10T11:15:00-04:00');
  });

  it('an online interview begins when its session does: not when the waiting room opens, nor ends with an optional row after', async () => {
    const video = await read(
      'Your interview on Thursday, March 12, 2026 (all times Eastern):\n9:45 a.m. – Video lobby opens\n10:00 a.m. – 11:00 a.m. – Interview with the hiring committee\n11:00 a.m. – 11:20 a.m. – Optional Q&A on benefits with HR',
    );
    expect(video.interview?.start).toBe('2026-03-12T10:00:00-04:00');
    expect(video.interview?.end).toBe('2026-03-12T11:00:00-04:00');
    // A session row that mentions the waiting room, a tech check or an optional part is a session.
    for (const aside of [
      'Panel interview (you will be admitted from the waiting room)',
      'Interview with the hiring manager – optional portfolio review at the end',
      'Coding exercise — tech check of your IDE first',
    ]) {
      const row = await read(
        `Your interview on Thursday, March 12, 2026 (all times Eastern):\n10:00 a.m. – 11:00 a.m. – ${aside}\n11:15 a.m. – 11:45 a.m. – Team conversation`,
      );
      expect(row.interview?.start).toBe('2026-03-12T10:00:00-04:00');
    }
  });

  it("a session's name may hold a journey's word: it stays a session", async () => {
    const airline = await read(
      'Your onsite on Thursday, March 12, 2026 (all times Eastern):\n\n9:00 AM - 10:00 AM   Flight Operations panel with Ana Ruiz\n10:15 AM - 11:00 AM   HR interview\n11:00 AM   Taxi to the airport',
    );
    expect(airline.interview?.start).toBe('2026-03-12T09:00:00-04:00');
    expect(airline.interview?.end).toBe('2026-03-12T11:00:00-04:00');
    // A hotel's check-out, or a meeting point, is the journey's.
    const hotel = await read(
      'Your onsite on Thursday, March 12, 2026 (all times Eastern):\n\n7:30 AM   Hotel check-out\n7:45 AM   Shuttle from your hotel (meeting point: lobby)\n9:00 AM - 10:00 AM   Design interview\n10:00 AM - 11:00 AM   Coding interview',
    );
    expect(hotel.interview?.start).toBe('2026-03-12T09:00:00-04:00');
  });

  it("a thread's latest message settles an offered slot only on a day it or the accepting reply names, none declined", async () => {
    const forwarded = (
      latest: string,
      answer: string,
      offer = 'Would Thursday, March 12 at 2:00 PM ET work for a call with Anna Kowal?',
    ) =>
      read(
        [
          'fyi',
          '',
          '---------- Forwarded message ---------',
          'From: Jane Recruiter <jane@acmecorp.example>',
          'Date: Wed, Mar 4, 2026 at 3:00 PM',
          'Subject: Re: Interview',
          'To: Alex Rivera <alex.rivera@example.net>',
          '',
          latest,
          '',
          'On Wed, Mar 4, 2026 at 11:00 AM Alex Rivera <alex.rivera@example.net> wrote:',
          `> ${answer}`,
          '>',
          '> On Wed, Mar 4, 2026 at 9:00 AM Jane Recruiter <jane@acmecorp.example> wrote:',
          `>> ${offer}`,
        ].join('\n'),
        'Fwd: Re: Interview',
        'Alex Rivera <alex.rivera@example.net>',
      );
    // Settled on the day the latest names, or, naming none, on the day the candidate's reply
    // accepted.
    const move =
      'Anna can no longer make Tuesday, sorry - would Thursday, March 12 at 2:00 PM ET work instead for your call with her?';
    for (const [latest, answer, offer] of [
      ["You're all set: Anna will call you on Thursday.", 'Thursday works for me.'],
      ['Legend - locked in for Thursday, talk then!', 'Thursday works.'],
      ["You're all set! See you on Zoom.", 'Thursday the 12th at 2pm suits me well.'],
      ["Great, thank you - I'll send the updated invite shortly.", 'Thursday at 2 suits me.', move],
    ] as const) {
      const settled = await forwarded(latest, answer, offer);
      expect(settled.interview?.start, latest).toBe('2026-03-12T14:00:00-04:00');
    }
    // The candidate declined, or proposed another: nothing is settled by "you're all set".
    for (const answer of [
      "Unfortunately I can't do Thursday. Could we do Friday, March 13 at 11:00 AM ET instead?",
      'Thursday is hard for me; how about Friday?',
    ]) {
      const declined = await forwarded(
        "No problem - you're all set, Anna will call you on Thursday.",
        answer,
      );
      expect(declined.interview?.start ?? null, answer).toBeNull();
    }
    // No day named: which slot is not said.
    const unnamed = await forwarded("You're all set! See you on Zoom.", 'That works.');
    expect(unnamed.interview?.start ?? null).toBeNull();
  });

  it("takes the clock the employer's latest asks for when the user's note says yes to it, on the agreed day", async () => {
    const thread = (note: string) =>
      read(
        [
          note,
          '',
          '---------- Forwarded message ---------',
          'From: Jane Recruiter <jane@acmecorp.example>',
          'Date: Wed, Mar 4, 2026 at 3:00 PM',
          'Subject: Re: Interview',
          'To: Alex Rivera <alex.rivera@example.net>',
          '',
          'Hi Alex, actually - could we make it 3 rather than 2:30? I have a supplier in until then. Sorry for the back and forth!',
          '',
          'On Wed, Mar 4, 2026 at 11:00 AM Alex Rivera <alex.rivera@example.net> wrote:',
          '> Perfect, see you Thursday the 12th at 2:30.',
          '>',
          '> On Wed, Mar 4, 2026 at 9:00 AM Jane Recruiter <jane@acmecorp.example> wrote:',
          '>> Thursday the 12th at 2:30 works for our interview. We are at 12 Quay Street.',
        ].join('\n'),
        'Fwd: Re: Interview',
        'Alex Rivera <alex.rivera@example.net>',
      );
    for (const note of ['Said yes to 3.', 'Told her 3 is fine', 'agreed to 3pm'])
      expect((await thread(note)).interview?.start, note).toBe('2026-03-12T15:00:00-04:00');
    // Without the user's yes to that clock the ask settles nothing, and the thread's own slot was
    // asked to change, so the reader asks.
    for (const note of [
      'fyi',
      'Can I do 3? Checking with work',
      'Neither 3 nor 4 works for me, will push back',
      'Accepted the invite last week. She now wants 3 - cannot do it',
      'agreed to 3am',
      'Will check whether 3 works and confirm',
      'unsure 3 works, asked for 4',
    ])
      expect((await thread(note)).interview?.start ?? null, note).toBeNull();
  });

  it('joins the days of a schedule only when the mail says it spans days', async () => {
    const sessions = (heading: string) =>
      `${heading}Tuesday, March 10\n10:00 - 11:00 AM ET  Technical interview\n\n${heading.replace('1', '2')}Thursday, March 12\n2:00 - 2:45 PM ET  Team lunch chat\n`;
    const twoDays = await read(`Your onsite runs over two days.\n\n${sessions('Day 1 - ')}`);
    expect(twoDays.interview?.start).toBe('2026-03-10T10:00:00-04:00');
    expect(twoDays.interview?.end).toBe('2026-03-12T14:45:00-04:00');
    // "From day one" in prose announces no schedule: the two days stay rival times.
    const prose = await read(`You would own this from day one.\n\n${sessions('')}`);
    expect(prose.interview?.end ?? null).not.toBe('2026-03-12T14:45:00-04:00');
  });

  it('a time to join or log in by leads in to the interview; it is not a second slot', async () => {
    for (const lead of [
      'Please join the meeting by 10:50 AM ET with your ID ready.',
      'Kindly log in by 10:50 AM ET to test your audio.',
      // Time to read a case before the panel is no part of the panel's slot.
      'On arrival you will be given 20 minutes of reading time (from 10:40 AM) to review a case.',
      'Preparation time starts at 10:30 AM ET; the panel will then discuss your plan.',
    ]) {
      const reading = await read(
        `Interview Date: 12-Mar-2026 (Thursday)\nInterview Time: 11:00 AM to 11:45 AM ET\nMode: Microsoft Teams\n${lead}`,
      );
      expect(reading.interview?.start, lead).toBe('2026-03-12T11:00:00-04:00');
    }
  });

  it('a move by an amount keeps the quoted day only; with another day it asks', async () => {
    const thread = (reply: string) =>
      `${reply}\n\nOn Wed, Mar 4, 2026 at 4:20 PM Nadia Brooks <nadia.brooks@quillfeather.example> wrote:\n> Your interview is booked for Tuesday 10 March 2026, 14:00 - 14:45 ET, on Teams.`;
    // Asked for, the move is not made until the user's note says it stands.
    const forwarded = (note: string) =>
      readWithNote(note, thread('Could we start 30 minutes later on Tuesday?'), 'Re: Interview');
    const asked = await read(
      thread('Could we start 30 minutes later on Tuesday?'),
      'Re: Interview',
    );
    expect(asked.kind).toBe('reschedule');
    expect(asked.interview?.start ?? null).toBeNull();
    for (const note of ['later start now', 'Said yes to this', 'agreed'])
      expect((await forwarded(note)).interview?.start, note).toBe('2026-03-10T14:30:00-04:00');
    for (const note of ['Forwarding this now', 'Should I say yes?', 'Will check and confirm', ''])
      expect((await forwarded(note)).interview?.start ?? null, note).toBeNull();
    for (const reply of [
      'Could we move it to Wednesday and start an hour later?',
      'Could we do Thursday instead, and push it back by an hour?',
      'We need to push your interview back by a week and start 30 minutes later.',
    ]) {
      const moved = await read(thread(reply), 'Re: Interview');
      expect(moved.interview?.start ?? null, reply).toBeNull();
    }
  });

  it("a move by an amount moves the message's own slot, written before it", async () => {
    for (const [body, start] of [
      [
        'Your interview on Thursday 5 March at 2pm ET has been pushed back by 30 minutes.',
        '2026-03-05T14:30:00-05:00',
      ],
      [
        'Your interview on Thursday 5 March at 2pm ET needs to be postponed by one hour.',
        '2026-03-05T15:00:00-05:00',
      ],
      [
        'Sorry - your interview on Thursday 5 March at 2pm ET will start an hour later than planned.',
        '2026-03-05T15:00:00-05:00',
      ],
      [
        'Your call on Thursday 5 March at 2pm ET has been delayed by 30 minutes.',
        '2026-03-05T14:30:00-05:00',
      ],
      // By days the clock stays on the wall, across the change to summer time.
      [
        'Your interview on Thursday 5 March at 2pm ET has been postponed by a week.',
        '2026-03-12T14:00:00-04:00',
      ],
      // Both slots written: the one the other moves to.
      [
        'We need to postpone your interview (Thursday 5 March, 2pm ET) by an hour, so it will now start at 3pm ET.',
        '2026-03-05T15:00:00-05:00',
      ],
      [
        'Your 2pm ET interview on Thursday 5 March has been moved 15 minutes earlier, to 1:45pm ET.',
        '2026-03-05T13:45:00-05:00',
      ],
      [
        "I'm afraid we need to bring your interview forward by a day, to Wednesday 4 March, same time (2pm ET).",
        '2026-03-04T14:00:00-05:00',
      ],
      // The slot named inside what is moved, or the meeting as the subject before commas.
      [
        'Dana is running over, so we need to push your 2pm ET on Thursday 5 March back by half an hour.',
        '2026-03-05T14:30:00-05:00',
      ],
      [
        'The interview set for Thursday 5 March, 2pm ET, is delayed by 45 minutes while the panel finishes.',
        '2026-03-05T14:45:00-05:00',
      ],
      // After a word of regret.
      [
        'Unfortunately your interview on Thursday 5 March at 2pm ET has been postponed by a week.',
        '2026-03-12T14:00:00-04:00',
      ],
      // Said to be the new slot already.
      [
        'As of this morning your interview is now on Thursday 5 March at 3pm ET - we had to push it back by an hour.',
        '2026-03-05T15:00:00-05:00',
      ],
      // Opened by a longer word of regret or notice; the meeting named with its people or an aside.
      [
        "I'm sorry to say your interview on Thursday 5 March at 2pm ET has been postponed by a week.",
        '2026-03-12T14:00:00-04:00',
      ],
      [
        'Sadly your interview with Marcus on Thursday 5 March at 2pm ET has to be postponed by a week.',
        '2026-03-12T14:00:00-04:00',
      ],
      [
        'The interview, which was booked for Thursday 5 March at 2pm ET, has been delayed by 30 minutes.',
        '2026-03-05T14:30:00-05:00',
      ],
      [
        'Please note the start time of your interview on Thursday 5 March at 2pm ET has been pushed back by 30 minutes.',
        '2026-03-05T14:30:00-05:00',
      ],
      // A hedge said of something else after the move hedges nothing; someone else's "for the
      // moment", or "for now" after an amount, leaves no postponement open-ended.
      [
        'Your interview on Thursday 5 March at 2pm ET has been pushed back by 30 minutes, as Dana may be running late.',
        '2026-03-05T14:30:00-05:00',
      ],
      // A hope or a question in another clause is said of something else.
      [
        "Hope you're well - we've had to push your interview on Thursday 5 March at 2pm ET back by 30 minutes.",
        '2026-03-05T14:30:00-05:00',
      ],
      [
        "Hope you're well, we've had to push your interview on Thursday 5 March at 2pm ET back by 30 minutes.",
        '2026-03-05T14:30:00-05:00',
      ],
      [
        'Your interview on Thursday 5 March at 2pm ET has, unfortunately, been pushed back by an hour.',
        '2026-03-05T15:00:00-05:00',
      ],
      [
        'Your interview on Thursday 5 March at 2pm ET has been pushed back by an hour - let me know if that causes any problems.',
        '2026-03-05T15:00:00-05:00',
      ],
      [
        'Marcus is tied up in a meeting for the moment, so your interview on Thursday 5 March at 2pm ET is postponed by 30 minutes.',
        '2026-03-05T14:30:00-05:00',
      ],
      [
        "Your interview on Thursday 5 March at 2pm ET has been postponed by an hour for now - I'll confirm if anything else changes.",
        '2026-03-05T15:00:00-05:00',
      ],
    ] as const) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
      expect(reading.kind, body).toBe('reschedule');
      expect(reading.interview?.start, body).toBe(start);
    }
    // Something else slips, or a part of the interview starts later: the slot stands.
    for (const body of [
      'Your interview is on Thursday 5 March at 2pm ET. After a short intro, the technical part will start about 20 minutes later.',
      'Your interview is on Thursday 5 March at 2pm ET. We will begin with introductions and move on to the case study 20 minutes later.',
      'Your interview is on Thursday 5 March at 2pm ET. The start date for the role has been pushed back by two weeks.',
      'Your interview is on Thursday 5 March at 2pm ET. My train was delayed by an hour this morning, hence the late reply.',
      'Your 2pm ET interview on Thursday 5 March is still on. Our team offsite was pushed back by a week.',
      'Your interview is on Thursday 5 March at 2pm ET. The calendar invite was delayed by an hour, sorry - it should be with you now.',
      "Your interview is on Thursday 5 March at 2pm ET. The panel will do introductions, and we'll start the case study 15 minutes later.",
      "Your interview is on Thursday 5 March at 2pm ET. We'd like you to start the written exercise 30 minutes earlier, at 1:30.",
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
      expect(reading.kind, body).toBe('interview');
      expect(reading.interview?.start, body).toBe('2026-03-05T14:00:00-05:00');
    }
    // The slot stated apart from the move may be the old one or the new, and what moves may be
    // another plan or this one: asked, never the old slot stated as fact.
    for (const body of [
      'Your interview is on Thursday 5 March at 2pm ET. We had to move it back by a week from the original date as Dana was travelling.',
      "Your interview is on Thursday 5 March at 2pm ET. We've pushed the earlier candidate's interview back by 30 minutes, so Dana may join a little late.",
      "Your interview is on Thursday 5 March at 2pm ET. Dana's 1pm meeting was moved back an hour, so she'll come straight from that.",
      'Your interview is on Thursday 5 March at 2pm ET. The follow-up call with the wider team has been postponed by a week.',
      'Your follow-up interview on Thursday 5 March at 2pm ET has been pushed back by 30 minutes.',
      'Your interview on Thursday 5 March will be at 3pm ET - we had to push it back an hour, sorry.',
      "We need to push your interview with Dana's team on Thursday 5 March at 2pm ET back by an hour.",
      'Your interview on Thursday 5 March at 2pm ET is confirmed; we have pushed the team social after your interview back by an hour.',
      // An aside after the slot may say it is the new one.
      'Your interview is on Thursday 5 March at 3pm ET (we pushed it back an hour).',
      'Your interview with Dana on Thursday 5 March at 3pm ET, which we had to push back by an hour, will be on Zoom.',
      // Only possible, or asked for: not yet made.
      'We may need to push your interview on Thursday 5 March at 2pm ET back by 30 minutes. I will confirm tomorrow.',
      "Your interview on Thursday 5 March at 2pm ET could be pushed back by 30 minutes, depending on Dana's flight.",
      'Would it be possible to push your interview on Thursday 5 March at 2pm ET back by an hour?',
      'Is there any chance we could move your interview on Thursday 5 March at 2pm ET an hour later?',
      // Hoped for, or waiting on the candidate's yes.
      'Hoping we can move your interview on Thursday 5 March at 2pm ET an hour later - Dana has a clash.',
      'I was wondering if we could push your interview on Thursday 5 March at 2pm ET back by an hour.',
      'Let me know if we can push your interview on Thursday 5 March at 2pm ET back by 30 minutes.',
      'We want to push your interview on Thursday 5 March at 2pm ET back by an hour, if you are OK with that.',
      'Dana has asked whether we could push your interview on Thursday 5 March at 2pm ET back by 30 minutes.',
      'Ideally we would push your interview on Thursday 5 March at 2pm ET back by an hour, assuming you are free.',
      "We'd prefer to start your interview on Thursday 5 March at 2pm ET 30 minutes later, provided that's OK with you.",
      // The hedge set off by commas, or said as a wish or a proposal.
      'We may, however, have to push your interview on Thursday 5 March at 2pm ET back by an hour.',
      'Perhaps, given the weather, we could push your interview on Thursday 5 March at 2pm ET back by 30 minutes.',
      'Ideally, we would move your interview on Thursday 5 March at 2pm ET an hour later.',
      'Please let me know whether we can push your interview on Thursday 5 March at 2pm ET back by an hour.',
      "We're thinking of pushing your interview on Thursday 5 March at 2pm ET back by 30 minutes.",
      'Dana would like to push your interview on Thursday 5 March at 2pm ET back by an hour.',
      'We are proposing to move your interview on Thursday 5 March at 2pm ET 30 minutes later.',
      'Provided that works for you, we will push your interview on Thursday 5 March at 2pm ET back by an hour.',
      // A start moved in a sentence apart from the slot ("the start" is no verb of its own).
      'Your interview on Thursday 5 March at 2pm ET will go ahead. Please note that the start has been pushed back by 30 minutes.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
      expect(reading.interview?.start ?? null, body).toBeNull();
    }
  });

  it('reads a bare number before a clock as a count when no range fits', async () => {
    const forward = [
      'From: Alex Rivera <alex.rivera@example.net>',
      'To: interviews@followup.example.com',
      'Subject: Fwd: Quick chat on 16/03',
      'Date: Tue, 9 Mar 2027 08:05:04 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Call next Tues - 11am my time that week.',
      '',
      '---------- Forwarded message ---------',
      'From: Eilidh Ross <eilidh.ross@firthline.example>',
      'Date: Mon, Mar 8, 2027 at 9:20 AM',
      'Subject: Quick chat on 16/03',
      'To: Alex Rivera <alex.rivera@example.net>',
      '',
      'Shall we say Tuesday 16/03/2027 at 15:00 UK time for a first chat with Moira? It should take about 45 minutes.',
      '',
      "Your clocks go forward this Sunday (14th), but ours don't change until Sunday 28th. So for those two weeks we're only 4 hours apart rather than the usual 5 - 15:00 here will be 11:00 for you.",
      '',
      'Eilidh',
      '--',
      'Eilidh Ross, Talent Partner',
      'Firthline, Leith, Edinburgh EH6 6QW',
    ].join('\n');
    const { reading } = await understandMessage(forward, { defaultTimezone: 'America/New_York' });
    expect(reading.interview?.start).toBe('2027-03-16T15:00:00+00:00');
    const range = await read(
      'Hi Alex,\n\nYour interview is on Tuesday 10 March from 10 - 11:30 ET.\n\nJane',
    );
    expect(range.interview?.start).toBe('2026-03-10T10:00:00-04:00');
    expect(range.interview?.end).toBe('2026-03-10T11:30:00-04:00');
  });

  it('a time that ends something else is never the start; its day still holds the new time', async () => {
    const thread = (reply: string) =>
      `${reply}\n\nOn Wed, Mar 4, 2026 at 4:20 PM Nadia Brooks <nadia.brooks@quillfeather.example> wrote:\n> Your interview is booked for Tuesday 10 March 2026, 14:00 - 14:45 ET, on Teams.`;
    const moved = await read(
      thread(
        "Our director now has a site walk that runs until 2pm on Tuesday 10 March, so we've pushed your interview to 2.30pm - 3.15pm. Same Teams link.",
      ),
      'Re: Interview',
    );
    expect(moved.interview?.start).toBe('2026-03-10T14:30:00-04:00');
    const open = await read(
      'Your interview is on Friday, March 6 at 10am ET. Our lobby is staffed until 6pm on Friday.',
    );
    expect(open.interview?.start).toBe('2026-03-06T10:00:00-05:00');
  });

  it("asks whose clock 'local time' is when someone sits on another clock than the writer's", async () => {
    const reading = await read(
      [
        'Hi Alex,',
        '',
        'Your interview with Wade, our plant manager, is confirmed. The details are below.',
        '- When: Tuesday, November 10 at 10:00 AM local time',
        '- Where: Microsoft Teams - Wade is on site at our gas plant outside Fort St. John all week',
        '',
        'Best,',
        'Jane Recruiter',
        'Talent Partner, Acme Corp',
        '1055 West Georgia Street, Vancouver, BC V6E 3P3',
      ].join('\n'),
    );
    expect(reading.interview?.start ?? null).toBeNull();
    expect(reading.interview?.format).toBe('video');
  });

  it("a reply that gives only a new clock keeps its thread's day; a clock that changes nothing moves nothing", async () => {
    const forwarded = (reply: string, from = 'Jane Recruiter <jane@acmecorp.example>') =>
      read(
        [
          'fyi',
          '',
          '---------- Forwarded message ---------',
          `From: ${from}`,
          'Date: Wed, Mar 4, 2026 at 3:00 PM',
          'Subject: Re: Interview',
          'To: Alex Rivera <alex.rivera@example.net>',
          '',
          reply,
          '',
          'On Wed, Mar 4, 2026 at 9:00 AM Jane Recruiter <jane@acmecorp.example> wrote:',
          '> Your interview is booked for Tuesday 10 March 2026, 14:00 - 14:45 ET, on Teams.',
        ].join('\n'),
        'Fwd: Re: Interview',
        'Alex Rivera <alex.rivera@example.net>',
      );
    for (const [reply, start] of [
      [
        'Apologies, my email said 2pm but the Teams invite is for 2.30pm. 2.30pm is the correct time.',
        '2026-03-10T14:30:00-04:00',
      ],
      ["We've had to move it to 3:15 PM, same link.", '2026-03-10T15:15:00-04:00'],
    ] as const) {
      expect((await forwarded(reply)).interview?.start, reply).toBe(start);
    }
    // Asked, not said; a time to log in or arrive by; a clock that changes nothing; the
    // candidate's own word.
    for (const [reply, from] of [
      ['Would it be possible to move it to 4pm instead? I have a clash.', undefined],
      ['Small change: please log in at 1:50pm so we can test the link.', undefined],
      [
        'Quick change - Sarah is joining instead of Tom. Please be in the lobby at 1:45pm.',
        undefined,
      ],
      ["Thanks! I'll be online from 1:45pm in case you want to test the link.", undefined],
      ["Sorry, I've had to move it to 4pm on my side.", 'Alex Rivera <alex.rivera@example.net>'],
    ] as const) {
      const reading = await forwarded(reply, from);
      expect([null, undefined, '2026-03-10T14:00:00-04:00'], reply).toContain(
        reading.interview?.start,
      );
    }
  });

  it('never confirms one of several proposed slots', async () => {
    const reading = await read(
      'Would Tuesday, March 10 at 10am or Wednesday, March 11 at 3pm ET work for you?',
    );
    expect(reading.interview?.start ?? null).toBeNull();
    // A slot asked for, and another offered beside it: neither is confirmed.
    for (const body of [
      'Would Thursday 19 March at 16:00 CET work for you? If not, Friday 20 March at 15:00 CET is also open.',
      'Could you do Thursday 19 March at 16:00 CET? Friday 20 March at 15:00 CET is also possible.',
      'Could we do Thursday 19 March at 4pm ET? Alternatively, Friday 20 March at 3pm ET.',
      'Could you do Thursday 19 March at 4pm ET? Otherwise Friday 20 March at 3pm ET also works.',
      "Could you do Thursday 19 March at 4pm ET? If that's tricky, Friday 20 March at 3pm ET works too.",
      'Can you make Thursday 19 March at 4pm ET? I also have Friday 20 March at 3pm ET free.',
      'Would Thursday 19 March at 4pm ET suit? Failing that, Friday 20 March at 3pm ET.',
      'Does Thursday 19 March at 4pm ET work? Or Friday 20 March at 3pm ET?',
      "Could you do Thursday 19 March at 4pm ET? If Thursday's no good, Friday 20 March at 3pm ET is an option.",
      'Could you do Thursday 19 March at 4pm ET? Can also do Friday 20 March at 3pm ET.',
      "Could you do Thursday 19 March at 4pm ET? If that time's bad for you, we could do Friday 20 March at 3pm ET.",
      'Could you do Thursday 19 March at 4pm ET? Another possibility would be Friday 20 March at 3pm ET.',
      'Could you do Thursday 19 March at 4pm ET? Or if you prefer, Friday 20 March at 3pm ET.',
      // Another slot said plainly after the one asked, without a word that books either.
      'Could you do Thursday 19 March at 4pm ET? Friday 20 March at 3pm ET would also be fine.',
      "Could you do Thursday 19 March at 4pm ET? There's also Friday 20 March at 3pm ET.",
      "Would Thursday 19 March at 4pm ET suit? Dana's free on Friday 20 March at 3pm ET too.",
      'Could you do Thursday 19 March at 4pm ET? Should Thursday not suit, Friday 20 March at 3pm ET.',
      "Can you make Thursday 19 March at 4pm ET? If 4pm doesn't work, Friday 20 March at 3pm ET.",
      "Could you do Thursday 19 March at 4pm ET? Happy to do Friday 20 March at 3pm ET if that's easier.",
      'Could you do Thursday 19 March at 4pm ET? Second choice would be Friday 20 March at 3pm ET.',
    ])
      expect((await read(body)).interview?.start ?? null, body).toBeNull();
    // One slot offered, and restated on the user's clock, is one slot: the user's yes settles it.
    const offer =
      "How does Tuesday 24 March at 1pm NZ time suit? If I've got the maths right that's 11am in Sydney.";
    expect((await read(offer)).interview?.start ?? null).toBeNull();
    const answered = async (note: string) =>
      (await readWithNote(note, offer)).interview?.start ?? null;
    expect(await answered('Said yes to this one.')).toBe('2026-03-24T13:00:00+13:00');
    for (const note of [
      'I replied yes',
      'Agreed.',
      'I confirmed',
      'Yes - confirmed',
      "I've accepted the invite",
      'All good, accepted',
      'Told Jane that works for me',
      'Yep, that works for me',
      'Booked it',
    ])
      expect(await answered(note), note).toBe('2026-03-24T13:00:00+13:00');
    for (const note of [
      'Should I say yes?',
      'Not sure this works for me.',
      'Forwarding this now',
      "Haven't confirmed yet",
      "Agreed to send my portfolio first, they'll confirm time after",
      'Confirmed I am still interested',
      'Said yes but asked whether we could make it a bit later',
      'Said yes, they still have to check with Dana',
      'Need to check my calendar now',
      'Tentatively accepted it',
      'Said yes, pending Dana confirming',
      'Accepted it provisionally until I hear from my manager',
      'Agreed to it in principle',
      'Said yes to lunch with the team afterwards',
      "I'll reply later, now boarding a flight",
      'Accepted it, then they cancelled',
      'Told them that works, waiting to hear back',
      "I'm done with this company honestly",
    ])
      expect(await answered(note), note).toBeNull();
    // A slot agreed that "also works" for someone is no second choice.
    expect(
      (await read('Thursday 19 March at 4pm ET it is - that also works for Dana. See you then!'))
        .interview?.start,
    ).toBe('2026-03-19T16:00:00-04:00');
    // One slot asked for alone is what the user forwarded as agreed.
    expect((await read('Could we do Thursday 19 March at 4pm ET?')).interview?.start).toBe(
      '2026-03-19T16:00:00-04:00',
    );
  });

  it("names a zone written by its old tz name by today's", async () => {
    const reading = await read(
      'Interview confirmed.\nDate & Time : Thursday 5 March 2026, 11:30 AM - 12:30 PM (Asia/Calcutta)',
    );
    expect(reading.interview?.start).toBe('2026-03-05T11:30:00+05:30');
    expect(reading.interview?.timezone).toBe('Asia/Kolkata');
  });
});

describe('people and employer', () => {
  it('takes no given name of someone the headers name for the employer', async () => {
    const reading = await read(
      "You'd meet with Greg and with Lena Petrakis on Tuesday, March 10 at 10am ET for the onsite interview. Greg is looking forward to meeting you, and you will meet with Greg first.",
      'Onsite interview',
      'Greg Hollenkamp <greg@acmecorp.example>',
    );
    // Nothing else names the employer (the domain alone is too weak to state): asked.
    expect(reading.interview?.company ?? null).toBeNull();
    expect(reading.missing).toContain('company');
  });

  it("reads the employer a recruiter's signature names under their title, from a tracker's domain", async () => {
    /** Alex forwards `from`'s mail `body` headed `subject`. */
    const forwarded = async (from: string, subject: string, body: string) =>
      (
        await understandMessage(
          [
            'From: Alex Rivera <alex.rivera@example.net>',
            'To: interviews@followup.example.com',
            `Subject: Fwd: ${subject}`,
            'Date: Mon, 2 Mar 2026 10:30:00 -0500',
            'Content-Type: text/plain; charset=utf-8',
            '',
            '---------- Forwarded message ---------',
            `From: ${from}`,
            'Date: Mon, Mar 2, 2026 at 10:00 AM',
            `Subject: ${subject}`,
            'To: Alex Rivera <alex.rivera@example.net>',
            '',
            body,
          ].join('\n'),
          { defaultTimezone: 'America/New_York' },
        )
      ).reading;
    const reading = await forwarded(
      'Niamh Kelleher <niamh.kelleher@inbound.teamtailor-mail.example>',
      'Interview booked: Pastry Chef at Brightmoor Kitchens',
      'Hi Alex,\n\nYour interview is booked for Tuesday, March 10 at 3pm ET on Zoom with Ruth Adeyemi.\n\nBest wishes,\nNiamh Kelleher\nTalent Acquisition Partner\nBrightmoor Kitchens\nLeeds, UK',
    );
    expect(reading.interview?.company).toBe('Brightmoor Kitchens');
    expect(reading.sources?.company).toBe('signature');
    // The candidate's own signature names their employer, never the one they apply to.
    const own = await forwarded(
      'Alex Rivera <alex.rivera@example.net>',
      'Interview: Product Lead, Globex Systems referral',
      'Tuesday, March 10 at 3pm ET on Zoom works for me.\n\nBest,\nAlex Rivera\nSenior Product Manager\nGlobex Systems',
    );
    expect(own.interview?.company ?? null).not.toBe('Globex Systems');
  });

  it("takes no host's name for the employer from a booking tool's 'Name via Tool' sender", async () => {
    const reading = await read(
      [
        'Your meeting has been booked.',
        '',
        'Intro Call - Senior Product Analyst',
        'Larchmont Health Analytics',
        '',
        'When',
        'Thursday, March 5, 2026',
        '10:00 AM - 10:30 AM (GMT-05:00) Eastern Time - New York',
        '',
        'Host',
        'Kayla Brandt, Technical Recruiter',
      ].join('\n'),
      'Confirmed: Intro Call - Senior Product Analyst with Kayla Brandt',
      'Kayla Brandt via Chili Piper <no-reply@chilipiper.example>',
    );
    // Nothing here ties "Larchmont Health Analytics" to the employer's address: asked, not guessed.
    expect(reading.interview?.company).toBeNull();
    expect(reading.missing).toContain('company');
  });

  it('takes the organisation a search firm names beside the role in its subject, not the firm', async () => {
    const body = [
      'Dear Alex,',
      '',
      'The Harrowgate Foundation panel would like to see you for the final stage on Thursday 12 March at 2pm ET, at their offices.',
      '',
      'Lena Marsh',
      'Partner',
      'Fennick Hale Search',
    ].join('\n');
    const from = 'Lena Marsh <lena.marsh@fennickhalesearch.example>';
    const searched = await read(
      body,
      'Harrowgate Foundation – Director of Finance – final panel',
      from,
    );
    expect(searched.interview?.company).toBe('Harrowgate Foundation');
    // No role beside it: the subject may name anything.
    // A recruiter's firm may name a bare brand.
    const brand = await read(
      'Hi Alex,\n\nYour interview with Stripe is on Thursday 12 March at 2pm ET.\n\nTom',
      'Stripe - Senior Engineer - Interview',
      'Tom Hale <tom@hunterssearch.example>',
    );
    expect(brand.interview?.company).toBe('Stripe');
    const bare = await read(body, 'Harrowgate Foundation – final panel', from);
    expect(bare.interview?.company ?? null).toBeNull();
    // An in-house recruiter's subject that opens with a team, whatever the firm's name says.
    for (const [team, role, address] of [
      ['Applied AI', 'Research Scientist', 'jane@brightfieldresearch.example'],
      ['Public Sector', 'Senior Consultant', 'jane@harborconsulting.example'],
      ['Wealth Management Trust', 'Relationship Manager', 'jane@northwindbank.example'],
    ]) {
      const own = await read(
        `Hi Alex,\n\nYour interview with the ${team} team is on Thursday 12 March at 2pm ET.\n\nJane`,
        `${team} - ${role} - interview`,
        `Jane Recruiter <${address}>`,
      );
      expect(own.interview?.company ?? null, team).not.toBe(team);
    }
    // An in-house recruiter's subject that opens with the candidate, a team or a place.
    for (const opening of ['Alex Rivera', 'Global Markets', 'London', 'Platform Engineering']) {
      const own = await read(
        `Hi Alex,\n\nYour interview with ${opening === 'London' ? 'our London team' : 'us'} is on Thursday 12 March at 2pm ET.\n\n${opening}\nJane Recruiter\nAcme Corp`,
        `${opening} – Senior Engineer – Interview`,
      );
      expect(own.interview?.company, opening).not.toBe(opening);
    }
  });

  it("takes no member's name for the employer from a network's 'Name via Network' notification", async () => {
    const reading = await read(
      [
        'Marguerite Osei',
        'Talent Acquisition Partner at Fernhill Logistics',
        'Leeds, England, United Kingdom',
        '',
        'Hi Alex, lovely to chat earlier. Your interview for the Planning Analyst role is booked for Tuesday, March 10 at 3pm ET on Teams.',
        '',
        'Marguerite',
      ].join('\n'),
      'Marguerite just messaged you',
      'Marguerite Osei via Socialnet <messages-noreply@socialnet.example>',
    );
    expect(reading.interview?.company ?? null).not.toBe('Marguerite Osei');
    expect(reading.interview?.company).toBe('Fernhill Logistics');
  });

  const signed = (body: string, signature: string) =>
    read(
      `Hi Alex,\n\n${body}\n\nJane Smith\n${signature}`,
      'Interview',
      'Jane Smith <jane.smith.recruits@gmail.com>',
    );

  it('reads names before the verb and titles before the name', async () => {
    const before = await signed(
      'Dana Lee and Sam Fox will be interviewing you on Thursday, March 5 at 1pm ET over Zoom.',
      'Talent Partner, Acme Robotics',
    );
    expect(before.interview?.interviewers.map((p) => p.name)).toEqual(['Dana Lee', 'Sam Fox']);
    const title = await signed(
      'Your interview on Thursday, March 5 at 1pm ET is with our Engineering Manager, Dana Lee.',
      'Recruiter at Acme Robotics',
    );
    expect(title.interview?.interviewers).toEqual([{ name: 'Dana Lee', email: null }]);
  });

  it("names the employer from a Gmail recruiter's signature, never the recruiter's title as the role", async () => {
    const reading = await signed(
      'Your interview is on Thursday, March 5 at 1pm ET.',
      'Recruiter at Acme Robotics',
    );
    expect(reading.interview).toMatchObject({ company: 'Acme Robotics', role: null });
    const interest = await signed(
      'Thank you for your interest in Bluefin Robotics. Your video interview is on Monday, March 9 at 11am ET.',
      '',
    );
    expect(interest.interview?.company).toBe('Bluefin Robotics');
  });

  it('reads a stated decision window from the interview day, taking the later bound', async () => {
    const reading = await signed(
      'You should hear back within 3-5 business days after your interview on Thursday, March 5 at 1pm ET.',
      'Recruiter, Acme Robotics',
    );
    expect(reading.interview?.decisionBy).toBe('2026-03-12');
  });
});

describe('interviewers nobody names', () => {
  it('are none, with no confidence', async () => {
    const reading = await read(
      'Hi Alex, your video interview is confirmed for Thursday, March 12 at 2pm ET.',
    );
    expect(reading.interview?.interviewers).toEqual([]);
    expect(reading.confidence?.interviewers ?? 0).toBe(0);
  });
});

describe('employer replies', () => {
  it.each([
    [
      'Thank you for interviewing with us on March 3 at 2pm. Unfortunately we will not be moving forward with your candidacy.',
      'rejection',
    ],
    ["Unfortunately, we've decided to move forward with other candidates.", 'rejection'],
    ['We regret to inform you that the position has been filled.', 'rejection'],
    ['Unfortunately the role has now been filled.', 'rejection'],
    ['We have now appointed someone else to the post.', 'rejection'],
    // Someone else chosen, said plainly, under a tracker's "do not reply" footer.
    [
      'After careful review the panel has selected another candidate for this post. This is an automated message, please do not reply.',
      'rejection',
    ],
    [
      "We're still interviewing. If the hiring manager has selected another candidate by Friday, I'll let you know.",
      'neutral',
    ],
    // As Australian and British employers write it.
    [
      'After careful consideration, we regret to advise that on this occasion you have not been successful in progressing to the next stage.',
      'rejection',
    ],
    ['I am sorry to let you know that your application has not been successful.', 'rejection'],
    [
      "I'm sorry to let you know that we won't be progressing your application further. I'm happy to talk you through feedback on Thursday at 2pm ET.",
      'rejection',
    ],
    ['We are not progressing your application at this stage.', 'rejection'],
    // An offer made to someone else, never saying "unfortunately".
    [
      'After a lot of discussion, the team has decided to extend an offer to another candidate.',
      'rejection',
    ],
    ['We made an offer to another candidate last week.', 'rejection'],
    // An appointment made, as British employers write it.
    ["I wanted to let you know that we've now appointed to the role.", 'rejection'],
    ['The panel has appointed another candidate, whose experience was closer.', 'rejection'],
    ['I am writing to let you know that the post has now been filled.', 'rejection'],
    // Filled from within, said plainly.
    ["We've decided to fill the Support Analyst position internally.", 'rejection'],
    ['The role has been filled internally, I am sorry to say.', 'rejection'],
    [
      'We have decided to offer the position to a candidate whose experience is a closer match.',
      'rejection',
    ],
    // The same news written abroad.
    [
      'Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.',
      'rejection',
    ],
    ['Nous sommes au regret de ne pas pouvoir donner suite à votre candidature.', 'rejection'],
    ['Tras valorarlo, hemos decidido continuar con otros candidatos.', 'rejection'],
    [
      'It was a close call, but we have decided to progress with another candidate whose experience more closely matches.',
      'rejection',
    ],
    [
      'After careful thought we have decided to continue the selection with applicants whose background fits the role more closely.',
      'rejection',
    ],
    // Through to the next stage, its sessions offered for the candidate to book: no meeting yet.
    [
      "Good news: you've been successful at this stage, and we'd like you to attend an assessment day. Sessions run on Monday 8 March, 9am - 1pm, or Tuesday 9 March, 9am - 1pm; please book one via the portal by Friday.",
      'advance',
    ],
    // Candidates "who" or "whose" may include the reader: no rejection.
    [
      'We have decided to move forward with candidates who did well in the technical test, and you are one of them. Could you send me your availability for the next round?',
      'advance',
    ],
    [
      "We've decided to continue the process with candidates whose experience matches the role more closely, and I'm delighted to say that includes you. Could you send me your availability for the next round?",
      'advance',
    ],
    ['We are pleased to offer you the position of Data Analyst!', 'offer'],
    // An owner's own words, and the job named between "the" and "job".
    [
      "Everyone loved working with you on Tuesday. I'd love to offer you the Shift Lead job - could you let me know by Friday?",
      'offer',
    ],
    ['So, we want to offer you the Senior Barista role, starting Monday 3 August.', 'offer'],
    // Someone else, however described, has the job.
    [
      "In the end we've offered the Producer job to someone with a bit more studio experience. I'm sorry it isn't better news.",
      'rejection',
    ],
    ['We have decided to offer the role to somebody else on this occasion.', 'rejection'],
    // The next round, with words between "final" and "round".
    [
      'The feedback was positive, and we would like to take your candidature forward to the final techno-managerial round with our CTO. HR will be in touch to fix a slot.',
      'advance',
    ],
    // The job, a post or the chance to join; not one still to be interviewed for, nor refused.
    [
      'We are delighted to offer you the post of Staff Nurse (full time, band 5). Please confirm by Friday.',
      'offer',
    ],
    ['We are thrilled to offer you the opportunity to join Acme as our new Data Analyst!', 'offer'],
    ['Sadly we will not be able to offer you the role.', 'rejection'],
    [
      'Unfortunately, after careful consideration, we have decided not to offer you the Data Analyst role.',
      'rejection',
    ],
    ["I'd like to invite you to a second interview. Are you available Thursday at 2pm?", 'advance'],
    [
      "Lena enjoyed your conversation and we'd like to move you forward to our final round. Our coordinator will send a link to pick a time.",
      'advance',
    ],
    [
      'We are pleased to inform you that you have successfully cleared the Technical Round 2. We will share the date of the final discussion shortly.',
      'advance',
    ],
    [
      'The team would like to schedule a second interview. Please share your availability for next week.',
      'advance',
    ],
    [
      "They'd like to invite you back for a second and final interview with their CFO, in person. They're looking at the week of 8 March - could you send me a few times that suit?",
      'advance',
    ],
    [
      'Thank you for your application. Your application has been received and is under review.',
      'auto-ack',
    ],
    [
      "We're still reviewing candidates and will get back to you by the end of next week.",
      'neutral',
    ],
    // Still seeing others, no decision yet, a day to hear by: neither news nor a no.
    [
      "We've got two more people to see this week, so we won't have a decision for a few more days yet. We're aiming to let everyone know by the 17th.",
      'neutral',
    ],
    [
      "The panel enjoyed meeting you. We're not quite at a decision yet, and I'll reach out as soon as I know more.",
      'neutral',
    ],
    [
      "We've got two more people coming in next week, and then we'll make a call. I'd expect to have an answer for you by the end of the month.",
      'neutral',
    ],
    ["Thanks for your patience. We'll come back to you once we have a decision.", 'neutral'],
    // A search firm's holding note, and its word that the panel chose someone else.
    [
      'The board meets on Thursday 12 March, and I expect to be able to call you with an outcome the day after.',
      'neutral',
    ],
    [
      'The panel met yesterday and has decided to recommend another candidate to the board for appointment. It was a close decision.',
      'rejection',
    ],
    [
      'After careful consideration the panel has decided to select another candidate and will share feedback with you next week.',
      'rejection',
    ],
    [
      'I regret to advise that on this occasion you have not been recommended for the role.',
      'rejection',
    ],
    [
      "Thanks for checking in. Applications have not been shortlisted yet as the advert only closed on Friday. I'll be in touch either way.",
      'neutral',
    ],
    // An automatic reply for a team, or for someone by name, is one still.
    [
      'Thank you for your email. We are out of the office until Monday, March 9 and will respond to your message when we return.',
      'out-of-office',
    ],
    ['Dana Lee is currently out of the office and will respond on her return.', 'out-of-office'],
    [
      'Thank you for your email. I am currently travelling and out of the office until Monday 9 March, with patchy email.',
      'out-of-office',
    ],
    [
      'Jane Doe is out of the office until Monday 9 March. For urgent matters please contact hr@acme.example.',
      'out-of-office',
    ],
    [
      "Thanks for writing. I'm out of the office until Monday 9 March with no access to email.",
      'out-of-office',
    ],
    [
      'Out of the office until Monday 9 March. For urgent matters please contact hr@acme.example.',
      'out-of-office',
    ],
    // Someone else away is news of the wait, not the writer's automatic reply.
    [
      "Our CFO wants to review the finalists' work herself, and she is out of the office until Wednesday, March 11, so we won't have news before the week of March 16. I'll be in touch either way.",
      'neutral',
    ],
    [
      "The hiring manager is out of the office until Wednesday, March 11, so we won't have news before the week of March 16. I'll be in touch either way.",
      'neutral',
    ],
    [
      "Quick update: Priya is out of the office until Monday 9 March, so I'll be in touch with feedback the week after.",
      'neutral',
    ],
    [
      "Sorry for the slow reply - the whole team is out of the office this week at an offsite. I'll be in touch on Monday.",
      'neutral',
    ],
    [
      "Our director will be out of the office until Thursday, so we won't have a decision until next week.",
      'neutral',
    ],
    [
      "I've had feedback from the client. They liked you, but they've decided to offer the Management Accountant role to the other finalist.",
      'rejection',
    ],
    [
      'The panel has decided to give the Finance Analyst position to another applicant with more audit experience.',
      'rejection',
    ],
    [
      'The team meets on Tuesday to decide, so you should hear from me by Wednesday 3/11 at the latest, either way.',
      'neutral',
    ],
    // Real offers, conditions and all.
    [
      'I am delighted to make you an offer of employment as Senior Analyst, subject to references.',
      'offer',
    ],
    ['This offer of employment is subject to satisfactory references.', 'offer'],
    // A delay that opens with "Unfortunately" is still no rejection.
    [
      "Unfortunately our decision is going to take a little longer than we'd planned. I expect to be back in touch with everyone by the end of the month.",
      'neutral',
    ],
  ])('%j -> %s', async (body, replyClass) => {
    const reading = await read(`Hi Alex,\n\n${body}\n\nJane`, 'Update');
    expect(reading).toMatchObject({ kind: 'employer-reply', reply: { class: replyClass } });
  });

  it("is the meeting's cancellation where it calls one off because the role is gone", async () => {
    const reading = await read(
      "Hi Alex,\n\nSorry to do this - we've decided to fill the role internally, so I need to cancel our call on Thursday 5 March at 2pm ET.\n\nJane",
      'Cancelled: intro call',
    );
    expect(reading.kind).toBe('cancellation');
    expect(reading.interview?.start).toBe('2026-03-05T14:00:00-05:00');
  });

  it('is a cancellation when a meeting is postponed with no new time, and a move when it is postponed to one', async () => {
    for (const body of [
      "I'm very sorry to let you know that we need to postpone your interview on Tuesday 10 March at 14:15. The chair of the panel is unwell. I will be in touch early next week with some alternative dates.",
      'Your interview on Tuesday 10 March at 2:15pm ET has been postponed, as the panel chair is unwell. We will send new dates shortly.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJoanne`, 'Interview on Tuesday 10 March');
      expect(reading.kind, body).toBe('cancellation');
      expect(reading.interview?.start?.slice(0, 10), body).toBe('2026-03-10');
    }
    // Someone's other plans postponed, or the interview pushed back by a length or to a clock.
    for (const body of [
      'The team meeting has been postponed, so your interview on Thursday 12 March at 2pm ET can go ahead.',
      'Our CEO meeting was postponed, so the interview on Thursday 12 March at 2pm ET goes ahead as planned.',
      'The call I mentioned has been postponed; your interview stays on Thursday 12 March at 2pm ET.',
      'The call with Priya on Friday at 10am has been postponed, but the interview remains on Thursday 12 March at 2pm ET.',
      'Your interview is on Thursday 12 March at 2pm ET on Zoom. The session with Priya has been postponed, so it is just me.',
      'Your interview is on Thursday 12 March at 2pm ET. The meeting with the hiring manager you asked about has been postponed, so it will be the panel only.',
      'We had to postpone the team offsite, but your interview on Thursday 12 March at 2pm ET goes ahead as planned.',
      'I am postponing my leave so that I can be at your interview on Thursday 12 March at 2pm ET.',
      'The call with Priya on Friday at 10am has been postponed, but your interview remains on 12 March at 2pm ET.',
      'The call with Priya on Friday at 10am has been postponed, but your interview remains on track for Thursday 12 March at 2pm ET.',
      'Our offsite has been postponed, but the interview remains as is: Thursday 12 March at 2pm ET.',
      'The team lunch was postponed; your interview will still take place on Thursday 12 March at 2pm ET.',
      'The call with Priya on Friday at 10am has been postponed, but the interview can still go ahead on Thursday 12 March at 2pm ET.',
      'The call with Priya on Friday at 10am has been postponed, but your interview still goes ahead on Thursday 12 March at 2pm ET, when Marcus is back.',
      'The call with Priya on Friday at 10am has been postponed, but your interview will proceed as normal on Thursday 12 March at 2pm ET.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJoanne`, 'Interview');
      expect(reading.kind, body).toBe('interview');
    }
    for (const [body, start] of [
      [
        'Your interview on Thursday 12 March has been postponed by one hour. It will now start at 3pm ET.',
        '2026-03-12T15:00:00-04:00',
      ],
      [
        'Your interview has been postponed to 14:00 ET on Thursday 12 March.',
        '2026-03-12T14:00:00-04:00',
      ],
    ] as const) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJoanne`, 'Interview');
      expect(reading.kind, body).toBe('reschedule');
      expect(reading.interview?.start, body).toBe(start);
    }
    // The candidate's call, screen or meeting postponed is called off too.
    for (const body of [
      'Your interview on Thursday 12 March at 2pm ET has been postponed and the new date remains to be confirmed.',
      "I'm sorry we can't go ahead as planned: your interview on Thursday 12 March at 2pm ET has been postponed.",
      'The Thursday interview (12 March at 2pm ET) has been postponed. New dates to follow.',
      'Your interview on Thursday 12 March at 2pm ET has been postponed; the Zoom link stays valid for the new slot.',
      'Your interview on Thursday 12 March at 2pm ET has been postponed and the interview remains on hold until the budget is approved.',
      "Unfortunately the call on Thursday 12 March at 2pm ET has been postponed as Maria is unwell. I'll be in touch with a new time.",
      'We have to postpone the screen on Thursday 12 March at 2pm ET. New time to follow.',
      "I'm afraid the meeting with Fiona on Thursday 12 March at 2pm ET has been postponed.",
      // Someone else's delay, or a postponement with no end, moves nothing.
      "Marcus's flight was delayed by a day. I'm afraid your interview on Thursday 12 March at 2pm ET has been postponed.",
      "We've been delayed by two weeks on budget sign-off, so your interview on Thursday 12 March at 2pm ET is postponed until further notice.",
      "We were pushed back by a week on approvals, so I'm sorry but your interview on Thursday 12 March at 2pm ET is postponed for now.",
      'We need to put your interview on Thursday 12 March at 2pm ET on hold while the role is reviewed.',
      'Your interview on Thursday 12 March at 2pm ET is delayed until further notice.',
      // The interview's format or panel stays, or it goes ahead only once something happens.
      'Your interview on Thursday 12 March at 2pm ET has been postponed, though the interview format remains the same.',
      'Your interview on Thursday 12 March at 2pm ET has been postponed; the interview will go ahead once Marcus is back from leave.',
      'Your interview on Thursday 12 March at 2pm ET is postponed - we still hope the interview can go ahead later this month.',
      'Your interview on Thursday 12 March at 2pm ET has been postponed - the interview panel stays the same, we just need a new date.',
      'Your interview on Thursday 12 March at 2pm ET has been postponed, but the interview will still take place later this month.',
      'Your interview on Thursday 12 March at 2pm ET has been postponed, although the interview location remains the same.',
      'Your interview on Thursday 12 March at 2pm ET has been postponed - the interview is still on, just not this week.',
      'Your interview on Thursday 12 March at 2pm ET has been postponed, but the interview stays a priority for us.',
      'Your interview on Thursday 12 March at 2pm ET has been postponed, but the interview will still go ahead, just on a different day.',
      // Going ahead only in a sentence of its own, which may be about another time.
      'Your interview on Thursday 12 March at 2pm ET has been postponed. We will be in touch about when the interview can go ahead.',
      "Your interview on Thursday 12 March at 2pm ET has been postponed. I'm sorry the interview can't go ahead as planned.",
      'We need to postpone our meeting on Thursday 12 March at 2pm ET.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJoanne`, 'Interview');
      expect(reading.kind, body).toBe('cancellation');
    }
    // Pushed back by a length: the old slot, moved by that much.
    const byADay = await read(
      'Hi Alex,\n\nYour interview on Tuesday 10 March at 2pm ET has been postponed by a day.\n\nJoanne',
      'Interview',
    );
    expect(byADay.kind).toBe('reschedule');
    expect(byADay.interview?.start).toBe('2026-03-11T14:00:00-04:00');
    const postponedTo = await read(
      'Hi Alex,\n\nYour interview on Tuesday 10 March has been postponed to Thursday 12 March at 2pm ET, as the panel chair is unwell.\n\nJoanne',
      'Interview',
    );
    expect(postponedTo.kind).toBe('reschedule');
    expect(postponedTo.interview?.start).toBe('2026-03-12T14:00:00-04:00');
  });

  it('is a move when the writer says they moved the interview and gives its new details below', async () => {
    const reading = await read(
      'Hi Alex,\n\nUnfortunately Dana has a site visit on Friday, so we have moved your interview. Your updated interview details are below.\n\nAnalyst - Hiring Manager Interview\nTuesday, March 10, 2026\n1:00 PM - 2:00 PM ET\n\nThanks,\nAbby',
      'Your interview for Analyst at Acme',
    );
    expect(reading.kind).toBe('reschedule');
    expect(reading.interview?.start).toBe('2026-03-10T13:00:00-04:00');
  });

  it("is a person's reply, not mass mail, when it answers the candidate's own message", async () => {
    const reading = await read(
      [
        'Hi Alex,',
        '',
        'Thanks for the note - your idea about the weekend newsletter has come up twice since.',
        '',
        "We have two more candidates coming in this week. I'm hoping we can make a decision by Friday the 13th, and I'll be in touch either way.",
        '',
        'Nadia',
        '',
        'On Fri, Feb 27, 2026 at 5:03 PM Alex Rivera <alex.rivera@example.net> wrote:',
        '> Hi Nadia, thank you for taking the time to meet with me this afternoon.',
      ].join('\n'),
      'Re: Thank you - Audience Growth Manager',
    );
    expect(reading).toMatchObject({ kind: 'employer-reply', reply: { class: 'neutral' } });
    // A webinar to register for stays mass mail, even in a reply.
    const webinar = await read(
      [
        'Hi Alex,',
        '',
        'Thanks for asking about the analyst role - our webinar on Thursday 12 March at 2pm ET on Zoom covers it, register now at https://acme.example/webinar. We cover our interview process too.',
        '',
        'Nadia',
        '',
        'On Fri, Feb 27, 2026 at 5:03 PM Alex Rivera <alex.rivera@example.net> wrote:',
        '> Hi Nadia, is there anything I can read about the analyst role?',
      ].join('\n'),
      'Re: Analyst role',
    );
    expect(webinar.kind).toBe('unknown');
    const session = await read(
      [
        'Hi Alex,',
        '',
        'Thanks for your interest! We are running an info session for all applicants on Thursday 12 March at 2pm ET on Zoom - hope to see you there.',
        '',
        'Nadia',
        '',
        'On Fri, Feb 27, 2026 at 5:03 PM Alex Rivera <alex.rivera@example.net> wrote:',
        '> Hi Nadia, is the analyst role still open?',
      ].join('\n'),
      'Re: Analyst role',
    );
    expect(session.kind).toBe('unknown');
    // A call to register in the subject is mass mail in a reply too (a registration form mentioned
    // is not); a past fair with a date is not.
    const reply = (body: string, subject: string) =>
      read(
        [
          'Hi Alex,',
          '',
          body,
          '',
          'Nadia',
          '',
          'On Fri, Feb 27, 2026 at 5:03 PM Alex Rivera <alex.rivera@example.net> wrote:',
          '> Hi Nadia, is the analyst role still open?',
        ].join('\n'),
        subject,
      );
    expect(
      (
        await reply(
          'Hope to see you on Thursday 12 March at 2pm ET.',
          'Re: Register now: Analyst info evening',
        )
      ).kind,
    ).toBe('unknown');
    expect(
      (
        await reply(
          'Great meeting you at the career fair on 3 March! We would love to have you interview with us on Thursday 12 March at 2pm ET.',
          'Re: Analyst role',
        )
      ).interview?.start,
    ).toBe('2026-03-12T14:00:00-04:00');
    // Each time belongs to the event or meeting named last before it.
    for (const body of [
      'We are hosting an information session for all applicants on Thursday 12 March from 6.30 to 7.30 ET on Zoom, where you can meet the team.',
      'Do join our webinar for all applicants on Thursday 12 March, 18.30 ET, on Zoom.',
      'We are holding an info session for all applicants on Thursday 12 March. It starts at 6pm ET on Zoom.',
      "On Thursday 12 March at 6pm ET we're running an open house for all applicants - do come along.",
      'Our next webinar for all applicants is on Thursday 12 March. Kick-off is 6pm ET on Zoom.',
      'Our open house is on Thursday 12 March at 6pm ET - come and chat with the team.',
      'At the info session you can meet with our hiring managers - it is on Thursday 12 March from 6 to 7pm ET, open to all.',
      // A meeting named after the event, said to the candidate, is what happens there.
      "In the meantime, you're welcome to join our open house on Thursday 12 March at 6pm ET to chat with the team.",
      'Our info session is on Thursday 12 March at 6pm ET - a great chance for you to meet the team before your interview.',
    ]) {
      expect((await reply(body, 'Re: Analyst role')).kind, body).toBe('unknown');
    }
    for (const [body, subject] of [
      [
        'It was great to meet you at the career fair at noon on Tuesday, and we would like to invite you to interview with Marcus on Thursday 12 March at 2pm ET.',
        'Re: Analyst role',
      ],
      [
        'Thanks for coming to our open house at 10am on Saturday. Marcus would like to meet you for an interview on Thursday 12 March at 2pm ET.',
        'Re: Analyst role',
      ],
      [
        'Following the info session, Marcus would like to see you on Thursday 12 March at 2pm ET for 45 minutes.',
        'Re: Analyst role',
      ],
      [
        'Are you free on Thursday 12 March at 2pm ET, straight after our open house? Marcus would like to interview you for the analyst role.',
        'Re: Analyst role',
      ],
      [
        'You are through to the interview stage: Thursday 12 March at 2pm ET, straight after our open house.',
        'Re: Analyst role',
      ],
      // A clause of its own, with its own subject, after the event.
      [
        "We're holding an open house on Thursday 12 March at 2pm ET - Dana would like to interview you there.",
        'Re: Analyst role',
      ],
      [
        'Could you do a call with me on Thursday 12 March at 2pm ET? Also, feel free to drop by our open house on Saturday at 10am.',
        'Re: Analyst role',
      ],
      [
        'Sorry the registration form gave you trouble - no need to fill it in. Can you do a quick call with me on Thursday 12 March at 2pm ET?',
        'Re: Registration link not working',
      ],
    ] as const) {
      expect((await reply(body, subject)).interview?.start, body).toBe('2026-03-12T14:00:00-04:00');
    }
    // A reply that only mentions where they met is no mass mail.
    const fair = await read(
      [
        'Hi Alex,',
        '',
        'Great meeting you at the career fair! We would like to invite you to interview on Thursday 12 March at 2pm ET on Zoom.',
        '',
        'Nadia',
        '',
        'On Fri, Feb 27, 2026 at 5:03 PM Alex Rivera <alex.rivera@example.net> wrote:',
        '> Hi Nadia, lovely to meet you today. Is the analyst role still open?',
      ].join('\n'),
      'Re: Analyst role',
    );
    expect(fair.interview?.start).toBe('2026-03-12T14:00:00-04:00');
  });

  it('is no rejection where something else was not successful, or regretted', async () => {
    for (const line of [
      'My attempt to call you has not been successful, so by email:',
      'We regret to advise that parking is not available on site.',
      'If you have not been successful in joining the video link by 1:55pm, please call me.',
      // How the process ends, not how it ended.
      'We aim to extend an offer to a candidate within two weeks of the final round.',
      'The panel will extend an offer to a candidate who shows strong SQL skills.',
      // An interview offered is no job offered.
      "I'd love to offer you an interview for the role.",
      'We want to offer you a chance to interview for the Senior Barista role.',
      "We'd like to offer you a second interview for the Analyst role.",
      // Other candidates invited as well is no decision against this one.
      'We are extending the interview invitation for this role to other candidates as well.',
    ]) {
      const reading = await read(
        `Hi Alex,\n\n${line} Your interview is confirmed for Thursday, March 5 at 2pm ET.\n\nJane`,
      );
      expect(reading.kind, line).toBe('interview');
    }
  });

  it('reads no interview in a day confirmed for something else, nor a delay in the next round', async () => {
    const holiday = await read(
      'Hi Alex, just confirming Monday is a bank holiday here, so we will get back to you on Tuesday with feedback.',
      'Re: Interview feedback',
    );
    expect(holiday.kind).toBe('employer-reply');
    const nextRound = await read(
      'Hi Alex, the team would like to have one more conversation next week with our VP. Could you let me know your availability?',
      'Re: Interview',
    );
    expect(nextRound.reply).toBeUndefined();
  });

  it('reads a day confirmed without a time as the interview, and asks its time', async () => {
    const reading = await read(
      "Hi Alex,\n\nThanks Greg. Alex - confirming Friday as per Greg's reply below. I've updated the calendar invite.\n\nPlease arrive by 11.15 for the site induction.\n\nJane",
      'RE: Interview - Project Engineer',
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start ?? null).toBeNull();
    expect(reading.missing).toContain('date and time');
  });

  it('gives the new date a neutral reply names, and an out-of-office return date', async () => {
    const neutral = await read(
      "Hi Alex, we're still reviewing candidates and will get back to you by the end of next week.",
      'Re: checking in',
    );
    expect(neutral.reply?.newDate).toBe('2026-03-13T09:00:00-04:00');
    // "Friday 20th": the weekday picks the month; not the coming Friday.
    const dated = await read(
      "Hi Alex, we have two more people to see, so we're aiming to let everyone know by Friday 20th.",
      'Re: checking in',
    );
    expect(dated.reply?.newDate).toBe('2026-03-20T09:00:00-04:00');
    const away = await read(
      "I'm currently out of the office and will return on March 16.",
      'Out of Office: Re: Thank you',
    );
    expect(away.reply).toEqual({ class: 'out-of-office', returnDate: '2026-03-16' });
  });

  it('a day off mentioned while arranging the interview is no auto-reply', async () => {
    const arranged = await read(
      "Perfect - Tuesday, March 10 at 2:00 PM ET it is. I'll call you on your cell; plan on 30 minutes.\n\nI'm out of the office Monday for the holiday but back Tuesday morning.",
      'RE: Phone conversation',
    );
    expect(arranged.kind).toBe('interview');
    expect(arranged.interview?.start).toBe('2026-03-10T14:00:00-04:00');
    // The meeting said only by its medium: "45 minutes over Teams", "an updated invite".
    const moved = await read(
      "I've pushed your chat back to 4:15pm ET on Tuesday, March 10. It's still 45 minutes with Nadia over Teams - an updated invite is on its way.\n\nMonday is a public holiday so I'll be out of the office.",
      'RE: next steps',
    );
    expect(moved.kind).not.toBe('employer-reply');
    expect(moved.interview?.start).toBe('2026-03-10T16:15:00-04:00');
    const away = await read(
      'Thank you for your email. I am out of the office until Monday, March 9, with limited access to email.',
      'Phone conversation',
    );
    expect(away).toMatchObject({ kind: 'employer-reply', reply: { class: 'out-of-office' } });
  });

  it('tells a cancellation and a move apart from a confirmation', async () => {
    expect(
      (await read("Hi Alex, unfortunately we need to cancel tomorrow's interview.")).kind,
    ).toBe('cancellation');
    const moved = await read(
      'Hi Alex, your interview has been moved to Friday, March 6 at 2pm ET. Same Zoom link.',
      'Updated: interview',
    );
    expect(moved.kind).toBe('reschedule');
    expect(moved.interview?.start).toBe('2026-03-06T14:00:00-05:00');
    // The writer moving it, in the first person.
    for (const body of [
      "Something came up, so I've moved us to Friday, March 6 at 2pm ET.",
      "We've pushed it back to Friday, March 6 at 2pm ET.",
    ]) {
      expect((await read(`Hi Alex,\n\n${body}\n\nRhodri`, 'RE: Interview')).kind).toBe(
        'reschedule',
      );
    }
    // The calendar invite moved, in a reply whose subject and words never say "interview": the
    // candidate's meeting all the same, whose new time is asked for (no day is given).
    const invite = await read(
      "Works for us - I've moved the invite to 4:00 PM WAT. Could you confirm it still suits?\n\nChinedu",
      'Re: Next steps',
    );
    expect([invite.kind, invite.interview?.start]).toEqual(['reschedule', null]);
    // An invitation to something else, or moved to another place, moves no meeting.
    for (const body of [
      "I've moved the invitation to the alumni mixer to 6pm on Thursday.",
      "I've moved the invite to a Teams link.",
    ])
      expect((await read(body, 'Re: Alumni mixer')).kind).toBe('unknown');
  });

  it("takes the user's note 'Moved to Friday.' for a move, not a day's plans", async () => {
    const kindOf = async (note: string) =>
      (
        await readWithNote(
          note,
          "Thanks Alex, that's all confirmed for Friday 6 March at 10.00am ET. Same panel.",
          'RE: Interview',
        )
      ).kind;
    expect(await kindOf('Moved to Friday.')).toBe('reschedule');
    expect(await kindOf('Heads up - now moved to Friday')).toBe('reschedule');
    expect(await kindOf('We moved to Friday drinks after it, lol')).toBe('interview');
    // Moved, said without where to: the mail below gives the new slot.
    expect(await kindOf('Interview got moved, final time below')).toBe('reschedule');
    expect(await kindOf('They moved it - I already said yes')).toBe('reschedule');
    expect(await kindOf('Interview got moved to Zoom')).toBe('interview');
    expect(await kindOf('Interview was moved to room 4B')).toBe('interview');
    // A place or a medium, however it is named, is no slot.
    for (const note of [
      'Interview was moved to the 3rd floor',
      'Interview was moved to the Shoreditch office',
      "It was moved to Dana's office",
      'Interview got moved to a bigger room',
      'Interview was moved to Microsoft Teams',
    ])
      expect(await kindOf(note), note).toBe('interview');
    for (const body of [
      'Your interview was moved to the 4th floor. Thursday 12 March at 2pm ET as planned.',
      'Your interview has been moved to our Canary Wharf office; it remains on Thursday 12 March at 2pm ET.',
      'Your interview has been moved to Zoom; it remains on Thursday 12 March at 2pm ET.',
      'Your interview has been moved to Conference Room B, still Thursday 12 March at 2pm ET.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
      expect([reading.kind, reading.interview?.start], body).toEqual([
        'interview',
        '2026-03-12T14:00:00-04:00',
      ]);
    }
    expect(
      (
        await read(
          "Apologies for the slow reply - my morning meeting was moved and it's been a hectic day. Your interview is confirmed for Thursday 12 March at 2pm ET with Dana.",
        )
      ).kind,
    ).toBe('interview');
    // Moved, over a mail that says no move: the slot it gives may be the one left, so it is asked.
    for (const note of [
      'They moved it - new invite coming',
      'Interview got moved',
      "They've moved it - new invite coming",
      'They pushed it, waiting on the new time',
      "Interview's been moved, new time TBC",
      'Interview has moved, will forward the new invite',
      'Dana moved it, not sure when to yet',
      'Heads up, this has been rescheduled',
      'Rescheduled - new time to follow',
      'They bumped it',
      'Moved from the 6th, new date TBC',
    ])
      expect(
        (
          await readWithNote(
            note,
            'Your interview with Dana is confirmed for Friday 6 March at 10am ET.',
          )
        ).interview?.start ?? null,
        note,
      ).toBeNull();
    expect(
      (
        await readWithNote(
          'Interview got moved to Zoom',
          'Your interview with Dana is confirmed for Friday 6 March at 10am ET.',
        )
      ).interview?.start,
    ).toBe('2026-03-06T10:00:00-05:00');
    // The day cut short, or only a date.
    expect(await kindOf('moved to Fri 3/6')).toBe('reschedule');
    expect(await kindOf('moved to 3/6, ugh')).toBe('reschedule');
    // Only the note's first words: a later sentence, or a label's, says it of something else.
    expect(await kindOf('Confirmed! Moved to Friday the prep session with my mentor.')).toBe(
      'interview',
    );
    expect(
      (
        await read(
          'Thursday, March 12 at 10:00 AM ET is confirmed.\nParking: moved to next Monday.',
        )
      ).kind,
    ).toBe('interview');
    // No time change is none, even in a sentence that opens with "if".
    expect(
      (
        await read(
          "Thursday, March 12 at 10:00 AM local time is confirmed.\nIf you're driving up from Chicago it's all on the same clock - no time change on the way.",
        )
      ).kind,
    ).toBe('interview');
  });

  it('is a move when the writer says they need to shift or rearrange the meeting', async () => {
    const shifted = await read(
      'A site inspection has landed on Thursday, so I need to shift our interview. Could you do Friday 6 March at 3pm ET instead?',
    );
    expect(shifted.kind).toBe('reschedule');
    expect(shifted.interview?.start).toBe('2026-03-06T15:00:00-05:00');
    const rearranged = await read(
      'Apologies - I have to rearrange our call. Would Friday 6 March at 3pm ET suit?',
    );
    expect(rearranged.kind).toBe('reschedule');
    // The panel rearranged, the time kept: no move.
    const panel = await read(
      'We have had to rearrange the interview panel, so you will now meet Jo Park rather than Sam Diaz. The time is unchanged: Friday 6 March at 3pm ET.',
    );
    expect(panel.kind).toBe('interview');
  });

  it('reads no rejection into a promise to follow up or a conditional', async () => {
    for (const body of [
      'Nous ne manquerons pas de donner suite à votre candidature très prochainement.',
      'Si en 15 días no recibe noticias, entienda que su candidatura no ha sido seleccionada.',
      'Sollten wir Ihre Bewerbung nicht berücksichtigen können, informieren wir Sie.',
    ]) {
      const reading = await read(`Bonjour,\n\n${body}\n\nJane`, 'Candidature');
      expect(reading.kind === 'employer-reply' && reading.reply?.class).not.toBe('rejection');
    }
  });

  it('reads no news into a round only mentioned, feedback passed on, or a choice still to make', async () => {
    for (const body of [
      'Unfortunately you have not passed the technical assessment on this occasion.',
      'I have passed your interview feedback on to the hiring manager and will be in touch next week.',
      "Thanks for coming in to our final round yesterday. I'll be in touch early next week.",
      "If the hiring team has selected another candidate by Friday, I'll let you know.",
      'Once the panel has selected the successful candidate, we will contact everyone who interviewed.',
      "Unfortunately we won't be inviting you to our final round.",
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`, 'Update');
      expect(reading.reply?.class ?? null, body).not.toBe('advance');
      if (!/not passed|won't be inviting/.test(body))
        expect(reading.reply?.class ?? null, body).not.toBe('rejection');
    }
  });

  it('a promise to talk, with no time of its own, arranges nothing', async () => {
    const reading = await read(
      'Thanks for applying! If your background is a match, a recruiter would like to talk with you. Applications close on Friday, March 13 at 5:00 PM ET.',
      'Thanks for applying',
    );
    expect(reading.kind).not.toBe('interview');
  });

  it('leaves mass mail alone', async () => {
    const reading = await read(
      'Join our webinar on March 5 at 2pm ET on Zoom to hear about open roles. Register now!',
      'Webinar',
    );
    expect(reading.kind).toBe('unknown');
  });
});

// Rules that must not fire where they do not belong: each case is a realistic mail in which a
// reading rule of the reader could mistake one fact for another.
describe("a thread's move, settled by the updated invitation", () => {
  it('reads the slot the thread offered and the candidate took, on the day the latest message names', async () => {
    const forward = (latest: string) =>
      threadForward([
        ['jane', '10:00 AM', latest],
        ['alex', '9:02 AM', 'Thursday at 3pm works for me.'],
        [
          'jane',
          '8:30 AM',
          'Dana has a clash on Tuesday. Could we move your interview to Thursday 12 March at 3pm ET?',
        ],
      ]);
    for (const latest of [
      'Thanks Alex – I’ve sent over the updated Zoom invite for Thursday 12 March. Dana’s looking forward to it.',
      // Naming no day, it settles the one the candidate's reply took.
      'Thanks Alex, I’ve updated the Zoom invite, so you should see it move in your calendar shortly.',
    ]) {
      const { reading } = await understandMessage(forward(latest), {
        defaultTimezone: 'America/New_York',
      });
      expect(reading.kind, latest).toBe('reschedule');
      expect(reading.interview?.start, latest).toBe('2026-03-12T15:00:00-04:00');
    }
  });

  it('is a move only where a sentence moves the meeting to the day it names', () => {
    expect(movesToADay('Could we move your interview to Thursday 12 March at 3pm ET?')).toBe(true);
    expect(
      movesToADay('Dana is travelling. Would you be able to do Friday 13 March at 10am instead?'),
    ).toBe(true);
    expect(movesToADay('Could you make Friday 13 March at 10am instead of Thursday?')).toBe(true);
    expect(
      movesToADay('Our hiring was pushed back to March. Would Thursday 12 March at 3pm ET work?'),
    ).toBe(false);
    expect(
      movesToADay('Note the time change: our clocks go forward on the 8th. Thursday at 3pm works.'),
    ).toBe(false);
    // A panel's change says "instead" of a person.
    expect(movesToADay('Could you meet Omar on Friday 13 March at 10am instead of Dana?')).toBe(
      false,
    );
  });
});

describe("a thread's latest message that sends the invitation", () => {
  it('settles the slot the thread offered and the candidate took', async () => {
    for (const latest of [
      "Great! I've sent a Teams invite for Thursday. Talk soon!",
      'Perfect, I have just sent you the calendar invitation.',
      "Lovely - I'll send over a Zoom invite for Thursday shortly.",
    ]) {
      const { reading } = await understandMessage(
        threadForward([
          ['jane', '10:40 AM', latest],
          ['alex', '9:02 AM', 'Thank you! Thursday the 12th at 11:00 AM ET works for me.'],
          [
            'jane',
            '8:30 AM',
            'I would like to set up a 30-minute video call. Would Thursday, March 12 at 11:00 AM ET work?',
          ],
        ]),
        { defaultTimezone: 'America/New_York' },
      );
      expect(reading.kind, latest).toBe('interview');
      expect(reading.interview?.start, latest).toBe('2026-03-12T11:00:00-04:00');
    }
  });
});

describe('a small employer arranging a sit-down in a thread', () => {
  it('is an interview, settled on the day the thread named', async () => {
    for (const [offer, latest] of [
      [
        'Thanks for the CV. Could you swing by the bakery on Thursday for a sit-down? Mornings are best.',
        'Thursday at 8 works. See you then.',
      ],
      [
        'Thanks for the CV. Are you free to come by the office on Thursday morning to talk about the job?',
        'Thursday at 8 is good for me. See you then.',
      ],
    ] as const) {
      const { reading } = await understandMessage(
        threadForward(
          [
            ['jane', '10:40 AM', latest],
            ['alex', '9:02 AM', 'Thursday morning works for me - would 8 suit?'],
            ['jane', '8:30 AM', offer],
          ],
          'Counter assistant position',
        ),
        { defaultTimezone: 'America/New_York' },
      );
      expect(reading.kind, offer).toBe('interview');
      expect(reading.interview?.start, offer).toBe('2026-03-05T08:00:00-05:00');
    }
  });
});

describe("a thread's latest message that changes only the panel", () => {
  it('keeps the slot the thread settled, however it says the rest stays as it was', async () => {
    const forward = (
      kept: string,
      change = 'Omar Haddad will join Dana Lee in place of Ruth Ng.',
    ) =>
      threadForward([
        ['jane', '10:40 AM', `A small change for your interview on Thursday: ${change} ${kept}`],
        ['alex', '9:02 AM', 'Thank you, Thursday works for me.'],
        [
          'jane',
          '8:30 AM',
          'We would like to invite you to interview on Thursday 12 March, 3:00-4:00 PM ET, on Teams with Dana Lee and Ruth Ng.',
        ],
      ]);
    for (const kept of [
      'The date, time and Teams link remain the same.',
      'Everything else stays as it was.',
      'All other details are unchanged.',
      "I've updated the Teams invite to add Omar; the date and time remain the same.",
    ]) {
      const { reading } = await understandMessage(forward(kept), {
        defaultTimezone: 'America/New_York',
      });
      expect(reading.kind, kept).toBe('interview');
      expect(reading.interview?.start, kept).toBe('2026-03-12T15:00:00-04:00');
    }
    // A title's stop ends no sentence: "instead" is still said of the one who joins.
    const titled = await understandMessage(
      forward(
        'The date, time and Teams link remain the same.',
        'Ms. Ruth Ng has a client visit, and Mr. Omar Haddad will join Ms. Dana Lee instead.',
      ),
      { defaultTimezone: 'America/New_York' },
    );
    expect(titled.reading.interview?.start).toBe('2026-03-12T15:00:00-04:00');
  });
});

describe('a weekday named alone in a thread that offered next week', () => {
  // Alex forwards, on Wednesday 25 February, Jane's latest over the thread her Tuesday offer began.
  const thread = async (latest: string, offer: string) =>
    (
      await understandMessage(
        [
          'From: Alex Rivera <alex.rivera@example.net>',
          'To: interviews@followup.example.com',
          'Subject: Fwd: RE: Coffee chat',
          'Date: Wed, 25 Feb 2026 08:30:00 -0500',
          'Message-ID: <coffee-chat@example.net>',
          'Content-Type: text/plain; charset=utf-8',
          '',
          '---------- Forwarded message ---------',
          'From: Jane Recruiter <jane@acmecorp.example>',
          'Date: Wed, Feb 25, 2026 at 8:05 AM',
          'Subject: RE: Coffee chat',
          'To: Alex Rivera <alex.rivera@example.net>',
          '',
          latest,
          '',
          'From: Alex Rivera <alex.rivera@example.net>',
          'Sent: Tuesday, February 24, 2026 5:12 PM',
          'To: Jane Recruiter <jane@acmecorp.example>',
          'Subject: RE: Coffee chat',
          '',
          'Friday morning suits me best, thank you.',
          '',
          'From: Jane Recruiter <jane@acmecorp.example>',
          'Sent: Tuesday, February 24, 2026 9:40 AM',
          'To: Alex Rivera <alex.rivera@example.net>',
          'Subject: Coffee chat',
          '',
          `Thanks for applying for the Operations Analyst role. ${offer}`,
        ].join('\n'),
        { defaultTimezone: 'America/New_York' },
      )
    ).reading;
  const nextWeek =
    'Could you pop into the office next week for an hour? Wednesday or Friday mornings are best for us.';
  const settle = 'Great - Friday at 10 it is then. We are at 12 Portland Street, Boston.';

  it("is that week's day", async () => {
    expect((await thread(settle, nextWeek)).interview?.start).toBe('2026-03-06T10:00:00-05:00');
  });

  it('is settled by "see you on the 6th", the day of the slot offered', async () => {
    const offer = 'Could you come in for an hour on Friday 6 March at 10am?';
    const reading = await thread('Lovely - see you on the 6th for the interview.', offer);
    expect(reading.interview?.start).toBe('2026-03-06T10:00:00-05:00');
  });

  it('is the nearest one when no week was offered, or when the reply says which', async () => {
    const anyWeek = nextWeek.replace(' next week', '');
    expect((await thread(settle, anyWeek)).interview?.start).toBe('2026-02-27T10:00:00-05:00');
    // "Next week" that offers nothing: the writer away, a decision by then.
    for (const offer of [
      `${anyWeek} I am away all of next week.`,
      `${anyWeek} We hope to make a decision by the end of next week.`,
    ])
      expect((await thread(settle, offer)).interview?.start, offer).toBe(
        '2026-02-27T10:00:00-05:00',
      );
    const thisFriday = settle.replace('Friday', 'this Friday');
    expect((await thread(thisFriday, nextWeek)).interview?.start).toBe('2026-02-27T10:00:00-05:00');
  });
});

describe('a forwarded confirmation', () => {
  const forwarded = (body: string, note = '') => readWithNote(note, body);

  it('is a move when the agency writes that its client moved it, and still the interview when the note says so', async () => {
    const agency = await forwarded(
      'Hi Alex,\n\nFiona is stuck in Singapore, so they have moved it to Friday 6 March, 11:00am - 12:30pm ET, same place.\n\nJane',
    );
    expect(agency.kind).toBe('reschedule');
    expect(agency.interview?.start).toBe('2026-03-06T11:00:00-05:00');
    for (const moved of [
      "they've moved it to 11 on Friday 6 March, same room",
      'they have moved it to 11h00 on Friday 6 March',
      'they have moved it to March 6 at 11am ET',
      "they've moved it to Fri 6 March, 11am ET",
      "they've moved us to Friday 6 March at 11am ET",
    ]) {
      const reading = await forwarded(
        `Hi Alex,\n\nFiona is stuck in Singapore, so ${moved}.\n\nJane`,
      );
      expect(reading.kind, moved).toBe('reschedule');
    }
    // A number that is no clock ("3 on the shortlist") moves nothing.
    for (const notMoved of [
      "Good news, they've moved it to 3 on the shortlist",
      'they have moved it to 2 on the list of priorities',
    ]) {
      const reading = await forwarded(`Hi Alex,\n\n${notMoved}.\n\nJane`);
      expect(reading.kind, notMoved).toBe('unknown');
    }
    const noted = await forwarded(
      'Hi Alex,\n\nYour interview is confirmed for Thursday, March 5 at 2pm ET at our office.\n\nJane',
      "Jane just rang - they've moved it to 2:30, same day",
    );
    expect(noted.kind).toBe('interview');
    expect(noted.interview?.start).toBe('2026-03-05T14:30:00-05:00');
  });

  it("keeps its labelled time over the site's shift hours", async () => {
    const reading = await forwarded(
      [
        'Date: Thursday, March 5',
        'Time: 9:00 AM',
        'Location: 12 Mill Road - please check in at the front office',
        '',
        'You will meet Dana Lee, Plant Manager.',
        'First shift runs 6:00 AM - 2:30 PM, so the lot fills up early.',
      ].join('\n'),
    );
    expect(reading.interview?.start).toBe('2026-03-05T09:00:00-05:00');
  });

  it('leaves the slot its own sentence moves away from', async () => {
    // A clock alone, said right after the slot it leaves: the same day, never the old clock.
    const clock = await forwarded(
      'Your interview on Thursday 5 March at 10am ET has been moved to 11:30am.',
    );
    expect(clock.interview?.start).toBe('2026-03-05T11:30:00-05:00');
    const day = await forwarded(
      'Your interview on Thursday 5 March at 10am ET has been moved to Friday 6 March at 11:30am.',
    );
    expect(day.interview?.start).toBe('2026-03-06T11:30:00-05:00');
  });
});

describe('days offered as alternatives to one clock', () => {
  // Alex forwards, on Tuesday 3 March, Dana's latest over the thread her Monday offer began.
  const thread = (latest: string, offer: string) =>
    understandMessage(
      [
        'From: Alex Rivera <alex.rivera@example.net>',
        'To: interviews@followup.example.com',
        'Subject: Fwd: Re: Shift Supervisor',
        'Date: Tue, 3 Mar 2026 13:30:00 +0000',
        'Content-Type: text/plain; charset=utf-8',
        '',
        '---------- Forwarded message ---------',
        'From: Dana Okoro <dana@brantleyfoods.example>',
        'Date: Tue, Mar 3, 2026 at 8:05 AM',
        'Subject: Re: Shift Supervisor',
        'To: Alex Rivera <alex.rivera@example.net>',
        'Cc: Tomas Reyes <tomas@brantleyfoods.example>',
        '',
        latest,
        '',
        'On Mon, Mar 2, 2026 at 6:40 PM Alex Rivera <alex.rivera@example.net> wrote:',
        '> Thursday suits me well, thank you.',
        '>',
        '> On Mon, Mar 2, 2026 at 4:10 PM Dana Okoro <dana@brantleyfoods.example> wrote:',
        `>> Hi Alex, thanks for applying for the Shift Supervisor role. ${offer}`,
      ].join('\r\n'),
      { defaultTimezone: 'America/New_York' },
    ).then((understood) => understood.reading);
  const offer =
    "I'd like to meet you this week. Thursday or Friday afternoon is best, once the lunch rush is over. Say 2:30? Tomas Reyes, our kitchen manager, will join us.";

  it('are each a slot: the day the reply settles is the one', async () => {
    const reading = await thread('Great, Thursday it is. Ask for me at the counter.', offer);
    expect(reading.interview?.start).toBe('2026-03-05T14:30:00-05:00');
    // The thread still arranging that meeting keeps the people its offer named.
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual([
      'Dana Okoro',
      'Tomas Reyes',
    ]);
  });

  it("keep the thread's panel but for one the reply says is out, and whom it brings instead", async () => {
    const reading = await thread(
      'Great, Thursday it is. Tomas is on leave now, so Judy Kowalski will sit in instead.',
      offer,
    );
    expect(reading.interview?.start).toBe('2026-03-05T14:30:00-05:00');
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual([
      'Dana Okoro',
      'Judy Kowalski',
    ]);
  });

  it('are settled by "Thursday it is" however the sentence goes on', async () => {
    for (const latest of [
      'Great, Thursday it is, thanks!',
      'Thursday it is - see you at the counter.',
      'Thursday it is 👍',
    ])
      expect((await thread(latest, offer)).interview?.start, latest).toBe(
        '2026-03-05T14:30:00-05:00',
      );
  });

  it('are not settled by a day that "it is" something else', async () => {
    const reading = await thread(
      'On Thursday it is a bank holiday here, so let me check with Tomas and come back to you.',
      offer,
    );
    expect(reading.interview?.start ?? null).toBeNull();
  });

  it('are no interview in a coffee morning, a catch-up or a CV kept "in mind"', async () => {
    for (const body of [
      'Join us for a coffee morning at the Riverside Hub on Saturday 7 March at 10am - all job seekers welcome!',
      'Fancy meeting up for a catch-up on Thursday at 6pm?',
      "We'll keep your CV on file and have you in mind for future roles. Our office is closed Friday 6 March at 5pm.",
    ])
      expect((await read(body, 'Community news')).kind, body).not.toBe('interview');
  });

  it('are an interview to arrange when the offer asks the candidate in for a chat', async () => {
    const reading = await thread(
      'Brilliant - Thursday 5th at 3pm it is!',
      "We'd love to have you in to the shop for a chat. Could you do Thursday 5th at 3pm or Friday 6th at 11am?",
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start).toBe('2026-03-05T15:00:00-05:00');
    expect(reading.interview?.format).toBe('onsite');
  });

  it('are rivals the reader asks about while nobody has settled one', async () => {
    // Dana's offer forwarded alone: an interview being arranged, whose time the reader asks.
    const { reading } = await understandMessage(
      [
        'From: Alex Rivera <alex.rivera@example.net>',
        'To: interviews@followup.example.com',
        'Subject: Fwd: Shift Supervisor',
        'Date: Tue, 3 Mar 2026 13:30:00 +0000',
        'Content-Type: text/plain; charset=utf-8',
        '',
        '---------- Forwarded message ---------',
        'From: Dana Okoro <dana@brantleyfoods.example>',
        'Date: Mon, Mar 2, 2026 at 4:10 PM',
        'Subject: Shift Supervisor',
        'To: Alex Rivera <alex.rivera@example.net>',
        '',
        `Hi Alex, thanks for applying for the Shift Supervisor role. ${offer}`,
      ].join('\r\n'),
      { defaultTimezone: 'America/New_York' },
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start ?? null).toBeNull();
    // "Monday and Tuesday at 9am" is no choice of days: its one time is read as before.
    const both = await thread(
      'The interview is a two-part assessment, Monday and Tuesday at 9am.',
      'Could you do next week?',
    );
    expect(both.interview?.start).toBe('2026-03-03T09:00:00-05:00');
  });
});

describe('a weekday named alone in a thread that named its date', () => {
  const thread = (latest: string, reply: string) =>
    understandMessage(
      [
        'From: Alex Rivera <alex.rivera@example.net>',
        'To: interviews@followup.example.com',
        'Subject: Fwd: Re: Programme Officer',
        'Date: Tue, 3 Mar 2026 13:30:00 +0000',
        'Content-Type: text/plain; charset=utf-8',
        '',
        '---------- Forwarded message ---------',
        'From: Dana Okoro <dana@riverlands.example>',
        'Date: Tue, Mar 3, 2026 at 8:05 AM',
        'Subject: Re: Programme Officer',
        'To: Alex Rivera <alex.rivera@example.net>',
        'Cc: Tomas Reyes <tomas@riverlands.example>',
        '',
        latest,
        '',
        'On Mon, Mar 2, 2026 at 6:40 PM Alex Rivera <alex.rivera@example.net> wrote:',
        `> ${reply}`,
        '>',
        '> On Mon, Mar 2, 2026 at 9:10 AM Dana Okoro <dana@riverlands.example> wrote:',
        ">> We'd love to have you in for an interview. Our panel is me, Tomas (our finance lead) and Judy Kowalski from our board. Are you free at any of these times?",
        '>> - Monday the 16th, morning',
        '>> - Tuesday the 17th, after 1',
      ].join('\r\n'),
      { defaultTimezone: 'America/New_York' },
    ).then((understood) => understood.reading);

  it('is the day the thread named, whoever named it and at whatever time', async () => {
    const reading = await thread(
      'Tuesday at 1:30 is great for Tomas and me. Judy will join us by phone.',
      'Tuesday the 17th works best for me - would 1:30 be okay?',
    );
    expect(reading.interview?.start).toBe('2026-03-17T13:30:00-04:00');
    // The panel the thread named, a given name in brackets' title completed from the Cc line.
    expect(reading.interview?.interviewers).toEqual([
      { name: 'Dana Okoro', email: 'dana@riverlands.example' },
      { name: 'Tomas Reyes', email: 'tomas@riverlands.example' },
      { name: 'Judy Kowalski', email: null },
    ]);
  });

  it('is never a date the candidate said they cannot make', async () => {
    for (const reply of [
      "I'm away on Tuesday the 17th, but any other day works.",
      'My notice period ends on Tuesday the 17th, so any afternoon works.',
      'I start my new job on Tuesday the 17th, so earlier would be better.',
      "I'm flying back on Tuesday the 17th so Monday would be better.",
    ]) {
      const reading = await thread('Tuesday at 1:30 is great for Tomas and me.', reply);
      expect(reading.interview?.start, reply).not.toBe('2026-03-17T13:30:00-04:00');
    }
  });

  it('is a date put forward with words after it that are no excuse ("after lunch")', async () => {
    const reading = await thread(
      'Tuesday at 1:30 is great for Tomas and me.',
      'Tuesday the 17th after lunch would be perfect.',
    );
    expect(reading.interview?.start).toBe('2026-03-17T13:30:00-04:00');
  });

  it('is asked about when the thread named two dates of that weekday', async () => {
    const reading = await thread(
      'Tuesday at 1:30 is great for Tomas and me.',
      'Tuesday the 10th or Tuesday the 17th both work - would 1:30 be okay?',
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start ?? null).toBeNull();
  });
});

describe('an hour said roughly after its day', () => {
  it('is that hour, in the half of the day the words name', async () => {
    for (const [body, start] of [
      ['Are you free for an interview next Tuesday arvo around 2?', '2026-03-10T14:00:00-04:00'],
      ['Could you do the interview Thursday morning about 10ish?', '2026-03-05T10:00:00-05:00'],
      ['The interview is on Friday at around 4:30, if that suits.', '2026-03-06T16:30:00-05:00'],
      ['Interview on Thursday morning, around 10.', '2026-03-05T10:00:00-05:00'],
    ] as const)
      expect((await read(body, 'Interview')).interview?.start, body).toBe(start);
    // A length or a count after a day is no hour.
    for (const body of [
      'Your interview is on Friday at 2pm; about 20 mins will be enough.',
      'Your interview is on Friday at 2pm, and there will be around 3 of us.',
      'Your interview is on Friday at 2pm, and Friday morning takes about 3 or 4 hours.',
      'Your interview is on Friday at 2pm; Friday we expect about 4 and a half hours.',
    ])
      expect((await read(body, 'Interview')).interview?.start, body).toBe(
        '2026-03-06T14:00:00-05:00',
      );
    // A half of the day said of something else, before: the hour is read as before.
    for (const body of [
      "Are you free for an interview on Thursday? I'm in meetings all morning, so Thursday around 2 would work.",
      "I'm tied up Wednesday morning for the interview but Thursday around 2 works.",
    ])
      expect((await read(body, 'Interview')).interview?.start, body).toBe(
        '2026-03-05T14:00:00-05:00',
      );
    // A morning's 12 is neither midnight nor surely noon: the reader asks.
    const twelve = await read('Can you do an interview Saturday morning around 12?', 'Interview');
    expect(twelve.interview?.start ?? null).toBeNull();
  });
});

describe('a thread whose offer Gmail shows under bold Outlook labels', () => {
  it('is read as the employer’s message, not the candidate’s', async () => {
    const { reading } = await understandMessage(
      [
        'From: Alex Rivera <alex.rivera@example.net>',
        'To: interviews@followup.example.com',
        'Subject: Fwd: Re: Bar Supervisor',
        'Date: Tue, 3 Mar 2026 13:30:00 +0000',
        'Content-Type: text/plain; charset=utf-8',
        '',
        '---------- Forwarded message ---------',
        'From: Dana Okoro <dana@brantleyfoods.example>',
        'Date: Tue, Mar 3, 2026 at 8:05 AM',
        'Subject: Re: Bar Supervisor',
        'To: Alex Rivera <alex.rivera@example.net>',
        '',
        'Great, see you Thursday. Ask for me at the counter.',
        '',
        'On Mon, Mar 2, 2026 at 6:40 PM Alex Rivera <alex.rivera@example.net> wrote:',
        '> That works for me, thank you.',
        '>',
        '> ------------------------------',
        '> *From:* Dana Okoro <dana@brantleyfoods.example>',
        '> *Sent:* Monday, March 2, 2026 4:10 PM',
        '> *To:* Alex Rivera <alex.rivera@example.net>',
        '> *Subject:* Bar Supervisor',
        '>',
        '> Hi Alex, thanks for applying. Could you come in for an interview on Thursday 5 March at 2pm?',
      ].join('\r\n'),
      { defaultTimezone: 'America/New_York' },
    );
    expect(reading.interview?.start).toBe('2026-03-05T14:00:00-05:00');
  });
});

describe("an agency's thread", () => {
  it('names its client in the first message only: the client is the employer', async () => {
    const raw = [
      'From: Alex Rivera <alex.rivera@example.net>',
      'To: interviews@followup.example.com',
      'Subject: Fwd: Re: Stores Supervisor',
      'Date: Tue, 3 Mar 2026 13:30:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Dana Okoro <dana@keystonestaffing.example>',
      'Date: Tue, Mar 3, 2026 at 8:05 AM',
      'Subject: Re: Stores Supervisor',
      'To: Alex Rivera <alex.rivera@example.net>',
      '',
      'Great - you are confirmed for Thursday 12 March at 10am ET at their depot.',
      '',
      'Dana Okoro',
      'Senior Consultant | Keystone Staffing',
      '',
      'On Mon, Mar 2, 2026 at 4:10 PM Dana Okoro <dana@keystonestaffing.example> wrote:',
      '> Hi Alex, our client Brantley Foods would like to interview you for the Stores Supervisor role.',
      '> Could you do Thursday 12 March at 10am?',
    ].join('\r\n');
    const { reading } = await understandMessage(raw, { defaultTimezone: 'America/New_York' });
    expect(reading.interview?.company).toBe('Brantley Foods');
  });
});

describe("a thread's title", () => {
  it('is the whole title the thread writes out, where the subject cuts it at its team', async () => {
    const raw = [
      'From: Alex Rivera <alex.rivera@example.net>',
      'To: interviews@followup.example.com',
      'Subject: Fwd: Re: Interview - Buyer - Fresh Produce - Acme Foods',
      'Date: Tue, 3 Mar 2026 13:30:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Dana Okoro <dana@acmefoods.example>',
      'Date: Tue, Mar 3, 2026 at 8:05 AM',
      'Subject: Re: Interview - Buyer - Fresh Produce - Acme Foods',
      'To: Alex Rivera <alex.rivera@example.net>',
      '',
      'Great - you are confirmed for Thursday 12 March at 10am ET.',
      '',
      'On Mon, Mar 2, 2026 at 4:10 PM Dana Okoro <dana@acmefoods.example> wrote:',
      '> Hi Alex, we would like to interview you for the position of Buyer - Fresh Produce.',
      '> Could you do Thursday 12 March at 10am?',
    ].join('\r\n');
    const { reading } = await understandMessage(raw, { defaultTimezone: 'America/New_York' });
    expect(reading.interview?.role).toBe('Buyer - Fresh Produce');
  });
});

describe('the user forwards their own reply that names a weekday alone', () => {
  // Their reply, then the employer's message it answers, each under Outlook's header block.
  const ownReply = (reply: string, offer: string) =>
    understandMessage(
      [
        'From: Alex Rivera <alex.rivera@example.net>',
        'To: interviews@followup.example.com',
        'Subject: Fw: Site visit - Stores Supervisor',
        'Date: Tue, 3 Mar 2026 13:30:00 +0000',
        'Content-Type: text/plain; charset=utf-8',
        '',
        '________________________________',
        'From: Alex Rivera <alex.rivera@example.net>',
        'Sent: Tuesday, March 3, 2026 8:25 AM',
        'To: Jane Recruiter <jane@acmecorp.example>',
        'Subject: RE: Site visit - Stores Supervisor',
        '',
        reply,
        '',
        '________________________________',
        'From: Jane Recruiter <jane@acmecorp.example>',
        'Sent: Monday, March 2, 2026 4:10 PM',
        'To: Alex Rivera <alex.rivera@example.net>',
        'Subject: Site visit - Stores Supervisor',
        '',
        offer,
      ].join('\r\n'),
      { defaultTimezone: 'America/New_York' },
    ).then((understood) => understood.reading);

  it('means the day of that weekday the message it answers offered by its date', async () => {
    const offer =
      'Our warehouse lead is tied up this week. Could you do an interview at 10:30am on Wednesday 11th instead? It would be about an hour.';
    const reading = await ownReply('10:30 Wednesday suits me, thanks Jane.', offer);
    expect(reading.interview?.start).toBe('2026-03-11T10:30:00-04:00');
    // A date said of anything else (a decision, someone away) offers no slot.
    for (const aside of [
      'We hope to decide by Wednesday 11th.',
      'Our lead is away from Wednesday 11th, so this week is best.',
    ]) {
      const nearest = await ownReply(
        '10:30 Wednesday suits me, thanks Jane.',
        `Could you come in for an interview at 10:30am on Wednesday? ${aside}`,
      );
      expect(nearest.interview?.start, aside).toBe('2026-03-04T10:30:00-05:00');
    }
    // Offered two Wednesdays, the reply does not say which: the reader asks.
    const two = await ownReply(
      '10:30 Wednesday suits me, thanks Jane.',
      'Could you do an interview at 10:30am on Wednesday 11th or Wednesday 18th?',
    );
    expect(two.interview?.start ?? null).toBeNull();
  });
});

describe("a time restated on the reader's clock after a day's ordinal", () => {
  it("is on the reader's clock, the same instant as the one stated first", async () => {
    const reading = await read(
      "Kia ora Alex, would Thursday 12 March at 8.30am NZ time suit for our call? That's 3.30pm on Wednesday 11th your time, if I have it right.",
    );
    expect(reading.interview?.start).toBe('2026-03-12T08:30:00+13:00');
  });
});

describe("a cancellation that names the thread's slot by its day", () => {
  const cancel = (latest: string) =>
    read(
      [
        'Hi Alex,',
        '',
        latest,
        '',
        'Jane',
        '',
        'On Mon, Mar 2, 2026 at 9:02 AM Jane Recruiter <jane@acmecorp.example> wrote:',
        '> Would Thursday, March 12 at 10:30 AM ET suit you for a video call about the Ops Analyst role? It should take about 45 minutes.',
      ].join('\n'),
      'Re: Ops Analyst',
    );

  it('calls off that slot, on its clock and for its length', async () => {
    const reading = await cancel(
      "I'm sorry, but I have to cancel our call on Thursday. I'll be in touch next week with new times.",
    );
    expect(reading.kind).toBe('cancellation');
    expect(reading.interview?.start).toBe('2026-03-12T10:30:00-04:00');
    expect(reading.interview?.end).toBe('2026-03-12T11:15:00-04:00');
  });

  it('gives no time when the day it names is no slot of the thread', async () => {
    const reading = await cancel(
      "I'm sorry, but I have to cancel our call on Friday. I'll be in touch next week with new times.",
    );
    expect(reading.interview?.start ?? null).toBeNull();
  });
});

describe('a thread whose latest message keeps the clock on another day', () => {
  it("moves the thread's slot to that day, on its clock and for as long", async () => {
    const body = [
      'Hi Alex,',
      '',
      'Dana is away on Tuesday the 10th. Your interview will now be on Thursday the 12th, same time.',
      '',
      'Jane',
      '',
      'On Mon, Mar 2, 2026 at 9:02 AM Alex Rivera <alex.rivera@example.net> wrote:',
      '> Tuesday the 10th at 11 works well for me.',
      '>',
      '> On Fri, Feb 27, 2026 at 4:30 PM Jane Recruiter <jane@acmecorp.example> wrote:',
      '>> You are confirmed for Tuesday, March 10, 11:00am-12:00pm ET on Zoom with Dana Lee.',
    ].join('\n');
    const reading = await read(body, 'Re: Interview');
    expect(reading.interview?.start).toBe('2026-03-12T11:00:00-04:00');
    expect(reading.interview?.end).toBe('2026-03-12T12:00:00-04:00');
  });

  it('moves a slot the same message leaves, and never takes the slot left for the start', async () => {
    for (const [body, start] of [
      [
        'Your panel interview, which had been booked for Tuesday 10 March at 2:30 PM ET, has been moved to Friday 13 March at the same time, as Dana is travelling.',
        '2026-03-13T14:30:00-04:00',
      ],
      [
        'Due to a panel member being on leave we must reschedule your interview, which was scheduled on Tuesday 10 March 2026 at 2:30 PM ET. It will now take place on Friday 13 March 2026 at the same time.',
        '2026-03-13T14:30:00-04:00',
      ],
      // No clock for the new day: asked.
      [
        'Your interview, which was scheduled on Tuesday 10 March 2026 at 2:30 PM ET, has been moved to Friday 13 March 2026; I will confirm the time shortly.',
        null,
      ],
      // Said of the same day, "same time" moves nothing.
      [
        'Your panel interview is on Tuesday 10 March at 2:30 PM ET. Dana has moved to the Boston office, but it stays on Tuesday 10 March at the same time.',
        '2026-03-10T14:30:00-04:00',
      ],
      // A question, a condition or "meanwhile" moves nothing.
      [
        'Your interview is on Tuesday 10 March 2026 at 2:30 PM ET. Would you be able to move it to Friday 13 March at the same time?',
        '2026-03-10T14:30:00-04:00',
      ],
      [
        'Your interview is on Tuesday 10 March 2026 at 2:30 PM ET. If that does not suit, we could move it to Friday 13 March at the same time.',
        '2026-03-10T14:30:00-04:00',
      ],
      [
        'Your interview is on Tuesday 10 March 2026 at 2:30 PM ET. We are moving offices on Monday 9 March and at the same time changing our phone system.',
        '2026-03-10T14:30:00-04:00',
      ],
      // A reminder's "that was scheduled for" is still its slot.
      [
        'This is a reminder of your interview that was scheduled for Tuesday 10 March 2026 at 2:30 PM ET. Please arrive 10 minutes early.',
        '2026-03-10T14:30:00-04:00',
      ],
      // Called off, it is the slot that is off.
      [
        "Sorry - we need to cancel your interview, which was scheduled for Tuesday 10 March 2026 at 2:30 PM ET. I'll send new options next week.",
        '2026-03-10T14:30:00-04:00',
      ],
    ] as const) {
      expect((await read(body)).interview?.start ?? null, body).toBe(start);
    }
  });

  it("keeps the clock a calendar names by its city over the writer's city on the same clock", async () => {
    const reading = await read(
      'Phone interview - Alex Rivera\nThursday Mar 12, 2026 ⋅ 1:30pm – 2pm\nEastern Time - New York\n\nHi Alex, I will call your cell at 1:30.\n\nJane Recruiter\nDirector of Marketing | Acme Distilling\n1201 Story Avenue, Louisville, KY 40206\njane@acmecorp.example',
      'Invitation: Phone interview - Alex Rivera @ Thu Mar 12, 2026 1:30pm - 2pm (EDT)',
    );
    expect(reading.interview?.timezone).toBe('America/New_York');
  });

  it("asks the clock of a site the mail does not place, which its writer's office may not keep", async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview with the team at our mine is on Thursday, March 12, 10:00 - 11:00 a.m. site time, on Teams.\n\nJane Recruiter\nTalent Acquisition, Acme Gold\n100 King Street West, Toronto, ON M5X 1A9',
      'Interview with the site team',
    );
    expect(reading.confidence?.start ?? 1).toBeLessThan(0.5);
    // A third person's clock, likewise: "his time" from a Bismarck office, the caller elsewhere.
    const his = await read(
      "Hi Alex,\n\nYou're down for a phone interview with Sam Ortiz on Thursday, March 12 at 9:00 a.m. his time; he runs our field yard and will call your cell.\n\nJane Recruiter\nHR Generalist | Acme Energy Services\n2300 E Main Ave | Bismarck, ND 58501",
      'Phone interview',
    );
    expect(his.confidence?.start ?? 1).toBeLessThan(0.5);
    // "his time is limited" after a comma is a sentence of its own, no clock.
    const limited = await read(
      'Hi Alex, your interview with Sam Ortiz is on Thursday, March 12 at 10am, his time is limited so please be punctual.',
    );
    expect(limited.interview?.start).toBe('2026-03-12T10:00:00-04:00');
  });

  // The thread may name the latest message's clock, though.
  it('takes the zone of the same wall time on the same day from the invitation it quotes', async () => {
    const body = [
      'FYI',
      '',
      '-------- Forwarded message --------',
      'From: Jane Recruiter <jane@acmecorp.example>',
      'Date: March 2, 2026 9:42:18 AM',
      'To: Alex Rivera <alex.rivera@example.net>',
      'Subject: Interview with the site team',
      '',
      'Hi Alex,',
      '',
      'Here are the details for your interview with the team at our mine site:',
      '',
      'Thursday, March 12',
      '10:00 - 11:00 a.m. site time',
      'Microsoft Teams',
      '',
      "You'll be speaking with Sam Ortiz, our Site Superintendent. Dana Lee in site HR set up the meeting on the site calendar and will send you the Teams invite directly; I've copied it below so you have it in the meantime. I won't be on the call myself.",
      '',
      "If you move forward to the next stage, we'd fly you up for a site visit. Flights usually leave Pearson around 7 a.m. and connect through Thunder Bay, so we'd book you an overnight at the camp. Bring sturdy boots; we supply the rest of the protective gear.",
      '',
      'Best regards,',
      'Jane',
      '',
      'Jane Recruiter',
      'Talent Acquisition, Acme Forest Products',
      '100 King Street West, Toronto, ON M5X 1A9',
      '',
      '-----Original Appointment-----',
      'From: Dana Lee',
      'Sent: Monday, March 2, 2026 8:31 AM',
      'To: Sam Ortiz; Jane Recruiter',
      'Subject: Interview - Alex Rivera',
      'When: Thursday, March 12, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).',
      'Where: Microsoft Teams Meeting',
    ].join('\n');
    const reading = await read(
      body,
      'Fwd: Interview with the site team',
      'Alex Rivera <alex.rivera@example.net>',
    );
    expect(reading.interview?.start).toBe('2026-03-12T10:00:00-05:00');
  });
});

describe('what a rule must not take', () => {
  const thursday = '2026-03-12T14:00:00-04:00';
  it.each([
    [
      'move forward with an interview is no move',
      'We would like to move forward with your interview on Thursday, March 12 at 2:00 PM ET. Before that, a quick prep call with me on Tuesday, March 10 at 11:00 AM ET.',
    ],
    [
      'rescheduling names the new slot; the earlier invite is disregarded',
      'We are rescheduling your interview with the panel on Thursday, March 12 at 2 PM ET. Please disregard the earlier invite for Tuesday, March 10 at 10 AM ET.',
    ],
    [
      'the slot it was scheduled for is the old one',
      'I need to move your interview scheduled for Tuesday, March 10 at 10 AM ET to Thursday, March 12 at 2 PM ET.',
    ],
    [
      'what it will now be, not what it was',
      'I had to change your interview time: it will now be at 2:00 PM ET on Thursday, March 12 (not 10:00 AM ET on Tuesday, March 10).',
    ],
  ])('%s: never the other time', async (_, body) => {
    const start = (await read(body)).interview?.start ?? null;
    expect([thursday, null]).toContain(start);
  });

  it('a Mexican sender writes day first (05/03 is 5 March)', async () => {
    const reading = await read(
      'Confirming your interview for the Data Analyst role on 05/03/2026 at 10:00 Mexico City time.\n\nLucía Hernández\nGrupo Andes',
      'Interview confirmation',
      'Lucía Hernández <lucia@grupoandes.com.mx>',
    );
    expect(reading.interview?.start).toBe('2026-03-05T10:00:00-06:00');
  });

  it('a weekday that disagrees with a date read by a known order is asked, not swapped', async () => {
    const reading = await read(
      'Confirming your interview on Friday 03/04/2026 at 10:00 AM ET.\n\nJane Recruiter\nAcme Corp, Boston, MA',
    );
    expect(reading.interview?.start).toBeNull();
  });

  it.each([
    'Please use the link below to book your interview. Slots open Monday at 9am ET.',
    'Please pick a time with the link below; the first available slot is Tuesday, March 10 at 10:00 AM ET.',
  ])('a self-booking mail states no start: %s', async (body) => {
    expect((await read(body)).interview?.start ?? null).toBeNull();
  });

  it('"having to move the process along" is no reschedule', async () => {
    const reading = await read(
      'We have to move the process along quickly, so I am happy to confirm your interview on Thursday, March 12 at 2 PM ET.',
    );
    expect(reading.kind).toBe('interview');
  });

  it.each([
    [
      'On behalf of the Human Resources Department, I am pleased to invite you to an interview on Thursday, March 12 at 2 PM ET.',
      'Human Resources Department',
    ],
    [
      'I am writing on behalf of Mary Ann Whitfield to invite you to an interview on Thursday, March 12 at 2 PM ET.',
      'Mary Ann Whitfield',
    ],
  ])('"on behalf of" a team or a person names no employer: %s', async (body, notEmployer) => {
    expect((await read(body)).interview?.company).not.toBe(notEmployer);
  });

  it('a department written before its initials names the employer behind a state domain', async () => {
    const reading = await read(
      'Thank you for applying to the Department of Water and Catchments. Your interview is on Thursday, March 12 at 2 PM AEST.',
      'Interview',
      'Recruitment <jobs@dwc.qld.gov.example>',
    );
    expect(reading.interview?.company).toBe('Department of Water and Catchments');
  });
});

describe('what the rejection and employer rules must not take', () => {
  it('keeps a mail about the interview itself an interview', async () => {
    for (const body of [
      "We won't be moving your interview after all - it stays at 2pm ET on Thursday, March 5.",
      "We won't be proceeding with the video option; your interview will be in person on Thursday, March 5 at 2pm ET.",
      // Someone appointed to a task, another post filled: not the candidate's news.
      'We have appointed someone from HR to meet you at reception. Your interview is on Thursday, March 5 at 2pm ET.',
      "The Tuesday shift job has been filled, but we'd love to interview you for the weekend role on Thursday, March 5 at 2pm ET.",
      // The terms any offer would carry are no offer.
      'I am pleased to invite you to an interview on Thursday, March 5 at 2pm ET. Any offer of employment will be subject to vetting clearance.',
      'Your interview is on Thursday, March 5 at 2pm ET with Dana Lee. If successful, an offer of employment will follow within a week.',
      'Your interview is on Thursday, March 5 at 2pm ET. The successful candidate will receive an offer of employment subject to references.',
      'Your interview is on Thursday, March 5 at 2pm ET. An offer of employment is conditional on references.',
      // Another candidate recommended beside the candidate is no decision against them.
      'The panel has decided to recommend another candidate alongside you to the board: your final conversation is on Thursday, March 5 at 2pm ET.',
    ])
      expect((await read(body)).kind).toBe('interview');
  });

  it("takes no person's name over their own mail for the employer", async () => {
    const own = await read(
      "I'm pleased to invite you to a video interview on Teams on Tuesday, March 10th at 10:00 AM ET with our sales director, Greg Tavares.\n\nBest regards,\nTom Hudson\nTalent Acquisition",
      'Interview - Account Manager',
      'Tom Hudson <tom.hudson@hudson.example>',
    );
    expect(own.interview?.company).not.toBe('Tom Hudson');
  });
});

describe("an employer writing through a tracker's mailbox", () => {
  it('is called by its whole name where the sender and the text write it so', async () => {
    const council = await read(
      'Thank you for your application with the Shire of Wattle Creek. Your interview is on Tuesday, March 10, 2026 at 10:00 AM ET.',
      'Interview invitation',
      'Shire of Wattle Creek <noreply@wattlecreek.pageuppeople.example>',
    );
    expect(council.interview?.company).toBe('Shire of Wattle Creek');
  });
});

// Ordinary mail that rules written for one shape once misread, each read as it should be.
describe('mail the thread, table and reply rules must leave alone', () => {
  const offeredThread = (latest: string) =>
    threadForward([
      ['jane', '10:40 AM', latest],
      ['alex', '9:02 AM', 'Thursday at 10am works for me.'],
      [
        'jane',
        '8:30 AM',
        'Would Thursday 12 March at 10am ET or Friday 13 March at 2pm ET suit for your interview?',
      ],
    ]);

  it('a kept date, or details kept but for the start, is no kept time', async () => {
    for (const latest of [
      "The date stays the same but Dana can only do 3pm, so I've updated the invite to 3pm ET.",
      "I've updated the Teams invite - all details are the same except the start, which is now 11am.",
    ]) {
      const { reading } = await understandMessage(offeredThread(latest), {
        defaultTimezone: 'America/New_York',
      });
      expect(reading.interview?.start ?? null, latest).not.toBe('2026-03-12T10:00:00-04:00');
    }
  });

  it('an hour after a move is a clock only where the words say it replaces the time', async () => {
    for (const body of [
      'Your interview has been moved to Friday 6 March. The panel has been changed to 4.',
      'Your interview on Friday 6 March is still on, but we moved it to 2 - the room on the second floor.',
      'Your interview is on Friday 6 March; the team moved it to 9, then Dana will show you round.',
    ])
      expect((await read(body)).interview?.start ?? null, body).toBeNull();
    // Ending the sentence that moves the meeting, it replaces the time: never the old one stated.
    const pushed = await read(
      'The interview on Thursday 5 March was at 10am but they pushed it to 1.',
    );
    expect([null, '2026-03-05T13:00:00-05:00']).toContain(pushed.interview?.start ?? null);
  });

  it("a labelled range that is not the event's own time is no start", async () => {
    const reading = await read(
      'Your onsite interview is on Thursday 5 March (all times ET).\n\nVisitor parking: 7:30 - 17:30\n\n10:00 Technical interview with Dana Lee\n11:00 System design with Sam Fox',
    );
    expect(reading.interview?.start).toBe('2026-03-05T10:00:00-05:00');
  });

  it('two zones\' clocks under "From" and "To" are no range', async () => {
    const reading = await read(
      'Your interview is on Thursday 5 March.\n\nFrom\tTo\tWhere\n2:00 PM ET\t11:00 AM PT\tZoom',
    );
    expect(reading.interview?.end ?? null).not.toBe('2026-03-05T23:00:00-05:00');
  });

  it.each([
    [
      'We decided to fill the senior analyst position internally, but Dana would love to interview you for the analyst role instead. Could you do Thursday 5 March at 2pm ET?',
      'interview',
    ],
    [
      'I regret to inform you that the position has been filled. We need to cancel your interview on Thursday.',
      'employer-reply',
    ],
    [
      'If you have been successful at this stage, we will contact you by 20 March to arrange an interview.',
      'not advance',
    ],
    [
      'Our engineering team is hosting a meetup - come by the office on Thursday 5 March at 6pm for pizza and lightning talks.',
      'unknown',
    ],
    [
      'For your interview on Thursday, could you make it to reception on floor 3 instead? Same time as planned.',
      'not reschedule',
    ],
  ])('%j is %s', async (body, expected) => {
    const reading = await read(`Hi Alex,\n\n${body}\n\nJane`, 'Update');
    if (expected.startsWith('not ')) {
      const not = expected.slice(4);
      expect(reading.kind === not || reading.reply?.class === not).toBe(false);
    } else expect(reading.kind).toBe(expected);
  });

  it("an agency's mail over its client's invitation is a forward, whatever its subject", async () => {
    const forward = [
      'From: Alex Rivera <alex.rivera@example.net>',
      'To: interviews@followup.example.com',
      'Subject: FW: Interview confirmation - Larchmont Foods',
      'Date: Mon, 2 Mar 2026 11:00:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '________________________________',
      'From: Sam Carter <sam.carter@brightpath-recruit.example>',
      'Sent: Monday, March 2, 2026 10:00 AM',
      'To: Alex Rivera <alex.rivera@example.net>',
      'Subject: Interview confirmation - Larchmont Foods',
      '',
      'Great news Alex - details from Dana below.',
      '',
      'From: Dana Lee <dana.lee@larchmontfoods.example>',
      'Sent: Monday, March 2, 2026 9:00 AM',
      'To: Sam Carter <sam.carter@brightpath-recruit.example>',
      'Subject: Interview - Buyer',
      '',
      'Hi Sam, we would like to interview Alex for the Buyer role on Thursday 5 March at 2pm ET at our office, with me and Tom Baker.',
    ].join('\n');
    const { reading } = await understandMessage(forward, { defaultTimezone: 'America/New_York' });
    expect(reading.interview?.start).toBe('2026-03-05T14:00:00-05:00');
    expect(reading.interview?.company ?? '').not.toMatch(/brightpath/i);
    expect(reading.interview?.interviewers.map((person) => person.name)).toContain('Tom Baker');
  });

  it('a table row with an empty cell passes over; the interviewer column goes on', async () => {
    const reading = await read(
      [
        'Your onsite on Thursday 5 March (ET):',
        '',
        'Session | Start Time | End Time | Interviewer',
        'Technical | 10:00 AM | 11:00 AM | Dana Lee',
        'Lunch | 11:00 AM | 12:00 PM | ',
        'Design | 12:00 PM | 1:00 PM | Tom Baker',
      ].join('\n'),
    );
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual([
      'Dana Lee',
      'Tom Baker',
    ]);
  });
});

describe('a range whose half of the day is written only at its end', () => {
  it.each([
    ['The assessment centre runs from 9:30 to 4pm on Thursday 19 March.', '09:30', '16:00'],
    ['Thursday 19 March, 9-5pm, at our office.', '09:00', '17:00'],
    ['Your interview is on Thursday 19 March from 11 to 1pm.', '11:00', '13:00'],
    ['Interview: Thursday 19 March, 10.30 to 12pm', '10:30', '12:00'],
    ['Interview: Thursday 19 March from 1 to 3pm', '13:00', '15:00'],
    ['The panel runs from 9h to 17h on Thursday 19 March.', '09:00', '17:00'],
    ['Your workshop is on Thursday 19 March from 8 to 5pm.', '08:00', '17:00'],
    // After a comma, with spaces around the dash, or between two clocks.
    ['Assessment day: Thursday 19 March 9 - 5.30pm at our Boston office.', '09:00', '17:30'],
    ['Your interview: Thursday 19 March, 10 to 11.30am.', '10:00', '11:30'],
    ['Your interview: March 19, 10 to 11.30am.', '10:00', '11:30'],
    ['The assessment runs on Thursday 19 March between 9 and 5pm.', '09:00', '17:00'],
  ])('starts at the earlier hour that makes a range: %j', async (sentence, from, to) => {
    const { interview } = await read(sentence);
    expect(interview?.start).toBe(`2026-03-19T${from}:00-04:00`);
    expect(interview?.end ?? null).toBe(`2026-03-19T${to}:00-04:00`);
  });
});

describe('a dated time restated on another clock by its weekday alone', () => {
  it.each([
    'How does Tuesday 24 March at 1pm NZ time suit? That would be 8pm Monday in New York.',
    'Your interview is Tuesday 24 March at 1pm NZ time - 8pm Monday your time.',
    'We have you down for Tuesday 24 March, 1pm Auckland time. For you that is 8pm Monday ET.',
  ])('is the same instant, on the day before: %j', async (sentence) => {
    const { interview } = await read(sentence);
    expect(Date.parse(interview?.start ?? '')).toBe(Date.parse('2026-03-24T13:00:00+13:00'));
  });

  it('a weekday clock that names another instant keeps its own day', async () => {
    const { interview } = await read(
      'Your interview is Tuesday 24 March at 1pm NZ time. Could we have a short prep call at 4pm Monday your time?',
    );
    expect(Date.parse(interview?.start ?? '')).toBe(Date.parse('2026-03-24T13:00:00+13:00'));
  });
});

describe('a weekday of a numbered week', () => {
  it.each([
    ['We have reserved Tuesday in week 12 at 15:00 CET for you.', '2026-03-17T15:00:00+01:00'],
    ['Your interview: Thu of week 11, 10:00 CET.', '2026-03-12T10:00:00+01:00'],
  ])('is that week’s day, not the coming one: %j', async (sentence, start) => {
    expect((await read(sentence)).interview?.start).toBe(start);
  });
});

describe('"GMT" on a day London keeps summer time', () => {
  const fromDakar = (sentence: string) =>
    read(
      `Hello Alex,\n\n${sentence}\n\nAminata Ndiaye\nRecruitment, Sahel Paiements\nRoute des Almadies, Dakar, Senegal`,
    );
  it('is asked where nothing says whose GMT', async () => {
    const { interview } = await read('Your interview is on Tuesday 14 April at 14:00 GMT.');
    expect(interview?.start ?? null).toBeNull();
  });
  it("is the writer's own clock where it keeps GMT all year", async () => {
    const { interview } = await fromDakar('Your interview is on Tuesday 14 April at 14:00 GMT.');
    expect(Date.parse(interview?.start ?? '')).toBe(Date.parse('2026-04-14T14:00:00Z'));
  });
  it("is the mail's clock in the user's note, where the mail's place keeps GMT", async () => {
    const { interview } = await readWithNote(
      'Dakar one - 14:00 GMT.',
      'Your interview is on Tuesday 14 April at 14:00 GMT (Dakar time).',
    );
    expect(Date.parse(interview?.start ?? '')).toBe(Date.parse('2026-04-14T14:00:00Z'));
  });
  it('is the meaning its restatement names', async () => {
    for (const [sentence, utc] of [
      [
        'Your interview is on Tuesday 14 April at 3pm GMT, which should be 10am Eastern for you.',
        '2026-04-14T14:00:00Z',
      ],
      [
        'Your interview is on Tuesday 14 April at 2pm GMT (10am Eastern for you).',
        '2026-04-14T14:00:00Z',
      ],
      ['Your interview is on Tuesday 14 April at 2pm GMT / 3pm BST.', '2026-04-14T14:00:00Z'],
    ] as const) {
      const { interview } = await read(sentence);
      expect(Date.parse(interview?.start ?? ''), sentence).toBe(Date.parse(utc));
    }
  });
  it("is London's own clock, written by a London office", async () => {
    const { interview } = await read(
      'Hello Alex,\n\nYour interview is on Tuesday 14 April at 14:00 GMT.\n\nJane\nRecruitment, Acme Corp, 20 Tilney Row, London N1C 4AG',
    );
    expect(interview?.start).toBe('2026-04-14T14:00:00+01:00');
  });
  it('restated after a dash is no offset', async () => {
    const { interview } = await read(
      'Your interview is on Thursday 12 March at 3pm GMT - 11am Thursday for you.',
    );
    expect(interview?.start).toBe('2026-03-12T15:00:00+00:00');
  });
  it('is London in winter, when both clocks agree', async () => {
    const { interview } = await read('Your interview is on Thursday 12 March at 14:00 GMT.');
    expect(interview?.start).toBe('2026-03-12T14:00:00+00:00');
  });
});

describe('a city after "in" that ends the sentence', () => {
  it('is the clock of a time said there', async () => {
    const { interview } = await read('Your interview is on Tuesday 10 March at 2:00 PM in London.');
    expect(interview?.start).toBe('2026-03-10T14:00:00+00:00');
  });
  it("restating an offer on the reader's clock, leaves the offer's own zone", async () => {
    const { interview } = await read(
      "Would Tuesday 10 March at 11:00 PM Sydney time work? If I've done the sums right, that's Tuesday 10 March at 8:00 AM in New York.",
    );
    expect(interview?.timezone).toBe('Australia/Sydney');
    expect(Date.parse(interview?.start ?? '')).toBe(Date.parse('2026-03-10T12:00:00Z'));
  });
});

describe('a zone in Japanese or Chinese before the date and clock it is for', () => {
  it.each([
    ['面接日時：日本時間 2026年3月12日（木）14:00～15:00', '2026-03-12T14:00:00+09:00'],
    ['面试时间：北京时间 2026年3月12日 14:00', '2026-03-12T14:00:00+08:00'],
  ])('places the clock in that zone: %j', async (line, start) => {
    expect((await read(`Alex様\n\n${line}\n\nJane`)).interview?.start).toBe(start);
  });
});

describe('what the range, week, place and hedge rules must leave alone', () => {
  it('a day and month with stops before a clock stays a date', async () => {
    for (const [sentence, start] of [
      ['Your interview is on Thursday 19.03 - 2pm CET.', '2026-03-19T14:00:00+01:00'],
      ['Next round: Tue 24.03 - 2pm UK time.', '2026-03-24T14:00:00+00:00'],
    ] as const)
      expect((await read(sentence)).interview?.start, sentence).toBe(start);
  });
  it('a weekday of a numbered week, written with a comma or a bracket', async () => {
    for (const sentence of [
      'We have reserved Tuesday, week 12, at 15:00 CET for you.',
      'We have reserved Tuesday (week 12) at 15:00 CET for you.',
    ])
      expect((await read(sentence)).interview?.start, sentence).toBe('2026-03-17T15:00:00+01:00');
  });
  it('a move to a place or a medium that also names a day is a move', async () => {
    for (const body of [
      'Your interview has been moved to a Teams call on Friday 13 March at 10am ET.',
      'Your interview has been moved to 13 March in Room 2, same time (2pm ET).',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
      expect(reading.kind, body).toBe('reschedule');
    }
  });
  it('a hedge in an aside or another clause hedges no move', async () => {
    for (const body of [
      'As you may know, we have had to push your interview on Thursday 5 March at 2pm ET back by an hour.',
      'Hope the move went well, we have had to push your interview on Thursday 5 March at 2pm ET back by an hour.',
      "Maybe you saw Dana's note, we have pushed your interview on Thursday 5 March at 2pm ET back by an hour.",
      'Dana, who may be joining from Berlin, has pushed your interview on Thursday 5 March at 2pm ET back by an hour.',
      "I'd like to let you know that we have pushed your interview on Thursday 5 March at 2pm ET back by an hour.",
      'Considering the train strike, we have pushed your interview on Thursday 5 March at 2pm ET back by an hour.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
      expect(reading.interview?.start, body).toBe('2026-03-05T15:00:00-05:00');
    }
  });
  it("a note's moved house or moved up moves no interview", async () => {
    for (const note of ['Moved house last week, new address below', 'Moved up to the final round!'])
      expect(
        (
          await readWithNote(
            note,
            'Your interview with Dana is confirmed for Friday 6 March at 10am ET.',
          )
        ).interview?.start,
        note,
      ).toBe('2026-03-06T10:00:00-05:00');
  });
});

describe('moves only possible, planned or asked, and notes that say it is moving', () => {
  it('asks the slot a possible or planned move would give', async () => {
    for (const body of [
      "It's possible we will need to push your interview on Thursday 5 March at 2pm ET back by an hour.",
      "We're looking to push your interview on Thursday 5 March at 2pm ET back by 30 minutes.",
      'We suggest pushing your interview on Thursday 5 March at 2pm ET back by an hour.',
      'We want to push your interview on Thursday 5 March at 2pm ET back by an hour. Does that work?',
      'Should that suit, we will push your interview on Thursday 5 March at 2pm ET back by an hour.',
      'Subject to your availability, we will push your interview on Thursday 5 March at 2pm ET back by an hour.',
      "Pending Dana's confirmation, your interview on Thursday 5 March at 2pm ET will be pushed back by an hour.",
      'We are planning to push your interview on Thursday 5 March at 2pm ET back by an hour - will confirm tomorrow.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`);
      expect(reading.interview?.start ?? null, body).toBeNull();
    }
  });
  it('asks a move whose clause is the complement of a hedge before its asides', async () => {
    const move = 'push your interview on Thursday 5 March at 2pm ET back by an hour.';
    for (const hedged of [
      `It may be that, given the strike, we ${move}`,
      `It's likely that, with the rail strike, we will ${move}`,
    ])
      expect(await startSaid(hedged), hedged).toBeNull();
    expect(
      await startSaid(
        'I can confirm that, given the strike, we have pushed your interview on Thursday 5 March at 2pm ET back by an hour.',
      ),
    ).toBe('2026-03-05T15:00:00-05:00');
  });
  it('asks over a note that says it is being moved, with no new time', async () => {
    for (const note of [
      "They're moving it, new time TBC",
      'Recruiter wants to move this one, no new time yet',
      'Got bumped, no new time yet',
      'Sam had to move it',
      'Date changed, waiting on the new invite',
    ])
      expect(
        (
          await readWithNote(
            note,
            'Your interview with Dana is confirmed for Friday 6 March at 10am ET.',
          )
        ).interview?.start ?? null,
        note,
      ).toBeNull();
  });
});

/** The start read from Jane's mail to Alex saying `line`, or null when asked. */
async function startSaid(line: string): Promise<string | null> {
  return (await read(`Hi Alex,\n\n${line}\n\nJane`)).interview?.start ?? null;
}

/** The start read under Alex's `note` over Dana's invitation for Friday 6 March at 10am ET. */
async function startUnderNote(note: string): Promise<string | null> {
  const invite = 'Your interview with Dana is confirmed for Friday 6 March at 10am ET.';
  return (await readWithNote(note, invite)).interview?.start ?? null;
}

describe("a move's from and to, and notes that move it by a part of the day", () => {
  it("reads a move's 'from … to' as the slot left and the new one, never a range", async () => {
    expect(await startSaid('Dana has moved your interview from Wednesday to Friday 3pm ET.')).toBe(
      '2026-03-06T15:00:00-05:00',
    );
    expect(
      await startSaid(
        'Your interview on Thursday 5 March has been changed from 10am to 1:30pm ET.',
      ),
    ).toBe('2026-03-05T13:30:00-05:00');
    expect(
      await startSaid('We had to shift your call from 9 to 11am ET on Thursday 5 March.'),
    ).toBe('2026-03-05T11:00:00-05:00');
    // Not after a move, "from … to" is the meeting's own range; nor once the move said where to.
    const range = await read(
      'Hi Alex,\n\nYour interview is on Thursday 5 March from 10am to 11am ET.\n\nJane',
    );
    expect(range.interview?.start).toBe('2026-03-05T10:00:00-05:00');
    expect(range.interview?.end).toBe('2026-03-05T11:00:00-05:00');
    const movedThere = await read(
      "Hi Alex,\n\nI've moved the invite to Thursday 5 March from 2:00 to 3:00 PM ET.\n\nJane",
    );
    expect(movedThere.interview?.start).toBe('2026-03-05T14:00:00-05:00');
    expect(movedThere.interview?.end).toBe('2026-03-05T15:00:00-05:00');
  });
  it('reads "between … and …" as a range, and a window to be called in as no start', async () => {
    const range = await read(
      'Hi Alex,\n\nYour interview with Dana is on Thursday 5 March between 2pm and 3pm ET.\n\nJane',
    );
    expect([range.interview?.start, range.interview?.end]).toEqual([
      '2026-03-05T14:00:00-05:00',
      '2026-03-05T15:00:00-05:00',
    ]);
    expect(
      await startSaid(
        'Your interview with Dana is on Thursday 5 March between 14:00 and 15:30 ET.',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
    for (const window of [
      'Dana will call you sometime between 2pm and 4pm ET on Thursday 5 March.',
      'Dana will ring you on Thursday 5 March between 2 and 4pm ET.',
      'Please book a 30-minute slot with Dana on Thursday 5 March, anywhere from 9am to 5pm ET.',
      'Dana is free on Thursday 5 March between 9 and 5pm ET - let me know what suits.',
    ])
      expect(await startSaid(window), window).toBeNull();
  });
  it('reads "Tues" and "Weds" as the weekdays they are', async () => {
    expect(await startSaid('Your interview with Dana is confirmed for Weds at 2pm ET.')).toBe(
      '2026-03-04T14:00:00-05:00',
    );
  });
  it('asks over a note that moves it, however it says so, with no new slot the mail gives', async () => {
    for (const note of [
      'Moved to the afternoon, still waiting on the exact time',
      'Pushed to later that day, time TBC',
      'Bumped an hour earlier',
      'They pushed it back two hours',
      'Moved from Friday to Monday 2pm',
      'Moved to Weds',
      'Pushed 30 mins later',
      'Dana wants to move it to Monday',
      'They want to move it to Monday, not confirmed yet',
      'Pushed back an hour, so 11',
      'Not sure why but they moved it. New time TBC',
      'No clue why - they pushed it',
      'Start time changed, new invite to follow',
      'FYI this is the confirmation from before they moved it - new time TBC',
      "This is the final round! They've moved it though, new time coming",
      'Moved to later this week, new date TBC',
      'Rescheduled to later this month',
    ])
      expect(await startUnderNote(note), note).toBeNull();
  });
  it('keeps the slot when the note moves something else, nothing, or says this is the new one', async () => {
    for (const note of [
      'Moved my dentist to the afternoon so I can make this',
      'Booked. Got a train later that day',
      'They want to move it along fast, so final round is this one',
      'Got moved up to the onsite stage!',
      'Nothing about the time changed, only the room',
      'My start date changed at my current job, fyi',
      'I had to move it from Thursday, this is the new confirmation',
      'Moved it - this is the new one',
      'Moved from Thursday to Friday',
      'Moved to the morning shift at work, so this slot is fine',
      'Changed to later trains, all good for this',
    ])
      expect(await startUnderNote(note), note).toBe('2026-03-06T10:00:00-05:00');
  });
});

describe('dates and clocks as East Asian mail writes them, and the clock a time is told on', () => {
  it('reads a year-first dotted date and a Korean half of the day', async () => {
    for (const line of [
      '일시: 2026.03.12 (목) 오전 10:00 KST',
      'Date & time: 2026.03.12 (Thu) 10:00 KST',
      '면접 일시: 2026년 3월 12일 오전 10:00 (KST)',
    ]) {
      const reading = await read(`Dear Alex,\n\nYour interview with Dana Park:\n${line}\n\nJane`);
      expect(reading.interview?.start, line).toBe('2026-03-12T10:00:00+09:00');
      expect(reading.interview?.timezone, line).toBe('Asia/Seoul');
    }
  });
  it("states an invite's instant on the clock the text told it on", async () => {
    const invite = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:panel-1@pasig.example',
      'DTSTAMP:20260303T013000Z',
      'DTSTART;TZID="Singapore Standard Time":20260311T080000',
      'DTEND;TZID="Singapore Standard Time":20260311T084500',
      'SUMMARY:Panel interview - Alex Rivera',
      'ORGANIZER;CN=Patricia Reyes:mailto:patricia@pasig.example',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const raw = [
      'From: Patricia Reyes <patricia@pasig.example>',
      'To: Alex Rivera <alex.rivera@example.net>',
      'Subject: Panel interview invitation',
      'Date: Tue, 3 Mar 2026 09:30:00 +0800',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Alex,',
      '',
      'I have scheduled your panel interview in your time zone:',
      'Tuesday, March 10, 2026, 8:00 PM - 8:45 PM Eastern Time',
      '',
      'Patricia',
      '--b1',
      'Content-Type: text/calendar; charset=utf-8; method=REQUEST',
      '',
      invite,
      '--b1--',
      '',
    ].join('\r\n');
    const { reading } = await understandMessage(raw, { defaultTimezone: 'America/New_York' });
    expect(reading.interview?.start).toBe('2026-03-10T20:00:00-04:00');
    expect(reading.interview?.end).toBe('2026-03-10T20:45:00-04:00');
    expect(reading.interview?.timezone).toBe('America/New_York');
  });
});

describe('restatements on another clock, short weeks, and moves still waiting', () => {
  it('reads no offset in a dash before a clock of its own', async () => {
    for (const line of [
      'Your interview with Dana is on Thursday 12 March at 15:00 GMT - 11:00 for you in New York.',
      'Your interview with Dana is on Thursday 12 March at 15.00 UTC - 11.00 your time.',
      'Your interview with Dana is on Thursday 12 March at 3pm GMT - 11 for you.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-12T15:00:00+00:00');
    expect(
      await startSaid('Your interview with Dana is on Thursday 12 March at 10:00 GMT-4.'),
    ).toBe('2026-03-12T10:00:00-04:00');
  });
  it("reads a weekday of a numbered week written 'wk' or 'KW'", async () => {
    for (const line of [
      'Your interview with Dana is on Tue, wk 12, 10:00 CET.',
      'Your interview with Dana is on Tuesday (KW 12) at 10:00 CET.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-17T10:00:00+01:00');
  });
  it('asks a move only aimed at, tried, tentative, intended or waiting on a yes', async () => {
    const move = 'your interview on Thursday 5 March at 2pm ET back by an hour';
    for (const waiting of [
      `We're aiming to push ${move}, I'll let you know.`,
      `We're trying to push ${move}.`,
      `We've tentatively pushed ${move}.`,
      `We will push ${move} once Dana confirms her flights.`,
      `We intend to push ${move}, to be confirmed.`,
      `Should it be needed, we will push ${move}.`,
      `Awaiting Dana's confirmation, but we are pushing ${move}.`,
      `We will, in all likelihood, push ${move}.`,
    ])
      expect(await startSaid(waiting), waiting).toBeNull();
  });
  it('states a move made, whatever polite words or later arrangements surround it', async () => {
    const move = 'your interview on Thursday 5 March at 2pm ET back by an hour';
    for (const done of [
      `I wanted to give you a heads-up that we have pushed ${move}.`,
      `I just wanted to flag that we've pushed ${move}.`,
      `As Dana suggested we have pushed ${move}.`,
      `We have pushed ${move} and Dana will confirm the room on the day.`,
      `We have pushed ${move}, subject to the usual ID check at reception.`,
    ])
      expect(await startSaid(done), done).toBe('2026-03-05T15:00:00-05:00');
  });
});

describe('the hours a place is open', () => {
  it('are no start, said as "we are open"', async () => {
    const dropIn = await read(
      'Hi Alex,\n\nCome to our Leeds office for a chat with Dana on Thursday 12 March - we are open 9 - 5.30pm and she will see you when you arrive.\n\nJane',
    );
    expect(dropIn.interview?.start ?? null).toBeNull();
    expect(
      await startSaid(
        'Your interview with Dana is on Thursday 12 March at 2pm ET. We are open 9-5.',
      ),
    ).toBe('2026-03-12T14:00:00-04:00');
  });
});

describe('a time restated on a clock that is not the reader’s', () => {
  it('keeps the zone of the time it restates', async () => {
    const reading = await read(
      "Hi Alex,\n\nHow does Thursday, March 12 at 3:00 PM Hawaii time work for a chat with me? By my math that's Friday the 13th at noon AEDT.\n\nKeoni",
    );
    expect(reading.interview?.start).toBe('2026-03-12T15:00:00-10:00');
    expect(reading.interview?.timezone).toBe('Pacific/Honolulu');
  });
});

describe('a range after a date and a dash', () => {
  it('keeps its start, so its restatement on the reader’s clock agrees', async () => {
    const reading = await read(
      "Hi Alex,\n\nWe've rebooked you for:\n\nThursday, March 12 – 9:00 to 10:00 AM Central Time\nThat's 10:00 to 11:00 AM Eastern for you.\n\nKaitlyn",
    );
    expect(reading.interview?.start).toBe('2026-03-12T09:00:00-05:00');
    expect(reading.interview?.end).toBe('2026-03-12T10:00:00-05:00');
    expect(reading.interview?.timezone).toBe('America/Chicago');
  });
});

describe('what the eleventh review found', () => {
  it("reads a range after a move's clause, a date or 'now' as the range", async () => {
    for (const [line, start] of [
      [
        'Your interview on Thursday 5 March was moved, it now runs from 3 to 4pm ET.',
        '2026-03-05T15:00:00-05:00',
      ],
      [
        'Postponed: your interview is now Monday 9 March from 9 to 10am ET.',
        '2026-03-09T09:00:00-04:00',
      ],
      [
        'Since our office moved, the interview on Friday 6 March from 10 to 11am ET will be at 5 Main St.',
        '2026-03-06T10:00:00-05:00',
      ],
    ] as const)
      expect(await startSaid(line), line).toBe(start);
  });
  it('reads a spaced offset with minutes, and no offset in a dash before a zone', async () => {
    expect(
      await startSaid(
        'Your interview is on Thursday 12 March at 10:00 AM (GMT - 04:00) Eastern Time.',
      ),
    ).toBe('2026-03-12T10:00:00-04:00');
    expect(await startSaid('Your interview is on Thursday 12 March at 15:00 GMT - 11 ET.')).toBe(
      '2026-03-12T15:00:00+00:00',
    );
  });
  it('asks an East Asian date and clock that name no zone, for a reader on another clock', async () => {
    for (const line of [
      '면접 일정: 2026년 3월 12일 오전 11:00 (서울 기준)',
      '面接日時：2026年3月12日 午後2:00',
    ])
      expect(await startSaid(line), line).toBeNull();
  });
  it("reads a numbered week written 'CW 12' or 'wk12' with no comma", async () => {
    for (const line of [
      'Your interview is on Tuesday (CW 12) at 10:00 CET.',
      'Your interview is on Tue wk12 at 10:00 CET.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-17T10:00:00+01:00');
  });
  it('asks moves attempted, provisional or waiting on word', async () => {
    const move = 'your interview on Thursday 5 March at 2pm ET back by an hour';
    for (const waiting of [
      `We are attempting to push ${move}.`,
      `Provisionally, we have pushed ${move}.`,
      `We will push ${move} once we hear back from Dana.`,
      `We plan on pushing ${move}.`,
      `We're going to try and push ${move}.`,
    ])
      expect(await startSaid(waiting), waiting).toBeNull();
  });
  it('states a move made when only something else waits on word', async () => {
    const move = 'your interview on Thursday 5 March at 2pm ET back by an hour';
    for (const done of [
      `We have pushed ${move}; interviewers TBC.`,
      `We have pushed ${move} - the room is to be confirmed.`,
    ])
      expect(await startSaid(done), done).toBe('2026-03-05T15:00:00-05:00');
  });
  it('states a call at its time, not a window, and a shop’s hours as none', async () => {
    expect(await startSaid('Dana will phone you on Friday 6 March from 10 to 10:30am ET.')).toBe(
      '2026-03-06T10:00:00-05:00',
    );
    const store = await read(
      "Hi Alex,\n\nCome in on Thursday 12 March for a chat with Dana - the store's open 9 - 5.30pm; just ask for her when you arrive.\n\nJane",
    );
    expect(store.interview?.start ?? null).toBeNull();
  });
});

describe('what the twelfth review found', () => {
  it("reads a move's 'from … to' whatever stands between the verb and 'from'", async () => {
    for (const [line, start] of [
      [
        "Small change to your interview on Thursday 5 March: we've pushed it back, from 2pm to 3pm ET.",
        '2026-03-05T15:00:00-05:00',
      ],
      [
        "We've moved your 5 March interview from 2 to 3pm ET - Dana has a clash.",
        '2026-03-05T15:00:00-05:00',
      ],
      [
        'Your interview on Thursday 5 March has been moved - from 2pm to 3pm ET.',
        '2026-03-05T15:00:00-05:00',
      ],
      [
        'Your interview was rescheduled - Friday 6 March from 10 to 11am ET works for Dana.',
        '2026-03-06T10:00:00-05:00',
      ],
    ] as const)
      expect(await startSaid(line), line).toBe(start);
  });
  it('reads a dash before a clock on another clock as a restatement, and a bracketed one as an offset', async () => {
    for (const [line, start] of [
      [
        'Your interview is on Thursday 12 March at 15:00 GMT - 10:00 Eastern.',
        '2026-03-12T15:00:00+00:00',
      ],
      [
        'Your interview is on Thursday 12 March at 13:00 UTC - 09:00 New York.',
        '2026-03-12T13:00:00+00:00',
      ],
      [
        'Your interview is on Thursday 12 March at 2:00 PM (GMT - 5 EST).',
        '2026-03-12T14:00:00-05:00',
      ],
      [
        'Your interview is on Thursday 12 March at 10:00 AM (GMT - 04:00 EDT).',
        '2026-03-12T10:00:00-04:00',
      ],
    ] as const)
      expect(await startSaid(line), line).toBe(start);
  });
  it('asks a move waiting on word after a semicolon or a dash', async () => {
    const move = 'We have pushed your interview on Thursday 5 March at 2pm ET back by an hour';
    for (const waiting of [
      `${move}; TBC once Dana confirms.`,
      `${move} - to be confirmed by Dana tomorrow.`,
    ])
      expect(await startSaid(waiting), waiting).toBeNull();
  });
  it('asks a call window said with "from"', async () => {
    expect(
      await startSaid(
        "Dana will call you on Friday 6 March from 2 to 4pm ET - she can't give an exact time.",
      ),
    ).toBeNull();
  });
  it('reads no rejection in an offer or an invitation that names someone', async () => {
    for (const [line, kind] of [
      [
        "We'd offered the role to someone else, but they've since withdrawn, so we'd love to invite you back for a final interview on Thursday 12 March at 2pm ET.",
        'interview',
      ],
      [
        "We'd like to offer the role to someone with your energy - and that's you. Offer letter attached.",
        null,
      ],
      [
        'Thanks again for coming in for the final onsite round on Tuesday. We are still collecting feedback.',
        'employer-reply',
      ],
    ] as const) {
      const reading = await readWithNote('fyi', line);
      if (kind) expect(reading.kind, line).toBe(kind);
      expect(['rejection', 'advance'], line).not.toContain(reading.reply?.class);
    }
  });
});

describe('what the thirteenth review found', () => {
  it("reads a range, not a move's 'from … to', once a comma, colon or dash opens another part", async () => {
    for (const line of [
      'Your interview has been moved, so please log in from 2 to 3pm ET on Thursday 5 March.',
      'Interview rescheduled, Thursday 5 March from 2 to 3pm ET.',
      'We had to move your interview - new slot from 2pm to 3pm ET on Thursday 5 March.',
      'Your interview has been moved, 5 March from 2 to 3pm ET.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-05T14:00:00-05:00');
  });
  it("reads a move's new clock on the day of the slot it leaves", async () => {
    for (const line of [
      'We had to move your interview on Thursday, 5 March from 2pm to 3pm ET.',
      "I've pushed your interview on Thursday 5 March back - from 2 to 3pm ET.",
      "We've rescheduled your interview on 5 March: from 2pm to 3pm ET.",
      'We need to move your interview on Thursday 5 March from 2pm to 3pm ET, and the panel stays the same.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-05T15:00:00-05:00');
  });
  it('reads "GMT - N" as an offset unless the reader, a half of the day, or another clock follows', async () => {
    for (const [line, start] of [
      [
        'Your interview is on Thursday 12 March at 2:00 PM GMT - 05:00.',
        '2026-03-12T14:00:00-05:00',
      ],
      [
        'Your interview is on Thursday 12 March at 2:00 PM GMT - 5 EST.',
        '2026-03-12T14:00:00-05:00',
      ],
      [
        'Your interview is on Thursday 12 March at 3pm GMT - 10 in New York.',
        '2026-03-12T15:00:00+00:00',
      ],
      [
        'Your interview is on Thursday 12 March at 11:00 GMT - 3 in Buenos Aires.',
        '2026-03-12T11:00:00-03:00',
      ],
      [
        'Your interview is on Thursday 12 March at 16:00 UTC - 11:00 Eastern.',
        '2026-03-12T16:00:00+00:00',
      ],
    ] as const)
      expect(await startSaid(line), line).toBe(start);
  });
  it('reads the hours a place keeps, named with an article, as no interview time', async () => {
    for (const hours of [
      "The building's open 7am - 7pm.",
      "Our lobby's open 8am - 6pm.",
      "The visitor car park's open from 7am.",
    ]) {
      const line = `We'd like to invite you to interview for the Analyst role on Friday 6 March at our Leeds office. ${hours}`;
      expect(await startSaid(line), line).toBeNull();
    }
  });
  it('reads "Tuesday week" as the Tuesday a week after the coming one', async () => {
    for (const [line, start] of [
      ['Your interview is Tuesday week 14:00 GMT with Dana.', '2026-03-10T14:00:00+00:00'],
      ['Your interview is Tuesday week, 10am ET.', '2026-03-10T10:00:00-04:00'],
      ["Your interview is Friday week at 3 o'clock ET.", '2026-03-13T15:00:00-04:00'],
      ['Your interview is Tuesday week 14 at 10am ET.', '2026-03-31T10:00:00-04:00'],
    ] as const)
      expect(await startSaid(line), line).toBe(start);
  });
  it('asks a move whose tail says the move itself still waits, and keeps one that names another thing', async () => {
    const move = 'We have pushed your interview on Thursday 5 March at 2pm ET back by an hour';
    for (const tail of [
      '; the new time is still to be confirmed by Dana.',
      '; the slot is to be confirmed.',
      ' - the change is pending Dana’s approval.',
      '; it is TBC until Dana confirms.',
      ' - all TBC for now.',
      '; Dana still has to confirm.',
    ])
      expect(await startSaid(`${move}${tail}`), tail).toBeNull();
    for (const tail of [
      '; Dana will confirm the panel by Wednesday.',
      " - Dana's co-interviewer TBC.",
      '; we are awaiting the room booking.',
      '; the dial-in is to be confirmed.',
    ])
      expect(await startSaid(`${move}${tail}`), tail).toBe('2026-03-05T15:00:00-05:00');
  });
  it('asks a call window said as a call to expect, and keeps a long call the sentence names', async () => {
    for (const line of [
      'Dana will give you a call on Friday 6 March from 2 to 4pm ET.',
      'Dana will be calling you on Friday 6 March from 2 to 4pm ET.',
      'Expect a call from Dana on Friday 6 March between 2 and 4pm ET.',
      "Dana's going to ring you on Friday 6 March, 2-4pm ET.",
    ])
      expect(await startSaid(line), line).toBeNull();
    for (const line of [
      'Dana will phone you on Friday 6 March from 10am to 12pm ET for the two-hour case interview.',
      'Dana will call you for the final interview, which runs from 1 to 3pm ET on Friday 6 March.',
    ])
      expect(await startSaid(line), line).not.toBeNull();
  });
  it("reads the note's weekday after a week and a dash", async () => {
    expect(await startUnderNote('Moved to later this week - Thursday at 3pm ET')).toBe(
      '2026-03-05T15:00:00-05:00',
    );
  });
  it('reads a rejection for someone described or someone else, whatever follows, and none that fell through', async () => {
    for (const line of [
      'We have decided to offer the position to someone else, however we would love to keep your CV on file.',
      'The panel decided to offer the role to someone with more agency experience.',
      'We have made an offer to someone with a little more hands-on experience.',
      'We offered the job to someone whose background was a closer match.',
    ]) {
      const reading = await readWithNote('fyi', `Thanks for interviewing with us. ${line}`);
      expect(reading.reply?.class, line).toBe('rejection');
    }
    for (const line of [
      'We offered the role to someone else, who has since turned it down - are you still interested?',
      "If we end up offering the role to someone else, I'll let you know straight away.",
    ]) {
      const reading = await readWithNote('fyi', `Thanks for interviewing with us. ${line}`);
      expect(reading.reply?.class, line).not.toBe('rejection');
    }
  });
  it('reads an advance to the next round however its round is described', async () => {
    for (const line of [
      "Congratulations - you're through to the final onsite round!",
      "We'd love to move you through to the next interview stage.",
      "We'd like to progress you to the next technical round.",
      'Good news: you have been invited to the final panel round.',
    ]) {
      const reading = await readWithNote('fyi', `Thanks for interviewing with us. ${line}`);
      expect(reading.reply?.class, line).toBe('advance');
    }
  });
});

describe('a clock without a day', () => {
  it('takes no day named after it in the next sentence', async () => {
    const line =
      "Your interview is on Friday 13 March at 2pm UK time - that's 10am for you in New York. Our clocks go forward this Sunday, so we're only four hours apart.";
    expect(await startSaid(line)).toBe('2026-03-13T14:00:00+00:00');
  });
});

describe('the slot someone cannot make', () => {
  it('is the one left, and the slot after "move it to:" the new one', async () => {
    for (const line of [
      "Unfortunately Dana won't be able to make your interview (Thursday 5 March, 2pm ET).\n\nWe'd like to move it to:\n\nFriday 6 March, 11am - 12pm ET",
      "Dana can't attend Thursday 5 March at 2pm ET after all, so we have rescheduled you to:\n\nFriday 6 March, 11am - 12pm ET",
    ])
      expect(await startSaid(line), line).toBe('2026-03-06T11:00:00-05:00');
  });
});

describe('a city right after a clock', () => {
  it('gives the zone when the sentence goes on to the day', async () => {
    expect(await startSaid('Your interview is at 10:00 Lisbon on Thursday 2 April.')).toBe(
      '2026-04-02T10:00:00+01:00',
    );
  });
});

describe("the user's note as a second witness", () => {
  const invite =
    "Your interview is on Thursday 2 April at 10:00 Lisbon time (that's 4am for you in New York).";
  it('settles a time the mail restates wrongly when it gives the same instant', async () => {
    for (const note of [
      'Her New York time is off - 10:00 Lisbon on the 2nd is 5am here, not 4am.',
      'Careful: 10 Lisbon = 5am NY, not 4.',
    ]) {
      const reading = await readWithNote(note, invite);
      expect(reading.interview?.start, note).toBe('2026-04-02T10:00:00+01:00');
      expect(reading.interview?.timezone, note).toBe('Europe/Lisbon');
    }
  });
  it('leaves it asked when the note says nothing of the time, or another one', async () => {
    for (const note of [
      'fyi',
      'They say 4am for me, ouch.',
      'Interview is 10:00 Lisbon time Thursday.',
    ])
      expect((await readWithNote(note, invite)).interview?.start ?? null, note).toBeNull();
  });
});

describe('a day in thanks for a meeting already held', () => {
  it('gives no time to a later word that reads as a clock', async () => {
    const reading = await readWithNote(
      'Through to the last round!',
      "Thank you for taking the time to speak with Dana on Tuesday - she enjoyed hearing how you run your noon stand-ups. We'd like to invite you to the final stage; I'll send time options for next week shortly.",
    );
    expect(reading.interview?.start ?? null).toBeNull();
    expect(reading.reply?.class).toBe('advance');
  });
});

describe('what the fourteenth review found', () => {
  it("keeps a move's 'from … to' past a day set off by commas", async () => {
    for (const line of [
      'Dana has had to move your interview, Thursday 5 March, from 2pm to 3pm ET.',
      'We need to move your interview, the one on Thursday 5 March, from 2pm to 3pm ET.',
      'Dana asked me to move your interview: Thursday 5 March, from 2pm to 3pm ET.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-05T15:00:00-05:00');
  });
  it('weighs a long call by its own clause, and a debrief is no interview', async () => {
    expect(
      await startSaid(
        'Dana will call you on Friday 6 March from 2 to 4pm ET for your assessment centre debrief; the interview itself is on Monday 9 March at 10am ET.',
      ),
    ).toBe('2026-03-09T10:00:00-04:00');
    for (const line of [
      "You'll get a call from our switchboard on Friday 6 March from 2pm to 4pm ET, then Dana will run the interview.",
      'Expect a call from Dana on Friday 6 March from 2pm to 4pm ET.',
    ])
      expect(await startSaid(line), line).toBeNull();
  });
  it('reads "GMT - N" followed by the reader or a half of the day as a restatement', async () => {
    for (const line of [
      'Your interview is on Thursday 12 March at 3pm GMT - 10 in the morning for you.',
      'Your interview is on Thursday 12 March at 3pm GMT - 10 where you are.',
      'Your interview is on Thursday 12 March at 3pm GMT - 10 at your end.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-12T15:00:00+00:00');
  });
  it('asks a move whose tail says it is not settled yet, however it says so', async () => {
    const move = 'We have pushed your interview on Thursday 5 March at 2pm ET back by an hour';
    for (const tail of [
      ' - we are awaiting the go-ahead from Dana.',
      '; Dana has yet to confirm.',
      ' - not confirmed yet.',
      '; provisional for now.',
      "; it still needs Dana's OK.",
      "; the new slot's not locked in yet.",
    ])
      expect(await startSaid(`${move}${tail}`), tail).toBeNull();
    expect(await startSaid(`${move}; Dana still has to confirm the dial-in.`)).toBe(
      '2026-03-05T15:00:00-05:00',
    );
  });
  it('reads "a week on Tuesday" as "Tuesday week", and "next week - Friday" as that Friday', async () => {
    for (const line of [
      'Your interview is a week on Tuesday at 2pm ET.',
      'Your interview is a week Tuesday at 2pm ET.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-10T14:00:00-04:00');
    expect(
      await startSaid('Dana is away, so your interview is next week - Friday at 10am ET.'),
    ).toBe('2026-03-13T10:00:00-04:00');
  });
  it("keeps a manager's free hour: a person's title with an article is no place", async () => {
    expect(
      await startSaid("The hiring manager's open 2 - 3pm on Friday 6 March, so let's do then."),
    ).toBe('2026-03-06T14:00:00-05:00');
  });
  it('reads no rejection when the offer to someone described fell through, nor an advance for others', async () => {
    for (const line of [
      'We made an offer to someone who has since turned it down, so we would like to invite you to a final interview.',
      'We decided to offer the role to someone with more experience, but they pulled out at the last minute.',
      'We have offered the role to someone else, but they have not yet accepted, so I will keep you posted.',
    ]) {
      const reading = await readWithNote('fyi', `Thanks for interviewing with us. ${line}`);
      expect(reading.reply?.class, line).not.toBe('rejection');
    }
    const others = await readWithNote(
      'fyi',
      'Three candidates have been invited to the final panel round, and unfortunately you are not one of them.',
    );
    expect(others.reply?.class).not.toBe('advance');
  });
});

describe('a meeting asked for without the word "interview"', () => {
  it('is one: "come by for a longer conversation", "you\'d meet me and our CFO"', async () => {
    const reading = await readWithNote(
      'In person one!',
      "We'd love to have you come by the studio for a longer conversation. How about Thursday 5 March at 10:30am? You'd meet me and Dana Pike, our CFO.",
      'Next steps',
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start).toBe('2026-03-05T10:30:00-05:00');
  });
});

describe('a postponement with no new date', () => {
  it('calls off the slot its thread gave, like a cancellation', async () => {
    const raw = threadForward([
      [
        'jane',
        '3:00 PM',
        "I'm sorry, but we have to postpone your interview on Thursday 12 March - two of the panel are off sick. We'll be in touch with new dates soon.",
      ],
      [
        'jane',
        '9:00 AM',
        "I'm pleased to invite you to interview on Thursday 12 March at 10:30am at our office.",
      ],
    ]);
    const { reading } = await understandMessage(raw, { defaultTimezone: 'America/New_York' });
    expect(reading.kind).toBe('cancellation');
    expect(reading.interview?.start).toBe('2026-03-12T10:30:00-04:00');
  });
});

describe('what the fifteenth review found', () => {
  it('takes no zone from a person named like a city after a clock', async () => {
    const reading = await read(
      'Hi Alex,\n\nOn Thursday 5 March at 2pm Phoenix is going to meet you in reception for your interview.\n\nJane',
    );
    expect(reading.interview?.timezone).not.toBe('America/Phoenix');
  });
  it('leaves "GMT - N" an offset when the words after it place nothing', async () => {
    expect(
      await startSaid(
        'Your interview is on Thursday 12 March at 10:00 GMT - 5 Please join via Teams.',
      ),
    ).toBe('2026-03-12T10:00:00-05:00');
  });
  it('gives a clock the day after it when it restates nothing', async () => {
    expect(
      await startSaid(
        'Thanks again for the chat on Friday 27 February at 4pm. The final round will start at 2pm ET. It is on Wednesday 11 March.',
      ),
    ).toBe('2026-03-11T14:00:00-04:00');
  });
  it('keeps the times of a sentence that thanks and asks again, or warns not to join early', async () => {
    for (const [line, start] of [
      [
        'Thank you for meeting with us earlier - the next round is at 10am ET on Friday 6 March.',
        '2026-03-06T10:00:00-05:00',
      ],
      [
        'Your interview is on Friday 6 March. Please do not join the call before 1:55pm; the interview starts at 2pm ET.',
        '2026-03-06T14:00:00-05:00',
      ],
      [
        'Dana will call you on Friday 6 March from 2 to 4pm ET for the interview and will give feedback by Monday.',
        '2026-03-06T14:00:00-05:00',
      ],
      [
        "We have pushed your interview on Thursday 5 March at 2pm ET back by an hour - they haven't confirmed who else is on the panel.",
        '2026-03-05T15:00:00-05:00',
      ],
    ] as const)
      expect(await startSaid(line), line).toBe(start);
  });
  it('reads "invited to the final round, and you are not one of them" as no advance', async () => {
    const reading = await readWithNote(
      'fyi',
      "Three candidates have been invited to the final round and I'm afraid you are not one of them.",
    );
    expect(reading.reply?.class).not.toBe('advance');
  });
  it("reads a relay's message that passes on the one under Outlook's rule as a forward", async () => {
    const raw = [
      'From: Alex Rivera <alex.rivera@example.net>',
      'To: interviews@followup.example.com',
      'Subject: FW: Interview',
      'Date: Mon, 2 Mar 2026 11:00:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'From the agency',
      '________________________________',
      'From: Sam Hale <sam@talentbridge.example>',
      'Sent: Monday, March 2, 2026 10:00 AM',
      'To: Alex Rivera <alex.rivera@example.net>',
      'Subject: Acme - great news',
      '',
      'Hi Alex, great news - Acme want to meet you, details below.',
      '',
      '-----Original Message-----',
      'From: Jane Recruiter',
      'Sent: Monday, March 2, 2026 9:00 AM',
      'To: Sam Hale <sam@talentbridge.example>',
      'Subject: Interview',
      '',
      "We'd like to interview Alex on Thursday 5 March at 2pm ET at our office.",
    ].join('\n');
    const { reading } = await understandMessage(raw, { defaultTimezone: 'America/New_York' });
    expect(reading.interview?.start).toBe('2026-03-05T14:00:00-05:00');
  });
});

describe('what the sixteenth review found', () => {
  it('gives the zone of a city after a clock when the clause goes on about the time', async () => {
    expect(
      await startSaid(
        'Your interview is on Thursday 12 March at 11:00 Lisbon and should last about 45 minutes.',
      ),
    ).toBe('2026-03-12T11:00:00+00:00');
    const reading = await read(
      'Hi Alex,\n\nOn Thursday 5 March at 2pm Phoenix and Tom will interview you over Zoom.\n\nJane',
    );
    expect(reading.interview?.timezone).not.toBe('America/Phoenix');
  });
  it('reads "GMT - N" followed by a place in capitals or a coast as a restatement', async () => {
    for (const line of [
      'Your interview is on Thursday 12 March at 3pm GMT - 11 NYC.',
      'Your interview is on Thursday 12 March at 3pm GMT - 11 East Coast.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-12T15:00:00+00:00');
  });
  it('asks a long call to go over feedback', async () => {
    expect(
      await startSaid(
        'Dana will ring you on Friday 6 March from 2 to 4pm ET to go over feedback from the case study.',
      ),
    ).toBeNull();
  });
  it('reads no interview in a salary conversation, and an advance for one spared a step', async () => {
    const salary = await readWithNote(
      'fyi',
      'Could we set up time on Tuesday 10 March at 3pm for a salary conversation?',
      'Your offer',
    );
    expect(salary.kind).not.toBe('interview');
    const spared = await readWithNote(
      'fyi',
      "A few candidates will do a written exercise first; you are not one of them, so we'd like to invite you straight to the final interview on Thursday 12 March at 2pm ET.",
    );
    expect(spared.interview?.start).toBe('2026-03-12T14:00:00-04:00');
    const others = await readWithNote(
      'fyi',
      "We have invited four candidates to the final stage, and unfortunately you weren't one of them.",
    );
    expect(others.reply?.class).not.toBe('advance');
  });
});

describe('a move said after the slot it leaves', () => {
  it('takes the new clock on the old day, never the old slot or a range of the two', async () => {
    for (const line of [
      "We've shifted your interview on Thursday 5 March at 2pm ET back to 3pm. The dial-in is unchanged.",
      "We've shifted your interview on Thursday 5 March at 2pm ET to 3pm. The dial-in is unchanged.",
      'Your interview on Thursday 5 March at 4pm ET, moved up to 3pm - Dana has a flight to catch.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-05T15:00:00-05:00');
  });
  it('asks the time when it moves to a day without one', async () => {
    const line = "We've moved your interview on Thursday 5 March at 2pm ET to Monday 9 March.";
    expect(await startSaid(line)).toBeNull();
  });
  it('reads the slot a move takes the interview "off" as the old one', async () => {
    expect(
      await startSaid(
        'Dana is travelling, so we need to move your interview off Thursday 5 March at 2pm ET. Could you do Monday 9 March at 10am ET instead?',
      ),
    ).toBe('2026-03-09T10:00:00-04:00');
  });
});

describe('a time the mail says is behind it', () => {
  it('is no interview: "earlier today at 9am"', async () => {
    const reading = await read(
      "Hi Alex,\n\nThanks for your time with Priya earlier today at 9am - she'd like you back to meet the wider team. I'll be in touch with times.\n\nJane",
    );
    expect(reading.interview?.start ?? null).toBeNull();
  });
});

describe('"GMT - N" and a place after it', () => {
  it('keeps the offset when the place keeps it, or the words are no place', async () => {
    const lines: Array<[string, string]> = [
      ['Your call is on Thursday 5 March at 2pm GMT - 5 NYC.', '2026-03-05T14:00:00-05:00'],
      ['Your call is on Thursday 5 March at 4pm GMT - 8 West Coast.', '2026-03-05T16:00:00-08:00'],
      [
        'Your call is on Thursday 5 March at 10am GMT - 5 HR will send the link.',
        '2026-03-05T10:00:00-05:00',
      ],
    ];
    for (const [line, start] of lines) expect(await startSaid(line), line).toBe(start);
  });
  it('reads a US coast as its clock', async () => {
    expect(await startSaid('Your call is on Thursday 5 March at 10am West Coast time.')).toBe(
      '2026-03-05T10:00:00-08:00',
    );
  });
});

describe('kinds the seventeenth review found', () => {
  it('reads "you are not one of them" as a rejection unless it invites instead', async () => {
    for (const body of [
      "We could only take three people to the last round and I'm afraid you're not one of them.",
      'Five candidates go through to the final interviews; unfortunately you are not among them.',
    ])
      expect((await readWithNote('fyi', body)).reply?.class, body).toBe('rejection');
  });
  it('reads "could you come in" as an invitation, and a first day as none', async () => {
    const visit = await readWithNote(
      'fyi',
      "Could you come in on Thursday 5 March at 10am? You'd meet me and two of the leads.",
      'Next step',
    );
    expect(visit.interview?.start).toBe('2026-03-05T10:00:00-05:00');
    const firstDay = await readWithNote(
      'fyi',
      'Welcome aboard! Could you come in on your first day, Monday 9 March at 9am, to pick up your laptop?',
      'Your first week',
    );
    expect(firstDay.kind).toBe('unknown');
  });
  it('reads "come in and meet us" with a slot offered as no absence', async () => {
    const reading = await readWithNote(
      'Thurs! in person',
      "We'd like you to come in and meet us. Would Thursday 5 March at 10.30 work? I'm away at a conference on Tuesday, so do catch me before then.",
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start).toBe('2026-03-05T10:30:00-05:00');
    expect(reading.interview?.format).toBe('onsite');
  });
  it('reads a role put on hold, its interview cancelled, as a cancellation', async () => {
    const reading = await readWithNote(
      'off',
      'Your interview on Friday 6 March at 1pm ET was booked, but we have to cancel it: the role is on hold and we are not moving forward with any candidates for now.',
    );
    expect(reading.kind).toBe('cancellation');
  });
  it('reads "after the time change" as no move', async () => {
    const reading = await readWithNote(
      'heads up, it is after the time change',
      'Your interview is confirmed for Thursday 19 March at 10am CT.',
    );
    expect(reading.kind).toBe('interview');
  });
});

describe('zones and names the blind batches found', () => {
  it('takes "= 1:30 PM IST" as a restatement of the named zone before it', async () => {
    const reading = await readWithNote(
      'fyi',
      'Date: Thursday, 5 March 2026\nTime: 11:00 AM East Africa Time\n        = 1:30 PM India Standard Time',
    );
    expect(reading.interview?.start).toBe('2026-03-05T11:00:00+03:00');
  });
  it('drops Ethiopian and Indonesian honorifics from names', async () => {
    const reading = await readWithNote(
      'fyi',
      'Your interview is on Thursday 5 March at 10am ET.\nPanel:\n1. Ato Kebede Alemu - CTO\n2. Ibu Dewi Lestari - Head of Data',
    );
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual([
      'Kebede Alemu',
      'Dewi Lestari',
    ]);
  });
  it('reads CST as Central America\'s clock where the mail says "Costa Rica time"', async () => {
    const reading = await readWithNote(
      'fyi',
      'Your interview is on Thursday 19 March at 9:00 a.m. CST. The time above is Costa Rica time.',
    );
    expect(reading.interview?.start).toBe('2026-03-19T09:00:00-06:00');
  });
});

describe('notes that settle a move or a slot', () => {
  it('reads "our clocks change on Sunday" as no move of the interview', async () => {
    expect(
      await startUnderNote('Fri 6th - double-check the time, our clocks change on Sunday!'),
    ).toBe('2026-03-06T10:00:00-05:00');
  });
  it('takes the slot a move by an amount writes out, the note saying it was moved', async () => {
    const reading = await readWithNote(
      'They moved it a week. Still 10am for me',
      'Could we move it by one week, to Thursday 12 March at 10am ET? Dana is away on the 5th.',
    );
    expect(reading.interview?.start).toBe('2026-03-12T10:00:00-04:00');
  });
  it("takes the one slot the note tells on the user's clock and says is booked", async () => {
    const reading = await readWithNote(
      'Booked - Thu 5th 7pm my time (their Fri morning). Told him that works.',
      'How does Friday 6 March at 9am JST work? I know that is Thursday evening for you.',
    );
    expect(reading.interview?.start).toBe('2026-03-06T09:00:00+09:00');
  });
  it('takes the format from the note when the mail says nothing of it', async () => {
    const reading = await readWithNote(
      'in person!',
      'Your interview is confirmed for Friday 6 March at 10am ET.',
    );
    expect(reading.interview?.format).toBe('onsite');
  });
});

describe('places and calls the seventeenth review found', () => {
  it('asks where a city after a clock may be a person the clause goes on about', async () => {
    for (const line of [
      "Thursday 5 March - who you'll see:\n10am Sydney for the pairing exercise\n11am Marco for architecture",
      'On Thursday 5 March at 2pm Sydney and two of her leads will interview you.',
      'On Thursday 5 March at 2pm Phoenix is your interviewer; she runs the data team.',
    ])
      expect(await startSaid(line), line).toBeNull();
    expect(await startSaid('Your interview is on Thursday 5 March at 2pm Sydney, on Zoom.')).toBe(
      '2026-03-05T14:00:00+11:00',
    );
  });
  it('keeps a long call that is the interview, whatever else it is for', async () => {
    expect(
      await startSaid(
        'Dana will call you on Friday 6 March from 1 to 2:30pm ET for the final interview and to get your feedback on the take-home.',
      ),
    ).toBe('2026-03-06T13:00:00-05:00');
  });
});

describe('companies, formats and people the blind batches found', () => {
  const forwardedFrom = (from: string, subject: string, body: string) =>
    readWithNote('fyi', body, subject, from);
  it("names an agency's client in full from its subject when the text writes it short", async () => {
    const reading = await forwardedFrom(
      'Mia Grant <mia@harbourlinetalent.example>',
      'Tanglewood Civil - interview confirmed',
      'Hi Alex,\n\nGood news - Tanglewood have confirmed your interview for the Site Engineer role on Thursday 5 March at 2pm ET.\n\nCheers,\nMia\n\nMia Grant\nSenior Consultant - Civil & Construction\nHarbourline Talent\nLevel 3, 10 Smith Street, Parramatta NSW 2150',
    );
    expect(reading.interview?.company).toBe('Tanglewood Civil');
  });
  it("reads a colleague's customer site visit as no onsite interview", async () => {
    const reading = await forwardedFrom(
      'Jane Recruiter <jane@acmecorp.example>',
      'Moving your interview',
      'Hi Alex,\n\nDana has been pulled into a customer site visit on Thursday, so could we do Friday 6 March at 10am ET instead? Same Zoom link as before.\n\nJane',
    );
    expect(reading.interview?.format).toBe('video');
  });
  it('takes a writer who asks to set up a first conversation about the role as the interviewer', async () => {
    const reading = await forwardedFrom(
      'Tom Adeyemi <tom@larkfield.example>',
      'A first conversation',
      "Hi Alex,\n\nI'd like to set up a first conversation about the Regional Sales Lead role. Thursday 5 March at 3pm ET works on my side; we'll do it over Zoom.\n\nTom Adeyemi\nVP Sales",
    );
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual(['Tom Adeyemi']);
  });
});

describe('what the eighteenth review found', () => {
  it('reads "GMT = 2:30pm IST" as Greenwich time restated, never an offset of two hours', async () => {
    for (const line of [
      'Your interview is on Thursday 5 March at 9am GMT = 2:30pm IST.',
      'Your interview is on Thursday 5 March at 9am GMT, 2:30pm IST.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-05T09:00:00+00:00');
  });
  it('asks where a move leaves a slot and a replacement is asked for after it', async () => {
    for (const line of [
      'We need to move your interview on Thursday 5 March at 9am ET. Could we do Thursday 12 March instead?',
      'We need to move your interview on Thursday 5 March at 9am ET. Would the same time the following week work?',
    ])
      expect(await startSaid(line), line).toBeNull();
  });
  it('parts "could we move … at 2pm to Friday at 3pm" into the old slot and the new', async () => {
    const reading = await readWithNote(
      'fyi',
      'Could we move your interview on Thursday at 2pm to Friday at 3pm? Let me know if that works.',
    );
    expect(reading.interview?.start).toBe('2026-03-06T15:00:00-05:00');
  });
  it('keeps the day for "the new time is 4pm" after the slot a move leaves', async () => {
    for (const line of [
      'We moved your interview on Thursday 5 March at 2pm ET. The new time is 4pm.',
      'We moved your interview on Thursday 5 March at 2pm ET.\nNew time: 4pm',
    ])
      expect(await startSaid(line), line).toBe('2026-03-05T16:00:00-05:00');
  });
  it('keeps "GMT - N" where a place after it is what the sentence goes on about', async () => {
    for (const line of [
      'Your interview is on Thursday 5 March at 3pm GMT - 5 Paris office will host it on Teams.',
      'Your interview is on Thursday 5 March at 3pm GMT - 5 Sydney will join too.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-05T15:00:00-05:00');
  });
  it("reads Australia's east coast where the mail says it is there", async () => {
    expect(
      await startSaid(
        'Our office is on the east coast of Australia. Your interview is Thursday 12 March at 10am East Coast time.',
      ),
    ).toBe('2026-03-12T10:00:00+11:00');
  });
  it('asks a time told on the clock of a country that keeps several', async () => {
    expect(await startSaid('Your interview is on Thursday 5 March at 9am Brazil time.')).toBeNull();
  });
  it('keeps the invitation where "you are not one of them" spares a step', async () => {
    for (const body of [
      "Most applicants sit our online test first, but you're not one of them - we'd like to invite you straight to interview on Thursday 5 March at 2pm ET.",
      "Several candidates have asked to reschedule; you're not one of them, so your interview on Thursday 5 March at 2pm ET stands as planned.",
    ])
      expect((await readWithNote('fyi', body)).interview?.start, body).toBe(
        '2026-03-05T14:00:00-05:00',
      );
  });
  it('reads no cancellation in a conditional or a past one', async () => {
    for (const body of [
      'Your interview is on Thursday 5 March at 2pm ET. Should we need to cancel it, I will call you.',
      'Your interview is on Thursday 5 March at 2pm ET. Last time we had to cancel it at short notice - sorry again.',
    ])
      expect((await readWithNote('fyi', body)).kind, body).toBe('interview');
  });
  it('reads a first day as no interview whatever the subject says', async () => {
    const reading = await readWithNote(
      'fyi',
      'Welcome aboard! Could you come in on Monday 9 March at 9am for your first day?',
    );
    expect(reading.kind).toBe('unknown');
  });
  it('rejects "not moving forward with any candidates …, which includes you"', async () => {
    const reading = await readWithNote(
      'fyi',
      "We're not moving forward with any candidates from the first round, which unfortunately includes you.",
    );
    expect(reading.reply?.class).toBe('rejection');
  });
  it('reads a time change of the interview as a move, and a kick-off as its start', async () => {
    expect(
      (
        await readWithNote(
          'fyi',
          'Please note the time change for your interview: Thursday 5 March at 4pm ET instead of 2pm.',
        )
      ).kind,
    ).toBe('reschedule');
    expect(
      await startSaid('Your onsite kicks off on Thursday 5 March at 2pm ET in the lobby.'),
    ).toBe('2026-03-05T14:00:00-05:00');
  });
  it('takes no format from a note that only hopes for one', async () => {
    const reading = await readWithNote(
      'I asked if it could be in person! fingers crossed',
      'Your interview is confirmed for Friday 6 March at 10am ET.',
    );
    expect(reading.interview?.format ?? null).toBeNull();
  });
});

describe('moves and dates the newest blind batches found', () => {
  it('reads "Wednesday 4th March, 10.30" as a clock after the date', async () => {
    const reading = await readWithNote(
      'fyi',
      'We would like to meet you for an interview.\nWhen: Wednesday 4th March, 10.30\nWhere: our Albany office',
    );
    expect(reading.interview?.start).toBe('2026-03-04T10:30:00-05:00');
  });
  it('reads "… can\'t go ahead as planned" as a cancellation', async () => {
    const reading = await readWithNote(
      'ugh',
      'Because of the acquisition, your interview on Tuesday 10 March at 2pm ET can’t go ahead as planned. I have no new date yet.',
    );
    expect(reading.kind).toBe('cancellation');
  });
  it('reads a postponement with a slot offered in its place as a move', async () => {
    const reading = await readWithNote(
      'fyi',
      'We will need to postpone your interview that was scheduled for Friday 6 March at 3pm ET. The earliest slot we can offer is:\n\nThursday 12 March, 4pm - 5pm ET',
    );
    expect(reading.kind).toBe('reschedule');
    expect(reading.interview?.start).toBe('2026-03-12T16:00:00-04:00');
  });
  it('reads a move whose new slot is only offered, a backup beside it, as a move', async () => {
    const reading = await readWithNote(
      'fyi',
      "I'm sorry, but we need to move your interview. Would Wednesday 11 March at 9am ET work instead? Thursday 12 March at 1pm ET is our backup.",
      'Interview Confirmation - Planner',
    );
    expect(reading.kind).toBe('reschedule');
    expect(reading.interview?.start ?? null).toBeNull();
  });
});

describe('roles and lengths the newest blind batches found', () => {
  it('drops a job code from the role', async () => {
    const reading = await readWithNote(
      'fyi',
      'We are pleased to invite you to interview for the position of Senior Platform Engineer (Job Code: ACM/ENG/0412) on Thursday 5 March at 11am ET.',
    );
    expect(reading.interview?.role).toBe('Senior Platform Engineer');
  });
  it('gives no end for a range of lengths', async () => {
    const reading = await readWithNote(
      'fyi',
      "Your call is confirmed for Thursday 5 March at 2pm ET. It's usually a 20–30 minute conversation.",
    );
    expect(reading.interview?.start).toBe('2026-03-05T14:00:00-05:00');
    expect(reading.interview?.end ?? null).toBeNull();
  });
});

describe('panels the newest blind batches found', () => {
  const interviewersOf = async (line: string) =>
    (
      await readWithNote(
        'fyi',
        `Hi Alex,\n\nYour interview is on Thursday 5 March at 2pm ET over Zoom.\n\n${line}\n\nCarly\n\nCarly Westbrook\nHiring Manager`,
        'Interview',
        'Carly Westbrook <carly@acmecorp.example>',
      )
    ).interview?.interviewers.map((person) => person.name);
  it('reads a panel said to be unchanged, between dashes', async () => {
    expect(
      await interviewersOf(
        'The panel is unchanged – Ines Duarte (Head of Data) and Omar Haddad (Data Architect) – and the link still works.',
      ),
    ).toEqual(['Ines Duarte', 'Omar Haddad']);
  });
  it('reads one who joins "for the last 15 minutes", and the writer "plus" another', async () => {
    expect(
      await interviewersOf(
        "You'll be speaking with Ines Duarte, our Head of Product, and she'll be joined for the last 15 minutes by Omar Haddad, our Engineering Lead.",
      ),
    ).toEqual(['Ines Duarte', 'Omar Haddad']);
    expect(
      await interviewersOf(
        "It'll be me, plus Omar Haddad, our VP of Operations, who'll join for the second half.",
      ),
    ).toEqual(['Carly Westbrook', 'Omar Haddad']);
  });
});

describe('what the nineteenth review found', () => {
  it('keeps a slot that stays, whatever "new time" someone else has', async () => {
    expect(
      await startSaid(
        'Your interview on Thursday 5 March at 2pm ET stays put. Our hiring manager has relocated to Denver, so the new time is 12pm for him.',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
  });
  it('takes "the new time is 4pm Friday" over the slot before it', async () => {
    const reading = await readWithNote(
      'fyi',
      'Your interview is on Thursday 5 March at 2pm ET. The new time is 4pm Friday.',
    );
    expect(reading.interview?.start).toBe('2026-03-06T16:00:00-05:00');
  });
  it('reads "US East Coast" as New York, and an Australian mail\'s "East Coast" as its own', async () => {
    expect(
      await startSaid(
        'Our office is on the east coast of Australia, but the hiring manager is in New York. Your interview is Thursday 12 March at 10am US East Coast time.',
      ),
    ).toBe('2026-03-12T10:00:00-04:00');
    expect(
      await startSaid(
        'Our office is on the east coast of Australia. Your interview is Thursday 12 March at 10am East Coast time.',
      ),
    ).toBe('2026-03-12T10:00:00+11:00');
    // Queensland keeps no summer time: which east coast is not said.
    expect(
      await startSaid(
        'Our Brisbane team would love to meet. Your interview is Thursday 12 March at 10am East Coast time.',
      ),
    ).toBeNull();
  });
  it('reads a price after a date as no clock', async () => {
    const reading = await readWithNote(
      'fyi',
      'Parking on Thursday 5 March, 10.50 for the day. Your interview is at 2pm ET.',
    );
    expect(reading.interview?.start ?? null).not.toBe('2026-03-05T10:50:00-05:00');
  });
  it('leaves the old slot of a move asked "to the following week"', async () => {
    const reading = await readWithNote(
      'fyi',
      'Could we push your interview on Thursday 5 March at 2pm ET to the following week, same time?',
    );
    expect(reading.kind).toBe('reschedule');
    expect(reading.interview?.start ?? null).toBeNull();
  });
  it('reads a city after a clock "over Zoom", and a country of one clock under several names', async () => {
    expect(await startSaid('Your interview is on Thursday 5 March at 10am Sydney over Zoom.')).toBe(
      '2026-03-05T10:00:00+11:00',
    );
    expect(await startSaid('Your interview is on Thursday 5 March at 9am Argentina time.')).toBe(
      '2026-03-05T09:00:00-03:00',
    );
  });
  it('keeps an invitation after "you are not one of them" and a slot a mail does not move', async () => {
    expect(
      (
        await readWithNote(
          'fyi',
          "Most won't hear back, but you're not one of them - I'd love to set up an interview on Thursday 5 March at 2pm ET.",
        )
      ).interview?.start,
    ).toBe('2026-03-05T14:00:00-05:00');
    expect(
      (
        await readWithNote(
          'fyi',
          'Just confirming we will not need to move your interview on Thursday 5 March at 2pm ET. Could you bring a copy of your portfolio?',
        )
      ).interview?.start,
    ).toBe('2026-03-05T14:00:00-05:00');
  });
  it('reads a postponement with "how does … look?" as a move', async () => {
    const reading = await readWithNote(
      'fyi',
      'We need to postpone your interview on Thursday 5 March at 2pm ET. How does Tuesday 10 March at 2pm ET look?',
    );
    expect(reading.kind).toBe('reschedule');
  });
});

describe('what the twentieth review found', () => {
  it('takes "the new time is" after a slot without a move word, or for everyone', async () => {
    for (const [line, start] of [
      [
        'Quick update. Your interview on Thursday 5 March at 2pm ET - new time is 3.30pm.',
        '2026-03-05T15:30:00-05:00',
      ],
      [
        'We moved your interview on Thursday 5 March at 2pm ET. The new time is 4pm for Dana and the panel.',
        '2026-03-05T16:00:00-05:00',
      ],
    ] as const)
      expect(await startSaid(line), line).toBe(start);
  });
  it('asks where a move asks for availability instead of a slot', async () => {
    const reading = await readWithNote(
      'fyi',
      'We need to reschedule your interview on Thursday 5 March at 2pm ET. Could you share your availability for next week?',
    );
    expect(reading.interview?.start ?? null).toBeNull();
  });
  it('asks a coast that mail naming Australian places leaves open, never states Australia', async () => {
    for (const line of [
      'Thanks for your interest in our Austin office. Your interview is Thursday 12 March at 10am East Coast time with Dana, who moved here from Melbourne last year.',
      'We are a Sydney-based startup. Your interview is Thursday 12 March at 10am East Coast time.',
    ])
      expect(await startSaid(line), line).toBeNull();
  });
  it('leaves the old slot of a move "to the next available slot"', async () => {
    const reading = await readWithNote(
      'fyi',
      "Could we push the interview on Thursday 5 March at 2pm ET to the next available slot? I'll send options.",
    );
    expect(reading.interview?.start ?? null).toBeNull();
  });
  it('reads any minutes after a date as a clock', async () => {
    const odd = await readWithNote(
      'fyi',
      "Your interview is on Thursday 5 March, 10.40 - it's a slightly odd slot.",
    );
    expect(odd.interview?.start).toBe('2026-03-05T10:40:00-05:00');
  });
  it('reads an open-ended postponement asked about as a cancellation, not a move', async () => {
    const reading = await readWithNote(
      'fyi',
      "We need to postpone your interview on Thursday 5 March at 2pm ET while the role is reviewed. Would that work for you? I'll be in touch.",
    );
    expect(reading.kind).toBe('cancellation');
  });
  it('reads "would it be possible to push your interview … to the following Monday" as a move', async () => {
    const reading = await readWithNote(
      'fyi',
      'Would it be possible to push your interview on Thursday 5 March at 2pm ET to the following Monday, same time?',
    );
    expect(reading.kind).toBe('reschedule');
  });
});

describe('what the twenty-first review found', () => {
  it("keeps the slot where the new time is someone else's clock or another meeting's", async () => {
    for (const line of [
      'Your interview on Thursday 5 March at 2pm ET is confirmed. Marco has relocated to Boise, so the new time is 12pm for him.',
      'Your interview on Thursday 5 March at 2pm ET is with Marco. He relocated to Boise, so for him the new time is 12pm.',
      'Your interview on Thursday 5 March at 2pm ET will go ahead. Marco is in Boise now, so the new time is 12pm on his end.',
      'Your interview on Thursday 5 March at 2pm ET is with Marco. He is in Boise now, so the new time is 12pm for Marco.',
      'Your interview on Thursday 5 March at 2pm ET is not changing. The new time is 3pm for the debrief afterwards.',
      'Your interview on Thursday 5 March at 2pm ET goes ahead as normal; the new time is 11am only for our Denver panelist.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-05T14:00:00-05:00');
    expect(
      await startSaid(
        'We changed your interview on Thursday 5 March at 2pm ET. The new time is 4pm for you and Marco.',
      ),
    ).toBe('2026-03-05T16:00:00-05:00');
  });
  it('never states the slot a move leaves, whatever follows it', async () => {
    for (const after of [
      'Can you do later in the week?',
      'Could you do Monday morning?',
      'Would the 12th look ok for you?',
      'Let me know if you have any questions.',
      'Is Friday ok?',
    ]) {
      const line = `We need to move your interview on Thursday 5 March at 2pm ET. ${after}`;
      expect(await startSaid(line), line).toBeNull();
    }
    const slotNow =
      'Could we move this to the following week? It is currently Thursday 5 March at 2pm ET.';
    expect(await startSaid(slotNow), slotNow).toBeNull();
  });
  it('reads a push of the call, meeting or chat to the next slot as a move', async () => {
    for (const line of [
      'Can we push the call on Thursday 5 March at 2pm ET to the next open slot in my calendar?',
      'Could we push the chat on Thursday 5 March at 2pm ET to next week?',
    ]) {
      const reading = await read(`Hi Alex,\n\n${line}\n\nJane`);
      expect(reading.kind, line).toBe('reschedule');
    }
  });
  it('reads an interview that will not need to move as the interview', async () => {
    const reading = await read(
      'Hi Alex,\n\nGood news: we will not need to move your interview on Thursday 5 March at 2pm ET after all.\n\nJane',
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start).toBe('2026-03-05T14:00:00-05:00');
  });
  it("reads Australia's east coast beside AEST, and its regions named before the country", async () => {
    for (const line of [
      'Your interview is on Thursday 12 March at 10am AEDT / East Coast time.',
      'Your interview is on Thursday 12 March at 10am Eastern Australian time.',
    ])
      expect(await startSaid(line), line).toBe('2026-03-12T10:00:00+11:00');
    expect(
      await startSaid('Your interview is on Thursday 12 March at 9am Western Australia time.'),
    ).toBe('2026-03-12T09:00:00+08:00');
  });
  it("asks a country whose name is a person's or a US state's too", async () => {
    for (const line of [
      'Your interview is on Thursday 12 March at 10am Jordan time.',
      'Your interview is on Thursday 12 March at 10am Georgia time.',
    ])
      expect(await startSaid(line), line).toBeNull();
  });
  it('reads a city before its word for time, even one that is a name too', async () => {
    expect(
      await startSaid('Your interview is on Thursday 12 March at 9:00am Darwin time (ACST).'),
    ).toBe('2026-03-12T09:00:00+09:30');
  });
});

describe('a city right after a clock, whatever follows it', () => {
  it("places the clock in the city before 'with', 'at', a slash or a dash", async () => {
    for (const [line, start] of [
      [
        'Your interview is on Thursday 12 March at 11:00 Lisbon with Ana Sousa.',
        '2026-03-12T11:00:00+00:00',
      ],
      [
        'Your interview is on Thursday 12 March at 16:00 Berlin / 11:00 New York.',
        '2026-03-12T16:00:00+01:00',
      ],
      [
        'Your interview is on Thursday 12 March at 11:00 Lisbon - 7:00 New York.',
        '2026-03-12T11:00:00+00:00',
      ],
    ] as const)
      expect(await startSaid(line), line).toBe(start);
  });
  it('asks where the clock restated in another city disagrees', async () => {
    const line = 'Your interview is on Thursday 12 March at 16:00 Berlin / 10:00 New York.';
    expect(await startSaid(line), line).toBeNull();
  });
  it('keeps the day of the clock a restatement restates, not a day said between them', async () => {
    const reading = await read(
      'Hi Alex,\n\nWe have booked Tuesday 17 March at 15:00 Swedish time for you. Since the US changes its clocks this Sunday, that should be 10:00 in New York.\n\nJane',
    );
    expect(reading.interview?.start).toBe('2026-03-17T15:00:00+01:00');
    expect(reading.interview?.timezone).toBe('Europe/Stockholm');
  });
});

describe('postponements and invitations among other candidates', () => {
  it('reads a postponement of all interviews, including yours, as a cancellation', async () => {
    const reading = await read(
      'Hi Alex,\n\nWe are postponing all interviews this week because of the office move, including yours on Thursday 5 March at 2pm. We will be in touch with a new date.\n\nJane',
    );
    expect(reading.kind).toBe('cancellation');
  });
  it('reads an invitation after a hope that the candidate is not among those who left', async () => {
    const reading = await read(
      "Hi Alex,\n\nA few candidates dropped out this week - hopefully you're not one of them! Your interview is confirmed for Thursday 12 March at 2pm ET with Marco Lee.\n\nJane",
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start).toBe('2026-03-12T14:00:00-04:00');
  });
});

describe('what the newest blind batches found', () => {
  it('reads the writer in a list of whom the candidate meets, and an agenda of starts', async () => {
    const listed = await readWithNote(
      'fyi',
      "Hi Alex,\n\nYour onsite is confirmed for Wednesday 11 March at 10am ET. You'll meet:\n\n- myself\n- Tomasz Brenner, Head of Quality\n- Ines Okoro, Senior Analyst\n\nBest,\nMaren",
      'Interview',
      'Maren Holt <maren.holt@acmecorp.example>',
    );
    expect(listed.interview?.interviewers.map((person) => person.name)).toEqual([
      'Maren Holt',
      'Tomasz Brenner',
      'Ines Okoro',
    ]);
    const agenda = await readWithNote(
      'fyi',
      "Hi Alex,\n\nYour onsite is on Wednesday 11 March. We'll start at 9:00 ET:\n\n9:00 - me: team overview\n9:45 - Tomasz Brenner (Head of Quality): deep dive\n10:30 - tour of the lab\n11:00 - Ines Okoro (Senior Analyst)\n\nBest,\nMaren",
      'Interview',
      'Maren Holt <maren.holt@acmecorp.example>',
    );
    expect(agenda.interview?.interviewers.map((person) => person.name)).toEqual([
      'Maren Holt',
      'Tomasz Brenner',
      'Ines Okoro',
    ]);
  });
  it('reads the end said with the start: "and wrap up by noon"', async () => {
    for (const [line, end] of [
      [
        "Your onsite is on Thursday 5 March. We'll start at 9:00 ET and wrap up by noon.",
        '2026-03-05T12:00:00-05:00',
      ],
      [
        'Your interview is on Thursday 5 March at 2pm ET and should finish around 4pm.',
        '2026-03-05T16:00:00-05:00',
      ],
    ] as const) {
      const reading = await read(`Hi Alex,\n\n${line}\n\nJane`);
      expect(reading.interview?.end, line).toBe(end);
    }
  });
  it('takes a range said over its agenda as the whole visit', async () => {
    const reading = await read(
      'Hi Alex,\n\nConfirming your onsite for Friday, March 6, 9:00 AM - 12:30 PM ET:\n\n9:00 - 9:45     Tomasz Brenner, Head of Quality\n9:45 - 11:45    Ines Okoro, Senior Analyst\n11:45 - 12:30   Lunch with the team\n\nJane',
    );
    expect(reading.interview?.start).toBe('2026-03-06T09:00:00-05:00');
    expect(reading.interview?.end).toBe('2026-03-06T12:30:00-05:00');
  });
  it('reads the writer who will call "the cell number" as the interviewer', async () => {
    const reading = await readWithNote(
      'fyi',
      "Hi Alex,\n\nHow about Thursday 5 March at 2:00pm ET? I'll call the cell number on your resume.\n\nMaren",
      'Interview',
      'Maren Holt <maren.holt@acmecorp.example>',
    );
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual(['Maren Holt']);
  });
  it('reads "could we slide our call tomorrow to 3:30 instead?" as a move', async () => {
    const reading = await read(
      'Hi Alex,\n\nSomething came up at 2, so could we slide our call tomorrow to 3:30pm ET instead? Same link.\n\nJane',
    );
    expect(reading.kind).toBe('reschedule');
    expect(reading.interview?.start).toBe('2026-03-03T15:30:00-05:00');
  });
  it('reads an interview being arranged as one, whatever its timeline for a decision', async () => {
    const reading = await read(
      "Hi Alex,\n\nWould Wednesday 11 March work for an onsite? We'd ask you to be with us for 10:00 ET. We aim to make a decision by Friday 20 March.\n\nJane",
    );
    expect(reading.kind).toBe('interview');
  });
  it('keeps a postponed slot as the one called off, unless a replacement is asked', async () => {
    const off = await read(
      "Hi Alex,\n\nI'm sorry, we need to postpone your interview on Thursday 5 March at 2pm ET. I'll be in touch with some alternative dates.\n\nJane",
    );
    expect(off.kind).toBe('cancellation');
    expect(off.interview?.start).toBe('2026-03-05T14:00:00-05:00');
    const asked = await read(
      'Hi Alex,\n\nWe need to postpone your interview on Thursday 5 March at 2pm ET. Would the 12th look ok for you?\n\nJane',
    );
    expect(asked.interview?.start ?? null).toBeNull();
  });
});

describe('what the twenty-second review found', () => {
  it("never places a clock in a city that is a person's name before their title", async () => {
    for (const line of [
      'Your interview on Thursday 5 March: 11:00 Adelaide (Head of Design), then 11:45 Milan (Engineering Manager).',
      'Your interview is on Thursday 5 March at 2pm Dallas (our VP) will join for the first half.',
    ]) {
      const start = await startSaid(line);
      expect([null, '2026-03-05T11:00:00-05:00', '2026-03-05T14:00:00-05:00'], line).toContain(
        start,
      );
    }
    expect(await startSaid('Your interview is on Thursday 12 March at 2pm Sydney (AEDT).')).toBe(
      '2026-03-12T14:00:00+11:00',
    );
  });
  it("reads East Coast time as the US's where an Australian zone is only mentioned elsewhere", async () => {
    const line =
      "Your interview is on Thursday 5 March at 10am East Coast time. I'm on AEST leave from Tuesday, so Marco will host.";
    expect(await startSaid(line)).toBe('2026-03-05T10:00:00-05:00');
  });
  it('reads a range from a day to a clock where no move is asked', async () => {
    const line =
      "I'm free tomorrow to 3:30, then back-to-back. Could you do 11am for the interview?";
    expect(await startSaid(line)).not.toBe('2026-03-03T15:30:00-05:00');
  });
  it('reads pushes asked with the day before the clock as moves', async () => {
    for (const line of [
      'Can we push our call Thursday to 3pm? Something came up.',
      'Let us bump the interview from Wednesday to Thursday at 3pm.',
    ]) {
      const reading = await read(`Hi Alex,\n\n${line}\n\nJane`);
      expect(reading.kind, line).toBe('reschedule');
    }
    expect(await startSaid('Let us bump the interview from Wednesday to Thursday at 3pm ET.')).toBe(
      '2026-03-05T15:00:00-05:00',
    );
  });
  it('reads "could we move to Thursday at 2pm instead?" as a move', async () => {
    const reading = await read(
      "Hi Alex,\n\nMarco can't do Tuesday at 10am any more. Could we move to Thursday 5 March at 2pm ET instead?\n\nJane",
    );
    expect(reading.kind).toBe('reschedule');
  });
  it('reads a list of places before "time" by the zone they share', async () => {
    expect(
      await startSaid('Your interview is on Thursday 12 March at 3pm Sydney/Melbourne time.'),
    ).toBe('2026-03-12T15:00:00+11:00');
  });
  it("asks where the reader's clock restates a time its own zone no longer agrees with", async () => {
    const line =
      'Your interview is on Tuesday 17 March at 9:00 a.m. hora de Colombia – same as Eastern, so 9:00 a.m. for you in New York.';
    expect(await startSaid(line)).toBeNull();
  });
});

describe('companies and roles the newest blind batches wrote', () => {
  it("reads the employer a tracker's display name gives after a dash", async () => {
    const reading = await read(
      'Hi Alex,\n\nWe would like to invite you to an interview on Thursday 12 March at 10am ET.\n\nCarla',
      'Interview invitation',
      'Carla Neumann – Brennwald GmbH <brennwald@applications.personio-mail.example>',
    );
    expect(reading.interview?.company).toBe('Brennwald');
  });
  it('drops the employer in brackets after a role, and a place after its team', async () => {
    const subject = await readWithNote(
      'fyi',
      'Hi Alex,\n\nYour second interview is on Thursday 12 March at 10am ET.\n\nRita',
      'Second interview - Field Applications Manager, Nordics (Orrin Dynamics)',
      'Rita Gomes <rita@orrindynamics.example>',
    );
    expect(subject.interview?.role).toBe('Field Applications Manager, Nordics');
    const placed = await readWithNote(
      'fyi',
      'Hi Alex,\n\nThanks for applying for the Data Analyst, Finance - London role. Your interview is on Thursday 12 March at 10am ET.\n\nRita',
    );
    expect(placed.interview?.role).toBe('Data Analyst, Finance');
  });
  it('reads a title with two parts after it, and the post "as per" the details', async () => {
    const two = await readWithNote(
      'fyi',
      'Hi Alex,\n\nHere are the details of your interview for the Director, Credit Risk – APAC Coverage role. It is on Thursday 12 March at 10am ET.\n\nRita',
    );
    expect(two.interview?.role).toBe('Director, Credit Risk – APAC Coverage');
    const perDetails = await readWithNote(
      'fyi',
      'Hi Alex,\n\nWe are pleased to schedule your interview for the position of Lead - Warehouse Planning as per below details:\n\nDate: Thursday 12 March\nTime: 10am ET\n\nRita',
    );
    expect(perDetails.interview?.role).toBe('Lead - Warehouse Planning');
  });
  it("reads an itinerary naming a newsletter's editor as an interview, not a newsletter", async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nHere is your interview schedule for Monday, March 9, 2026.\n\n10:00 AM - 10:45 AM | Conversation with the hiring manager\n    Gabriela Fontes, Executive Editor\n10:45 AM - 11:30 AM | Writing exercise debrief\n    Noor Osei, Newsletter Editor\n\nTalia',
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start).toBe('2026-03-09T10:00:00-04:00');
  });
});

describe('what the twenty-third review found', () => {
  it('reads a webinar about "your interview schedule" as no interview', async () => {
    const reading = await read(
      'Join our webinar on Thursday 5 March at 2pm ET to learn how to manage your interview schedule. Register here.',
      'Webinar: your interview schedule, sorted',
      'Acme Careers <news@acmecorp.example>',
    );
    expect(reading.kind).not.toBe('interview');
  });
  it('never states the slot a subject keeps when the mail moves the meeting', async () => {
    for (const [body, subject] of [
      ['Can we push our call Thursday to 3pm? Something came up.', 'Call Thursday 5 March 1pm ET'],
      ["Let's move the chat from Tuesday to Thursday.", 'Chat Tuesday 3 March 2pm ET'],
    ] as const) {
      const reading = await read(`Hi Alex,\n\n${body}\n\nJane`, subject);
      expect(reading.interview?.start ?? null, body).not.toBe(
        subject.startsWith('Call') ? '2026-03-05T13:00:00-05:00' : '2026-03-03T14:00:00-05:00',
      );
    }
  });
  it("asks a city after a clock that only its bracket or region settles, never the user's clock", async () => {
    for (const line of [
      'Your interview is on Tuesday 10 March at 10am Florence (Italy time).',
      'Your interview is on Tuesday 10 March at 1pm Victoria (BC).',
      'Your interview is on Thursday 5 March at 2pm Brisbane/Sydney time.',
    ])
      expect(await startSaid(line), line).toBeNull();
    expect(
      await startSaid('Your interview is on Thursday 5 March at 2pm Sydney (Australia).'),
    ).toBe('2026-03-05T14:00:00+11:00');
  });
  it('reads a switch to video "instead" as the interview, not a move', async () => {
    const reading = await read(
      'Hi Alex,\n\nCould we switch to video for Thursday 5 March at 2pm ET instead of meeting in person? Everything else stays the same.\n\nJane',
    );
    expect(reading.kind).toBe('interview');
  });
  it("reads no employer from a tracker's display name that gives a place or a team", async () => {
    const reading = await read(
      'Hi Alex,\n\nWe would like to invite you to an interview on Thursday 12 March at 10am ET.\n\nCarla',
      'Interview invitation',
      'Carla Neumann – Hamburg <brennwald@applications.personio-mail.example>',
    );
    expect(reading.interview?.company).not.toBe('Hamburg');
  });
  it('drops the employer from the last part of a role', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nThanks for applying for the position of Site Manager, Civil Works - Acme Builders. Your interview is on Thursday 12 March at 10am ET.\n\nJane',
    );
    expect(reading.interview?.role).toBe('Site Manager, Civil Works');
  });
});

describe('what heldout114 and heldout115 showed', () => {
  it('reads "called offshore" as no call called off', async () => {
    const reading = await read(
      'Hi Alex,\n\nMarco has been called offshore next week, so we need to move your interview on Thursday 5 March. Could we do Friday 13 March at 1.30pm ET instead?\n\nJane',
    );
    expect(reading.kind).toBe('reschedule');
  });
  it("reads a holiday's name as no length, and the length allowed for the meeting", async () => {
    const reading = await read(
      'Hi Alex,\n\nThe next stage is Wednesday 11 March at 2pm ET, over Teams, allowing 45 minutes. Our office is closed on Monday 9 March for Eight Hours Day.\n\nJane',
    );
    expect(reading.interview?.end).toBe('2026-03-11T14:45:00-04:00');
  });
  it("reads the candidate's reply-by date as no decision date", async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is on Thursday 12 March at 10am ET. Request you to confirm your availability by revert mail latest by EOD 10/03/2026.\n\nJane',
    );
    expect(reading.interview?.decisionBy ?? null).toBeNull();
  });
  it("reads an organisation's name over a tracker's address as the employer", async () => {
    const reading = await read(
      'Dear Alex\n\nWe are pleased to invite you to an interview on Tuesday 10 March at 14:15.\n\nKind regards\n\nRecruitment Team\nFernhill Borough Council',
      'Interview invitation',
      'Fernhill Borough Council <noreply@trac-mail.example>',
    );
    expect(reading.interview?.company).toBe('Fernhill Borough Council');
  });
  it('reads "Tuesday 30.03" as a date, since 30 is no hour', async () => {
    const reading = await readWithNote(
      'fyi',
      "Hi Alex,\n\nWe need to move Thursday's interview. Could we do Tuesday 31.03 instead? It would be 17:00 Warsaw time.\n\nJane",
    );
    expect(reading.interview?.start).toBe('2026-03-31T17:00:00+02:00');
  });
});

describe('what the twenty-fourth review found', () => {
  it("reads a bracket after a name-city as the person's unless it tells a clock or a place", async () => {
    for (const line of [
      'Agenda for Thursday 5 March:\n10:00 Sydney (she/her), Engineering Manager\n10:45 Marcus, Staff Engineer',
      'Your interview is on Thursday 5 March.\n1pm Dallas (interviewer)\n2pm Houston (UX Researcher)',
    ]) {
      const start = await startSaid(line);
      expect(start === null || start.endsWith('-05:00'), `${line}: ${start}`).toBe(true);
    }
    expect(await startSaid('Your interview is on Thursday 5 March at 2pm Sydney (my time).')).toBe(
      '2026-03-05T14:00:00+11:00',
    );
  });
  it("keeps the subject's slot where the mail moves only the room or the link", async () => {
    const reading = await read(
      'Hi Alex,\n\nWe moved the call to a new Zoom room, so use the link below. Ben may join at 2:30pm.\n\nJane',
      'Interview Thursday 5 March 2pm ET',
    );
    expect(reading.interview?.start).toBe('2026-03-05T14:00:00-05:00');
  });
  it('reads someone "called off-site" as no cancellation', async () => {
    const reading = await read(
      'Hi Alex,\n\nDana has been called off-site for a client emergency, so Sam will interview you instead, same slot: Thursday 5 March at 2pm ET.\n\nJane',
    );
    expect(reading.kind).toBe('interview');
  });
  it('reads a change "to the afternoon of Friday" or "to March 10th" as a move', async () => {
    for (const line of [
      'Could we change it to the afternoon of Friday 6 March instead, say 3pm?',
      'Could we switch it to March 10th at 2pm instead?',
    ]) {
      const reading = await read(`Hi Alex,\n\n${line}\n\nJane`);
      expect(reading.kind, line).toBe('reschedule');
    }
  });
  it("reads no team over a tracker's address as the employer, and an employer's promise to revert", async () => {
    const team = await read(
      'Hi Alex,\n\nThanks for applying for the Data Analyst role at Brightwave. Your interview is on Thursday 12 March at 10am ET.\n\nRecruitment',
      'Interview invitation',
      'Recruitment Services <no-reply@us.greenhouse-mail.example>',
    );
    expect(team.interview?.company).not.toBe('Recruitment Services');
    const promise = await read(
      'Hi Alex,\n\nYour interview is on Thursday 12 March at 10am ET. Expect a revert from us by 20 March.\n\nJane',
    );
    expect(promise.interview?.decisionBy).toBe('2026-03-20');
  });
});

describe('what the twenty-fifth review found', () => {
  it('reads a move to a new office or medium that also names the new slot as that move', async () => {
    const reading = await read(
      'Hi Alex,\n\nWe have moved the interview to our new office on Friday 6 March at 10am ET, as the old building closes this week.\n\nJane',
      'Interview Thursday 5 March 2pm ET',
    );
    expect(reading.interview?.start).toBe('2026-03-06T10:00:00-05:00');
  });
  it("reads a bracket with a number or another place after a name-city as the person's", async () => {
    for (const line of [
      'Agenda for Thursday 5 March:\n10:00 Sydney (Round 2 lead)\n10:45 Marcus, Staff Engineer',
      'Agenda for Thursday 5 March:\n14:00 Adelaide (London office)\n14:45 Marcus, Staff Engineer',
    ]) {
      const start = await startSaid(line);
      expect(start === null || start.endsWith('-05:00'), `${line}: ${start}`).toBe(true);
    }
  });
  it('reads "called off--" as a cancellation and "the satellite office" as no day', async () => {
    const off = await read(
      'Hi Alex,\n\nYour interview on Thursday 5 March at 2pm ET has been called off--so sorry for the short notice.\n\nJane',
    );
    expect(off.kind).toBe('cancellation');
    const office = await read(
      'Hi Alex,\n\nCould we change it to the satellite office on Thursday 5 March instead of HQ? Same time, 2pm ET.\n\nJane',
    );
    expect(office.kind).toBe('interview');
  });
  it("keeps an employer whose name starts with a team's word, and an employer's revert mail", async () => {
    const bank = await read(
      'Dear Alex\n\nWe are pleased to invite you to an interview on Tuesday 10 March at 14:15.\n\nKind regards\n\nRecruitment',
      'Interview invitation',
      "People's Choice Bank <noreply@trac-mail.example>",
    );
    expect(bank.interview?.company).toBe("People's Choice Bank");
    const revert = await read(
      'Hi Alex,\n\nYour interview is on Thursday 12 March at 10am ET. You will get a revert mail from us by 20 March.\n\nJane',
    );
    expect(revert.interview?.decisionBy).toBe('2026-03-20');
  });
});

describe('a move asked for that names no new slot', () => {
  it('leaves the slot the subject or the mail gives, and asks for the new one', async () => {
    for (const [body, subject] of <Array<[string, string]>>[
      [
        'Hi Alex,\n\nSomething came up here - could we change to the morning slot on Thursday instead? Let me know.\n\nJane',
        'Re: Interview Thursday 5 March 2pm ET',
      ],
      [
        'Hi Alex,\n\nWould it be possible to move you to a later slot that day? Apologies for the shuffle.\n\nJane',
        'Re: Interview Thursday 5 March 2pm ET',
      ],
      [
        'Hi Alex,\n\nYour interview is on Thursday 5 March at 2pm ET. Do you mind if we switch to a different day? The panel has a clash.\n\nJane',
        'Interview',
      ],
    ]) {
      const reading = await read(body, subject);
      expect(reading.kind, body).toBe('reschedule');
      expect(reading.interview?.start, body).toBeNull();
    }
  });
  it('keeps a subject that tells the move, and a switch of medium', async () => {
    const told = await read(
      'Hi Alex,\n\nSorry for the shuffle - could we switch to an earlier slot? The new time is in the subject.\n\nJane',
      'Moved: Interview Thursday 5 March 11am ET',
    );
    expect(told.interview?.start).toBe('2026-03-05T11:00:00-05:00');
    const medium = await read(
      'Hi Alex,\n\nYour interview is on Thursday 5 March at 2pm ET. Could we switch to a video call instead of meeting in person?\n\nJane',
    );
    expect(medium.kind).toBe('interview');
    expect(medium.interview?.start).toBe('2026-03-05T14:00:00-05:00');
  });
});

describe('what the twenty-sixth review found', () => {
  it("reads a venue's move whose new slot comes in the next sentence as the move", async () => {
    const reading = await read(
      'Hi Alex,\n\nWe have moved the interview to our new office. It will now be on Friday 6 March at 10am ET, same panel.\n\nJane',
      'Interview Thursday 5 March 2pm ET',
    );
    expect(reading.interview?.start).toBe('2026-03-06T10:00:00-05:00');
  });
  it("keeps the subject's slot where only a room, a suite or a meeting id with digits is moved to", async () => {
    for (const body of [
      'Hi Alex,\n\nQuick one: we have moved the interview to room 4B on the 3rd floor.\n\nJane',
      'Hi Alex,\n\nWe have moved the call to Zoom (meeting ID 845 2231 9900), same slot.\n\nJane',
      'Hi Alex,\n\nWe moved the interview to our office in Suite 1200 so that our 2 remote panelists can dial in.\n\nJane',
    ]) {
      const reading = await read(body, 'Interview Thursday 5 March 2pm ET');
      expect(reading.kind, body).toBe('interview');
      expect(reading.interview?.start, body).toBe('2026-03-05T14:00:00-05:00');
    }
  });
  it("reads a bracket after a name-city as the city's clock only where it is about that clock", async () => {
    for (const line of [
      'Your schedule for Thursday 5 March:\n10:00 Sydney (until 10:45)\n10:45 Marco (until 11:30)',
      'Your schedule for Thursday 5 March:\n10:00 Sydney (London)\n11:00 Marco (New York)',
    ]) {
      const start = await startSaid(line);
      expect(start === null || start.endsWith('-05:00'), `${line}: ${start}`).toBe(true);
    }
    for (const bracket of ['(+11)', '(Sydney, Australia)', '(16 hours ahead of you)', '(local)']) {
      expect(
        await startSaid(
          `Your interview is confirmed for Thursday 5 March at 10:00 Sydney ${bracket}.`,
        ),
        bracket,
      ).toBe('2026-03-05T10:00:00+11:00');
    }
  });
  it('reads what is called off by its sentence, whichever hyphen it is written with', async () => {
    const strike = await read(
      'Hi Alex,\n\nGood news: the rail strike has been called off, so your interview on Thursday 5 March at 2pm ET goes ahead as planned.\n\nJane',
    );
    expect(strike.kind).toBe('interview');
    const hyphened = await read(
      'Hi Alex,\n\nI am sorry to say your interview on Thursday 5 March has been called-off; the post was filled internally.\n\nJane',
    );
    expect(hyphened.kind).toBe('cancellation');
    const offSite = await read(
      'Hi Alex,\n\nThe panel has been called off\u2011site, so your interview on Thursday 5 March at 2pm ET will be on Zoom.\n\nJane',
    );
    expect(offSite.kind).toBe('interview');
  });
  it("reads a revert asked of the candidate as theirs, and the employer's as a decision date", async () => {
    const slot = 'Your interview is on Thursday 12 March at 10am ET.';
    for (const ask of [
      'Kindly send us a revert mail by 4 March confirming the slot.',
      'We request you to revert by 4 March.',
      'Please confirm and revert by 4 March.',
      'Could you revert by 4 March?',
    ]) {
      const reading = await read(`Hi Alex,\n\n${slot} ${ask}\n\nJane`);
      expect(reading.interview?.decisionBy, ask).toBeNull();
    }
    const ours = await read(
      `Hi Alex,\n\n${slot} Kindly note we shall revert by 20 March with the outcome.\n\nJane`,
    );
    expect(ours.interview?.decisionBy).toBe('2026-03-20');
  });
  it('reads "the Sun Room" as no Sunday, and a change "to Sat" or "to next week" as a move', async () => {
    expect(
      await startSaid(
        'Your interview is on Thursday 5 March at 2pm ET in the Sun Room on level 2.',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
    for (const line of [
      'Could we change it to Sat instead?',
      'could we change it to next week instead?',
    ]) {
      const reading = await read(
        `Hi Alex,\n\n${line}\n\nJane`,
        'Interview Thursday 5 March 2pm ET',
      );
      expect(reading.kind, line).toBe('reschedule');
      expect(reading.interview?.start, line).toBeNull();
    }
  });
});

describe('what heldout116 and heldout117 showed', () => {
  it('reads an interview that "will not go ahead" far down its sentence as cancelled', async () => {
    const reading = await readWithNote(
      'off',
      'Dear Alex,\n\nThe role has been withdrawn, so your interview on Tuesday 10 March at 11:00 with Priyanka Raghunathan and Bartholomew Oyelaran will not go ahead.\n\nJane',
    );
    expect(reading.kind).toBe('cancellation');
  });
  it('reads "go ahead with another candidate" as a rejection', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nThanks again for your time. After a lot of thought, we are going to go ahead with another candidate whose background fits our roadmap more closely.\n\nBest,\nJane',
      'Re: Thank you',
    );
    expect(reading.kind).toBe('employer-reply');
    expect(reading.reply?.class).toBe('rejection');
  });
  it("drops a limited partnership's LP and an invitation's round words from the employer", async () => {
    const partnership = await read(
      'Hi Alex,\n\nYour interview is on Thursday 5 March at 10am ET with our CFO.\n\nJane Doe\nTalent Partner, Harbour Lane Capital LP',
      'Interview',
      'Jane Doe <jane@harbourlanecapital.example>',
    );
    expect(partnership.interview?.company).toBe('Harbour Lane Capital');
    const invitation = await read(
      'Quayside Robotics Onsite Panel – Alex Rivera\nThursday Mar 5, 2026 ⋅ 1pm – 3pm\nEastern Time - New York\n\nKenji Watanabe\nRecruiting Coordinator, Quayside Robotics',
      'Invitation: Quayside Robotics Onsite Panel – Alex Rivera @ Thu Mar 5, 2026 1pm - 3pm (EST)',
      'Kenji Watanabe <kenji@quaysiderobotics.example>',
    );
    expect(invitation.interview?.company).toBe('Quayside Robotics');
  });
  it('reads a date in brackets after its weekday, and a slot to fall back to as no rival', async () => {
    expect(await startSaid('Your interview is on Tuesday (3/10) at 9:30 a.m. ET.')).toBe(
      '2026-03-10T09:30:00-04:00',
    );
    expect(
      await startSaid(
        "Let's lock in Wednesday, March 11 at 3:00 p.m. ET. If Dana's travel changes, we'd fall back to the Thursday (3/12) 10 a.m. window you mentioned.",
      ),
    ).toBe('2026-03-11T15:00:00-04:00');
  });
  it('reads "from 11.30 until about 3pm" as a start and a rough end', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour day with us will run from 10.15 until around 2pm on Wednesday 4 March, lunch included.\n\nJane',
    );
    expect(reading.interview?.start).toBe('2026-03-04T10:15:00-05:00');
    expect(reading.interview?.end).toBe('2026-03-04T14:00:00-05:00');
  });
  it("takes the whole name a bare first word shortens, not a unit's longer one", async () => {
    const advisory = await readWithNote(
      'case interview booked',
      'Hi Alex,\n\nYour Tarnhill case interview is on Thursday 5 March at 10am ET. The Tarnhill team will send the case pack; Tarnhill partners run every round.\n\nJane',
      'Tarnhill Advisory – case interview',
      'Jane Doe <jane@tarnhill.example>',
    );
    expect(advisory.interview?.company).toBe('Tarnhill Advisory');
  });
  it('reads "one hour on Teams with Tomás and Dr Ngozi Adeyemi" for its length and both people', async () => {
    const reading = await read(
      "Hi Alex,\n\nThat's confirmed for Tuesday 10 March at 2pm ET: one hour on Teams with Tomás and Dr Ngozi Adeyemi, our Head of Quality.\n\nKind regards,\nNiamh",
    );
    expect(reading.interview?.end).toBe('2026-03-10T15:00:00-04:00');
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual([
      'Tomás',
      'Ngozi Adeyemi',
    ]);
  });
  it('takes the writer who asks to move "our call" for the one the candidate meets', async () => {
    const reading = await readWithNote(
      'moved to monday',
      'Hi Alex,\n\nSo sorry - could we move our call from Thursday to Monday 9 March at 9:30am ET instead?\n\nDana Whitfield\nClaims Operations Manager',
      'RE: Quick call next week?',
      'Dana Whitfield <dana.whitfield@acmecorp.example>',
    );
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual([
      'Dana Whitfield',
    ]);
  });
  it('reads "Same format as before - Teams" as a video interview', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is on Friday 6 March at 10:30am ET. Same format as before - Teams, about an hour, with Deb and me.\n\nJane',
    );
    expect(reading.interview?.format).toBe('video');
  });
  it('takes the note "Moved to the Friday after …" for a move', async () => {
    const reading = await readWithNote(
      'Moved to the Friday after the conference.',
      "Thanks Alex, that's confirmed for Friday 13 March at 10am ET instead.",
      'RE: Change to your interview',
    );
    expect(reading.kind).toBe('reschedule');
  });
});

describe('a day line and a time line that name two places each', () => {
  it('pairs the days and the times in the order both lines give them', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nDate: Wednesday, 15 April 2026 (Toronto) / Thursday, 16 April 2026 (Singapore)\nTime: 8:00 p.m. Toronto time / 8:00 a.m. Singapore time\n\nJane',
    );
    expect(reading.interview?.start).toBe('2026-04-15T20:00:00-04:00');
  });
});

describe('what heldout119 showed', () => {
  it('reads a Teams call or a quick chat about a role as an interview', async () => {
    const reading = await readWithNote(
      'Confirmed for Thurs 8am',
      'Hi Alex,\n\nAre you free for a Teams call next Thursday, 12 March, at 8am ET? It will run for an hour - me plus Priyanka Sethi, our Commercial Manager.\n\nCallum',
      'Project Controls Manager – quick chat',
    );
    expect(reading.kind).toBe('interview');
    expect(reading.interview?.start).toBe('2026-03-12T08:00:00-04:00');
  });
});

describe('what heldout118 showed', () => {
  it('reads a slot given in cities split by bars, and a reply deadline as no rival', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nWe would like to invite you to a panel interview on Teams:\n\nWednesday 11 March 2026\n13:00–14:00 London | 09:00–10:00 New York | 18:30–19:30 India\n\nCould you please confirm by 5pm UK time on Monday 9 March?\n\nOlivia',
    );
    expect(reading.interview?.start).toBe('2026-03-11T13:00:00+00:00');
    expect(reading.interview?.timezone).toBe('Europe/London');
  });
  it('reads "Time: Same time, i.e. 11:30" under a new date line as that date', async () => {
    const reading = await readWithNote(
      'fyi',
      'Dear Alex,\n\nYour interview scheduled on Thursday, 5th March 2026 at 11:30 AM ET has to be rescheduled. The revised schedule is as below:\n\nDate: Tuesday, 10th March 2026\nTime: Same time, i.e. 11:30 AM to 12:30 PM ET\n\nKindly report at the reception by 11:00 AM.\n\nRegards',
    );
    expect(reading.interview?.start).toBe('2026-03-10T11:30:00-04:00');
  });
  it("reads a move's Original and New lines, and a time the mail only supposes", async () => {
    const reading = await readWithNote(
      'moved',
      "Hi Alex,\n\nApologies, we need to move our call.\n\nOriginal: Tuesday 10 March, 9:00am Sydney\nNew: Thursday 12 March, 9:00am Sydney – which is Wednesday 11 March at 6:00pm for you\n\nIf 6pm is too late for you just say and we'll look at the Friday instead.\n\nMia",
    );
    expect(reading.kind).toBe('reschedule');
    expect(reading.interview?.start).toBe('2026-03-12T09:00:00+11:00');
    expect(reading.interview?.timezone).toBe('Australia/Sydney');
  });
});

describe('what the twenty-seventh review found', () => {
  const subject = 'Re: Interview Thursday 5 March 2pm ET';
  it('reads a move to a medium or a room with a clock after a comma as the move', async () => {
    for (const body of [
      'Hi Alex,\n\nWe have moved the interview to Teams, starting half an hour later at 2:30pm.\n\nJane',
      'Hi Alex,\n\nThe interview has been moved to Suite 400, and now starts at 2:30pm.\n\nJane',
    ]) {
      const reading = await readWithNote('fyi', body, subject);
      expect(reading.interview?.start ?? null, body).not.toBe('2026-03-05T14:00:00-05:00');
    }
  });
  it('pairs a time line with the day line under it too', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nTime: 8:00 p.m. Toronto time / 8:00 a.m. Singapore time\nDate: Wednesday, 15 April 2026 (Toronto) / Thursday, 16 April 2026 (Singapore)\n\nJane',
    );
    expect(reading.interview?.start).toBe('2026-04-15T20:00:00-04:00');
  });
  it('leaves the subject slot under more ways of asking to move', async () => {
    for (const line of [
      'Would you mind if we moved you to Friday instead? Same time works on our side.',
      'Is there any chance you could do the morning instead?',
      'Could we reschedule for sometime next week?',
    ]) {
      const reading = await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`, subject);
      expect(reading.interview?.start ?? null, line).toBeNull();
    }
  });
  it('keeps an interview whose sentence calls off something else', async () => {
    for (const line of [
      'Your interview on Thursday 5 March at 2pm ET is confirmed, but the take-home task we mentioned last week will not happen this time.',
      'Your interview with Dana is still on for Thursday 5 March at 2pm ET, although the team offsite she mentioned won’t go ahead this month.',
      'We are going ahead with other candidates first this week, and would love to see you on Tuesday 10 March at 10am ET.',
    ]) {
      const reading = await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`);
      expect(reading.kind, line).toBe('interview');
    }
  });
});

describe('what the twenty-eighth review found', () => {
  it("keeps a person named like a city a person after a dash or in a table's bar", async () => {
    for (const body of [
      'Hi Alex,\n\nYour day on Thursday 5 March (all times ET):\n9:30 Welcome with Jane\n10:00 Sydney - so we can walk through your case study',
      'Hi Alex,\n\nYour day on Thursday 5 March (all times ET):\n10:00 Sydney | Portfolio review\n10:45 Marcus | Systems design',
    ]) {
      const start = (await readWithNote('fyi', body)).interview?.start ?? null;
      expect(start === null || start.endsWith('-05:00'), `${body}: ${start}`).toBe(true);
    }
  });
  it("reads an early-morning range's one meridiem as its start's too", async () => {
    const reading = await readWithNote(
      'fyi',
      "Hi Alex,\n\nI've booked you in for Thursday, March 5, 6:30 – 7:30 AM Pacific.\n\nJane",
    );
    expect(reading.interview?.start).toBe('2026-03-05T06:30:00-08:00');
  });
  it('weighs a "New:" line only when it names a day, and days held below a slot as no pairing', async () => {
    const lifts = await readWithNote(
      'fyi',
      "Hi Alex,\n\nDate: Thursday 5 March\nTime: 2pm ET\nNew: we're on the 4th floor now - the lifts close at 6pm\n\nJane",
    );
    expect(lifts.interview?.start).toBe('2026-03-05T14:00:00-05:00');
    const held = await readWithNote(
      'fyi',
      'Hi Alex,\n\nInterview confirmed for Thursday 5 March.\nTime: 2:00pm ET / 7:00pm UK\nHeld as backups: Tuesday 10 March / Wednesday 11 March\n\nJane',
    );
    expect(held.interview?.start ?? null).not.toBe('2026-03-10T19:00:00+00:00');
  });
  it('reads "if possible, could we move you …" as a move asked, and a venue move beside another clock as none', async () => {
    const asked = await readWithNote(
      'fyi',
      'Hi Alex,\n\nYour interview is Thursday 5 March at 2pm ET. If at all possible, could we move you to the morning instead?\n\nJane',
    );
    expect(asked.interview?.start ?? null).toBeNull();
    const venue = await readWithNote(
      'fyi',
      "Hi Alex,\n\nWe've moved the interview to the boardroom, so please arrive by 1:45pm.\n\nJane",
      'Interview Thursday 5 March 2pm ET',
    );
    expect(venue.interview?.start).toBe('2026-03-05T14:00:00-05:00');
  });
  it('keeps the cancellations whose sentence runs long', async () => {
    for (const line of [
      'The interview we set up while you were travelling won’t go ahead on Thursday - the role has been put on hold.',
      'Your interview for the Training Coordinator role won’t go ahead on Thursday 5 March.',
    ]) {
      const reading = await readWithNote('ugh', `Hi Alex,\n\n${line}\n\nJane`);
      expect(reading.kind, line).toBe('cancellation');
    }
  });
});

describe('what the twenty-ninth review found', () => {
  const startOf = async (line: string, subject?: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`, subject)).interview?.start ?? null;

  it('asks where a city after a clock runs on into a table cell that is not a time', async () => {
    const start = await startOf('Thursday 5 March at 10:00 Sydney | Zoom link to follow');
    expect(start === null || start.endsWith('+11:00'), `${start}`).toBe(true);
    expect(await startOf('Thursday 5 March at 2pm London | Video call')).toBe(
      '2026-03-05T14:00:00+00:00',
    );
  });
  it('reads a slot the mail says is not settled as offered, and what else waits as no doubt', async () => {
    for (const line of [
      'Possible new slot: Friday 6 March, 10am ET (still to be confirmed)',
      'New slot (TBC): Friday 6 March, 10am ET',
      'Tentatively, Friday 6 March at 10am ET.',
      'We are looking at Friday 6 March at 10am ET instead, but I still need to confirm with the panel.',
    ])
      expect(await startOf(line), line).toBeNull();
    for (const line of [
      'Your interview is confirmed for Friday 6 March at 10am ET (room TBC).',
      'Your interview is confirmed for Friday 6 March at 10am ET, interviewers to be confirmed.',
    ])
      expect(await startOf(line), line).toBe('2026-03-06T10:00:00-05:00');
  });
  it('reads the slot a move leaves as left, wherever the new one is said or not', async () => {
    for (const line of [
      'Your interview on Thursday 5 March at 2pm ET has to be rescheduled, as the hiring manager is out sick. I will send new times soon.',
      'Your interview on Thursday 5 March at 2pm ET has been rescheduled for next week; I will send times.',
    ])
      expect(await kindAndStart(line), line).toEqual(['reschedule', null]);
    expect(
      await startOf(
        'Your interview on Thursday 5 March at 2pm ET has been rescheduled for Friday 6 March at 10am ET.',
      ),
    ).toBe('2026-03-06T10:00:00-05:00');
    expect(
      await startOf(
        'Your interview on Thursday 5 March at 2pm ET has been changed to a video call.',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
  });
  it('moves the meeting only when the meeting, or its day, is what must move', async () => {
    const kindOf = async (line: string) =>
      (await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).kind;
    for (const line of [
      'The final round needs to be rescheduled because two of the panel are travelling.',
      'Unfortunately Thursday 5 March needs to be moved, as Dana has a clash. Could you do Friday?',
    ])
      expect(await kindOf(line), line).toBe('reschedule');
    expect(
      await kindOf(
        'Your interview is Thursday 5 March at 2pm ET. The design review it was meant to follow has to be rescheduled, which does not affect you.',
      ),
    ).toBe('interview');
  });
  it('tells a cancellation of the interview from one of something else', async () => {
    const kindOf = async (line: string) =>
      (await readWithNote('hmm', `Hi Alex,\n\n${line}\n\nJane`)).kind;
    for (const line of [
      'I am sorry, we have had to call off your interview on Thursday 5 March at 2pm ET. The role is on hold.',
      'Sadly we have had to pull the plug on Thursday’s interview, as the role has been frozen.',
      'The interview is off, I am afraid - the team has been restructured.',
      'Your interview on Thursday 5 March at 2pm ET can no longer go ahead, as the post has been withdrawn.',
      'We were looking forward to meeting you on Thursday, but sadly it can’t go ahead now. I will be in touch.',
    ])
      expect(await kindOf(line), line).toBe('cancellation');
    for (const line of [
      'The rail strike has been called off. Your interview will go ahead on Thursday 5 March at 3pm ET as planned.',
      'Your interview on Thursday 5 March at 2pm ET: while the call with the CTO can’t go ahead that day, the rest of the panel is unchanged.',
      'Your interview is Thursday 5 March at 2pm ET. The team offsite is next week, sadly it won’t go ahead.',
    ])
      expect(await kindOf(line), line).toBe('interview');
  });
  it('reads an interview that cannot go ahead, with another slot asked, as a move', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nI am sorry, Thursday’s interview can’t go ahead as planned. Are you free Friday 10am?\n\nJane',
    );
    expect(reading.kind).toBe('reschedule');
  });
  it('reads a morning range written to "12 AM" as ending at noon', async () => {
    expect(await startOf('Your interview is Thursday 5 March, 9 – 12 AM ET.')).toBe(
      '2026-03-05T09:00:00-05:00',
    );
  });
  it('asks where one zone covers two clocks to choose from', async () => {
    for (const line of [
      'Date: Thursday 5 March\nTime: 10:00am / 2:00pm ET\nWhich do you prefer?',
      'Time: 10:00am / 2:00pm ET\nThursday 5 March / Friday 6 March\nThese are the two slots we have held for you.',
      'Thursday 5 March at 10 or 11:30am ET, whichever suits.',
    ])
      expect(await startOf(line), line).toBeNull();
    expect(await startOf('Date: Thursday 5 March\nTime: 10:00am ET / 3:00pm GMT')).toBe(
      '2026-03-05T10:00:00-05:00',
    );
    expect(await startOf('Thursday 5 March at 10am ET (ref 3/5)')).toBe(
      '2026-03-05T10:00:00-05:00',
    );
  });
  it('gives a block of labelled lines its labelled date', async () => {
    for (const line of [
      'New time: 4pm ET\nOriginal time: 2pm ET\nDate: Thursday 5 March (unchanged)',
      'Original time: 2pm ET\nNew time: 4pm ET\nDate: Thursday 5 March (unchanged)',
    ])
      expect(await startOf(line), line).toBe('2026-03-05T16:00:00-05:00');
  });
  it('asks for the clock of a meeting held with an office on another one', async () => {
    for (const line of [
      'Your interview with the Sydney office is on Thursday 5 March at 10:00.',
      'Assessment day: Thursday 5 March 9 - 5.30pm at our Leeds office.',
    ])
      expect(await startOf(line), line).toBeNull();
    expect(
      await startOf('Your interview with our Boston office is on Thursday 5 March at 10:00.'),
    ).toBe('2026-03-05T10:00:00-05:00');
  });
  it('reads an old slot and a new one on labelled lines as a move', async () => {
    for (const line of [
      'Updated: Thursday 5 March - interview now at 3:30pm ET (was 2pm)',
      'Original: Thursday 5 March 2pm ET\nUpdated: same day, 4:30pm ET',
    ]) {
      const reading = await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`);
      expect(reading.kind, line).toBe('reschedule');
    }
  });
  it('asks where a move is asked of a slot already said', async () => {
    expect(
      await startOf(
        'Your interview is Thursday 5 March at 2pm ET. If at all possible, could we move you to Friday 6 March at 10am ET instead?',
      ),
    ).toBeNull();
  });
});

describe('what heldout120 showed', () => {
  it('takes "said yes to <name>" in the note as the offered slot agreed', async () => {
    const offer = 'Hi Alex,\n\nWould Thursday 5 March at 10.30 suit for the onsite?\n\nDana';
    const said = await readWithNote('Already said yes to Dana, booking my train', offer);
    expect(said.sources?.start).toBe('user-note');
    const doubted = await readWithNote('Said yes to Dana but still waiting on the room', offer);
    expect(doubted.sources?.start).not.toBe('user-note');
  });
  it('reads a role offered to "a candidate with more experience" as a rejection', async () => {
    const reading = await readWithNote(
      'no luck',
      'Dear Alex,\n\nThank you for your note. I am sorry to say that we have decided to offer the role to a candidate with more direct experience of the sector.\n\nBest,\nDana',
      'RE: Thank you',
    );
    expect([reading.kind, reading.reply?.class]).toEqual(['employer-reply', 'rejection']);
  });
  it('takes the whole name a line writes out where prose shortens it', async () => {
    const body =
      'Hi Alex,\n\nGreat news - Pellow would like to meet you on Thursday 5 March at 10am ET for the Analyst role. The Pellow team is small and friendly.\n\n- Pellow Garden Supply, 12 Main Street, Hoboken, NJ\n\nJane Kerr\nRecruiter';
    const reading = await readWithNote(
      'fyi',
      body,
      'Pellow - Analyst interview',
      'Jane Kerr <jane@pellow.example>',
    );
    expect(reading.interview?.company).toBe('Pellow Garden Supply');
    const team = await readWithNote(
      'fyi',
      'Hi Alex,\n\nPellow would like to meet you on Thursday 5 March at 10am ET.\n\nJane Kerr\nPellow Talent Acquisition',
      'Interview',
      'Jane Kerr <jane@pellow.example>',
    );
    expect(team.interview?.company).toBe('Pellow');
  });
});

describe('what heldout121 showed', () => {
  it("reads a phone call's format over a visit the mail thanks the candidate for", async () => {
    const reading = await readWithNote(
      'phone call with their ED',
      "Hi Alex,\n\nThanks again for coming by the office last week. Could we do a phone call on Thursday 5 March at 4:30pm ET? I'll call the cell number on your resume.\n\nDana",
    );
    expect(reading.interview?.format).toBe('phone');
  });
  it('takes "with the two of us" as the writer and the colleague copied in', async () => {
    const reading = await readWithCc(
      'Dana Whitlock <dana.whitlock@pellow.example>',
      'Omar Haddad <omar.haddad@pellow.example>',
      'Next conversation',
      "Hi Alex,\n\nI'd like to set up the next conversation with the two of us. How does Thursday 5 March at 10am ET look? We'll use Zoom.\n\nDana",
    );
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual([
      'Dana Whitlock',
      'Omar Haddad',
    ]);
  });
  it('keeps a site word after the name as no part of it', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nPellow would like to meet you on Thursday 5 March at 10am ET. Pellow is growing fast.\n\nPellow Headquarters, 12 Main Street, Hoboken, NJ\n\nJane Kerr\nRecruiter',
      'Pellow - Analyst interview',
      'Jane Kerr <jane@pellow.example>',
    );
    expect(reading.interview?.company).toBe('Pellow');
  });
});

describe('what the thirtieth review found', () => {
  const startOf = async (line: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).interview?.start ?? null;
  const kindOf = async (line: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).kind;

  it('keeps a slot whose sentence says something else waits, in a clause of its own', async () => {
    for (const line of [
      'Your interview is confirmed for Thursday 5 March at 2pm ET with Priya, and Dana is tentatively joining too.',
      'Your interview is confirmed for Thursday 5 March at 2pm ET, location: TBC.',
      'Your interview is confirmed for Thursday 5 March at 2pm ET, after which we can discuss a tentative start date.',
      'Thursday 5 March at 2pm ET is locked in - the offer stage is subject to approval from finance.',
    ])
      expect(await startOf(line), line).toBe('2026-03-05T14:00:00-05:00');
    for (const line of [
      'Thursday 5 March at 2pm ET should work, though Mark hasn’t confirmed yet.',
      'Placeholder: Thursday 5 March, 2pm ET.',
      'I have you down for Thursday 5 March at 2pm ET but I need to double-check with the panel.',
    ])
      expect(await startOf(line), line).toBeNull();
  });
  it('takes two clocks "both open" as choices, and no room or reference number as a clock', async () => {
    expect(
      await startOf('Thursday 5 March works - 10am and 2pm ET are both open, let me know.'),
    ).toBeNull();
    for (const line of [
      'Your interview is confirmed for Thursday 5 March at 2pm ET in room 4.12 or 4.13.',
      'Your interview is confirmed for Thursday 5 March at 2:00pm ET. Ref: 10.30/11.00',
    ])
      expect(await startOf(line), line).toBe('2026-03-05T14:00:00-05:00');
  });
  it('reads the slot inside the meeting a move takes as left', async () => {
    for (const line of [
      'I am sorry, but we will have to reschedule your Thursday 2pm ET interview. I will send new options.',
      'We need to push your Thursday 2pm ET interview. Can you do any time next week?',
    ])
      expect(await kindAndStart(line), line).toEqual(['reschedule', null]);
    expect(
      await startOf('The panel has a clash, so Thursday 5 March at 2pm ET won’t work anymore.'),
    ).toBeNull();
    for (const line of [
      'Your interview on Thursday 5 March at 2pm ET has been moved online.',
      'Your interview on Thursday 5 March at 2pm ET has been rescheduled from Wednesday, as you asked.',
      'If Thursday 5 March at 2pm ET doesn’t work anymore, let me know.',
    ])
      expect(await startOf(line), line).toBe('2026-03-05T14:00:00-05:00');
  });
  it('reads "no need to call off your interview" as no cancellation', async () => {
    expect(
      await kindOf(
        'No need to call off your interview - the snow should clear, so we are still on for Thursday 5 March at 2pm ET.',
      ),
    ).toBe('interview');
  });
  it('reads "24/7" as no date, and takes the line the interview names in a labelled block', async () => {
    expect(
      await startOf(
        'Time: 10:00am ET (support line 24/7 if you have issues)\nDate: Thursday 5 March',
      ),
    ).toBe('2026-03-05T10:00:00-05:00');
    expect(
      await startOf(
        'Interview: 2:00pm ET\nFollow-up call with HR: 4:00pm ET\nDate: Thursday 5 March',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
  });
  it("asks for the clock of a team in another city, and takes a signature's office list as no clock", async () => {
    for (const line of [
      'The team in London would love to speak with you on Thursday 5 March at 3pm via Teams.',
      'Our Berlin-based panel would love to speak with you on Thursday 5 March at 3pm via Teams.',
    ])
      expect(await startOf(line), line).toBeNull();
    const start = await startOf(
      'Your phone interview is confirmed for Thursday 5 March at 2pm.\n\nBest,\nJane Kerr\nRecruiter\nAcme Corp - London | Singapore | Toronto',
    );
    expect(start === null || start.endsWith('-05:00'), `${start}`).toBe(true);
  });
});

describe('what heldout122 showed', () => {
  it('takes a writer who sets up a first conversation by video, and "my colleague <name>, who …, will join"', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nI would like to set up a first conversation by video. Would Thursday 5 March at 3pm ET suit you? My colleague Hrafn Jónsson, who runs our service team in Seattle, will join for the second half.\n\nBest regards,\nGunnar Sigurdsson\nVP Sales',
      'Conversation about the role',
      'Gunnar Sigurdsson <gunnar@brimvirki.example>',
    );
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual([
      'Gunnar Sigurdsson',
      'Hrafn Jónsson',
    ]);
  });
  it('reads a mail that arranges a slot as an interview whatever courtesy or next stage it mentions', async () => {
    const kind = async (body: string) => (await readWithNote('intro call', body)).kind;
    expect(
      await kind(
        'Hi Alex,\n\nThank you for your application for the Sales Director position. I would like to set up a first conversation by video. Would Thursday 5 March at 15:00 London time suit you?\n\nDana',
      ),
    ).toBe('interview');
  });
  it("reads a scheduler's dot between a day and its clock, and no clock said of whatever may be booked", async () => {
    const reading = await readWithNote(
      'fyi',
      "Hi Alex,\n\nI've locked this in:\n\nThursday, March 5 · 4:00–4:45pm Pacific\n(that's Friday, March 6 · 11:00–11:45am in Sydney)\n\nIf this goes well, the next stage is a panel. Anything we book for 4pm Pacific after the 8th lands at 7pm your time.\n\nBrent",
    );
    expect(reading.interview?.start).toBe('2026-03-05T16:00:00-08:00');
  });
  it('takes an offset right after an abbreviation as its meaning, and Taiwan’s CST as Taipei’s', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nDate: 2026/03/10 (Tue)\nTime: 10:00–11:00 AM (CST, UTC+8)\n\nTaichung Precision Co., Taichung City, Taiwan',
    );
    expect([reading.interview?.start, reading.interview?.timezone]).toEqual([
      '2026-03-10T10:00:00+08:00',
      'Asia/Taipei',
    ]);
  });
});

describe('what heldout123 showed', () => {
  it("reads this meeting's format past a visit already had and a later stage's venue", async () => {
    for (const body of [
      'Hi Alex,\n\nIt was great to meet you at the office last Tuesday. For the next round Mark will give you a ring on Thursday 5 March at 2pm ET.\n\nDana',
      "Hi Alex,\n\nI've booked you in for Thursday 5 March at 2pm ET, for an hour over Microsoft Teams. If we move you forward, second stage interviews will be held at our Boston office.\n\nDana",
    ]) {
      const format = (await readWithNote('fyi', body)).interview?.format;
      expect(format, body).not.toBe('onsite');
    }
  });
  it('takes "said yes to the 9th" in the note as the slot on that day', async () => {
    const reading = await readWithNote(
      'Said yes to the 9th 👍',
      'Hi Alex,\n\nWe would love to have you in. Would Monday 9 March at 1.30pm suit?\n\nDana',
    );
    expect(reading.interview?.start).toBe('2026-03-09T13:30:00-04:00');
  });
  it('takes "your conversation with <first name>" as the colleague the headers name', async () => {
    const reading = await readWithCc(
      'Dana Whitlock <dana.whitlock@pellow.example>',
      'Lena Okafor <lena.okafor@pellow.example>',
      'Friday',
      'Hi Alex,\n\nThis confirms your Zoom conversation with Lena on Friday (March 6, 2:00-2:45 PM ET).\n\nDana',
    );
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual(['Lena Okafor']);
  });
});

describe('what the thirty-first review found', () => {
  const startOf = async (line: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).interview?.start ?? null;

  it("takes no clock from a signature's list of offices, however it is written", async () => {
    for (const signature of [
      'Acme Corp - London | Singapore',
      'Offices in London, Singapore, Toronto',
      'Acme Corp, Singapore, Toronto',
    ]) {
      const start = await startOf(
        `You're booked for Thursday 5 March at 2pm for a call with our CTO.\n\nBest,\nJane Kerr\nRecruiter\n${signature}`,
      );
      expect(start === null || start.endsWith('-05:00'), `${signature}: ${start}`).toBe(true);
    }
  });
  it('asks where a zone and the offset written beside it disagree that day', async () => {
    for (const line of [
      'Your interview is Thursday 5 March at 10:00 BST (UTC+1).',
      'Your interview is Thursday 5 March at 10:00 (EST, UTC-4).',
    ])
      expect(await startOf(line), line).toBeNull();
    expect(await startOf('Your interview is Thursday 5 March at 10:00 (EST, UTC-5).')).toBe(
      '2026-03-05T10:00:00-05:00',
    );
  });
  it("reads the slot of a day's meeting a move pushes as left", async () => {
    expect(
      await kindAndStart(
        "We need to push Thursday's 2pm ET interview to next week - I'll send new times.",
      ),
    ).toEqual(['reschedule', null]);
  });
  it('asks where the slot waits on someone, or is not final', async () => {
    for (const line of [
      "We're holding Thursday 5 March at 2pm ET for you, pending the hiring manager's confirmation.",
      'Thursday 5 March at 2pm ET looks likely for the panel - just waiting on one interviewer to accept.',
      "Thursday 5 March at 2pm ET is the plan for now, nothing's final yet.",
    ])
      expect(await startOf(line), line).toBeNull();
    expect(
      await startOf("Your interview is Thursday 5 March at 2pm ET; it's not the final round."),
    ).toBe('2026-03-05T14:00:00-05:00');
  });
});

describe('what the thirty-first review left', () => {
  const startOf = async (line: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).interview?.start ?? null;

  it('never states the slot a mail keeps in reserve', async () => {
    expect(
      await startOf(
        "In case the 2pm slot on Thursday falls through, I'm pencilling in Friday at 10am ET.",
      ),
    ).not.toBe('2026-03-06T10:00:00-05:00');
    for (const line of [
      "Your call with Omar is Thursday at 2pm ET. If that falls through, we're holding Friday at 10am ET.",
      'Thursday at 2pm ET is booked, with Friday at 10am ET as our fallback.',
    ])
      expect(await startOf(line), line).toBe('2026-03-05T14:00:00-05:00');
  });
  it('reads a clock moved to another clock as a move to the second', async () => {
    for (const line of [
      "Any chance we could bump tomorrow's 2pm to 4pm ET?",
      "We'll have to shift our 2pm chat tomorrow to 4pm ET, sorry.",
      'Could we push back our 2pm interview tomorrow to 4pm ET?',
    ]) {
      const [kind, start] = await kindAndStart(line);
      expect(kind, line).toBe('reschedule');
      expect(start === null || start === '2026-03-03T16:00:00-05:00', `${line}: ${start}`).toBe(
        true,
      );
    }
    // A range after the move's "to" is the new slot's length, not a move within it.
    expect(await kindAndStart("We've moved the interview to Friday, 2pm to 3pm ET.")).toEqual([
      'reschedule',
      '2026-03-06T14:00:00-05:00',
    ]);
  });
  it('reads "the 12th no longer works, but the 13th at 10am does" as a move to the 13th', async () => {
    expect(
      await kindAndStart(
        "The 12th doesn't work for Priyanka after all, but the 13th at 10am ET does.",
      ),
    ).toEqual(['reschedule', '2026-03-13T10:00:00-04:00']);
    expect(await kindAndStart('The 13th at 10am ET works for Priyanka.')).toEqual([
      'interview',
      '2026-03-13T10:00:00-04:00',
    ]);
  });
  it("reads a meeting said to be off as called off, and not another day's", async () => {
    expect((await kindAndStart("Sorry - tomorrow's screen is off."))[0]).toBe('cancellation');
    expect(await kindAndStart("Your call on Thursday at 2pm ET is off, I'm afraid.")).toEqual([
      'cancellation',
      '2026-03-05T14:00:00-05:00',
    ]);
    expect(
      await kindAndStart('Your call is Thursday at 2pm ET. Friday is off for the whole team.'),
    ).toEqual(['interview', '2026-03-05T14:00:00-05:00']);
  });
});

describe('people named as older batches wrote them', () => {
  const peopleOf = async (line: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).interview?.interviewers.map(
      (person) => person.name,
    );

  it('takes a title cut short before the name ("our CFO Ines Duarte")', async () => {
    expect(
      await peopleOf('Your call on Thursday 5 March at 9am ET is with our CFO Ines Duarte.'),
    ).toEqual(['Ines Duarte']);
  });
  it('takes the people a day starts and goes on with', async () => {
    expect(
      await peopleOf(
        "On Thursday 5 March at 9am ET you'll begin with Tomas Berg (Finance Lead, cc'd), then sit down with Amara Eze (COO).",
      ),
    ).toEqual(['Tomas Berg', 'Amara Eze']);
  });
  it('takes the one who steps in for someone who can no longer join', async () => {
    expect(
      await peopleOf(
        'Sadly Wen Li can no longer join your interview on Thursday 5 March at 9am ET, so Omar Haddad will step in.',
      ),
    ).toEqual(['Omar Haddad']);
  });
});

describe('what the thirty-second review found', () => {
  const startOf = async (body: string, from?: string) =>
    (await readWithNote('fyi', body, 'Interview', from)).interview?.start ?? null;
  const line = (text: string) => `Hi Alex,\n\n${text}\n\nJane`;

  it("keeps an address's town when its county is a town elsewhere", async () => {
    expect(
      await startOf(
        line(
          'Please come in for your interview on Thursday 5 March at 11:15am.\n\nVenue: The Old Net Loft, 4 Harbour Road, Penzance, Cornwall, TR18 4AX',
        ),
      ),
    ).toBe('2026-03-05T11:15:00+00:00');
  });
  it('takes the clock of a signature\'s "town, province", and of offices on one clock', async () => {
    for (const [place, start] of [
      ['Kingston, Ontario', '2026-03-05T14:00:00-05:00'],
      ['Boston | Toronto', '2026-03-05T14:00:00-05:00'],
    ])
      expect(
        await startOf(
          `Hi Alex,\n\nYou're booked for Thursday 5 March at 2pm for a call with our CFO.\n\nBest,\nJane Kerr\nTalent Partner\n${place}`,
        ),
        place,
      ).toBe(start);
  });
  it('never states the slot a move leaves, told in the past or asked', async () => {
    for (const text of [
      'Your Thursday 2pm ET slot got bumped, sorry - new times to follow.',
      "Marta bumped our Thursday 2pm ET call; I'll send fresh options tomorrow.",
      'Marta had to bump Thursday 5 March at 2pm ET. New options to follow.',
      'Could we bump Thursday 5 March at 2pm ET to later that afternoon?',
    ])
      expect(await startOf(line(text)), text).toBeNull();
  });
  it('asks where the slot waits on someone, and states it where something else waits', async () => {
    for (const text of [
      "Thursday 5 March at 2pm ET is pencilled in - we're just waiting on the panel chair to accept.",
      "We're holding Thursday 5 March at 2pm ET, pending the hiring manager's final confirmation.",
      'Thursday 5 March at 2pm ET, though the panel chair has yet to accept.',
    ])
      expect(await startOf(line(text)), text).toBeNull();
    for (const text of [
      "Your interview is confirmed for Thursday 5 March at 2pm ET - we're just waiting on facilities to confirm the room.",
      "Your interview is confirmed for Thursday 5 March at 2pm ET; nothing's final yet on relocation, so we can talk it through then.",
      'Your interview is booked for Thursday 5 March at 2pm ET (the role is subject to budget approval).',
      "Your interview is confirmed for Thursday 5 March at 2pm ET - it's not final round, just a chat with the team.",
    ])
      expect(await startOf(line(text)), text).toBe('2026-03-05T14:00:00-05:00');
  });
  it("reads a move of someone's other meetings as no move of the interview", async () => {
    expect(
      await kindAndStart(
        "I had to move Priya's diary around, so Thursday 5 March at 2pm ET is now your interview with her.",
      ),
    ).toEqual(['interview', '2026-03-05T14:00:00-05:00']);
    expect(
      await kindAndStart(
        "I had to shift Priya's team meeting so she can interview you on Thursday 5 March at 2pm ET.",
      ),
    ).toEqual(['interview', '2026-03-05T14:00:00-05:00']);
    expect(
      (
        await kindAndStart(
          "Your interview stays Thursday 5 March at 2pm ET - we don't have to move the call after all.",
        )
      )[0],
    ).toBe('interview');
  });
  it('adds a colleague only where they will take part', async () => {
    const peopleOf = async (extra: string) =>
      (
        await readWithNote(
          'fyi',
          `Hi Alex,\n\nYour video interview is on Thursday 5 March at 3pm ET with me. ${extra}\n\nTomas Berg\nHead of Sales`,
          'Interview',
          'Tomas Berg <tomas@nordvik.example>',
        )
      ).interview?.interviewers.map((person) => person.name);
    expect(
      await peopleOf(
        'My colleague Ines Duarte, who runs our finance team, is away that week, so you will meet her later.',
      ),
    ).toEqual(['Tomas Berg']);
    expect(
      await peopleOf(
        'My colleague Ines Duarte, who runs our finance team, will send you the contract and can answer questions about the call.',
      ),
    ).toEqual(['Tomas Berg']);
    expect(
      await peopleOf(
        'My colleague Ines Duarte, who runs our finance team, will sit in for the last half hour.',
      ),
    ).toEqual(['Tomas Berg', 'Ines Duarte']);
  });
  it('takes the other side of a meeting "between you and" someone', async () => {
    const reading = await readWithNote(
      'fyi',
      line(
        "I'd like to set up a first chat on Zoom between you and Ines Duarte, our Head of Finance. Thursday 5 March at 3pm ET is confirmed.",
      ),
    );
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual(['Ines Duarte']);
  });
  it('drops only the clause of a weekday gone by when reading the format', async () => {
    for (const [text, format] of [
      ["I've grabbed the last Thursday slot for you: 5 March at 2pm ET on Zoom.", 'video'],
      [
        "After our phone screen last Tuesday, we'd like you to come in to our office on Thursday 5 March at 2pm ET.",
        'onsite',
      ],
    ] as Array<[string, string]>)
      expect((await readWithNote('fyi', line(text))).interview?.format, text).toBe(format);
  });
});

describe('clocks and answers the newest blind batches showed', () => {
  const startAndZone = async (line: string) => {
    const reading = await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`);
    return [reading.interview?.start ?? null, reading.interview?.timezone ?? null];
  };

  it('reads a Spanish range and a city named beside its offset', async () => {
    expect(
      await startAndZone(
        'Fecha / Date: martes 10/03\nHorario / Time: 15:00 a 16:00 hs (Santiago, GMT-3)',
      ),
    ).toEqual(['2026-03-10T15:00:00-03:00', 'America/Santiago']);
  });
  it("reads a province's or a state's own clock by its name", async () => {
    for (const [line, start, zone] of [
      [
        'Your call is Tuesday 10 March at 9:30 a.m. Newfoundland time.',
        '2026-03-10T09:30:00-02:30',
        'America/St_Johns',
      ],
      [
        'Your call is Tuesday 10 March at 11am Alberta time.',
        '2026-03-10T11:00:00-06:00',
        'America/Edmonton',
      ],
      [
        'Your call is Tuesday 10 March at 2pm Queensland time.',
        '2026-03-10T14:00:00+10:00',
        'Australia/Brisbane',
      ],
    ] as Array<[string, string, string]>)
      expect(await startAndZone(line), line).toEqual([start, zone]);
  });
  it('takes the tz name a scheduler writes after its offset', async () => {
    expect(
      await startAndZone(
        'When\nTuesday, March 10, 2026\n9:00 AM - 9:45 AM (GMT+13:00) Pacific/Auckland',
      ),
    ).toEqual(['2026-03-10T09:00:00+13:00', 'Pacific/Auckland']);
  });
  it("takes a note's clock for someone where they are, and asks where it disagrees", async () => {
    const body =
      'Hi Alex,\n\nYour interview is confirmed.\n\nWhen: Tuesday, April 7, 2026, 1:00 PM – 2:00 PM EDT\n\nJane';
    expect((await readWithNote("He's in Berlin so it's 7pm for him.", body)).interview?.start).toBe(
      '2026-04-07T13:00:00-04:00',
    );
    expect(
      (await readWithNote("He's in Berlin so it's 6pm for him.", body)).interview?.start ?? null,
    ).toBeNull();
  });
  it('reads an offer made to someone else as a rejection, whatever the role is called', async () => {
    expect(
      await kindAndStart(
        "We've decided to offer the Regional Sales Lead (EMEA) role to another candidate with more channel experience.",
      ),
    ).toEqual(['employer-reply', null]);
  });
});

describe('people the newest blind batches named', () => {
  it('takes whom a slot is with, named after it', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nConfirmed: Tuesday, March 10, 12:00-12:45 p.m. ET (9:00 Pacific), with Aoife Ní Bhriain and Tomasz Wójcik.\n\nJane',
    );
    expect(reading.interview?.interviewers.map((person) => person.name)).toEqual([
      'Aoife Ní Bhriain',
      'Tomasz Wójcik',
    ]);
    for (const after of ['Microsoft Teams', 'Acme Corp'])
      expect(
        (
          await readWithNote(
            'fyi',
            `Hi Alex,\n\nYour call is Tuesday, March 10 at 2pm ET with ${after}.\n\nJane`,
          )
        ).interview?.interviewers,
        after,
      ).toEqual([]);
  });
  it("takes a person the user's note names in full, and no company it names", async () => {
    const body = 'Hi Alex,\n\nYour interview is confirmed for Tuesday, March 10 at 1pm ET.\n\nJane';
    const named = async (note: string) =>
      (await readWithNote(note, body)).interview?.interviewers.map((person) => person.name);
    expect(await named('Interview with Joost van Dijk, their platform lead')).toEqual([
      'Joost van Dijk',
    ]);
    expect(await named('Interview w/ Brightwater Labs Inc next week')).toEqual([]);
  });
});

describe('answers and moves the newest blind batches wrote', () => {
  it('states the slot a mail gives as the new one after a move by an amount it asks for', async () => {
    const body =
      "Hi Alex,\n\nWe'd like to push your interview back by 45 minutes. The new time is:\n\nWednesday, March 11, 2026\n11:15 AM – 12:00 PM Eastern Time\n\nJane";
    expect((await readWithNote('fyi', body)).interview?.start).toBe('2026-03-11T11:15:00-04:00');
    expect(
      (await readWithNote('fyi', body.replace('The new time is:', 'Your slot:'))).interview
        ?.start ?? null,
    ).toBeNull();
  });
  it('reads an offer of a titled role to someone else as a rejection', async () => {
    expect(
      await kindAndStart(
        'After much discussion we have offered the Head of Member Services role to a candidate who has run a similar team before.',
      ),
    ).toEqual(['employer-reply', null]);
  });
  it('reads "no decision has been made yet" as a neutral answer', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nThank you for your email. No decision has been made yet on the role; we aim to share an update by the end of next week.\n\nJane',
    );
    expect([reading.kind, reading.reply?.class]).toEqual(['employer-reply', 'neutral']);
  });
});

describe('what the thirty-third review found', () => {
  const startOf = async (text: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('reads a range after ordinary verbs as a range, not a move', async () => {
    for (const text of [
      "We'd like to move ahead with a panel on Thursday 5 March, 1:00 PM to 3:00 PM ET.",
      'We are rescheduling your interview for Thursday 5 March 1pm to 2pm ET.',
      "We're moving your interview online on Thursday 5 March 1pm to 2pm ET.",
      'We can bump up the design exercise on Thursday 5 March 1pm to 3pm ET.',
      "We'd like you to come in for a trial shift on Saturday 7 March from 5pm to 9pm ET.",
    ])
      expect(await startOf(text), text).toMatch(/T1[37]:00:00-05:00$/);
  });
  it('leaves a day of the month said alone unread where its line names a month', async () => {
    for (const text of [
      "We've had to push your interview into April. The 16th at 11am ET is now booked.",
      'Next month suits the panel better: the 9th at 3pm ET is yours.',
    ])
      expect(await startOf(text), text).toBeNull();
  });
  it("takes a signature's offices by their clocks, beside a phone number or a state", async () => {
    const signed = (line: string) =>
      `You're booked for Thursday 5 March at 2pm for a call with our CFO.\n\nBest,\nJane Kerr\n${line}`;
    expect(await startOf(signed('Paris | Chicago | Tokyo | +33 1 55 55 01 23'))).toBeNull();
    expect(await startOf(signed('Denver, New York'))).toBeNull();
    expect(await startOf(signed('Hamilton, Ontario'))).toBe('2026-03-05T14:00:00-05:00');
  });
  it('reads another meeting that is off as no cancellation of the interview', async () => {
    for (const text of [
      'Our board meeting on Thursday is off, so Dana can do your interview at 2pm ET that day.',
      'Your lunch chat with Omar is off, but the interview on Thursday 5 March at 2pm ET goes ahead.',
    ])
      expect((await kindAndStart(text))[0], text).toBe('interview');
  });
  it('reads counted people, conditions and other revisions as no move', async () => {
    for (const text of [
      'Can we bring 2 to 3 engineers onto your call on Thursday 5 March at 2pm ET?',
      'Your interview is confirmed for Thursday 5 March at 2pm ET. Let me know if the date no longer works for you.',
      "I'll send a revised date for the offer decision. Your interview is Thursday 5 March at 2pm ET.",
    ])
      expect(await kindAndStart(text), text).toEqual(['interview', '2026-03-05T14:00:00-05:00']);
  });
  it('never states a clock a move takes as its object', async () => {
    for (const text of [
      "I'm going to move your 2pm ET Thursday slot to 4pm.",
      'Please note we have moved the 2pm on Thursday to 4pm ET.',
    ])
      expect(await startOf(text), text).not.toBe('2026-03-05T14:00:00-05:00');
  });
  it('states a slot beside which something else is a backup or still waits', async () => {
    for (const text of [
      'Your interview is Thursday 5 March at 2pm ET on Zoom, with a dial-in number as a backup.',
      'Your interview is Thursday 5 March at 2pm ET in Room 2A (Room 2B is the backup).',
      'Your interview is now Thursday 5 March at 2pm ET; it got pushed back a day as Dana was away.',
      'Thursday 5 March at 2pm ET is locked in, though our travel team has yet to confirm your train.',
    ])
      expect(await startOf(text), text).toBe('2026-03-05T14:00:00-05:00');
  });
});

describe('a schedule whose lead-in restates it on another clock', () => {
  it('takes the rows, not the clock where the team sits, written before the day', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nAll times below are in your time zone, Eastern Time; the panel joins from Lisbon, where it will be 19:00–21:00.\n\nThursday, March 12, 2026\n\n3:00 PM – 3:45 PM ET\nCase study with Inês Duarte\n\n4:00 PM – 5:00 PM ET\nHiring manager conversation with Rui Matos\n\nJane',
    );
    expect(reading.interview?.start).toBe('2026-03-12T15:00:00-04:00');
  });
});

describe('a clock of someone elsewhere, from a writer whose office is the venue', () => {
  it('asks "her time" where the mail places her only in another sentence', async () => {
    const reading = await readWithNote(
      'fyi',
      "Hi Alex,\n\nI've spoken with Ines Duarte, our CFO, who leads the team at our head office in Lisbon. She would like to meet you on Thursday 5 March at 9:00 am her time, on Teams.\n\nBest,\nJane Kerr\nTalent Partner | Acme Corp | 8 Moorgate Place, London EC2R 6EA",
    );
    expect(reading.interview?.start ?? null).not.toBe('2026-03-05T09:00:00+00:00');
  });
});

describe('what the thirty-fourth review found', () => {
  const startOf = async (text: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('takes no month from a name or a past month for a day led in by "on"', async () => {
    expect(
      await startOf(
        'Thanks for applying back in January. Your interview is on the 12th at 10am ET.',
      ),
    ).toBe('2026-03-12T10:00:00-04:00');
    // A month word ahead may be a name or the day's own month: asked, never June's 12th.
    expect(
      await startOf('June from our finance team will call you on the 12th at 10am ET.'),
    ).toBeNull();
  });
  it('never states the slot a move without a new one leaves', async () => {
    for (const text of [
      "Your interview on Thursday 5 March at 2pm ET has been bumped to later in the month - I'll send options.",
      'Your interview on Thursday 5 March at 2pm ET got pushed until next week, sorry.',
      'We have to push your Thursday 2pm to Friday 2pm ET, apologies.',
    ])
      expect(await startOf(text), text).not.toBe('2026-03-05T14:00:00-05:00');
  });
  it('asks a move by an amount where the slot given is the one it has now', async () => {
    expect(
      await startOf(
        'We need to push your interview back by 30 minutes. For reference, the slot you have now is:\n\nThursday, 5 March\n2:00 – 2:45 PM ET',
      ),
    ).not.toBe('2026-03-05T14:00:00-05:00');
  });
  it('asks a slot whose interviewer has yet to confirm whether she can come', async () => {
    expect(
      await startOf(
        "Thursday 5 March at 2pm ET is what we're aiming for - Dana has yet to confirm whether she can join.",
      ),
    ).toBeNull();
  });
  it("reads the candidate's call on a day said to be off as called off", async () => {
    expect((await kindAndStart("Sorry - our call on Thursday is off. I'll be in touch."))[0]).toBe(
      'cancellation',
    );
  });
});

describe('what the thirty-fifth review found', () => {
  const startOf = async (text: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('asks a day of the month whose paragraph names a month ahead', async () => {
    for (const text of [
      'The whole team is at a conference until May, so your interview is booked for the 11th at 9am ET.',
      "We've had to push your interview into next month.\nIt is now on the 20th at 1pm ET.",
      'Sorry for the wait - the panel is only back in April. See you on the 7th at 3pm ET, then.',
    ])
      expect(await startOf(text), text).toBeNull();
  });

  it('reads the new slot of a clock said as the meeting and moved to another day', async () => {
    const cases: Array<[string, string]> = [
      [
        "We've had to shift your Tuesday 11am to Wednesday 3pm ET, sorry.",
        '2026-03-04T15:00:00-05:00',
      ],
      ["I've pushed your Tuesday 11am ET to Wednesday 3pm ET.", '2026-03-04T15:00:00-05:00'],
    ];
    for (const [text, start] of cases) expect(await startOf(text), text).toBe(start);
  });

  it('keeps the zone that opens the paragraph after the slot', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nPanel interview: Wednesday 11 March, 14:00 - 15:00\n\nCET (Paris)\n\nJane',
    );
    expect([reading.interview?.start, reading.interview?.timezone]).toEqual([
      '2026-03-11T14:00:00+01:00',
      'Europe/Paris',
    ]);
  });

  it("reads the writer's own call called off beside a confirmed interview as no cancellation", async () => {
    const [kind, start] = await kindAndStart(
      "Your second interview with Omar Haddad is confirmed for Friday 6 March at 10am ET, so the call on Thursday is off - I'll email the prep pack instead.",
    );
    expect([kind, start]).toEqual(['interview', '2026-03-06T10:00:00-05:00']);
    expect((await kindAndStart('Our call on Thursday is off - the panel is snowed in.'))[0]).toBe(
      'cancellation',
    );
  });

  it('takes the old slot of a move by an amount from its own clause', async () => {
    expect(
      await startOf(
        'We need to move your interview back by an hour. A new calendar invite follows; your current booking is Thursday 5 March at 2pm ET.',
      ),
    ).toBe('2026-03-05T15:00:00-05:00');
    expect(
      await startOf(
        'We have pushed your interview back by 30 minutes.\n\nPreviously booked:\nThursday, 5 March\n2:00 - 2:45 PM ET',
      ),
    ).toBe('2026-03-05T14:30:00-05:00');
  });

  it('states a slot whose unsettled detail is not the meeting itself', async () => {
    for (const text of [
      'Your interview is on Thursday 5 March at 2pm ET - we have yet to confirm whether the car park is open.',
      'Your interview is on Thursday 5 March at 2pm ET. Tomas has yet to confirm whether he can join too, but it goes ahead either way.',
    ])
      expect(await startOf(text), text).toBe('2026-03-05T14:00:00-05:00');
  });

  it('states a slot shifted to another format, room or person, and asks one shifted to another day', async () => {
    for (const text of [
      'Your interview on Thursday at 2pm ET has been shifted to Google Meet - same time.',
      'Your interview on Thursday at 2pm ET has been bumped to 45 minutes.',
      'Your interview on Thursday at 2pm ET has been shifted to Priya Raman.',
    ])
      expect(await startOf(text), text).toBe('2026-03-05T14:00:00-05:00');
    expect(
      await startOf('Your interview on Thursday at 2pm ET has been pushed three days, to Sunday.'),
    ).toBeNull();
  });
});

describe('moves written as a clock and where it goes', () => {
  const read = async (text: string) => {
    const reading = await readWithNote('fyi', `Hi Alex,\n\nAbout your interview: ${text}\n\nJane`);
    return [reading.kind, reading.interview?.start ?? null];
  };

  it('reads the slot a move goes to, not the one it leaves', async () => {
    const cases: Array<[string, string]> = [
      ["I'll move you from Tuesday 11am to Wednesday 10am ET.", '2026-03-04T10:00:00-05:00'],
      ["I'll move your interview Tuesday 11am to Wednesday 10am ET.", '2026-03-04T10:00:00-05:00'],
      ['we have moved the 3:30 to 4:15pm ET on Wednesday.', '2026-03-04T16:15:00-05:00'],
      ['Omar is moving the 09:30 on Wednesday to 11:00 am ET.', '2026-03-04T11:00:00-05:00'],
      ["we're moving your 3pm on Wednesday to 5pm ET.", '2026-03-04T17:00:00-05:00'],
    ];
    for (const [text, start] of cases)
      expect(await read(text), text).toEqual(['reschedule', start]);
  });

  it('reads an arrow to another day as the move to its right, and asks one between clocks in a change', async () => {
    expect((await read('quick change for Wednesday: 3pm -> 5pm ET'))[1]).toBeNull();
    expect((await read('Wednesday 3pm ET → Friday 9am ET, as agreed on the phone.'))[1]).toBe(
      '2026-03-06T09:00:00-05:00',
    );
  });

  it('keeps an agenda whose rows run with arrows', async () => {
    expect(
      (
        await read(
          'Wednesday 4 March at 3pm ET.\n\nRunning order:\n3:00 → 3:30 Intro\n3:30 → 4:00 Case',
        )
      )[1],
    ).toBe('2026-03-04T15:00:00-05:00');
  });

  it('asks a move by an amount that says no direction', async () => {
    for (const text of [
      'your slot on Wednesday at 3pm ET has been moved by 45 minutes.',
      'your slot on Wednesday at 3pm ET has been shifted a day.',
      'your slot on Wednesday at 3pm ET has been bumped by an hour.',
    ])
      expect((await read(text))[1], text).toBeNull();
    // (Not a move of the meeting: "we moved offices", "they'll bring you through … 30 minutes".)
    expect(
      (
        await read(
          'it is on Wednesday at 3pm ET. Reception will bring you up to the fourth floor and it will take about 40 minutes.',
        )
      )[1],
    ).toBe('2026-03-04T15:00:00-05:00');
    expect(
      (
        await read(
          'it is on Wednesday at 3pm ET. We moved offices 3 weeks ago, so mind the new address.',
        )
      )[1],
    ).toBe('2026-03-04T15:00:00-05:00');
  });
});

describe('a note that picks an offered slot by its number', () => {
  const offer =
    'Hi Alex,\n\nWe need to move your panel interview. Please let us know which of these suits you (all times ET, about an hour on Zoom):\n\nOption 1: Wednesday 4 March, 9:00 AM\nOption 2: Thursday 5 March, 1:30 PM\nOption 3: Friday 6 March, 4:00 PM\n\nThanks,\nJane';

  it('takes the slot the mail numbered so', async () => {
    for (const note of ['Went with option 2, Jane confirmed by phone.', 'picked the second option'])
      expect((await readWithNote(note, offer)).interview?.start, note).toBe(
        '2026-03-05T13:30:00-05:00',
      );
  });

  it('asks while the note is unsure', async () => {
    expect(
      (await readWithNote('Asked for option 2 but not confirmed yet', offer)).interview?.start ??
        null,
    ).toBeNull();
  });
});

describe('a rejection said as not taking the application forward', () => {
  it.each([
    "Sadly we won't be taking your application any further this time.",
    "After a lot of thought we've chosen to proceed with applicants who have more clinical trial experience.",
    'We are not taking you forward to the panel stage, I am sorry to say.',
    "Unfortunately we won't be offering you the position this time around.",
  ])('%j is a rejection', async (line) => {
    expect((await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).reply?.class).toBe(
      'rejection',
    );
  });

  it('is no rejection when the writer takes the candidate forward', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nWe have decided to proceed with the applicants who did best in the case study, including you. Final round details to follow.\n\nJane',
    );
    expect(reading.reply?.class ?? null).not.toBe('rejection');
  });
});

describe('a move told as the invite updated or the meeting set replaced', () => {
  it.each([
    "Thanks Alex - I've updated the Zoom invite to 4:00–4:45pm ET on Thursday 5 March. See you then.",
    'Instead of the phone screen we had booked for Wednesday, Omar would like to meet you in person on Thursday 5 March, 4:00–4:45pm ET.',
  ])('%j is a reschedule to Thursday 4pm', async (line) => {
    expect(await kindAndStart(line)).toEqual(['reschedule', '2026-03-05T16:00:00-05:00']);
  });
});

describe('a host who calls, and a session named for its subject', () => {
  it('takes the host who will call as a person, never as the employer', async () => {
    const reading = await read(
      'Hi Alex Rivera,\n\nYour Intro Call - Data Engineer with Mara Quinlan at 11:00am - 11:30am (Eastern Time - US & Canada) on Thursday, 5 March 2026 is scheduled.\n\nEvent Host:\nMara Quinlan\n\nLocation:\nMara Quinlan will call you at +1 212 555 0100\n\nPowered by Calendly.com',
      'Confirmed: Intro Call - Data Engineer with Mara Quinlan on Thursday, 5 March 2026',
      'Calendly <notifications@calendly.com>',
    );
    expect(reading.interview?.company ?? null).not.toBe('Mara Quinlan');
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual(['Mara Quinlan']);
  });

  it('reads no person in a session titled for its subject', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour final round is below, all times ET.\n\nThursday, March 5, 2026\n\n1:00 PM – 1:45 PM   Guest Insights\n    Tomasz Wrona, Head of Research\n\n1:45 PM – 2:30 PM   Leadership Conversation\n    Ama Boateng, VP Product\n\nBest,\nJane',
    );
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual([
      'Tomasz Wrona',
      'Ama Boateng',
    ]);
  });
});

describe('a note that names a session of the day by its clock', () => {
  const schedule =
    'Hi Alex,\n\nDate: Thursday, March 5, 2026\nTime: 1:00 PM - 3:30 PM ET\n\n1:00 PM - 1:45 PM   Yuki Sato, Engineering Manager\n1:45 PM - 2:30 PM   Ravi Menon, Staff Engineer\n2:45 PM - 3:30 PM   Lena Fischer, Director\n\nJane';

  it('keeps the start when the note swaps the person of a session', async () => {
    const reading = await readWithNote(
      'Ravi is out that week, so the 1:45 session will be with Omar Haddad instead.',
      schedule,
    );
    expect(reading.interview?.start).toBe('2026-03-05T13:00:00-05:00');
  });
});

describe('a decision date said as next steps shared', () => {
  it('reads the day the employer will share next steps by', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is on Thursday 5 March at 2pm ET. We expect to share next steps with everyone by Wednesday, March 11.\n\nJane',
    );
    expect(reading.interview?.decisionBy).toBe('2026-03-11');
  });
});

describe('a labelled role whose title no list holds', () => {
  it('reads the title under its label', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is confirmed.\n\nRole: Senior Geospatial Data Processor\nDate: Thursday 5 March\nTime: 10am ET\n\nJane',
    );
    expect(reading.interview?.role).toBe('Senior Geospatial Data Processor');
  });

  it('reads no role from a label that says it is not known yet', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is confirmed.\n\nRole: To Be Confirmed\nDate: Thursday 5 March\nTime: 10am ET\n\nJane',
    );
    expect(reading.interview?.role ?? null).toBeNull();
  });
});

describe("a time said on the reader's clock first, then restated on the writer's", () => {
  it("states it on the reader's clock", async () => {
    const reading = await read(
      'Hi Alex,\n\nYour second interview is booked.\n\nDate: Thursday, 5 March 2026\nTime: 10:00 AM your time (Eastern) – that is 3:00 PM GMT here in London\nDuration: 30 minutes\n\nJane',
    );
    expect([reading.interview?.start, reading.interview?.timezone]).toEqual([
      '2026-03-05T10:00:00-05:00',
      'America/New_York',
    ]);
  });
});

describe('an ambiguous abbreviation glossed with its city alone', () => {
  it.each([
    ['4:00 PM AST (Kuwait)', '2026-03-08T16:00:00+03:00', 'Asia/Kuwait'],
    ['4:00 PM AST (Manama)', '2026-03-08T16:00:00+03:00', 'Asia/Bahrain'],
    ['4:00 PM IST (Mumbai)', '2026-03-08T16:00:00+05:30', 'Asia/Kolkata'],
  ])("%s is that city's clock", async (clock, start, zone) => {
    const reading = await readWithNote(
      'fyi',
      `Hi Alex,\n\nYour interview is on Sunday, 8 March 2026 at ${clock}.\n\nJane`,
    );
    expect([reading.interview?.start, reading.interview?.timezone]).toEqual([start, zone]);
  });
});

describe("a details block with its time restated on the reader's clock below", () => {
  it('keeps the range on its own clock, the people under their forms of address, and the result date', async () => {
    const reading = await read(
      'Dear Alex,\n\nWe would like to invite you to an online interview as below.\n\n■ Date and time\nWednesday, 11 March 2026\n22:00 - 23:00 Singapore Time (SGT)\n* 10:00 - 11:00 in New York (EDT)\n\n■ Interviewers\nMs. Wei Ling Tan, Head of Partnerships, Southeast Asia Region\nMr. Arjun Pillai, Director, Channel Sales\n\n■ Notes\nWe will contact you with the outcome by 20 March.\n\nBest regards',
    );
    expect([reading.interview?.start, reading.interview?.end]).toEqual([
      '2026-03-11T22:00:00+08:00',
      '2026-03-11T23:00:00+08:00',
    ]);
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual([
      'Wei Ling Tan',
      'Arjun Pillai',
    ]);
    expect(reading.interview?.decisionBy).toBe('2026-03-20');
  });
});

describe('a role with its region, and a decision told to everyone', () => {
  it('reads the title that ends in its region from the subject', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is confirmed for Thursday 5 March at 10am ET.\n\nJane',
      'Interview: Partner Marketing Manager EMEA - Alex Rivera',
    );
    expect(reading.interview?.role).toBe('Partner Marketing Manager EMEA');
  });

  it('reads the day the writer will let everyone know by', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is confirmed for Thursday 5 March at 10am ET. We will let everyone know where they stand by Friday 13 March.\n\nJane',
    );
    expect(reading.interview?.decisionBy).toBe('2026-03-13');
  });
});

describe('a role written with whom and where it is for', () => {
  it('reads the title without the candidate it is booked for', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour booking is confirmed for Thursday 5 March at 10am ET.\n\nJane',
      'Booking confirmed: Interview - Data Analyst, Payments for Alex Rivera',
    );
    expect(reading.interview?.role).toBe('Data Analyst, Payments');
  });

  it('reads the title without the place in brackets after it', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview for the Site Reliability Engineer (Duluth, MN) role is confirmed for Thursday 5 March at 10am ET.\n\nJane',
    );
    expect(reading.interview?.role).toBe('Site Reliability Engineer');
  });
});

describe('a length said as a range of two lengths in full', () => {
  it('gives no end', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is on Thursday 5 March at 10am ET and should take 40 minutes to an hour.\n\nJane',
    );
    expect([reading.interview?.start, reading.interview?.end ?? null]).toEqual([
      '2026-03-05T10:00:00-05:00',
      null,
    ]);
  });
});

describe('someone the writer brings in', () => {
  it('reads the one the writer will have join, and the writer who is there too', async () => {
    const reading = await readWithNote(
      'fyi',
      "Alex,\n\nThursday at 2pm ET is great for the interview. Plan on an hour - I'll have Mei Chen, our Yard Supervisor, join us for the second half.\n\nSee you Thursday,\nRoss\n\nRoss Albright\nDirector of Terminal Operations",
      'RE: Terminal Operations Manager - next step',
      'Ross Albright <ralbright@harborline.example>',
    );
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual([
      'Ross Albright',
      'Mei Chen',
    ]);
  });
});

describe('someone on standby', () => {
  it('is no interviewer while the sentence only supposes them', async () => {
    for (const line of [
      'Your interview is on Thursday 5 March at 2pm ET with Priya Raman. If needed, Tomas Berg will step in.',
      'Your interview is on Thursday 5 March at 2pm ET with Priya Raman. Should Priya be called away, Tomas Berg will cover.',
    ]) {
      const reading = await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`);
      expect(
        reading.interview?.interviewers.map((p) => p.name),
        line,
      ).toEqual(['Priya Raman']);
    }
  });
});

describe('a city and an offset beside it', () => {
  it("asks when the offset is not the city's that day", async () => {
    const start = async (clock: string) =>
      (
        await readWithNote(
          'fyi',
          `Hi Alex,\n\nYour interview is on Thursday 5 March at ${clock}.\n\nJane`,
        )
      ).interview?.start ?? null;
    expect(await start('10am (Perth, GMT+0)')).toBeNull();
    expect(await start('10am (Denver, GMT-5)')).toBeNull();
    expect(await start('10am (Denver, GMT-7)')).toBe('2026-03-05T10:00:00-07:00');
  });
});

describe('what the thirty-sixth review found', () => {
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('reads an arrow between two clocks of one day as a range, whatever else the mail changes', async () => {
    for (const text of [
      'Your interview is confirmed for Wednesday, March 4, 3:00 PM → 4:00 PM ET.',
      "We'll use Google Meet instead of Zoom this time.\n\nWednesday, March 4\n3:00 PM -> 3:45 PM ET",
    ])
      expect(await startOf(text), text).toBe('2026-03-04T15:00:00-05:00');
  });

  it('takes no month from a date of something else, nor leaves the day for another date', async () => {
    expect(
      await startOf(
        'Offers go out April 10, so we are moving fast. We have booked you for the 12th at 11am ET.',
      ),
    ).toBe('2026-03-12T11:00:00-04:00');
    // A month ahead said alone: asked, never the other date's clock.
    expect(
      await startOf('The role starts in June. Your first interview is on the 5th at 2pm ET.'),
    ).toBeNull();
  });

  it('asks a note that names two options', async () => {
    const offer =
      'We need to move your panel. Which suits you (all ET)?\n\nOption 1: Wednesday 4 March, 9:00 AM\nOption 2: Thursday 5 March, 1:30 PM\nOption 3: Friday 6 March, 4:00 PM';
    for (const note of [
      'Replied with option 2 or 3',
      'Said option 2, but that went, so option 3 it is',
    ])
      expect(await startOf(offer, note), note).toBeNull();
  });

  it('keeps a confirmed onsite beside a call called off, and a slot moved to a place', async () => {
    expect(
      await kindAndStart(
        'Your onsite with the team is all set for Friday, March 6 at 10am ET. The call on Thursday is off - no need for a prep chat now.',
      ),
    ).toEqual(['interview', '2026-03-06T10:00:00-05:00']);
    expect(
      await startOf('We have moved the 3:30 on Wednesday to Teams. Same time, 3:30pm ET.'),
    ).toBe('2026-03-04T15:30:00-05:00');
  });

  it('reads no rejection in "not yet" or "not for this role only"', async () => {
    for (const line of [
      "We won't be taking your application forward until the hiring manager is back on March 9; then we'll schedule the next round.",
      "We won't be offering you the Analyst role, but we'd love to interview you for the Senior Analyst opening instead.",
    ])
      expect(
        (await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).reply?.class ?? null,
        line,
      ).not.toBe('rejection');
  });

  it("reads the role to its end, no decision from the candidate's task, and Welcome as a name", async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is confirmed for Thursday 5 March at 10am ET. You will meet Welcome Mthembu, our Head of Finance.\n\nRole: Staff Nurse for the Cardiac Unit\n\nCould you let everyone know by Tuesday whether you need a parking pass?\n\nJane',
    );
    expect(reading.interview?.role ?? null).not.toBe('Staff Nurse for');
    expect(reading.interview?.decisionBy ?? null).toBeNull();
    expect(reading.interview?.interviewers.map((p) => p.name)).toContain('Welcome Mthembu');
  });
});

describe('an interview cancelled because the post is on hold', () => {
  it('is a cancellation, not a rejection', async () => {
    const [kind] = await kindAndStart(
      "I'm sorry to tell you we have had to cancel your interview on Thursday 5 March at 2pm ET. The post has been put on hold and we will not be progressing the recruitment for now.",
    );
    expect(kind).toBe('cancellation');
  });
});

describe("the role only in the user's note", () => {
  it('reads it from the note where the mail names none', async () => {
    const reading = await readWithNote(
      "Intro call Thursday. It's for the Regional Buyer, Dairy role (the booking page doesn't say).",
      'Hi Alex,\n\nYour 30 Minute Intro Call with Jane Recruiter on Thursday 5 March 2026 at 10:00am (Eastern Time) is scheduled.\n\nJane',
    );
    expect(reading.interview?.role).toBe('Regional Buyer, Dairy');
  });
});

describe('an abbreviation glossed with a country, or with a place on none of its clocks', () => {
  const read10 = async (zone: string) => {
    const reading = await readWithNote(
      'fyi',
      `Hi Alex,\n\nYour interview is confirmed.\n\nDate: Thursday 5 March 2026\nTime: 10:00 AM ${zone}\n\nJane`,
    );
    return [reading.interview?.start ?? null, reading.interview?.timezone ?? null];
  };

  it('takes the country of one clock, and asks a place on none of its meanings', async () => {
    expect(await read10('AST (Qatar)')).toEqual(['2026-03-05T10:00:00+03:00', 'Asia/Qatar']);
    expect(await read10('AST (Kuwait City)')).toEqual(['2026-03-05T10:00:00+03:00', 'Asia/Kuwait']);
    expect((await read10('AST (Dubai)'))[0]).toBeNull();
  });
});

describe('a holding reply', () => {
  it('is neutral when the writer is still talking to others and says when to expect word', async () => {
    for (const line of [
      "We're still talking to a handful of candidates this week, so bear with us.",
      'Thanks for checking in - you should hear back from us by Friday, 13 March, either way.',
    ])
      expect((await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).reply?.class, line).toBe(
        'neutral',
      );
  });
});

describe('what the thirty-seventh review found', () => {
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('asks an arrow between clocks under a move said lines above, and reads a labelled one as a range', async () => {
    expect(
      await startOf(
        'Heads up - we had to shift things around.\n\nWednesday, March 4\n3:00 PM ET → 5:00 PM ET\n\nSame link as before.',
      ),
    ).not.toBe('2026-03-04T15:00:00-05:00');
    for (const time of ['3:00 PM → 4:00 PM ET', '3:00→4:00 PM ET'])
      expect(
        await startOf(`Your interview is confirmed.\n\nDate: Wednesday, March 4\nTime: ${time}`),
        time,
      ).toBe('2026-03-04T15:00:00-05:00');
  });

  it('reads a call called off as a cancellation whatever the mail says of the invitation', async () => {
    expect(
      (
        await kindAndStart(
          'Sorry Alex, our call on Wednesday is off - the role has been paused. Please disregard the interview invitation for Wednesday 4 March at 3pm ET.',
        )
      )[0],
    ).toBe('cancellation');
  });

  it('asks a note whose picked option went', async () => {
    const offer =
      'We need to move your panel. Which suits you (all ET)?\n\nOption 1: Wednesday 4 March, 9:00 AM\nOption 2: Thursday 5 March, 1:30 PM\nOption 3: Friday 6 March, 4:00 PM';
    for (const note of [
      'I wanted option 2 but it got taken, so I took the last one',
      'Picked option 2, then they cancelled it',
    ])
      expect(await startOf(offer, note), note).toBeNull();
  });

  it('keeps a rejection that only thanks or keeps in touch after its "but"', async () => {
    for (const line of [
      "We won't be offering you the position, but we'd love to stay in touch for future roles.",
      'We will not be progressing the process further with your application.',
    ])
      expect((await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).reply?.class, line).toBe(
        'rejection',
      );
  });

  it('keeps the people named after a clause that is no standby', async () => {
    const reading = await readWithNote(
      'fyi',
      "Hi Alex,\n\nIf you're running late just let me know - Omar Haddad and Lena Fischer will be interviewing you on Thursday 5 March at 2pm ET.\n\nJane",
    );
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual([
      'Omar Haddad',
      'Lena Fischer',
    ]);
  });

  it('takes no role from a note that only mentions one', async () => {
    const reading = await readWithNote(
      "Not sure if it's for the Data Analyst role or the BI Developer one.",
      'Hi Alex,\n\nYour 30 Minute Intro Call with Jane Recruiter on Thursday 5 March 2026 at 10:00am (Eastern Time) is scheduled.\n\nJane',
    );
    expect(reading.interview?.role ?? null).toBeNull();
  });
});

describe('mail across borders, as heldout140 showed it', () => {
  const nz = 'Tama Ngata <tama@kowhaifoods.example>';
  const signed = (text: string, place: string) =>
    `Kia ora Alex,\n\n${text}\n\nNgā mihi,\nTama\n\nTama Ngata\nTalent Lead | Kowhai Foods\n${place}`;

  it('counts a writer\'s "tomorrow" from their own date, and their clock from their signature', async () => {
    // Forwarded at 11:40 on Monday in New York: already Tuesday morning in Wellington.
    const reading = await readWithNote(
      'fyi',
      signed(
        'Marama can meet you tomorrow at 10am our time.',
        'Central Wellington, Aotearoa New Zealand',
      ),
      'Interview',
      nz,
    );
    expect(reading.interview?.start).toBe('2026-03-04T10:00:00+13:00');
    expect(reading.interview?.timezone).toBe('Pacific/Auckland');
  });

  it('asks "our time" where nothing says where the writer is', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nMarama can meet you tomorrow at 10am our time.\n\nTama',
      'Interview',
      nz,
    );
    expect(reading.interview?.start ?? null).toBeNull();
  });

  it('reads a town of several clocks by the country the mail names, else asks', async () => {
    const confirmed = 'Confirmed: Thursday 5 March, 10:00 - 10:45 Santiago time.';
    expect(
      (
        await readWithNote(
          'fyi',
          `Hi Alex,\n\n${confirmed}\n\nFrancisca\nVitacura, Santiago, Chile`,
        )
      ).interview?.start,
    ).toBe('2026-03-05T10:00:00-03:00');
    expect(
      (await readWithNote('fyi', `Hi Alex,\n\n${confirmed}\n\nFrancisca`)).interview?.start ?? null,
    ).toBeNull();
  });

  it('moves the day a note says moved, keeping the clock it says stays', async () => {
    const body =
      'Hi Alex,\n\nYour interview is confirmed for Thursday 5 March at 3:00pm ET.\n\nJane';
    expect(
      (
        await readWithNote(
          "Jane rang - they've moved it to Friday 6th, same time (3pm for me).",
          body,
        )
      ).interview?.start,
    ).toBe('2026-03-06T15:00:00-05:00');
    // Which Friday is not said: asked, never Thursday's.
    expect(
      (await readWithNote("They've moved it to Friday, same time (3pm for me).", body)).interview
        ?.start ?? null,
    ).toBeNull();
  });

  it('reads Central Africa Time by the city the mail names', async () => {
    const reading = await readWithNote(
      'fyi',
      'Dear Mr Rivera,\n\nDate: Tuesday, 10th March 2026\nTime: 10:00 - 11:00 hrs CAT\n\nThe post is based at our head office in Lusaka.\n\nChipo',
    );
    expect(reading.interview?.start).toBe('2026-03-10T10:00:00+02:00');
    expect(reading.interview?.timezone).toBe('Africa/Lusaka');
  });

  it("reads a scheduler's zone line under the day, with its offset, as the schedule's clock", async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nHere is your schedule. All times below are shown in your time zone.\n\nThursday, March 5th 2026\nIndia Standard Time (GMT+05:30)\n\n7:30 PM - 8:30 PM    Technical Deep Dive\n\nFor our interviewers in Seattle this is 6:00 AM Pacific.\n\nBeth',
    );
    expect(reading.interview?.start).toBe('2026-03-05T19:30:00+05:30');
    expect(reading.interview?.timezone).toBe('Asia/Kolkata');
  });
});

describe('what the thirty-eighth review found', () => {
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;
  const classOf = async (text: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${text}\n\nJane`)).reply?.class ?? null;

  it("asks a day of another month the mail names, though its weekday fits this month's", async () => {
    expect(
      await startOf(
        "The panel is only available in June, so let's say Thursday the 5th at 2pm ET.",
      ),
    ).toBeNull();
  });

  it('asks an arrow between clocks where a change is said around it, never its old side', async () => {
    for (const text of [
      'Updated time for your interview on Wednesday, March 4: 2:00 PM → 4:00 PM ET. Sorry for the late notice!',
      "Note we've changed the Zoom link.\n\nDate: Thursday, March 5\nTime: 2:00 PM → 3:00 PM ET",
      'Thursday, March 5\n2:00 PM ET → 4:00 PM ET\n\nApologies for the change.',
    ])
      expect(await startOf(text), text).toBeNull();
    // A change only supposed is none: the arrow is the range's dash.
    expect(
      await startOf(
        'Your interview is confirmed. If you need to reschedule, just reply to this email.\n\nDate: Thursday, March 5\nTime: 2:00 PM → 3:00 PM ET',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
  });

  it("takes a note's option by its number, whatever day it mentions besides, and asks one gone", async () => {
    const offer =
      'We need to move your panel. Which suits you (all ET)?\n\nOption 1: Wednesday 4 March, 9:00 AM\nOption 2: Thursday 5 March, 1:30 PM\nOption 3: Friday 6 March, 4:00 PM';
    for (const note of [
      'Went with option 2 - I have a dentist appt Wednesday',
      'Went with option 2, but on Zoom rather than at their office',
      'Replied option 2; no clash with my other interview',
    ])
      expect(await startOf(offer, note), note).toBe('2026-03-05T13:30:00-05:00');
    for (const note of [
      'Option 2 got snapped up before I replied, they are sending new times',
      'Wanted option 2 - it fell through, they will come back to me',
      "Option 2 isn't available anymore apparently",
    ])
      expect(await startOf(offer, note), note).toBeNull();
  });

  it('reads a call that is off for a reason as cancelled, and one replaced by a booked meeting as not', async () => {
    expect(
      await kindAndStart(
        'Apologies - our call on Thursday is off as the hiring manager has left. Please ignore the calendar invite for Thursday, March 5 at 3pm ET.',
      ),
    ).toEqual(['cancellation', '2026-03-05T15:00:00-05:00']);
    expect(
      (
        await kindAndStart(
          "Our call on Thursday is off - we'd like to skip straight to the onsite. I'm happy to confirm your onsite for Friday, March 6 at 10:00 AM ET.",
        )
      )[0],
    ).toBe('interview');
  });

  it('tells a decision put off from a rejection, and keeps a rejection that only keeps in touch', async () => {
    for (const text of [
      "We will not be progressing the recruitment for now; we'll revisit your application when the budget is confirmed in Q3.",
      "We won't be taking you forward at this stage - at least not until the hiring freeze lifts in April.",
    ])
      expect(await classOf(text), text).not.toBe('rejection');
    expect(
      await classOf(
        "We won't be offering you the position, but we would love to consider you for future openings.",
      ),
    ).toBe('rejection');
  });

  it('leaves out who steps in if the interviewer cannot make it', async () => {
    const reading = await readWithNote(
      'fyi',
      "Hi Alex,\n\nYou will meet Priya Shah on Thursday 5 March at 2pm ET. If Priya can't make it, Tom Baker will step in.\n\nJane",
    );
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual(['Priya Shah']);
  });

  it('takes the role a note names, whatever else the note says', async () => {
    const body =
      'Hi Alex,\n\nYour 30 Minute Intro Call with Jane Recruiter on Thursday 5 March 2026 at 10:00am (Eastern Time) is scheduled.\n\nJane';
    for (const [note, role] of [
      [
        "It's for the Staff Engineer role - recruiter reached out before I applied",
        'Staff Engineer',
      ],
      ['Interview for the Backend Engineer position', 'Backend Engineer'],
    ])
      expect((await readWithNote(note ?? '', body)).interview?.role, note).toBe(role);
  });

  it("keeps the reader's clock said first, and a town in a province the list lacks", async () => {
    const tokyo = await readWithNote(
      'fyi',
      'Dear Alex,\n\nDate and time (your time): Wednesday, March 4, 2026, 7:00 PM - 8:00 PM US Eastern Time\nDate and time (Tokyo): Thursday, March 5, 2026, 9:00 AM - 10:00 AM JST\n\nYuki',
    );
    expect([tokyo.interview?.start, tokyo.interview?.timezone]).toEqual([
      '2026-03-04T19:00:00-05:00',
      'America/New_York',
    ]);
    const onsite = await readWithNote(
      'fyi',
      'Hi Alex,\n\nHere is your onsite itinerary for Wednesday, March 11:\n\n9:30 - 10:30   Marc Doucet, VP Engineering\n10:45 - 11:45  Lab tour\n\nCheers,\nEmily\n\nEmily Cormier\nTalent Lead | Tidewater Robotics\nBedford, Nova Scotia',
    );
    expect([onsite.interview?.start, onsite.interview?.timezone]).toEqual([
      '2026-03-11T09:30:00-03:00',
      'America/Halifax',
    ]);
  });
});

describe('what heldout147 and heldout148 showed', () => {
  it('takes no time of the interview from a sentence about the journey there', async () => {
    const reading = await readWithNote(
      'fyi',
      "Hi Hannah,\n\nDate: Thursday 5th March\nTime: 10:30am\nLocation: Acme Bank, 2 Park Row, Leeds LS1 5HN\n\nIf you're coming up from London, the 07:33 from King's Cross gets into Leeds at 09:48, which leaves plenty of time.\n\nTom",
    );
    // (In Leeds, on its own clock.)
    expect(reading.interview?.start).toBe('2026-03-05T10:30:00+00:00');
  });

  it("keeps an address's first word out of the company its signature names", async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nYour interview is confirmed for Thursday 5 March at 2pm ET.\n\nShannon Kelly\nTalent Acquisition Coordinator | Ironwood Fleet Systems\nLevel 9, 225 St Georges Terrace, Perth WA 6000, Australia',
      'Interview',
      'Shannon Kelly <shannon.kelly@ironwoodfleet.example>',
    );
    expect(reading.interview?.company).toBe('Ironwood Fleet Systems');
  });
});

describe('what heldout145 and heldout146 showed', () => {
  it("takes an itinerary's sign-in row as no session", async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nTHURSDAY, MARCH 5 - Acme Corp, 200 Main Street, Boston, MA 02110\n8:45 AM      Sign in at reception\n9:00 - 10:00 Technical interview - Rosa Diaz\n10:15 - 11:00 Interview - Graham Lee\n\nJane',
    );
    expect(reading.interview?.start).toBe('2026-03-05T09:00:00-05:00');
  });

  it('reads an arrow from one clock to the same instant on another as no range', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nYour interview: Wednesday, March 4, 2:00 PM ET → 11:00 AM PT\n\nJane',
    );
    expect([reading.interview?.start, reading.interview?.end ?? null]).toEqual([
      '2026-03-04T14:00:00-05:00',
      null,
    ]);
  });
});

describe('what the thirty-ninth review found', () => {
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('moves no day for a move only wanted, offered or of another meeting (asked)', async () => {
    const body =
      'Your video interview with Sam Lee is confirmed for Tuesday 10 March at 3:00 PM ET.';
    for (const note of [
      'They wanted to move it to Thursday 12th but we kept it at 3pm Tuesday.',
      'Same time 3pm. The onsite after this moved to Thursday 12th.',
      "Couldn't move it to Thursday 12th - still 3pm Tuesday.",
    ])
      expect(await startOf(body, note), note).toBeNull();
  });

  it("takes no writer's place from a title before a province, nor a province of several clocks", async () => {
    for (const signature of [
      'Jane Doe\nSenior Recruiter, Victoria',
      'Jane Doe\nRegional Director, Queensland',
      'Jane Doe\nFernie, British Columbia',
    ])
      expect(
        await startOf(`We can talk on Thursday 5 March at 10am my time.\n\n${signature}`),
        signature,
      ).toBeNull();
  });

  it('reads "CAT" before a little word, and a town\'s time by the address the mail gives it', async () => {
    expect(await startOf('Thursday 5 March at 9am CAT via Zoom.\n\nJane\nLusaka, Zambia')).toBe(
      '2026-03-05T09:00:00+02:00',
    );
    expect(
      await startOf(
        'Thursday 5 March at 10am Birmingham time.\n\nJane\n100 Main St, Birmingham, AL 35203',
      ),
    ).toBe('2026-03-05T10:00:00-06:00');
  });

  it('keeps an arrow a range when what follows changes something else', async () => {
    expect(
      await startOf(
        'Your interview: Thursday 5 March, 2:00 PM → 3:00 PM ET.\n\nNote the clocks change on 8 March.',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
  });

  it('keeps an interview that someone else runs, a rejection that waits for someone else, and a part-time interviewer', async () => {
    expect(
      (
        await kindAndStart(
          'Your interview with Sam is off while he is on leave; Dana Lee will run it instead, same time, Thursday 5 March at 10am ET.',
        )
      )[0],
    ).toBe('interview');
    expect(
      (
        await readWithNote(
          'fyi',
          "Hi Alex,\n\nUnfortunately we won't be offering you the position; the team has decided to wait until they find someone with more payments experience.\n\nJane",
        )
      ).reply?.class,
    ).toBe('rejection');
    const reading = await readWithNote(
      'fyi',
      "Hi Alex,\n\nYou will meet Priya Nair on Thursday 5 March at 2pm ET. If Priya can't stay for the whole hour, Tom Baker will join for the second half.\n\nJane",
    );
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual(['Priya Nair', 'Tom Baker']);
  });

  it('takes an option the note says is booked', async () => {
    const offer =
      'We need to move your panel. Which suits you (all ET)?\n\nOption 1: Wednesday 4 March, 9:00 AM\nOption 2: Thursday 5 March, 1:30 PM\nOption 3: Friday 6 March, 4:00 PM';
    expect(await startOf(offer, 'Option 2 is now booked.')).toBe('2026-03-05T13:30:00-05:00');
  });
});

describe('what the fortieth review found', () => {
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('asks an arrow between clocks under a time change, said before it or after it', async () => {
    for (const text of [
      'Time change for your interview with Sam Patel on Thursday 5 March:\n\nTime: 2:00 PM → 4:00 PM ET',
      'Your interview: Thursday 5 March\nTime: 2:00 PM → 4:00 PM ET\n\nSorry about the change!',
    ])
      expect(await startOf(text), text).toBeNull();
  });

  it('moves the day a note says moved though it adds that the clock is still the same', async () => {
    const body =
      'Your video interview with Sam Patel is confirmed for Thursday 5 March at 2:00 PM ET.';
    for (const note of [
      'It has been moved to Friday 6th, still 2pm',
      'Moved to Friday 6th but still 2pm',
    ])
      expect(await startOf(body, note), note).toBe('2026-03-06T14:00:00-05:00');
  });

  it('reads "CAT" as a zone only where the mail names where that clock is kept', async () => {
    expect(
      await startOf(
        'Assessment day, Thursday 5 March:\n10:00 Panel interview with Sam Patel\n11:30 CAT via laptop (cognitive ability test)',
      ),
    ).not.toBe('2026-03-05T10:00:00+02:00');
  });

  it("asks a town's time where the mail gives an address of a namesake on another clock", async () => {
    expect(
      await startOf(
        'Your call with our Irish team is Thursday 5 March at 3pm Dublin time.\n\nJane\nAcme Inc | 100 Main St, Dublin, OH 43017',
      ),
    ).toBeNull();
  });

  it('keeps a session whose row only mentions signing in', async () => {
    expect(
      await startOf(
        'Thursday 5 March:\n10:00 Technical interview with Sam Patel (please sign in to CoderPad beforehand)\n11:00 System design with Priya Shah',
      ),
    ).toBe('2026-03-05T10:00:00-05:00');
  });

  it('asks an option the note says was booked already', async () => {
    const offer =
      'We need to move your panel. Which suits you (all ET)?\n\nOption 1: Wednesday 4 March, 9:00 AM\nOption 2: Thursday 5 March, 1:30 PM\nOption 3: Friday 6 March, 4:00 PM';
    expect(
      await startOf(offer, 'Option 2 was booked by the time I answered - going with 3'),
    ).toBeNull();
  });

  it('tells holds and cancellations from rejections and swaps', async () => {
    expect(
      (
        await readWithNote(
          'fyi',
          "Hi Alex,\n\nThe team wants to hire you. We won't be offering you the position until HR signs off on the headcount, hopefully this week.\n\nJane",
        )
      ).reply?.class ?? null,
    ).not.toBe('rejection');
    expect(
      (
        await kindAndStart(
          "The interview on Thursday 5 March is off. Once we've reviewed the budget, the hiring manager will lead the interview at a later date.",
        )
      )[0],
    ).toBe('cancellation');
    const reading = await readWithNote(
      'fyi',
      "Hi Alex,\n\nYour panel on Thursday 5 March at 2pm ET is with Priya Shah. If Priya can't be on the call, Tom Reed will run it.\n\nJane",
    );
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual(['Priya Shah']);
  });

  it('reads "our call on Thursday at 2pm ET is off" as a cancellation', async () => {
    expect(
      (
        await kindAndStart(
          'Sorry Alex - our call on Thursday at 2pm ET is off. The role has been paused.',
        )
      )[0],
    ).toBe('cancellation');
  });
});

describe('what the forty-first review found', () => {
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('drops only the clocks of a journey, never the meeting beside them', async () => {
    for (const text of [
      'Looking forward to your visit to Acme on Thursday 5 March. We kick off at 9:30 (the hotel shuttle bus will drop you at the door).\n\nYou will have lunch with the team at 12:30, then a tour.',
      'Your onsite is on Thursday 5 March. We begin at 10:00 - take the 8:15 train from Grand Central and someone will meet you.\n\nThe panel finishes at 3:00 PM.',
    ])
      expect(['2026-03-05T12:30:00-05:00', '2026-03-05T15:00:00-05:00'], text).not.toContain(
        await startOf(text),
      );
    expect(
      await startOf(
        'Time: Thursday 5 March 10:00 AM\nLocation: 1 Main St, Stamford (2 min walk from the train station)',
      ),
    ).toBe('2026-03-05T10:00:00-05:00');
  });

  it('asks "CAT" in mail that names no place on that clock, and skips a sign-in row under the day', async () => {
    expect(
      await startOf('Your interview with Priya is on Thursday 5 March at 10:00 CAT on Teams.'),
    ).toBeNull();
    expect(
      await startOf(
        'Your onsite on Thursday 5 March:\n\n8:45 AM Sign in at reception\n9:00 AM Panel interview with Priya Shah and Tom Lee',
      ),
    ).toBe('2026-03-05T09:00:00-05:00');
  });

  it('keeps an arrow a range under boilerplate that offers to reschedule', async () => {
    expect(
      await startOf(
        'Your interview: Thursday 5 March, 2:00 PM → 3:00 PM ET.\n\nTo reschedule, just reply to this email.',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
  });

  it('asks a note whose move was undone', async () => {
    const body =
      'Your video interview with Sam Patel is confirmed for Wednesday 4 March at 2:00 PM ET.';
    for (const note of [
      'We moved it to Thursday 12th but then moved it back, still 2pm',
      'They moved it to Thursday 12th, but that did not work for Priya so still Wednesday at 2pm',
    ])
      expect(await startOf(body, note), note).not.toBe('2026-03-12T14:00:00-04:00');
  });

  it('keeps a rejection that keeps the CV on file until a role comes up, and a pick booked straight away', async () => {
    expect(
      (
        await readWithNote(
          'fyi',
          "Hi Alex,\n\nWe won't be taking your application forward, though we'll keep your CV on file until a suitable role comes up.\n\nJane",
        )
      ).reply?.class,
    ).toBe('rejection');
    const offer =
      'We need to move your panel. Which suits you (all ET)?\n\nOption 1: Wednesday 4 March, 9:00 AM\nOption 2: Thursday 5 March, 1:30 PM\nOption 3: Friday 6 March, 4:00 PM';
    expect(await startOf(offer, 'Went with option 2 and it got booked straight away')).toBe(
      '2026-03-05T13:30:00-05:00',
    );
  });
});

describe('what the forty-second review found', () => {
  const startOf = async (text: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it("drops a train's clock only right after its verb, never the meeting's after it", async () => {
    expect(
      await startOf(
        'Interview on Thursday 5 March, all times Eastern. The hiring manager leaves at 4pm, so we start at 2pm and finish at 3:30pm.',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
    expect(
      await startOf('Your train departs at 7:10; interview at 10:00 AM ET on Thursday 5 March.'),
    ).toBe('2026-03-05T10:00:00-05:00');
  });
});

describe('what the forty-second review left, mended', () => {
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;
  const confirmed = 'Your interview is confirmed for Thursday 5 March at 2pm ET with Dana Lee.';

  it('asks where an arrow between clocks is followed by word of a new time', async () => {
    for (const after of ['Note we changed the time.', 'Please note the new time.'])
      expect(
        await startOf(`Your interview is on Thursday 5 March.\n\n2:00 PM → 3:30 PM ET\n\n${after}`),
      ).toBeNull();
    // (An update of something else leaves the range.)
    expect(
      await startOf(
        'Your interview is on Thursday 5 March.\n\n2:00 PM → 3:00 PM ET\n\nWe have updated the invite with the Zoom link.',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
  });

  it('asks where a change of venue and time puts an arrow between clocks', async () => {
    expect(
      await startOf(
        'Change of venue and start time for Thursday 5 March: 2:00 PM → 3:30 PM ET. We are now at 1 Main St.',
      ),
    ).toBeNull();
  });

  it('takes no move the note undoes, nor the first of two corrections', async () => {
    for (const note of [
      'They moved it to Friday at 2pm but then moved it back.',
      'They moved it to Friday at 2pm, then moved it back to Thursday.',
      'Moved to Friday at 2pm. Then they pushed it back an hour to 3pm.',
    ])
      expect(await startOf(confirmed, note)).toBeNull();
    expect(await startOf(confirmed, 'They moved it to Friday 6th at 2pm')).toBe(
      '2026-03-06T14:00:00-05:00',
    );
  });

  it("keeps the note's day with its clock, and asks where only the day moved with it", async () => {
    expect(await startOf(confirmed, "It's not 2pm, it's 3pm now - Friday 6th at 3pm")).toBe(
      '2026-03-06T15:00:00-05:00',
    );
    expect(await startOf(confirmed, 'Moved to Friday 6th, now 3pm')).toBeNull();
  });

  it('reads "my time" where the user says they are, and asks where that place is unknown', async () => {
    expect(await startOf(confirmed, "I'm in Denver this week so it's 12pm for me")).toBe(
      '2026-03-05T14:00:00-05:00',
    );
    expect(await startOf(confirmed, "I'm in Tulum this week so it's 1pm my time")).toBeNull();
  });

  it('passes over a sign-in row written with a dash bullet', async () => {
    expect(
      await startOf(
        'Agenda for Thursday 5 March (ET):\n- 8:45 AM Sign in at reception\n- 9:00 AM Panel with Dana Lee\n- 10:00 AM Coffee',
      ),
    ).toBe('2026-03-05T09:00:00-05:00');
  });
});

describe('what the forty-third review found', () => {
  const startOf = async (text: string) =>
    (await readWithNote('fyi', `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it("never takes a vehicle's or a journey's clock for the interview's, however it is said", async () => {
    for (const journey of [
      "Train departs at 07:10 from King's Cross.",
      'Shuttle leaves at 8:30 from the hotel lobby.',
      'Your train departs from Euston at 07:10.',
      "Your flight departs O'Hare at 6:05 AM.",
      'Your flight BA1234 from Heathrow departs at 7:10.',
      'Your Eurostar arrives at 9:47.',
      'Your train is due in at 09:48.',
      'The 7:05 Acela gets into Penn Station at 9:50.',
      'You land at 8:15.',
      'The car will collect you at 9:45 AM from your hotel.',
      'Pick-up at 9:45 AM from the Marriott lobby.',
      'Doors open at 8:30 AM.',
      'Your driver will meet you at arrivals at 8:40.',
    ])
      expect(
        await startOf(`Your onsite is on Thursday 5 March; timings to follow. ${journey}`),
      ).toBeNull();
  });

  it("asks where the interview's only day is a journey's", async () => {
    expect(
      await startOf(
        'Your flight lands at 6:00 PM on Wednesday, March 4 and your interview is the following day at 9:30 AM.',
      ),
    ).toBeNull();
    expect(
      await startOf(
        'Your return flight departs at 6:00 PM on Friday, March 6. Your interview is at 10:00 AM.',
      ),
    ).toBeNull();
  });

  it('keeps a person who arrives, and a room of the venue', async () => {
    expect(
      await startOf('Onsite on Thursday 5 March (ET). The panel arrives in Building A at 10:00.'),
    ).toBe('2026-03-05T10:00:00-05:00');
  });

  it('asks where a zone abbreviation may be the initials of a scan, a test or a team', async () => {
    for (const row of ['09:30 CT suite tour', '08:30 PT test', '14:00 ART sync'])
      expect(await startOf(`Thursday 5 March:\n${row}\n\nMore details to follow.`)).toBeNull();
    expect(await startOf('Interview on Thursday 5 March at 2pm CT tomorrow')).toBe(
      '2026-03-05T14:00:00-06:00',
    );
    expect(await startOf('Interview on Thursday 5 March, 10am PT interview with Dana')).toBe(
      '2026-03-05T10:00:00-08:00',
    );
  });

  it('reads "CAT" as a zone for a Central African place, never for a continent alone', async () => {
    expect(
      await startOf(
        'Thank you for applying for the Analyst role on our Africa desk.\n\nThursday 5 March\n09:30 CAT\n\nJane\nLondon',
      ),
    ).toBeNull();
    expect(await startOf('Interview in Lusaka on Thursday 5 March at 09:30 CAT.')).toBe(
      '2026-03-05T09:30:00+02:00',
    );
  });

  it("asks an abbreviation's meaning where the employer's office the mail names keeps another", async () => {
    const at = (office: string, clock: string) =>
      startOf(
        `Your interview at our ${office} office is confirmed for Thursday 5 March at ${clock}.`,
      );
    for (const [office, clock] of [
      ['Riyadh', '10:00 AST'],
      ['Tel Aviv', '14:00 IST'],
      ['Dublin', '14:00 IST'],
      ['Shanghai', '10:00 CST'],
    ])
      expect(await at(office ?? '', clock ?? '')).toBeNull();
    // (Its first meaning's own office, or one on neither meaning, changes nothing.)
    expect(await at('Chicago', '10:00 CST')).toBe('2026-03-05T10:00:00-06:00');
    expect(
      await startOf(
        'Your technical interview is on Thursday, 5 March at 3:30 PM IST over Google Meet. The hiring manager from our London office will join for the last ten minutes.',
      ),
    ).toBe('2026-03-05T15:30:00+05:30');
  });
});

describe('what heldout149 and heldout150 showed', () => {
  it('reads an offer confirmed or sent as a letter of offer', async () => {
    for (const line of [
      "I'm delighted to confirm our offer for the role of Site Planner at Harbourline.",
      'Your letter of offer and contract are attached; please sign and return them by Friday.',
    ])
      expect((await readWithNote('Offer!', `Hi Alex,\n\n${line}\n\nJane`)).reply?.class).toBe(
        'offer',
      );
    // (What is confirmed is a timeline of the offer stage, not an offer.)
    expect(
      (
        await readWithNote(
          'fyi',
          "Hi Alex,\n\nI'm happy to confirm the offer stage timeline: final interviews on Thursday 5 March at 2pm ET.\n\nJane",
        )
      ).kind,
    ).toBe('interview');
  });
});

describe('what the forty-fourth review found', () => {
  const confirmed =
    'Confirming your interview with Sam Lee on Thursday, March 5 at 2:00 PM ET via Zoom.';
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('keeps a move whose old slot the note says did not work, or a delay "pushed back"', async () => {
    for (const note of [
      'Changed to 3pm (the 2pm did not work for them)',
      'Moved to 3pm (pushed back from 2pm)',
      'Update - now 3pm. They pushed it back because Sam had a conflict.',
      "It's at 3pm now. The Zoom link in the invite didn't work so they sent a new one.",
    ])
      expect(await startOf(confirmed, note)).toBe('2026-03-05T15:00:00-05:00');
    // (A move said beside the old slot named again confirms nothing.)
    expect(await startOf(confirmed, 'Pushed to 3pm (2pm fell through on their end).')).toBeNull();
  });

  it("takes no day for a correction from another sentence's clock", async () => {
    for (const note of [
      "It's 3pm now. Sam said Friday at 3pm would work too but we kept Thursday",
      'Changed to 3pm. Friday 6th at 3pm is the backup if Sam is sick.',
    ])
      expect(await startOf(confirmed, note)).toBe('2026-03-05T15:00:00-05:00');
  });

  it('reads one correction given on two clocks, or with its end, as one', async () => {
    for (const note of ['They moved it to 3pm ET (12pm my time)', 'Moved to 3pm, ends at 4pm'])
      expect(await startOf(confirmed, note)).toBe('2026-03-05T15:00:00-05:00');
  });

  it('reads "my time" where the user is now, not where they will be', async () => {
    expect(
      await startOf(confirmed, "I'm in Denver next week but the interview moved to 3pm my time"),
    ).toBe('2026-03-05T15:00:00-05:00');
    expect(await startOf(confirmed, "I'm in NYC, still 2pm for me")).toBe(
      '2026-03-05T14:00:00-05:00',
    );
  });

  it("keeps the interviewer's clock beside a cab, a car park or a panel's name", async () => {
    for (const [line, start] of [
      [
        'Your interview is on Thursday, March 5. Feel free to take a cab and Sam will meet you at 10:00 AM ET in reception.',
        '2026-03-05T10:00:00-05:00',
      ],
      [
        'Car parking is available on site and Sam will meet you at 9:45 AM ET on Thursday, March 5 for your interview.',
        '2026-03-05T09:45:00-05:00',
      ],
      [
        'Once your train arrives, Sam will meet you at 10am ET on Thursday March 5 for the interview.',
        '2026-03-05T10:00:00-05:00',
      ],
      [
        'We look forward to you arriving at Acme at 10:00 AM ET on Thursday, March 5 for your interview.',
        '2026-03-05T10:00:00-05:00',
      ],
      [
        'Please join the 2:00 PM ET Panel from our Product team on Thursday, March 5.',
        '2026-03-05T14:00:00-05:00',
      ],
      [
        'Thursday, March 5 at 10:00 AM PT team members Sam Lee and Pat Kim will join.',
        '2026-03-05T10:00:00-08:00',
      ],
    ])
      expect(await startOf(line ?? '')).toBe(start);
  });

  it('keeps a range whose new time is only offered to change', async () => {
    expect(
      await startOf(
        'Interview with Sam Lee\nThursday March 5, 2:00 PM → 3:00 PM ET\nGoogle Meet\n\nIf the new time does not suit, let me know.',
      ),
    ).toBe('2026-03-05T14:00:00-05:00');
  });
});

describe('what heldout149 showed, mended', () => {
  it("leaves a subject's date out of the role", async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nYour interview is on Thursday 5 March at 11:00 ET with Dana Lee.\n\nJane',
      'Interview for Harbour Planner, Thursday 5 March',
    );
    expect(reading.interview?.role).toBe('Harbour Planner');
  });
});

describe('what heldout153 and heldout154 showed', () => {
  it('reads a note\'s "their time" where the note names the one town they are in', async () => {
    const reading = await readWithNote(
      "Second round with Brightwater (Lisbon). It's 7 pm their time.",
      'Hi Alex,\n\nYour interview is on Thursday 5 March at 2:00 PM ET with Dana Lee.\n\nJane',
    );
    expect([reading.interview?.start, reading.confidence?.start]).toEqual([
      '2026-03-05T14:00:00-05:00',
      0.95,
    ]);
  });

  it("reads a schedule's rows on the zone its day line names, not on a restatement after it", async () => {
    const reading = await readWithNote(
      'fyi',
      [
        'Hi Alex,',
        '',
        'Your virtual onsite is confirmed; I have put the times in your time zone:',
        '',
        'Friday, March 6, 2026 - India Standard Time (IST, UTC+5:30)',
        '',
        '6:30 PM - 7:15 PM   Systems design with Ravi Kumar',
        '7:15 PM - 8:00 PM   Hiring manager conversation with Dana Lee',
        '',
        'For your interviewers in Seattle this is 5:00 AM - 6:30 AM Pacific Standard Time, so bring coffee!',
        '',
        'Jane',
        'Recruiting Coordinator, Acme',
        '500 Pine St, Seattle, WA 98101',
      ].join('\n'),
    );
    expect(reading.interview?.start).toBe('2026-03-06T18:30:00+05:30');
  });
});

describe('what heldout151 and heldout152 showed', () => {
  it('reads a territory named as the clock, and keeps it before your own restated', async () => {
    const reading = await readWithNote(
      'fyi',
      'Hi Alex,\n\nYour interview is on Thursday 5 March at 1:30 PM Yukon time, which is 3:30 PM your time.\n\nJane',
    );
    expect([reading.interview?.start, reading.interview?.timezone]).toEqual([
      '2026-03-05T13:30:00-07:00',
      'America/Whitehorse',
    ]);
  });
});

describe('what the forty-fifth review found', () => {
  const confirmed =
    'Confirming your interview with Sam Lee on Thursday, March 5 at 2:00 PM ET via Zoom.';
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it('takes a note\'s move "from 2pm to 3pm" at its new clock', async () => {
    for (const note of [
      'They moved it from 2pm to 3pm',
      'They changed the time from 2pm to 3pm.',
      'Time changed: 2pm -> 3pm',
      'Changed 2pm to 3pm.',
      'Pushed it back from 2pm to 3pm',
    ])
      expect(await startOf(confirmed, note)).toBe('2026-03-05T15:00:00-05:00');
    // ("Changed to 3pm - 4pm" is a new span from 3pm.)
    expect(await startOf(confirmed, 'Changed to 3pm - 4pm')).toBe('2026-03-05T15:00:00-05:00');
  });

  it('asks where a note moves twice, only hears of a move, or moved it "today"', async () => {
    for (const note of [
      'Moved to 3pm, then to 4pm.',
      'Moved to 3pm, then they pushed it back to 2pm again.',
      'Moved to 3pm apparently, Jane to confirm',
      'Jane moved it from 2pm to 3:30pm today.',
    ])
      expect(await startOf(confirmed, note)).toBeNull();
  });

  it("asks where another sentence gives the correction's clock another day, unless a slot in reserve", async () => {
    for (const note of [
      'Moved to 3pm. New date is Friday 6 March at 3pm.',
      'Moved to 3pm. Last round was Friday 27 Feb at 3pm.',
    ])
      expect(await startOf(confirmed, note)).toBeNull();
    expect(
      await startOf(confirmed, 'Changed to 3pm. Friday 6th at 3pm is the backup if Sam is sick.'),
    ).toBe('2026-03-05T15:00:00-05:00');
  });

  it("keeps the mail's time beside the user's own plans moved", async () => {
    expect(await startOf(confirmed, 'Moved my lunch to 12:30 so I can prep before the 2pm.')).toBe(
      '2026-03-05T14:00:00-05:00',
    );
  });

  it('asks where a schedule row begins with initials of a team or a room', async () => {
    expect(
      await startOf(
        'Here is your schedule for Thursday 5 March at our Boston clinic:\n9:00 AM PT team huddle (observe)\n9:45 AM Interview with Dana Lee',
      ),
    ).toBeNull();
  });

  it("never takes a flight's arrival in a town for the interview", async () => {
    expect(
      await startOf(
        'Thursday 5 March: after arriving at Denver at 8:15 AM, interview at 11:00 AM ET.',
      ),
    ).toBe('2026-03-05T11:00:00-05:00');
  });

  it('reads no job offer in an offer of an interview, of times, or one only supposed', async () => {
    for (const line of [
      'We are pleased to confirm our offer of an interview for the Product Designer role on Thursday 5 March at 2pm ET.',
      'Thank you for your offer of times. Let us go with Thursday 5 March at 2pm ET.',
    ])
      expect((await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).kind).toBe('interview');
    for (const line of [
      'If the panel is positive, your letter of offer will follow next week.',
      'Unfortunately we have had to rescind your letter of offer.',
    ])
      expect((await readWithNote('fyi', `Hi Alex,\n\n${line}\n\nJane`)).reply?.class).not.toBe(
        'offer',
      );
  });
});

describe('what the forty-sixth review found', () => {
  const confirmed =
    'Confirming your interview with Sam Lee on Thursday, March 5 at 2:00 PM ET via Zoom.';
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it("reads a note's new span from its start, and asks a move across days", async () => {
    for (const note of ['Rescheduled: 3-4pm', 'Changed: 3pm-4pm now'])
      expect(await startOf(confirmed, note)).toBe('2026-03-05T15:00:00-05:00');
    expect(await startOf(confirmed, 'Changed Thu 2pm to Fri 3pm')).toBeNull();
  });

  it("never confirms the mail's clock from the left of a note's arrow", async () => {
    expect(await startOf(confirmed, 'Update: 2pm -> 3pm now')).toBe('2026-03-05T15:00:00-05:00');
    expect(await startOf(confirmed, '2pm → 3pm')).toBeNull();
  });

  it('asks "my time" of a user away only today', async () => {
    expect(
      await startOf(confirmed, "I'm in London today - they moved it to 3pm my time"),
    ).toBeNull();
  });

  it('takes no zone from office hours in a signature', async () => {
    const reading = await read(
      'Hi Alex,\n\nYour interview is on Thursday 5 March at 2:00 PM.\n\nJane\nAcme Recruiting\nMonday - Friday | Pacific Time',
    );
    expect(reading.interview?.timezone).not.toBe('America/Los_Angeles');
  });

  it('keeps an ordinary "room change" after a zone', async () => {
    expect(await startOf('Thursday, March 5 at 3:00 PM CT room change: please go to 4B.')).toBe(
      '2026-03-05T15:00:00-06:00',
    );
  });

  it('reads an offer letter attached, whatever follows, and offer details', async () => {
    for (const line of [
      'Attached is your offer letter; please sign and return it when you can.',
      'Your offer details are below: base salary 90k, start date 1 April.',
    ])
      expect((await readWithNote('Offer!', `Hi Alex,\n\n${line}\n\nJane`)).reply?.class).toBe(
        'offer',
      );
  });
});

describe('what the forty-seventh review found', () => {
  const confirmed =
    'Confirming your interview with Sam Lee on Thursday, March 5 at 2:00 PM ET via Zoom.';
  const startOf = async (text: string, note = 'fyi') =>
    (await readWithNote(note, `Hi Alex,\n\n${text}\n\nJane`)).interview?.start ?? null;

  it("reads a note's move between two clocks at its end, whatever follows", async () => {
    for (const note of ['Changed 2pm to 3pm ET', 'Moved 2pm to 3pm my time'])
      expect(await startOf(confirmed, note)).toBe('2026-03-05T15:00:00-05:00');
    expect(
      await startOf(confirmed, 'Update: 3pm now. Confirmation says Thursday 5 March at 3pm.'),
    ).toBe('2026-03-05T15:00:00-05:00');
  });

  it("reads a day line's zone followed by a colon", async () => {
    const reading = await read(
      'Hi Alex,\n\nThursday, March 5, 2026 - Pacific Time:\n9:00 AM - 9:45 AM  Recruiter screen with Dana Cole\n\nPriya',
    );
    expect(reading.interview?.start).toBe('2026-03-05T09:00:00-08:00');
  });

  it('asks "New Brunswick time" from New Brunswick, New Jersey', async () => {
    expect(
      await startOf(
        'Your interview at our New Brunswick, NJ headquarters is on Thursday 5 March at 10:00 AM New Brunswick time.',
      ),
    ).toBeNull();
  });
});
