// Benchmark -> cold start: synthesizes the app as `cdk synth` does, then times each production
// bundle's import and first invocation in fresh Node processes against the local services, side
// by side with bare bundles that only construct SDK clients (built by the same construct, so with
// the same bundling options, code splitting included). A bundle's size is what its import loads:
// index.mjs and the chunks it imports statically (infra/bundle.ts); the chunks loaded on demand
// are given beside it. Offline, no credentials. `npx tsx bench/cold-start.ts [samples]
// [--no-source-maps]` prints it.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateScheduleGroupCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { App, type CfnResource, Duration, Stack } from 'aws-cdk-lib';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DateTime } from 'luxon';
import { ensureTable } from '../functions/adapters/dynamodb-store.ts';
import { bundleLoad, ENTRY_FILE, kbOf } from '../infra/bundle.ts';
import { createFollowupApp } from '../infra/followup-app.ts';
import { createFollowupFunction } from '../infra/followup-function.ts';
import { invocationContext } from '../local/lambda.ts';
import { startDynamoDb } from '../local/services/dynamodb.ts';
import { type LocalStack, startLocalStack } from '../local/stack.ts';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export type FunctionName = 'inbound' | 'milestone';

export interface ColdStartRow {
  function: FunctionName;
  /** What the import loads: index.mjs and the chunks it imports statically (no source maps). */
  bundleKb: number;
  /** The other chunks beside it, each loaded when an event first needs it. */
  onDemandKb: number;
  /** Median over fresh Node processes: `await import()` of the bundle, config and clients included. */
  importMs: number;
  /** Median, in the same processes: the first event handled end to end against the local services. */
  firstInvocationMs: number;
  /** The bare bundle of this function's own SDK clients. */
  floor: { clients: string[]; bundleKb: number; onDemandKb: number; importMs: number };
  /** The floor as issue 13 first measured it, without the Secrets Manager client. */
  issueFloor: { clients: string[]; bundleKb: number; importMs: number };
  /** The bare bundle of one DynamoDB client. */
  dynamoDbOnly: { bundleKb: number; importMs: number };
  importVsFloor: number;
  importVsIssueFloor: number;
  importVsDynamoDb: number;
  bundleOverFloorKb: number;
  samples: number;
}

/**
 * The SDK clients each function constructs (its floor). Both read the reply secret from Secrets
 * Manager once per container on AWS, as issue 13 asks, so its client is theirs; the local stack
 * hands them the secret's value instead, so the bench's first invocations make no such read.
 */
export const FLOOR_CLIENTS: Record<FunctionName, string[]> = {
  inbound: ['DynamoDB', 'S3', 'SESv2', 'Scheduler', 'SecretsManager'],
  milestone: ['DynamoDB', 'SESv2', 'Scheduler', 'SecretsManager'],
};

/** The floors as issue 13 first measured them, before the secret moved: given beside, to compare. */
export const ISSUE_FLOOR_CLIENTS: Record<FunctionName, string[]> = {
  inbound: ['DynamoDB', 'S3', 'SESv2', 'Scheduler'],
  milestone: ['DynamoDB', 'SESv2', 'Scheduler'],
};

const CLIENT_MODULES: Record<string, [pkg: string, className: string]> = {
  DynamoDB: ['@aws-sdk/client-dynamodb', 'DynamoDBClient'],
  S3: ['@aws-sdk/client-s3', 'S3Client'],
  SESv2: ['@aws-sdk/client-sesv2', 'SESv2Client'],
  Scheduler: ['@aws-sdk/client-scheduler', 'SchedulerClient'],
  SecretsManager: ['@aws-sdk/client-secrets-manager', 'SecretsManagerClient'],
};

/** What each first invocation must answer, so that the time is of the real path. */
const REAL_WORK: Record<FunctionName, string> = {
  inbound: JSON.stringify({ outcomes: ['application-opened'] }),
  milestone: JSON.stringify({ outcome: 'sent' }),
};

const CONFIRMATION = join(projectRoot, 'tests/fixtures/mail/confirmation-simple.eml');
/** A week before the fixture's interview, as the README's demo sets it. */
const FORWARDED_AT = new Date('2026-12-01T09:00:00-05:00');

type Bundle = { dir: string; kb: number; onDemandKb: number };

function bundleAt(dir: string): Bundle {
  const { atImport, onDemand } = bundleLoad(dir);
  return { dir, kb: kbOf(dir, atImport), onDemandKb: kbOf(dir, onDemand) };
}

function assetDir(outdir: string, stack: Stack, id: string): string {
  const fn = stack.node.findChild(id).node.defaultChild as CfnResource;
  const template = JSON.parse(
    readFileSync(join(outdir, `${stack.artifactId}.template.json`), 'utf8'),
  ) as { Resources: Record<string, { Properties: { Code: { S3Key: string } } }> };
  const key = template.Resources[stack.getLogicalId(fn)]?.Properties.Code.S3Key ?? '';
  return join(outdir, `asset.${key.replace(/\.zip$/, '')}`);
}

/** The production bundles, exactly as `cdk synth` builds them. */
function synthProduction(outdir: string): Record<FunctionName, Bundle> {
  const { app, stack } = createFollowupApp(projectRoot, { outdir });
  app.synth();
  return {
    inbound: bundleAt(assetDir(outdir, stack, 'Inbound')),
    milestone: bundleAt(assetDir(outdir, stack, 'Milestone')),
  };
}

function bareEntry(clients: string[]): string {
  const lines = clients.map((client, index) => {
    const [pkg, className] = CLIENT_MODULES[client] ?? [];
    return `import { ${className} as C${index} } from '${pkg}';`;
  });
  const built = clients.map((_, index) => `new C${index}({})`).join(', ');
  return `${lines.join('\n')}\nconst clients = [${built}];\nexport const handler = async () => clients.length;\n`;
}

/** Bare bundles built by the functions' own construct, so with the same bundling options. */
function synthFloors(outdir: string, entriesDir: string) {
  const app = new App({ outdir });
  const stack = new Stack(app, 'ColdStartFloors');
  const floors = {
    inbound: FLOOR_CLIENTS.inbound,
    milestone: FLOOR_CLIENTS.milestone,
    issueInbound: ISSUE_FLOOR_CLIENTS.inbound,
    issueMilestone: ISSUE_FLOOR_CLIENTS.milestone,
    dynamoDbOnly: ['DynamoDB'],
  };
  for (const [name, clients] of Object.entries(floors)) {
    const file = join(entriesDir, `${name}.ts`);
    writeFileSync(file, bareEntry(clients));
    createFollowupFunction(stack, name, {
      projectRoot,
      entry: file.slice(projectRoot.length),
      description: `bare ${name}`,
      memorySize: 128,
      timeout: Duration.seconds(3),
      environment: {},
      retryAttempts: 0,
      onFailure: new SqsDestination(new Queue(stack, `${name}Failures`)),
    });
  }
  app.synth();
  return {
    inbound: bundleAt(assetDir(outdir, stack, 'inbound')),
    milestone: bundleAt(assetDir(outdir, stack, 'milestone')),
    issueInbound: bundleAt(assetDir(outdir, stack, 'issueInbound')),
    issueMilestone: bundleAt(assetDir(outdir, stack, 'issueMilestone')),
    dynamoDbOnly: bundleAt(assetDir(outdir, stack, 'dynamoDbOnly')),
  };
}

// Runs in a fresh `node` (no loader hooks): the time of the import, then of one invocation.
const PROBE = `
const [bundle, eventJson, contextJson] = process.argv.slice(2);
const started = performance.now();
const module = await import(bundle);
const imported = performance.now();
let invoked = imported;
let result = null;
if (eventJson !== '') {
  const context = { ...JSON.parse(contextJson), getRemainingTimeInMillis: () => 30000, done() {}, fail() {}, succeed() {} };
  result = await module.handler(JSON.parse(eventJson), context);
  invoked = performance.now();
}
process.stdout.write('\\n' + JSON.stringify({ importMs: imported - started, invokeMs: invoked - imported, result }));
`;

type Probe = { importMs: number; invokeMs: number; result: unknown };

async function probe(
  probeFile: string,
  bundle: Bundle,
  env: NodeJS.ProcessEnv,
  invocation?: { event: unknown; functionName: string },
): Promise<Probe> {
  const context = invocation ? invocationContext(invocation.functionName) : {};
  const { stdout } = await run(
    process.execPath,
    [
      probeFile,
      pathToFileURL(join(bundle.dir, ENTRY_FILE)).href,
      invocation ? JSON.stringify(invocation.event) : '',
      JSON.stringify(context),
    ],
    { env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout.slice(stdout.lastIndexOf('\n') + 1)) as Probe;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** One fresh table, schedule group and raw mail per sample, so every first invocation is alike. */
async function freshWorld(stack: LocalStack, sample: number) {
  const sdk = {
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  const tableName = `cold-start-${sample}`;
  const scheduleGroup = `cold-start-${sample}`;
  await ensureTable(new DynamoDBClient({ ...sdk, endpoint: stack.endpoints.dynamodb }), tableName);
  const scheduler = new SchedulerClient({ ...sdk, endpoint: stack.endpoints.scheduler });
  await scheduler.send(new CreateScheduleGroupCommand({ Name: scheduleGroup }));
  const messageId = `cold-start-${sample}-${Date.now()}`;
  const s3 = new S3Client({ ...sdk, endpoint: stack.endpoints.s3, forcePathStyle: true });
  await s3.send(
    new PutObjectCommand({
      Bucket: stack.config.FOLLOWUP_RAW_MAIL_BUCKET,
      Key: `${stack.config.FOLLOWUP_RAW_MAIL_PREFIX}${messageId}`,
      Body: readFileSync(CONFIRMATION),
    }),
  );
  const inboundEvent = {
    Records: [
      {
        eventSource: 'aws:ses',
        ses: {
          mail: {
            messageId,
            source: 'alex.rivera@example.net',
            timestamp: new Date().toISOString(),
          },
          receipt: {
            recipients: [stack.config.FOLLOWUP_INTAKE_ADDRESS],
            spfVerdict: { status: 'PASS' },
            dkimVerdict: { status: 'PASS' },
            dmarcVerdict: { status: 'PASS' },
            spamVerdict: { status: 'PASS' },
            virusVerdict: { status: 'PASS' },
          },
        },
      },
    ],
  };
  /** The earliest milestone the inbound invocation scheduled: its target input and due time. */
  const firstMilestone = async () => {
    const { Schedules = [] } = await scheduler.send(
      new ListSchedulesCommand({ GroupName: scheduleGroup }),
    );
    const schedules = await Promise.all(
      Schedules.map((s) =>
        scheduler.send(new GetScheduleCommand({ GroupName: scheduleGroup, Name: s.Name })),
      ),
    );
    // `at(2026-12-10T16:45:00)` in the schedule's own zone.
    const due = (schedule: (typeof schedules)[number]) =>
      DateTime.fromISO((schedule.ScheduleExpression ?? '').slice(3, -1), {
        zone: schedule.ScheduleExpressionTimezone ?? 'UTC',
      }).toMillis();
    const [first] = schedules.sort((a, b) => due(a) - due(b));
    if (!first) throw new Error('the inbound invocation scheduled nothing');
    return {
      event: JSON.parse(first.Target?.Input ?? '{}') as unknown,
      dueMs: due(first),
    };
  };
  return {
    env: { FOLLOWUP_TABLE_NAME: tableName, FOLLOWUP_SCHEDULE_GROUP: scheduleGroup },
    inboundEvent,
    firstMilestone,
  };
}

/**
 * `sourceMaps: false` runs every bundle, floors too, without `--enable-source-maps` (the functions
 * run with it on AWS, infra/followup-function.ts): what the flag costs, `--no-source-maps` below.
 */
export async function measureColdStart(
  options: { samples?: number; sourceMaps?: boolean } = {},
): Promise<ColdStartRow[]> {
  const samples = options.samples ?? 7;
  const workDir = mkdtempSync(join(tmpdir(), 'followup-cold-start-'));
  // esbuild resolves the bare entries' imports from the project's node_modules.
  const entriesDir = join(projectRoot, '.data', 'cold-start-entries');
  mkdirSync(entriesDir, { recursive: true });
  const dynamodb = await startDynamoDb({
    engine: 'dynalite',
    port: 0,
    dataDir: workDir,
    inMemory: true,
    logger: quiet,
  });
  let stack: LocalStack | undefined;
  try {
    const production = synthProduction(join(workDir, 'cdk.out'));
    const floors = synthFloors(join(workDir, 'floors.out'), entriesDir);
    const probeFile = join(workDir, 'probe.mjs');
    writeFileSync(probeFile, PROBE);
    stack = await startLocalStack({
      dataDir: join(workDir, 'stack'),
      dynamodbEndpoint: dynamodb.endpoint,
      ports: { dynamodb: 0, ses: 0, smtp: 0, scheduler: 0, s3: 0, control: 0 },
      logger: quiet,
      schedulerTickMs: 0,
    });
    const baseEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      ...stack?.config,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: stack?.endpoints.dynamodb,
      AWS_ENDPOINT_URL_S3: stack?.endpoints.s3,
      AWS_ENDPOINT_URL_SESV2: stack?.endpoints.ses,
      AWS_ENDPOINT_URL_SCHEDULER: stack?.endpoints.scheduler,
      // As the stack sets it for the functions.
      NODE_OPTIONS: options.sourceMaps === false ? '' : '--enable-source-maps',
    };
    const times = new Map<string, Probe[]>();
    const record = (key: string, value: Probe) =>
      times.set(key, [...(times.get(key) ?? []), value]);
    // Round-robin, so that a busy moment of the machine weighs on every bundle alike.
    for (let sample = 0; sample < samples; sample += 1) {
      for (const [name, floor] of Object.entries(floors)) {
        record(
          name === 'dynamoDbOnly' ? name : `floor:${name}`,
          await probe(probeFile, floor, baseEnv),
        );
      }
      const world = await freshWorld(stack, sample);
      stack.clock.set(FORWARDED_AT);
      const inbound = await probe(
        probeFile,
        production.inbound,
        { ...baseEnv, ...world.env },
        {
          event: world.inboundEvent,
          functionName: 'followup-inbound',
        },
      );
      record('inbound', inbound);
      const milestone = await world.firstMilestone();
      stack.clock.set(new Date(milestone.dueMs + 60_000));
      record(
        'milestone',
        await probe(
          probeFile,
          production.milestone,
          { ...baseEnv, ...world.env },
          {
            event: milestone.event,
            functionName: 'followup-milestone',
          },
        ),
      );
    }
    const medianOf = (key: string, field: 'importMs' | 'invokeMs') =>
      median((times.get(key) ?? []).map((t) => t[field]));
    const outcomes = (key: string) => (times.get(key) ?? []).map((t) => JSON.stringify(t.result));
    return (['inbound', 'milestone'] as const).map((name) => {
      const importMs = medianOf(name, 'importMs');
      const floorImportMs = medianOf(`floor:${name}`, 'importMs');
      const issueFloor = name === 'inbound' ? 'issueInbound' : 'issueMilestone';
      const issueFloorImportMs = medianOf(`floor:${issueFloor}`, 'importMs');
      const dynamoDbImportMs = medianOf('dynamoDbOnly', 'importMs');
      const unexpected = outcomes(name).filter((outcome) => outcome !== REAL_WORK[name]);
      if (unexpected.length > 0) {
        throw new Error(`${name}'s first invocation did not do the real work: ${unexpected[0]}`);
      }
      return {
        function: name,
        bundleKb: round(production[name].kb),
        onDemandKb: round(production[name].onDemandKb),
        importMs: round(importMs),
        firstInvocationMs: round(medianOf(name, 'invokeMs')),
        floor: {
          clients: FLOOR_CLIENTS[name],
          bundleKb: round(floors[name].kb),
          onDemandKb: round(floors[name].onDemandKb),
          importMs: round(floorImportMs),
        },
        issueFloor: {
          clients: ISSUE_FLOOR_CLIENTS[name],
          bundleKb: round(floors[issueFloor].kb),
          importMs: round(issueFloorImportMs),
        },
        dynamoDbOnly: {
          bundleKb: round(floors.dynamoDbOnly.kb),
          importMs: round(dynamoDbImportMs),
        },
        importVsFloor: round(importMs / floorImportMs, 2),
        importVsIssueFloor: round(importMs / issueFloorImportMs, 2),
        importVsDynamoDb: round(importMs / dynamoDbImportMs, 2),
        bundleOverFloorKb: round(production[name].kb - floors[name].kb),
        samples,
      };
    });
  } finally {
    await stack?.close();
    await dynamodb.close();
    rmSync(workDir, { recursive: true, force: true });
    rmSync(entriesDir, { recursive: true, force: true });
  }
}

const quiet = { info() {}, warn() {} };

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await measureColdStart({
    sourceMaps: !process.argv.includes('--no-source-maps'),
    samples: Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 7),
  });
  console.table(
    rows.map((row) => ({
      function: row.function,
      'bundle KB': row.bundleKb,
      'floor KB': row.floor.bundleKb,
      'over floor KB': row.bundleOverFloorKb,
      'on demand KB': row.onDemandKb,
      'import ms': row.importMs,
      'floor import ms': row.floor.importMs,
      'vs floor': row.importVsFloor,
      'issue floor KB': row.issueFloor.bundleKb,
      'issue floor ms': row.issueFloor.importMs,
      'vs issue floor': row.importVsIssueFloor,
      'vs DynamoDB-only': row.importVsDynamoDb,
      'first invocation ms': row.firstInvocationMs,
    })),
  );
  console.log(JSON.stringify(rows));
}
