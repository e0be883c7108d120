// Use-cases -> `forget`: deletes everything followup keeps about the user, but only once they
// confirm by replying to the confirmation mail, whose reply address carries a one-time nonce
// (HMAC-signed, stored with the user, valid for a day). Two `forget` mails are one request.
import { randomBytes } from 'node:crypto';
import { base32Of } from '../application.ts';
import * as changes from '../changes.ts';
import type { Application } from '../model.ts';
import { encodeForgetToken, replyAddress } from '../reply-token.ts';
import { type ChangeDeps, changeApplication, planContextFor } from './change-application.ts';
import { cancelDigest } from './digest.ts';
import { afterSendsInFlight } from './in-flight.ts';
import { changeProfile } from './profile.ts';
import { deleteRawMailOf, type RawMailDeps } from './raw-mail.ts';
import { tellUser } from './tell-user.ts';

export const FORGET_WINDOW_MS = 24 * 60 * 60 * 1000;

function newNonce(): string {
  return base32Of(randomBytes(16), 16);
}

export async function requestForget(deps: ChangeDeps, userId: string): Promise<void> {
  const now = deps.clock.now();
  const profile = await deps.store.getProfile(userId);
  const pending = profile?.forget;
  const reuse = pending && Date.parse(pending.expiresAt) > now.getTime() ? pending : null;
  const request = reuse ?? {
    nonce: newNonce(),
    expiresAt: new Date(now.getTime() + FORGET_WINDOW_MS).toISOString(),
  };
  if (!reuse) await changeProfile(deps.store, userId, now, () => ({ forget: request }));
  const applications = await deps.store.listByUser(userId);
  const { userTimezone } = await planContextFor(deps, userId, now);
  const confirmTo = replyAddress(
    deps.settings.intakeAddress,
    encodeForgetToken(request.nonce, userId, deps.settings.replySecret),
  );
  await tellUser(
    deps,
    userId,
    null,
    (context) =>
      deps.renderer.forgetRequest({
        applications,
        expiresAt: request.expiresAt,
        timezone: userTimezone,
        repeated: reuse !== null,
        context,
      }),
    confirmTo,
  );
}

export type ForgetOutcome = 'user-forgotten' | 'answered';

/** A reply to the confirmation mail. `confirmed`: it says forget (or yes). */
export async function confirmForget(
  deps: ChangeDeps & RawMailDeps,
  userId: string,
  nonce: string,
  confirmed: boolean,
): Promise<ForgetOutcome> {
  const now = deps.clock.now();
  const pending = (await deps.store.getProfile(userId))?.forget;
  const valid = pending?.nonce === nonce && Date.parse(pending.expiresAt) > now.getTime();
  if (!valid || !confirmed) {
    const summary = valid
      ? 'Nothing deleted. To delete everything, reply forget to the confirmation mail.'
      : 'That confirmation is no longer valid (it expired or was used): nothing deleted. Reply forget to start again.';
    await tellUser(deps, userId, null, (context) =>
      deps.renderer.commandConfirmation({ application: null, summary, context }),
    );
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
  await tellUser(deps, userId, null, (context) =>
    deps.renderer.forgotten({ deleted, applications: closedPlans, context }),
  );
  return 'user-forgotten';
}
