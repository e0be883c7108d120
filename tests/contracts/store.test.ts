// The ApplicationStore contract against AWS's DynamoDB Local (the adapter the functions run on)
// and against the in-memory store the use-case tests run on; then how the DynamoDB adapter lays
// an application out (packed, and still reading items written before packing).
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDynamoDbStore, ensureTable } from '../../functions/adapters/dynamodb-store.ts';
import { revise } from '../../functions/core/application.ts';
import { ConcurrentUpdateError } from '../../functions/core/errors.ts';
import type { Application } from '../../functions/core/model.ts';
import type { ApplicationStore } from '../../functions/core/ports.ts';
import { type FaultProxy, startFaultProxy } from '../../local/fault-proxy.ts';
import { type DynamoItem, itemBytes } from '../../local/services/request-counter.ts';
import { createMemoryStore } from '../support/in-memory/store.ts';
import { applicationFixture } from '../unit/mail/fixtures.ts';
import { describeStoreContract } from './store.contract.ts';

const local = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

describeStoreContract('DynamoDB Local', async () => {
  const client = new DynamoDBClient({ ...local, endpoint: inject('dynamodbEndpoint') });
  const table = `store-${Math.random().toString(36).slice(2, 10)}`;
  await ensureTable(client, table);
  return createDynamoDbStore(client, table);
});

describeStoreContract('in memory', async () => createMemoryStore());

describe('DynamoDB Local: how an application is kept', () => {
  const client = new DynamoDBClient({ ...local, endpoint: inject('dynamodbEndpoint') });
  const documents = DynamoDBDocumentClient.from(client);
  const table = `packed-${Math.random().toString(36).slice(2, 10)}`;
  const key = (application: Application) => ({
    pk: `USER#${application.userId}`,
    sk: `APP#${application.id}`,
  });
  const rawItem = async (application: Application) => {
    const { pk, sk } = key(application);
    const { Item } = await client.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: pk }, sk: { S: sk } } }),
    );
    return Item ?? {};
  };

  it('packs it into one binary body beside what DynamoDB reads, one write unit for a panel', async () => {
    await ensureTable(client, table);
    const store = createDynamoDbStore(client, table);
    const application = { ...applicationFixture(), expiresAt: 1_900_000_000 };
    await store.create(application);
    const packed = await rawItem(application);
    expect(Object.keys(packed).sort()).toEqual(
      ['body', 'expiresAt', 'pk', 'sk', 'status', 'version', 'writeId'].sort(),
    );
    expect(packed.expiresAt).toEqual({ N: '1900000000' });
    expect(packed.version).toEqual({ N: String(application.version) });
    expect(await store.get(application.userId, application.id)).toEqual(application);
    // The same application as nested maps, the way it was kept before.
    const unpacked = { ...application, id: 'unpacked1' };
    await documents.send(
      new PutCommand({ TableName: table, Item: { ...key(unpacked), ...unpacked } }),
    );
    expect(itemBytes((await rawItem(unpacked)) as DynamoItem)).toBeGreaterThan(1024);
    expect(itemBytes(packed as DynamoItem)).toBeLessThanOrEqual(1024);
  });

  it('still reads an application written before packing', async () => {
    await ensureTable(client, table);
    const store = createDynamoDbStore(client, table);
    const application = { ...applicationFixture(), id: 'legacy1' };
    await documents.send(
      new PutCommand({ TableName: table, Item: { ...key(application), ...application } }),
    );
    expect(await store.get(application.userId, application.id)).toEqual(application);
    expect((await store.listByUser(application.userId)).map((a) => a.id)).toContain('legacy1');
  });
});

// A write can land while its answer is lost (a dropped connection, a timeout): the SDK sends it
// again, and the condition it was written under now fails against the write itself. That is our
// write done, not a concurrent change: taken for one, a claimed milestone would be left held with
// nothing sent.
describe('DynamoDB Local: a write whose answer was lost', () => {
  let proxy: FaultProxy;
  let store: ApplicationStore;
  beforeAll(async () => {
    const direct = new DynamoDBClient({ ...local, endpoint: inject('dynamodbEndpoint') });
    const table = `lost-${Math.random().toString(36).slice(2, 10)}`;
    await ensureTable(direct, table);
    proxy = await startFaultProxy({
      service: 'dynamodb',
      target: inject('dynamodbEndpoint'),
      seed: 1,
    });
    store = createDynamoDbStore(new DynamoDBClient({ ...local, endpoint: proxy.endpoint }), table);
  });
  afterAll(async () => {
    await proxy?.close();
  });
  const loseTheNextAnswer = () =>
    proxy.set([{ kind: 'answer-lost', operations: ['PutItem'], times: 1 }]);

  it('counts as done when its retry finds it written', async () => {
    const application = { ...applicationFixture(), id: 'lost1' };
    loseTheNextAnswer();
    await store.create(application);
    const saved = revise(application, new Date('2026-12-01T12:00:00Z'), { notes: ['one'] });
    loseTheNextAnswer();
    await store.save(saved);
    expect(await store.get(application.userId, application.id)).toEqual(saved);

    // An inbound message's lease: taken, not left 'in progress' until the lease runs out.
    const now = new Date('2026-12-01T12:00:00Z');
    const lease = { now, leaseUntil: new Date(now.getTime() + 60_000), expiresAt: now };
    loseTheNextAnswer();
    expect(await store.leaseMessage('lost@example.net', lease)).toBe('claimed');
    expect(proxy.stats().faults).toEqual({ 'PutItem answer-lost': 3 });
  });

  it('still refuses a concurrent change the retry finds', async () => {
    const application = { ...applicationFixture(), id: 'lost2' };
    await store.create(application);
    const now = new Date('2026-12-01T12:00:00Z');
    await store.save(revise(application, now, { notes: ['theirs'] }));
    // Refused, and the refusal's answer lost: the retry is refused too, and the stamp is theirs.
    const lostBefore = proxy.stats().faults['PutItem answer-lost'] ?? 0;
    loseTheNextAnswer();
    await expect(store.save(revise(application, now, { notes: ['ours'] }))).rejects.toBeInstanceOf(
      ConcurrentUpdateError,
    );
    expect(proxy.stats().faults['PutItem answer-lost'] ?? 0).toBe(lostBefore + 1);
    await expect(store.create(application)).rejects.toBeInstanceOf(ConcurrentUpdateError);
    expect((await store.get(application.userId, application.id))?.notes).toEqual(['theirs']);
  });
});
