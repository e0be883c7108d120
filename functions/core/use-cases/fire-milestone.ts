// Milestone use-case: Scheduler fired -> claim PENDING->SENT (marked in flight) in the store ->
// render the draft -> mail it to the user -> clear the in-flight mark and remember its Message-IDs.
// The claim is the guard: a duplicate or late firing finds nothing to send; the in-flight mark
// lets a stop that lands meanwhile confirm only once this draft is out. A failed send releases
// the claim and fails, so the runtime retries it; a claim whose function died mid-send is taken
// over by the next firing once its lease is over. The weekly digest rides
// the same target under a reserved application id.
import {
  claimMilestone,
  finishSending,
  type MilestoneClaim,
  releaseMilestone,
} from '../application.ts';
import { describeError } from '../logger.ts';
import type { DraftSent, MilestoneRef } from '../model.ts';
import type { ChangeDeps } from './change-application.ts';
import { type DigestOutcome, fireDigest, isDigestRef } from './digest.ts';
import { mailDraft } from './mail-draft.ts';
import { inUserLocale } from './profile.ts';
import { updateApplication } from './update-application.ts';

export type { MilestoneRef };

export type FireOutcome =
  | 'sent'
  | 'unknown-application'
  | 'unknown-milestone'
  | 'not-pending'
  | 'application-not-open'
  | 'not-due'
  | DigestOutcome;

type UnknownApplication = { claimed: false; reason: 'unknown-application' };

export async function fireMilestone(ref: MilestoneRef, deps: ChangeDeps): Promise<FireOutcome> {
  return inUserLocale(deps, ref.userId, () => fire(ref, deps));
}

async function fire(ref: MilestoneRef, deps: ChangeDeps): Promise<FireOutcome> {
  if (isDigestRef(ref)) return fireDigest(ref, deps);
  const { store, clock, logger } = deps;
  const key = { userId: ref.userId, applicationId: ref.applicationId };
  const ids = { applicationId: ref.applicationId, milestoneId: ref.milestoneId };

  const claim = await updateApplication<MilestoneClaim | UnknownApplication>(
    store,
    key,
    (application) => {
      if (!application) return { result: { claimed: false, reason: 'unknown-application' } };
      const outcome = claimMilestone(application, ref.milestoneId, clock.now());
      return outcome.claimed ? { save: outcome.application, result: outcome } : { result: outcome };
    },
  );
  if (!claim.claimed) {
    logger.info('milestone not sent', { ...ids, outcome: claim.reason });
    return claim.reason;
  }

  const { application, milestone } = claim;
  if (claim.takenOver) {
    // Its last attempt died between claiming and marking it out: the draft may or may not be out.
    logger.warn('milestone send abandoned past its lease; sending again', ids);
  }
  let messageIds: string[];
  let draft: Omit<DraftSent, 'mailIds'> | null = null;
  try {
    ({ messageIds, draft } = await mailDraft(deps, application, milestone));
  } catch (error) {
    logger.error('draft not sent; releasing the milestone for a retry', {
      ...ids,
      ...describeError(error),
    });
    await updateApplication(store, key, (current) => {
      const released = current && releaseMilestone(current, milestone, clock.now());
      return released ? { save: released, result: undefined } : { result: undefined };
    });
    throw error;
  }
  try {
    await updateApplication(store, key, (current) => {
      const finished = current && finishSending(current, milestone, clock.now(), messageIds, draft);
      return finished ? { save: finished, result: undefined } : { result: undefined };
    });
  } catch (error) {
    // The draft is out; a retry must not send it again. A stop waits at most the lease for it.
    logger.error('draft sent but not marked as out', { ...ids, ...describeError(error) });
  }
  logger.info('draft sent', { ...ids, outcome: 'sent' });
  return 'sent';
}
