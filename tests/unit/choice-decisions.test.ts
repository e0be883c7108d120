// "Which application?" decided without any port: the list stored and shown, and a number read back.
import { describe, expect, it } from 'vitest';
import * as changes from '../../functions/core/changes.ts';
import type { Application, UserProfile } from '../../functions/core/model.ts';
import {
  CHOICE_VALID_MS,
  decideChoice,
  NO_RECENT_LIST,
  notInList,
  pickFrom,
  withoutPendingReply,
} from '../../functions/core/use-cases/choice-decisions.ts';
import { openAcme } from '../support/samples.ts';

const now = new Date('2026-12-01T12:00:00Z');
const opened = (messageId: string, at: string): Application => openAcme(new Date(at), messageId);
const older = opened('m1@example.net', '2026-11-20T10:00:00Z');
const newer = opened('m2@example.net', '2026-11-25T10:00:00Z');
const closed = changes.close(opened('m3@example.net', '2026-11-10T10:00:00Z'), now).application;
const idsOf = (decision: ReturnType<typeof decideChoice>) =>
  decision.profile?.choice?.applicationIds;

describe('decideChoice', () => {
  it('lists the applications not closed, oldest first, and remembers the list as sent', () => {
    const decision = decideChoice([newer, closed, older], { verb: 'stop', example: 'stop 1' }, now);
    expect(decision.profile).toEqual({
      choice: {
        applicationIds: [older.id, newer.id],
        sentAt: now.toISOString(),
        pendingReply: null,
      },
    });
    expect(decision.mail).toMatchObject({
      render: 'choice',
      question: 'Which application should stop act on?',
      command: 'stop',
      example: 'stop 1',
      note: null,
    });
    expect(decision.mail?.render === 'choice' && decision.mail.options).toHaveLength(2);
    expect(decision.outcome).toBe(true);
  });

  it('a forwarded reply lists its candidates and keeps the reply waiting for the number', () => {
    const decision = decideChoice(
      [older, newer],
      { pendingReply: 'ses-1', candidates: [newer], note: 'Two match.' },
      now,
    );
    expect(idsOf(decision)).toEqual([newer.id]);
    expect(decision.profile?.choice?.pendingReply).toBe('ses-1');
    expect(decision.mail).toMatchObject({
      question: 'Which application is this reply about?',
      command: null,
      example: null,
      note: 'Two match.',
    });
  });

  it('with nothing to choose from, nothing is remembered and the answer says so', () => {
    const decision = decideChoice([closed], { verb: 'pause' }, now);
    expect(decision.profile).toBeNull();
    expect(decision.mail?.render === 'choice' && decision.mail.options).toEqual([]);
    expect(decision.outcome).toBe(false);
  });
});

describe('pickFrom', () => {
  const sentAt = new Date(now.getTime() - 60_000).toISOString();
  const profile = (choice: UserProfile['choice']): UserProfile => ({
    userId: 'alex@example.net',
    timezone: null,
    wakingHours: null,
    updatedAt: sentAt,
    choice,
  });
  const listed = profile({ applicationIds: [older.id, newer.id], sentAt, pendingReply: 'ses-1' });

  it('a number names the application under it in the list last sent', () => {
    expect(pickFrom(listed, 2, now)).toEqual({ applicationId: newer.id, pendingReply: 'ses-1' });
    expect(pickFrom(listed, 3, now)).toEqual({ why: notInList(3) });
    expect(pickFrom(listed, 0, now)).toEqual({ why: notInList(0) });
  });

  it('no list, or one too old, names nothing', () => {
    expect(pickFrom(undefined, 1, now)).toEqual({ why: NO_RECENT_LIST });
    const stale = new Date(Date.parse(sentAt) + CHOICE_VALID_MS + 1);
    expect(pickFrom(listed, 1, stale)).toEqual({ why: NO_RECENT_LIST });
    expect(pickFrom(listed, 1, new Date(Date.parse(sentAt) + CHOICE_VALID_MS))).toMatchObject({
      applicationId: older.id,
    });
  });

  it('a handled reply is no longer waiting, the list stays', () => {
    expect(withoutPendingReply(listed)).toEqual({
      choice: { applicationIds: [older.id, newer.id], sentAt, pendingReply: null },
    });
    expect(withoutPendingReply(profile(undefined))).toEqual({});
  });
});
