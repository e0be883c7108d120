// Middy middlewares shared by the entry points, and the handler they make of them: name the
// invocation on every log line, validate the event at the edge with zod/mini, map a malformed
// event to a logged no-op — retrying it would fail the same way forever — and mask any other
// error before the Lambda runtime logs it.
import middy, { type MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { InvalidEventError } from '../core/errors.ts';
import { describeError, type InvocationLogger, type Logger } from '../core/logger.ts';

/** What an entry point's handler is made with: once per container, at its cold start. */
interface EntryRuntime {
  logger: InvocationLogger;
  /** Run before each event: reads what must come over the network once per container. */
  prepare: () => Promise<void>;
}

/**
 * An entry point's handler over `runtime`: each invocation named in the logs, its errors masked,
 * the runtime prepared, the event validated against `schema` (a malformed one dropped), then run.
 */
export function entryPoint<S extends z.ZodMiniType, R extends EntryRuntime>(
  runtime: R,
  schema: S,
  run: (event: z.infer<S>, runtime: R) => Promise<unknown>,
) {
  return middy((event: z.infer<S>) => run(event, runtime))
    .use(logInvocation(runtime.logger))
    .use(maskErrors(runtime.logger))
    .before(runtime.prepare)
    .use(validateEvent(schema))
    .use(dropInvalidEvents(runtime.logger));
}

/**
 * Puts the request id, the cold-start flag and the function's name and version on every line the
 * invocation logs. Use it first, so that even a failure before the handler is attributed.
 */
export function logInvocation(
  logger: InvocationLogger,
): MiddlewareObj<unknown, unknown, Error, Context> {
  let invocations = 0;
  return {
    before: (request) => {
      invocations += 1;
      logger.startInvocation({
        requestId: request.context.awsRequestId,
        coldStart: invocations === 1,
        functionName: request.context.functionName,
        functionVersion: request.context.functionVersion,
      });
    },
  };
}

export function validateEvent<S extends z.ZodMiniType>(schema: S): MiddlewareObj<z.infer<S>> {
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

/**
 * Any other failure still fails the invocation, so that it is retried, but the runtime logs the
 * error's message and stack as they are, and an SES or SDK message can quote an address: the
 * error goes on with its name and a masked message, the original kept as `cause`. Use it first,
 * so that its onError runs last, after the ones that handle an error.
 */
export function maskErrors(logger: Logger): MiddlewareObj {
  return {
    onError: (request) => {
      const error = request.error;
      if (error === null || error === undefined) return;
      const described = describeError(error);
      logger.error('invocation failed', described);
      request.error = maskedError(error, described);
    },
  };
}

function maskedError(error: unknown, described: ReturnType<typeof describeError>): Error {
  const masked = new Error(described.error, { cause: error });
  masked.name = described.errorName ?? 'Error';
  // The original's frames say where it failed; its first line (the message) is replaced.
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter(isFrame) : [];
  masked.stack = [`${masked.name}: ${masked.message}`, ...frames].join('\n');
  return masked;
}

function isFrame(line: string): boolean {
  return /^\s+at /.test(line);
}
