// A milestone's firing decided without any port: the claim and its draft, then how the mail went.
import { describe, expect, it } from 'vitest';
import {
  markHanded,
  markToldUnconfirmed,
  SEND_LEASE_MS,
} from '../../functions/core/application.ts';
import * as changes from '../../functions/core/changes.ts';
import {
  afterDraft,
  decideFiring,
  type Firing,
} from '../../functions/core/use-cases/milestone-decisions.ts';
import { openAcme } from '../support/samples.ts';

const now = new Date('2026-12-01T12:00:00Z');
const opened = openAcme(now, 'm1@example.net');
/** The thank-you is due at 17:00 New York on 10 Dec. */
const thankYouDue = new Date('2026-12-10T22:00:00Z');

function claimed(firing: Firing) {
  if (!firing.claimed) throw new Error(`not claimed: ${firing.reason}`);
  return firing;
}

describe('decideFiring', () => {
  it('claims a due PENDING milestone: SENT and in flight', () => {
    const firing = claimed(decideFiring(opened, 'i1-thank-you-1', thankYouDue));
    expect(firing.milestone).toMatchObject({
      id: 'i1-thank-you-1',
      state: 'SENT',
      sending: true,
      sentAt: thankYouDue.toISOString(),
    });
    expect(firing.application.version).toBe(opened.version + 1);
  });

  it("knows its own stored claim by its claimId, and another firing's as not pending", () => {
    const firing = claimed(decideFiring(opened, 'i1-thank-you-1', thankYouDue, 'claim-a'));
    expect(firing.milestone.claimId).toBe('claim-a');
    // Stored, its answer lost, another write landed: decided again on what is stored.
    const stored = { ...firing.application, version: firing.application.version + 1 };
    const later = new Date(thankYouDue.getTime() + 1_000);
    const own = claimed(decideFiring(stored, 'i1-thank-you-1', later, 'claim-a'));
    expect(own).toMatchObject({ stored: true, milestone: { claimId: 'claim-a', sending: true } });
    expect(own.application).toBe(stored);
    expect(decideFiring(stored, 'i1-thank-you-1', later, 'claim-b')).toEqual({
      claimed: false,
      reason: 'not-pending',
    });
    // Once handed to the mail service, it is no claim to take up again.
    const handed = markHanded(stored, own.milestone, later);
    expect(decideFiring(handed, 'i1-thank-you-1', later, 'claim-a')).toEqual({
      claimed: false,
      reason: 'not-pending',
    });
  });

  it('a claim abandoned past its lease before the send (not handed) is claimed anew and sent', () => {
    const firing = claimed(decideFiring(opened, 'i1-thank-you-1', thankYouDue));
    const dead = new Date(thankYouDue.getTime() + SEND_LEASE_MS);
    const again = claimed(decideFiring(firing.application, 'i1-thank-you-1', dead));
    expect(again.milestone).toMatchObject({
      state: 'SENT',
      sending: true,
      sentAt: dead.toISOString(),
    });
    expect(again.milestone.unconfirmed).toBeUndefined();
    // Given back where it can no longer be sent (the application closed meanwhile): saved so.
    const closed = { ...firing.application, status: 'CLOSED' as const };
    const given = decideFiring(closed, 'i1-thank-you-1', dead);
    expect(given).toMatchObject({ claimed: false, reason: 'not-pending' });
    const back = !given.claimed && 'save' in given ? given.save : undefined;
    expect(back?.milestones.find((m) => m.id === 'i1-thank-you-1')).toMatchObject({
      state: 'CANCELLED',
    });
  });

  it('a claim abandoned past its lease once handed over is never sent again: marked unconfirmed, the user to be told', () => {
    const claim = claimed(decideFiring(opened, 'i1-thank-you-1', thankYouDue));
    const handed = markHanded(claim.application, claim.milestone, thankYouDue);
    if (!handed) throw new Error('not handed');
    const firing = { ...claim, application: handed };
    const inFlight = new Date(thankYouDue.getTime() + SEND_LEASE_MS - 1);
    expect(decideFiring(firing.application, 'i1-thank-you-1', inFlight)).toEqual({
      claimed: false,
      reason: 'not-pending',
    });
    const dead = new Date(thankYouDue.getTime() + SEND_LEASE_MS);
    const abandoned = decideFiring(firing.application, 'i1-thank-you-1', dead);
    if (abandoned.claimed || abandoned.reason !== 'unconfirmed') throw new Error('not abandoned');
    expect(abandoned.save?.milestones.find((m) => m.id === 'i1-thank-you-1')).toMatchObject({
      state: 'SENT',
      unconfirmed: { told: false },
    });
    expect(abandoned.save?.version).toBe(firing.application.version + 1);
  });

  it('sends nothing for a missing application, a stale, duplicate or closed firing', () => {
    const early = new Date(thankYouDue.getTime() - 10 * 60_000);
    const sent = claimed(decideFiring(opened, 'i1-thank-you-1', thankYouDue)).application;
    const closed = changes.close(opened, now).application;
    expect(decideFiring(undefined, 'i1-thank-you-1', thankYouDue)).toEqual({
      claimed: false,
      reason: 'unknown-application',
    });
    expect(decideFiring(opened, 'i9-thank-you-1', thankYouDue)).toMatchObject({
      reason: 'unknown-milestone',
    });
    expect(decideFiring(opened, 'i1-thank-you-1', early)).toMatchObject({ reason: 'not-due' });
    expect(decideFiring(sent, 'i1-thank-you-1', thankYouDue)).toMatchObject({
      reason: 'not-pending',
    });
    expect(decideFiring(closed, 'i1-follow-up-1', thankYouDue)).toMatchObject({
      claimed: false,
    });
  });
});

describe('afterDraft', () => {
  const firing = claimed(decideFiring(opened, 'i1-thank-you-1', thankYouDue));
  const later = new Date(thankYouDue.getTime() + 5_000);

  it('a draft out is no longer in flight and its ids join the thread', () => {
    const next = afterDraft(
      firing.application,
      firing.milestone,
      {
        sent: true,
        messageIds: ['<a@x>', '<b@y>'],
        draft: { to: 'dana@acme.example', subject: 'Thanks' },
      },
      later,
    );
    const milestone = next?.milestones.find((m) => m.id === 'i1-thank-you-1');
    expect(milestone?.state).toBe('SENT');
    expect(milestone?.sending).toBeUndefined();
    expect(milestone?.draft).toEqual({
      mailIds: ['<a@x>', '<b@y>'],
      to: 'dana@acme.example',
      subject: 'Thanks',
    });
    expect(next?.threadMessageIds).toEqual(['<a@x>', '<b@y>']);
  });

  it('a draft that failed releases the claim for the retry', () => {
    const next = afterDraft(firing.application, firing.milestone, { sent: false }, later);
    expect(next?.milestones.find((m) => m.id === 'i1-thank-you-1')?.state).toBe('PENDING');
  });

  it('a draft that may be out is never sent again, and the user is owed a notice', () => {
    const next = afterDraft(firing.application, firing.milestone, { sent: 'unknown' }, later);
    if (!next) throw new Error('the claim was ours');
    const milestone = next.milestones.find((m) => m.id === 'i1-thank-you-1');
    expect(milestone).toMatchObject({ state: 'SENT', unconfirmed: { told: false } });
    expect(milestone?.sending).toBeUndefined();
    // Its retry tells the user, and sends no draft; once told, it is like any sent milestone.
    const retry = decideFiring(next, 'i1-thank-you-1', later);
    expect(retry).toMatchObject({ claimed: false, reason: 'unconfirmed', milestone });
    const told = markToldUnconfirmed(next, 'i1-thank-you-1', later);
    expect(told?.milestones.find((m) => m.id === 'i1-thank-you-1')?.unconfirmed).toEqual({
      told: true,
    });
    expect(told && markToldUnconfirmed(told, 'i1-thank-you-1', later)).toBeUndefined();
    expect(told && decideFiring(told, 'i1-thank-you-1', later)).toMatchObject({
      reason: 'not-pending',
    });
  });

  it('nothing to save when the application is gone or the claim is no longer ours', () => {
    expect(afterDraft(undefined, firing.milestone, { sent: false }, later)).toBeUndefined();
    const retaken = { ...firing.milestone, sentAt: later.toISOString() };
    expect(afterDraft(firing.application, retaken, { sent: false }, later)).toBeUndefined();
    expect(afterDraft(firing.application, retaken, { sent: 'unknown' }, later)).toBeUndefined();
  });
});
