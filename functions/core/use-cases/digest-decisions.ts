// Use-cases -> the weekly digest, decided: pure functions from the user's profile, the request or
// the firing, and the planning context to the profile's next state, the digest's schedule and the
// mail. digest.ts applies them (effects.ts saves, schedules and mails).
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  EARLY_FIRING_TOLERANCE_MS,
  settingAnsweredBefore,
  withSettingDone,
} from '../application.ts';
import {
  type Application,
  DIGEST_APPLICATION_ID,
  type FilteredUnmatched,
  type MilestoneRef,
  type UserProfile,
} from '../model.ts';
import { clockMinutes, formatLocal, type UserContext } from '../planning/index.ts';
import type { ScheduledMilestone } from '../ports.ts';
import { SAID } from './command-wording.ts';
import type { UserDecision, UserMail } from './effects.ts';

/** ISO weekday the digest arrives on: Monday, to plan the week. */
const DIGEST_WEEKDAY = 1;
/** How long a firing's claim is remembered: far longer than Lambda retries it. */
const DIGEST_CLAIM_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
/** Domains kept for the digest's filtered-mail line. */
const MAX_FILTERED_DOMAINS = 3;

export const isDigestRef = (ref: MilestoneRef) => ref.applicationId === DIGEST_APPLICATION_ID;

/** Schedule names are unique per group, not per user: the id carries a hash of the user. */
function userTag(userId: string): string {
  return createHash('sha256').update(userId.toLowerCase()).digest('hex').slice(0, 12);
}

/** The schedule of the digest whose id is `next`. */
export const digestRef = (userId: string, next: string): MilestoneRef => ({
  userId,
  applicationId: DIGEST_APPLICATION_ID,
  milestoneId: next,
});

export type PlannedDigest = NonNullable<UserProfile['digest']>;

/** The first digest slot strictly after `after`: Monday at the follow-up time, in waking hours. */
export function nextDigest(userId: string, after: Date, ctx: UserContext): PlannedDigest {
  const minutes = Math.max(
    clockMinutes(ctx.policy.followUps.timeOfDay),
    clockMinutes(ctx.policy.wakingHours.start),
  );
  let at = DateTime.fromJSDate(after, { zone: ctx.userTimezone }).set({
    weekday: DIGEST_WEEKDAY,
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
    second: 0,
    millisecond: 0,
  });
  if (at.toMillis() <= after.getTime()) at = at.plus({ weeks: 1 });
  return {
    next: `${userTag(userId)}-${at.toFormat('yyyyMMdd')}`,
    due: at.toISO({ suppressMilliseconds: true }) ?? at.toUTC().toISO() ?? '',
  };
}

const scheduleOf = (userId: string, planned: PlannedDigest, zone: string): ScheduledMilestone => ({
  ref: digestRef(userId, planned.next),
  due: planned.due,
  timezone: zone,
});

const confirmation = (summary: string): UserMail => ({
  render: 'commandConfirmation',
  application: null,
  summary,
});

/**
 * `digest on` / `digest off`: the profile's digest, its schedule, and the answer. The mail
 * `messageId` that changed it is remembered: delivered again, it changes nothing (see settingsDone).
 */
export function decideDigestSetting(
  profile: UserProfile | undefined,
  userId: string,
  on: boolean,
  ctx: UserContext,
  messageId: string | null = null,
): UserDecision<'answered'> {
  const current = profile?.digest ?? null;
  const zone = ctx.userTimezone;
  const answer = (summary: string, change: Omit<UserDecision<'answered'>, 'mail' | 'outcome'>) => ({
    ...change,
    ...(change.profile
      ? { profile: { ...change.profile, ...withSettingDone(profile, messageId, summary, false) } }
      : {}),
    mail: confirmation(summary),
    answers: messageId,
    outcome: 'answered' as const,
  });
  const before = settingAnsweredBefore(profile, messageId);
  if (before?.answered) return { profile: null, mail: null, outcome: 'answered' };
  if (before !== null) return answer(SAID.actedOnBefore(before.summary), { profile: null });
  // A mail that changes nothing is remembered all the same: delivered again after a later one,
  // it must not undo that.
  const unchanged = messageId ? {} : null;
  if (on && current) {
    return answer(
      `The weekly digest is already on: the next one comes ${formatLocal(current.due, zone)}.`,
      { profile: unchanged },
    );
  }
  if (on) {
    const planned = nextDigest(userId, ctx.now, ctx);
    return answer(
      `Weekly digest on: every Monday, the status of your open applications. The first comes ${formatLocal(planned.due, zone)}.`,
      {
        profile: { digest: planned },
        schedules: { upsert: [scheduleOf(userId, planned, zone)], cancel: [] },
      },
    );
  }
  if (current) {
    return answer('Weekly digest off. Reply status whenever you want the list.', {
      profile: { digest: null },
      schedules: { upsert: [], cancel: [digestRef(userId, current.next)] },
    });
  }
  return answer('The weekly digest was already off: nothing changed.', { profile: unchanged });
}

/** Filtered mail that matched no application: one more for the next digest's line. */
export function countedFiltered(
  profile: UserProfile,
  domain: string | null,
): Pick<UserProfile, 'filteredUnmatched'> {
  const current = profile.filteredUnmatched ?? { count: 0, domains: [] };
  const domains =
    domain && !current.domains.includes(domain) && current.domains.length < MAX_FILTERED_DOMAINS
      ? [...current.domains, domain]
      : current.domains;
  return { filteredUnmatched: { count: current.count + 1, domains } };
}

export type DigestOutcome = 'digest-sent' | 'digest-empty' | 'not-pending' | 'not-due';

/** A digest firing to act on: its one-time claim, and the next week's digest planned. */
export interface DigestFiring {
  claim: string;
  claimUntil: Date;
  planned: PlannedDigest;
}

/**
 * Whether a firing is the digest the profile expects, and due; if so, its claim (an idempotency
 * record in the table's Message-ID space) and the next one, known before this one goes out so
 * that this one can say when it comes.
 */
export function decideDigestFiring(
  profile: UserProfile | undefined,
  ref: MilestoneRef,
  ctx: UserContext,
): DigestFiring | { outcome: 'not-pending' | 'not-due' } {
  const digest = profile?.digest;
  if (digest?.next !== ref.milestoneId) return { outcome: 'not-pending' };
  const now = ctx.now.getTime();
  if (Date.parse(digest.due) - now > EARLY_FIRING_TOLERANCE_MS) return { outcome: 'not-due' };
  const after = new Date(Math.max(now, Date.parse(digest.due)) + 60_000);
  return {
    claim: `digest:${ref.userId.toLowerCase()}:${ref.milestoneId}`,
    claimUntil: new Date(now + DIGEST_CLAIM_RETENTION_MS),
    planned: nextDigest(ref.userId, after, ctx),
  };
}

/** The digest itself: the status of every application not closed; none when there is none. */
export function digestMail(
  applications: Application[],
  filtered: FilteredUnmatched | null,
  planned: PlannedDigest,
  zone: string,
): UserMail | null {
  const open = applications.filter((a) => a.status !== 'CLOSED');
  if (open.length === 0) return null;
  return {
    render: 'status',
    applications: open,
    digest: { next: planned.due, timezone: zone, filtered },
  };
}

/**
 * After a firing: the filtered mail the digest told of is subtracted (any counted meanwhile stay),
 * and the next week's digest planned, unless the user turned it off (or it moved) meanwhile.
 */
export function decideAfterDigest(
  profile: UserProfile | undefined,
  ref: MilestoneRef,
  planned: PlannedDigest,
  told: number,
  zone: string,
): UserDecision<boolean> {
  const left = (profile?.filteredUnmatched?.count ?? 0) - told;
  const counted: Partial<UserProfile> =
    told > 0 ? { filteredUnmatched: left > 0 ? { count: left, domains: [] } : null } : {};
  const stillThisDigest = profile?.digest?.next === ref.milestoneId;
  if (!stillThisDigest) return { profile: told > 0 ? counted : null, mail: null, outcome: false };
  return {
    profile: { ...counted, digest: planned },
    schedules: { upsert: [scheduleOf(ref.userId, planned, zone)], cancel: [] },
    mail: null,
    outcome: true,
  };
}
