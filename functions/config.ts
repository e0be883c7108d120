// Deployment configuration: read from the environment once per container, validated, failing fast
// with a message that names the variable. Lambda (set by infra/) and the local stack (local/) set
// the same variables.
import { z } from 'zod';
import { ConfigError } from './core/errors.ts';
import { canonicalZone } from './core/iana-zone.ts';
import { defaultPolicy, type Policy, parsePolicy } from './core/planning/index.ts';

export { defaultPolicy, type Policy };

/** The user's zone when nothing says otherwise: the deployment's default, and the local stack's. */
export const DEFAULT_TIMEZONE = 'America/New_York';
/** The deployment's mail domain and intake mailbox until `-c domain=…` names the real ones. */
export const DEFAULT_MAIL_DOMAIN = 'followup.example.com';
export const DEFAULT_INTAKE_LOCAL_PART = 'interviews';
export const DEFAULT_INTAKE_ADDRESS = `${DEFAULT_INTAKE_LOCAL_PART}@${DEFAULT_MAIL_DOMAIN}`;

/**
 * What the daily schedule hands the milestone function to run `followup doctor` (infra sends it,
 * the local control port too): no milestone's input looks like it.
 */
export const DOCTOR_EVENT = { followup: 'doctor' } as const;

export const emailAddress = z.string().trim().toLowerCase().pipe(z.email());

/** An IANA zone in its usual spelling (`europe/berlin` -> `Europe/Berlin`, as the Scheduler wants). */
export const timeZoneSetting = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const zone = canonicalZone(text);
    if (zone) return zone;
    ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Europe/Berlin' });
    return z.NEVER;
  });

/** A policy override (JSON text or an object, any part of the policy) -> the whole policy. */
export const policySetting = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .transform((value, ctx) => {
    let input: unknown = value;
    if (typeof value === 'string') {
      try {
        input = JSON.parse(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON' });
        return z.NEVER;
      }
    }
    try {
      return parsePolicy(input);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: error instanceof Error ? error.message : String(error),
      });
      return z.NEVER;
    }
  });

/** Where the user's template overrides are: a local folder, or `s3://bucket/prefix/` on AWS. */
export type TemplateOverridesSource =
  | { kind: 'folder'; path: string }
  | { kind: 's3'; bucket: string; prefix: string };

const S3_LOCATION = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/;

const templateOverrides = z
  .string()
  .trim()
  .transform((value, ctx): TemplateOverridesSource | undefined => {
    if (value === '') return undefined;
    if (!/^s3:/i.test(value)) return { kind: 'folder', path: value };
    const match = S3_LOCATION.exec(value);
    const [, bucket, prefix = ''] = match ?? [];
    if (!bucket || prefix.startsWith('/')) {
      ctx.addIssue({ code: 'custom', message: 'must be a folder or s3://bucket/prefix/' });
      return z.NEVER;
    }
    return {
      kind: 's3',
      bucket,
      prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
    };
  });

/** The HMAC key of the reply tokens, however it is delivered. */
export const replySecretValue = z.string().min(32, 'must be at least 32 characters');

/**
 * The reply secret: its value in the environment (the local stack), or the ARN of a Secrets
 * Manager secret (AWS), so that the value never sits in the function's configuration.
 */
export type ReplySecretSource =
  | { kind: 'value'; value: string }
  | { kind: 'secretArn'; arn: string };

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1');

const schema = z.object({
  FOLLOWUP_ALLOWED_SENDERS: z
    .string({ error: 'is required: a comma-separated list of the addresses that may use followup' })
    .transform((list) =>
      list
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(emailAddress).min(1, 'must name at least one address')),
  FOLLOWUP_INTAKE_ADDRESS: emailAddress.default(DEFAULT_INTAKE_ADDRESS),
  FOLLOWUP_FROM_ADDRESS: emailAddress.optional(),
  FOLLOWUP_DEFAULT_TIMEZONE: timeZoneSetting.default(DEFAULT_TIMEZONE),
  FOLLOWUP_REPLY_SECRET: replySecretValue.optional(),
  FOLLOWUP_REPLY_SECRET_ARN: z
    .string()
    .regex(/^arn:[\w-]+:secretsmanager:/, 'must be a Secrets Manager secret ARN')
    .optional(),
  FOLLOWUP_TABLE_NAME: z.string().min(1),
  FOLLOWUP_RAW_MAIL_BUCKET: z.string().min(1),
  FOLLOWUP_RAW_MAIL_PREFIX: z.string().default('inbound/'),
  FOLLOWUP_SCHEDULE_GROUP: z.string().min(1).default('followup'),
  FOLLOWUP_MILESTONE_FUNCTION_ARN: z.string().startsWith('arn:'),
  FOLLOWUP_SCHEDULER_ROLE_ARN: z.string().startsWith('arn:'),
  FOLLOWUP_SCHEDULE_DLQ_ARN: z.string().startsWith('arn:').optional(),
  FOLLOWUP_S3_FORCE_PATH_STYLE: booleanFlag,
  FOLLOWUP_TEMPLATES_DIR: z.string().min(1).optional(),
  FOLLOWUP_TEMPLATE_OVERRIDES: templateOverrides.optional(),
  /** JSON overriding any part of the etiquette policy (offsets, hours, counts). */
  FOLLOWUP_POLICY: z.preprocess(
    (value) => (value === '' ? undefined : value),
    policySetting.optional(),
  ),
  /** More stock phrases for the draft lint to flag, one per line. */
  FOLLOWUP_STOCK_PHRASES: z
    .string()
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
});

export interface Config {
  allowedSenders: string[];
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
  /** Where the handlebars templates are; unset means the repository's templates/ folder. */
  templatesDir: string | undefined;
  /** The user's templates, each validated at load; the built-in one stays where one is rejected. */
  templateOverrides: TemplateOverridesSource | undefined;
  policy: Policy;
  /** FOLLOWUP_STOCK_PHRASES: the deployment's own stock phrases, flagged in every draft. */
  stockPhrases: string[];
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
  const replySecret = readReplySecretSource(e.FOLLOWUP_REPLY_SECRET, e.FOLLOWUP_REPLY_SECRET_ARN);
  return {
    allowedSenders: e.FOLLOWUP_ALLOWED_SENDERS,
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
    templatesDir: e.FOLLOWUP_TEMPLATES_DIR,
    templateOverrides: e.FOLLOWUP_TEMPLATE_OVERRIDES,
    policy: e.FOLLOWUP_POLICY ?? defaultPolicy,
    stockPhrases: e.FOLLOWUP_STOCK_PHRASES,
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
