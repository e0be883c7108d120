// Optimistic concurrency for use-cases: read the application, decide, write conditionally on its
// version; on a conflict read again and decide again. Each decision is a pure function.
import { ConcurrentUpdateError } from '../errors.ts';
import type { Application } from '../model.ts';
import type { ApplicationStore } from '../ports.ts';

const MAX_ATTEMPTS = 8;

export type Decision<T> = { save: Application; result: T } | { save?: undefined; result: T };

/**
 * Runs `attempt` (read, decide, write conditionally) again while its write loses to a concurrent
 * one: the one optimistic-retry loop of the use-cases.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError) || tries >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * Applies `decide` to the stored application until its write wins. `decide` sees the latest
 * version each time and may return no `save` to leave the item alone. `held`, the version the
 * caller has just written or read, is decided on first instead of reading it again: its write
 * loses only to a newer version, which the next attempt reads.
 */
export async function updateApplication<T>(
  store: ApplicationStore,
  key: { userId: string; applicationId: string },
  decide: (application: Application | undefined) => Decision<T>,
  held?: Application,
): Promise<T> {
  let first = held;
  return retryOnConflict(async () => {
    const application = first ?? (await store.get(key.userId, key.applicationId));
    first = undefined;
    const decision = decide(application);
    if (decision.save) await store.save(decision.save);
    return decision.result;
  });
}
