// Use-cases -> what a plan reads: the user's context and their country's holiday table, loaded
// before the decision so the planner stays synchronous. Imported only by the use-cases that plan
// (a confirmation, commands, employer replies, settings), so a function without them (the
// milestone function) ships no table.
import type { UserProfile } from '../model.ts';
import { NO_HOLIDAYS, type PlanContext } from '../planning/index.ts';
import { holidaysFor } from '../planning/load-holidays.ts';
import { userContextFor } from './change-application.ts';
import type { CommonDeps } from './deps.ts';

/**
 * The user's context (`userContextFor`) and, for a decision that may move a milestone (`plans`),
 * the holiday table of their country, a chunk of its own loaded once per container. A decision
 * that moves none (`stop`, a rejection) gets NO_HOLIDAYS and loads nothing.
 */
export async function planContextFor(
  deps: CommonDeps,
  userId: string,
  now: Date,
  known?: UserProfile | null,
  plans = true,
): Promise<PlanContext> {
  const user = await userContextFor(deps, userId, now, known);
  const holidays = plans ? await holidaysFor(user.policy.country, user.userTimezone) : NO_HOLIDAYS;
  return { ...user, holidays };
}
