// Use-cases -> "which application?": a command that needs an application, sent to the bare
// intake, or a forwarded reply that matches none or several, gets a numbered list to answer
// (`stop 2`, or just `2` for a reply). The list is stored with the user as sent, so a number always
// means the application the user saw under it, whatever opened or closed since; it is oldest
// first, so a later list keeps the numbers of an earlier one as long as nothing closed between.
// Decided in choice-decisions.ts; applied here.
import type { Application } from '../model.ts';
import type { ChangeDeps } from './change-application.ts';
import {
  type ChoiceRequest,
  decideChoice,
  notInList,
  pickFrom,
  withoutPendingReply,
} from './choice-decisions.ts';
import type { CommonDeps } from './deps.ts';
import { runUserDecision } from './effects.ts';
import { changeProfile } from './profile.ts';

export type { ChoiceRequest };

/** Sends the numbered list and remembers it; false when there was nothing to choose from. */
export async function askWhich(
  deps: ChangeDeps,
  userId: string,
  request: ChoiceRequest,
): Promise<boolean> {
  const now = deps.clock.now();
  const given = 'candidates' in request ? request.candidates : undefined;
  const applications = given ?? (await deps.store.listByUser(userId));
  const decision = await runUserDecision(deps, userId, () =>
    decideChoice(applications, request, now),
  );
  return decision.outcome;
}

export type Picked =
  | { picked: true; application: Application; pendingReply: string | null }
  | { picked: false; why: string };

/** The application under `number` in the list last sent, if that list is still valid. */
export async function pickFromChoice(
  deps: CommonDeps,
  userId: string,
  number: number,
): Promise<Picked> {
  const pick = pickFrom(await deps.store.getProfile(userId), number, deps.clock.now());
  if ('why' in pick) return { picked: false, why: pick.why };
  const application = await deps.store.get(userId, pick.applicationId);
  if (!application) return { picked: false, why: notInList(number) };
  return { picked: true, application, pendingReply: pick.pendingReply };
}

/** The forwarded reply waiting for a pick has been handled: a second `2` finds nothing. */
export async function clearPendingReply(deps: CommonDeps, userId: string) {
  await changeProfile(deps.store, userId, deps.clock.now(), withoutPendingReply);
}
