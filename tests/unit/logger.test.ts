// Logs: one JSON line per event with ids only, each naming its Lambda invocation.
import middy from '@middy/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentInvocation, withInvocationLog } from '../../functions/commons/middleware.ts';
import { createJsonLogger, describeError } from '../../functions/core/logger.ts';
import { invocationContext } from '../../local/lambda.ts';

function capturedLogger() {
  const lines: Array<{ stream: string; entry: Record<string, unknown> }> = [];
  const logger = createJsonLogger(
    (level, line) =>
      lines.push({ stream: level === 'error' ? 'stderr' : 'stdout', entry: JSON.parse(line) }),
    currentInvocation,
  );
  return { logger, lines };
}

describe('logs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('mask addresses a service quoted in its error message', () => {
    const error = new Error(
      'Email address is not verified: Alex.Rivera@example.net, <a@b.example>',
    );
    error.name = 'MessageRejected';
    expect(describeError(error)).toEqual({
      errorName: 'MessageRejected',
      error: 'Email address is not verified: <address>, <<address>>',
    });
    expect(describeError('plain dana@acme.example text')).toEqual({
      error: 'plain <address> text',
    });
  });

  it('write one JSON line per event, at or above FOLLOWUP_LOG_LEVEL, errors to stderr', () => {
    const { logger, lines } = capturedLogger();
    vi.stubEnv('FOLLOWUP_LOG_LEVEL', 'warn');
    logger.info('quiet', { applicationId: 'a1' });
    logger.warn('loud', { applicationId: 'a1', reason: 'r' });
    logger.error('louder', { milestoneId: 'm1' });
    expect(lines).toEqual([
      {
        stream: 'stdout',
        entry: expect.objectContaining({ level: 'warn', message: 'loud', applicationId: 'a1' }),
      },
      {
        stream: 'stderr',
        entry: expect.objectContaining({ level: 'error', message: 'louder', milestoneId: 'm1' }),
      },
    ]);
  });

  it('name the request, the cold start and the function version on every line', async () => {
    const { logger, lines } = capturedLogger();
    vi.stubEnv('FOLLOWUP_LOG_LEVEL', 'info');
    const handler = withInvocationLog(
      middy(async (event: { id: string }) => {
        logger.info('handled', { applicationId: event.id });
      }),
    );
    const first = { ...invocationContext('followup-inbound'), functionVersion: '7' };
    const second = invocationContext('followup-inbound');
    await handler({ id: 'a1' }, first);
    await handler({ id: 'a2' }, second);
    expect(lines.map((line) => line.entry)).toEqual([
      expect.objectContaining({
        applicationId: 'a1',
        requestId: first.awsRequestId,
        coldStart: true,
        functionName: 'followup-inbound',
        functionVersion: '7',
      }),
      expect.objectContaining({
        applicationId: 'a2',
        requestId: second.awsRequestId,
        coldStart: false,
        functionVersion: '$LATEST',
      }),
    ]);
    expect(first.awsRequestId).not.toBe(second.awsRequestId);
  });

  it('keep each of two invocations running at once its own fields (the local stack runs them so)', async () => {
    const { logger, lines } = capturedLogger();
    vi.stubEnv('FOLLOWUP_LOG_LEVEL', 'info');
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handler = withInvocationLog(
      middy(async (event: { id: string }) => {
        logger.info('started', { applicationId: event.id });
        await gate;
        logger.info('handled', { applicationId: event.id });
      }),
    );
    const contexts = {
      a1: invocationContext('followup-inbound'),
      a2: invocationContext('followup-inbound'),
    };
    // Both start before either ends: a2 begins while a1 waits.
    const both = Promise.all([
      handler({ id: 'a1' }, contexts.a1),
      handler({ id: 'a2' }, contexts.a2),
    ]);
    release();
    await both;
    expect(lines.map((line) => line.entry.message)).toEqual([
      'started',
      'started',
      'handled',
      'handled',
    ]);
    for (const { entry } of lines) {
      expect(entry.requestId).toBe(contexts[entry.applicationId as 'a1' | 'a2'].awsRequestId);
    }
    // Outside any invocation a line names none.
    logger.info('between');
    expect(lines.at(-1)?.entry).not.toHaveProperty('requestId');
  });
});
