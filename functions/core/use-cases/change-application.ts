// Applies a pure change (core/changes.ts) to a stored application: conditional write first, then
// the schedules follow. A crash between the two leaves DynamoDB right and the milestone handler
// re-checks it, so a stale schedule can fire but never send a draft it should not.
import { copyDue, copyHeld, userZone } from '../application.ts';
import type { ChangeResult } from '../changes.ts';
import type { Application, Milestone, MilestoneRef, UserProfile } from '../model.ts';
import { applyPolicyOverride, type Policy, type UserContext } from '../planning/index.ts';
import type { MilestoneScheduler } from '../ports.ts';
import type { CommonDeps } from './deps.ts';
import { updateApplication } from './update-application.ts';

export interface ChangeDeps extends CommonDeps {
  scheduler: MilestoneScheduler;
}

/**
 * The user's zone and policy: deployment defaults overridden by their `set …` replies. `profile`
 * is the user's as already read for this message (null: none stored); undefined reads it.
 */
export async function userContextFor(
  deps: CommonDeps,
  userId: string,
  now: Date,
  known?: UserProfile | null,
): Promise<UserContext> {
  const profile = known === undefined ? await deps.store.getProfile(userId) : known;
  let policy: Policy = deps.settings.policy;
  if (profile?.wakingHours) {
    policy = applyPolicyOverride(policy, { kind: 'hours', ...profile.wakingHours });
  }
  if (profile?.country)
    policy = applyPolicyOverride(policy, { kind: 'country', country: profile.country });
  return { policy, userTimezone: userZone(profile, deps.settings.defaultTimezone), now };
}

const refOf = (application: Application, milestoneId: string): MilestoneRef => ({
  userId: application.userId,
  applicationId: application.id,
  milestoneId,
});

/** How far ahead a milestone already due is scheduled: a one-time schedule is never in the past. */
export const CATCH_UP_DELAY_MS = 60_000;

/** When a milestone's schedule fires: its due time, or shortly after `now` when that has passed. */
export function fireTime(due: string, now: Date): string {
  if (Date.parse(due) > now.getTime()) return due;
  return new Date(Math.ceil((now.getTime() + CATCH_UP_DELAY_MS) / 1000) * 1000).toISOString();
}

/** The schedules to make exist, at their milestones' due times, and to delete. */
interface ScheduleSync {
  /** PENDING milestones whose schedule must exist at their due time (create or move). */
  upsert: Milestone[];
  /** Milestones whose schedule must go. */
  cancel: Milestone[];
}

/**
 * Runs every call at once and waits for all of them (none is left running when this returns);
 * throws the first failure.
 */
async function allOf(calls: Array<Promise<void>>): Promise<void> {
  const failed = (await Promise.allSettled(calls)).find((settled) => settled.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Makes the schedules match an application that has been stored. Each milestone has a schedule
 * of its own, so their calls go at once (a plan's four in one round trip instead of four); the
 * cancels before the upserts, as before.
 */
export async function syncSchedules(
  scheduler: MilestoneScheduler,
  application: Application,
  schedules: ScheduleSync,
  now: Date,
) {
  await allOf(
    schedules.cancel.map((milestone) => scheduler.cancel(refOf(application, milestone.id))),
  );
  await allOf(
    schedules.upsert.map((milestone) =>
      scheduler.upsert({
        ref: refOf(application, milestone.id),
        due: fireTime(milestone.due, now),
        timezone: milestone.timezone,
      }),
    ),
  );
}

/** What the user's calendar shows of a plan: each milestone's time and state, and whether it is held. */
function planOf(application: Application): string {
  const milestones = application.milestones
    .map((m) => `${m.id}|${m.due}|${m.timezone}|${m.state}`)
    .sort();
  return JSON.stringify([application.status, milestones]);
}

/**
 * True when the milestones' times or states moved (or the application was paused or resumed):
 * the mail that confirms such a change carries the updated `.ics`. Judged on the applications, not
 * on the schedules, which stay untouched while an application is paused.
 */
export function planChanged(before: Application, after: Application): boolean {
  return before !== after && planOf(before) !== planOf(after);
}

export interface AppliedChange extends ChangeResult {
  /** See `planChanged`: pass it on to the confirmation so the `.ics` rides along. */
  planChanged: boolean;
}

/**
 * The schedules an application should have, from scratch: every PENDING milestone of an open
 * application scheduled; every cancelled or skipped one (and all of a paused or closed one) not.
 * A PENDING milestone already due was never sent (its firings failed into the dead-letter queue,
 * or its schedule was lost): it is scheduled to fire now (see `fireTime`). Should its schedule
 * still be firing, the claim lets only one of the two firings send. A copy the user asked for
 * (`resend`) fires now too, whatever the application's state, unless a pause holds it (`copyHeld`).
 */
export function schedulesOf(application: Application): ScheduleSync {
  const open = application.status === 'OPEN';
  return {
    upsert: application.milestones.filter(
      (m) => (open && m.state === 'PENDING') || copyDue(application, m),
    ),
    cancel: application.milestones.filter(
      (m) =>
        m.state === 'CANCELLED' ||
        m.state === 'SKIPPED' ||
        (!open && m.state === 'PENDING') ||
        copyHeld(application, m),
    ),
  };
}

/** Rounds of schedule writes one change makes at most, each for a newer version read after. */
const SYNC_ROUNDS = 3;

/**
 * Makes every schedule of `saved` match it, then reads the application again: a newer version
 * saved meanwhile may have had its schedule writes land before these, older ones, so it is
 * synced again, until the version read is the one synced (the Scheduler has no conditional
 * write). That narrows the race without closing it: after SYNC_ROUNDS, a sync that throws
 * partway, or the doctor acting on an older read, the doctor's next run repairs what is left.
 */
export async function syncToLatest(deps: ChangeDeps, saved: Application): Promise<void> {
  let synced = saved;
  for (let round = 1; ; round++) {
    await syncSchedules(deps.scheduler, synced, schedulesOf(synced), deps.clock.now());
    if (round >= SYNC_ROUNDS) return;
    const latest = await deps.store.get(synced.userId, synced.id);
    if (!latest || latest.version <= synced.version) return;
    synced = latest;
  }
}

/**
 * Reads the application, applies `change` (again on a concurrent write), stores the result and
 * then reconciles every schedule of the application with it — not only those the change moved:
 * that is how the next command (or the retry of the same mail, whose first attempt stored the
 * change but failed at the Scheduler) repairs a schedule that was lost. Both calls are
 * idempotent; a newer version saved meanwhile is synced too (see `syncToLatest`). Undefined when
 * the application does not exist.
 */
export async function changeApplication(
  deps: ChangeDeps,
  key: { userId: string; applicationId: string },
  change: (application: Application) => ChangeResult,
): Promise<AppliedChange | undefined> {
  const result = await updateApplication(deps.store, key, (application) => {
    if (!application) return { result: undefined };
    const changed = change(application);
    const applied = { ...changed, planChanged: planChanged(application, changed.application) };
    return changed.application === application
      ? { result: applied }
      : { save: changed.application, result: applied };
  });
  if (!result) return undefined;
  await syncToLatest(deps, result.application);
  return result;
}
