// Middy middlewares shared by the entry points: validate the event at the edge with zod, and
// map a malformed event to a logged no-op — retrying it would fail the same way forever.
import type { MiddlewareObj } from '@middy/core';
import type { z } from 'zod';
import { InvalidEventError } from '../core/errors.ts';
import { describeError, type Logger } from '../core/logger.ts';

export function validateEvent<S extends z.ZodType>(schema: S): MiddlewareObj<z.infer<S>> {
  return {
    before: (request) => {
      const parsed = schema.safeParse(request.event);
      if (!parsed.success) {
        const where = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
        throw new InvalidEventError(`event does not match its schema at: ${where}`, {
          cause: parsed.error,
        });
      }
      request.event = parsed.data;
    },
  };
}

export function dropInvalidEvents(logger: Logger): MiddlewareObj {
  return {
    onError: (request) => {
      if (request.error instanceof InvalidEventError) {
        logger.error('invalid event dropped', describeError(request.error));
        request.response = { dropped: true };
        request.error = null;
      }
    },
  };
}
