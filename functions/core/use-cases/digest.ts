// Use-cases -> the weekly status digest (`digest on` / `digest off`): one at() schedule per user at
// a time, riding the milestone target under the reserved application id `digest`; each firing
// mails the status of every open application and plans the next week's. At-schedules, because
// the Scheduler's rate()/cron() ones cannot carry a per-firing id to make a retry harmless.
// What each step does is decided in digest-decisions.ts; this applies it.
import type { MilestoneRef } from '../model.ts';
import { type ChangeDeps, userContextFor } from './change-application.ts';
import {
  countedFiltered,
  type DigestOutcome,
  decideAfterDigest,
  decideDigestFiring,
  decideDigestSetting,
  digestMail,
  digestRef,
} from './digest-decisions.ts';
import { mailUser, runUserDecision } from './effects.ts';
import { changeProfile } from './profile.ts';

/**
 * `digest on` / `digest off`: stored with the user first, then the schedule follows. `answer`
 * false: nothing is mailed (the unsubscribe button turned it off). `messageId`: the command mail's.
 */
export async function setDigest(
  deps: ChangeDeps,
  userId: string,
  on: boolean,
  answer = true,
  messageId: string | null = null,
): Promise<void> {
  const ctx = await userContextFor(deps, userId, deps.clock.now());
  await runUserDecision(deps, userId, (profile) => {
    const decision = decideDigestSetting(profile, userId, on, ctx, messageId);
    return answer ? decision : { ...decision, mail: null };
  });
}

/** Filtered mail that matched no application: counted for one line in the next digest. */
export async function countFilteredUnmatched(
  deps: ChangeDeps,
  userId: string,
  domain: string | null,
) {
  await changeProfile(deps.store, userId, deps.clock.now(), (profile) =>
    countedFiltered(profile, domain),
  );
}

/** Deletes the user's digest schedule (forget). */
export async function cancelDigest(deps: ChangeDeps, userId: string) {
  const current = (await deps.store.getProfile(userId))?.digest;
  if (current) await deps.scheduler.cancel(digestRef(userId, current.next));
}

export type { DigestOutcome };

/**
 * One digest firing: only the one the profile expects, only once (its claim), and the next
 * week's is planned either way.
 */
export async function fireDigest(ref: MilestoneRef, deps: ChangeDeps): Promise<DigestOutcome> {
  const { store } = deps;
  const userId = ref.userId;
  const profile = await store.getProfile(userId);
  const ctx = await userContextFor(deps, userId, deps.clock.now());
  const firing = decideDigestFiring(profile, ref, ctx);
  if ('outcome' in firing) return firing.outcome;

  let outcome: DigestOutcome = 'not-pending';
  let told = 0;
  if (await store.claimMessage(firing.claim, firing.claimUntil)) {
    try {
      const filtered = profile?.filteredUnmatched ?? null;
      const mail = digestMail(
        await store.listByUser(userId),
        filtered,
        firing.planned,
        ctx.userTimezone,
      );
      outcome = 'digest-empty';
      if (mail) {
        await mailUser(deps, userId, mail);
        outcome = 'digest-sent';
        told = filtered?.count ?? 0;
      }
    } catch (error) {
      await store.releaseMessage(firing.claim);
      throw error;
    }
  }

  // Told once (outside the claim: the mail is out, a retry must not send it again).
  await runUserDecision(deps, userId, (current) =>
    decideAfterDigest(current, ref, firing.planned, told, ctx.userTimezone),
  );
  deps.logger.info('digest fired', { outcome });
  return outcome;
}
