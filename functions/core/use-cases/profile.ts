// Use-cases -> the user's profile item (settings, the numbered list last sent, a pending forget,
// the digest): read, change one part, write back with every other part kept.
import type { UserProfile } from '../model.ts';
import type { ApplicationStore } from '../ports.ts';

export function emptyProfile(userId: string, now: Date): UserProfile {
  return { userId, timezone: null, wakingHours: null, updatedAt: now.toISOString() };
}

export async function changeProfile(
  store: ApplicationStore,
  userId: string,
  now: Date,
  change: (profile: UserProfile) => Partial<UserProfile>,
): Promise<UserProfile> {
  const current = (await store.getProfile(userId)) ?? emptyProfile(userId, now);
  const next = { ...current, ...change(current), userId, updatedAt: now.toISOString() };
  await store.saveProfile(next);
  return next;
}
