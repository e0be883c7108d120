// The fault proxy (local/fault-proxy.ts) answers as each service does when it throttles or fails,
// so the SDK throws the service's own exception; it hangs and drops as told, forwards everything
// else, and the same seed gives the same faults.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkClientOptions } from '../../functions/adapters/sdk-client.ts';
import {
  type FaultProxy,
  type FaultService,
  operationOf,
  startFaultProxy,
} from '../../local/fault-proxy.ts';
import {
  type SchedulerEmulator,
  startSchedulerEmulator,
} from '../../local/scheduler-emulator/index.ts';

const local = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  maxAttempts: 1,
  ...sdkClientOptions({ connectionMs: 500, requestMs: 500 }),
};

/** One call per service, as the adapters make them. */
function call(service: FaultService, endpoint: string): Promise<unknown> {
  switch (service) {
    case 'dynamodb':
      return new DynamoDBClient({ ...local, endpoint }).send(
        new GetItemCommand({ TableName: 't', Key: { pk: { S: 'a' }, sk: { S: 'b' } } }),
      );
    case 'ses':
      return new SESv2Client({ ...local, endpoint }).send(
        new SendEmailCommand({
          Content: { Raw: { Data: new TextEncoder().encode('Subject: x\r\n\r\nx') } },
        }),
      );
    case 'scheduler':
      return new SchedulerClient({ ...local, endpoint }).send(
        new GetScheduleCommand({ Name: 'none', GroupName: 'default' }),
      );
    case 's3':
      return new S3Client({ ...local, endpoint, forcePathStyle: true }).send(
        new GetObjectCommand({ Bucket: 'b', Key: 'inbound/k' }),
      );
  }
}

describe('the fault proxy', () => {
  // Behind every proxy the Scheduler emulator: what reaches it answers its own way (404 here).
  let emulator: SchedulerEmulator;
  const proxies: FaultProxy[] = [];
  const proxy = async (service: FaultService, seed = 1) => {
    const started = await startFaultProxy({ service, target: emulator.endpoint, seed });
    proxies.push(started);
    return started;
  };

  beforeAll(async () => {
    emulator = await startSchedulerEmulator({
      clock: { now: () => new Date() },
      invoke: async () => {},
      tickMs: 0,
    });
  });
  afterAll(async () => {
    for (const started of proxies) await started.close();
    await emulator?.close();
  });

  it.each([
    [
      'dynamodb',
      ['ProvisionedThroughputExceededException', 'ThrottlingException'],
      'InternalServerError',
    ],
    ['ses', ['TooManyRequestsException'], 'InternalFailure'],
    ['scheduler', ['ThrottlingException'], 'InternalServerException'],
    ['s3', ['SlowDown'], 'InternalError'],
  ] as const)(
    '%s: throttling and server errors are the service’s own',
    async (service, throttles, failure) => {
      const faulty = await proxy(service);
      faulty.set([{ kind: 'throttle' }]);
      const throttled = await call(service, faulty.endpoint).catch((error: Error) => error);
      expect(throttles).toContain((throttled as Error).name);
      expect(
        (throttled as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode,
      ).toBe(service === 'dynamodb' ? 400 : service === 's3' ? 503 : 429);
      faulty.set([{ kind: 'server-error' }]);
      const failed = await call(service, faulty.endpoint).catch((error: Error) => error);
      expect((failed as Error).name).toBe(failure);
      expect((failed as { $fault?: string }).$fault).toBe('server');
    },
  );

  it('hangs until the client gives up, drops the connection, and forwards the rest', async () => {
    const faulty = await proxy('scheduler');
    faulty.set([
      { kind: 'hang', times: 1 },
      { kind: 'drop', times: 1 },
      { kind: 'latency', latencyMs: 50, times: 1 },
    ]);
    await expect(call('scheduler', faulty.endpoint)).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    const dropped = await call('scheduler', faulty.endpoint).catch((error: Error) => error);
    expect((dropped as { code?: string }).code).toBe('ECONNRESET');
    // Latency, then the emulator's own answer; then no rule is left.
    await expect(call('scheduler', faulty.endpoint)).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    await expect(call('scheduler', faulty.endpoint)).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    expect(faulty.stats()).toEqual({
      requests: 4,
      faults: { 'GetSchedule hang': 1, 'GetSchedule drop': 1, 'GetSchedule latency': 1 },
    });
  });

  it('faults only the operations named, at the rate asked, the same for the same seed', async () => {
    const outcomes = async (seed: number) => {
      const faulty = await proxy('scheduler', seed);
      faulty.set([{ kind: 'throttle', rate: 0.5, operations: ['GetSchedule'] }]);
      const names: string[] = [];
      for (let i = 0; i < 40; i++) {
        names.push(
          await call('scheduler', faulty.endpoint).then(
            () => 'ok',
            (error: Error) => error.name,
          ),
        );
      }
      return names;
    };
    const first = await outcomes(7);
    expect(await outcomes(7)).toEqual(first);
    expect(await outcomes(8)).not.toEqual(first);
    const throttled = first.filter((name) => name === 'ThrottlingException').length;
    expect(throttled).toBeGreaterThan(8);
    expect(throttled).toBeLessThan(32);

    const other = await proxy('scheduler');
    other.set([{ kind: 'throttle', operations: ['CreateSchedule'] }]);
    await expect(call('scheduler', other.endpoint)).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });

  it('names each service’s operations', () => {
    expect(
      operationOf('dynamodb', 'POST', '/', { 'x-amz-target': 'DynamoDB_20120810.PutItem' }),
    ).toBe('PutItem');
    expect(operationOf('ses', 'POST', '/v2/email/outbound-emails', {})).toBe('SendEmail');
    expect(operationOf('scheduler', 'POST', '/schedules/a-b?x=1', {})).toBe('CreateSchedule');
    expect(operationOf('scheduler', 'DELETE', '/schedules/a-b', {})).toBe('DeleteSchedule');
    expect(operationOf('s3', 'GET', '/bucket/inbound/k', {})).toBe('GetObject');
    expect(operationOf('s3', 'PUT', '/bucket', {})).toBe('PUT /bucket');
  });
});
