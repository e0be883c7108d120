// Test data for the mail renderer: an application as the planner would leave it after a Greenhouse
// confirmation for a video interview with two interviewers.
import { readFileSync } from 'node:fs';
import { openApplication } from '../../../functions/core/application.ts';
import type { MailContext } from '../../../functions/core/mail/index.ts';
import type { Application, Interview, Milestone, Person } from '../../../functions/core/model.ts';
import { defaultPolicy } from '../../../functions/core/planning/policy.ts';
import { understandMessage } from '../../../functions/core/understand/index.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { EVERY_COUNTRY } from '../../support/holidays.ts';

export const dana: Person = { name: 'Dana Lee', email: 'dana@acme.example' };
export const sam: Person = { name: 'Sam Park', email: null };

export function interviewFixture(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'i1',
    company: 'Acme',
    role: 'Staff Engineer',
    start: '2026-04-14T10:45:00-07:00',
    end: '2026-04-14T11:45:00-07:00',
    timezone: 'America/Los_Angeles',
    interviewers: [dana, sam],
    format: 'video',
    decisionBy: '2026-04-17',
    ...overrides,
  };
}

export function milestonesFor(interview: Interview, zone = 'America/New_York'): Milestone[] {
  const base = { interviewId: interview.id, timezone: zone, state: 'PENDING' as const };
  const [first = null] = interview.interviewers;
  return [
    ...interview.interviewers.map((person, index) => ({
      ...base,
      id: `${interview.id}-thank-you-${index}`,
      kind: 'thank-you' as const,
      interviewer: person,
      due: '2026-04-14T16:45:00-04:00',
    })),
    {
      ...base,
      id: `${interview.id}-follow-up-1`,
      kind: 'follow-up-1',
      interviewer: first,
      due: '2026-04-20T09:30:00-04:00',
    },
    {
      ...base,
      id: `${interview.id}-follow-up-2`,
      kind: 'follow-up-2',
      interviewer: first,
      due: '2026-04-27T09:30:00-04:00',
    },
    {
      ...base,
      id: `${interview.id}-close-out`,
      kind: 'close-out',
      interviewer: first,
      due: '2026-05-04T09:30:00-04:00',
    },
  ];
}

export function applicationFixture(overrides: Partial<Application> = {}): Application {
  const interview = overrides.interviews?.[0] ?? interviewFixture();
  return {
    userId: 'sam.doe@example.com',
    id: 'abcdefghij',
    status: 'OPEN',
    company: interview.company,
    role: interview.role,
    timezone: 'America/New_York',
    interviews: [interview],
    milestones: milestonesFor(interview),
    threadMessageIds: ['<CAF1234@mail.gmail.com>'],
    notes: [],
    createdAt: '2026-04-10T12:00:00.000Z',
    updatedAt: '2026-04-10T12:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function contextFixture(overrides: Partial<MailContext> = {}): MailContext {
  return {
    from: 'followup <interviews@followup.example.com>',
    to: 'sam.doe@example.com',
    replyTo: 'interviews+abcdefghij.0123456789abcdef@followup.example.com',
    now: new Date('2026-04-14T20:45:00Z'),
    messageIdDomain: 'followup.example.com',
    sentCopyTo: 'interviews+abcdefghij.0123456789abcdef@followup.example.com',
    unsubscribe: 'interviews+stop-abcdefghij.fedcba9876543210@followup.example.com',
    ...overrides,
  };
}

/** The application Sam Doe (in New York) opens by forwarding a fixture mail, as the reader reads it. */
export async function applicationFromMail(fixture: string, now: Date): Promise<Application> {
  const raw = readFileSync(fixturePath(fixture));
  const { reading } = await understandMessage(raw, { defaultTimezone: 'America/New_York' });
  if (!reading.interview) throw new Error(`${fixture} reads as no interview`);
  return openApplication({
    id: 'abcdefghij',
    userId: 'sam.doe@example.com',
    reading: reading.interview,
    userTimezone: 'America/New_York',
    policy: defaultPolicy,
    holidays: EVERY_COUNTRY,
    now,
    threadMessageIds: [],
    userName: 'Sam Doe',
  });
}
