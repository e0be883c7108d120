// The weekly digest decided without any port: its slot, its schedule, the firing and what follows.
import { describe, expect, it } from 'vitest';
import { withAnswerSent } from '../../functions/core/application.ts';
import * as changes from '../../functions/core/changes.ts';
import type { UserProfile } from '../../functions/core/model.ts';
import { defaultPolicy } from '../../functions/core/planning/index.ts';
import {
  countedFiltered,
  decideAfterDigest,
  decideDigestFiring,
  decideDigestSetting,
  digestMail,
  digestRef,
  nextDigest,
} from '../../functions/core/use-cases/digest-decisions.ts';
import { openAcme } from '../support/samples.ts';

const user = 'alex@example.net';
const zone = 'America/New_York';
/** Tuesday 1 Dec 2026, 7:00 in New York. */
const now = new Date('2026-12-01T12:00:00Z');
const ctx = { policy: defaultPolicy, userTimezone: zone, now };
const profileWith = (fields: Partial<UserProfile>): UserProfile => ({
  userId: user,
  timezone: null,
  wakingHours: null,
  updatedAt: now.toISOString(),
  ...fields,
});

describe('nextDigest', () => {
  it('is the next Monday at the follow-up time in the user zone, strictly after the instant', () => {
    const first = nextDigest(user, now, ctx);
    expect(first.due).toBe('2026-12-07T09:30:00-05:00');
    expect(first.next).toMatch(/^[0-9a-f]{12}-20261207$/);
    const again = nextDigest(user, new Date(first.due), ctx);
    expect(again.due).toBe('2026-12-14T09:30:00-05:00');
    expect(nextDigest('sam@example.net', now, ctx).next).not.toBe(first.next);
  });
});

describe('decideDigestSetting', () => {
  const planned = nextDigest(user, now, ctx);

  it('on: stores the next digest, schedules it in the user zone and says when it comes', () => {
    const decision = decideDigestSetting(undefined, user, true, ctx);
    expect(decision.profile).toEqual({ digest: planned });
    expect(decision.schedules).toEqual({
      upsert: [{ ref: digestRef(user, planned.next), due: planned.due, timezone: zone }],
      cancel: [],
    });
    expect(decision.mail).toMatchObject({
      render: 'commandConfirmation',
      application: null,
      summary: expect.stringMatching(/^Weekly digest on: .*The first comes Mon, Dec 7, 9:30 AM ET/),
    });
  });

  it('on when already on changes nothing and says when the next comes', () => {
    const decision = decideDigestSetting(profileWith({ digest: planned }), user, true, ctx);
    expect(decision.profile).toBeNull();
    expect(decision.schedules).toBeUndefined();
    expect(decision.mail).toMatchObject({ summary: expect.stringMatching(/already on/) });
  });

  it('off deletes the schedule the profile names; off when off changes nothing', () => {
    const off = decideDigestSetting(profileWith({ digest: planned }), user, false, ctx);
    expect(off.profile).toEqual({ digest: null });
    expect(off.schedules).toEqual({ upsert: [], cancel: [digestRef(user, planned.next)] });
    expect(off.mail).toMatchObject({ summary: expect.stringMatching(/^Weekly digest off/) });
    const again = decideDigestSetting(profileWith({ digest: null }), user, false, ctx);
    expect(again.profile).toBeNull();
    expect(again.schedules).toBeUndefined();
    expect(again.mail).toMatchObject({ summary: expect.stringMatching(/already off/) });
  });
});

describe('decideDigestSetting, delivered again', () => {
  it('a digest off that changed nothing still undoes no later on when it comes again', () => {
    const off = decideDigestSetting(profileWith({ digest: null }), user, false, ctx, '<off@mail>');
    expect(off.profile?.settingsDone).toHaveLength(1);
    const on = decideDigestSetting(profileWith({ ...off.profile }), user, true, ctx, '<on@mail>');
    const again = decideDigestSetting(
      profileWith({ ...off.profile, ...on.profile }),
      user,
      false,
      ctx,
      '<off@mail>',
    );
    expect(again.profile).toBeNull();
    expect(again.schedules).toBeUndefined();
  });

  it('a digest on that was acted on changes nothing when it comes again after a later off', () => {
    const on = decideDigestSetting(undefined, user, true, ctx, '<on@mail>');
    expect(on.profile?.settingsDone).toHaveLength(1);
    const off = decideDigestSetting(profileWith({ ...on.profile }), user, false, ctx, '<off@mail>');
    expect(off.profile).toMatchObject({ digest: null });
    const again = decideDigestSetting(
      profileWith({ ...on.profile, ...off.profile }),
      user,
      true,
      ctx,
      '<on@mail>',
    );
    expect(again.profile).toBeNull();
    expect(again.schedules).toBeUndefined();
    expect(again.mail).toMatchObject({
      summary: expect.stringMatching(
        /^Weekly digest on: .*\(Done when this message first came\.\)$/,
      ),
    });
    expect(again.answers).toBe('<on@mail>');
    // Its answer recorded as out (the runner does, once mailed): delivered again, it sends none.
    const settingsDone = withAnswerSent(on.profile?.settingsDone, '<on@mail>');
    const answered = profileWith({ ...on.profile, ...off.profile, settingsDone });
    const quiet = decideDigestSetting(answered, user, true, ctx, '<on@mail>');
    expect(quiet).toEqual({ profile: null, mail: null, outcome: 'answered' });
  });
});

describe('decideDigestFiring', () => {
  const planned = nextDigest(user, now, ctx);
  const ref = digestRef(user, planned.next);
  const at = (iso: string) => ({ ...ctx, now: new Date(iso) });

  it('acts only on the digest the profile expects', () => {
    expect(decideDigestFiring(undefined, ref, at(planned.due))).toEqual({ outcome: 'not-pending' });
    const moved = profileWith({ digest: { next: 'other-20261214', due: planned.due } });
    expect(decideDigestFiring(moved, ref, at(planned.due))).toEqual({ outcome: 'not-pending' });
  });

  it('a firing well before its time is stale; one on time claims it and plans the next week', () => {
    const profile = profileWith({ digest: planned });
    expect(decideDigestFiring(profile, ref, at('2026-12-07T14:00:00Z'))).toEqual({
      outcome: 'not-due',
    });
    // A few minutes early is on time (the Scheduler may fire early); it still plans a week on.
    expect(decideDigestFiring(profile, ref, at('2026-12-07T14:27:00Z'))).toMatchObject({
      planned: { due: '2026-12-14T09:30:00-05:00' },
    });
    const firing = decideDigestFiring(profile, ref, at('2026-12-07T14:30:05Z'));
    expect(firing).toMatchObject({
      claim: `digest:${user}:${planned.next}`,
      planned: { due: '2026-12-14T09:30:00-05:00' },
    });
  });
});

describe('digestMail', () => {
  const planned = nextDigest(user, now, ctx);

  it('tells the status of the applications not closed, with the filtered line; none: no mail', () => {
    const open = openAcme(now, 'm1@example.net');
    const closed = changes.close(openAcme(now, 'm2@example.net'), now).application;
    const filtered = { count: 2, domains: ['acme.example'] };
    expect(digestMail([open, closed], filtered, planned, zone)).toEqual({
      render: 'status',
      applications: [open],
      digest: { next: planned.due, timezone: zone, filtered },
    });
    expect(digestMail([closed], filtered, planned, zone)).toBeNull();
  });
});

describe('decideAfterDigest', () => {
  const planned = nextDigest(user, now, ctx);
  const ref = digestRef(user, planned.next);
  const following = nextDigest(user, new Date(planned.due), ctx);

  it('subtracts what the digest told, keeps what came meanwhile, and plans the next one', () => {
    const profile = profileWith({
      digest: planned,
      filteredUnmatched: { count: 5, domains: ['a.example'] },
    });
    const decision = decideAfterDigest(profile, ref, following, 3, zone);
    expect(decision.profile).toEqual({
      filteredUnmatched: { count: 2, domains: [] },
      digest: following,
    });
    expect(decision.schedules?.upsert).toEqual([
      { ref: digestRef(user, following.next), due: following.due, timezone: zone },
    ]);
    expect(decision.outcome).toBe(true);
    const allTold = decideAfterDigest(profile, ref, following, 5, zone);
    expect(allTold.profile).toMatchObject({ filteredUnmatched: null });
  });

  it('a digest turned off meanwhile stays off', () => {
    const off = profileWith({ digest: null, filteredUnmatched: { count: 1, domains: [] } });
    const told = decideAfterDigest(off, ref, following, 1, zone);
    expect(told.profile).toEqual({ filteredUnmatched: null });
    expect(told.schedules).toBeUndefined();
    expect(told.outcome).toBe(false);
    expect(decideAfterDigest(off, ref, following, 0, zone).profile).toBeNull();
  });
});

describe('countedFiltered', () => {
  it('counts every mail and keeps a few distinct domains', () => {
    let profile = profileWith({});
    for (const domain of ['a.example', 'a.example', null, 'b.example', 'c.example', 'd.example']) {
      profile = { ...profile, ...countedFiltered(profile, domain) };
    }
    expect(profile.filteredUnmatched).toEqual({
      count: 6,
      domains: ['a.example', 'b.example', 'c.example'],
    });
  });
});
