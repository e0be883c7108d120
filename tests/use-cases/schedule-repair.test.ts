// DynamoDB is the source of truth: when a schedule is missing (its creation failed after the
// change was stored), the next command about the application — even one that changes nothing,
// such as the retry of the same mail — puts it back. Schedule writes of an older version that land
// after a newer version's are written over with the newer's.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../functions/core/logger.ts';
import { MESSAGE_LEASE_MS } from '../../functions/core/use-cases/handle-inbound-mail.ts';
import { readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const USER = 'alex.rivera@example.net';

describe('schedule repair', () => {
  let stack: MemoryStack;
  beforeAll(async () => {
    stack = startMemoryStack();
  });

  it('a command that changes nothing still restores a lost schedule', async () => {
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    await stack.send(await readFixture('mail/confirmation-simple.eml'));
    const [application] = await stack.applications(USER);
    const expected = (application?.milestones ?? [])
      .map((m) => `${application?.id}-${m.id}`)
      .sort();
    expect(await stack.scheduleNames()).toEqual(expected);

    const lost = expected[0] ?? '';
    const lostMilestone = application?.milestones.find((m) => `${application.id}-${m.id}` === lost);
    await stack.scheduler.cancel({
      userId: USER,
      applicationId: application?.id ?? '',
      milestoneId: lostMilestone?.id ?? '',
    });
    expect(await stack.scheduleNames()).not.toContain(lost);

    const [acknowledgment] = await stack.mail();
    const replyTo = acknowledgment?.replyTo?.[0]?.address ?? '';
    const resume = (await readFixture('replies/stop-gmail.eml'))
      .toString('utf8')
      .replaceAll('Stop.', 'resume')
      .replace(/^Message-ID: <[^>]+>/m, 'Message-ID: <resume-1@mail.gmail.example>');
    await stack.send(resume, { from: USER, to: replyTo });

    const [after] = await stack.applications(USER);
    expect(after?.milestones).toEqual(application?.milestones);
    expect(await stack.scheduleNames()).toEqual(expected);
  });

  it("a pause's schedule deletes landing after a later resume's creates are undone: the resume stands", async () => {
    const user = 'priya.n@example.org';
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    const confirmation = (await readFixture('mail/confirmation-simple.eml'))
      .toString('utf8')
      .replace(/^From: .*$/m, `From: ${user}`)
      .replace(/^Message-ID: <[^>]+>/m, 'Message-ID: <race-confirmation@mail.gmail.example>');
    await stack.send(confirmation, { from: user, to: stack.deps.settings.intakeAddress });
    const [application] = await stack.applications(user);
    if (!application) throw new Error('no application');
    const planned = await stack.schedulesOf(application);
    const replyTo = (await stack.mailTo(user)).at(-1)?.replyTo?.[0]?.address ?? '';
    const command = async (verb: string) =>
      (await readFixture('replies/stop-gmail.eml'))
        .toString('utf8')
        .replace(/^From: .*$/m, `From: ${user}`)
        .replaceAll('Stop.', verb)
        .replace(/^Message-ID: <[^>]+>/m, `Message-ID: <race-${verb}@mail.gmail.example>`);

    // The pause is saved; its first schedule delete waits until the resume is done.
    const cancel = stack.scheduler.cancel.bind(stack.scheduler);
    let resumed: () => void = () => {};
    const resumeDone = new Promise<void>((resolve) => {
      resumed = resolve;
    });
    let delayed = false;
    stack.scheduler.cancel = async (ref) => {
      if (!delayed) {
        delayed = true;
        await resumeDone;
      }
      return cancel(ref);
    };
    const pausing = stack.send(await command('pause'), { from: user, to: replyTo });
    while (!delayed) await new Promise((resolve) => setImmediate(resolve));
    await stack.send(await command('resume'), { from: user, to: replyTo });
    resumed();
    await pausing;

    expect((await stack.onlyApplication(user)).status).toBe('OPEN');
    expect(await stack.schedulesOf(application)).toEqual(planned);
  });

  it('a milestone fired early while the Scheduler is down: not sent, a warning, no retry', async () => {
    const warnings: { message: string; fields: object }[] = [];
    const logger: Logger = {
      info() {},
      error() {},
      warn(message, fields) {
        warnings.push({ message, fields: fields ?? {} });
      },
    };
    stack = startMemoryStack({}, { logger });
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    await stack.send(await readFixture('mail/confirmation-simple.eml'));
    const application = await stack.onlyApplication(USER);
    const followUp = application.milestones.find((m) => m.kind === 'follow-up-1');
    if (!followUp) throw new Error('no first follow-up');
    const ref = { userId: USER, applicationId: application.id, milestoneId: followUp.id };

    // A stale schedule fires it before it is due, and re-syncing the schedules fails: the doctor
    // repairs that anyway, so the firing ends (a throw would go through Lambda's retries to the
    // failure queue and its alarm).
    const upsert = stack.scheduler.upsert;
    stack.scheduler.upsert = async () => {
      throw new Error('the Scheduler is unavailable');
    };
    await expect(stack.fire(ref)).resolves.toBe('not-due');
    stack.scheduler.upsert = upsert;
    expect(await stack.mailTo(USER)).toHaveLength(1);
    expect(warnings).toEqual([
      {
        message: 'schedules not re-synced after an early firing; left to the doctor',
        fields: expect.objectContaining({
          applicationId: ref.applicationId,
          milestoneId: ref.milestoneId,
        }),
      },
    ]);
    expect(JSON.stringify(warnings)).not.toContain(USER);
  });

  /** A new stack, a week before the confirmation's interview; the confirmation. */
  const freshStack = async () => {
    stack = startMemoryStack();
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    return readFixture('mail/confirmation-simple.eml');
  };

  /** A confirmation handled on a new stack whose marking it done fails every try. */
  const confirmationNeverMarkedDone = async () => {
    const confirmation = await freshStack();
    const markDone = stack.store.completeMessage;
    stack.store.completeMessage = async () => {
      throw new Error('the store is unavailable');
    };
    await stack.send(confirmation, {}, { timeLeftMs: () => 0 });
    stack.store.completeMessage = markDone;
    return confirmation;
  };

  it('a confirmation handled again after a pause (never marked done) schedules nothing', async () => {
    const user = 'alex.rivera@example.net';
    const confirmation = await confirmationNeverMarkedDone();
    const application = await stack.onlyApplication(user);
    const replyTo = (await stack.mailTo(user)).at(-1)?.replyTo?.[0]?.address ?? '';
    const pause = (await readFixture('replies/stop-gmail.eml'))
      .toString('utf8')
      .replaceAll('Stop.', 'pause');
    await stack.send(pause, { from: user, to: replyTo });
    expect(await stack.schedulesOf(application)).toEqual([]);

    stack.clock.advance(MESSAGE_LEASE_MS + 60_000);
    await stack.send(confirmation);
    expect((await stack.onlyApplication(user)).status).toBe('PAUSED');
    expect(await stack.schedulesOf(application)).toEqual([]);
  });

  it('a confirmation handled again while its application is open (never marked done) is acknowledged once', async () => {
    const user = 'alex.rivera@example.net';
    const confirmation = await confirmationNeverMarkedDone();
    const mailed = (await stack.mailTo(user)).map((mail) => mail.subject);
    expect(mailed).toEqual([expect.stringMatching(/^Got it: interview with /)]);

    stack.clock.advance(MESSAGE_LEASE_MS + 60_000);
    await stack.send(confirmation);
    expect((await stack.mailTo(user)).map((mail) => mail.subject)).toEqual(mailed);
    expect((await stack.onlyApplication(user)).status).toBe('OPEN');
  });

  it('a confirmation whose acknowledgment failed to go out is acknowledged by its redelivery', async () => {
    const user = 'alex.rivera@example.net';
    const confirmation = await freshStack();
    const send = stack.mailer.send;
    stack.mailer.send = async () => {
      throw new Error('the mail service refuses');
    };
    await expect(stack.send(confirmation)).rejects.toThrow();
    stack.mailer.send = send;
    expect(await stack.mailTo(user)).toEqual([]);

    await stack.send(confirmation);
    expect((await stack.mailTo(user)).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Got it: interview with /),
    ]);
  });

  it('a confirmation handled again after a stop (never marked done) mails nothing more', async () => {
    const user = 'alex.rivera@example.net';
    const confirmation = await confirmationNeverMarkedDone();
    const replyTo = (await stack.mailTo(user)).at(-1)?.replyTo?.[0]?.address ?? '';
    await stack.send(await readFixture('replies/stop-gmail.eml'), { from: user, to: replyTo });
    const mailed = (await stack.mailTo(user)).map((mail) => mail.subject);
    expect((await stack.onlyApplication(user)).status).toBe('CLOSED');

    // The user's stop came after the acknowledgment, so they had it: no second one.
    stack.clock.advance(MESSAGE_LEASE_MS + 60_000);
    await stack.send(confirmation);
    expect((await stack.mailTo(user)).map((mail) => mail.subject)).toEqual(mailed);
    expect((await stack.onlyApplication(user)).status).toBe('CLOSED');
  });
});
