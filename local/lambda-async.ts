// Local -> Lambda's asynchronous invocation, the way EventBridge Scheduler invokes the milestone
// function on AWS: the event is accepted at once; a function error is retried twice, about one
// and then two minutes later (on the local clock), and then goes to the function's on-failure
// destination (infra/stack.ts: retryAttempts 2, an SQS queue), kept here for a person to read.
// The waits matter: a retry that came within the milestone's send lease would find its own
// abandoned claim still held and send nothing. With a data file, Lambda's queue outlives the
// process as it outlives a function on AWS: retries waiting, attempts under way (a crash counts
// as that attempt's failure) and failures are there again after a restart.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
  /** Stops retrying; waits for the attempts under way (a data file keeps what they leave). */
  close(): Promise<void>;
}

interface Retry {
  event: unknown;
  attempt: number;
  dueAt: number;
}

/** An attempt under way: the event, and which attempt of it this is. */
interface Attempt {
  event: unknown;
  attempt: number;
}

const dataFormat = 'followup-lambda-async/1';

/** As long as the failure queue on AWS keeps a message (infra/stack.ts): then it is gone. */
export const FAILURE_RETENTION_MS = 14 * 24 * 60 * 60 * 1000;

interface DataFile {
  format: typeof dataFormat;
  waiting: Retry[];
  running: Attempt[];
  failures: AsyncFailure[];
}

function readDataFile(file: string): DataFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const data = JSON.parse(text) as DataFile;
  if (data?.format !== dataFormat) throw new Error(`${file} is not a ${dataFormat} file`);
  return data;
}

export function createAsyncInvoker(options: {
  functionName: string;
  clock: Clock;
  run: (event: unknown) => Promise<unknown>;
  logger: { warn(message: string, fields?: Record<string, unknown>): void };
  /** Where the queue is kept across restarts; none: in memory only. */
  dataFile?: string;
}): AsyncInvoker {
  const { functionName, clock, logger, dataFile } = options;
  const waiting: Retry[] = [];
  const underWay = new Set<Attempt>();
  const failures: AsyncFailure[] = [];
  const running = new Set<Promise<void>>();
  let closed = false;

  /** Failures older than the queue keeps them, on the local clock, are dropped. */
  const dropExpired = () => {
    const oldest = clock.now().getTime() - FAILURE_RETENTION_MS;
    for (let i = failures.length - 1; i >= 0; i--)
      if (Date.parse(failures[i]?.failedAt ?? '') < oldest) failures.splice(i, 1);
  };

  /** Synchronous, as the Scheduler emulator's: each change is on disk before the next step. */
  const save = () => {
    dropExpired();
    if (!dataFile) return;
    const data: DataFile = { format: dataFormat, waiting, running: [...underWay], failures };
    mkdirSync(dirname(dataFile), { recursive: true });
    const temporary = `${dataFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, dataFile);
  };

  /** Attempt `number` of `event` failed: retried after its wait, or kept as a failure. */
  const failed = (event: unknown, number: number, error: string) => {
    const delay = ASYNC_RETRY_DELAYS_MS[number - 1];
    if (delay !== undefined) {
      waiting.push({ event, attempt: number + 1, dueAt: clock.now().getTime() + delay });
      return;
    }
    failures.push({
      functionName,
      event,
      attempts: number,
      error,
      failedAt: clock.now().toISOString(),
    });
    logger.warn('asynchronous event failed every attempt; sent to the failure queue', {
      functionName,
      attempts: number,
    });
  };

  const stored = dataFile ? readDataFile(dataFile) : undefined;
  if (stored) {
    waiting.push(...stored.waiting);
    failures.push(...stored.failures);
    // Under way when the process stopped: that attempt failed, as a function that died does.
    for (const lost of stored.running) failed(lost.event, lost.attempt, 'the process stopped');
    save();
  }

  const attempt = async (event: unknown, number: number): Promise<void> => {
    const current = { event, attempt: number };
    underWay.add(current);
    save();
    try {
      await options.run(event);
    } catch (error) {
      // Kept even while closing: the queue, on disk, retries it after a restart.
      failed(
        event,
        number,
        error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      );
    } finally {
      underWay.delete(current);
      save();
    }
  };
  const track = (work: Promise<void>) => {
    running.add(work);
    return work.finally(() => running.delete(work));
  };

  return {
    invoke: (event) => track(attempt(event, 1)),
    async runDue() {
      if (closed) return;
      const now = clock.now().getTime();
      const due = waiting.filter((retry) => retry.dueAt <= now);
      for (const retry of due) waiting.splice(waiting.indexOf(retry), 1);
      for (const retry of due) track(attempt(retry.event, retry.attempt));
      // Every attempt under way, also those a concurrent call (the background tick) started: a
      // caller that moved the clock sees the retries that were due.
      await Promise.allSettled([...running]);
    },
    failures: () => {
      dropExpired();
      return failures.map((failure) => ({ ...failure }));
    },
    async close() {
      closed = true;
      await Promise.allSettled([...running]);
    },
  };
}
