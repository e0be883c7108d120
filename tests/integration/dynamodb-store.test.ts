// The store adapter against AWS's DynamoDB Local: conditional writes are what make every handler
// safe under at-least-once delivery, so they are tested on the real engine.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createDynamoDbStore, ensureTable } from '../../functions/adapters/dynamodb-store.ts';
import { applicationIdFor, openApplication, revise } from '../../functions/core/application.ts';
import { ConcurrentUpdateError } from '../../functions/core/errors.ts';
import { defaultPolicy } from '../../functions/core/planning/index.ts';
import type { ApplicationStore } from '../../functions/core/ports.ts';
import { changeProfile } from '../../functions/core/use-cases/profile.ts';

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
    now,
    threadMessageIds: [messageId],
  });
}

describe('DynamoDB store', () => {
  let store: ApplicationStore;
  beforeAll(async () => {
    const client = new DynamoDBClient({
      region: 'us-east-1',
      endpoint: inject('dynamodbEndpoint'),
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const table = `store-${Math.random().toString(36).slice(2, 10)}`;
    await ensureTable(client, table);
    store = createDynamoDbStore(client, table);
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
  });

  it('lists a user by key', async () => {
    await store.create(anApplication('m2@example.net'));
    expect((await store.listByUser(USER)).length).toBe(2);
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
    expect(await store.leaseMessage(id, lease(new Date(now.getTime() + 86_400_000)))).toBe('done');
    // A failed attempt releases it for the retry.
    await store.releaseMessage(id);
    expect(await store.leaseMessage(id, lease(later))).toBe('claimed');
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
  });

  it('deletes everything of one user, and only theirs', async () => {
    await store.create({ ...anApplication('m3@example.net'), userId: 'other@example.net' });
    // Two applications (the profile goes too, uncounted).
    expect(await store.deleteUser(USER)).toBe(2);
    expect(await store.listByUser(USER)).toEqual([]);
    expect(await store.getProfile(USER)).toBeUndefined();
    expect(await store.listByUser('other@example.net')).toHaveLength(1);
  });
});
