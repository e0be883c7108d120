// Use-cases -> `forget`: deletes everything followup keeps about the user, but only once they
// confirm by replying to the confirmation mail, whose reply address carries a one-time nonce
// (HMAC-signed, stored with the user, valid for a day). Two `forget` mails are one request. A
// confirmation claims a one-shot marker before anything is deleted, so its redelivery (its first
// attempt's last mail failed, after the nonce went with the profile) finishes the deletion and
// answers the same, not "nothing deleted". Decided in forget-decisions.ts; applied here.
import { randomBytes } from 'node:crypto';
import { base32Of } from '../application.ts';
import * as changes from '../changes.ts';
import type { Application } from '../model.ts';
import { type ChangeDeps, changeApplication, userContextFor } from './change-application.ts';
import { cancelDigest } from './digest.ts';
import { mailUser, runUserDecision } from './effects.ts';
import {
  decideForgetConfirmation,
  decideForgetRequest,
  FORGET_WINDOW_MS,
} from './forget-decisions.ts';
import { afterSendsInFlight } from './in-flight.ts';
import { deleteRawMailOf, type RawMailDeps } from './raw-mail.ts';

/**
 * The marker of a confirmation acted on, by its nonce and the reply's Message-ID: a redelivery of
 * that reply finds it; another reply to the used confirmation does not, and deletes nothing.
 */
const actedOn = (confirmation: ForgetConfirmation) =>
  `forget:${confirmation.nonce}:${confirmation.messageId}`;

function newNonce(): string {
  return base32Of(randomBytes(16), 16);
}

export async function requestForget(deps: ChangeDeps, userId: string): Promise<void> {
  const applications = await deps.store.listByUser(userId);
  const ctx = await userContextFor(deps, userId, deps.clock.now());
  const request = { userId, nonce: newNonce(), applications };
  await runUserDecision(deps, userId, (profile) =>
    decideForgetRequest(profile, request, ctx, deps.settings),
  );
}

export type ForgetOutcome = 'user-forgotten' | 'answered';

/** A reply to the confirmation mail: the nonce its address carries, and its own Message-ID. */
export interface ForgetConfirmation {
  nonce: string;
  messageId: string;
}

/** A reply to the confirmation mail. `confirmed`: it says forget (or yes). */
export async function confirmForget(
  deps: ChangeDeps & RawMailDeps,
  userId: string,
  confirmation: ForgetConfirmation,
  confirmed: boolean,
): Promise<ForgetOutcome> {
  const now = deps.clock.now();
  const { nonce } = confirmation;
  const marker = actedOn(confirmation);
  // Claimed by the first attempt: a later one finds it taken, whatever the profile still holds.
  const claimed =
    confirmed &&
    (await deps.store.claimMessage(marker, new Date(now.getTime() + FORGET_WINDOW_MS)));
  const acted = confirmed && !claimed;
  const decision = await runUserDecision(deps, userId, (profile) =>
    decideForgetConfirmation(profile, nonce, confirmed, now, acted),
  );
  if (decision.outcome === 'answered') {
    // Not acted on: the marker must not make this reply's redelivery look like one that was.
    if (claimed) await deps.store.releaseMessage(marker);
    return 'answered';
  }

  // Close first, so no milestone can claim a draft any more; then let drafts in flight land, so
  // the last mail the user gets is the one saying everything is gone. The closed plans go out
  // with it, every event cancelled, so the user's calendar forgets them too.
  const applications = await deps.store.listByUser(userId);
  const closedPlans: Application[] = [];
  for (const application of applications) {
    const closed = await changeApplication(
      deps,
      { userId, applicationId: application.id },
      (current) => changes.close(current, now),
    );
    if (closed) closedPlans.push(await afterSendsInFlight(deps, closed.application));
  }
  await cancelDigest(deps, userId);
  // Effect: the user's raw mail, before the records of it go with the rest.
  const rawDeleted = await deleteRawMailOf(deps, userId);
  const deleted = await deps.store.deleteUser(userId);
  deps.logger.info('user forgotten', { count: deleted });
  deps.logger.info('raw mail of a forgotten user deleted', { count: rawDeleted });
  // A redelivery that found everything gone no longer knows how many went.
  const told = acted && deleted === 0 ? null : deleted;
  await mailUser(deps, userId, { render: 'forgotten', deleted: told, applications: closedPlans });
  return 'user-forgotten';
}
