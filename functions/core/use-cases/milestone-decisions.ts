// Use-cases -> a milestone's firing, decided: pure functions from the stored application, the
// firing and now to the claim (PENDING -> SENT, marked in flight) and the draft to mail, then from
// how the mail went to the application's next state. fire-milestone.ts applies them.
import {
  abandonedSend,
  claimDraft,
  claimedBy,
  finishSending,
  markUnconfirmed,
  owesNotice,
  releaseMilestone,
} from '../application.ts';
import type { Application, DraftSent, Milestone } from '../model.ts';

/** Why a firing sends nothing: a duplicate, stale or late firing. */
export type NotSent =
  | 'unknown-application'
  | 'unknown-milestone'
  | 'not-pending'
  | 'application-not-open'
  | 'not-due';

/** A firing decided: the claim to save (its draft is then mailed), or why nothing is sent. */
export type Firing =
  | {
      claimed: true;
      /** The application with the milestone claimed: what is saved. */
      application: Application;
      milestone: Milestone;
      /** Already stored: this firing's own claim, its answer lost (see `claimedBy`). */
      stored?: true;
    }
  /** `save`: a claim abandoned before its draft was handed over, given back (see decideFiring). */
  | { claimed: false; reason: NotSent; save?: Application }
  /**
   * Its draft may not have arrived and the user is still to be told: a retry of the telling, or
   * a claim abandoned past its lease (its function died mid-send), marked so in `save`.
   */
  | { claimed: false; reason: 'unconfirmed'; milestone: Milestone; save?: Application };

/**
 * Whether the firing sends a draft: only a PENDING milestone, due, of an open application, or the
 * copy the user asked for of one in doubt (`resend`); or tells the user of a draft that may not
 * have arrived, when that is still owed. A send abandoned past its lease after its draft was
 * handed to the mail service may be out: it becomes such a draft, never sent again; one abandoned
 * before is given back and claimed again.
 */
export function decideFiring(
  application: Application | undefined,
  milestoneId: string,
  now: Date,
  claimId?: string,
): Firing {
  if (!application) return { claimed: false, reason: 'unknown-application' };
  const milestone = application.milestones.find((m) => m.id === milestoneId);
  if (milestone && claimId && claimedBy(milestone, claimId)) {
    return { claimed: true, application, milestone, stored: true };
  }
  if (milestone && owesNotice(milestone)) {
    return { claimed: false, reason: 'unconfirmed', milestone };
  }
  if (milestone && abandonedSend(milestone, now)) {
    if (milestone.handedAt) {
      const save = markUnconfirmed(application, milestone, now);
      if (save) return { claimed: false, reason: 'unconfirmed', milestone, save };
    }
    const released = releaseMilestone(application, milestone, now);
    if (released) {
      const claim = claimDraft(released, milestoneId, now, claimId);
      return claim.claimed ? claim : { ...claim, save: released };
    }
  }
  return claimDraft(application, milestoneId, now, claimId);
}

/**
 * How mailing a claimed draft went: out with these ids (and what it was addressed with), not out,
 * or `unknown`: the mail service may have it (its answer was lost).
 */
export type DraftResult =
  | { sent: true; messageIds: string[]; draft: Omit<DraftSent, 'mailIds'> | null }
  | { sent: false }
  | { sent: 'unknown' };

/**
 * The application once a claimed draft was mailed (no longer in flight, its ids in the thread),
 * failed (the claim released for the function's retry) or may be out (never sent again, the user
 * to be told); undefined when nothing is to be saved: the application is gone, or moved on and
 * the claim is no longer ours.
 */
export function afterDraft(
  application: Application | undefined,
  claimed: Milestone,
  result: DraftResult,
  now: Date,
): Application | undefined {
  if (!application) return undefined;
  if (result.sent === 'unknown') return markUnconfirmed(application, claimed, now);
  return result.sent
    ? finishSending(application, claimed, now, result.messageIds, result.draft)
    : releaseMilestone(application, claimed, now);
}
