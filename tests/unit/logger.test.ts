import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError, jsonLogger } from '../../functions/core/logger.ts';

describe('logs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
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

  it('write one JSON line per event, at or above FOLLOWUP_LOG_LEVEL', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => lines.push(line));
    vi.stubEnv('FOLLOWUP_LOG_LEVEL', 'warn');
    jsonLogger.info('quiet', { applicationId: 'a1' });
    jsonLogger.warn('loud', { applicationId: 'a1', reason: 'r' });
    jsonLogger.error('louder', { milestoneId: 'm1' });
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ level: 'warn', message: 'loud', applicationId: 'a1', reason: 'r' }),
      expect.objectContaining({ level: 'error', message: 'louder', milestoneId: 'm1' }),
    ]);
  });
});
