// Use-cases -> forwards followup could not read: each answered "I could not read this" is kept
// on the user's profile, so that corrections sent in reply to that answer (`company: Acme`,
// `time: Tue 3pm ET`) complete the forward instead of acting on some other application.
import type { UnreadableForward } from '../model.ts';
import type { CommonDeps } from './deps.ts';
import { changeProfile } from './profile.ts';

/** Forwards kept per user, newest last: enough for a morning of forwarding, never unbounded. */
const MAX_KEPT = 5;
/** An answer older than this completes nothing: the forward is forwarded again instead. */
export const UNREADABLE_VALID_MS = 14 * 24 * 60 * 60 * 1000;

export async function rememberUnreadable(
  deps: CommonDeps,
  userId: string,
  forward: UnreadableForward,
): Promise<void> {
  await changeProfile(deps.store, userId, deps.clock.now(), (profile) => ({
    unreadable: [
      ...(profile.unreadable ?? []).filter((kept) => kept.messageId !== forward.messageId),
      forward,
    ].slice(-MAX_KEPT),
  }));
}

/** The forward whose "could not read" answer a reply's thread names, if still valid. */
export async function unreadableRepliedTo(
  deps: CommonDeps,
  userId: string,
  threadIds: readonly string[],
): Promise<UnreadableForward | null> {
  if (threadIds.length === 0) return null;
  const now = deps.clock.now().getTime();
  const kept = (await deps.store.getProfile(userId))?.unreadable ?? [];
  const named = new Set(threadIds.map((id) => id.toLowerCase()));
  return (
    kept.findLast(
      (forward) =>
        now - Date.parse(forward.sentAt) <= UNREADABLE_VALID_MS &&
        forward.replyIds.some((id) => named.has(id.toLowerCase())),
    ) ?? null
  );
}

/** The forward is complete: a second reply to the same answer finds its application by thread. */
export async function forgetUnreadable(deps: CommonDeps, userId: string, messageId: string) {
  await changeProfile(deps.store, userId, deps.clock.now(), (profile) => ({
    unreadable: (profile.unreadable ?? []).filter((kept) => kept.messageId !== messageId),
  }));
}
