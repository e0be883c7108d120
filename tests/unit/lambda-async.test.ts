// Lambda's asynchronous invocation as the local stack plays it (local/lambda-async.ts): a failed
// event is retried a minute and then two minutes later on the local clock, then kept as a failure;
// nothing is retried before its wait is over. With a data file the queue outlives a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ASYNC_RETRY_DELAYS_MS,
  createAsyncInvoker,
  FAILURE_RETENTION_MS,
} from '../../local/lambda-async.ts';
import { createSettableClock } from '../support/in-memory/clock.ts';

function invokerFailing(times: number) {
  const clock = createSettableClock(new Date('2026-12-01T12:00:00Z'));
  const attempts: string[] = [];
  const warnings: string[] = [];
  const invoker = createAsyncInvoker({
    functionName: 'followup-milestone',
    clock,
    run: async () => {
      attempts.push(clock.now().toISOString());
      if (attempts.length <= times) throw new Error(`attempt ${attempts.length} failed`);
    },
    logger: { warn: (message) => warnings.push(message) },
  });
  return { clock, attempts, warnings, invoker };
}

describe('asynchronous invocation, locally', () => {
  it('retries a failed event a minute and then two minutes later, not before', async () => {
    const { clock, attempts, invoker } = invokerFailing(2);
    await invoker.invoke({ milestoneId: 'm1' });
    await invoker.runDue();
    expect(attempts).toHaveLength(1);

    clock.advance(ASYNC_RETRY_DELAYS_MS[0] - 1);
    await invoker.runDue();
    expect(attempts).toHaveLength(1);
    clock.advance(1);
    await invoker.runDue();
    expect(attempts).toEqual(['2026-12-01T12:00:00.000Z', '2026-12-01T12:01:00.000Z']);

    clock.advance(ASYNC_RETRY_DELAYS_MS[1]);
    await invoker.runDue();
    await invoker.runDue();
    expect(attempts).toEqual([
      '2026-12-01T12:00:00.000Z',
      '2026-12-01T12:01:00.000Z',
      '2026-12-01T12:03:00.000Z',
    ]);
    expect(invoker.failures()).toEqual([]);
  });

  it('keeps an event every attempt failed, once, as the failure queue would', async () => {
    const { clock, attempts, warnings, invoker } = invokerFailing(10);
    await invoker.invoke({ milestoneId: 'm2' });
    for (let step = 0; step < 5; step++) {
      clock.advance(10 * 60_000);
      await invoker.runDue();
    }
    expect(attempts).toHaveLength(3);
    expect(invoker.failures()).toEqual([
      {
        functionName: 'followup-milestone',
        event: { milestoneId: 'm2' },
        attempts: 3,
        error: 'Error: attempt 3 failed',
        failedAt: '2026-12-01T12:20:00.000Z',
      },
    ]);
    expect(warnings).toHaveLength(1);
    // Kept as long as the queue on AWS keeps a message, then gone.
    clock.advance(FAILURE_RETENTION_MS - 30 * 60_000); // to 14 days after it failed, at 12:20
    expect(invoker.failures()).toHaveLength(1);
    clock.advance(1);
    expect(invoker.failures()).toEqual([]);
  });

  it('retries nothing once closed', async () => {
    const { clock, attempts, invoker } = invokerFailing(1);
    await invoker.invoke({ milestoneId: 'm3' });
    await invoker.close();
    clock.advance(ASYNC_RETRY_DELAYS_MS[0]);
    await invoker.runDue();
    expect(attempts).toHaveLength(1);
    expect(invoker.failures()).toEqual([]);
  });
});

describe('two callers at once', () => {
  it('each waits for every retry under way, also one the other started', async () => {
    const clock = createSettableClock(new Date('2026-12-01T12:00:00Z'));
    let release: () => void = () => {};
    const finished: number[] = [];
    let calls = 0;
    const invoker = createAsyncInvoker({
      functionName: 'followup-milestone',
      clock,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('first attempt failed');
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        finished.push(calls);
      },
      logger: { warn() {} },
    });
    await invoker.invoke({ milestoneId: 'm4' });
    clock.advance(ASYNC_RETRY_DELAYS_MS[0]);
    // The background tick takes the retry; the caller that moved the clock runs after it.
    const tick = invoker.runDue();
    const caller = invoker.runDue();
    let callerDone = false;
    void caller.then(() => {
      callerDone = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(callerDone).toBe(false);
    release();
    await Promise.all([tick, caller]);
    expect(finished).toEqual([2]);
  });
});

describe('a restart, with a data file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'followup-lambda-async-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const clock = createSettableClock(new Date('2026-12-01T12:00:00Z'));
  const invokerOn = (dataFile: string, run: (event: unknown) => Promise<unknown>) =>
    createAsyncInvoker({
      functionName: 'followup-milestone',
      clock,
      run,
      logger: { warn() {} },
      dataFile,
    });

  it('keeps the retries waiting: the next process runs them when due', async () => {
    const dataFile = join(folder, 'waiting.json');
    const first = invokerOn(dataFile, async () => {
      throw new Error('the mail service refused');
    });
    await first.invoke({ milestoneId: 'm5' });
    await first.close();

    const attempts: unknown[] = [];
    const second = invokerOn(dataFile, async (event) => attempts.push(event));
    await second.runDue();
    expect(attempts).toEqual([]);
    clock.advance(ASYNC_RETRY_DELAYS_MS[0]);
    await second.runDue();
    expect(attempts).toEqual([{ milestoneId: 'm5' }]);
    await second.close();
    // Done: a third process has nothing left to run.
    clock.advance(ASYNC_RETRY_DELAYS_MS[1]);
    const third = invokerOn(dataFile, async (event) => attempts.push(event));
    await third.runDue();
    expect(attempts).toHaveLength(1);
  });

  it('an attempt under way when the process died failed: it is retried after its wait', async () => {
    const dataFile = join(folder, 'died.json');
    // The first process never finishes its attempt: it dies (it is never closed).
    const dying = invokerOn(dataFile, () => new Promise(() => {}));
    void dying.invoke({ milestoneId: 'm6' });

    const attempts: unknown[] = [];
    const next = invokerOn(dataFile, async (event) => attempts.push(event));
    clock.advance(ASYNC_RETRY_DELAYS_MS[0]);
    await next.runDue();
    expect(attempts).toEqual([{ milestoneId: 'm6' }]);
  });

  it('keeps the failures, and their last attempt counts', async () => {
    const dataFile = join(folder, 'failures.json');
    const failing = invokerOn(dataFile, async () => {
      throw new Error('still refused');
    });
    await failing.invoke({ milestoneId: 'm7' });
    for (const wait of ASYNC_RETRY_DELAYS_MS) {
      clock.advance(wait);
      await failing.runDue();
    }
    await failing.close();
    const after = invokerOn(dataFile, async () => {});
    expect(after.failures()).toMatchObject([
      { event: { milestoneId: 'm7' }, attempts: 3, error: 'Error: still refused' },
    ]);
  });
});
