import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import {
  applicationIdFor,
  closeApplication,
  openApplication,
} from '../../../functions/core/application.ts';
import { milestonesCalendar, plansCalendar } from '../../../functions/core/mail/calendar.ts';
import { createMailRenderer } from '../../../functions/core/mail/index.ts';
import { defaultPolicy } from '../../../functions/core/planning/index.ts';
import { EVERY_COUNTRY } from '../../support/holidays.ts';

const now = new Date('2026-12-01T12:00:00Z');
const application = openApplication({
  id: applicationIdFor('alex@example.net', 'm1@example.net'),
  userId: 'alex@example.net',
  reading: {
    company: 'Harborview Labs',
    role: 'Frontend Engineer',
    start: '2026-12-10T14:00:00-05:00',
    end: '2026-12-10T14:45:00-05:00',
    timezone: 'America/New_York',
    interviewers: [{ name: 'Dana Lee', email: 'dana@harborview.example' }],
    format: 'video',
    decisionBy: null,
  },
  userTimezone: 'Europe/Berlin',
  policy: defaultPolicy,
  holidays: EVERY_COUNTRY,
  now,
  threadMessageIds: [],
});

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    status: String(event.getFirstPropertyValue('status')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    summary: String(event.getFirstPropertyValue('summary')),
  }));
}

describe('the plan as iCalendar', () => {
  it('has one event per milestone at its due instant, with stable UIDs', () => {
    const parsed = events(milestonesCalendar(application, now));
    expect(parsed).toHaveLength(application.milestones.length);
    parsed.forEach((event, i) => {
      const milestone = application.milestones[i];
      expect(event.uid).toBe(`${application.id}-${milestone?.id}@followup`);
      expect(event.start).toBe(new Date(milestone?.due ?? '').toISOString());
      expect(event.status).toBe('CONFIRMED');
      expect(event.sequence).toBe(1);
    });
    expect(parsed[0]?.summary).toBe(
      'Send the thank-you note to Dana Lee (Harborview Labs — Frontend Engineer)',
    );
  });

  it('marks cancelled milestones cancelled, with a higher sequence so calendars update', () => {
    const { application: closed } = closeApplication(application, now);
    const parsed = events(milestonesCalendar(closed, now));
    expect(parsed.every((event) => event.status === 'CANCELLED' && event.sequence === 2)).toBe(
      true,
    );
  });

  it('shows a paused plan as tentative, and a withdrawn one (forget) as cancelled, sent or not', () => {
    const paused = events(milestonesCalendar({ ...application, status: 'PAUSED' }, now));
    expect(paused.every((event) => event.status === 'TENTATIVE')).toBe(true);
    expect(paused[0]?.summary).toMatch(/^\(paused\) Send the thank-you note/);
    const [first, ...rest] = application.milestones;
    if (!first) throw new Error('no milestone');
    const sentOne = { ...application, milestones: [{ ...first, state: 'SENT' as const }, ...rest] };
    expect(events(milestonesCalendar(sentOne, now))[0]?.status).toBe('CONFIRMED');
    const withdrawn = events(milestonesCalendar(sentOne, now, { withdrawn: true }));
    expect(withdrawn.map((event) => event.status)).toEqual(
      application.milestones.map(() => 'CANCELLED'),
    );
  });

  it('cancels skipped milestones too, so an earlier copy leaves the calendar', () => {
    const skipped = {
      ...application,
      milestones: application.milestones.map((m, i) =>
        i === 1 ? { ...m, state: 'SKIPPED' as const } : m,
      ),
    };
    const parsed = events(milestonesCalendar(skipped, now));
    expect(parsed).toHaveLength(application.milestones.length);
    expect(parsed.map((event) => event.status)).toEqual([
      'CONFIRMED',
      'CANCELLED',
      'CONFIRMED',
      'CONFIRMED',
    ]);
  });

  it('puts several applications in one calendar, each event under its own UID', () => {
    const other = { ...application, id: 'zzzzzzzzzz', version: 4 };
    const parsed = events(plansCalendar([application, other], now));
    expect(parsed).toHaveLength(2 * application.milestones.length);
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(parsed.length);
    expect(
      parsed.filter((event) => event.uid.startsWith('zzzzzzzzzz-')).map((e) => e.sequence),
    ).toEqual(application.milestones.map(() => 4));
  });

  it('escapes text and folds long lines at 75 octets, never inside a character', () => {
    const company = 'Łódź Ångström; Søren, Bäckström & Co. \\ Research — Zürich Ōsaka São Paulo';
    const ics = milestonesCalendar({ ...application, company, role: 'Staff\r\nEngineer\rII' }, now);
    const encoder = new TextEncoder();
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n'))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n [^ ]/);
    expect(events(ics)[0]?.summary).toBe(
      `Send the thank-you note to Dana Lee (${company} — Staff\nEngineer\nII)`,
    );
  });

  it('rides along with the acknowledgment as a text/calendar attachment', async () => {
    const renderer = createMailRenderer({});
    const interview = application.interviews[0];
    if (!interview) throw new Error('no interview');
    const mail = await renderer.acknowledgment({
      application,
      interview,
      missing: [],
      context: {
        from: 'interviews@followup.example.com',
        to: 'alex@example.net',
        replyTo: 'interviews+x@followup.example.com',
        now,
        messageIdDomain: 'followup.example.com',
      },
    });
    const parsed = await PostalMime.parse(mail.raw, { attachmentEncoding: 'utf8' });
    const ics = parsed.attachments.find((a) => a.mimeType === 'text/calendar');
    expect(ics?.filename).toBe('followup-plan.ics');
    expect(events(String(ics?.content))).toHaveLength(application.milestones.length);
  });
});
