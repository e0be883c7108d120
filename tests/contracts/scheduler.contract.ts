// Contract of the MilestoneScheduler port and of the firing behind it: one schedule per
// milestone, moved by a second upsert, gone on cancel (a missing one is no error), fired at least
// once when due with the milestone as input, retried while its target fails, and deleted after
// it fired (ActionAfterCompletion DELETE) unless it was moved meanwhile. Run against the
// EventBridge adapter on the Scheduler emulator and against the in-memory scheduler by
// scheduler.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleName } from '../../functions/adapters/eventbridge-scheduler.ts';
import type { MilestoneRef } from '../../functions/core/model.ts';
import type { MilestoneScheduler } from '../../functions/core/ports.ts';
import type { SettableClock } from '../support/in-memory/clock.ts';

/** What the contract drives: the port, the clock it fires on, and the target it invokes. */
export interface SchedulerUnderTest {
  scheduler: MilestoneScheduler;
  clock: SettableClock;
  /** Names of every schedule, sorted. */
  names(): Promise<string[]>;
  /** Fires what is due and waits for every target and retry. */
  fireDue(): Promise<void>;
  /** Every attempt at invoking the target, oldest first, with the input it was given. */
  attempts: MilestoneRef[];
  /** The target fails its next `count` invocations. */
  failNext(count: number): void;
  /** Called inside the next invocation, before it succeeds or fails. */
  duringNextInvoke(action: () => Promise<void>): void;
  close(): Promise<void>;
}

export type SchedulerFactory = () => Promise<SchedulerUnderTest>;

const T0 = new Date('2026-12-01T12:00:00Z');
const ZONE = 'America/New_York';
let refs = 0;
const aRef = (): MilestoneRef => ({
  userId: 'alex@example.net',
  applicationId: 'a1b2c3',
  milestoneId: `m${++refs}`,
});
const at = (ms: number) => new Date(T0.getTime() + ms).toISOString();
const MINUTE = 60_000;

export function describeSchedulerContract(name: string, make: SchedulerFactory) {
  describe(`MilestoneScheduler contract: ${name}`, () => {
    let s: SchedulerUnderTest;
    beforeAll(async () => {
      s = await make();
    });
    afterAll(async () => {
      await s?.close();
    });

    /** Starts each case at T0 with no schedule left over and no attempt recorded. */
    async function fresh() {
      s.clock.set(T0);
      for (const leftover of await s.names()) {
        const [applicationId, milestoneId] = leftover.split('-');
        await s.scheduler.cancel({
          userId: 'alex@example.net',
          applicationId: applicationId ?? '',
          milestoneId: milestoneId ?? '',
        });
      }
      s.attempts.length = 0;
    }

    it('keeps one schedule per milestone: a second upsert moves it, and it fires at the new time only', async () => {
      await fresh();
      const ref = aRef();
      await s.scheduler.upsert({ ref, due: at(10 * MINUTE), timezone: ZONE });
      await s.scheduler.upsert({ ref, due: at(30 * MINUTE), timezone: ZONE });
      expect(await s.names()).toEqual([scheduleName(ref)]);

      s.clock.set(new Date(T0.getTime() + 20 * MINUTE));
      await s.fireDue();
      expect(s.attempts).toEqual([]);
      s.clock.set(new Date(T0.getTime() + 30 * MINUTE));
      await s.fireDue();
      expect(s.attempts).toEqual([ref]);
    });

    it('fires a due schedule once with the milestone as input, then deletes it', async () => {
      await fresh();
      const ref = aRef();
      const other = aRef();
      await s.scheduler.upsert({ ref, due: at(5 * MINUTE), timezone: ZONE });
      await s.scheduler.upsert({ ref: other, due: at(60 * MINUTE), timezone: 'Europe/Berlin' });
      await s.fireDue();
      expect(s.attempts).toEqual([]);

      s.clock.set(new Date(T0.getTime() + 5 * MINUTE + 1));
      await s.fireDue();
      expect(s.attempts).toEqual([ref]);
      // ActionAfterCompletion DELETE: gone, and never fired again.
      expect(await s.names()).toEqual([scheduleName(other)]);
      await s.fireDue();
      expect(s.attempts).toEqual([ref]);
    });

    it('fires a schedule whose time is already past on the next round', async () => {
      await fresh();
      const ref = aRef();
      await s.scheduler.upsert({ ref, due: at(-MINUTE), timezone: ZONE });
      await s.fireDue();
      expect(s.attempts).toEqual([ref]);
      expect(await s.names()).toEqual([]);
    });

    it('cancels a schedule; cancelling a missing one is success', async () => {
      await fresh();
      const ref = aRef();
      await s.scheduler.upsert({ ref, due: at(MINUTE), timezone: ZONE });
      await s.scheduler.cancel(ref);
      await s.scheduler.cancel(ref);
      await s.scheduler.cancel(aRef());
      expect(await s.names()).toEqual([]);
      s.clock.set(new Date(T0.getTime() + 2 * MINUTE));
      await s.fireDue();
      expect(s.attempts).toEqual([]);
    });

    it('tries a failing target again until it succeeds (at least once), then deletes the schedule', async () => {
      await fresh();
      const ref = aRef();
      await s.scheduler.upsert({ ref, due: at(0), timezone: ZONE });
      s.failNext(2);
      await s.fireDue();
      expect(s.attempts).toEqual([ref, ref, ref]);
      expect(await s.names()).toEqual([]);
    });

    it('gives up on a target that keeps failing after the retry policy (1 + 10 tries)', async () => {
      await fresh();
      const ref = aRef();
      await s.scheduler.upsert({ ref, due: at(0), timezone: ZONE });
      s.failNext(100);
      await s.fireDue();
      expect(s.attempts).toHaveLength(11);
      // A one-time schedule is complete after its last attempt.
      expect(await s.names()).toEqual([]);
      s.failNext(0);
    });

    it('keeps a schedule moved while it fired, and fires it again at its new time', async () => {
      await fresh();
      const ref = aRef();
      await s.scheduler.upsert({ ref, due: at(0), timezone: ZONE });
      s.duringNextInvoke(() => s.scheduler.upsert({ ref, due: at(10 * MINUTE), timezone: ZONE }));
      await s.fireDue();
      expect(s.attempts).toEqual([ref]);
      expect(await s.names()).toEqual([scheduleName(ref)]);
      s.clock.set(new Date(T0.getTime() + 10 * MINUTE));
      await s.fireDue();
      expect(s.attempts).toEqual([ref, ref]);
      expect(await s.names()).toEqual([]);
    });

    it('lists every schedule by name and when it was written, and reads its milestone, time (to the second) and zone', async () => {
      await fresh();
      const listAll = async () => {
        const all = [];
        for await (const page of s.scheduler.listNames()) all.push(...page);
        return all;
      };
      expect(await listAll()).toEqual([]);
      const [moved, kept, gone] = [aRef(), aRef(), aRef()];
      await s.scheduler.upsert({ ref: moved, due: at(10 * MINUTE), timezone: ZONE });
      await s.scheduler.upsert({ ref: kept, due: '2027-03-28T01:30:00Z', timezone: ZONE });
      await s.scheduler.upsert({ ref: gone, due: at(MINUTE), timezone: ZONE });
      s.clock.set(new Date(T0.getTime() + MINUTE));
      await s.scheduler.upsert({
        ref: moved,
        due: '2026-12-24T09:30:00.750+01:00',
        timezone: 'Europe/Berlin',
      });
      await s.scheduler.cancel(gone);
      expect(s.scheduler.nameOf(moved)).toBe(scheduleName(moved));
      expect(await listAll()).toEqual(
        [
          { name: scheduleName(moved), modifiedAt: at(MINUTE) },
          { name: scheduleName(kept), modifiedAt: at(0) },
        ].sort((a, b) => a.name.localeCompare(b.name)),
      );
      expect(await s.scheduler.describe(scheduleName(moved))).toEqual({
        ref: moved,
        due: '2026-12-24T09:30:00+01:00',
        timezone: 'Europe/Berlin',
      });
      // Read back in the schedule's own zone: the same instant.
      expect(await s.scheduler.describe(scheduleName(kept))).toEqual({
        ref: kept,
        due: '2027-03-27T21:30:00-04:00',
        timezone: ZONE,
      });
      expect(await s.scheduler.describe(scheduleName(gone))).toBeUndefined();
    });

    it('refuses a zone that is not IANA', async () => {
      await fresh();
      await expect(
        s.scheduler.upsert({ ref: aRef(), due: at(MINUTE), timezone: 'Eastern Time' }),
      ).rejects.toThrow();
      expect(await s.names()).toEqual([]);
    });
  });
}

/** The target side every implementation shares: records attempts, fails or acts on demand. */
export function recordingTarget() {
  const attempts: MilestoneRef[] = [];
  let failures = 0;
  let during: (() => Promise<void>) | undefined;
  return {
    attempts,
    failNext(count: number) {
      failures = count;
    },
    duringNextInvoke(action: () => Promise<void>) {
      during = action;
    },
    async invoke(ref: MilestoneRef) {
      attempts.push(ref);
      const action = during;
      during = undefined;
      await action?.();
      if (failures > 0) {
        failures -= 1;
        throw new Error('the target failed, as told');
      }
    },
  };
}
