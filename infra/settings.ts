// Deployment settings: CDK context (cdk.json or `cdk deploy -c key=value`) -> validated values the
// stack is built from. Fails at synth with a message that names the context key.
import { z } from 'zod';
import {
  commaList,
  DEFAULT_INTAKE_LOCAL_PART,
  DEFAULT_MAIL_DOMAIN,
  DEFAULT_TIMEZONE,
  defaultPolicy,
  emailAddress,
  type Policy,
  policySetting,
  timeZoneSetting,
} from '../functions/config.ts';

/** Stands in for `allowedSenders` so that `cdk synth` works out of the box; never deploy it. */
export const PLACEHOLDER_SENDER = 'you@example.com';

export interface StackSettings {
  /** Mail domain verified in SES, with an MX record pointing at SES receiving. */
  domain: string;
  /** `interviews` in `interviews@domain`; replies go to `interviews+<token>@domain`. */
  intakeLocalPart: string;
  allowedSenders: string[];
  /** True when neither `allowedSenders` nor `admins` was given and the placeholder is used. */
  allowedSendersArePlaceholder: boolean;
  /** Admins: they allow and revoke users by mail (kept in the table) and use followup too. */
  admins: string[];
  defaultTimezone: string;
  /** Where alarm notifications go; no SNS topic without it. */
  alarmEmail: string | undefined;
  /** Make the stack's receipt rule set the active one (SES allows one per account and region). */
  activateRuleSet: boolean;
  /** The etiquette policy, validated at synth; the functions read it from FOLLOWUP_POLICY. */
  policy: Policy;
  /** The deployment's own stock phrases for the draft lint, one per line (FOLLOWUP_STOCK_PHRASES). */
  stockPhrases: string;
  /**
   * The Route 53 public hosted zone that holds the domain: the stack then creates the mail DNS
   * records in it; without one it prints them as outputs. Given by id and name, so no lookup.
   */
  hostedZone: { id: string; name: string } | undefined;
  /** Concurrency reserved for (and capping) the inbound function; undefined reserves none. */
  inboundReservedConcurrency: number | undefined;
}

/** Enough for a few users' forwarded mail; SES's asynchronous invocations wait out a flood. */
export const DEFAULT_INBOUND_RESERVED_CONCURRENCY = 5;

export class StackSettingsError extends Error {
  override name = 'StackSettingsError';
}

const contextFlag = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .transform((value) => value === true || value === 'true');

/** `a@x.example,b@y.example` or a list in cdk.json. */
const addressList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    Array.isArray(value) ? value.map((item) => item.trim()).filter(Boolean) : commaList(value),
  )
  .pipe(z.array(emailAddress).min(1, 'must name at least one address'));

const schema = z.object({
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
      'must be a domain name such as followup.example.com',
    )
    .default(DEFAULT_MAIL_DOMAIN),
  intakeLocalPart: z
    .string()
    .trim()
    .toLowerCase()
    // No `+`: everything after it is the reply token.
    .regex(
      /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/,
      'must be a plain local part such as interviews (letters, digits, . _ -; no +)',
    )
    .default(DEFAULT_INTAKE_LOCAL_PART),
  allowedSenders: addressList.optional(),
  // `-c admins=coach@team.example`: they manage the users by mail, with no redeploy.
  admins: addressList.optional(),
  defaultTimezone: z._default(timeZoneSetting, DEFAULT_TIMEZONE),
  alarmEmail: z.optional(emailAddress),
  activateRuleSet: contextFlag.default(true),
  // `-c stockPhrases='circle back|touch base'`: more phrases for the draft lint to flag.
  stockPhrases: z
    .string()
    .max(10_000)
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(/[|\n]/)
        .map((phrase) => phrase.trim())
        .filter(Boolean)
        .join('\n'),
    ),
  // `-c policy='{"followUps":{"count":1}}'` or an object in cdk.json: any part of the policy.
  // `-c policy='{"followUps":{"count":1}}'` or an object in cdk.json: any part of the policy.
  policy: z.optional(policySetting),
  hostedZoneId: z
    .string()
    .trim()
    .regex(/^Z[A-Z0-9]{1,31}$/, 'must be a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ')
    .optional(),
  hostedZoneName: z
    .string()
    .trim()
    .toLowerCase()
    .transform((name) => name.replace(/\.$/, ''))
    .optional(),
  // A number, or `none` to reserve nothing (an account whose concurrency quota is still 10).
  inboundReservedConcurrency: z
    .union([z.number(), z.string().trim()])
    .transform((value, ctx) => {
      if (value === 'none') return undefined;
      const count = typeof value === 'number' ? value : Number(value);
      if (!Number.isInteger(count) || count < 1 || count > 1000) {
        ctx.addIssue({ code: 'custom', message: 'must be a whole number from 1 to 1000, or none' });
        return z.NEVER;
      }
      return count;
    })
    .optional(),
});

/** Reads the settings from a context lookup such as `(key) => app.node.tryGetContext(key)`. */
export function readStackSettings(context: (key: string) => unknown): StackSettings {
  const raw = Object.fromEntries(
    Object.keys(schema.shape)
      .map((key) => [key, context(key)] as const)
      .filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `context ${issue.path.join('.') || '(root)'} ${issue.message}`,
    );
    throw new StackSettingsError(
      `Invalid followup deployment settings:\n  ${problems.join('\n  ')}`,
    );
  }
  const settings = parsed.data;
  const problems = zoneProblems(settings.domain, settings.hostedZoneId, settings.hostedZoneName);
  if (problems.length > 0) {
    throw new StackSettingsError(
      `Invalid followup deployment settings:\n  ${problems.join('\n  ')}`,
    );
  }
  return {
    domain: settings.domain,
    intakeLocalPart: settings.intakeLocalPart,
    allowedSenders: settings.allowedSenders ?? (settings.admins ? [] : [PLACEHOLDER_SENDER]),
    allowedSendersArePlaceholder: !settings.allowedSenders && !settings.admins,
    admins: settings.admins ?? [],
    defaultTimezone: settings.defaultTimezone,
    alarmEmail: settings.alarmEmail,
    activateRuleSet: settings.activateRuleSet,
    policy: settings.policy ?? defaultPolicy,
    stockPhrases: settings.stockPhrases,
    hostedZone:
      settings.hostedZoneId && settings.hostedZoneName
        ? { id: settings.hostedZoneId, name: settings.hostedZoneName }
        : undefined,
    inboundReservedConcurrency:
      'inboundReservedConcurrency' in raw
        ? settings.inboundReservedConcurrency
        : DEFAULT_INBOUND_RESERVED_CONCURRENCY,
  };
}

function zoneProblems(domain: string, id: string | undefined, name: string | undefined): string[] {
  if (id === undefined && name === undefined) return [];
  if (id === undefined) return ['context hostedZoneName needs hostedZoneId as well'];
  if (name === undefined) return ['context hostedZoneId needs hostedZoneName as well'];
  if (domain !== name && !domain.endsWith(`.${name}`)) {
    return [`context hostedZoneName ${name} must be the domain ${domain} or a parent of it`];
  }
  return [];
}
