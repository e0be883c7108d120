// Use-cases -> the weekly status digest (`digest on` / `digest off`): one at() schedule per user at
// a time, riding the milestone target under the reserved application id `digest`; each firing
// mails the status of every open application and plans the next week's. At-schedules, because
// the Scheduler's rate()/cron() ones cannot carry a per-firing id to make a retry harmless.

import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { EARLY_FIRING_TOLERANCE_MS } from '../application.ts';
import { DIGEST_APPLICATION_ID, type MilestoneRef } from '../model.ts';
import { clockMinutes, formatLocal, type PlanContext } from '../planning/index.ts';
import { type ChangeDeps, planContextFor } from './change-application.ts';
import { changeProfile } from './profile.ts';
import { tellUser } from './tell-user.ts';

export { DIGEST_APPLICATION_ID };
/** ISO weekday the digest arrives on: Monday, to plan the week. */
export const DIGEST_WEEKDAY = 1;
const CLAIM_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export const isDigestRef = (ref: MilestoneRef) => ref.applicationId === DIGEST_APPLICATION_ID;

/** Schedule names are unique per group, not per user: the id carries a hash of the user. */
function userTag(userId: string): string {
  return createHash('sha256').update(userId.toLowerCase()).digest('hex').slice(0, 12);
}

const refOf = (userId: string, next: string): MilestoneRef => ({
  userId,
  applicationId: DIGEST_APPLICATION_ID,
  milestoneId: next,
});

/** The first digest slot strictly after `after`: Monday at the follow-up time, in waking hours. */
export function nextDigest(userId: string, after: Date, ctx: PlanContext) {
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

/** `digest on` / `digest off`: stored with the user first, then the schedule follows. */
/** `answer` false: nothing is mailed (the unsubscribe button turned it off). */
export async function setDigest(
  deps: ChangeDeps,
  userId: string,
  on: boolean,
  answer = true,
): Promise<void> {
  const now = deps.clock.now();
  const ctx = await planContextFor(deps, userId, now);
  const current = (await deps.store.getProfile(userId))?.digest ?? null;
  let summary: string;
  if (on && current) {
    summary = `The weekly digest is already on: the next one comes ${formatLocal(current.due, ctx.userTimezone)}.`;
  } else if (on) {
    const planned = nextDigest(userId, now, ctx);
    await changeProfile(deps.store, userId, now, () => ({ digest: planned }));
    await deps.scheduler.upsert({
      ref: refOf(userId, planned.next),
      due: planned.due,
      timezone: ctx.userTimezone,
    });
    summary = `Weekly digest on: every Monday, the status of your open applications. The first comes ${formatLocal(planned.due, ctx.userTimezone)}.`;
  } else if (current) {
    await changeProfile(deps.store, userId, now, () => ({ digest: null }));
    await deps.scheduler.cancel(refOf(userId, current.next));
    summary = 'Weekly digest off. Reply status whenever you want the list.';
  } else {
    summary = 'The weekly digest was already off: nothing changed.';
  }
  if (!answer) return;
  await tellUser(deps, userId, null, (context) =>
    deps.renderer.commandConfirmation({ application: null, summary, context }),
  );
}

/** Domains kept for the digest's filtered-mail line. */
const MAX_FILTERED_DOMAINS = 3;

/** Filtered mail that matched no application: counted for one line in the next digest. */
export async function countFilteredUnmatched(
  deps: ChangeDeps,
  userId: string,
  domain: string | null,
) {
  await changeProfile(deps.store, userId, deps.clock.now(), (profile) => {
    const current = profile.filteredUnmatched ?? { count: 0, domains: [] };
    const domains =
      domain && !current.domains.includes(domain) && current.domains.length < MAX_FILTERED_DOMAINS
        ? [...current.domains, domain]
        : current.domains;
    return { filteredUnmatched: { count: current.count + 1, domains } };
  });
}

/** The digest told `told` of them: those are subtracted, any counted meanwhile stay. */
async function forgetFilteredCount(deps: ChangeDeps, userId: string, now: Date, told: number) {
  await changeProfile(deps.store, userId, now, (profile) => {
    const left = (profile.filteredUnmatched?.count ?? 0) - told;
    return { filteredUnmatched: left > 0 ? { count: left, domains: [] } : null };
  });
}

/** Deletes the user's digest schedule (forget). */
export async function cancelDigest(deps: ChangeDeps, userId: string) {
  const current = (await deps.store.getProfile(userId))?.digest;
  if (current) await deps.scheduler.cancel(refOf(userId, current.next));
}

export type DigestOutcome = 'digest-sent' | 'digest-empty' | 'not-pending' | 'not-due';

/**
 * One digest firing: only the one the profile expects, only once (the claim is an idempotency
 * record in the table's Message-ID space), and the next week's is planned either way.
 */
export async function fireDigest(ref: MilestoneRef, deps: ChangeDeps): Promise<DigestOutcome> {
  const { store, clock } = deps;
  const userId = ref.userId;
  const digest = (await store.getProfile(userId))?.digest;
  if (digest?.next !== ref.milestoneId) return 'not-pending';
  const now = clock.now();
  if (Date.parse(digest.due) - now.getTime() > EARLY_FIRING_TOLERANCE_MS) return 'not-due';

  // The next one is known before this one goes out, so this one can say when it comes.
  const ctx = await planContextFor(deps, userId, now);
  const after = new Date(Math.max(now.getTime(), Date.parse(digest.due)) + 60_000);
  const planned = nextDigest(userId, after, ctx);

  const claim = `digest:${userId.toLowerCase()}:${ref.milestoneId}`;
  let outcome: DigestOutcome = 'not-pending';
  let told = 0;
  if (await store.claimMessage(claim, new Date(now.getTime() + CLAIM_RETENTION_MS))) {
    try {
      const applications = (await store.listByUser(userId)).filter((a) => a.status !== 'CLOSED');
      outcome = 'digest-empty';
      if (applications.length > 0) {
        const filtered = (await store.getProfile(userId))?.filteredUnmatched ?? null;
        await tellUser(deps, userId, null, (context) =>
          deps.renderer.status({
            applications,
            digest: { next: planned.due, timezone: ctx.userTimezone, filtered },
            context,
          }),
        );
        outcome = 'digest-sent';
        told = filtered?.count ?? 0;
      }
    } catch (error) {
      await store.releaseMessage(claim);
      throw error;
    }
  }

  // Told once (outside the claim: the mail is out, a retry must not send it again).
  if (told > 0) await forgetFilteredCount(deps, userId, now, told);

  let moved = false;
  await changeProfile(store, userId, now, (profile) => {
    // Turned off (or moved) meanwhile: leave it as the user set it.
    if (profile.digest?.next !== ref.milestoneId) return {};
    moved = true;
    return { digest: planned };
  });
  if (moved) {
    await deps.scheduler.upsert({
      ref: refOf(userId, planned.next),
      due: planned.due,
      timezone: ctx.userTimezone,
    });
  }
  deps.logger.info('digest fired', { outcome });
  return outcome;
}
