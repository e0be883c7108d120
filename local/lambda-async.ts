// Local -> Lambda's asynchronous invocation, the way EventBridge Scheduler invokes the milestone
// function on AWS: the event is accepted at once; a function error is retried twice, about one
// and then two minutes later (on the local clock), and then goes to the function's on-failure
// destination (infra/stack.ts: retryAttempts 2, an SQS queue), kept here for a person to read.
// The waits matter: a retry that came within the milestone's send lease would find its own
// abandoned claim still held and send nothing.
import type { Clock } from '../functions/core/ports.ts';

/** Lambda's waits before its two retries of an asynchronous event that failed. */
export const ASYNC_RETRY_DELAYS_MS = [60_000, 120_000] as const;

/** An event every attempt failed: what the on-failure destination receives. */
export interface AsyncFailure {
  functionName: string;
  event: unknown;
  attempts: number;
  /** The last attempt's error, by name and message only. */
  error: string;
  failedAt: string;
}

export interface AsyncInvoker {
  /** Accepts the event and runs its first attempt; resolves once that attempt is over. */
  invoke(event: unknown): Promise<void>;
  /** Runs the retries due on the clock; resolves once they and any under way are over. */
  runDue(): Promise<void>;
  /** Events every attempt failed, oldest first. */
  failures(): AsyncFailure[];
  /** Stops retrying; waits for the attempts under way. */
  close(): Promise<void>;
}

interface Retry {
  event: unknown;
  attempt: number;
  dueAt: number;
}

export function createAsyncInvoker(options: {
  functionName: string;
  clock: Clock;
  run: (event: unknown) => Promise<unknown>;
  logger: { warn(message: string, fields?: Record<string, unknown>): void };
}): AsyncInvoker {
  const { functionName, clock, logger } = options;
  const waiting: Retry[] = [];
  const failures: AsyncFailure[] = [];
  const running = new Set<Promise<void>>();
  let closed = false;

  const attempt = async (event: unknown, number: number): Promise<void> => {
    try {
      await options.run(event);
    } catch (error) {
      if (closed) return;
      const delay = ASYNC_RETRY_DELAYS_MS[number - 1];
      if (delay !== undefined) {
        waiting.push({ event, attempt: number + 1, dueAt: clock.now().getTime() + delay });
        return;
      }
      failures.push({
        functionName,
        event,
        attempts: number,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        failedAt: clock.now().toISOString(),
      });
      logger.warn('asynchronous event failed every attempt; sent to the failure queue', {
        functionName,
        attempts: number,
      });
    }
  };
  const track = (work: Promise<void>) => {
    running.add(work);
    return work.finally(() => running.delete(work));
  };

  return {
    invoke: (event) => track(attempt(event, 1)),
    async runDue() {
      const now = clock.now().getTime();
      const due = waiting.filter((retry) => retry.dueAt <= now);
      for (const retry of due) waiting.splice(waiting.indexOf(retry), 1);
      for (const retry of due) track(attempt(retry.event, retry.attempt));
      // Every attempt under way, also those a concurrent call (the background tick) started: a
      // caller that moved the clock sees the retries that were due.
      await Promise.allSettled([...running]);
    },
    failures: () => failures.map((failure) => ({ ...failure })),
    async close() {
      closed = true;
      waiting.length = 0;
      await Promise.allSettled([...running]);
    },
  };
}
