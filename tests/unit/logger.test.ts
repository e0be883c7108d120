// Logs: one JSON line per event with ids only, each naming its Lambda invocation.
import middy from '@middy/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logInvocation } from '../../functions/commons/middleware.ts';
import { createJsonLogger, describeError } from '../../functions/core/logger.ts';
import { invocationContext } from '../../local/lambda.ts';

function capturedLogger() {
  const lines: Array<{ stream: string; entry: Record<string, unknown> }> = [];
  const logger = createJsonLogger((level, line) =>
    lines.push({ stream: level === 'error' ? 'stderr' : 'stdout', entry: JSON.parse(line) }),
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
    const handler = middy(async (event: { id: string }) => {
      logger.info('handled', { applicationId: event.id });
    }).use(logInvocation(logger));
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
});
