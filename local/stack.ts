// The embedded default: every AWS stand-in on 127.0.0.1 plus the real handlers, wired through the
// SDK's standard AWS_ENDPOINT_URL_<SERVICE> variables exactly as Lambda would see its services.
// Used by `npm start` and by the integration and end-to-end suites (on free ports).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BucketAlreadyOwnedByYou, CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  ConflictException,
  CreateScheduleGroupCommand,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { ensureTable } from '../functions/adapters/dynamodb-store.ts';
import {
  commaList,
  DOCTOR_EVENT,
  DOCTOR_TIMEOUT_SECONDS,
  INBOUND_TIMEOUT_SECONDS,
} from '../functions/config.ts';
import { createLocalClock, type LocalClock } from './clock.ts';
import { startControlServer } from './control.ts';
import {
  DEFAULT_TIMEZONE,
  FAULT_STACK_REQUEST_TIMEOUT_MS,
  LOCAL_HOST,
  LOCAL_INTAKE_ADDRESS,
  LOCAL_USERS,
} from './defaults.ts';
import { startExpirySweep } from './expiry.ts';
import { type FaultProxies, startFaultProxies } from './fault-proxy.ts';
import { invoke, type LambdaHandler } from './lambda.ts';
import { type AsyncFailure, createAsyncInvoker } from './lambda-async.ts';
import { startSchedulerEmulator } from './scheduler-emulator/index.ts';
import { startDynamoDb } from './services/dynamodb.ts';
import { endpointUrl } from './services/listen.ts';
import {
  type CountedService,
  type RequestCounter,
  startCountingProxy,
} from './services/request-counter.ts';
import { startS3 } from './services/s3.ts';
import { consoleLogger, type ServiceLogger } from './services/service.ts';
import { startSes } from './services/ses.ts';
import { startSmtpIntake } from './smtp-intake.ts';

export const LOCAL_ACCOUNT = '000000000000';
export const MILESTONE_FUNCTION_ARN = `arn:aws:lambda:us-east-1:${LOCAL_ACCOUNT}:function:followup-milestone`;

export interface LocalStackOptions {
  dataDir: string;
  /** 0 picks a free port (tests); `npm start` passes the documented defaults. */
  ports: {
    dynamodb: number;
    ses: number;
    smtp: number;
    scheduler: number;
    s3: number;
    control: number;
  };
  /** Reuse a running DynamoDB (the test suites share one JVM); otherwise start one. */
  dynamodbEndpoint?: string;
  /**
   * Keep DynamoDB's data and the Scheduler emulator's schedules in memory instead of under the data
   * folder (nothing survives a restart): the emulator rewrites its whole file on every change, which
   * at thousands of schedules (the soak) costs more than everything else.
   */
  inMemory?: boolean;
  tableName?: string;
  /** FOLLOWUP_* configuration for the handlers; unset ones get local defaults. */
  config?: Record<string, string>;
  logger?: ServiceLogger;
  /**
   * Counts what the handlers ask of each service (and each Lambda invocation) through a counting
   * proxy in front of it; the stack's own set-up and the control port's reads are not counted.
   */
  requestCounter?: RequestCounter;
  /** Told each handler invocation's time, measured in-process around the handler. */
  onInvocation?: (invocation: { functionName: string; durationMs: number }) => void;
  /** How often the Scheduler emulator fires due schedules on its own; 0 never (only fireDue). */
  schedulerTickMs?: number;
  /** Puts a fault-injecting proxy (local/fault-proxy.ts) between the handlers and each service. */
  faults?: { seed: number };
}

export interface LocalStack {
  clock: LocalClock;
  endpoints: {
    dynamodb: string;
    ses: string;
    smtp: string;
    scheduler: string;
    s3: string;
    control: string;
  };
  ports: { smtp: number; control: number };
  dynamodbEngine: string;
  config: Record<string, string>;
  /** The proxies the handlers reach the services through, with `faults`; `endpoints` bypass them. */
  faults?: FaultProxies;
  /** This stack's own functions, to invoke directly as Lambda would (a redelivery, a retry). */
  handlers: { inbound: LambdaHandler; milestone: LambdaHandler };
  /** Fires every schedule due on the local clock and waits for the handlers. */
  fireDue(): Promise<unknown[]>;
  /** Milestone events every attempt failed: what the failure queue holds on AWS. */
  milestoneFailures(): AsyncFailure[];
  close(): Promise<void>;
}

/** A random reply-token secret per data folder, kept so reply addresses survive restarts. */
function localReplySecret(dataDir: string): string {
  const file = join(dataDir, 'reply-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const logger = options.logger ?? consoleLogger;
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const clock = createLocalClock(join(dataDir, 'clock.json'));
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const closeOne of closers.reverse()) await closeOne().catch(() => {});
  };

  try {
    const dynamodb = options.dynamodbEndpoint
      ? { endpoint: options.dynamodbEndpoint, engine: 'shared' }
      : await startDynamoDb({
          port: options.ports.dynamodb,
          dataDir,
          inMemory: options.inMemory ?? false,
          logger,
        }).then((service) => {
          closers.push(() => service.close());
          return service;
        });
    const s3 = await startS3({ port: options.ports.s3, dataDir, logger });
    closers.push(() => s3.close());
    const ses = await startSes({ port: options.ports.ses, logger });
    closers.push(() => ses.close());

    const counter = options.requestCounter;
    /** The endpoint the handlers get: the service's own, or a counting proxy in front of it. */
    const counted = async (service: Exclude<CountedService, 'lambda'>, endpoint: string) => {
      if (!counter) return endpoint;
      const proxy = await startCountingProxy({ service, target: endpoint, counter });
      closers.push(() => proxy.close());
      return proxy.endpoint;
    };
    const timed = async (
      handler: LambdaHandler,
      functionName: string,
      event: unknown,
      timeoutMs?: number,
    ) => {
      const started = performance.now();
      try {
        return await invoke(handler, functionName, event, timeoutMs);
      } finally {
        const durationMs = performance.now() - started;
        counter?.record({ service: 'lambda', operation: 'Invoke', item: functionName, durationMs });
        options.onInvocation?.({ functionName, durationMs });
      }
    };

    let milestoneHandler: LambdaHandler | undefined;
    // The Scheduler invokes the function asynchronously, as on AWS: its errors are Lambda's to
    // retry, a minute and then two later, not the Scheduler's.
    const milestoneEvents = createAsyncInvoker({
      functionName: 'followup-milestone',
      clock,
      run: (event) => {
        if (!milestoneHandler) throw new Error('the milestone function is not loaded');
        return timed(milestoneHandler, 'followup-milestone', event);
      },
      logger,
      dataFile: options.inMemory ? undefined : join(dataDir, 'lambda-async.json'),
    });
    // Closed after the Scheduler (closers run last first), which waits for its firings' attempts.
    closers.push(() => milestoneEvents.close());
    const scheduler = await startSchedulerEmulator({
      port: options.ports.scheduler,
      clock,
      dataFile: options.inMemory ? undefined : join(dataDir, 'schedules.json'),
      tickMs: options.schedulerTickMs,
      invoke: async (target) => {
        if (target.arn !== MILESTONE_FUNCTION_ARN || !milestoneHandler) {
          throw new Error(`no local function behind ${target.arn}`);
        }
        counter?.record({ service: 'scheduler', operation: 'ScheduledInvocation' });
        await milestoneEvents.invoke(JSON.parse(target.input ?? '{}'));
      },
    });
    closers.push(() => scheduler.close());
    const fireDue = async () => {
      const fired = await scheduler.fireDue();
      await milestoneEvents.runDue();
      return fired;
    };
    const retryTickMs = options.schedulerTickMs ?? 1000;
    if (retryTickMs > 0) {
      const retryTick = setInterval(() => {
        milestoneEvents.runDue().catch(() => {});
      }, retryTickMs);
      retryTick.unref();
      closers.push(async () => clearInterval(retryTick));
    }
    const targets = {
      dynamodb: dynamodb.endpoint,
      s3: s3.endpoint,
      ses: ses.endpoint,
      scheduler: scheduler.endpoint,
    };
    const faults = options.faults && (await startFaultProxies(targets, options.faults.seed));
    if (faults) for (const proxy of Object.values(faults)) closers.push(() => proxy.close());
    const reached = faults
      ? {
          dynamodb: faults.dynamodb.endpoint,
          s3: faults.s3.endpoint,
          ses: faults.ses.endpoint,
          scheduler: faults.scheduler.endpoint,
        }
      : targets;
    // The handlers reach each service through the request counter, then the fault proxy.
    const handlerEndpoints = {
      dynamodb: await counted('dynamodb', reached.dynamodb),
      s3: await counted('s3', reached.s3),
      ses: await counted('sesv2', reached.ses),
      scheduler: await counted('scheduler', reached.scheduler),
    };

    const config: Record<string, string> = {
      FOLLOWUP_ALLOWED_SENDERS: LOCAL_USERS.join(','),
      FOLLOWUP_INTAKE_ADDRESS: LOCAL_INTAKE_ADDRESS,
      FOLLOWUP_DEFAULT_TIMEZONE: DEFAULT_TIMEZONE,
      FOLLOWUP_REPLY_SECRET: localReplySecret(dataDir),
      FOLLOWUP_TABLE_NAME: options.tableName ?? 'followup',
      FOLLOWUP_RAW_MAIL_BUCKET: 'followup-raw-mail',
      FOLLOWUP_RAW_MAIL_PREFIX: 'inbound/',
      FOLLOWUP_SCHEDULE_GROUP: 'followup',
      FOLLOWUP_MILESTONE_FUNCTION_ARN: MILESTONE_FUNCTION_ARN,
      FOLLOWUP_SCHEDULER_ROLE_ARN: `arn:aws:iam::${LOCAL_ACCOUNT}:role/followup-scheduler`,
      FOLLOWUP_SCHEDULE_DLQ_ARN: `arn:aws:sqs:us-east-1:${LOCAL_ACCOUNT}:followup-schedule-dlq`,
      ...(options.faults
        ? { FOLLOWUP_SDK_REQUEST_TIMEOUT_MS: String(FAULT_STACK_REQUEST_TIMEOUT_MS) }
        : {}),
      ...options.config,
      FOLLOWUP_S3_FORCE_PATH_STYLE: 'true',
      FOLLOWUP_CLOCK_FILE: clock.file,
    };
    // The handlers run in this process and read their world from the environment, as in Lambda;
    // closed, the stack leaves the environment as it found it, for a next stack in this process.
    const environment: Record<string, string> = {
      ...config,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: handlerEndpoints.dynamodb,
      AWS_ENDPOINT_URL_S3: handlerEndpoints.s3,
      AWS_ENDPOINT_URL_SES: handlerEndpoints.ses,
      AWS_ENDPOINT_URL_SESV2: handlerEndpoints.ses,
      AWS_ENDPOINT_URL_SCHEDULER: handlerEndpoints.scheduler,
    };
    const previous = Object.keys(environment).map((name) => [name, process.env[name]] as const);
    closers.push(async () => {
      for (const [name, value] of previous) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });
    Object.assign(process.env, environment);

    const sdk = {
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    };
    const dynamodbClient = new DynamoDBClient({ ...sdk, endpoint: dynamodb.endpoint });
    await ensureTable(dynamodbClient, config.FOLLOWUP_TABLE_NAME ?? 'followup');
    const expiry = startExpirySweep({
      client: dynamodbClient,
      tableName: config.FOLLOWUP_TABLE_NAME ?? 'followup',
      clock,
    });
    closers.push(() => expiry.close());
    const s3Client = new S3Client({ ...sdk, endpoint: s3.endpoint, forcePathStyle: true });
    // A restart on its own data finds the bucket there: that is success.
    await s3Client
      .send(new CreateBucketCommand({ Bucket: config.FOLLOWUP_RAW_MAIL_BUCKET }))
      .catch((error: unknown) => {
        if (!(error instanceof BucketAlreadyOwnedByYou)) throw error;
      });
    const schedulerClient = new SchedulerClient({ ...sdk, endpoint: scheduler.endpoint });
    await schedulerClient
      .send(new CreateScheduleGroupCommand({ Name: config.FOLLOWUP_SCHEDULE_GROUP }))
      .catch((error: unknown) => {
        if (!(error instanceof ConflictException)) throw error;
      });

    // A cold start of each function on this stack's environment: a stack started after another in
    // the same process (the test suites run several per worker) gets handlers of its own.
    const { createRuntime } = await import('../functions/commons/runtime.ts');
    const { createInboundRuntime } = await import('../functions/commons/inbound-runtime.ts');
    const { inboundHandler } = await import('../functions/inbound.ts');
    const { milestoneHandler: milestoneOn } = await import('../functions/milestone.ts');
    const inbound = inboundHandler(createInboundRuntime()) as LambdaHandler;
    const milestone = milestoneOn(createRuntime()) as LambdaHandler;
    milestoneHandler = milestone;

    const intakeAddress = config.FOLLOWUP_INTAKE_ADDRESS ?? '';
    // SES receiving's PutObject is billed to the account like the handlers' requests.
    const intakeS3 = counter
      ? new S3Client({ ...sdk, endpoint: handlerEndpoints.s3, forcePathStyle: true })
      : s3Client;
    const smtp = await startSmtpIntake({
      port: options.ports.smtp,
      intakeDomain: intakeAddress.slice(intakeAddress.indexOf('@') + 1),
      s3: intakeS3,
      bucket: config.FOLLOWUP_RAW_MAIL_BUCKET ?? '',
      prefix: config.FOLLOWUP_RAW_MAIL_PREFIX ?? '',
      clock,
      deliver: (event) => timed(inbound, 'followup-inbound', event, INBOUND_TIMEOUT_SECONDS * 1000),
      onError: (error) =>
        logger.warn('inbound handler failed; answered 451', {
          error: error instanceof Error ? error.name : 'unknown',
        }),
    });
    closers.push(() => smtp.close());

    const control = await startControlServer({
      port: options.ports.control,
      clock,
      fireDue,
      dynamodb: dynamodbClient,
      tableName: config.FOLLOWUP_TABLE_NAME ?? 'followup',
      users: [config.FOLLOWUP_ALLOWED_SENDERS, config.FOLLOWUP_ADMINS]
        .flatMap((list) => commaList(list ?? ''))
        .map((address) => address.toLowerCase()),
      // The milestone function's code with the doctor function's timeout, as deployed.
      doctor: () =>
        invoke(milestone, 'followup-doctor', DOCTOR_EVENT, DOCTOR_TIMEOUT_SECONDS * 1000),
      sweepExpired: () => expiry.sweep(),
    });
    closers.push(() => control.close());

    return {
      clock,
      endpoints: {
        dynamodb: dynamodb.endpoint,
        ses: ses.endpoint,
        smtp: `smtp://${LOCAL_HOST}:${smtp.port}`,
        scheduler: scheduler.endpoint,
        s3: s3.endpoint,
        control: endpointUrl(LOCAL_HOST, control.port),
      },
      ports: { smtp: smtp.port, control: control.port },
      dynamodbEngine: dynamodb.engine,
      config,
      ...(faults ? { faults } : {}),
      handlers: { inbound, milestone },
      fireDue,
      milestoneFailures: () => milestoneEvents.failures(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
