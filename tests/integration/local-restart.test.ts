// The local stack restarts on its own data folder: `npm start` a second time finds its bucket,
// table, schedule group and raw mail already there, and carries on with them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/stack.ts';

const quiet = { info() {}, warn() {} };

describe('local stack restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'followup-restart-'));
  const tableName = `followup-${Math.random().toString(36).slice(2, 10)}`;
  const start = () =>
    startLocalStack({
      dataDir,
      dynamodbEndpoint: inject('dynamodbEndpoint'),
      tableName,
      ports: { dynamodb: 0, ses: 0, smtp: 0, scheduler: 0, s3: 0, control: 0 },
      logger: quiet,
    });
  const s3Of = (stack: LocalStack) =>
    new S3Client({
      region: 'us-east-1',
      endpoint: stack.endpoints.s3,
      forcePathStyle: true,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts again on the data of an earlier run, keeping it', async () => {
    // The suites run stacks one after another in a worker: each leaves the environment as it was.
    const environment = { ...process.env };
    const first = await start();
    expect(process.env.FOLLOWUP_TABLE_NAME).toBe(tableName);
    const bucket = first.config.FOLLOWUP_RAW_MAIL_BUCKET;
    const secret = first.config.FOLLOWUP_REPLY_SECRET;
    try {
      await s3Of(first).send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: 'inbound/kept',
          Body: 'Subject: kept\r\n\r\n',
        }),
      );
    } finally {
      await first.close();
    }
    expect({ ...process.env }).toEqual(environment);

    const second = await start();
    try {
      const listed = await s3Of(second).send(new ListObjectsV2Command({ Bucket: bucket }));
      expect(listed.Contents?.map((object) => object.Key)).toEqual(['inbound/kept']);
      expect(second.config.FOLLOWUP_REPLY_SECRET).toBe(secret);
      // A cold start on this stack's environment, not the first stack's functions again.
      expect(second.handlers.inbound).not.toBe(first.handlers.inbound);
    } finally {
      await second.close();
    }
  });
});
