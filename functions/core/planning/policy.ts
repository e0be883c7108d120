// The etiquette policy: every offset, hour and limit the planner uses, validated once (per
// deployment, then per user by reply commands such as `set hours 8-19`). Defaults follow the
// table "The etiquette rules" in DESIGN.md.
import * as z from 'zod/mini';
import { canonicalZone } from '../iana-zone.ts';
import { InvalidPolicyError, InvalidSettingError } from './errors.ts';
import { parseRegion, regionCode } from './holidays.ts';

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Minutes since local midnight of an `HH:MM` clock time (`24:00` is 1440). */
export function clockMinutes(clock: string): number {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}

function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const clock = (what: string) =>
  z
    .string({ error: `must be a clock time HH:MM (${what})` })
    .check(
      z.regex(CLOCK, { error: `must be a clock time HH:MM between 00:00 and 24:00 (${what})` }),
    );

const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

// ISO weekday numbers (1 = Monday … 7 = Sunday, as luxon counts) or names such as "mon"/"Monday".
const weekday = z.union([
  int(1, 7),
  z.pipe(
    z.pipe(
      z.string(),
      z.transform(
        (name) => WEEKDAY_NAMES.indexOf(name.trim().slice(0, 3).toLowerCase() as 'mon') + 1,
      ),
    ),
    z
      .number()
      .check(z.minimum(1, { error: 'must be a weekday name such as "mon" or a number 1-7' })),
  ),
]);

const days = int;

const policySchema = z
  .object({
    thankYou: z.prefault(
      z.object({
        /** After the interview's end, the draft is delivered this much later (then inside waking hours). */
        delayMinutes: z._default(int(0, 720), 120),
        /** The note should be sent within this many hours of the end. */
        sendByHours: z._default(int(12, 72), 24),
        /**
         * A confirmation forwarded late still gets a thank-you when it can arrive within this many
         * hours of the end (the seeds accept 24–48 h); later, planning goes straight to follow-ups.
         */
        lateForwardHours: z._default(int(12, 168), 48),
      }),
      {},
    ),
    /** Drafts are delivered only inside [start, end) in the user's zone. */
    wakingHours: z.prefault(
      z.object({
        start: z._default(clock('start'), '08:00'),
        end: z._default(clock('end'), '20:00'),
      }),
      {},
    ),
    /** ISO weekdays on which follow-ups may arrive; 1 = Monday. */
    businessDays: z.pipe(
      z._default(
        z.array(weekday).check(z.minLength(1, { error: 'must name at least one day' })),
        [1, 2, 3, 4, 5],
      ),
      z.transform((list: number[]) => [...new Set(list)].sort((a, b) => a - b)),
    ),
    /**
     * The country (and region) whose public holidays are no business days: `US-NY`, `GB`, `DE-BY`.
     * Null takes the country from the user's zone.
     */
    country: z.pipe(
      z._default(z.nullable(z.string()), null),
      z.transform((text: string | null, ctx) => {
        if (text === null) return null;
        const region = parseRegion(text);
        if (region) return regionCode(region);
        ctx.issues.push({
          code: 'custom',
          message: `"${text}" is no country code such as US-NY or GB`,
          input: text,
        });
        return z.NEVER;
      }),
    ),
    followUps: z.prefault(
      z.object({
        /** At most two: MilestoneKind has follow-up-1 and follow-up-2. */
        count: z._default(int(0, 2), 2),
        /** Without a stated decision date, the first follow-up comes this many days after the interview. */
        firstAfterDays: z._default(days(1, 60), 7),
        /** Local time of day of follow-ups (moved to the start of waking hours if outside them). */
        timeOfDay: z._default(clock('follow-up time of day'), '09:30'),
        spacingDays: z._default(days(1, 60), 7),
      }),
      {},
    ),
    closeOut: z.prefault(z.object({ afterLastFollowUpDays: z._default(days(1, 90), 7) }), {}),
  })
  .check(
    z.superRefine((policy, ctx) => {
      const start = clockMinutes(policy.wakingHours.start);
      const end = clockMinutes(policy.wakingHours.end);
      if (end - start < 60) {
        ctx.addIssue({
          code: 'custom',
          path: ['wakingHours'],
          message: `must span at least one hour, start before end, within one day (got ${policy.wakingHours.start}-${policy.wakingHours.end})`,
        });
      }
      if (policy.thankYou.delayMinutes >= policy.thankYou.sendByHours * 60) {
        ctx.addIssue({
          code: 'custom',
          path: ['thankYou', 'delayMinutes'],
          message: 'must be shorter than thankYou.sendByHours',
        });
      }
      if (policy.thankYou.lateForwardHours < policy.thankYou.sendByHours) {
        ctx.addIssue({
          code: 'custom',
          path: ['thankYou', 'lateForwardHours'],
          message: 'must be at least thankYou.sendByHours',
        });
      }
    }),
  );

export type Policy = z.output<typeof policySchema>;
/** What a deployment may write: any part of a Policy; the rest takes the defaults. */
export type PolicyInput = z.input<typeof policySchema>;

/** Reads a policy (any part of it; the rest is the default), or throws InvalidPolicyError naming each bad field. */
export function parsePolicy(input: unknown): Policy {
  const result = policySchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || 'policy';
    return `${path}: ${issue.message}`;
  });
  throw new InvalidPolicyError(`Invalid followup policy: ${problems.join('; ')}`, {
    cause: result.error,
  });
}

export const defaultPolicy: Policy = parsePolicy({});

export type Setting =
  | { kind: 'timezone'; zone: string }
  | { kind: 'hours'; start: string; end: string }
  | { kind: 'country'; country: string };

const TIMEZONE_COMMAND = /^set\s+(?:time\s*zone|tz)\s*[:=]?\s*(\S+)$/i;
const COUNTRY_COMMAND = /^set\s+(?:my\s+)?(?:country|region|holidays)\s*[:=]?\s*(.+)$/i;
const HOURS_COMMAND = /^set\s+(?:waking\s+)?hours\s*[:=]?\s*(.+)$/i;
const HOURS_RANGE =
  /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:-|–|—|to)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i;

function toMinutes(hourText: string, minuteText: string | undefined, meridiem: string | undefined) {
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return null;
  return hour * 60 + minute;
}

/**
 * A per-user setting sent by reply: `set timezone Europe/Berlin` (also `set tz …`),
 * `set hours 8-19` (also `08:30-19:00`, `8am-7pm`) or `set country US-NY` (whose holidays count). Null when the text is no setting command;
 * InvalidSettingError when it is one but its value cannot be used.
 */
export function parseSettingCommand(text: string): Setting | null {
  const line = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  const timezone = TIMEZONE_COMMAND.exec(line);
  if (timezone?.[1]) {
    const zone = canonicalZone(timezone[1]);
    if (!zone) {
      throw new InvalidSettingError(
        `"${timezone[1]}" is not an IANA time zone; use a name such as Europe/Berlin or America/New_York`,
      );
    }
    return { kind: 'timezone', zone };
  }
  const country = COUNTRY_COMMAND.exec(line);
  if (country?.[1]) {
    const region = parseRegion(country[1]);
    if (!region) {
      throw new InvalidSettingError(
        `"${country[1].trim()}" is not a country I know holidays for; write its ISO code, with a region if you like: US-NY, GB, DE-BY`,
      );
    }
    return { kind: 'country', country: regionCode(region) };
  }
  const hours = HOURS_COMMAND.exec(line);
  if (!hours?.[1]) return null;
  const range = HOURS_RANGE.exec(hours[1].trim());
  const start = range?.[1] ? toMinutes(range[1], range[2], range[3]) : null;
  // "8am-12am" ends at midnight, the end of the day rather than its start.
  const endRaw = range?.[4] ? toMinutes(range[4], range[5], range[6]) : null;
  const end = endRaw === 0 ? 24 * 60 : endRaw;
  if (start === null || end === null) {
    throw new InvalidSettingError(
      `"${hours[1].trim()}" is not a range of hours; write it as 8-19 or 08:30-19:00`,
    );
  }
  if (end - start < 60) {
    throw new InvalidSettingError(
      `waking hours ${clockText(start)}-${clockText(end)} must start before they end and span at least one hour`,
    );
  }
  return { kind: 'hours', start: clockText(start), end: clockText(end) };
}

/**
 * The policy with one user setting applied. `set timezone …` leaves the policy as it is: the zone
 * is stored with the user, not in the policy.
 */
export function applyPolicyOverride(policy: Policy, command: string | Setting): Policy {
  const setting = typeof command === 'string' ? parseSettingCommand(command) : command;
  if (!setting) throw new InvalidSettingError('not a setting command (try "set hours 8-19")');
  if (setting.kind === 'timezone') return policy;
  if (setting.kind === 'country') return parsePolicy({ ...policy, country: setting.country });
  return parsePolicy({ ...policy, wakingHours: { start: setting.start, end: setting.end } });
}
