// Test support: a whole local stack on free ports sharing the run's DynamoDB Local, and a view
// of the mail the SES emulator received, parsed back with a real MIME parser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateScheduleCommand,
  ListSchedulesCommand,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import PostalMime, { type Email } from 'postal-mime';
import { inject } from 'vitest';
import type { Application, MilestoneRef } from '../../functions/core/model.ts';
import type { DoctorReport } from '../../functions/core/use-cases/doctor.ts';
import { deliver } from '../../local/forward.ts';
import { listSentMail } from '../../local/services/ses.ts';
import {
  type LocalStack,
  type LocalStackOptions,
  MILESTONE_FUNCTION_ARN,
  startLocalStack,
} from '../../local/stack.ts';

export interface TestStack extends LocalStack {
  /** Every mail followup sent so far, oldest first, parsed (once each). */
  mail(): Promise<Email[]>;
  send(raw: string | Uint8Array, envelope?: { from?: string; to?: string }): Promise<string>;
  scheduleNames(): Promise<string[]>;
  /** Moves the clock through the control port, as `followup clock advance` does. */
  advance(ms: number): Promise<{ fired: unknown[] }>;
  applications(user: string): Promise<Application[]>;
  /** The user's one application; throws when there is none or more than one. */
  onlyApplication(user: string): Promise<Application>;
  /** Every mail followup sent to `user`, oldest first. */
  mailTo(user: string): Promise<Email[]>;
  /** The Scheduler's schedules of one application, by name. */
  schedulesOf(application: Application): Promise<string[]>;
  /** Runs `followup doctor` through the control port, as the CLI does. */
  doctor(): Promise<DoctorReport>;
  stop(): Promise<void>;
}

const quiet = { info() {}, warn() {} };

export async function startTestStack(
  config: Record<string, string> = {},
  options: Pick<LocalStackOptions, 'requestCounter' | 'onInvocation' | 'faults' | 'inMemory'> = {},
): Promise<TestStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'followup-stack-'));
  const stack = await startLocalStack({
    dataDir,
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    tableName: `followup-${Math.random().toString(36).slice(2, 10)}`,
    ports: { dynamodb: 0, ses: 0, smtp: 0, scheduler: 0, s3: 0, control: 0 },
    config,
    logger: quiet,
    ...options,
  });
  // The outbox only grows: each mail is parsed once.
  const parsed = new Map<string, Promise<Email>>();
  const scheduler = new SchedulerClient({
    region: 'us-east-1',
    endpoint: stack.endpoints.scheduler,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const testStack: TestStack = {
    ...stack,
    async mail() {
      const sent = await listSentMail(stack.endpoints.ses);
      return Promise.all(
        sent.map((message) => {
          const raw = message.raw;
          if (!raw) throw new Error(`SES kept no raw MIME of ${message.messageId}`);
          let email = parsed.get(message.messageId);
          if (!email) {
            email = PostalMime.parse(raw);
            parsed.set(message.messageId, email);
          }
          return email;
        }),
      );
    },
    send: (raw, envelope) => deliver({ raw, ...envelope, port: stack.ports.smtp }),
    async scheduleNames() {
      const names: string[] = [];
      let NextToken: string | undefined;
      do {
        const page = await scheduler.send(
          new ListSchedulesCommand({ GroupName: 'followup', NextToken }),
        );
        names.push(...(page.Schedules ?? []).map((s) => s.Name ?? ''));
        NextToken = page.NextToken;
      } while (NextToken);
      return names.sort();
    },
    async advance(ms) {
      const response = await fetch(`${stack.endpoints.control}/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceMs: ms }),
      });
      if (!response.ok) throw new Error(`clock advance failed: ${await response.text()}`);
      return (await response.json()) as { fired: unknown[] };
    },
    async applications(user) {
      const response = await fetch(
        `${stack.endpoints.control}/applications?user=${encodeURIComponent(user)}`,
      );
      return ((await response.json()) as { applications: Application[] }).applications;
    },
    async onlyApplication(user) {
      const applications = await testStack.applications(user);
      const [application] = applications;
      if (!application || applications.length > 1)
        throw new Error(`${user} has ${applications.length} applications, not one`);
      return application;
    },
    async mailTo(user) {
      return (await testStack.mail()).filter((mail) => mail.to?.some((to) => to.address === user));
    },
    async schedulesOf(application) {
      return (await testStack.scheduleNames()).filter((name) =>
        name.startsWith(`${application.id}-`),
      );
    },
    async doctor() {
      const response = await fetch(`${stack.endpoints.control}/doctor`, { method: 'POST' });
      if (!response.ok) throw new Error(`doctor failed: ${await response.text()}`);
      return ((await response.json()) as { report: DoctorReport }).report;
    },
    async stop() {
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return testStack;
}

const GROUP = 'followup';
const TARGET = {
  Arn: MILESTONE_FUNCTION_ARN,
  RoleArn: 'arn:aws:iam::000000000000:role/followup-scheduler',
};

/** A schedule made behind followup's back, firing `ref` on 20 Dec 2026 (its name is the ref's). */
export function createStraySchedule(client: SchedulerClient, ref: MilestoneRef) {
  return client.send(
    new CreateScheduleCommand({
      Name: `${ref.applicationId}-${ref.milestoneId}`,
      GroupName: GROUP,
      ScheduleExpression: 'at(2026-12-20T10:00:00)',
      ScheduleExpressionTimezone: 'America/New_York',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { ...TARGET, Input: JSON.stringify(ref) },
    }),
  );
}

/** Not a milestone's: the doctor's own daily schedule on AWS looks like this. */
export function createForeignSchedule(client: SchedulerClient) {
  return client.send(
    new CreateScheduleCommand({
      Name: 'doctor-daily',
      GroupName: GROUP,
      ScheduleExpression: 'cron(0 5 * * ? *)',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { ...TARGET, Input: JSON.stringify({ followup: 'doctor' }) },
    }),
  );
}
