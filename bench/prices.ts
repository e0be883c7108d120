// Benchmark -> cost: AWS list prices and the dollar cost of the requests one application lifecycle
// makes, as counted at the local services (local/services/request-counter.ts).
import { FUNCTION_MEMORY_MB } from '../infra/stack.ts';
import type { CountedRequest } from '../local/services/request-counter.ts';

// List prices, US East (N. Virginia), on-demand, without any free tier. Source: the services'
// public pricing pages (aws.amazon.com/<service>/pricing/), as published in 2025 (DynamoDB
// on-demand after its November 2024 reduction); this machine has no network to re-check them, so
// look them up again before relying on the cents. SES is excluded, as the issue asks.
export const LIST_PRICES = {
  lambda: {
    perRequest: 0.2 / 1e6,
    /** arm64, per GB-second of billed duration. */
    perGbSecond: 0.0000133334,
  },
  dynamodb: { perWriteUnit: 0.625 / 1e6, perReadUnit: 0.125 / 1e6 },
  s3: { perPut: 0.005 / 1000, perGet: 0.0004 / 1000 },
  /** Scheduled invocations only; creating, updating and deleting schedules is not charged. */
  scheduler: { perInvocation: 1.0 / 1e6 },
  cloudwatchLogs: { perGbIngested: 0.5 },
  secretsManager: { perSecretMonth: 0.4, perApiCall: 0.05 / 10_000 },
  cloudwatch: { perAlarmMonth: 0.1 },
} as const;

/** The Lambda runtime's own START, END and REPORT lines per invocation, about this many bytes. */
export const PLATFORM_LOG_BYTES_PER_INVOCATION = 300;

const S3_PUT_CLASS = new Set(['PutObject', 'CopyObject', 'ListObjects', 'ListObjectsV2']);

export interface ServiceCost {
  service: string;
  dollars: number;
  /** How it was reached, e.g. "15 PutItem = 49 WRU". */
  basis: string;
}

const memoryMb = (functionName: string) =>
  functionName.includes('inbound') ? FUNCTION_MEMORY_MB.inbound : FUNCTION_MEMORY_MB.milestone;
const memoryGb = (functionName: string) => memoryMb(functionName) / 1024;

/** Lambda gives a function one vCPU at this much memory, and a proportional share below it. */
export const ONE_VCPU_MB = 1769;

/** A function's cold start as bench/cold-start.ts measures it, on one full core of this machine. */
export interface ColdStartTimes {
  importMs: number;
  firstInvocationMs: number;
}

/**
 * Lambda's dollars per lifecycle in the worst case a quiet deployment meets: every invocation a
 * cold start (AWS bills the INIT phase of on-demand functions since August 2025), each taking
 * the measured cold import plus first invocation, and all of that CPU-bound, so stretched to the
 * CPU share the configured memory gets (below one vCPU, a function with half the memory runs half
 * as fast). The warm figure of costByService is the other end: handler time on a full core.
 */
export function lambdaColdBound(
  counts: CountedRequest[],
  lifecycles: number,
  coldStarts: Record<'inbound' | 'milestone', ColdStartTimes>,
): ServiceCost {
  let gbSeconds = 0;
  let invocations = 0;
  for (const entry of counts.filter((e) => e.service === 'lambda')) {
    const name = entry.item ?? '';
    const cold = name.includes('inbound') ? coldStarts.inbound : coldStarts.milestone;
    const stretch = Math.max(1, ONE_VCPU_MB / memoryMb(name));
    const seconds = ((cold.importMs + cold.firstInvocationMs) / 1000) * stretch;
    gbSeconds += entry.count * Math.ceil(seconds * 1000) * (memoryGb(name) / 1000);
    invocations += entry.count;
  }
  const p = LIST_PRICES.lambda;
  return {
    service: 'Lambda, every invocation cold',
    dollars: (invocations * p.perRequest + gbSeconds * p.perGbSecond) / lifecycles,
    basis: `${Math.round((invocations / lifecycles) * 10) / 10} cold invocations, ${(gbSeconds / lifecycles).toFixed(3)} GB-s`,
  };
}

/**
 * Dollars for `lifecycles` application lifecycles' requests, by service. Lambda duration is the
 * handler time measured locally (in-process, on this machine), rounded up to the millisecond.
 */
export function costByService(
  counts: CountedRequest[],
  logBytes: number,
  lifecycles: number,
): ServiceCost[] {
  const of = (service: string) => counts.filter((entry) => entry.service === service);
  const sum = (entries: CountedRequest[], pick: (entry: CountedRequest) => number) =>
    entries.reduce((total, entry) => total + pick(entry), 0);
  const per = (value: number) => value / lifecycles;

  const invocations = of('lambda');
  const gbSeconds = sum(
    invocations,
    (e) => (Math.ceil(e.durationMs) / 1000) * memoryGb(e.item ?? ''),
  );
  const invocationCount = sum(invocations, (e) => e.count);
  const dynamo = of('dynamodb');
  const isWrite = (e: CountedRequest) => /Put|Update|Delete|Write/.test(e.operation);
  const writeUnits = sum(dynamo.filter(isWrite), (e) => e.requestUnits);
  const readUnits = sum(
    dynamo.filter((e) => !isWrite(e)),
    (e) => e.requestUnits,
  );
  const s3 = of('s3');
  const puts = sum(
    s3.filter((e) => S3_PUT_CLASS.has(e.operation)),
    (e) => e.count,
  );
  const gets = sum(
    s3.filter((e) => !S3_PUT_CLASS.has(e.operation)),
    (e) => e.count,
  );
  const fired = sum(
    of('scheduler').filter((e) => e.operation === 'ScheduledInvocation'),
    (e) => e.count,
  );
  const totalLogBytes = logBytes + invocationCount * PLATFORM_LOG_BYTES_PER_INVOCATION;
  const p = LIST_PRICES;
  const round = (value: number) => Math.round(value * 10) / 10;
  return [
    {
      service: 'Lambda',
      dollars: per(invocationCount * p.lambda.perRequest + gbSeconds * p.lambda.perGbSecond),
      basis: `${round(per(invocationCount))} invocations, ${per(gbSeconds).toFixed(3)} GB-s`,
    },
    {
      service: 'DynamoDB',
      dollars: per(writeUnits * p.dynamodb.perWriteUnit + readUnits * p.dynamodb.perReadUnit),
      basis: `${round(per(writeUnits))} WRU, ${round(per(readUnits))} RRU`,
    },
    {
      service: 'S3',
      dollars: per(puts * p.s3.perPut + gets * p.s3.perGet),
      basis: `${round(per(puts))} PUT, ${round(per(gets))} GET`,
    },
    {
      service: 'EventBridge Scheduler',
      dollars: per(fired * p.scheduler.perInvocation),
      basis: `${round(per(fired))} scheduled invocations`,
    },
    {
      service: 'CloudWatch Logs',
      dollars: per((totalLogBytes / 1024 ** 3) * p.cloudwatchLogs.perGbIngested),
      basis: `${Math.round(per(totalLogBytes))} bytes ingested`,
    },
  ];
}
