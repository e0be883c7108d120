// The inbound path's decisions without any port: where a message was sent, and what an
// employer's reschedule, cancellation or reply does to the application it matched.
import { describe, expect, it } from 'vitest';
import { defaultPolicy, NO_HOLIDAYS, PlanningError } from '../../functions/core/planning/index.ts';
import type { InterviewReading, Reading, ReplyClass } from '../../functions/core/reading.ts';
import {
  encodeForgetToken,
  encodeReplyToken,
  replyAddress,
} from '../../functions/core/reply-token.ts';
import {
  decideEmployerReply,
  replyPlans,
} from '../../functions/core/use-cases/employer-replies.ts';
import {
  addressing,
  decidePlanChange,
  quotesOurOwnMail,
} from '../../functions/core/use-cases/inbound-decisions.ts';
import { PLAN_SAID } from '../../functions/core/use-cases/inbound-wording.ts';
import { EVERY_COUNTRY } from '../support/holidays.ts';
import { acmeReading, openAcme } from '../support/samples.ts';

const now = new Date('2026-12-01T12:00:00Z');
const ctx = {
  policy: defaultPolicy,
  holidays: EVERY_COUNTRY,
  userTimezone: 'America/New_York',
  now,
};
const opened = openAcme(now, 'm1@example.net');
const settings = {
  intakeAddress: 'interviews@followup.example.com',
  fromAddress: 'followup@followup.example.com',
  replySecret: 'a-secret-of-at-least-thirty-two-characters',
};
const user = 'alex@example.net';

describe('addressing', () => {
  it('the bare intake, an application, a forget confirmation, or a reason to drop', () => {
    const token = encodeReplyToken({ applicationId: 'app1', userId: user }, settings.replySecret);
    const forget = encodeForgetToken('noncenonce', user, settings.replySecret);
    const to = (tag: string) => replyAddress(settings.intakeAddress, tag);
    expect(addressing([settings.intakeAddress], user, settings)).toEqual({ to: 'intake' });
    expect(addressing([to(token)], user, settings)).toEqual({
      to: 'application',
      applicationId: 'app1',
    });
    expect(addressing([to(forget)], user, settings)).toEqual({ to: 'forget', nonce: 'noncenonce' });
    // Someone else's token, and mail for another address.
    expect(addressing([to(token)], 'mallory@example.org', settings)).toEqual({
      dropped: 'invalid-reply-token',
    });
    expect(addressing(['someone@else.example'], user, settings)).toEqual({
      dropped: 'not-addressed-to-intake',
    });
  });

  it('our own mail quoted back is recognised by its sender’s domain', () => {
    const quoted = (email: string): Reading => ({
      kind: 'interview',
      original: { from: { name: null, email }, subject: '', messageIds: [], fingerprint: 'fp' },
    });
    expect(quotesOurOwnMail(quoted('interviews@followup.example.com'), settings)).toBe(true);
    expect(quotesOurOwnMail(quoted('dana@acme.example'), settings)).toBe(false);
  });
});

describe('decidePlanChange', () => {
  it('a cancellation closes the application and joins the thread in one save', () => {
    const decision = decidePlanChange(opened, { kind: 'cancellation' }, 'fwd@example.net', ctx);
    const next = decision.change.application;
    expect(next.status).toBe('CLOSED');
    expect(next.version).toBe(opened.version + 1);
    expect(next.threadMessageIds).toContain('fwd@example.net');
    expect(decision.mail).toEqual({
      render: 'commandConfirmation',
      summary: PLAN_SAID.cancelled,
      planChanged: true,
    });
    expect(decision.outcome).toBe('application-closed');
  });

  it('a reschedule moves the drafts and says what comes next', () => {
    const moved = { ...acmeReading, start: '2026-12-17T10:00:00-05:00', end: null };
    const decision = decidePlanChange(
      opened,
      { kind: 'reschedule', interview: moved },
      'fwd@example.net',
      ctx,
    );
    expect(decision.outcome).toBe('application-changed');
    expect(decision.change.application.interviews[0]?.start).toBe(moved.start);
    expect(decision.mail).toMatchObject({ summary: expect.stringMatching(/^The interview moved/) });
  });
});

/** Dana's reply about Acme, forwarded: what the reader made of it, and a next round's interview. */
const employerReply = (
  reply: NonNullable<Reading['reply']>,
  interview?: InterviewReading,
): Parameters<typeof decideEmployerReply>[1] => ({
  userId: user,
  applicationId: opened.id,
  messageId: 'reply@example.net',
  sesMessageId: 'ses-1',
  reading: {
    kind: 'employer-reply',
    reply,
    ...(interview ? { interview } : {}),
    original: {
      from: { name: 'Dana Lee', email: 'dana@acme.example' },
      subject: 'Re: interview',
      messageIds: [],
      fingerprint: 'fp-1',
    },
  },
  threadIds: [],
});

describe('decideEmployerReply', () => {
  const reply = (replyClass: 'rejection' | 'neutral') => employerReply({ class: replyClass });

  it('a rejection closes, drafts a gracious reply to its sender, and is applied once', () => {
    const first = decideEmployerReply(opened, reply('rejection'), 'rejection', ctx);
    expect(first.change.application.status).toBe('CLOSED');
    expect(first.mail).toMatchObject({
      render: 'employerReply',
      kind: 'rejection-reply',
      recipient: { email: 'dana@acme.example' },
    });
    expect(first.outcome).toBe('application-closed');
    const again = decideEmployerReply(
      first.change.application,
      reply('rejection'),
      'rejection',
      ctx,
    );
    expect(again.change.application).toBe(first.change.application);
    expect(again.outcome).toBe('unchanged');
  });
});

describe('replyPlans: which employer replies load the holidays before they are decided', () => {
  /** A reply of each class, with what makes it act on Acme's open plan. */
  const replies: Record<ReplyClass, Reading['reply'] & { interview?: InterviewReading }> = {
    rejection: { class: 'rejection' },
    offer: { class: 'offer' },
    'auto-ack': { class: 'auto-ack' },
    advance: {
      class: 'advance',
      interview: { ...acmeReading, start: '2026-12-17T14:00:00-05:00', end: null },
    },
    neutral: { class: 'neutral', newDate: '2026-12-22' },
    'out-of-office': { class: 'out-of-office', returnDate: '2026-12-23' },
  };
  const message = ({ interview, ...reply }: (typeof replies)[ReplyClass]) =>
    employerReply(reply, interview);

  it.each(Object.entries(replies))(
    '%s decides the same without holidays, or plans and says so',
    (name, reply) => {
      const replyClass = name as ReplyClass;
      const decided = decideEmployerReply(opened, message(reply), replyClass, ctx);
      const withoutHolidays = { ...ctx, holidays: NO_HOLIDAYS };
      if (replyPlans(replyClass)) {
        expect(() =>
          decideEmployerReply(opened, message(reply), replyClass, withoutHolidays),
        ).toThrow(PlanningError);
      } else {
        expect(decideEmployerReply(opened, message(reply), replyClass, withoutHolidays)).toEqual(
          decided,
        );
      }
    },
  );
});
