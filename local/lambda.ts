// Runs a Lambda handler in-process the way the Lambda service would: one invocation at a time
// per call, with a context object carrying a request id.
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

export function invocationContext(functionName: string, timeoutMs = 30_000): Context {
  const deadline = Date.now() + timeoutMs;
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: requestId,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

export function invoke(
  handler: LambdaHandler,
  functionName: string,
  event: unknown,
  timeoutMs?: number,
) {
  return handler(event, invocationContext(functionName, timeoutMs));
}
