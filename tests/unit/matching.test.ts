// Which application a message is about: by token, thread, employer domain, company, subject; and
// how the user names one by number (`stop 2`, `2`) when asked.
import { describe, expect, it } from 'vitest';
import { canonicalSesMessageId } from '../../functions/adapters/ses-mailer.ts';
import {
  applicationIdFor,
  closeApplication,
  openApplication,
} from '../../functions/core/application.ts';
import { type MatchClues, matchApplication } from '../../functions/core/matching.ts';
import { defaultPolicy } from '../../functions/core/planning/policy.ts';
import type { InterviewReading } from '../../functions/core/reading.ts';
import { threadKey } from '../../functions/core/thread-key.ts';
import { EVERY_COUNTRY } from '../support/holidays.ts';

const USER = 'alex@example.net';
const now = new Date('2026-12-01T12:00:00Z');

function application(
  messageId: string,
  facts: Partial<InterviewReading> & { company: string | null; role: string | null },
  threadMessageIds: string[] = [messageId],
) {
  return openApplication({
    id: applicationIdFor(USER, messageId),
    userId: USER,
    reading: {
      start: '2026-12-10T14:00:00-05:00',
      end: null,
      timezone: 'America/New_York',
      interviewers: [],
      format: null,
      decisionBy: null,
      ...facts,
    },
    userTimezone: 'America/New_York',
    policy: defaultPolicy,
    holidays: EVERY_COUNTRY,
    now,
    threadMessageIds,
  });
}

const harborview = application('hv@mail.example', {
  company: 'Harborview Labs',
  role: 'Frontend Engineer',
  interviewers: [{ name: 'Dana Lee', email: 'dana.lee@harborviewlabs.example' }],
});
const harborviewPlatform = application('hv2@mail.example', {
  company: 'Harborview Labs',
  role: 'Platform Engineer',
});
const ridgeway = application('rw@mail.example', {
  company: 'Ridgeway Capital',
  role: 'Financial Analyst',
});
const northstar = application(
  'ns@mail.example',
  { company: 'Northstar Robotics', role: 'Controls Engineer' },
  ['ns@mail.example', '0100018c-ack-1@email.amazonses.com'],
);

const clues = (partial: Partial<MatchClues>): MatchClues => ({
  applicationId: null,
  threadIds: [],
  senderEmail: null,
  subject: '',
  company: null,
  canonicalMessageId: canonicalSesMessageId,
  ...partial,
});

const matched = (match: ReturnType<typeof matchApplication>) =>
  match.kind === 'match'
    ? `${match.by}:${match.application.company}, ${match.application.role}`
    : match.kind;

describe('matching a message to an application', () => {
  const all = [harborview, harborviewPlatform, ridgeway, northstar];

  it('a verified token names the application, even a closed one, and nothing else', () => {
    const closed = closeApplication(ridgeway, now).application;
    expect(matched(matchApplication([closed], clues({ applicationId: ridgeway.id })))).toBe(
      'token:Ridgeway Capital, Financial Analyst',
    );
    expect(matchApplication(all, clues({ applicationId: 'zzzzzzzzzz' }))).toEqual({ kind: 'none' });
  });

  it('a thread id we know wins over every other clue; SES ids match whatever their region', () => {
    expect(
      matched(
        matchApplication(
          all,
          clues({
            threadIds: ['<0100018C-ACK-1@us-west-2.amazonses.com>'],
            senderEmail: 'jamie.chen@harborviewlabs.example',
          }),
        ),
      ),
    ).toBe('thread:Northstar Robotics, Controls Engineer');
    expect(threadKey('<Abc@Example.COM>', canonicalSesMessageId)).toBe('abc@example.com');
  });

  it("the employer's domain: an interviewer's domain, or a label naming the company", () => {
    expect(
      matched(
        matchApplication(
          [harborview, ridgeway],
          clues({ senderEmail: 'recruiting@harborviewlabs.example' }),
        ),
      ),
    ).toBe('domain:Harborview Labs, Frontend Engineer');
    expect(
      matched(matchApplication(all, clues({ senderEmail: 'grace.ho@ridgeway.example' }))),
    ).toBe('domain:Ridgeway Capital, Financial Analyst');
    // Mail hosts and ATS domains name no employer.
    expect(matchApplication(all, clues({ senderEmail: 'no-reply@greenhouse-mail.io' }))).toEqual({
      kind: 'none',
    });
  });

  it('two applications at one employer: the subject tells them apart, else the user is asked', () => {
    const sender = 'jamie.chen@harborviewlabs.example';
    expect(
      matched(
        matchApplication(
          all,
          clues({ senderEmail: sender, subject: 'Next steps - Platform Engineer' }),
        ),
      ),
    ).toBe('domain:Harborview Labs, Platform Engineer');
    const unsure = matchApplication(
      all,
      clues({ senderEmail: sender, subject: 'Your application' }),
    );
    expect(unsure.kind).toBe('ambiguous');
    expect(unsure.kind === 'ambiguous' && unsure.candidates.map((a) => a.role).sort()).toEqual([
      'Frontend Engineer',
      'Platform Engineer',
    ]);
  });

  it('the company the reader found, then the subject alone', () => {
    expect(matched(matchApplication(all, clues({ company: 'ridgeway capital' })))).toBe(
      'company:Ridgeway Capital, Financial Analyst',
    );
    expect(
      matched(
        matchApplication(all, clues({ subject: 'Update on your Controls Engineer application' })),
      ),
    ).toBe('subject:Northstar Robotics, Controls Engineer');
    // "Engineer" alone is no role.
    expect(matchApplication(all, clues({ subject: 'Engineer roles for you' }))).toEqual({
      kind: 'none',
    });
  });

  it('closed applications are found by thread only', () => {
    const closed = closeApplication(harborview, now).application;
    expect(
      matchApplication([closed], clues({ senderEmail: 'jamie.chen@harborviewlabs.example' })),
    ).toEqual({ kind: 'none' });
    expect(matched(matchApplication([closed], clues({ threadIds: ['hv@mail.example'] })))).toBe(
      'thread:Harborview Labs, Frontend Engineer',
    );
  });
});
