// Test support -> in-memory MilestoneScheduler: one-time schedules named as the EventBridge
// adapter names them, fired on the test's clock by `fireDue` the way the Scheduler emulator in
// local/scheduler-emulator fires them: at least once (a failed target is tried again, up to the
// adapter's retry count, then dead-lettered), and ActionAfterCompletion DELETE, unless the
// schedule was moved while it fired. Proven equal to the emulator by
// tests/contracts/scheduler.contract.ts.
import { scheduleName } from '../../../functions/adapters/eventbridge-scheduler.ts';
import type { MilestoneRef } from '../../../functions/core/model.ts';
import { dueOfScheduleAt, scheduleAt } from '../../../functions/core/planning/format.ts';
import type {
  Clock,
  MilestoneScheduler,
  ScheduledMilestone,
} from '../../../functions/core/ports.ts';

/** The adapter's RetryPolicy.MaximumRetryAttempts: one try and this many retries. */
export const MAXIMUM_RETRY_ATTEMPTS = 10;

interface Schedule {
  ref: MilestoneRef;
  /** What the adapter sends as ScheduleExpression and ScheduleExpressionTimezone. */
  expression: string;
  timezone: string;
  /** Epoch ms; `at()` has whole seconds. */
  dueMs: number;
  /** Bumped by every upsert, so a firing knows whether it was superseded. */
  revision: number;
  /** On the clock, as LastModificationDate. */
  modifiedAt: string;
}

export interface SchedulerFiring {
  name: string;
  ref: MilestoneRef;
  attempts: number;
  outcome: 'invoked' | 'dead-lettered';
}

export interface MemoryScheduler extends MilestoneScheduler {
  /** Every milestone schedule, by name, as `describe` reads each. */
  list(): Promise<ScheduledMilestone[]>;
  /** The names of every schedule, sorted. */
  names(): string[];
  /** A schedule's expression and zone, as GetSchedule answers them; undefined when missing. */
  get(name: string): { expression: string; timezone: string } | undefined;
  /** Fires every schedule due on the clock; resolves once each target (and retry) finished. */
  fireDue(): Promise<SchedulerFiring[]>;
  deadLetters(): MilestoneRef[];
}

export function createMemoryScheduler(options: {
  clock: Clock;
  /** The milestone function: a throw is a failed attempt. */
  invoke: (ref: MilestoneRef) => Promise<unknown>;
}): MemoryScheduler {
  const schedules = new Map<string, Schedule>();
  const inFlight = new Map<string, Promise<SchedulerFiring>>();
  const deadLetters: MilestoneRef[] = [];
  let revisions = 0;

  async function fire(name: string, schedule: Schedule): Promise<SchedulerFiring> {
    let attempts = 0;
    let outcome: SchedulerFiring['outcome'] = 'dead-lettered';
    while (attempts <= MAXIMUM_RETRY_ATTEMPTS) {
      attempts += 1;
      try {
        await options.invoke({ ...schedule.ref });
        outcome = 'invoked';
        break;
      } catch {
        // Tried again, as the service does within the retry policy.
      }
    }
    if (outcome === 'dead-lettered') deadLetters.push({ ...schedule.ref });
    // A one-time schedule is complete after its last attempt; DELETE unless it was moved meanwhile.
    if (schedules.get(name)?.revision === schedule.revision) schedules.delete(name);
    return { name, ref: { ...schedule.ref }, attempts, outcome };
  }

  async function describe(name: string): Promise<ScheduledMilestone | undefined> {
    const schedule = schedules.get(name);
    const due = schedule && dueOfScheduleAt(schedule.expression, schedule.timezone);
    return schedule && due
      ? { ref: { ...schedule.ref }, due, timezone: schedule.timezone }
      : undefined;
  }

  return {
    async upsert(milestone) {
      // The adapter's expression: throws on what the Scheduler would refuse (a zone not IANA).
      const expression = scheduleAt(milestone.due, milestone.timezone);
      revisions += 1;
      schedules.set(scheduleName(milestone.ref), {
        ref: { ...milestone.ref },
        expression,
        timezone: milestone.timezone,
        dueMs: Math.floor(Date.parse(milestone.due) / 1000) * 1000,
        revision: revisions,
        modifiedAt: options.clock.now().toISOString(),
      });
    },

    async cancel(ref) {
      schedules.delete(scheduleName(ref));
    },

    nameOf: scheduleName,

    async *listNames() {
      // Pages of 100, as ListSchedules gives them at most.
      const names = [...schedules.keys()].sort();
      for (let start = 0; start < names.length; start += 100) {
        yield names.slice(start, start + 100).flatMap((name) => {
          const schedule = schedules.get(name);
          return schedule ? [{ name, modifiedAt: schedule.modifiedAt }] : [];
        });
      }
    },

    describe,

    async list() {
      const listed: ScheduledMilestone[] = [];
      for (const name of [...schedules.keys()].sort()) {
        const schedule = await describe(name);
        if (schedule) listed.push(schedule);
      }
      return listed;
    },

    names: () => [...schedules.keys()].sort(),

    get(name) {
      const schedule = schedules.get(name);
      return schedule && { expression: schedule.expression, timezone: schedule.timezone };
    },

    async fireDue() {
      const now = options.clock.now().getTime();
      const started: Promise<SchedulerFiring>[] = [];
      const joined: Promise<SchedulerFiring>[] = [];
      for (const [name, schedule] of schedules) {
        const running = inFlight.get(name);
        if (running) {
          joined.push(running);
          continue;
        }
        if (schedule.dueMs > now) continue;
        const firing = fire(name, schedule).finally(() => inFlight.delete(name));
        inFlight.set(name, firing);
        started.push(firing);
      }
      await Promise.allSettled(joined);
      return Promise.all(started);
    },

    deadLetters: () => deadLetters.map((ref) => ({ ...ref })),
  };
}
