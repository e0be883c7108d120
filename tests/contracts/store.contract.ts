// Contract of the ApplicationStore port: what every handler's safety under at-least-once delivery
// rests on (conditional writes, leases, one user's data deleted whole). Run against DynamoDB Local
// and the in-memory store by store.test.ts: the in-memory one may stand in only while both pass.
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationIdFor, openApplication, revise } from '../../functions/core/application.ts';
import { ConcurrentUpdateError } from '../../functions/core/errors.ts';
import { defaultPolicy } from '../../functions/core/planning/index.ts';
import type { ApplicationStore } from '../../functions/core/ports.ts';
import { changeProfile } from '../../functions/core/use-cases/profile.ts';
import { EVERY_COUNTRY } from '../support/holidays.ts';

const USER = 'alex@example.net';
const now = new Date('2026-12-01T12:00:00Z');

function anApplication(messageId: string) {
  return openApplication({
    id: applicationIdFor(USER, messageId),
    userId: USER,
    reading: {
      company: 'Acme',
      role: 'Staff Engineer',
      start: '2026-12-10T14:00:00-05:00',
      end: null,
      timezone: 'America/New_York',
      interviewers: [],
      format: null,
      decisionBy: null,
    },
    userTimezone: 'America/New_York',
    policy: defaultPolicy,
    holidays: EVERY_COUNTRY,
    now,
    threadMessageIds: [messageId],
  });
}

/** An empty store of its own for the suite (a fresh table, or a fresh map). */
export type StoreFactory = () => Promise<ApplicationStore>;

export function describeStoreContract(name: string, makeStore: StoreFactory) {
  describe(`ApplicationStore contract: ${name}`, () => {
    let store: ApplicationStore;
    beforeAll(async () => {
      store = await makeStore();
    });

    it('creates once, then saves only over the version it read', async () => {
      const application = anApplication('m1@example.net');
      await store.create(application);
      await expect(store.create(application)).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect(await store.get(USER.toUpperCase(), application.id)).toEqual(application);

      const first = revise(application, now, { notes: ['one'] });
      const second = revise(application, now, { notes: ['two'] });
      await store.save(first);
      await expect(store.save(second)).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect((await store.get(USER, application.id))?.notes).toEqual(['one']);
      // Nothing is saved over an application that was never created.
      await expect(
        store.save(revise(anApplication('m0@example.net'), now, {})),
      ).rejects.toBeInstanceOf(ConcurrentUpdateError);
    });

    it('returns copies: changing what was read or written changes nothing stored', async () => {
      const application = anApplication('copies@example.net');
      await store.create(application);
      application.notes.push('changed after the write');
      const read = await store.get(USER, application.id);
      read?.notes.push('changed after the read');
      expect((await store.get(USER, application.id))?.notes).toEqual([]);
    });

    it('lists a user by key, in id order', async () => {
      await store.create(anApplication('m2@example.net'));
      const listed = await store.listByUser(USER);
      expect(listed.map((a) => a.id)).toEqual(listed.map((a) => a.id).sort());
      expect(listed.length).toBe(3);
      expect(await store.listByUser(USER.toUpperCase())).toEqual(listed);
      expect(await store.listByUser('someone@example.net')).toEqual([]);
    });

    it('claims a Message-ID once, and can release it for a retry', async () => {
      const expires = new Date(now.getTime() + 86_400_000);
      expect(await store.claimMessage('<x@example.net>', expires)).toBe(true);
      expect(await store.claimMessage('<x@example.net>', expires)).toBe(false);
      await store.releaseMessage('<x@example.net>');
      expect(await store.claimMessage('<x@example.net>', expires)).toBe(true);
    });

    it('leases an inbound Message-ID: held while in progress, taken over once expired, done stays done', async () => {
      const id = '<lease@example.net>';
      const expiresAt = new Date(now.getTime() + 30 * 86_400_000);
      const lease = (at: Date) => ({
        now: at,
        leaseUntil: new Date(at.getTime() + 120_000),
        expiresAt,
      });
      expect(await store.leaseMessage(id, lease(now))).toBe('claimed');
      // A redelivery while the first attempt still works on it (or crashed, lease not yet over).
      expect(await store.leaseMessage(id, lease(new Date(now.getTime() + 60_000)))).toBe(
        'in-progress',
      );
      // The first attempt crashed: once its lease ran out, a retry takes it over.
      const later = new Date(now.getTime() + 121_000);
      expect(await store.leaseMessage(id, lease(later))).toBe('claimed');
      expect(await store.leaseMessage(id, lease(later))).toBe('in-progress');
      await store.completeMessage(id, expiresAt);
      expect(await store.leaseMessage(id, lease(later))).toBe('done');
      // However late the redelivery, a handled message stays handled.
      expect(await store.leaseMessage(id, lease(new Date(now.getTime() + 86_400_000)))).toBe(
        'done',
      );
      // A failed attempt releases it for the retry.
      await store.releaseMessage(id);
      expect(await store.leaseMessage(id, lease(later))).toBe('claimed');
      // A one-shot claim is never taken over by a lease: it was handled.
      const claimed = '<claimed@example.net>';
      expect(await store.claimMessage(claimed, expiresAt)).toBe(true);
      expect(await store.leaseMessage(claimed, lease(new Date(now.getTime() + 86_400_000)))).toBe(
        'done',
      );
    });

    it('routes a command mail once: the first application recorded stands, a release keeps it', async () => {
      const expiresAt = new Date(now.getTime() + 30 * 86_400_000);
      expect(await store.routeMessage('<route@example.net>', 'app-a', expiresAt)).toBe('app-a');
      await store.releaseMessage('<route@example.net>');
      expect(await store.routeMessage('<route@example.net>', 'app-b', expiresAt)).toBe('app-a');
      // Asked which, the first time: a redelivery asks again, whatever is open by then.
      expect(await store.routeMessage('<asked@example.net>', null, expiresAt)).toBeNull();
      expect(await store.routeMessage('<asked@example.net>', 'app-b', expiresAt)).toBeNull();
    });

    it('keeps both of two concurrent profile changes', async () => {
      await Promise.all([
        changeProfile(store, USER, now, () => ({ timezone: 'Europe/Berlin' })),
        changeProfile(store, USER, now, () => ({ wakingHours: { start: '08:00', end: '19:00' } })),
        changeProfile(store, USER, now, () => ({ digest: { next: 'd1', due: '2026-12-07' } })),
      ]);
      const profile = await store.getProfile(USER);
      expect(profile).toMatchObject({
        timezone: 'Europe/Berlin',
        wakingHours: { start: '08:00', end: '19:00' },
        digest: { next: 'd1', due: '2026-12-07' },
        version: 3,
      });
      // A profile saved over a version it did not read is refused.
      if (!profile) throw new Error('no profile');
      await expect(store.saveProfile({ ...profile, version: 3 })).rejects.toBeInstanceOf(
        ConcurrentUpdateError,
      );
    });

    it('keeps the roster of allowed users: one entry per address, listed in order, removable', async () => {
      const entry = (address: string, welcomed = false) => ({
        address,
        allowedBy: 'coach@example.org',
        allowedAt: now.toISOString(),
        welcomed,
      });
      expect(await store.listAllowedUsers()).toEqual([]);
      expect(await store.getAllowedUser('sam@example.net')).toBeUndefined();
      await store.putAllowedUser(entry('Sam@Example.net'));
      await store.putAllowedUser(entry('kim@example.net'));
      // Allowing again (a redelivery, the welcome marked) is the same one entry.
      await store.putAllowedUser(entry('sam@example.net', true));
      expect(await store.getAllowedUser('SAM@example.net')).toEqual(entry('sam@example.net', true));
      expect(await store.listAllowedUsers()).toEqual([
        entry('kim@example.net'),
        entry('sam@example.net', true),
      ]);
      // The roster is no user's data: forgetting a user leaves it; revoking removes one entry.
      await store.deleteUser('kim@example.net');
      expect(await store.getAllowedUser('kim@example.net')).toEqual(entry('kim@example.net'));
      await store.deleteAllowedUser('KIM@example.net');
      await store.deleteAllowedUser('kim@example.net');
      expect(await store.listAllowedUsers()).toEqual([entry('sam@example.net', true)]);
      // Entries are copies, as applications are.
      const read = await store.getAllowedUser('sam@example.net');
      if (read) read.welcomed = false;
      expect((await store.getAllowedUser('sam@example.net'))?.welcomed).toBe(true);
    });

    it("records a user's raw mail by key, once each, case-blind on the user", async () => {
      const later = new Date(now.getTime() + 31 * 86_400_000);
      expect(await store.rawMailOf(USER)).toEqual([]);
      await store.recordRawMail(USER, 'inbound/b2', later);
      await store.recordRawMail(USER.toUpperCase(), 'inbound/a1', later);
      await store.recordRawMail(USER, 'inbound/b2', later);
      await store.recordRawMail('other@example.net', 'inbound/c3', later);
      expect(await store.rawMailOf(USER)).toEqual(['inbound/a1', 'inbound/b2']);
      // Not an application: listing the user's applications does not see them.
      expect((await store.listByUser(USER)).map((a) => a.id)).not.toContain('inbound/a1');
    });

    it('deletes everything of one user, and only theirs', async () => {
      await store.create({ ...anApplication('m3@example.net'), userId: 'other@example.net' });
      // Three applications (the profile and the raw-mail records go too, uncounted).
      expect(await store.deleteUser(USER)).toBe(3);
      expect(await store.listByUser(USER)).toEqual([]);
      expect(await store.getProfile(USER)).toBeUndefined();
      expect(await store.rawMailOf(USER)).toEqual([]);
      expect(await store.rawMailOf('other@example.net')).toEqual(['inbound/c3']);
      expect(await store.listByUser('other@example.net')).toHaveLength(1);
      expect(await store.deleteUser(USER)).toBe(0);
    });
  });
}
