// Milestone use-case: Scheduler fired -> claim PENDING->SENT (marked in flight) in the store ->
// render the draft -> mail it to the user -> clear the in-flight mark and remember its Message-IDs.
// The claim is the guard: a duplicate or late firing finds nothing to send; the in-flight mark
// lets a stop that lands meanwhile confirm only once this draft is out. A send refused (certainly
// not out) releases the claim and fails, so the runtime retries it; a send whose answer was lost
// (it may be out) is never sent again: the milestone is marked unconfirmed and the user told, a
// failed telling retried like a send. A claim whose function died mid-send is the same once its
// lease is over: the next firing marks it unconfirmed and tells. What records a mail out is tried
// again within the invocation (recordWithin). The weekly digest rides the same target under a
// reserved application id. Decided in milestone-decisions.ts; applied here.
import { randomUUID } from 'node:crypto';
import {
  claimNotice,
  markHanded,
  markToldUnconfirmed,
  NOTICE_REFUSALS_BOUND,
  releaseNotice,
} from '../application.ts';
import { MailOutcomeUnknownError } from '../errors.ts';
import { describeError } from '../logger.ts';
import type { Milestone, MilestoneRef } from '../model.ts';
import { type ChangeDeps, syncToLatest } from './change-application.ts';
import { type DigestOutcome, fireDigest } from './digest.ts';
import { isDigestRef } from './digest-decisions.ts';
import { mailDraft } from './mail-draft.ts';
import {
  afterDraft,
  type DraftResult,
  decideFiring,
  type Firing,
  type NotSent,
} from './milestone-decisions.ts';
import { inUserLocale } from './profile.ts';
import { type InvocationBudget, retryWithin, WRITE_RETRY_DELAYS_MS } from './retry-within.ts';
import { tellUser } from './tell-user.ts';
import { updateApplication } from './update-application.ts';

export type { MilestoneRef };

/** `unconfirmed`: the draft may be out, and is not sent again; the user was told. */
export type FireOutcome = 'sent' | 'unconfirmed' | NotSent | DigestOutcome;

/**
 * Waits before each further try at recording that a draft is out (or its notice told), after the
 * store client's own retries gave up: until it holds, the doctor would take the draft for one
 * whose function died mid-send and tell the user it may not have arrived.
 */
export const SETTLE_RETRY_DELAYS_MS = WRITE_RETRY_DELAYS_MS;
/**
 * A further try starts only with this much of the invocation left, a write's usual time: the
 * claim's lease outlasts the function, so a retry cut short by the timeout only fails the
 * invocation, whose retry finds the claim and sends nothing.
 */
export const SETTLE_RESERVE_MS = 2_000;

export async function fireMilestone(
  ref: MilestoneRef,
  deps: ChangeDeps,
  budget: InvocationBudget = {},
): Promise<FireOutcome> {
  return inUserLocale(deps, ref.userId, () => fire(ref, deps, budget));
}

async function fire(
  ref: MilestoneRef,
  deps: ChangeDeps,
  budget: InvocationBudget,
): Promise<FireOutcome> {
  if (isDigestRef(ref)) return fireDigest(ref, deps);
  const { store, clock, logger } = deps;
  const key = { userId: ref.userId, applicationId: ref.applicationId };
  const ids = { applicationId: ref.applicationId, milestoneId: ref.milestoneId };

  // This firing's mark on its claim: a claim stored whose answer was lost is still known as ours.
  const claimId = randomUUID();
  const firing = await updateApplication<Firing>(store, key, (application) => {
    const decided = decideFiring(application, ref.milestoneId, clock.now(), claimId);
    const save = decided.claimed
      ? decided.stored
        ? undefined
        : decided.application
      : decided.save;
    return save ? { save, result: decided } : { result: decided };
  });
  if (!firing.claimed) {
    if (firing.reason === 'unconfirmed') {
      // Its function died mid-send, or could not tell the user that its draft may not have arrived.
      if (firing.save) logger.warn('milestone send abandoned past its lease; not sent again', ids);
      return tellUnconfirmed(deps, budget, ref, firing.milestone);
    }
    logger.info('milestone not sent', { ...ids, outcome: firing.reason });
    if (firing.reason === 'not-due') {
      // A schedule an older change wrote last fired early. Best effort: the Scheduler's own delete
      // of the fired schedule may land after this (README, "`followup doctor`, daily"), and the
      // doctor repairs either way, so a failure is not worth retries and an alarm.
      try {
        const application = await store.get(ref.userId, ref.applicationId);
        if (application) await syncToLatest(deps, application);
      } catch (error) {
        logger.warn('schedules not re-synced after an early firing; left to the doctor', {
          ...ids,
          ...describeError(error),
        });
      }
    }
    return firing.reason;
  }

  const { application, milestone } = firing;
  // The version this firing last stored (the claim, then the handed mark): each next write is
  // decided on it instead of reading it again, and reads only should it lose to a newer one.
  let held = application;
  const settle = (result: DraftResult) =>
    updateApplication(
      store,
      key,
      (current) => {
        const next = afterDraft(current, milestone, result, clock.now());
        return next ? { save: next, result: undefined } : { result: undefined };
      },
      held,
    );
  let result: DraftResult;
  try {
    // Marked handed just before the send: a function dying without the mark sent nothing.
    const hand = async () => {
      held = await updateApplication(
        store,
        key,
        (current) => {
          const next = current && markHanded(current, milestone, clock.now());
          if (!next) throw new Error('the claim is no longer ours: not sending');
          return { save: next, result: next };
        },
        held,
      );
    };
    result = { sent: true, ...(await mailDraft(deps, application, milestone, hand)) };
  } catch (error) {
    if (error instanceof MailOutcomeUnknownError) {
      // SES has no idempotency key: sending again could send it twice. At most once, then told.
      logger.error('draft may or may not be out; not sending it again', {
        ...ids,
        ...describeError(error),
      });
      await recordWithin(deps, budget, ref, () => settle({ sent: 'unknown' }));
      return tellUnconfirmed(deps, budget, ref, milestone);
    }
    logger.error('draft not sent; releasing the milestone for a retry', {
      ...ids,
      ...describeError(error),
    });
    // A release that fails leaves the claim held with nothing sent until the lease is over and a
    // retry gives it back: it is tried again like any record of a send.
    await recordWithin(deps, budget, ref, () => settle({ sent: false }));
    throw error;
  }
  try {
    await recordWithin(deps, budget, ref, () => settle(result));
  } catch (error) {
    // The draft is out; a retry must not send it again. A stop waits at most the lease for it.
    logger.error('draft sent but not marked as out', { ...ids, ...describeError(error) });
  }
  logger.info('draft sent', { ...ids, outcome: 'sent' });
  return 'sent';
}

/**
 * Tells the user that `milestone`'s draft may not have arrived, once: the notice is claimed first
 * (claimNotice), so a firing racing this one, or one after it, sends none; then marked told. A
 * notice refused gives its claim back and fails the firing, so its retry tells again; one whose
 * own answer was lost counts as told (the user's `status` says it too).
 */
async function tellUnconfirmed(
  deps: ChangeDeps,
  budget: InvocationBudget,
  ref: MilestoneRef,
  milestone: Milestone,
): Promise<'unconfirmed'> {
  const { store, clock, logger } = deps;
  const ids = { applicationId: ref.applicationId, milestoneId: ref.milestoneId };
  const noticeUpdate = (change: typeof claimNotice) =>
    updateApplication(store, ref, (stored) => {
      const next = stored && change(stored, milestone.id, clock.now());
      return next ? { save: next, result: next } : { result: undefined };
    });
  const application = await noticeUpdate(claimNotice);
  const current = application?.milestones.find((m) => m.id === milestone.id);
  if (!application || !current) {
    logger.info('unconfirmed draft already told, or being told', {
      ...ids,
      outcome: 'unconfirmed',
    });
    return 'unconfirmed';
  }
  // The notice's Message-IDs: a `resend` replying to it names this draft.
  let noticeIds: string[] = [];
  try {
    noticeIds = await tellUser(deps, ref.userId, application, (context) =>
      deps.renderer.unconfirmedDraft({ application, milestone: current, context }),
    );
  } catch (error) {
    if (!(error instanceof MailOutcomeUnknownError)) {
      const released = await noticeUpdate(releaseNotice);
      const refused = released?.milestones.find((m) => m.id === milestone.id)?.unconfirmed?.refused;
      if (refused !== undefined && refused >= NOTICE_REFUSALS_BOUND) {
        // Refused for good (a suppressed address): telling again would be refused forever.
        logger.warn('unconfirmed draft notice given up: refused every time', {
          ...ids,
          count: refused,
        });
        return 'unconfirmed';
      }
      logger.error('unconfirmed draft not told; retried', { ...ids, ...describeError(error) });
      throw error;
    }
    logger.warn('unconfirmed draft told, unconfirmed too', { ...ids, ...describeError(error) });
  }
  await recordWithin(deps, budget, ref, () =>
    noticeUpdate((stored, id, now) => markToldUnconfirmed(stored, id, now, noticeIds)),
  );
  logger.info('draft unconfirmed; user told', { ...ids, outcome: 'unconfirmed' });
  return 'unconfirmed';
}

/** A write recording how a send went, tried again within the invocation (SETTLE_*). */
function recordWithin<T>(
  deps: ChangeDeps,
  budget: InvocationBudget,
  ref: MilestoneRef,
  write: () => Promise<T>,
): Promise<T> {
  const policy = { delaysMs: SETTLE_RETRY_DELAYS_MS, reserveMs: SETTLE_RESERVE_MS };
  return retryWithin(write, budget, policy, (error) =>
    deps.logger.warn('how a send went is not recorded yet; trying again', {
      applicationId: ref.applicationId,
      milestoneId: ref.milestoneId,
      ...describeError(error),
    }),
  );
}
