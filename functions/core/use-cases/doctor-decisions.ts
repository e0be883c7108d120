// Use-cases -> `followup doctor`, the decision: the store's milestones against the schedules that
// exist, at `now` -> the repairs that make them agree. Pure; doctor.ts reads the world and applies
// them. The store is the truth: a schedule is wanted exactly when firing it now or at its due time
// would claim a draft (claimMilestone), so the doctor and the milestone handler cannot disagree.
import { claimMilestone, SEND_LEASE_MS, userZone } from '../application.ts';
import {
  type Application,
  DIGEST_APPLICATION_ID,
  type MilestoneRef,
  type UserProfile,
} from '../model.ts';
import type { ScheduledMilestone } from '../ports.ts';
import { CATCH_UP_DELAY_MS, fireTime } from './change-application.ts';

export type RepairReason =
  /** A pending milestone had no schedule. */
  | 'missing'
  /** … and it is past due: it fires now (its draft says it is late where that matters). */
  | 'missing-past-due'
  /** Its schedule fires at another time than the milestone is due. */
  | 'wrong-time'
  /** A send claimed past its lease and never marked out (its function died): sent again now. */
  | 'stuck-send'
  /** A schedule of no pending milestone: of a sent, cancelled or vanished one, or a paused plan. */
  | 'orphan';

export type Repair =
  | { kind: 'schedule'; milestone: ScheduledMilestone; reason: Exclude<RepairReason, 'orphan'> }
  | { kind: 'delete'; ref: MilestoneRef; reason: 'orphan' };

export interface DoctorState {
  /** Every application the schedules or the allowed users name. */
  applications: Application[];
  /** The profiles of the same users (the weekly digest's schedule is kept there). */
  profiles: UserProfile[];
  /** The schedules that exist: read before the store, so each one's state is already stored. */
  schedules: ScheduledMilestone[];
  /** The zone a digest schedule is made in when none exists to take it from. */
  defaultTimezone: string;
}

const keyOf = (ref: { applicationId: string; milestoneId: string }) =>
  `${ref.applicationId}/${ref.milestoneId}`;

/** What a milestone needs of the Scheduler: a schedule due then, none, or to be left alone. */
type Need =
  | { kind: 'due'; due: string; timezone: string; stuck: boolean }
  | { kind: 'none' }
  /** Its draft is being mailed right now: whatever schedule it has is no one's business. */
  | { kind: 'in-flight' };

function needOf(application: Application, milestoneId: string, now: Date): Need {
  const milestone = application.milestones.find((m) => m.id === milestoneId);
  if (!milestone) return { kind: 'none' };
  const claim = claimMilestone(application, milestoneId, now);
  const { timezone } = milestone;
  if (claim.claimed) {
    return claim.takenOver
      ? { kind: 'due', due: now.toISOString(), timezone, stuck: true }
      : { kind: 'due', due: milestone.due, timezone, stuck: false };
  }
  if (claim.reason === 'not-due')
    return { kind: 'due', due: milestone.due, timezone, stuck: false };
  const sending =
    milestone.state === 'SENT' &&
    milestone.sending === true &&
    now.getTime() - Date.parse(milestone.sentAt ?? '') < SEND_LEASE_MS;
  return sending ? { kind: 'in-flight' } : { kind: 'none' };
}

/** Whole seconds: an `at()` expression has no finer grain. */
const second = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** An existing schedule serves a need when it fires at the due time, or soon for one past due. */
function serves(schedule: ScheduledMilestone, need: { due: string }, now: Date): boolean {
  if (Date.parse(need.due) > now.getTime()) return second(schedule.due) === second(need.due);
  return Date.parse(schedule.due) <= now.getTime() + CATCH_UP_DELAY_MS;
}

export function decideRepairs(state: DoctorState, now: Date): Repair[] {
  const existing = new Map(state.schedules.map((schedule) => [keyOf(schedule.ref), schedule]));
  const repairs: Repair[] = [];
  const judged = new Set<string>();

  const judge = (ref: MilestoneRef, need: Need) => {
    judged.add(keyOf(ref));
    const schedule = existing.get(keyOf(ref));
    if (need.kind === 'in-flight') return;
    if (need.kind === 'none') {
      if (schedule) repairs.push({ kind: 'delete', ref: schedule.ref, reason: 'orphan' });
      return;
    }
    if (schedule && serves(schedule, need, now)) return;
    const pastDue = Date.parse(need.due) <= now.getTime();
    const reason = need.stuck
      ? 'stuck-send'
      : schedule
        ? 'wrong-time'
        : pastDue
          ? 'missing-past-due'
          : 'missing';
    repairs.push({
      kind: 'schedule',
      milestone: { ref, due: fireTime(need.due, now), timezone: need.timezone },
      reason,
    });
  };

  for (const application of state.applications) {
    for (const milestone of application.milestones) {
      const ref = {
        userId: application.userId,
        applicationId: application.id,
        milestoneId: milestone.id,
      };
      judge(ref, needOf(application, milestone.id, now));
    }
  }
  for (const profile of state.profiles) {
    if (!profile.digest) continue;
    const ref = {
      userId: profile.userId,
      applicationId: DIGEST_APPLICATION_ID,
      milestoneId: profile.digest.next,
    };
    const timezone = existing.get(keyOf(ref))?.timezone ?? userZone(profile, state.defaultTimezone);
    judge(ref, { kind: 'due', due: profile.digest.due, timezone, stuck: false });
  }
  // What no application or profile accounts for: a milestone or an application that is gone.
  for (const schedule of state.schedules) {
    if (!judged.has(keyOf(schedule.ref))) {
      repairs.push({ kind: 'delete', ref: schedule.ref, reason: 'orphan' });
    }
  }
  return repairs;
}
