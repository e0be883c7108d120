// Use-cases -> `followup doctor` (daily on AWS, `followup doctor` locally): read the schedules, then
// the store, decide the repairs (doctor-decisions.ts), apply them through the Scheduler port, and
// report what was done by ids. No scan: the store is read per user, by the users the deployment
// allows and those the schedules name (one Query each). Every repair is idempotent; a run that
// overlaps a change at worst repeats what the change does, and the next run mends what it missed.
import { describeError } from '../logger.ts';
import type { Application, UserProfile } from '../model.ts';
import type { ChangeDeps } from './change-application.ts';
import { decideRepairs, type Repair, type RepairReason } from './doctor-decisions.ts';
import { everyUser } from './users.ts';

export interface DoctorReport {
  /** When it looked, on the clock. */
  at: string;
  checked: { applications: number; schedules: number };
  /** `<application>/<milestone>` of each repair made, by why. */
  repaired: Partial<Record<RepairReason, string[]>>;
  /** Repairs the Scheduler refused or failed: tried again on the next run. */
  failed: string[];
}

const refOf = (repair: Repair) => (repair.kind === 'delete' ? repair.ref : repair.milestone.ref);
const idOf = (repair: Repair) => `${refOf(repair).applicationId}/${refOf(repair).milestoneId}`;

export async function runDoctor(deps: ChangeDeps): Promise<DoctorReport> {
  const { store, scheduler, logger } = deps;
  // Schedules first: the store is written before its schedules, so each schedule seen has its
  // state in the store by the time that is read.
  const schedules = await scheduler.list();
  const users = [
    ...new Set(
      [...(await everyUser(deps)), ...schedules.map((s) => s.ref.userId)].map((user) =>
        user.toLowerCase(),
      ),
    ),
  ];
  const applications: Application[] = [];
  const profiles: UserProfile[] = [];
  for (const user of users) {
    applications.push(...(await store.listByUser(user)));
    const profile = await store.getProfile(user);
    if (profile) profiles.push(profile);
  }
  const now = deps.clock.now();
  const repairs = decideRepairs(
    { applications, profiles, schedules, defaultTimezone: deps.settings.defaultTimezone },
    now,
  );

  const report: DoctorReport = {
    at: now.toISOString(),
    checked: { applications: applications.length, schedules: schedules.length },
    repaired: {},
    failed: [],
  };
  for (const repair of repairs) {
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
  }
  logger.info('doctor ran', {
    count: repairs.length,
    outcome: report.failed.length ? `${report.failed.length} failed` : 'ok',
  });
  return report;
}
