// Scheduler delivers at least once: one milestone must give at most one draft, however often and
// however concurrently it fires.
import { GetScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke, type LambdaHandler } from '../../local/lambda.ts';
import { HOUR, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';

describe('milestone handler', () => {
  let stack: TestStack;
  let milestone: LambdaHandler;
  beforeAll(async () => {
    stack = await startTestStack();
    // The same handler the stack's Scheduler emulator invokes.
    milestone = stack.handlers.milestone;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('sends one draft when the same milestone fires many times at once', async () => {
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    await stack.send(await readFixture('mail/confirmation-simple.eml'));
    const [application] = await stack.applications(USER);
    const thankYou = application?.milestones.find((m) => m.kind === 'thank-you');
    expect(thankYou).toBeDefined();

    const scheduler = new SchedulerClient({
      region: 'us-east-1',
      endpoint: stack.endpoints.scheduler,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const schedule = await scheduler.send(
      new GetScheduleCommand({ GroupName: 'followup', Name: `${application?.id}-${thankYou?.id}` }),
    );
    const input = JSON.parse(schedule.Target?.Input ?? '{}');
    expect(input).toEqual({
      userId: USER,
      applicationId: application?.id,
      milestoneId: thankYou?.id,
    });

    // Too early: a firing before the due time (a stale schedule) sends nothing.
    expect(await invoke(milestone, 'followup-milestone', input)).toEqual({ outcome: 'not-due' });

    // Past due, without letting the emulator fire yet: then fire it eight times at once, plus
    // the emulator's own firing.
    stack.clock.set(new Date(Date.parse(thankYou?.due ?? '') + HOUR));
    const before = (await stack.mail()).length;
    const outcomes = await Promise.all([
      ...Array.from({ length: 8 }, () => invoke(milestone, 'followup-milestone', input)),
      stack.fireDue(),
    ]);
    const sent = outcomes.filter((o) => (o as { outcome?: string }).outcome === 'sent');
    const drafts = (await stack.mail()).slice(before);
    expect(
      drafts.filter((mail) => mail.subject?.startsWith('Ready to send: thank-you')),
    ).toHaveLength(1);
    expect(sent.length).toBeLessThanOrEqual(1);

    // And once more, later: still one.
    await invoke(milestone, 'followup-milestone', input);
    expect((await stack.mail()).length).toBe(before + 1);
  });

  it('drops a malformed event without throwing, so it is not retried forever', async () => {
    await expect(
      invoke(milestone, 'followup-milestone', { applicationId: '../etc', milestoneId: 7 }),
    ).resolves.toEqual({ dropped: true });
  });
});
