// Use-cases -> a write that must hold once what it records is done (a message handled, a draft
// out): tried again after each of `delaysMs` while the invocation has `reserveMs` left for it.
import { setTimeout as sleep } from 'node:timers/promises';

/** Waits before each further try, after the store client's own retries gave up. */
export const WRITE_RETRY_DELAYS_MS: readonly number[] = [500, 2_000, 5_000];

/** Milliseconds the invocation may still take (Lambda's getRemainingTimeInMillis); none: no limit. */
export interface InvocationBudget {
  timeLeftMs?: () => number;
}

/** Runs `write`, again after each delay that leaves `reserveMs` of the budget; throws the last failure. */
export async function retryWithin<T>(
  write: () => Promise<T>,
  budget: InvocationBudget,
  policy: { delaysMs: readonly number[]; reserveMs: number },
  onRetry: (error: unknown) => void,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await write();
    } catch (error) {
      const delay = policy.delaysMs[retry];
      const timeLeft = budget.timeLeftMs?.() ?? Number.POSITIVE_INFINITY;
      if (delay === undefined || timeLeft - delay < policy.reserveMs) throw error;
      onRetry(error);
      await sleep(delay);
    }
  }
}
