// The Mailer contract against the SES adapter on aws-ses-v2-local, the RawMailStore contract
// against the S3 adapter on the local S3 stand-in, and both against the in-memory ports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { createS3RawMailStore } from '../../functions/adapters/s3-raw-mail.ts';
import { createSesMailer, sesMessageIdOf } from '../../functions/adapters/ses-mailer.ts';
import { startS3 } from '../../local/services/s3.ts';
import { listSentMail, startSes } from '../../local/services/ses.ts';
import { createMemoryMailer } from '../support/in-memory/mailer.ts';
import { createMemoryRawMail } from '../support/in-memory/raw-mail.ts';
import { describeMailerContract, describeRawMailContract } from './mail.contract.ts';

const local = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};
const quiet = { info() {}, warn() {} };
const BUCKET = 'followup-raw-mail';

describeMailerContract('SES adapter on aws-ses-v2-local', async () => {
  const ses = await startSes({ port: 0, logger: quiet });
  const mailer = createSesMailer(new SESv2Client({ ...local, endpoint: ses.endpoint }));
  return {
    mailer,
    async sentRaw(messageId) {
      // The emulator lists SES's own id; the mailer answers with it as recipients see it.
      return (await listSentMail(ses.endpoint)).find(
        (mail) => sesMessageIdOf(mail.messageId) === messageId,
      )?.raw;
    },
    close: () => ses.close(),
  };
});

describeMailerContract('in memory', async () => {
  const mailer = createMemoryMailer();
  return {
    mailer,
    sentRaw: async (messageId) => mailer.sent().find((mail) => mail.messageId === messageId)?.raw,
    close: async () => {},
  };
});

describeRawMailContract('S3 adapter on the local S3 stand-in', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'followup-s3-contract-'));
  const s3 = await startS3({ port: 0, dataDir, buckets: [BUCKET], logger: quiet });
  const client = new S3Client({ ...local, endpoint: s3.endpoint, forcePathStyle: true });
  return {
    rawMail: createS3RawMailStore(client, BUCKET),
    async put(key, raw) {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: raw }));
    },
    async close() {
      await s3.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});

describeRawMailContract('in memory', async () => {
  const rawMail = createMemoryRawMail();
  return {
    rawMail,
    put: async (key, raw) => rawMail.put(key, raw),
    close: async () => {},
  };
});
