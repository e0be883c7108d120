// Scheduler emulator -> firing: finds the one-time schedules due on the shared local clock, hands
// each to the invoke callback (the milestone handler) with its retry policy, then applies
// ActionAfterCompletion or records a dead letter. rate() and cron() schedules are stored and
// returned by the API but never fired: the product only creates at() schedules.
import { randomUUID } from 'node:crypto';
import type { EmulatorClock } from './api.ts';
import { atInstant, parseScheduleExpression } from './expressions.ts';
import { serviceDefaults } from './model-rules.ts';
import type { EmulatorState, StoredSchedule } from './state.ts';

/** What the emulator hands the target: the service's Lambda `Invoke` call, in one function. */
export interface ScheduleInvocation {
  /** Target.Arn */
  arn: string;
  /** Target.Input with the service's context attributes (`<aws.scheduler.…>`) filled in. */
  input: string | undefined;
  scheduleName: string;
  groupName: string;
  scheduleArn: string;
  /** 1 for the first try, 2 for the first retry… */
  attempt: number;
}

export type Invoke = (target: ScheduleInvocation) => Promise<void>;

export interface FiredReport {
  scheduleName: string;
  groupName: string;
  scheduleArn: string;
  /** ISO-8601 UTC: when the schedule was due. */
  scheduledTime: string;
  attempts: number;
  /** `interrupted`: the emulator closed during retries; the schedule stays due. */
  outcome: 'invoked' | 'dead-lettered' | 'interrupted';
  /** `superseded`: the schedule was updated or deleted while it was being fired. */
  afterCompletion: 'deleted' | 'kept' | 'superseded' | 'none';
}

export interface EmulatorLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: EmulatorLogger = { info() {}, warn() {}, error() {} };

/** Real-time wait before retry n (1-based): short, because the local clock is what matters. */
export type RetryBackoff = (retry: number) => number;

export const defaultRetryBackoff: RetryBackoff = (retry) => Math.min(10 * 2 ** (retry - 1), 100);

/**
 * Each schedule's at() instant, worked out once per expression and zone: every tick asks it of
 * every schedule, and a zone's arithmetic is the costliest step of a tick.
 */
const instants = new WeakMap<
  StoredSchedule,
  { expression: string; timezone: string; at: Date | undefined }
>();

/** When a schedule is due, or undefined when it never fires (again). */
export function dueTime(schedule: StoredSchedule): Date | undefined {
  if (schedule.State !== 'ENABLED') return undefined;
  if (schedule.completedRevision === schedule.revision) return undefined;
  const timezone =
    schedule.ScheduleExpressionTimezone ?? serviceDefaults.ScheduleExpressionTimezone;
  const known = instants.get(schedule);
  if (known?.expression === schedule.ScheduleExpression && known.timezone === timezone) {
    return known.at;
  }
  const expression = parseScheduleExpression(schedule.ScheduleExpression);
  // StartDate and EndDate do not apply: the service ignores them for one-time schedules.
  const at = expression?.kind === 'at' ? atInstant(expression, timezone) : undefined;
  instants.set(schedule, { expression: schedule.ScheduleExpression, timezone, at });
  return at;
}

export class Dispatcher {
  private readonly inFlight = new Map<string, Promise<FiredReport>>();
  private readonly sleepers = new Set<() => void>();
  private closing = false;

  constructor(
    private readonly state: EmulatorState,
    private readonly clock: EmulatorClock,
    private readonly invoke: Invoke,
    private readonly logger: EmulatorLogger,
    private readonly backoff: RetryBackoff,
  ) {}

  /**
   * Fires every schedule due now and resolves when all of them (and any firing already under way
   * from another call) have finished. Reports only the firings this call started, so concurrent
   * callers never both report, or cause, the same firing.
   */
  async fireDue(): Promise<FiredReport[]> {
    if (this.closing) return [];
    const now = this.clock.now().getTime();
    const started: Promise<FiredReport>[] = [];
    const joined: Promise<FiredReport>[] = [];
    for (const [key, schedule] of this.state.schedules) {
      const running = this.inFlight.get(key);
      if (running) {
        joined.push(running);
        continue;
      }
      const due = dueTime(schedule);
      if (!due || due.getTime() > now) continue;
      const firing = this.fire(key, schedule, due).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, firing);
      started.push(firing);
    }
    await Promise.allSettled(joined);
    return Promise.all(started);
  }

  /** Stops retrying (without dead-lettering) and waits for the attempts under way. */
  async close(): Promise<void> {
    this.closing = true;
    for (const wake of this.sleepers) wake();
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private async fire(key: string, schedule: StoredSchedule, due: Date): Promise<FiredReport> {
    const target = schedule.Target;
    const retryPolicy = (target.RetryPolicy ?? {}) as Record<string, number | undefined>;
    const maxRetries = retryPolicy.MaximumRetryAttempts ?? serviceDefaults.MaximumRetryAttempts;
    const maxAgeMs =
      (retryPolicy.MaximumEventAgeInSeconds ?? serviceDefaults.MaximumEventAgeInSeconds) * 1000;
    const scheduledTime = due.toISOString();
    const executionId = randomUUID();
    const report = (
      attempts: number,
      outcome: FiredReport['outcome'],
      afterCompletion: FiredReport['afterCompletion'],
    ): FiredReport => ({
      scheduleName: schedule.Name,
      groupName: schedule.GroupName,
      scheduleArn: schedule.Arn,
      scheduledTime,
      attempts,
      outcome,
      afterCompletion,
    });
    // Event age runs from the first attempt, on whichever of the shared clock and real time moved
    // further: the local clock routinely jumps far past a due time before anything fires.
    const firstClock = this.clock.now().getTime();
    const firstReal = Date.now();
    let lastError: unknown;

    for (let attempt = 1; ; attempt++) {
      try {
        await this.invoke({
          arn: String(target.Arn),
          input: fillContextAttributes(target.Input, {
            scheduleArn: schedule.Arn,
            scheduledTime,
            executionId,
            attempt,
          }),
          scheduleName: schedule.Name,
          groupName: schedule.GroupName,
          scheduleArn: schedule.Arn,
          attempt,
        });
        this.logger.info('schedule invoked its target', { schedule: key, attempt });
        return report(attempt, 'invoked', this.complete(key, schedule.revision));
      } catch (error) {
        lastError = error;
        this.logger.warn('schedule target failed', {
          schedule: key,
          attempt,
          error: (error as Error)?.name ?? typeof error,
        });
      }
      if (this.closing) return report(attempt, 'interrupted', 'none');
      const age = Math.max(this.clock.now().getTime() - firstClock, Date.now() - firstReal);
      const exhausted =
        attempt - 1 >= maxRetries
          ? 'MaximumRetryAttemptsExhausted'
          : age >= maxAgeMs
            ? 'MaximumEventAgeExhausted'
            : undefined;
      if (exhausted) {
        const deadLetterConfig = (target.DeadLetterConfig ?? {}) as { Arn?: string };
        this.state.addDeadLetter({
          scheduleArn: schedule.Arn,
          scheduleName: schedule.Name,
          groupName: schedule.GroupName,
          targetArn: String(target.Arn),
          input: target.Input as string | undefined,
          deadLetterQueueArn: deadLetterConfig.Arn,
          scheduledTime,
          attempts: attempt,
          exhaustedRetryCondition: exhausted,
          lastError: describeError(lastError),
          recordedAt: this.clock.now().toISOString(),
        });
        this.logger.error('schedule event dead-lettered', { schedule: key, attempts: attempt });
        // A one-time schedule is complete after its last attempt, successful or not.
        return report(attempt, 'dead-lettered', this.complete(key, schedule.revision));
      }
      await this.sleep(this.backoff(attempt));
      if (this.closing) return report(attempt, 'interrupted', 'none');
    }
  }

  /** Applies ActionAfterCompletion, unless the schedule changed while it was being fired. */
  private complete(key: string, revision: number): FiredReport['afterCompletion'] {
    const current = this.state.schedules.get(key);
    let outcome: FiredReport['afterCompletion'];
    if (!current || current.revision !== revision) {
      outcome = 'superseded';
    } else if (current.ActionAfterCompletion === 'DELETE') {
      this.state.schedules.delete(key);
      outcome = 'deleted';
    } else {
      current.completedRevision = revision;
      outcome = 'kept';
    }
    this.state.save();
    return outcome;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }
}

function fillContextAttributes(
  input: unknown,
  context: { scheduleArn: string; scheduledTime: string; executionId: string; attempt: number },
): string | undefined {
  if (typeof input !== 'string') return undefined;
  return input
    .replaceAll('<aws.scheduler.schedule-arn>', context.scheduleArn)
    .replaceAll('<aws.scheduler.scheduled-time>', context.scheduledTime.replace(/\.\d{3}Z$/, 'Z'))
    .replaceAll('<aws.scheduler.execution-id>', context.executionId)
    .replaceAll('<aws.scheduler.attempt-number>', String(context.attempt));
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
