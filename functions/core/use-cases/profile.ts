// Use-cases -> the user's profile item (settings, the numbered list last sent, a pending forget,
// the digest): read, change one part, write back with every other part kept.
import type { UserProfile } from '../model.ts';
import type { ApplicationStore } from '../ports.ts';
import { retryOnConflict } from './update-application.ts';

export function emptyProfile(userId: string, now: Date): UserProfile {
  return { userId, timezone: null, wakingHours: null, updatedAt: now.toISOString() };
}

/** Reads the profile, applies `change`, writes it conditionally; on a conflict, again. */
export async function changeProfile(
  store: ApplicationStore,
  userId: string,
  now: Date,
  change: (profile: UserProfile) => Partial<UserProfile>,
): Promise<UserProfile> {
  return retryOnConflict(async () => {
    const current = (await store.getProfile(userId)) ?? emptyProfile(userId, now);
    const next: UserProfile = {
      ...current,
      ...change(current),
      userId,
      updatedAt: now.toISOString(),
      version: (current.version ?? 0) + 1,
    };
    await store.saveProfile(next);
    return next;
  });
}
