// The entry points' handler chain: each invocation logged as its own (AsyncLocalStorage), the event
// validated at the edge with zod/mini, a malformed event mapped to a logged no-op — retrying it
// would fail the same way forever — and any other error masked before the Lambda runtime logs it.
import { AsyncLocalStorage } from 'node:async_hooks';
import middy, { type MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { InvalidEventError } from '../core/errors.ts';
import { describeError, type InvocationFields, type Logger } from '../core/logger.ts';

/** The invocation each running event belongs to: its own, however many run at once. */
const invocations = new AsyncLocalStorage<InvocationFields>();

/** The fields of the invocation that is running here and now; the logger asks per line. */
export const currentInvocation = () => invocations.getStore();

/**
 * Runs each invocation with its request id, cold-start flag and the function's name and version,
 * for every line it logs. Lambda runs one at a time per container; the local stack runs several at
 * once in one process, and each keeps its own. Wrap the whole handler, so that even a failure
 * before it is attributed.
 */
export function withInvocationLog<Event, Result>(
  handler: (event: Event, context: Context) => Promise<Result>,
): (event: Event, context: Context) => Promise<Result> {
  let started = 0;
  return (event, context) => {
    started += 1;
    const fields = {
      requestId: context.awsRequestId,
      coldStart: started === 1,
      functionName: context.functionName,
      functionVersion: context.functionVersion,
    };
    return invocations.run(fields, () => handler(event, context));
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

/**
 * An entry point's handler over `runtime` (made once per container, at its cold start): each
 * invocation logged as its own, any error masked, the runtime prepared, then the event validated
 * (a malformed one dropped) before `run` gets it.
 */
export function entryPoint<
  S extends z.ZodMiniType,
  R extends { logger: Logger; prepare: () => Promise<void> },
  Result,
>(
  runtime: R,
  schema: S,
  run: (event: z.infer<S>, runtime: R, context: Context) => Promise<Result>,
) {
  return withInvocationLog(
    middy((event: z.infer<S>, context: Context) => run(event, runtime, context))
      .use(maskErrors(runtime.logger))
      .before(runtime.prepare)
      .use(validateEvent(schema))
      .use(dropInvalidEvents(runtime.logger)),
  );
}
