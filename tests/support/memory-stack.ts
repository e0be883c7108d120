// Test support: the real use-cases (handleInboundMail, fireMilestone) wired onto the in-memory
// ports, behind the same view the local-stack harness gives (send, mail, applications, schedules,
// clock), so a use-case test runs in milliseconds. What only the real stack can show (SMTP,
// DynamoDB Local, the emulators, the Lambda entry points) stays with tests/support/local-stack.ts.
import { randomBytes } from 'node:crypto';
import PostalMime, { type Email } from 'postal-mime';
import { readConfig } from '../../functions/config.ts';
import { type Logger, silentLogger } from '../../functions/core/logger.ts';
import { createMailRenderer } from '../../functions/core/mail/index.ts';
import type { Application, MilestoneRef } from '../../functions/core/model.ts';
import { type FireOutcome, fireMilestone } from '../../functions/core/use-cases/fire-milestone.ts';
import {
  handleInboundMail,
  type InboundDeps,
  type InboundOutcome,
} from '../../functions/core/use-cases/handle-inbound-mail.ts';
import type { InvocationBudget } from '../../functions/core/use-cases/retry-within.ts';
import { LOCAL_INTAKE_ADDRESS, LOCAL_USERS } from '../../local/defaults.ts';
import { createAsyncInvoker } from '../../local/lambda-async.ts';
import { verdictsFor } from '../../local/smtp-intake.ts';
import { createSettableClock, type SettableClock } from './in-memory/clock.ts';
import { createMemoryMailer, type MemoryMailer } from './in-memory/mailer.ts';
import { createMemoryRawMail, type MemoryRawMail } from './in-memory/raw-mail.ts';
import {
  createMemoryScheduler,
  type MemoryScheduler,
  type SchedulerFiring,
} from './in-memory/scheduler.ts';
import { createMemoryStore, type MemoryStore } from './in-memory/store.ts';

export interface MemoryStack {
  clock: SettableClock;
  store: MemoryStore;
  scheduler: MemoryScheduler;
  mailer: MemoryMailer;
  /** The S3 bucket SES receiving writes to. */
  rawMail: MemoryRawMail;
  deps: InboundDeps;
  /** The FOLLOWUP_* configuration the use-cases were given (local defaults, then overrides). */
  config: Record<string, string>;
  /**
   * Receives a message as SES receiving would hand it over: stored raw, then the inbound use-case
   * with the verdicts the local intake gives loopback mail (and its test header). Envelope
   * sender and recipient default to the message's From and first To; `receivedAt`, when SES
   * received it, to now (a retry of a failed delivery carries the first one's). `budget`: the
   * invocation's time left, as Lambda tells it (none: no limit).
   */
  send(
    raw: string | Uint8Array,
    envelope?: { from?: string; to?: string; receivedAt?: Date },
    budget?: InvocationBudget,
  ): Promise<InboundOutcome>;
  /** Runs the milestone use-case for one schedule's input, as a Scheduler retry would. */
  fire(ref: MilestoneRef): Promise<FireOutcome>;
  /** Fires every schedule due on the clock. */
  fireDue(): Promise<SchedulerFiring[]>;
  /** Moves the clock, then fires what came due, as `followup clock advance` does. */
  advance(ms: number): Promise<{ fired: SchedulerFiring[] }>;
  /** Every mail followup sent so far, oldest first, parsed (once each). */
  mail(): Promise<Email[]>;
  /** Every mail followup sent to `user`, oldest first. */
  mailTo(user: string): Promise<Email[]>;
  /** The last mail followup sent to `user`. */
  lastMailTo(user: string): Promise<Email | undefined>;
  /**
   * Sends `raw` from `user` to the intake, which must open an application; answers it, the
   * acknowledgment and its reply address.
   */
  open(
    user: string,
    raw: string,
  ): Promise<{ application: Application; acknowledgment: Email | undefined; replyTo: string }>;
  applications(user: string): Promise<Application[]>;
  /** The user's one application; throws when there is none or more than one. */
  onlyApplication(user: string): Promise<Application>;
  scheduleNames(): Promise<string[]>;
  /** The Scheduler's schedules of one application, by name. */
  schedulesOf(application: Application): Promise<string[]>;
}

/** A fixed reply secret: the in-memory stack keeps no data folder. */
const REPLY_SECRET = 'in-memory-reply-secret-0123456789abcdef';

export function startMemoryStack(
  overrides: Record<string, string> = {},
  options: { logger?: Logger } = {},
): MemoryStack {
  const config: Record<string, string> = {
    FOLLOWUP_ALLOWED_SENDERS: LOCAL_USERS.join(','),
    FOLLOWUP_INTAKE_ADDRESS: LOCAL_INTAKE_ADDRESS,
    FOLLOWUP_DEFAULT_TIMEZONE: 'America/New_York',
    FOLLOWUP_REPLY_SECRET: REPLY_SECRET,
    FOLLOWUP_TABLE_NAME: 'followup',
    FOLLOWUP_RAW_MAIL_BUCKET: 'followup-raw-mail',
    FOLLOWUP_RAW_MAIL_PREFIX: 'inbound/',
    FOLLOWUP_SCHEDULE_GROUP: 'followup',
    FOLLOWUP_MILESTONE_FUNCTION_ARN:
      'arn:aws:lambda:us-east-1:000000000000:function:followup-milestone',
    FOLLOWUP_SCHEDULER_ROLE_ARN: 'arn:aws:iam::000000000000:role/followup-scheduler',
    ...overrides,
  };
  const settings = readConfig(config);
  // Template overrides are the S3 and folder adapters' business: tests/integration/s3-templates.
  if (settings.templateOverrides)
    throw new Error('the in-memory stack takes no template overrides');
  const clock = createSettableClock();
  const store = createMemoryStore();
  const mailer = createMemoryMailer();
  const rawMail = createMemoryRawMail();
  let deps: InboundDeps;
  const fire = (ref: MilestoneRef) => fireMilestone(ref, deps);
  // The Scheduler invokes the function asynchronously, as on AWS and in the local stack: a
  // failed firing is Lambda's to retry, a minute and then two later on the clock.
  const milestoneEvents = createAsyncInvoker({
    functionName: 'followup-milestone',
    clock,
    run: (event) => fire(event as MilestoneRef),
    logger: { warn() {} },
  });
  const scheduler = createMemoryScheduler({
    clock,
    invoke: (ref) => milestoneEvents.invoke(ref),
  });
  const fireDue = async () => {
    const fired = await scheduler.fireDue();
    await milestoneEvents.runDue();
    return fired;
  };
  deps = {
    settings: {
      allowedSenders: settings.allowedSenders,
      admins: settings.admins,
      intakeAddress: settings.intakeAddress,
      fromAddress: settings.fromAddress,
      defaultTimezone: settings.defaultTimezone,
      replySecret: REPLY_SECRET,
      policy: settings.policy,
    },
    store,
    scheduler,
    mailer,
    rawMail,
    rawMailPrefix: settings.rawMailPrefix,
    renderer: createMailRenderer({
      stockPhrases: settings.stockPhrases,
    }),
    clock,
    logger: options.logger ?? silentLogger,
  };

  const parsed = new Map<string, Promise<Email>>();
  const stack: MemoryStack = {
    clock,
    store,
    scheduler,
    mailer,
    rawMail,
    deps,
    config,
    async send(raw, envelope = {}, budget = {}) {
      const bytes = typeof raw === 'string' ? Buffer.from(raw) : Buffer.from(raw);
      let { from, to } = envelope;
      if (!from || !to) {
        const headers = await PostalMime.parse(bytes);
        from ??= headers.from?.address;
        to ??= headers.to?.[0]?.address;
      }
      const sesMessageId = randomBytes(20).toString('hex');
      rawMail.put(`${settings.rawMailPrefix}${sesMessageId}`, bytes);
      return handleInboundMail(
        {
          sesMessageId,
          recipients: [(to ?? '').toLowerCase()],
          envelopeSender: from ?? '',
          receivedAt: envelope.receivedAt ?? clock.now(),
          verdicts: verdictsFor('127.0.0.1', bytes, from ?? ''),
        },
        deps,
        budget,
      );
    },
    fire,
    fireDue,
    async advance(ms) {
      clock.advance(ms);
      return { fired: await fireDue() };
    },
    async mail() {
      return Promise.all(
        mailer.sent().map(({ messageId, raw }) => {
          let email = parsed.get(messageId);
          if (!email) {
            email = PostalMime.parse(raw);
            parsed.set(messageId, email);
          }
          return email;
        }),
      );
    },
    async mailTo(user) {
      return (await stack.mail()).filter((mail) => mail.to?.some((to) => to.address === user));
    },
    async lastMailTo(user) {
      return (await stack.mailTo(user)).at(-1);
    },
    async open(user, raw) {
      const before = new Set((await store.listByUser(user)).map((a) => a.id));
      const outcome = await stack.send(raw, { from: user, to: settings.intakeAddress });
      const application = (await store.listByUser(user)).find((a) => !before.has(a.id));
      if (outcome !== 'application-opened' || !application) {
        throw new Error(`no application opened: ${outcome}`);
      }
      const acknowledgment = await stack.lastMailTo(user);
      return { application, acknowledgment, replyTo: acknowledgment?.replyTo?.[0]?.address ?? '' };
    },
    applications: (user) => store.listByUser(user),
    async onlyApplication(user) {
      const applications = await store.listByUser(user);
      const [application] = applications;
      if (!application || applications.length > 1)
        throw new Error(`${user} has ${applications.length} applications, not one`);
      return application;
    },
    async scheduleNames() {
      return scheduler.names();
    },
    async schedulesOf(application) {
      return scheduler.names().filter((name) => name.startsWith(`${application.id}-`));
    },
  };
  return stack;
}

/**
 * Advances `stack` to a minute past the user's only application's thank-you, firing it; that
 * milestone as it was, and the thank-you drafts the user then has.
 */
export async function pastThankYou(stack: MemoryStack, user: string) {
  const thankYou = (await stack.onlyApplication(user)).milestones.find(
    (m) => m.kind === 'thank-you',
  );
  await stack.advance(Date.parse(thankYou?.due ?? '') - stack.clock.now().getTime() + 60_000);
  const drafts = (await stack.mailTo(user)).filter((mail) =>
    mail.subject?.startsWith('Ready to send: thank-you'),
  );
  return { thankYou, drafts };
}
