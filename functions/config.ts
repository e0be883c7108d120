// Deployment configuration: read from the environment once per container, validated, failing fast
// with a message that names the variable. Lambda (set by infra/) and the local stack (local/) set
// the same variables.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ConfigError } from './core/errors.ts';
import { canonicalZone } from './core/iana-zone.ts';
import { defaultPolicy, type Policy, parsePolicy } from './core/planning/index.ts';

/** For infra's lifecycle rule: the one number the functions' raw-mail records count on. */
export { RAW_MAIL_RETENTION_DAYS } from './core/application.ts';
export { defaultPolicy, type Policy };

/** The user's zone when nothing says otherwise: the deployment's default, and the local stack's. */
export const DEFAULT_TIMEZONE = 'America/New_York';
/** The deployment's mail domain and intake mailbox until `-c domain=…` names the real ones. */
export const DEFAULT_MAIL_DOMAIN = 'followup.example.com';
export const DEFAULT_INTAKE_LOCAL_PART = 'interviews';
export const DEFAULT_INTAKE_ADDRESS = `${DEFAULT_INTAKE_LOCAL_PART}@${DEFAULT_MAIL_DOMAIN}`;

// zod/mini (a light build for the functions) carries no messages until a locale is set.
z.config(en());

/**
 * What the daily schedule hands the doctor function (the milestone function's code, deployed again
 * with its own timeout) to run `followup doctor` (infra sends it, the local control port too): no
 * milestone's input looks like it.
 */
export const DOCTOR_EVENT = { followup: 'doctor' } as const;

/** How long one doctor run may take (Lambda's longest): it stops cleanly a step before. */
export const DOCTOR_TIMEOUT_SECONDS = 900;

/**
 * How long one inbound delivery may take: its handling, then marking it done, tried again while
 * the time left allows (handle-inbound-mail.ts). Less than the message's lease, as a test checks.
 */
export const INBOUND_TIMEOUT_SECONDS = 60;

export const emailAddress = z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email());

/** An IANA zone in its usual spelling (`europe/berlin` -> `Europe/Berlin`, as the Scheduler wants). */
export const timeZoneSetting = z.pipe(
  z.string().check(z.trim()),
  z.transform((text: string, ctx) => {
    const zone = canonicalZone(text);
    if (zone) return zone;
    ctx.issues.push({
      code: 'custom',
      message: 'must be an IANA time zone such as Europe/Berlin',
      input: text,
    });
    return z.NEVER;
  }),
);

/** A policy override (JSON text or an object, any part of the policy) -> the whole policy. */
export const policySetting = z.pipe(
  z.union([z.string(), z.record(z.string(), z.unknown())]),
  z.transform((value: string | Record<string, unknown>, ctx) => {
    let input: unknown = value;
    if (typeof value === 'string') {
      try {
        input = JSON.parse(value);
      } catch {
        ctx.issues.push({ code: 'custom', message: 'must be JSON', input: value });
        return z.NEVER;
      }
    }
    try {
      return parsePolicy(input);
    } catch (error) {
      ctx.issues.push({
        code: 'custom',
        message: error instanceof Error ? error.message : String(error),
        input: value,
      });
      return z.NEVER;
    }
  }),
);

/** Where the user's template overrides are: a local folder, or `s3://bucket/prefix/` on AWS. */
export type TemplateOverridesSource =
  | { kind: 'folder'; path: string }
  | { kind: 's3'; bucket: string; prefix: string };

const S3_LOCATION = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/;

const templateOverrides = z.pipe(
  z.string().check(z.trim()),
  z.transform((value: string, ctx): TemplateOverridesSource | undefined => {
    if (value === '') return undefined;
    if (!/^s3:/i.test(value)) return { kind: 'folder', path: value };
    const match = S3_LOCATION.exec(value);
    const [, bucket, prefix = ''] = match ?? [];
    if (!bucket || prefix.startsWith('/')) {
      ctx.issues.push({
        code: 'custom',
        message: 'must be a folder or s3://bucket/prefix/',
        input: value,
      });
      return z.NEVER;
    }
    return {
      kind: 's3',
      bucket,
      prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
    };
  }),
);

/** The HMAC key of the reply tokens, however it is delivered. */
export const replySecretValue = z.string().check(z.minLength(32, 'must be at least 32 characters'));

/**
 * The reply secret: its value in the environment (the local stack), or the ARN of a Secrets
 * Manager secret (AWS), so that the value never sits in the function's configuration.
 */
export type ReplySecretSource =
  | { kind: 'value'; value: string }
  | { kind: 'secretArn'; arn: string };

const booleanFlag = z.pipe(
  z._default(z.enum(['true', 'false', '1', '0', '']), 'false'),
  z.transform((value: 'true' | 'false' | '1' | '0' | '') => value === 'true' || value === '1'),
);

const nonEmpty = () => z.string().check(z.minLength(1));
const arn = () => z.string().check(z.startsWith('arn:'));

/** `a@x.example, b@y.example` -> its items, trimmed, blanks dropped. */
export function commaList(list: string): string[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const schema = z.object({
  FOLLOWUP_ALLOWED_SENDERS: z.pipe(
    z.pipe(
      z.string({
        error: 'is required: a comma-separated list of the addresses that may use followup',
      }),
      z.transform(commaList),
    ),
    z.array(emailAddress),
  ),
  /** Admins: they manage the allowed users by mail (`allow`, `revoke`, `users`) and use followup. */
  FOLLOWUP_ADMINS: z.pipe(
    z.pipe(z._default(z.string(), ''), z.transform(commaList)),
    z.array(emailAddress),
  ),
  FOLLOWUP_INTAKE_ADDRESS: z._default(emailAddress, DEFAULT_INTAKE_ADDRESS),
  FOLLOWUP_FROM_ADDRESS: z.optional(emailAddress),
  FOLLOWUP_DEFAULT_TIMEZONE: z._default(timeZoneSetting, DEFAULT_TIMEZONE),
  FOLLOWUP_REPLY_SECRET: z.optional(replySecretValue),
  FOLLOWUP_REPLY_SECRET_ARN: z.optional(
    z
      .string()
      .check(z.regex(/^arn:[\w-]+:secretsmanager:/, 'must be a Secrets Manager secret ARN')),
  ),
  FOLLOWUP_TABLE_NAME: nonEmpty(),
  FOLLOWUP_RAW_MAIL_BUCKET: nonEmpty(),
  FOLLOWUP_RAW_MAIL_PREFIX: z._default(z.string(), 'inbound/'),
  FOLLOWUP_SCHEDULE_GROUP: z._default(nonEmpty(), 'followup'),
  FOLLOWUP_MILESTONE_FUNCTION_ARN: arn(),
  FOLLOWUP_SCHEDULER_ROLE_ARN: arn(),
  FOLLOWUP_SCHEDULE_DLQ_ARN: z.optional(arn()),
  FOLLOWUP_S3_FORCE_PATH_STYLE: booleanFlag,
  FOLLOWUP_TEMPLATE_OVERRIDES: z.optional(templateOverrides),
  /** JSON overriding any part of the etiquette policy (offsets, hours, counts). */
  FOLLOWUP_POLICY: z.pipe(
    z.transform((value: unknown) => (value === '' ? undefined : value)),
    z.optional(policySetting),
  ),
  /**
   * Local only: how long the handlers' SDK clients wait on a silent service before retrying; the
   * fault stacks shorten it so that a hang they inject costs seconds, not the SDK's default.
   */
  FOLLOWUP_SDK_REQUEST_TIMEOUT_MS: z.optional(
    z.pipe(
      z.string().check(z.regex(/^[1-9]\d*$/, 'must be a whole number of milliseconds')),
      z.transform(Number),
    ),
  ),
  /** More stock phrases for the draft lint to flag, one per line. */
  FOLLOWUP_STOCK_PHRASES: z.pipe(
    z.optional(z.string()),
    z.transform((text: string | undefined) =>
      (text ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ),
});

export interface Config {
  /** The deploy-time users; admins add more in the table. */
  allowedSenders: string[];
  admins: string[];
  intakeAddress: string;
  fromAddress: string;
  defaultTimezone: string;
  replySecret: ReplySecretSource;
  tableName: string;
  rawMailBucket: string;
  rawMailPrefix: string;
  scheduleGroup: string;
  milestoneFunctionArn: string;
  schedulerRoleArn: string;
  scheduleDeadLetterArn: string | undefined;
  s3ForcePathStyle: boolean;
  /** The user's templates, each validated at load; the built-in one stays where one is rejected. */
  templateOverrides: TemplateOverridesSource | undefined;
  policy: Policy;
  /** FOLLOWUP_STOCK_PHRASES: the deployment's own stock phrases, flagged in every draft. */
  stockPhrases: string[];
  /** FOLLOWUP_SDK_REQUEST_TIMEOUT_MS; unset: the SDK clients' own (adapters/sdk-client.ts). */
  sdkRequestTimeoutMs: number | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`,
    );
    throw new ConfigError(`Invalid followup configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.FOLLOWUP_ALLOWED_SENDERS.length === 0 && e.FOLLOWUP_ADMINS.length === 0) {
    throw new ConfigError(
      'Invalid followup configuration:\n  FOLLOWUP_ALLOWED_SENDERS must name at least one address (or FOLLOWUP_ADMINS at least one admin)',
    );
  }
  const replySecret = readReplySecretSource(e.FOLLOWUP_REPLY_SECRET, e.FOLLOWUP_REPLY_SECRET_ARN);
  return {
    allowedSenders: e.FOLLOWUP_ALLOWED_SENDERS,
    admins: e.FOLLOWUP_ADMINS,
    intakeAddress: e.FOLLOWUP_INTAKE_ADDRESS,
    fromAddress: e.FOLLOWUP_FROM_ADDRESS ?? e.FOLLOWUP_INTAKE_ADDRESS,
    defaultTimezone: e.FOLLOWUP_DEFAULT_TIMEZONE,
    replySecret,
    tableName: e.FOLLOWUP_TABLE_NAME,
    rawMailBucket: e.FOLLOWUP_RAW_MAIL_BUCKET,
    rawMailPrefix: e.FOLLOWUP_RAW_MAIL_PREFIX,
    scheduleGroup: e.FOLLOWUP_SCHEDULE_GROUP,
    milestoneFunctionArn: e.FOLLOWUP_MILESTONE_FUNCTION_ARN,
    schedulerRoleArn: e.FOLLOWUP_SCHEDULER_ROLE_ARN,
    scheduleDeadLetterArn: e.FOLLOWUP_SCHEDULE_DLQ_ARN,
    s3ForcePathStyle: e.FOLLOWUP_S3_FORCE_PATH_STYLE,
    templateOverrides: e.FOLLOWUP_TEMPLATE_OVERRIDES,
    policy: e.FOLLOWUP_POLICY ?? defaultPolicy,
    stockPhrases: e.FOLLOWUP_STOCK_PHRASES,
    sdkRequestTimeoutMs: e.FOLLOWUP_SDK_REQUEST_TIMEOUT_MS,
  };
}

function readReplySecretSource(
  value: string | undefined,
  arn: string | undefined,
): ReplySecretSource {
  if (value !== undefined && arn !== undefined) {
    throw new ConfigError(
      'Invalid followup configuration:\n  set only one of FOLLOWUP_REPLY_SECRET and FOLLOWUP_REPLY_SECRET_ARN',
    );
  }
  if (value !== undefined) return { kind: 'value', value };
  if (arn !== undefined) return { kind: 'secretArn', arn };
  throw new ConfigError(
    'Invalid followup configuration:\n  FOLLOWUP_REPLY_SECRET is required: a random secret of at least 32 characters (or FOLLOWUP_REPLY_SECRET_ARN, a Secrets Manager secret holding one)',
  );
}
