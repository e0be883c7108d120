// Milestone use-case: Scheduler fired -> claim PENDING->SENT in the store -> render the draft ->
// mail it to the user. The claim is the guard: a duplicate or late firing finds nothing to send.
import { claimMilestone, type MilestoneClaim, releaseMilestone } from '../application.ts';
import { describeError } from '../logger.ts';
import type { MilestoneRef } from '../model.ts';
import { type CommonDeps, mailContext } from './settings.ts';
import { updateApplication } from './update-application.ts';

export type FireOutcome =
  | 'sent'
  | 'unknown-application'
  | 'unknown-milestone'
  | 'not-pending'
  | 'application-not-open'
  | 'not-due';

type UnknownApplication = { claimed: false; reason: 'unknown-application' };

export async function fireMilestone(ref: MilestoneRef, deps: CommonDeps): Promise<FireOutcome> {
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
  try {
    const interview = application.interviews.find((i) => i.id === milestone.interviewId);
    if (!interview)
      throw new Error(`milestone ${milestone.id} names no interview of its application`);
    const now = clock.now();
    const mail = await deps.renderer.draft({
      application,
      milestone,
      interview,
      context: mailContext(deps.settings, application.userId, application, now),
    });
    await deps.mailer.send({
      from: deps.settings.fromAddress,
      to: application.userId,
      raw: mail.raw,
    });
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
  logger.info('draft sent', { ...ids, outcome: 'sent' });
  return 'sent';
}
