// Store adapter (DynamoDB): one item per application, so every state change is one conditional
// write guarded by `version` — no transactions, the same on DynamoDB Local and dynalite.
// Keys: pk USER#<user> / sk APP#<id> (and sk PROFILE for the user's settings); inbound
// Message-IDs: pk MSG#<messageKey> / sk MSG with a TTL (IN_PROGRESS under a lease, then DONE),
// and sk ROUTE, the application a command mail acts on, apart so that a release keeps it; the
// user's raw mail: sk RAW#<object key> in the user's partition, with a TTL; the users admins
// allowed: pk ROSTER / sk USER#<address>, one small item each, listed by one Query.
// Forgetting a user is one Query on their pk (their place on the roster is not their data).
// An application is stored packed: its JSON deflated into one binary `body`, beside the keys and
// what DynamoDB itself reads (`version` for the conditional write, `expiresAt` for TTL) and its
// `status`. Writes are billed per started KB of the item: a 2-4 KB application as nested maps
// costs 3-4 units a write, packed 1 (items written before packing are still read as they are).
// Each conditional write stamps the item with a random `writeId`: a write can land while its
// answer is lost, and the SDK's retry then fails its own condition; finding its own stamp there,
// the write is done, not lost to a concurrent one (conditionalPut).
import { randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentUpdateError } from '../core/errors.ts';
import { messageKey } from '../core/message-key.ts';
import type { AllowedUser, Application, UserProfile } from '../core/model.ts';
import type { ApplicationStore } from '../core/ports.ts';

export const TABLE_KEYS = { partition: 'pk', sort: 'sk', ttl: 'expiresAt' } as const;

const userKey = (userId: string) => `USER#${userId.toLowerCase()}`;
const applicationKey = (applicationId: string) => `APP#${applicationId}`;
const PROFILE_KEY = 'PROFILE';
const ROSTER_KEY = 'ROSTER';
const rosterEntryKey = (address: string) => ({
  pk: ROSTER_KEY,
  sk: `USER#${address.toLowerCase()}`,
});
const RAW_MAIL_KEY = 'RAW#';
const messageRecordKey = (messageId: string) => `MSG#${messageKey(messageId)}`;

function toItem(application: Application) {
  return {
    pk: userKey(application.userId),
    sk: applicationKey(application.id),
    version: application.version,
    status: application.status,
    ...(application.expiresAt === undefined ? {} : { expiresAt: application.expiresAt }),
    body: deflateRawSync(JSON.stringify(application)),
  };
}

function fromItem(item: Record<string, unknown>): Application {
  if (item.body instanceof Uint8Array) {
    return JSON.parse(inflateRawSync(item.body).toString('utf8')) as Application;
  }
  const { pk: _pk, sk: _sk, writeId: _writeId, ...application } = item;
  return application as unknown as Application;
}

export function createDynamoDbStore(client: DynamoDBClient, tableName: string): ApplicationStore {
  const documents = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });

  /**
   * Puts `item` if `condition` holds; else what is stored instead. A condition failing against
   * this very write (it landed, its answer was lost, the SDK sent it again) is the write done.
   */
  async function conditionalPut(
    item: Record<string, unknown> & { pk: string; sk: string },
    condition: Pick<
      PutCommandInput,
      'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    >,
  ): Promise<{ written: true } | { written: false; current: Record<string, unknown> | undefined }> {
    const writeId = randomBytes(12).toString('base64url');
    try {
      await documents.send(
        new PutCommand({ TableName: tableName, Item: { ...item, writeId }, ...condition }),
      );
      return { written: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const { Item } = await documents.send(
        new GetCommand({
          TableName: tableName,
          Key: { pk: item.pk, sk: item.sk },
          ConsistentRead: true,
        }),
      );
      return Item?.writeId === writeId ? { written: true } : { written: false, current: Item };
    }
  }

  /** Every item a consistent Query on the table finds, page after page. */
  async function queryAll(
    query: Pick<
      QueryCommandInput,
      'KeyConditionExpression' | 'ExpressionAttributeValues' | 'ProjectionExpression'
    >,
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await documents.send(
        new QueryCommand({
          ...query,
          TableName: tableName,
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  return {
    async get(userId, applicationId) {
      const { Item } = await documents.send(
        new GetCommand({
          TableName: tableName,
          Key: { pk: userKey(userId), sk: applicationKey(applicationId) },
          ConsistentRead: true,
        }),
      );
      return Item ? fromItem(Item) : undefined;
    },

    async listByUser(userId) {
      const items = await queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :app)',
        ExpressionAttributeValues: { ':pk': userKey(userId), ':app': 'APP#' },
      });
      return items.map(fromItem);
    },

    async create(application) {
      const put = await conditionalPut(toItem(application), {
        ConditionExpression: 'attribute_not_exists(pk)',
      });
      if (!put.written)
        throw new ConcurrentUpdateError(`application ${application.id} already exists`);
    },

    async save(application) {
      const put = await conditionalPut(toItem(application), {
        ConditionExpression: 'version = :previous',
        ExpressionAttributeValues: { ':previous': application.version - 1 },
      });
      if (!put.written)
        throw new ConcurrentUpdateError(`application ${application.id} changed meanwhile`);
    },

    async getProfile(userId) {
      const { Item } = await documents.send(
        new GetCommand({
          TableName: tableName,
          Key: { pk: userKey(userId), sk: PROFILE_KEY },
          ConsistentRead: true,
        }),
      );
      return Item ? (fromItem(Item) as unknown as UserProfile) : undefined;
    },

    async saveProfile(profile) {
      const version = profile.version ?? 1;
      const put = await conditionalPut(
        { pk: userKey(profile.userId), sk: PROFILE_KEY, ...profile, version },
        version === 1
          ? { ConditionExpression: 'attribute_not_exists(pk) OR attribute_not_exists(version)' }
          : {
              ConditionExpression: 'version = :previous',
              ExpressionAttributeValues: { ':previous': version - 1 },
            },
      );
      if (!put.written) throw new ConcurrentUpdateError('the profile changed meanwhile');
    },

    async deleteUser(userId) {
      // A Query on the user's partition (applications and profile), never a scan.
      const keys = (await queryAll({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': userKey(userId) },
        ProjectionExpression: 'pk, sk',
      })) as Array<{ pk: string; sk: string }>;
      // One DeleteItem each: a user has a handful of items, and the functions' role grants no
      // batch writes.
      for (const Key of keys) {
        await documents.send(new DeleteCommand({ TableName: tableName, Key }));
      }
      return keys.filter((key) => key.sk.startsWith('APP#')).length;
    },

    async getAllowedUser(address) {
      const { Item } = await documents.send(
        new GetCommand({
          TableName: tableName,
          Key: rosterEntryKey(address),
          ConsistentRead: true,
        }),
      );
      return Item ? (fromItem(Item) as unknown as AllowedUser) : undefined;
    },

    async putAllowedUser(user) {
      const address = user.address.toLowerCase();
      await documents.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...rosterEntryKey(address), ...user, address },
        }),
      );
    },

    async deleteAllowedUser(address) {
      await documents.send(
        new DeleteCommand({ TableName: tableName, Key: rosterEntryKey(address) }),
      );
    },

    async listAllowedUsers() {
      const items = await queryAll({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': ROSTER_KEY },
      });
      return items.map((item) => fromItem(item) as unknown as AllowedUser);
    },

    async recordRawMail(userId, key, expiresAt) {
      await documents.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            pk: userKey(userId),
            sk: `${RAW_MAIL_KEY}${key}`,
            expiresAt: Math.floor(expiresAt.getTime() / 1000),
          },
        }),
      );
    },

    async rawMailOf(userId) {
      const items = (await queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :raw)',
        ExpressionAttributeValues: { ':pk': userKey(userId), ':raw': RAW_MAIL_KEY },
        ProjectionExpression: 'sk',
      })) as Array<{ sk: string }>;
      return items.map((item) => item.sk.slice(RAW_MAIL_KEY.length));
    },

    async claimMessage(messageId, expiresAt) {
      const put = await conditionalPut(
        {
          pk: messageRecordKey(messageId),
          sk: 'MSG',
          expiresAt: Math.floor(expiresAt.getTime() / 1000),
        },
        { ConditionExpression: 'attribute_not_exists(pk)' },
      );
      return put.written;
    },

    async leaseMessage(messageId, lease) {
      const key = { pk: messageRecordKey(messageId), sk: 'MSG' };
      const put = await conditionalPut(
        {
          ...key,
          status: 'IN_PROGRESS',
          leaseUntil: lease.leaseUntil.getTime(),
          expiresAt: Math.floor(lease.expiresAt.getTime() / 1000),
        },
        {
          // New, or left in progress by an attempt whose lease ran out.
          ConditionExpression:
            'attribute_not_exists(pk) OR (#status = :inProgress AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':inProgress': 'IN_PROGRESS',
            ':now': lease.now.getTime(),
          },
        },
      );
      if (put.written) return 'claimed';
      const Item = put.current;
      // Gone meanwhile (a failed attempt released it): the caller's retry will claim it.
      if (!Item || Item.status === 'IN_PROGRESS') return 'in-progress';
      // DONE, or a record of a one-shot claim from before leases: handled.
      return 'done';
    },

    async completeMessage(messageId, expiresAt) {
      await documents.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            pk: messageRecordKey(messageId),
            sk: 'MSG',
            status: 'DONE',
            expiresAt: Math.floor(expiresAt.getTime() / 1000),
          },
        }),
      );
    },

    async routeMessage(messageId, applicationId, expiresAt) {
      const put = await conditionalPut(
        {
          pk: messageRecordKey(messageId),
          sk: 'ROUTE',
          expiresAt: Math.floor(expiresAt.getTime() / 1000),
          ...(applicationId === null ? {} : { applicationId }),
        },
        { ConditionExpression: 'attribute_not_exists(pk)' },
      );
      if (put.written) return applicationId;
      const recorded = put.current?.applicationId;
      return typeof recorded === 'string' ? recorded : null;
    },

    async releaseMessage(messageId) {
      await documents.send(
        new DeleteCommand({
          TableName: tableName,
          Key: { pk: messageRecordKey(messageId), sk: 'MSG' },
        }),
      );
    },
  };
}

/**
 * Creates the table as infra/ defines it, for the local stack and tests (on AWS, CloudFormation
 * owns it, with TTL on `expiresAt`). Locally TTL stays off: DynamoDB Local expires items on the
 * real clock, while the local stack runs on its own movable clock, so a clock set in the past
 * would see its leases, de-duplication records and applications vanish at random; local/expiry.ts
 * plays the TTL on the local clock instead.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: TABLE_KEYS.partition, AttributeType: 'S' },
        { AttributeName: TABLE_KEYS.sort, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: TABLE_KEYS.partition, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sort, KeyType: 'RANGE' },
      ],
    }),
  );
}
