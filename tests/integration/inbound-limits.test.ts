// Mail past a limit gets one clear answer and never fails into retries. Over 10 MiB it is never
// buffered whole: the local intake refuses it with 552 (a permanent failure, so the sender stops)
// and the inbound handler drops an oversized stored message by its length, unread. A date far
// ahead reads as a time not given; an overlong display name is cut before it is stored.
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INBOUND_BYTES } from '../../functions/core/ports.ts';
import { invoke } from '../../local/lambda.ts';
import { readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';

/** A confirmation carrying an attachment that takes it to about `bytes`. */
function confirmationOfSize(confirmation: Buffer, bytes: number): string {
  const text = confirmation.toString('utf8');
  const headerEnd = text.indexOf('\r\n\r\n');
  const headers = text
    .slice(0, headerEnd)
    .split('\r\n')
    .filter((line) => !/^(content-type|content-transfer-encoding|mime-version):/i.test(line))
    .join('\r\n');
  const line = `${'QUJD'.repeat(19)}\r\n`;
  const attachment = line.repeat(Math.ceil(bytes / line.length));
  return [
    headers,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="limit-boundary"',
    '',
    '--limit-boundary',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Interview confirmed; the recording of the last call is attached.',
    '--limit-boundary',
    'Content-Type: application/octet-stream; name="recording.bin"',
    'Content-Transfer-Encoding: base64',
    '',
    attachment,
    '--limit-boundary--',
    '',
  ].join('\r\n');
}

describe('inbound mail over the size limit', () => {
  let stack: TestStack;
  let confirmation: Buffer;
  beforeAll(async () => {
    stack = await startTestStack();
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    confirmation = await readFixture('mail/confirmation-simple.eml');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('is refused by the intake with 552, and nothing is stored or sent', async () => {
    const large = confirmationOfSize(confirmation, MAX_INBOUND_BYTES + 1024 * 1024);
    expect(large.length).toBeGreaterThan(MAX_INBOUND_BYTES);
    // `deliver` says what the intake said, keeping the SMTP error as its cause.
    const refused = await stack.send(large).then(
      () => null,
      (error: { cause?: { responseCode?: number; response?: string } }) => error.cause,
    );
    expect(refused?.responseCode).toBe(552);
    // The reply states its code once.
    expect(refused?.response).toMatch(/^552 the message is larger than 10 MiB/);
    expect(await stack.applications(USER)).toEqual([]);
    expect(await stack.mail()).toHaveLength(0);
  });

  it('is dropped by the handler by its stored length, without a failure to retry', async () => {
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: stack.endpoints.s3,
      forcePathStyle: true,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const sesMessageId = 'oversizedmessage0001';
    await s3.send(
      new PutObjectCommand({
        Bucket: stack.config.FOLLOWUP_RAW_MAIL_BUCKET,
        Key: `${stack.config.FOLLOWUP_RAW_MAIL_PREFIX}${sesMessageId}`,
        Body: confirmationOfSize(confirmation, MAX_INBOUND_BYTES + 1024 * 1024),
      }),
    );
    const inbound = stack.handlers.inbound;
    const pass = { status: 'PASS' };
    const event = {
      Records: [
        {
          eventSource: 'aws:ses',
          ses: {
            mail: { messageId: sesMessageId, source: USER, timestamp: new Date().toISOString() },
            receipt: {
              recipients: [stack.config.FOLLOWUP_INTAKE_ADDRESS],
              spfVerdict: pass,
              dkimVerdict: pass,
              dmarcVerdict: pass,
              spamVerdict: pass,
              virusVerdict: pass,
            },
          },
        },
      ],
    };
    expect(await invoke(inbound, 'followup-inbound', event)).toEqual({ outcomes: ['too-large'] });
    expect(await stack.applications(USER)).toEqual([]);
    expect(await stack.mail()).toHaveLength(0);
  });

  it('still reads a confirmation with an attachment under the limit', async () => {
    await stack.send(confirmationOfSize(confirmation, 256 * 1024));
    expect(await stack.applications(USER)).toHaveLength(1);
    expect(await stack.mail()).toHaveLength(1);
  });

  it('answers an interview years ahead by asking for its time, and schedules nothing for it', async () => {
    const far = confirmation
      .toString('utf8')
      .replaceAll('December 10, 2026', 'December 10, 2150')
      .replace(/^Message-ID: <[^>]+>/m, 'Message-ID: <far-ahead@mail.gmail.example>');
    const before = (await stack.mail()).length;
    const known = (await stack.applications(USER)).map((a) => a.id);
    await stack.send(far);
    const added = (await stack.applications(USER)).filter((a) => !known.includes(a.id));
    expect(added).toHaveLength(1);
    expect(added[0]?.interviews[0]?.start).toBeNull();
    const dues = (added[0]?.milestones ?? []).map((m) => new Date(m.due).getUTCFullYear());
    expect(dues.every((year) => year <= 2028)).toBe(true);
    const mail = (await stack.mail()).slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text ?? '').toMatch(/time/i);
  });

  it('cuts a display name of 420 KB before storing the application', async () => {
    const name = 'A'.repeat(420 * 1024);
    const huge = confirmation
      .toString('utf8')
      .replace(/^From: Alex Rivera </m, `From: "${name}" <`)
      .replace(/^Message-ID: <[^>]+>/m, 'Message-ID: <long-name@mail.gmail.example>');
    const before = (await stack.mail()).length;
    const known = (await stack.applications(USER)).map((a) => a.id);
    await stack.send(huge);
    const added = (await stack.applications(USER)).filter((a) => !known.includes(a.id));
    expect(added).toHaveLength(1);
    expect(JSON.stringify(added[0]).length).toBeLessThan(64 * 1024);
    expect((await stack.mail()).slice(before)).toHaveLength(1);
  });
});
