// The ApplicationStore contract against AWS's DynamoDB Local (the adapter the functions run on)
// and against the in-memory store the use-case tests run on.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createDynamoDbStore, ensureTable } from '../../functions/adapters/dynamodb-store.ts';
import { createMemoryStore } from '../support/in-memory/store.ts';
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
