// Use-cases -> the user's profile item (settings, the numbered list last sent, a pending forget,
// the digest): read, change one part, write back with every other part kept.
import { ConcurrentUpdateError } from '../errors.ts';
import type { UserProfile } from '../model.ts';
import type { ApplicationStore } from '../ports.ts';

export function emptyProfile(userId: string, now: Date): UserProfile {
  return { userId, timezone: null, wakingHours: null, updatedAt: now.toISOString() };
}

const MAX_ATTEMPTS = 8;

/** Reads the profile, applies `change`, writes it conditionally; on a conflict, again. */
export async function changeProfile(
  store: ApplicationStore,
  userId: string,
  now: Date,
  change: (profile: UserProfile) => Partial<UserProfile>,
): Promise<UserProfile> {
  for (let attempt = 1; ; attempt++) {
    const current = (await store.getProfile(userId)) ?? emptyProfile(userId, now);
    const next: UserProfile = {
      ...current,
      ...change(current),
      userId,
      updatedAt: now.toISOString(),
      version: (current.version ?? 0) + 1,
    };
    try {
      await store.saveProfile(next);
      return next;
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
