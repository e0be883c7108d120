// `forget` decided without any port: the request kept with the user, and what a reply confirms.
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../functions/core/model.ts';
import { verifyForgetToken } from '../../functions/core/reply-token.ts';
import {
  decideForgetConfirmation,
  decideForgetRequest,
  FORGET_SAID,
  FORGET_WINDOW_MS,
} from '../../functions/core/use-cases/forget-decisions.ts';
import { openAcme } from '../support/samples.ts';

const userId = 'alex@example.net';
const now = new Date('2026-12-01T12:00:00Z');
const ctx = { userTimezone: 'America/New_York', now };
const settings = {
  intakeAddress: 'interviews@followup.example.com',
  replySecret: 'secret-0123456789',
};
const applications = [openAcme(now, 'm1@example.net')];
const withForget = (forget: UserProfile['forget']): UserProfile => ({
  userId,
  timezone: null,
  wakingHours: null,
  updatedAt: now.toISOString(),
  forget,
});
/** The nonce a confirmation address carries, as the inbound gate reads it. */
const nonceOf = (address: string | undefined) => {
  const tag = /\+([^@]+)@/.exec(address ?? '')?.[1] ?? '';
  return verifyForgetToken(tag, userId, settings.replySecret);
};

describe('decideForgetRequest', () => {
  it('a first forget keeps a new nonce for a day and asks to confirm at an address carrying it', () => {
    const decision = decideForgetRequest(
      undefined,
      { userId, nonce: 'newnonce', applications },
      ctx,
      settings,
    );
    const expiresAt = new Date(now.getTime() + FORGET_WINDOW_MS).toISOString();
    expect(decision.profile).toEqual({ forget: { nonce: 'newnonce', expiresAt } });
    expect(nonceOf(decision.replyTo)).toBe('newnonce');
    expect(decision.mail).toEqual({
      render: 'forgetRequest',
      applications,
      expiresAt,
      timezone: 'America/New_York',
      repeated: false,
    });
  });

  it('a second forget within the day is the same request; after it, a new one', () => {
    const pending = { nonce: 'firstnonce', expiresAt: '2026-12-02T00:00:00.000Z' };
    const again = decideForgetRequest(
      withForget(pending),
      { userId, nonce: 'othernonce', applications },
      ctx,
      settings,
    );
    expect(again.profile).toBeNull();
    expect(nonceOf(again.replyTo)).toBe('firstnonce');
    expect(again.mail).toMatchObject({ expiresAt: pending.expiresAt, repeated: true });
    const expired = { ...pending, expiresAt: now.toISOString() };
    const fresh = decideForgetRequest(
      withForget(expired),
      { userId, nonce: 'othernonce', applications },
      ctx,
      settings,
    );
    expect(fresh.profile?.forget?.nonce).toBe('othernonce');
    expect(fresh.mail).toMatchObject({ repeated: false });
  });
});

describe('decideForgetConfirmation', () => {
  const pending = withForget({ nonce: 'n1', expiresAt: '2026-12-02T00:00:00.000Z' });
  const summaryOf = (decision: ReturnType<typeof decideForgetConfirmation>) =>
    decision.mail?.render === 'commandConfirmation' ? decision.mail.summary : null;

  it('forgets on a confirming reply with the pending nonce, before it expires', () => {
    const decision = decideForgetConfirmation(pending, 'n1', true, now);
    expect(decision).toEqual({ profile: null, mail: null, outcome: 'forget' });
  });

  it('forgets again on the redelivery of a confirmation acted on, though its nonce went with the profile', () => {
    const forget = { profile: null, mail: null, outcome: 'forget' };
    expect(decideForgetConfirmation(undefined, 'n1', true, now, true)).toEqual(forget);
    // Acted on, but this copy does not confirm: never.
    expect(decideForgetConfirmation(undefined, 'n1', false, now, true).outcome).toBe('answered');
  });

  it('anything else deletes nothing and says why', () => {
    expect(summaryOf(decideForgetConfirmation(pending, 'n1', false, now))).toBe(FORGET_SAID.kept);
    const cases = [
      decideForgetConfirmation(pending, 'n2', true, now),
      decideForgetConfirmation(pending, 'n1', true, new Date('2026-12-02T00:00:00.000Z')),
      decideForgetConfirmation(undefined, 'n1', true, now),
    ];
    for (const decision of cases) {
      expect(decision.outcome).toBe('answered');
      expect(decision.profile).toBeNull();
      expect(summaryOf(decision)).toBe(FORGET_SAID.invalid);
    }
  });
});
