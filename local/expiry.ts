// The local stand-in for DynamoDB's TTL: DynamoDB Local would expire items on the real clock while
// the local stack runs on its own (local/clock.ts), so its table has no TTL and this sweep deletes
// the items whose `expiresAt` is past the local clock's now instead: after each clock move, and
// every minute. A Scan is fine here: it is the local table, and the functions never scan.
import { type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS } from '../functions/adapters/dynamodb-store.ts';
import type { Clock } from '../functions/core/ports.ts';

/** Deletes every item whose TTL attribute is at or before `now`; returns how many went. */
export async function sweepExpired(client: DynamoDBClient, tableName: string, now: Date) {
  const documents = DynamoDBDocumentClient.from(client);
  const { partition, sort, ttl } = TABLE_KEYS;
  let deleted = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: '#ttl <= :now',
        ExpressionAttributeNames: { '#ttl': ttl, '#pk': partition, '#sk': sort },
        ExpressionAttributeValues: { ':now': { N: String(Math.floor(now.getTime() / 1000)) } },
        ProjectionExpression: '#pk, #sk',
        ExclusiveStartKey: ExclusiveStartKey as never,
      }),
    );
    for (const item of page.Items ?? []) {
      const key = { [partition]: item[partition]?.S, [sort]: item[sort]?.S };
      // Only if it is still expired: a save since the scan may have renewed it.
      await documents
        .send(
          new DeleteCommand({
            TableName: tableName,
            Key: key,
            ConditionExpression: '#ttl <= :now',
            ExpressionAttributeNames: { '#ttl': ttl },
            ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
          }),
        )
        .then(
          () => {
            deleted += 1;
          },
          (error: unknown) => {
            if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
          },
        );
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return deleted;
}

/** Sweeps every `intervalMs` of real time (unref'd) and on demand; `sweep` runs one at a time. */
export function startExpirySweep(options: {
  client: DynamoDBClient;
  tableName: string;
  clock: Clock;
  intervalMs?: number;
}) {
  let running: Promise<number> = Promise.resolve(0);
  const sweep = () => {
    running = running
      .catch(() => 0)
      .then(() => sweepExpired(options.client, options.tableName, options.clock.now()));
    return running;
  };
  const timer = setInterval(() => {
    sweep().catch(() => {});
  }, options.intervalMs ?? 60_000);
  timer.unref();
  return {
    sweep,
    async close() {
      clearInterval(timer);
      await running.catch(() => {});
    },
  };
}
