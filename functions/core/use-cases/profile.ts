// Use-cases -> the user's profile item (settings, the numbered list last sent, a pending forget,
// the digest): read, change one part, write back with every other part kept.
import { userZone, withAnswerSent } from '../application.ts';
import { describeError } from '../logger.ts';
import type { UserProfile } from '../model.ts';
import { localeOfZone, writtenIn } from '../planning/index.ts';
import type { ApplicationStore } from '../ports.ts';
import type { CommonDeps } from './deps.ts';
import { retryOnConflict } from './update-application.ts';

export function emptyProfile(userId: string, now: Date): UserProfile {
  return { userId, timezone: null, wakingHours: null, updatedAt: now.toISOString() };
}

/** How the user's dates and times are written: their `set locale`, else that of their zone. */
function userLocale(profile: UserProfile | null | undefined, defaultZone: string): string {
  return profile?.locale ?? localeOfZone(userZone(profile, defaultZone));
}

/**
 * Runs `work` for a user with every date and time it writes spelled in their locale: each entry
 * point (a mail in, a milestone firing) runs in it once it knows whose it is. `work` is given the
 * profile read for it (null: none stored), so that it need not read it again; `reading` is that
 * read when the caller started it already.
 */
export async function inUserLocale<T>(
  deps: { store: ApplicationStore; settings: { defaultTimezone: string } },
  userId: string,
  work: (profile: UserProfile | null) => Promise<T>,
  reading: Promise<UserProfile | undefined> = deps.store.getProfile(userId),
): Promise<T> {
  const profile = (await reading) ?? null;
  return writtenIn(userLocale(profile, deps.settings.defaultTimezone), () => work(profile));
}

/**
 * Reads the profile, decides, writes what the decision changes (if anything) conditionally; on a
 * conflict, reads and decides again. `decide` sees the stored profile, or none yet.
 */
export async function updateProfile<T>(
  store: ApplicationStore,
  userId: string,
  now: Date,
  decide: (profile: UserProfile | undefined) => { patch: Partial<UserProfile> | null; result: T },
): Promise<T> {
  return retryOnConflict(async () => {
    const stored = await store.getProfile(userId);
    const { patch, result } = decide(stored);
    if (patch) {
      const current = stored ?? emptyProfile(userId, now);
      await store.saveProfile({
        ...current,
        ...patch,
        userId,
        updatedAt: now.toISOString(),
        version: (current.version ?? 0) + 1,
      });
    }
    return result;
  });
}

/** Reads the profile, applies `change`, writes it conditionally; on a conflict, again. */
export async function changeProfile(
  store: ApplicationStore,
  userId: string,
  now: Date,
  change: (profile: UserProfile) => Partial<UserProfile>,
): Promise<void> {
  await updateProfile(store, userId, now, (stored) => ({
    patch: change(stored ?? emptyProfile(userId, now)),
    result: undefined,
  }));
}

/**
 * The setting mail `messageId`'s answer went out: its redelivery is answered no more. Best
 * effort, after the send: a record that fails leaves a second answer, never a lost one. (A write
 * of its own, as no other follows a setting's answer; setting mails are few.)
 */
export async function rememberSettingAnswered(
  deps: Pick<CommonDeps, 'store' | 'clock' | 'logger'>,
  userId: string,
  messageId: string | null,
) {
  if (!messageId) return;
  try {
    await updateProfile(deps.store, userId, deps.clock.now(), (profile) => {
      const settingsDone = withAnswerSent(profile?.settingsDone, messageId);
      return { patch: settingsDone ? { settingsDone } : null, result: undefined };
    });
  } catch (error) {
    deps.logger.warn('setting answer not remembered', describeError(error));
  }
}
