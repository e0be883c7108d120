// Use-cases -> the user's profile item (settings, the numbered list last sent, a pending forget,
// the digest): read, change one part, write back with every other part kept.
import type { UserProfile } from '../model.ts';
import { localeOfZone, writtenIn } from '../planning/index.ts';
import type { ApplicationStore } from '../ports.ts';
import { retryOnConflict } from './update-application.ts';

export function emptyProfile(userId: string, now: Date): UserProfile {
  return { userId, timezone: null, wakingHours: null, updatedAt: now.toISOString() };
}

/** How the user's dates and times are written: their `set locale`, else that of their zone. */
export function userLocale(profile: UserProfile | null | undefined, defaultZone: string): string {
  return profile?.locale ?? localeOfZone(profile?.timezone ?? defaultZone);
}

/**
 * Runs `work` for a user with every date and time it writes spelled in their locale: each entry
 * point (a mail in, a milestone firing) runs in it once it knows whose it is.
 */
export async function inUserLocale<T>(
  deps: { store: ApplicationStore; settings: { defaultTimezone: string } },
  userId: string,
  work: () => Promise<T>,
): Promise<T> {
  const profile = await deps.store.getProfile(userId);
  return writtenIn(userLocale(profile, deps.settings.defaultTimezone), work);
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
