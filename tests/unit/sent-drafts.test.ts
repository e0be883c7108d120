// Which draft the user sent: the Bcc copy told from mail to followup, matched to its draft by
// recipient and subject, recorded once; `sent` names the draft its In-Reply-To carried; the
// employer's answer finds the application by the sent copy's Message-ID.
import { describe, expect, it } from 'vitest';
import { canonicalSesMessageId } from '../../functions/adapters/ses-mailer.ts';
import * as changes from '../../functions/core/changes.ts';
import { matchApplication } from '../../functions/core/matching.ts';
import type { Application, Milestone } from '../../functions/core/model.ts';
import {
  draftOfCopy,
  draftRepliedTo,
  isSentCopy,
  recordSentCopy,
  type SentCopy,
  sentCopyIn,
} from '../../functions/core/sent-drafts.ts';
import { openAcme } from '../support/samples.ts';

const INTAKE = 'interviews@followup.example.com';
const USER = 'alex@example.net';
const now = new Date('2026-12-20T15:00:00Z');
/** Message-IDs compare as the SES mailer says its own do. */
const canonical = canonicalSesMessageId;
const replyingTo = (inReplyTo: string) => ({ inReplyTo, canonical });
const SIGNED = 'interviews+k3m9x2p7qa.abcdefghijklmnop@followup.example.com';

/** The application with these milestones mailed to the user as drafts, oldest first. */
function mailed(
  drafts: Array<{ kind: Milestone['kind']; to: string | null; subject: string }>,
): Application {
  const opened = openAcme(new Date('2026-12-01T12:00:00Z'), 'confirmation@example.net');
  const milestones = opened.milestones.map((m) => {
    const index = drafts.findIndex((draft) => draft.kind === m.kind);
    const draft = drafts[index];
    if (!draft) return m;
    return {
      ...m,
      state: 'SENT' as const,
      sentAt: new Date(Date.UTC(2026, 11, 10 + index, 15)).toISOString(),
      draft: { mailIds: [`${m.kind}@followup.example.com`], to: draft.to, subject: draft.subject },
    };
  });
  return { ...opened, milestones };
}

const copy = (fields: Partial<SentCopy>): SentCopy => ({
  messageId: 'CAsent-1@mail.gmail.com',
  recipients: ['dana@acme.example'],
  subject: 'Thank you',
  ...fields,
});

describe('the Bcc copy of a sent mail', () => {
  it('is mail to someone else that names none of our addresses in To or Cc', () => {
    expect(isSentCopy(['dana@acme.example'], INTAKE, USER)).toBe(true);
    expect(isSentCopy(['dana@acme.example', 'Sam@Acme.example'], INTAKE, USER)).toBe(true);
    // A reply or forward to followup names our address; Cc'ing it is no blind copy either.
    expect(isSentCopy([SIGNED], INTAKE, USER)).toBe(false);
    expect(isSentCopy(['dana@acme.example', SIGNED.toUpperCase()], INTAKE, USER)).toBe(false);
    expect(isSentCopy(['dana@acme.example', INTAKE], INTAKE, USER)).toBe(false);
    // A note to self, or no header recipient at all, sends nothing to anyone.
    expect(isSentCopy([USER], INTAKE, USER)).toBe(false);
    expect(isSentCopy([], INTAKE, USER)).toBe(false);
  });

  it("is written by the user: an employer's mail a filter passed on is none, whoever it copies", () => {
    const envelope = {
      messageId: 'CAsent-1@mail.gmail.com',
      from: { name: 'Alex', email: 'Alex@Example.net' },
      to: ['dana@acme.example'],
      cc: ['sam@acme.example'],
      subject: 'Thank you',
    };
    expect(sentCopyIn(envelope, INTAKE, USER)).toEqual({
      messageId: 'CAsent-1@mail.gmail.com',
      recipients: ['dana@acme.example', 'sam@acme.example'],
      subject: 'Thank you',
    });
    const filtered = {
      ...envelope,
      from: { name: 'Dana', email: 'dana@acme.example' },
      to: [USER],
    };
    expect(sentCopyIn(filtered, INTAKE, USER)).toBeNull();
    expect(sentCopyIn({ ...filtered, to: [USER, 'sam@acme.example'] }, INTAKE, USER)).toBeNull();
  });
});

describe('the draft a copy sends', () => {
  const application = mailed([
    { kind: 'thank-you', to: 'dana@acme.example', subject: 'Thank you, Dana' },
    { kind: 'follow-up-1', to: 'jamie@acme.example', subject: 'Following up' },
    { kind: 'follow-up-2', to: 'jamie@acme.example', subject: 'Checking in' },
  ]);
  const kindOf = (found: Milestone | null) => found?.kind ?? null;

  it('is found by its recipient, then by its subject (Re:, case and spacing aside)', () => {
    expect(kindOf(draftOfCopy(application, copy({ subject: 'edited' })))).toBe('thank-you');
    const toJamie = (subject: string) =>
      kindOf(draftOfCopy(application, copy({ recipients: ['jamie@acme.example'], subject })));
    expect(toJamie('Following up')).toBe('follow-up-1');
    expect(toJamie('RE:  checking IN')).toBe('follow-up-2');
    // Same recipient, subject rewritten: the latest draft mailed to them.
    expect(toJamie('Quick question')).toBe('follow-up-2');
  });

  it('by subject alone when the user addressed it anew; none when nothing tells', () => {
    const readdressed = copy({ recipients: ['jamie.new@acme.example'], subject: 'Following up' });
    expect(kindOf(draftOfCopy(application, readdressed))).toBe('follow-up-1');
    const unrelated = copy({ recipients: ['someone@else.example'], subject: 'Lunch?' });
    expect(draftOfCopy(application, unrelated)).toBeNull();
    const lone = mailed([{ kind: 'thank-you', to: null, subject: 'Thank you' }]);
    expect(kindOf(draftOfCopy(lone, unrelated))).toBe('thank-you');
  });

  it('is recorded once: marked sent with the Message-ID and subject, which join the thread', () => {
    const first = recordSentCopy(application, copy({}), now, canonical);
    const thankYou = first.application.milestones.find((m) => m.kind === 'thank-you');
    expect(first.milestone?.id).toBe(thankYou?.id);
    expect(thankYou?.userSentAt).toBe(now.toISOString());
    expect(thankYou?.sentCopy).toEqual({
      messageId: 'CAsent-1@mail.gmail.com',
      subject: 'Thank you',
    });
    expect(first.application.threadMessageIds).toContain('CAsent-1@mail.gmail.com');
    expect(first.application.version).toBe(application.version + 1);
    // The same copy again (a second delivery, another Message-ID form) changes nothing.
    const again = recordSentCopy(
      first.application,
      copy({ messageId: '<CASENT-1@mail.gmail.com>' }),
      now,
      canonical,
    );
    expect(again.application).toBe(first.application);
    // A second copy to Dana finds no outstanding draft of hers: it only joins the thread.
    const resent = recordSentCopy(
      first.application,
      copy({ messageId: 'CAsent-2@mail.gmail.com' }),
      now,
      canonical,
    );
    expect(resent.milestone).toBeNull();
    expect(resent.application.threadMessageIds).toContain('CAsent-2@mail.gmail.com');
  });

  it('keeps the time the user reported it with `sent` before the copy came', () => {
    const reported = changes.markSent(application, new Date('2026-12-19T15:00:00Z')).application;
    const recorded = recordSentCopy(
      reported,
      copy({ recipients: ['jamie@acme.example'], subject: 'Checking in' }),
      now,
      canonical,
    );
    expect(recorded.milestone?.kind).toBe('follow-up-2');
    expect(recorded.milestone?.userSentAt).toBe('2026-12-19T15:00:00.000Z');
  });

  it("finds the application of the employer's answer by the sent copy's Message-ID", () => {
    const recorded = recordSentCopy(application, copy({}), now, canonical).application;
    // Even once the thread list has let the id go, the milestone still holds it.
    const forgetful = { ...recorded, threadMessageIds: [] };
    const other = { ...mailed([]), id: 'otherappid' };
    const match = matchApplication([other, forgetful], {
      applicationId: null,
      threadIds: ['answer@acme.example', '<CAsent-1@mail.gmail.com>'],
      senderEmail: 'dana@acme.example',
      subject: 'Re: Thank you',
      company: 'Acme',
      canonicalMessageId: canonical,
    });
    expect(match).toMatchObject({ kind: 'match', by: 'thread', application: { id: recorded.id } });
  });
});

describe('`sent`', () => {
  const application = mailed([
    { kind: 'thank-you', to: 'dana@acme.example', subject: 'Thank you' },
    { kind: 'follow-up-1', to: 'jamie@acme.example', subject: 'Following up' },
  ]);
  const userSent = (next: Application) =>
    next.milestones.filter((m) => m.userSentAt).map((m) => m.kind);

  it('marks the draft whose mail it answers, in either Message-ID form; else the latest', () => {
    expect(draftRepliedTo(application, replyingTo('<THANK-YOU@followup.example.com>'))?.kind).toBe(
      'thank-you',
    );
    expect(draftRepliedTo(application, replyingTo('unknown@followup.example.com'))).toBeNull();
    const answered = changes.markSent(
      application,
      now,
      replyingTo('thank-you@followup.example.com'),
    );
    expect(userSent(answered.application)).toEqual(['thank-you']);
    expect(userSent(changes.markSent(application, now).application)).toEqual(['follow-up-1']);
    expect(
      userSent(changes.markSent(application, now, replyingTo('other@x.example')).application),
    ).toEqual(['follow-up-1']);
  });

  it('changes nothing when the draft it answers is already marked', () => {
    const once = changes.markSent(
      application,
      now,
      replyingTo('thank-you@followup.example.com'),
    ).application;
    const twice = changes.markSent(once, now, replyingTo('thank-you@followup.example.com'));
    expect(twice.application).toBe(once);
  });
});
