// DynamoDB is the source of truth: when a schedule is missing (its creation failed after the
// change was stored), the next command about the application — even one that changes nothing,
// such as the retry of the same mail — puts it back.
import { beforeAll, describe, expect, it } from 'vitest';
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
});
