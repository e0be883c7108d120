// Use-cases -> `followup doctor` (daily on AWS, `followup doctor` locally): list the schedules by
// name, then user by user read the store, read the times of the few schedules that may be wrong,
// decide the repairs (doctor-decisions.ts) and apply them; last, look up the schedules no stored
// milestone accounts for. Reports what it did by ids, and what its time budget left undone. No
// scan: the store is read per user (one Query each). Every repair is idempotent; a run that
// overlaps a change at worst repeats what the change does, and the next run mends what it missed.
import { describeError } from '../logger.ts';
import type { ListedSchedule, ScheduledMilestone } from '../ports.ts';
import type { ChangeDeps } from './change-application.ts';
import { decideRepairs, type Repair, type RepairReason, timeChecks } from './doctor-decisions.ts';
import { everyUser } from './users.ts';

export interface DoctorReport {
  /** When it started, on the clock. */
  at: string;
  /** Applications read, schedules listed, and schedules whose time was read (GetSchedule). */
  checked: { applications: number; schedules: number; timesRead: number };
  /** `<application>/<milestone>` of each repair made, by why. */
  repaired: Partial<Record<RepairReason, string[]>>;
  /** Repairs the Scheduler refused or failed: tried again on the next run. */
  failed: string[];
  /** What the time budget left for the next run: users not read, unknown schedules not looked up. */
  unreached: { users: number; schedules: number };
}

/**
 * Time kept back when the budget is checked: one user's step (a Query, a few GetSchedules and
 * repairs, each SDK call bounded by its timeouts) ends well within it.
 */
export const DOCTOR_STEP_RESERVE_MS = 60_000;

export interface DoctorBudget {
  /** Milliseconds the run may still take (Lambda's getRemainingTimeInMillis); none: no limit. */
  timeLeftMs?: () => number;
}

const refOf = (repair: Repair) => (repair.kind === 'delete' ? repair.ref : repair.milestone.ref);
const idOf = (repair: Repair) => `${refOf(repair).applicationId}/${refOf(repair).milestoneId}`;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function runDoctor(
  deps: ChangeDeps,
  budget: DoctorBudget = {},
): Promise<DoctorReport> {
  const { store, scheduler, logger } = deps;
  const outOfTime = () =>
    (budget.timeLeftMs?.() ?? Number.POSITIVE_INFINITY) < DOCTOR_STEP_RESERVE_MS;
  const started = deps.clock.now();
  const report: DoctorReport = {
    at: started.toISOString(),
    checked: { applications: 0, schedules: 0, timesRead: 0 },
    repaired: {},
    failed: [],
    unreached: { users: 0, schedules: 0 },
  };

  // Schedules first: the store is written before its schedules, so each schedule seen has its
  // state in the store by the time that is read.
  const listed = new Map<string, ListedSchedule>();
  for await (const page of scheduler.listNames()) {
    for (const schedule of page) listed.set(schedule.name, schedule);
  }
  report.checked.schedules = listed.size;

  const apply = async (repair: Repair) => {
    const { applicationId, milestoneId } = refOf(repair);
    const ids = { applicationId, milestoneId, reason: repair.reason };
    try {
      if (repair.kind === 'delete') await scheduler.cancel(repair.ref);
      else await scheduler.upsert(repair.milestone);
      report.repaired[repair.reason] = [...(report.repaired[repair.reason] ?? []), idOf(repair)];
      logger.info('doctor repaired a schedule', ids);
    } catch (error) {
      report.failed.push(idOf(repair));
      logger.error('doctor repair failed', { ...ids, ...describeError(error) });
    }
  };

  const seen = new Set<string>();
  const accounted = new Set<string>();
  /** One user: read, decide, repair, so that a change meanwhile races a few ms, not the run. */
  const doctorUser = async (userId: string) => {
    seen.add(userId);
    const applications = await store.listByUser(userId);
    const profile = await store.getProfile(userId);
    const now = deps.clock.now();
    const state = {
      applications,
      profiles: profile ? [profile] : [],
      listed,
      read: new Map<string, ScheduledMilestone | undefined>(),
      nameOf: scheduler.nameOf,
      defaultTimezone: deps.settings.defaultTimezone,
    };
    for (const name of timeChecks(state, now)) state.read.set(name, await scheduler.describe(name));
    report.checked.applications += applications.length;
    report.checked.timesRead += state.read.size;
    const decided = decideRepairs(state, now);
    for (const name of decided.accounted) accounted.add(name);
    for (const repair of decided.repairs) await apply(repair);
  };

  // Users in address order from a point that moves daily, so that a run the budget cuts short
  // leaves others undone the next day.
  const users = [...new Set((await everyUser(deps)).map((user) => user.toLowerCase()))].sort();
  const start = users.length ? Math.floor(started.getTime() / DAY_MS) % users.length : 0;
  for (const userId of [...users.slice(start), ...users.slice(0, start)]) {
    if (outOfTime()) report.unreached.users += 1;
    else await doctorUser(userId);
  }

  // Schedules no stored milestone accounts for: a milestone or an application that is gone, a
  // user no longer allowed, or something else's schedule (left alone).
  for (const name of [...listed.keys()].filter((listedName) => !accounted.has(listedName))) {
    if (outOfTime()) {
      report.unreached.schedules += 1;
      continue;
    }
    const schedule = await scheduler.describe(name);
    report.checked.timesRead += 1;
    if (!schedule) continue;
    const userId = schedule.ref.userId.toLowerCase();
    if (!seen.has(userId)) await doctorUser(userId);
    // Read and still unaccounted for: it fires a milestone its user no longer has.
    if (!accounted.has(name)) await apply({ kind: 'delete', ref: schedule.ref, reason: 'orphan' });
  }

  const unreached = report.unreached.users + report.unreached.schedules;
  const repairs = Object.values(report.repaired).flat().length + report.failed.length;
  const outcome = report.failed.length ? `${report.failed.length} failed` : 'ok';
  logger.info('doctor ran', {
    count: repairs,
    outcome: unreached ? `${outcome}; out of time, ${unreached} left for the next run` : outcome,
  });
  return report;
}
