// A plan's schedules are written at once, not one after another: each milestone has a schedule
// of its own, so a confirmation's four cost one round trip to the Scheduler instead of four; and
// none is left running when the change returns, even when one of them fails.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScheduledMilestone } from '../../functions/core/ports.ts';
import { readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const USER = 'alex.rivera@example.net';

describe("a plan's schedules", () => {
  let stack: MemoryStack;
  let inFlight: number;
  let most: number;
  let settled: string[];
  let failing: string | undefined;

  beforeEach(() => {
    stack = startMemoryStack();
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    inFlight = 0;
    most = 0;
    settled = [];
    failing = undefined;
    const upsert = stack.scheduler.upsert.bind(stack.scheduler);
    stack.scheduler.upsert = async (milestone: ScheduledMilestone) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        // A round trip: every call started in this turn is in flight together.
        await nextTurn();
        await nextTurn();
        if (milestone.ref.milestoneId === failing) throw new Error('the Scheduler refused it');
        await upsert(milestone);
      } finally {
        inFlight -= 1;
        settled.push(milestone.ref.milestoneId);
      }
    };
  });

  it('are written at once when a confirmation opens an application', async () => {
    await stack.send(await readFixture('mail/confirmation-simple.eml'));
    const application = await stack.onlyApplication(USER);
    expect(application.milestones.length).toBeGreaterThan(1);
    expect(most).toBe(application.milestones.length);
    expect((await stack.schedulesOf(application)).length).toBe(application.milestones.length);
  });

  it('are all settled before a failure among them is thrown', async () => {
    failing = 'i1-thank-you-1';
    await expect(stack.send(await readFixture('mail/confirmation-simple.eml'))).rejects.toThrow(
      'the Scheduler refused it',
    );
    expect(inFlight).toBe(0);
    expect(settled.length).toBeGreaterThan(1);
  });
});
