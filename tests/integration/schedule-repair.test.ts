// DynamoDB is the source of truth: when a schedule is missing (its creation failed after the
// change was stored), the next command about the application — even one that changes nothing,
// such as the retry of the same mail — puts it back.
import { DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';

describe('schedule repair', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('a command that changes nothing still restores a lost schedule', async () => {
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    await stack.send(await readFixture('mail/confirmation-simple.eml'));
    const [application] = await stack.applications(USER);
    const expected = (application?.milestones ?? [])
      .map((m) => `${application?.id}-${m.id}`)
      .sort();
    expect(await stack.scheduleNames()).toEqual(expected);

    const scheduler = new SchedulerClient({
      region: 'us-east-1',
      endpoint: stack.endpoints.scheduler,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const lost = expected[0] ?? '';
    await scheduler.send(new DeleteScheduleCommand({ GroupName: 'followup', Name: lost }));
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
});
