// `resend` decided without any port: which draft in doubt a reply means, the copy asked for, and
// the copy's firing as an outbox entry (claimed, given back, in doubt again, out).
import { describe, expect, it } from 'vitest';
import {
  askCopy,
  closeApplication,
  MAX_DRAFT_MAIL_IDS,
  markHanded,
  markToldUnconfirmed,
  NOTICE_REFUSALS_BOUND,
  SEND_LEASE_MS,
  WRITTEN_AT_WINDOW_MS,
  writtenAt,
} from '../../functions/core/application.ts';
import { copiesGoingWhilePaused, markSent, pause, resume } from '../../functions/core/changes.ts';
import type { Application, Milestone } from '../../functions/core/model.ts';
import { defaultPolicy } from '../../functions/core/planning/index.ts';
import { schedulesOf } from '../../functions/core/use-cases/change-application.ts';
import { decideRepairs } from '../../functions/core/use-cases/doctor-decisions.ts';
import {
  afterDraft,
  decideFiring,
  type Firing,
} from '../../functions/core/use-cases/milestone-decisions.ts';
import { latestNote, redrafted } from '../../functions/core/use-cases/redraft-decisions.ts';
import { decideResend } from '../../functions/core/use-cases/resend-decisions.ts';
import { EVERY_COUNTRY } from '../support/holidays.ts';
import { openAcme } from '../support/samples.ts';

const opened = openAcme(new Date('2026-12-01T12:00:00Z'), 'resend@example.net');
const THANK_YOU = 'i1-thank-you-1';
const FOLLOW_UP = 'i1-follow-up-1';
const mailedAt = new Date('2026-12-10T22:00:00Z');
const askedAt = new Date('2026-12-11T14:00:00Z');
const later = new Date(askedAt.getTime() + 60_000);
const canonical = (id: string) => id.toLowerCase();

function claimed(firing: Firing) {
  if (!firing.claimed) throw new Error(`not claimed: ${firing.reason}`);
  return firing;
}

const milestoneOf = (application: Application | undefined, id: string): Milestone => {
  const found = application?.milestones.find((m) => m.id === id);
  if (!found) throw new Error(`no milestone ${id}`);
  return found;
};

/** `id` mailed at `at`, its answer lost, and the user told by the notice `noticeId`. */
function inDoubt(application: Application, id: string, at: Date, noticeId: string) {
  const claim = claimed(decideFiring(application, id, at));
  const doubted = afterDraft(claim.application, claim.milestone, { sent: 'unknown' }, at);
  const told = doubted && markToldUnconfirmed(doubted, id, at, [noticeId]);
  if (!told) throw new Error('not told');
  return told;
}

const thankYouInDoubt = inDoubt(opened, THANK_YOU, mailedAt, 'notice-1@followup.example');

describe('decideResend', () => {
  it('nothing mailed yet, or nothing in doubt: says so, and asks no copy', () => {
    expect(decideResend(opened, null, askedAt)).toEqual({ kind: 'nothing-mailed' });
    const out = claimed(decideFiring(opened, THANK_YOU, mailedAt));
    const sent = afterDraft(
      out.application,
      out.milestone,
      { sent: true, messageIds: ['draft-1@followup.example'], draft: null },
      mailedAt,
    );
    if (!sent) throw new Error('not sent');
    expect(decideResend(sent, null, askedAt)).toMatchObject({
      kind: 'nothing-in-doubt',
      milestone: { id: THANK_YOU, sentAt: mailedAt.toISOString() },
      named: false,
    });
  });

  it('asks a copy of the draft in doubt: told, the time it was mailed kept, fired now', () => {
    const choice = decideResend(thankYouInDoubt, null, askedAt);
    if (choice.kind !== 'copy') throw new Error(choice.kind);
    const asked = milestoneOf(choice.application, THANK_YOU);
    expect(asked).toMatchObject({
      state: 'SENT',
      sentAt: mailedAt.toISOString(),
      timedAt: askedAt.toISOString(),
      unconfirmed: {
        told: true,
        noticeIds: ['notice-1@followup.example'],
        resend: { askedAt: askedAt.toISOString(), mailedAt: mailedAt.toISOString() },
      },
    });
    // Its schedule fires now, whatever the application's state; asked twice, it is on its way.
    const closed = { ...choice.application, status: 'CLOSED' as const };
    expect(schedulesOf(closed).upsert.map((m) => m.id)).toEqual([THANK_YOU]);
    expect(askCopy(choice.application, THANK_YOU, later)).toBeUndefined();
    expect(decideResend(choice.application, null, later)).toMatchObject({ kind: 'on-its-way' });
  });

  it('means the draft whose notice the reply answers; else the latest in doubt not yet asked', () => {
    const both = inDoubt(
      thankYouInDoubt,
      FOLLOW_UP,
      new Date('2026-12-17T14:30:00Z'),
      'notice-2@followup.example',
    );
    const at = new Date('2026-12-18T12:00:00Z');
    const named = { inReplyTo: '<Notice-1@followup.example>', canonical };
    expect(decideResend(both, named, at)).toMatchObject({
      kind: 'copy',
      milestone: { id: THANK_YOU },
    });
    const latest = decideResend(both, null, at);
    expect(latest).toMatchObject({ kind: 'copy', milestone: { id: FOLLOW_UP } });
    if (latest.kind !== 'copy') throw new Error(latest.kind);
    expect(decideResend(latest.application, null, at)).toMatchObject({
      kind: 'copy',
      milestone: { id: THANK_YOU },
    });
  });
});

describe('the copy, fired', () => {
  const asked = askCopy(thankYouInDoubt, THANK_YOU, askedAt);
  if (!asked) throw new Error('no copy asked');
  const firing = claimed(decideFiring(asked, THANK_YOU, later, 'claim-a'));

  it('is claimed as a draft is: in flight, its own sentAt, the application as it was', () => {
    expect(firing.milestone).toMatchObject({
      state: 'SENT',
      sending: true,
      claimId: 'claim-a',
      sentAt: later.toISOString(),
    });
    expect(firing.application.status).toBe(asked.status);
    // A duplicate firing meanwhile sends nothing.
    expect(decideFiring(firing.application, THANK_YOU, later, 'claim-b')).toEqual({
      claimed: false,
      reason: 'not-pending',
    });
  });

  it('out: nothing in doubt, and the notice still names the draft', () => {
    const out = afterDraft(
      firing.application,
      firing.milestone,
      {
        sent: true,
        messageIds: ['copy-1@followup.example'],
        draft: { to: 'dana@acme.example', subject: 'Thank you' },
      },
      later,
    );
    const milestone = milestoneOf(out, THANK_YOU);
    expect(milestone.unconfirmed).toBeUndefined();
    expect(milestone.sending).toBeUndefined();
    expect(milestone.draft?.mailIds).toEqual([
      'notice-1@followup.example',
      'copy-1@followup.example',
    ]);
    expect(out && decideFiring(out, THANK_YOU, later)).toMatchObject({ reason: 'not-pending' });
  });

  it('refused: given back, owed again, mailed when the draft in doubt was', () => {
    const back = afterDraft(firing.application, firing.milestone, { sent: false }, later);
    const milestone = milestoneOf(back, THANK_YOU);
    expect(milestone).toMatchObject({ state: 'SENT', sentAt: mailedAt.toISOString() });
    expect(milestone.sending).toBeUndefined();
    expect(milestone.unconfirmed?.resend).toBeDefined();
    expect(back && decideFiring(back, THANK_YOU, later)).toMatchObject({ claimed: true });
  });

  it('refused as many times as end a notice: owed no more (an address refused for good)', () => {
    let current: Application | undefined;
    let claim = firing;
    for (let refusal = 1; refusal <= NOTICE_REFUSALS_BOUND; refusal++) {
      current = afterDraft(claim.application, claim.milestone, { sent: false }, later);
      const next = current && decideFiring(current, THANK_YOU, later);
      if (refusal < NOTICE_REFUSALS_BOUND) claim = claimed(next as Firing);
      else expect(next).toMatchObject({ claimed: false });
    }
    expect(milestoneOf(current, THANK_YOU).unconfirmed?.resend).toBeUndefined();
  });

  it('refused after a stop saved while it was out: owed no more, never sent after the stop', () => {
    const stopped = closeApplication(firing.application, later).application;
    const back = afterDraft(stopped, firing.milestone, { sent: false }, later);
    expect(milestoneOf(back, THANK_YOU).unconfirmed?.resend).toBeUndefined();
    expect(back && decideFiring(back, THANK_YOU, later)).toMatchObject({ claimed: false });
  });

  it('its answer lost, or its function dead once it was handed over: in doubt again, told again', () => {
    const lost = afterDraft(firing.application, firing.milestone, { sent: 'unknown' }, later);
    // The first notice's Message-IDs are kept: a reply to it still names the draft.
    const first = ['notice-1@followup.example'];
    expect(milestoneOf(lost, THANK_YOU).unconfirmed).toEqual({ told: false, noticeIds: first });
    expect(lost && decideFiring(lost, THANK_YOU, later)).toMatchObject({ reason: 'unconfirmed' });

    const handed = markHanded(firing.application, firing.milestone, later);
    const dead = new Date(later.getTime() + SEND_LEASE_MS);
    const abandoned = handed && decideFiring(handed, THANK_YOU, dead);
    expect(abandoned).toMatchObject({ claimed: false, reason: 'unconfirmed' });
    const saved =
      abandoned && !abandoned.claimed && 'save' in abandoned ? abandoned.save : undefined;
    expect(milestoneOf(saved, THANK_YOU).unconfirmed).toEqual({ told: false, noticeIds: first });
  });

  it('in doubt again and told again: a reply to either notice names the draft, ids bounded', () => {
    const lost = afterDraft(firing.application, firing.milestone, { sent: 'unknown' }, later);
    const told = lost && markToldUnconfirmed(lost, THANK_YOU, later, ['notice-2@followup.example']);
    // Each copy asked for is counted, and the count outlives the copies it counts.
    expect(milestoneOf(told, THANK_YOU).copiesAsked).toBe(1);
    const second = told && askCopy(told, THANK_YOU, later);
    expect(milestoneOf(second, THANK_YOU).copiesAsked).toBe(2);
    const out = second && claimed(decideFiring(second, THANK_YOU, later));
    const settled =
      out &&
      afterDraft(
        out.application,
        out.milestone,
        { sent: true, messageIds: ['c2@x'], draft: null },
        later,
      );
    expect(milestoneOf(settled, THANK_YOU)).toMatchObject({ copiesAsked: 2 });
    expect(milestoneOf(settled, THANK_YOU).unconfirmed).toBeUndefined();
    expect(milestoneOf(told, THANK_YOU).unconfirmed?.noticeIds).toEqual([
      'notice-1@followup.example',
      'notice-2@followup.example',
    ]);
    for (const notice of ['<Notice-1@followup.example>', '<Notice-2@followup.example>']) {
      const named = told && decideResend(told, { inReplyTo: notice, canonical }, later);
      expect(named).toMatchObject({ kind: 'copy', milestone: { id: THANK_YOU } });
    }
    // Told many times over, only the latest MAX_DRAFT_MAIL_IDS are remembered.
    let current = told;
    for (let notice = 3; notice <= MAX_DRAFT_MAIL_IDS + 5; notice++) {
      const again = current && askCopy(current, THANK_YOU, later);
      const claim = again && claimed(decideFiring(again, THANK_YOU, later));
      const doubted =
        claim && afterDraft(claim.application, claim.milestone, { sent: 'unknown' }, later);
      current =
        doubted &&
        markToldUnconfirmed(doubted, THANK_YOU, later, [`notice-${notice}@followup.example`]);
    }
    const ids = milestoneOf(current, THANK_YOU).unconfirmed?.noticeIds;
    expect(ids).toHaveLength(MAX_DRAFT_MAIL_IDS);
    expect(ids?.at(-1)).toBe(`notice-${MAX_DRAFT_MAIL_IDS + 5}@followup.example`);
  });

  it('its schedule lost: the doctor fires it now; a stop before it is out cancels it', () => {
    const state = {
      applications: [asked],
      profiles: [],
      listed: new Map(),
      read: new Map(),
      nameOf: (ref: { applicationId: string; milestoneId: string }) =>
        `${ref.applicationId}-${ref.milestoneId}`,
      defaultTimezone: 'UTC',
    };
    const repairs = decideRepairs(state, later).repairs.filter((r) => r.reason === 'copy-owed');
    expect(repairs).toMatchObject([
      { kind: 'schedule', milestone: { ref: { milestoneId: THANK_YOU } } },
    ]);

    const stopped = closeApplication(asked, later).application;
    expect(milestoneOf(stopped, THANK_YOU).unconfirmed).toEqual({
      told: true,
      noticeIds: ['notice-1@followup.example'],
    });
    expect(decideFiring(stopped, THANK_YOU, later)).toMatchObject({ reason: 'not-pending' });
    expect(schedulesOf(stopped).upsert).toEqual([]);
  });
});

describe('a copy owed, then the user says they sent the draft on', () => {
  it('comes no more: they had it', () => {
    const asked = askCopy(thankYouInDoubt, THANK_YOU, askedAt);
    if (!asked) throw new Error('no copy asked');
    const marked = markSent(asked, later).application;
    expect(milestoneOf(marked, THANK_YOU).unconfirmed?.resend).toBeUndefined();
    expect(decideFiring(marked, THANK_YOU, later)).toMatchObject({ claimed: false });
  });
});

describe('a copy owed, then a note re-drafts the thank-you', () => {
  it('the re-draft is the copy: no second one comes', () => {
    const asked = askCopy(thankYouInDoubt, THANK_YOU, askedAt);
    if (!asked) throw new Error('no copy asked');
    const noted = { ...asked, notes: [...asked.notes, 'we talked about their Kafka migration'] };
    const after = redrafted(
      noted,
      THANK_YOU,
      ['redraft-1@followup.example'],
      { to: 'dana@acme.example', subject: 'Thank you', note: latestNote(noted) },
      later,
    );
    // Out, it settles the doubt; the notice still names the draft.
    expect(milestoneOf(after, THANK_YOU).unconfirmed).toBeUndefined();
    expect(milestoneOf(after, THANK_YOU).draft?.mailIds).toEqual([
      'notice-1@followup.example',
      'redraft-1@followup.example',
    ]);
    expect(after && decideFiring(after, THANK_YOU, later)).toMatchObject({ claimed: false });
  });
});

describe('a copy owed, then the user pauses', () => {
  const asked = askCopy(thankYouInDoubt, THANK_YOU, askedAt);
  if (!asked) throw new Error('no copy asked');
  const paused = pause(asked, later).application;
  const resumedAt = new Date(later.getTime() + 3 * 24 * 60 * 60_000);
  const ctx = {
    policy: defaultPolicy,
    holidays: EVERY_COUNTRY,
    userTimezone: 'America/New_York',
    now: resumedAt,
  };
  const doctorState = (application: Application) => ({
    applications: [application],
    profiles: [],
    listed: new Map(),
    read: new Map(),
    nameOf: (ref: { applicationId: string; milestoneId: string }) =>
      `${ref.applicationId}-${ref.milestoneId}`,
    defaultTimezone: 'UTC',
  });

  it('waits with the application: not scheduled, not claimed, not fired by the doctor', () => {
    expect(schedulesOf(paused).upsert).toEqual([]);
    expect(schedulesOf(paused).cancel.map((m) => m.id)).toContain(THANK_YOU);
    expect(decideFiring(paused, THANK_YOU, later)).toMatchObject({
      claimed: false,
      reason: 'application-not-open',
    });
    const repairs = decideRepairs(doctorState(paused), later).repairs;
    expect(repairs.filter((r) => r.reason === 'copy-owed')).toEqual([]);
    // Still owed: held by the pause, not given up.
    expect(milestoneOf(paused, THANK_YOU).unconfirmed?.resend).toBeDefined();
  });

  it('comes after resume, once', () => {
    const resumed = resume(paused, ctx).application;
    expect(schedulesOf(resumed).upsert.map((m) => m.id)).toContain(THANK_YOU);
    const firing = claimed(decideFiring(resumed, THANK_YOU, resumedAt, 'claim-a'));
    expect(decideFiring(firing.application, THANK_YOU, resumedAt, 'claim-b')).toMatchObject({
      claimed: false,
    });
  });

  it('asked again while paused, it goes now: the user asked after pausing', () => {
    const again = decideResend(paused, null, later);
    // One copy, asked twice: one request, so at most one mail.
    expect(milestoneOf(paused, THANK_YOU).copiesAsked).toBe(1);
    expect(again.kind === 'copy' && milestoneOf(again.application, THANK_YOU).copiesAsked).toBe(1);
    expect(again).toMatchObject({ kind: 'copy', milestone: { id: THANK_YOU } });
    if (again.kind !== 'copy') throw new Error(again.kind);
    expect(schedulesOf(again.application).upsert.map((m) => m.id)).toEqual([THANK_YOU]);
    expect(decideFiring(again.application, THANK_YOU, later)).toMatchObject({ claimed: true });
    // Paused again, it waits again; so does one out at that moment, should it be refused.
    const pausedAgain = pause(again.application, new Date(later.getTime() + 1_000)).application;
    expect(decideFiring(pausedAgain, THANK_YOU, later)).toMatchObject({ claimed: false });
    const out = claimed(decideFiring(again.application, THANK_YOU, later, 'claim-a'));
    const pausedWhileOut = pause(out.application, later).application;
    expect(pausedWhileOut).not.toBe(out.application);
    const back = afterDraft(pausedWhileOut, out.milestone, { sent: false }, later);
    expect(back && decideFiring(back, THANK_YOU, later)).toMatchObject({ claimed: false });
  });

  it('out when the pause was saved, then refused: it waits for resume', () => {
    const firing = claimed(decideFiring(asked, THANK_YOU, later, 'claim-a'));
    const pausedMeanwhile = pause(firing.application, later).application;
    const back = afterDraft(pausedMeanwhile, firing.milestone, { sent: false }, later);
    expect(milestoneOf(back, THANK_YOU).unconfirmed?.resend).toBeDefined();
    expect(back && decideFiring(back, THANK_YOU, later)).toMatchObject({ claimed: false });
    const resumed = back && resume(back, ctx).application;
    expect(resumed && decideFiring(resumed, THANK_YOU, resumedAt)).toMatchObject({
      claimed: true,
    });
  });

  it('a stop or a sent while it waits cancels it', () => {
    const stopped = closeApplication(paused, later).application;
    expect(milestoneOf(stopped, THANK_YOU).unconfirmed?.resend).toBeUndefined();
    const marked = markSent(paused, later).application;
    const resumed = resume(marked, ctx).application;
    expect(decideFiring(resumed, THANK_YOU, resumedAt)).toMatchObject({ claimed: false });
  });
});

describe('pause and resend, by when the user wrote them', () => {
  const minute = (n: number) => new Date(askedAt.getTime() + n * 60_000);

  it('writtenAt: the mail Date, never after its receipt nor long before; none, the receipt', () => {
    expect(writtenAt(minute(-5), minute(0))).toEqual(minute(-5));
    // A clock hours behind is believed no further back than the window.
    expect(writtenAt(minute(-180), minute(0))).toEqual(minute(-WRITTEN_AT_WINDOW_MS / 60_000));
    expect(writtenAt(minute(5), minute(0))).toEqual(minute(0));
    expect(writtenAt(new Date(Number.NaN), minute(0))).toEqual(minute(0));
  });

  it('a pause written before a resend, handled after it, holds no copy and says so', () => {
    const asked = askCopy(thankYouInDoubt, THANK_YOU, minute(1), minute(1));
    if (!asked) throw new Error('no copy asked');
    const paused = pause(asked, minute(2), minute(0)).application;
    expect(paused.status).toBe('PAUSED');
    expect(decideFiring(paused, THANK_YOU, minute(2))).toMatchObject({ claimed: true });
    expect(copiesGoingWhilePaused(paused)).toBe(1);
    // Written in the same second, the one handled later counts as later: the copy is held.
    const sameSecond = pause(asked, minute(2), minute(1)).application;
    expect(decideFiring(sameSecond, THANK_YOU, minute(2))).toMatchObject({ claimed: false });
    expect(copiesGoingWhilePaused(sameSecond)).toBe(0);
  });

  it('a resend written before a pause, handled after it, waits for resume', () => {
    const paused = pause(thankYouInDoubt, minute(1), minute(1)).application;
    const stale = askCopy(paused, THANK_YOU, minute(2), minute(0));
    expect(stale && decideFiring(stale, THANK_YOU, minute(2))).toMatchObject({ claimed: false });
    const ctx = {
      policy: defaultPolicy,
      holidays: EVERY_COUNTRY,
      userTimezone: 'UTC',
      now: minute(3),
    };
    const resumed = stale && resume(stale, ctx).application;
    expect(resumed?.pausedWrittenAt).toBeUndefined();
    expect(resumed && decideFiring(resumed, THANK_YOU, minute(3))).toMatchObject({ claimed: true });
    // Written at the pause's second, or after it: it comes at once.
    const fresh = askCopy(paused, THANK_YOU, minute(2), minute(1));
    expect(fresh && decideFiring(fresh, THANK_YOU, minute(2))).toMatchObject({ claimed: true });
  });

  it('paused again by an older pause, the newer pause stays the one copies are weighed against', () => {
    const paused = pause(thankYouInDoubt, minute(2), minute(2)).application;
    const asked = askCopy(paused, THANK_YOU, minute(3), minute(1));
    expect(asked && pause(asked, minute(4), minute(0)).application.pausedWrittenAt).toBe(
      minute(2).toISOString(),
    );
  });
});
