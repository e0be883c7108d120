// The inbound edge through the local stack: a delivery that finds its message leased by another
// attempt fails (so it is retried) instead of being dropped, and is handled once the lease ran
// out; the user's own auto-replies are dropped silently; a confirmation sent to an
// application's reply address is its next round; a command's receipt time is the local clock's,
// and a retried event keeps it however late.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbStore } from '../../functions/adapters/dynamodb-store.ts';
import { MESSAGE_LEASE_MS } from '../../functions/core/use-cases/handle-inbound-mail.ts';
import { invoke } from '../../local/lambda.ts';
import { asNewMessage } from '../support/correspondents.ts';
import { readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';
const OTHER = 'priya.n@example.org';
const BASE = new Date('2026-12-01T12:00:00Z');

describe('the inbound edge', () => {
  let stack: TestStack;
  let confirmation: string;
  let sent = 0;

  /** The confirmation as a new message of `user`'s, Message-ID replaced. */
  const asNew = (raw: string, user = USER) =>
    raw
      .replace(/^From: .*$/m, `From: ${user}`)
      .replace(/^Message-ID: <[^>]+>/m, `Message-ID: <edge-${++sent}@mail.example>`);

  const mailsTo = async (user: string) =>
    (await stack.mail()).filter((mail) => mail.to?.some((to) => to.address === user));

  beforeAll(async () => {
    stack = await startTestStack();
    stack.clock.set(BASE);
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('retries, not drops, a message another attempt holds; handles it once its lease ran out', async () => {
    const raw = asNew(confirmation, OTHER);
    // An attempt that crashed (a timeout) right after it leased the message.
    const store = createDynamoDbStore(
      new DynamoDBClient({
        region: 'us-east-1',
        endpoint: stack.endpoints.dynamodb,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
      stack.config.FOLLOWUP_TABLE_NAME ?? 'followup',
    );
    const now = stack.clock.now();
    expect(
      await store.leaseMessage(`edge-${sent}@mail.example`, {
        now,
        leaseUntil: new Date(now.getTime() + MESSAGE_LEASE_MS),
        expiresAt: new Date(now.getTime() + 86_400_000),
      }),
    ).toBe('claimed');

    // The redelivery while the lease runs fails (SMTP 451 here; a Lambda error on AWS).
    await expect(stack.send(raw)).rejects.toThrow(/451/);
    expect(await mailsTo(OTHER)).toHaveLength(0);
    expect(await stack.applications(OTHER)).toEqual([]);

    stack.clock.set(new Date(now.getTime() + MESSAGE_LEASE_MS + 1000));
    await stack.send(raw);
    expect(await stack.applications(OTHER)).toHaveLength(1);
    expect(await mailsTo(OTHER)).toHaveLength(1);

    // Done is done: a later redelivery changes nothing and answers nothing.
    await stack.send(raw);
    expect(await stack.applications(OTHER)).toHaveLength(1);
    expect(await mailsTo(OTHER)).toHaveLength(1);
  });

  it("drops the user's own vacation responder answering followup, whatever header it uses", async () => {
    stack.clock.set(BASE);
    await stack.send(asNew(confirmation));
    const [application] = await stack.applications(USER);
    const replyTo = (await mailsTo(USER)).at(-1)?.replyTo?.[0]?.address ?? '';
    expect(replyTo).toContain('+');
    const before = (await mailsTo(USER)).length;

    const responder = (header: string, to: string, body = 'I am out of the office until Monday.') =>
      [
        `From: Alex Rivera <${USER}>`,
        `To: ${to}`,
        'Subject: Automatic reply: Your thank-you draft for Harborview Labs',
        'Date: Tue, 1 Dec 2026 07:05:00 -0500',
        `Message-ID: <vacation-${++sent}@mail.example>`,
        header,
        'Content-Type: text/plain; charset=UTF-8',
        '',
        body,
        '',
      ].join('\r\n');
    await stack.send(responder('Auto-Submitted: auto-replied', replyTo));
    await stack.send(responder('Auto-Submitted: Auto-Generated (vacation)', replyTo));
    await stack.send(responder('X-Autoreply: yes', replyTo));
    await stack.send(responder('X-Autorespond: Out of office', 'interviews@followup.example.com'));
    await stack.send(responder('Precedence: auto_reply', replyTo));

    expect(await mailsTo(USER)).toHaveLength(before);
    expect(await stack.applications(USER)).toEqual([application]);

    // `Auto-Submitted: no` is a person writing: that `stop` is acted on.
    await stack.send(responder('Auto-Submitted: no', replyTo, 'stop'));
    expect(await mailsTo(USER)).toHaveLength(before + 1);
    expect((await stack.applications(USER))[0]?.status).toBe('CLOSED');
  });

  it("plans a confirmation sent to an application's reply address as its next round", async () => {
    stack.clock.set(new Date('2026-12-11T15:00:00Z'));
    const user = OTHER;
    const [application] = await stack.applications(user);
    if (!application) throw new Error('no application');
    const replyTo = (await mailsTo(user)).at(-1)?.replyTo?.[0]?.address ?? '';
    expect(replyTo).toContain('+');
    const before = (await mailsTo(user)).length;

    const nextRound = asNew(confirmation, user)
      .replace(/December 10, 2026 at 2:00 PM/g, 'December 17, 2026 at 11:00 AM')
      .replace(/^Date: .*$/m, 'Date: Fri, 11 Dec 2026 09:50:00 -0500');
    await stack.send(nextRound, { from: user, to: replyTo });

    const [changed, ...others] = await stack.applications(user);
    expect(others).toHaveLength(0);
    expect(changed?.id).toBe(application.id);
    expect(changed?.interviews.map((interview) => interview.start)).toEqual([
      '2026-12-10T14:00:00-05:00',
      '2026-12-17T11:00:00-05:00',
    ]);
    // The new round brings its own thank-you, planned after it.
    const thankYous = changed?.milestones.filter(
      (m) => m.kind === 'thank-you' && m.state === 'PENDING',
    );
    expect(thankYous?.some((m) => Date.parse(m.due) > Date.parse('2026-12-17T16:00:00Z'))).toBe(
      true,
    );
    // (The first round's thank-you draft may fire meanwhile: the clock is past that interview.)
    const answers = (await mailsTo(user)).slice(before);
    expect(answers.filter((mail) => /next-round invitation/.test(mail.subject ?? ''))).toHaveLength(
      1,
    );
    expect(answers.filter((mail) => /could not find/i.test(mail.text ?? ''))).toEqual([]);

    // The same confirmation again: handled once.
    await stack.send(nextRound, { from: user, to: replyTo });
    expect((await stack.applications(user))[0]?.interviews).toHaveLength(2);
  });

  // SES's `mail.timestamp` is the receipt time every retry of the event carries: the local intake
  // stamps the local clock's, and a Date is believed within 15 minutes of it, not of the handling.
  it("takes a command's receipt time from the local clock; a retried event keeps it", async () => {
    stack.clock.set(BASE);
    const reply = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
    const command = (verb: string, id: string) =>
      asNewMessage(reply.replaceAll('Stop.', verb), {
        from: USER,
        messageId: `edge-${id}@mail.example`,
        date: stack.clock.now(),
      });
    const known = new Set((await stack.applications(USER)).map((a) => a.id));
    await stack.send(asNew(confirmation));
    const replyTo = (await mailsTo(USER)).at(-1)?.replyTo?.[0]?.address ?? '';
    const ours = async () => (await stack.applications(USER)).find((a) => !known.has(a.id));
    await stack.send(command('pause', 'pause-1'), { from: USER, to: replyTo });
    expect((await ours())?.status).toBe('PAUSED');

    await stack.advance(60_000);
    // The second pause, received now; its event's first attempts fail.
    const sesMessageId = 'retriedpause00000001';
    const receivedAt = stack.clock.now();
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: stack.endpoints.s3,
      forcePathStyle: true,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await s3.send(
      new PutObjectCommand({
        Bucket: stack.config.FOLLOWUP_RAW_MAIL_BUCKET,
        Key: `${stack.config.FOLLOWUP_RAW_MAIL_PREFIX}${sesMessageId}`,
        Body: command('pause', 'pause-2'),
      }),
    );
    await stack.advance(5 * 60_000);
    const resumeWritten = stack.clock.now();
    await stack.send(command('resume', 'resume'), { from: USER, to: replyTo });
    const resumed = await ours();
    expect(resumed?.status).toBe('OPEN');
    // Its Date, to the second: the receipt the intake stamped is the local clock's.
    expect(
      Math.abs(Date.parse(resumed?.resumedWrittenAt ?? '') - resumeWritten.getTime()),
    ).toBeLessThan(2_000);

    // Half an hour later (throttled, it waited in Lambda's queue), the event is retried as sent.
    await stack.advance(30 * 60_000);
    const pass = { status: 'PASS' };
    const event = {
      Records: [
        {
          eventSource: 'aws:ses',
          ses: {
            mail: { messageId: sesMessageId, source: USER, timestamp: receivedAt.toISOString() },
            receipt: {
              recipients: [replyTo],
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
    await invoke(stack.handlers.inbound, 'followup-inbound', event);
    expect((await ours())?.status).toBe('OPEN');
    expect((await mailsTo(USER)).at(-1)?.subject).toMatch(
      /^Done: Not paused: you replied resume after writing this/,
    );
  });
});
