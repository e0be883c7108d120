// The local stack restarts on its own data folder: `npm start` a second time finds its bucket,
// table, schedule group and raw mail already there, and carries on with them, and with the
// milestone retries Lambda's queue held (a failed firing is retried after the restart).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { LOCAL_INTAKE_ADDRESS, LOCAL_USERS } from '../../local/defaults.ts';
import { deliver } from '../../local/forward.ts';
import { ASYNC_RETRY_DELAYS_MS } from '../../local/lambda-async.ts';
import { listSentMail } from '../../local/services/ses.ts';
import { type LocalStack, startLocalStack } from '../../local/stack.ts';
import { asNewMessage, DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';

const quiet = { info() {}, warn() {} };

describe('local stack restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'followup-restart-'));
  const tableName = `followup-${Math.random().toString(36).slice(2, 10)}`;
  const start = (faults?: { seed: number }) =>
    startLocalStack({
      dataDir,
      dynamodbEndpoint: inject('dynamodbEndpoint'),
      tableName,
      ports: { dynamodb: 0, ses: 0, smtp: 0, scheduler: 0, s3: 0, control: 0 },
      logger: quiet,
      // Firing only when a test fires: the retry waits for the restart.
      schedulerTickMs: 0,
      ...(faults ? { faults } : {}),
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

  it('runs after a restart the retry of a firing that failed before it', {
    timeout: 120_000,
  }, async () => {
    const user = LOCAL_USERS[0];
    const drafts = async (stack: LocalStack) =>
      (await listSentMail(stack.endpoints.ses)).filter((mail) =>
        mail.subject.startsWith('Ready to send: thank-you'),
      );
    const first = await start({ seed: 14 });
    let thankYou: Application['milestones'][number] | undefined;
    try {
      first.clock.set(DEC_1_2026_7AM_NEW_YORK);
      const confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
      await deliver({
        raw: asNewMessage(confirmation, {
          from: user,
          date: first.clock.now(),
          messageId: `restart-${Date.now()}@example.net`,
        }),
        from: user,
        to: LOCAL_INTAKE_ADDRESS,
        port: first.ports.smtp,
      });
      const response = await fetch(
        `${first.endpoints.control}/applications?user=${encodeURIComponent(user)}`,
      );
      const { applications } = (await response.json()) as { applications: Application[] };
      thankYou = applications[0]?.milestones.find((m) => m.kind === 'thank-you');
      if (!thankYou) throw new Error('no thank-you planned');
      // SES refuses the draft: the firing fails, and Lambda's queue holds its retry.
      first.faults?.ses.set([{ kind: 'server-error', operations: ['SendEmail'] }]);
      first.clock.set(new Date(Date.parse(thankYou.due) + 1_000));
      await first.fireDue();
      expect(await drafts(first)).toEqual([]);
    } finally {
      await first.close();
    }

    const second = await start();
    try {
      second.clock.advance(ASYNC_RETRY_DELAYS_MS[0]);
      await second.fireDue();
      expect(await drafts(second)).toHaveLength(1);
      expect(second.milestoneFailures()).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
