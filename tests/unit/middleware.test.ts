// The edge's error handling, through middy itself: a malformed event is a logged no-op; any
// other failure still fails the invocation (so it is retried) but with its addresses masked.
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  dropInvalidEvents,
  maskErrors,
  validateEvent,
} from '../../functions/commons/middleware.ts';
import type { LogFields, Logger } from '../../functions/core/logger.ts';

function recordingLogger() {
  const lines: Array<{ message: string; fields?: LogFields }> = [];
  const record = (message: string, fields?: LogFields) => {
    lines.push({ message, ...(fields ? { fields } : {}) });
  };
  const logger: Logger = { info: record, warn: record, error: record };
  return { lines, logger };
}

const schema = z.object({ id: z.string() });

function handlerThatFails(failure: unknown) {
  const { lines, logger } = recordingLogger();
  const handler = middy(async (_event: z.infer<typeof schema>) => {
    throw failure;
  })
    .use(maskErrors(logger))
    .use(validateEvent(schema))
    .use(dropInvalidEvents(logger));
  return { lines, invoke: (event: unknown) => handler(event as never, {} as Context) };
}

class MessageRejected extends Error {
  override name = 'MessageRejected';
}

describe('maskErrors', () => {
  it('rethrows with the name kept, addresses masked and the original as cause', async () => {
    const original = new MessageRejected('Email address is not verified: Alex.Rivera@example.net');
    const { lines, invoke } = handlerThatFails(original);
    const thrown = await invoke({ id: 'x' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Error);
    const error = thrown as Error;
    expect(error.name).toBe('MessageRejected');
    expect(error.message).toBe('Email address is not verified: <address>');
    expect(error.cause).toBe(original);
    expect(error.stack).not.toContain('@example.net');
    expect(error.stack?.split('\n')[0]).toBe(
      'MessageRejected: Email address is not verified: <address>',
    );
    // The frames of where it failed survive.
    expect(error.stack).toMatch(/\n\s+at /);
    expect(lines).toEqual([
      {
        message: 'invocation failed',
        fields: { errorName: 'MessageRejected', error: 'Email address is not verified: <address>' },
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('example.net');
  });

  it('masks what is thrown even when it is no Error', async () => {
    const { invoke } = handlerThatFails('gave up on dana@acme.example');
    await expect(invoke({ id: 'x' })).rejects.toMatchObject({
      name: 'Error',
      message: 'gave up on <address>',
      cause: 'gave up on dana@acme.example',
    });
  });

  it('leaves a malformed event to dropInvalidEvents: dropped, not failed', async () => {
    const { lines, invoke } = handlerThatFails(new Error('never reached'));
    await expect(invoke({ nope: true })).resolves.toEqual({ dropped: true });
    expect(lines.map((line) => line.message)).toEqual(['invalid event dropped']);
  });

  it('passes a success through untouched', async () => {
    const { lines, logger } = recordingLogger();
    const handler = middy(async (event: { id: string }) => ({ seen: event.id })).use(
      maskErrors(logger),
    );
    await expect(handler({ id: 'a1' }, {} as Context)).resolves.toEqual({ seen: 'a1' });
    expect(lines).toEqual([]);
  });
});
