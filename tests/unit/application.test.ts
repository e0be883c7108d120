import { describe, expect, it } from 'vitest';
import {
  abandonedSend,
  applicationIdFor,
  claimMilestone,
  closeApplication,
  expiryOf,
  finishSending,
  markUnconfirmed,
  openApplication,
  releaseMilestone,
  revise,
  SEND_LEASE_MS,
} from '../../functions/core/application.ts';
import type { Milestone } from '../../functions/core/model.ts';
import { defaultPolicy } from '../../functions/core/planning/policy.ts';
import { EVERY_COUNTRY } from '../support/holidays.ts';
import { acmeReading, openAcme } from '../support/samples.ts';

const reading = acmeReading;
const created = new Date('2026-12-01T12:00:00Z');

const opened = () => openAcme(created, 'msg-1@example.net', ['msg-1@example.net']);

describe('application rules', () => {
  it('derives a stable, schedule-safe id from the user and the Message-ID', () => {
    const id = applicationIdFor('Alex@Example.net', 'msg-1@example.net');
    expect(id).toMatch(/^[a-z2-7]{10}$/);
    expect(applicationIdFor('alex@example.net', 'msg-1@example.net')).toBe(id);
    expect(applicationIdFor('alex@example.net', 'msg-2@example.net')).not.toBe(id);
  });

  it('opens with a pending thank-you per interviewer and the follow-ups', () => {
    const application = opened();
    expect(application.status).toBe('OPEN');
    expect(application.version).toBe(1);
    expect(application.milestones.map((m) => m.kind)).toEqual([
      'thank-you',
      'follow-up-1',
      'follow-up-2',
      'close-out',
    ]);
    expect(application.milestones.every((m) => m.state === 'PENDING')).toBe(true);
    expect(application.milestones[0]?.interviewer?.name).toBe('Dana Lee');
  });

  it('opens without milestones while the time is unknown', () => {
    const application = openApplication({
      id: 'abcdefghij',
      userId: 'alex@example.net',
      reading: { ...reading, start: null, end: null },
      userTimezone: 'America/New_York',
      policy: defaultPolicy,
      holidays: EVERY_COUNTRY,
      now: created,
      threadMessageIds: [],
    });
    expect(application.milestones).toEqual([]);
  });

  it('claims a due milestone once, and never early, twice or after closing', () => {
    const application = opened();
    const thankYou = application.milestones[0];
    const due = new Date(Date.parse(thankYou?.due ?? ''));
    expect(claimMilestone(application, thankYou?.id ?? '', created)).toEqual({
      claimed: false,
      reason: 'not-due',
    });
    const claim = claimMilestone(application, thankYou?.id ?? '', due);
    expect(claim.claimed).toBe(true);
    if (!claim.claimed) return;
    expect(claim.application.version).toBe(2);
    expect(claimMilestone(claim.application, thankYou?.id ?? '', due)).toEqual({
      claimed: false,
      reason: 'not-pending',
    });
    expect(claimMilestone(application, 'i1-nope', due)).toEqual({
      claimed: false,
      reason: 'unknown-milestone',
    });
    const { application: closed } = closeApplication(application, due);
    expect(claimMilestone(closed, 'i1-follow-up-1', new Date('2027-06-01'))).toEqual({
      claimed: false,
      reason: 'not-pending',
    });
  });

  it('releases its own claim so a retry can send, and only its own', () => {
    const application = opened();
    const thankYou = application.milestones[0];
    const due = new Date(Date.parse(thankYou?.due ?? ''));
    const claim = claimMilestone(application, thankYou?.id ?? '', due);
    if (!claim.claimed) throw new Error('expected a claim');
    const released = releaseMilestone(claim.application, claim.milestone, due);
    expect(released?.milestones[0]?.state).toBe('PENDING');
    expect(released?.version).toBe(3);
    const other = { ...claim.milestone, sentAt: '2000-01-01T00:00:00.000Z' };
    expect(releaseMilestone(claim.application, other, due)).toBeUndefined();
  });

  it('never claims a send again, abandoned past its lease or not: it may be out', () => {
    const application = opened();
    const thankYou = application.milestones[0];
    const due = new Date(Date.parse(thankYou?.due ?? ''));
    const claim = claimMilestone(application, thankYou?.id ?? '', due);
    if (!claim.claimed) throw new Error('expected a claim');
    const inFlight = new Date(due.getTime() + SEND_LEASE_MS - 1);
    const dead = new Date(due.getTime() + SEND_LEASE_MS);
    for (const at of [inFlight, dead]) {
      expect(claimMilestone(claim.application, thankYou?.id ?? '', at)).toEqual({
        claimed: false,
        reason: 'not-pending',
      });
    }
    // Only past its lease is it abandoned (its function died): then it is marked unconfirmed.
    expect(abandonedSend(claim.milestone, inFlight)).toBe(false);
    expect(abandonedSend(claim.milestone, dead)).toBe(true);
    const marked = markUnconfirmed(claim.application, claim.milestone, dead);
    expect(marked?.milestones[0]).toMatchObject({ state: 'SENT', unconfirmed: { told: false } });
    expect(marked && abandonedSend(marked.milestones[0] as Milestone, dead)).toBe(false);

    // Marked out, it is neither abandoned nor claimed, however late the next firing.
    const out = finishSending(claim.application, claim.milestone, due, ['m@x']);
    if (!out) throw new Error('expected the claim to be finished');
    expect(abandonedSend(out.milestones[0] as Milestone, dead)).toBe(false);
    expect(claimMilestone(out, thankYou?.id ?? '', dead)).toEqual({
      claimed: false,
      reason: 'not-pending',
    });
  });

  it('an abandoned close-out leaves its application closed', () => {
    const application = opened();
    const closeOut = application.milestones.find((m) => m.kind === 'close-out');
    const at = new Date(Date.parse(closeOut?.due ?? ''));
    const claim = claimMilestone(application, closeOut?.id ?? '', at);
    if (!claim.claimed) throw new Error('expected a claim');
    const later = new Date(at.getTime() + SEND_LEASE_MS);
    const marked = markUnconfirmed(claim.application, claim.milestone, later);
    expect(marked?.status).toBe('CLOSED');
    expect(marked?.closedAt).toBe(at.toISOString());
  });

  it('a close-out closes the application; closing cancels what is pending and expires it', () => {
    const application = opened();
    const closeOut = application.milestones.find((m) => m.kind === 'close-out');
    const at = new Date(Date.parse(closeOut?.due ?? ''));
    const claim = claimMilestone(application, closeOut?.id ?? '', at);
    if (!claim.claimed) throw new Error('expected a claim');
    expect(claim.application.status).toBe('CLOSED');
    expect(releaseMilestone(claim.application, claim.milestone, at)?.status).toBe('OPEN');

    const { application: closed, cancelled } = closeApplication(application, created);
    expect(cancelled).toHaveLength(4);
    expect(closed.status).toBe('CLOSED');
    expect(closed.milestones.every((m) => m.state === 'CANCELLED')).toBe(true);
    expect(closed.expiresAt).toBe(Math.floor(created.getTime() / 1000) + 30 * 86_400);
  });

  it('expires every application: an open one 180 days after its last milestone or change', () => {
    const application = opened();
    const lastDue = Math.max(...application.milestones.map((m) => Date.parse(m.due)));
    expect(application.expiresAt).toBe(Math.floor(lastDue / 1000) + 180 * 86_400);
    expect(expiryOf(application)).toBe(application.expiresAt);
    // Nothing planned (no time was ever read): from its last change, and each change renews it.
    const unplanned = { ...application, milestones: [] };
    expect(expiryOf(unplanned)).toBe(Math.floor(created.getTime() / 1000) + 180 * 86_400);
    const later = new Date(created.getTime() + 400 * 86_400_000);
    const renewed = revise(unplanned, later, { notes: ['we discussed their Kafka migration'] });
    expect(renewed.expiresAt).toBe(Math.floor(later.getTime() / 1000) + 180 * 86_400);
    // A save that changes nothing for the user (a mail's record, a note it had) keeps it.
    const evenLater = new Date(later.getTime() + 30 * 86_400_000);
    const noted = { notes: renewed.notes, threadMessageIds: ['<answer@followup.example.com>'] };
    expect(revise(renewed, evenLater, noted).expiresAt).toBe(renewed.expiresAt);
    // A paused one as an open one.
    expect(expiryOf({ ...application, status: 'PAUSED' })).toBe(application.expiresAt);
  });

  it('a close-out released (its send failed) reopens the application with an open one’s expiry', () => {
    const application = opened();
    const closeOut = application.milestones.find((m) => m.kind === 'close-out');
    const at = new Date(Date.parse(closeOut?.due ?? ''));
    const claim = claimMilestone(application, closeOut?.id ?? '', at);
    if (!claim.claimed) throw new Error('expected a claim');
    // Closed by its claim: 30 days after closing.
    expect(claim.application.expiresAt).toBe(Math.floor(at.getTime() / 1000) + 30 * 86_400);
    const later = new Date(at.getTime() + 60_000);
    const released = releaseMilestone(claim.application, claim.milestone, later);
    expect(released?.status).toBe('OPEN');
    expect(released?.closedAt).toBeUndefined();
    // Open again: 180 days after its last milestone or change, not the closed one's 30 days
    // (revise recomputes it because the release drops the closed expiry along with closedAt).
    expect(released?.expiresAt).toBe(Math.floor(later.getTime() / 1000) + 180 * 86_400);
    expect(released && expiryOf(released)).toBe(released?.expiresAt);
  });
});
