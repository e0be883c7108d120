// DynamoDB's TTL, played on the local clock: the local table has none (DynamoDB Local would expire
// on real time), so the stack's sweep deletes what expired by local now after each clock move.
// A closed application stays in `status` until its retention is over on the local clock, and
// then goes, as it would on AWS; what has not expired stays.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbStore } from '../../functions/adapters/dynamodb-store.ts';
import { closeApplication } from '../../functions/core/application.ts';
import type { ApplicationStore } from '../../functions/core/ports.ts';
import { DAY } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';
import { openAcme } from '../support/samples.ts';

const USER = 'alex@example.net';

describe('local expiry on the local clock', () => {
  let stack: TestStack;
  let store: ApplicationStore;

  beforeAll(async () => {
    stack = await startTestStack();
    store = createDynamoDbStore(
      new DynamoDBClient({
        region: 'us-east-1',
        endpoint: stack.endpoints.dynamodb,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
      stack.config.FOLLOWUP_TABLE_NAME ?? '',
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps a closed application its 30 days on the local clock, then deletes it; an open one stays', async () => {
    // The local clock years before real time: DynamoDB Local's own TTL would have taken it at once.
    stack.clock.set(new Date('2020-03-01T12:00:00Z'));
    const now = stack.clock.now();
    const open = openAcme(now, 'open-1@example.net');
    const closed = closeApplication(openAcme(now, 'closed-1@example.net'), now).application;
    await store.create(open);
    await store.create(closed);
    await store.recordRawMail(USER, 'inbound/abc', new Date(now.getTime() + 32 * DAY));

    await stack.advance(29 * DAY);
    expect((await stack.applications(USER)).map((a) => a.id).sort()).toEqual(
      [open.id, closed.id].sort(),
    );
    await stack.advance(2 * DAY);
    expect((await stack.applications(USER)).map((a) => a.id)).toEqual([open.id]);
    expect(await store.rawMailOf(USER)).toEqual(['inbound/abc']);
    await stack.advance(DAY);
    expect(await store.rawMailOf(USER)).toEqual([]);
    expect((await stack.applications(USER)).map((a) => a.id)).toEqual([open.id]);
  });
});
