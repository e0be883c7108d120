// No draft is lost unsaid to a fault: a send whose function died mid-way may be out, so the next
// firing once its lease is over sends it not again but tells the user; a milestone whose firings all failed (dead-lettered, still PENDING past its
// due time) is scheduled again by the next reconcile; a hung service times out instead of holding
// the handler. Real DynamoDB Local, SES emulator and Scheduler emulator throughout.
import { createServer, type Server } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  DeleteScheduleGroupCommand,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbStore } from '../../functions/adapters/dynamodb-store.ts';
import { sdkClientOptions } from '../../functions/adapters/sdk-client.ts';
import { createSesClient, createSesMailer } from '../../functions/adapters/ses-mailer.ts';
import { claimMilestone, markHanded, SEND_LEASE_MS } from '../../functions/core/application.ts';
import { MailOutcomeUnknownError } from '../../functions/core/errors.ts';
import type { ApplicationStore } from '../../functions/core/ports.ts';
import { invoke, type LambdaHandler } from '../../local/lambda.ts';
import { HOUR, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';
const local = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

describe('milestones after a fault', () => {
  let stack: TestStack;
  let store: ApplicationStore;
  let milestone: LambdaHandler;
  const drafts = async () =>
    (await stack.mail()).filter((mail) => mail.subject?.startsWith('Ready to send:'));

  beforeAll(async () => {
    stack = await startTestStack();
    store = createDynamoDbStore(
      new DynamoDBClient({ ...local, endpoint: stack.endpoints.dynamodb }),
      stack.config.FOLLOWUP_TABLE_NAME ?? '',
    );
    milestone = stack.handlers.milestone;
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    await stack.send(await readFixture('mail/confirmation-simple.eml'));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('tells, not sends again, a draft whose function died mid-send, once its lease is over', async () => {
    const [application] = await stack.applications(USER);
    if (!application) throw new Error('the confirmation opened no application');
    const thankYou = application.milestones.find((m) => m.kind === 'thank-you');
    if (!thankYou) throw new Error('no thank-you milestone');
    const ref = { userId: USER, applicationId: application.id, milestoneId: thankYou.id };

    // The claim a function stored, marked handed to SES, just before it died.
    const diedAt = new Date(Date.parse(thankYou.due) + HOUR);
    stack.clock.set(diedAt);
    const claim = claimMilestone(application, thankYou.id, diedAt);
    if (!claim.claimed) throw new Error('expected the milestone to be claimable');
    const handed = markHanded(claim.application, claim.milestone, diedAt);
    if (!handed) throw new Error('expected the claim to be ours');
    await store.save(claim.application);
    await store.save(handed);

    // Within the lease the send may still be under way: nothing is sent twice.
    expect(await invoke(milestone, 'followup-milestone', ref)).toEqual({ outcome: 'not-pending' });
    expect(await drafts()).toHaveLength(0);

    // After the lease it may have died before or after SES took the draft: the user is told, once.
    stack.clock.set(new Date(diedAt.getTime() + SEND_LEASE_MS));
    expect(await invoke(milestone, 'followup-milestone', ref)).toEqual({ outcome: 'unconfirmed' });
    expect(await invoke(milestone, 'followup-milestone', ref)).toEqual({ outcome: 'not-pending' });
    await stack.fireDue();
    expect(await drafts()).toHaveLength(0);
    const told = (await stack.mail()).filter((mail) => mail.subject?.startsWith('Did it arrive?'));
    expect(told.map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Did it arrive\? Thank-you note to /),
    ]);
    const [after] = await stack.applications(USER);
    expect(after?.milestones.find((m) => m.id === thankYou.id)).toMatchObject({
      state: 'SENT',
      unconfirmed: { told: true },
    });
    expect(after?.milestones.find((m) => m.id === thankYou.id)?.sending).toBeUndefined();
  });

  it('schedules again a milestone whose firings all failed, on the next command', async () => {
    const [application] = await stack.applications(USER);
    if (!application) throw new Error('no application');
    const followUp = application.milestones.find(
      (m) => m.state === 'PENDING' && m.kind !== 'close-out',
    );
    if (!followUp) throw new Error('no pending follow-up');
    const name = `${application.id}-${followUp.id}`;
    expect(await stack.scheduleNames()).toContain(name);

    // Its firings failed into the dead-letter queue: the schedule is gone, the milestone PENDING.
    const scheduler = new SchedulerClient({ ...local, endpoint: stack.endpoints.scheduler });
    await scheduler.send(new DeleteScheduleCommand({ GroupName: 'followup', Name: name }));
    stack.clock.set(new Date(Date.parse(followUp.due) + 2 * HOUR));
    await stack.fireDue();
    const before = (await drafts()).length;

    // A reply that changes nothing reconciles the application's schedules.
    const [acknowledgment] = await stack.mail();
    const replyTo = acknowledgment?.replyTo?.[0]?.address ?? '';
    const resume = (await readFixture('replies/stop-gmail.eml'))
      .toString('utf8')
      .replaceAll('Stop.', 'resume')
      .replace(/^Message-ID: <[^>]+>/m, 'Message-ID: <resume-recovery@mail.gmail.example>');
    await stack.send(resume, { from: USER, to: replyTo });
    expect(await stack.scheduleNames()).toContain(name);

    await stack.advance(2 * 60 * 1000);
    const [after] = await stack.applications(USER);
    expect(after?.milestones.find((m) => m.id === followUp.id)?.state).toBe('SENT');
    expect((await drafts()).length).toBe(before + 1);
  });

  it('gives up on a service that never answers instead of waiting on it', async () => {
    // Accepts connections and never answers: a hung SES endpoint.
    const sockets: import('node:net').Socket[] = [];
    const hung: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const address = hung.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const client = createSesClient({
        ...local,
        ...sdkClientOptions({ connectionMs: 500, requestMs: 500 }),
        endpoint: `http://127.0.0.1:${port}`,
      });
      const mailer = createSesMailer(client);
      const raw = new TextEncoder().encode('Subject: hi\r\n\r\nhello\r\n');
      // Timed out once, and not tried again: the request went out, so SES may have it.
      const failed = mailer.send({ from: 'interviews@followup.example.com', to: USER, raw });
      await expect(failed).rejects.toBeInstanceOf(MailOutcomeUnknownError);
      await expect(failed).rejects.toMatchObject({ cause: { name: 'TimeoutError' } });
      expect(sockets).toHaveLength(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => hung.close(resolve));
    }
  });

  // The delivery fails (451 here, a failed Lambda on AWS) so it is retried; the retry finds the
  // stored application, schedules it and acknowledges it: never stored, silent and unscheduled.
  it('fails a confirmation while the Scheduler refuses; its retry schedules and acknowledges', async () => {
    const scheduler = new SchedulerClient({ ...local, endpoint: stack.endpoints.scheduler });
    await scheduler.send(new DeleteScheduleGroupCommand({ Name: 'followup' }));
    const mailBefore = (await stack.mail()).length;
    const earlier = (await stack.applications(USER)).map((a) => a.id);
    const confirmation = await readFixture('mail/apple-mail-us-dst.eml');
    await expect(stack.send(confirmation)).rejects.toThrow(/451/);
    expect(await stack.mail()).toHaveLength(mailBefore);

    await scheduler.send(new CreateScheduleGroupCommand({ Name: 'followup' }));
    await stack.send(confirmation);
    const added = (await stack.applications(USER)).filter((a) => !earlier.includes(a.id));
    expect(added).toHaveLength(1);
    const names = (added[0]?.milestones ?? [])
      .filter((m) => m.state === 'PENDING')
      .map((m) => `${added[0]?.id}-${m.id}`);
    expect(names.length).toBeGreaterThan(0);
    expect(await stack.scheduleNames()).toEqual(names.sort());
    expect(await stack.mail()).toHaveLength(mailBefore + 1);
  });
});
