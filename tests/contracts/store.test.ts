// The ApplicationStore contract against AWS's DynamoDB Local (the adapter the functions run on)
// and against the in-memory store the use-case tests run on; then how the DynamoDB adapter lays
// an application out (packed, and still reading items written before packing).
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { createDynamoDbStore, ensureTable } from '../../functions/adapters/dynamodb-store.ts';
import type { Application } from '../../functions/core/model.ts';
import { type DynamoItem, itemBytes } from '../../local/services/request-counter.ts';
import { createMemoryStore } from '../support/in-memory/store.ts';
import { applicationFixture } from '../unit/mail/fixtures.ts';
import { describeStoreContract } from './store.contract.ts';

describeStoreContract('DynamoDB Local', async () => {
  const client = new DynamoDBClient({
    region: 'us-east-1',
    endpoint: inject('dynamodbEndpoint'),
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const table = `store-${Math.random().toString(36).slice(2, 10)}`;
  await ensureTable(client, table);
  return createDynamoDbStore(client, table);
});

describeStoreContract('in memory', async () => createMemoryStore());

describe('DynamoDB Local: how an application is kept', () => {
  const client = new DynamoDBClient({
    region: 'us-east-1',
    endpoint: inject('dynamodbEndpoint'),
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
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
      ['body', 'expiresAt', 'pk', 'sk', 'status', 'version'].sort(),
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
