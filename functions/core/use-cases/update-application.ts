// Optimistic concurrency for use-cases: read the application, decide, write conditionally on its
// version; on a conflict read again and decide again. Each decision is a pure function.
import { ConcurrentUpdateError } from '../errors.ts';
import type { Application } from '../model.ts';
import type { ApplicationStore } from '../ports.ts';

const MAX_ATTEMPTS = 8;

export type Decision<T> = { save: Application; result: T } | { save?: undefined; result: T };

/**
 * Applies `decide` to the stored application until its write wins. `decide` sees the latest
 * version each time and may return no `save` to leave the item alone.
 */
export async function updateApplication<T>(
  store: ApplicationStore,
  key: { userId: string; applicationId: string },
  decide: (application: Application | undefined) => Decision<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.get(key.userId, key.applicationId);
    const decision = decide(current);
    if (!decision.save) return decision.result;
    try {
      await store.save(decision.save);
      return decision.result;
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
