// Use-cases -> `followup doctor`, the decision: the store's milestones against the schedules that
// exist, at `now` -> the repairs that make them agree. Pure; doctor.ts reads the world and applies
// them. The store is the truth: a schedule is wanted exactly when firing it now or at its due time
// would claim a draft or a copy (claimDraft) or tell the user one may not have arrived (decideFiring), so
// the doctor and the milestone handler cannot disagree.
// A schedule is known by its name (ListSchedules); its time is read (GetSchedule) only when it may
// be wrong: its milestone's time was set after it was last written, or it is past due.
import {
  abandonedSend,
  claimMilestone,
  copyDue,
  owesNotice,
  SEND_LEASE_MS,
  userZone,
} from '../application.ts';
import {
  type Application,
  DIGEST_APPLICATION_ID,
  type MilestoneRef,
  type UserProfile,
} from '../model.ts';
import type { ListedSchedule, MilestoneScheduler, ScheduledMilestone } from '../ports.ts';
import { CATCH_UP_DELAY_MS, fireTime } from './change-application.ts';

export type RepairReason =
  /** A pending milestone had no schedule. */
  | 'missing'
  /** … and it is past due: it fires now (its draft says it is late where that matters). */
  | 'missing-past-due'
  /** Its schedule fires at another time than the milestone is due. */
  | 'wrong-time'
  /**
   * A send claimed past its lease and never marked out (its function died): handed to the mail
   * service, it may be out, so it is not sent again and its firing, now, tells the user; not
   * handed, its firing sends it.
   */
  | 'stuck-send'
  /**
   * A draft that may not have arrived, and every firing that was to tell the user failed (until
   * NOTICE_REFUSALS_BOUND refusals: then it is given up).
   */
  | 'notice-owed'
  /** A copy the user asked for (`resend`) of a draft in doubt, whose firing never came. */
  | 'copy-owed'
  /** A schedule of no pending milestone: of a sent, cancelled or vanished one, or a paused plan. */
  | 'orphan';

export type Repair =
  | { kind: 'schedule'; milestone: ScheduledMilestone; reason: Exclude<RepairReason, 'orphan'> }
  | { kind: 'delete'; ref: MilestoneRef; reason: 'orphan' };

export interface DoctorState {
  /** The applications of the users looked at. */
  applications: Application[];
  /** The profiles of the same users (the weekly digest's schedule is kept there). */
  profiles: UserProfile[];
  /** The schedules that exist, by name: listed before the store was read. */
  listed: ReadonlyMap<string, ListedSchedule>;
  /** The schedules read whole, by name (undefined: gone since listed): those `timeChecks` named. */
  read: ReadonlyMap<string, ScheduledMilestone | undefined>;
  nameOf: MilestoneScheduler['nameOf'];
  /** The zone a digest schedule is made in when none exists to take it from. */
  defaultTimezone: string;
}

/** What a milestone needs of the Scheduler: a schedule due then, none, or to be left alone. */
type Need =
  | {
      kind: 'due';
      due: string;
      timezone: string;
      /** Why it fires now, where that is not its time having come: its repair's reason. */
      firesFor?: 'stuck-send' | 'notice-owed' | 'copy-owed';
    }
  | { kind: 'none' }
  /** Its draft is being mailed right now: whatever schedule it has is no one's business. */
  | { kind: 'in-flight' };

function needOf(application: Application, milestoneId: string, now: Date): Need {
  const milestone = application.milestones.find((m) => m.id === milestoneId);
  if (!milestone) return { kind: 'none' };
  const { timezone } = milestone;
  // Its firing tells the user, or decides an abandoned claim (decideFiring), now.
  if (owesNotice(milestone)) {
    return { kind: 'due', due: now.toISOString(), timezone, firesFor: 'notice-owed' };
  }
  if (abandonedSend(milestone, now)) {
    return { kind: 'due', due: now.toISOString(), timezone, firesFor: 'stuck-send' };
  }
  if (copyDue(application, milestone)) {
    return { kind: 'due', due: now.toISOString(), timezone, firesFor: 'copy-owed' };
  }
  const claim = claimMilestone(application, milestoneId, now);
  if (claim.claimed || claim.reason === 'not-due') {
    return { kind: 'due', due: milestone.due, timezone };
  }
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

/** A schedule the store accounts for: its milestone, what it needs, and when that was stored. */
interface Wanted {
  ref: MilestoneRef;
  name: string;
  need: Need;
  /** When its time was last set: a schedule written before may be at an older time. */
  timedAt: string;
}

function wantedSchedules(state: DoctorState, now: Date): Wanted[] {
  const wanted: Wanted[] = [];
  for (const application of state.applications) {
    for (const milestone of application.milestones) {
      const ref = {
        userId: application.userId,
        applicationId: application.id,
        milestoneId: milestone.id,
      };
      const need = needOf(application, milestone.id, now);
      const timedAt = milestone.timedAt ?? application.createdAt;
      wanted.push({ ref, name: state.nameOf(ref), need, timedAt });
    }
  }
  for (const profile of state.profiles) {
    if (!profile.digest) continue;
    const ref = {
      userId: profile.userId,
      applicationId: DIGEST_APPLICATION_ID,
      milestoneId: profile.digest.next,
    };
    const name = state.nameOf(ref);
    const timezone = state.read.get(name)?.timezone ?? userZone(profile, state.defaultTimezone);
    const need: Need = { kind: 'due', due: profile.digest.due, timezone };
    // The profile says not when the digest's time was set: any save of it may have.
    wanted.push({ ref, name, need, timedAt: profile.updatedAt });
  }
  return wanted;
}

/**
 * The existing schedules whose time must be read before judging them: written before their
 * milestone's time was last set (the write that should have followed the save failed), or of a
 * milestone already due (it should have fired). Any other was written from the stored time.
 */
export function timeChecks(state: DoctorState, now: Date): string[] {
  return wantedSchedules(state, now).flatMap(({ name, need, timedAt }) => {
    const listed = state.listed.get(name);
    if (!listed || need.kind !== 'due') return [];
    const stale = Date.parse(listed.modifiedAt) < Date.parse(timedAt);
    return stale || Date.parse(need.due) <= now.getTime() ? [name] : [];
  });
}

export interface Repairs {
  repairs: Repair[];
  /** Every listed name a stored milestone or digest accounts for, kept or not. */
  accounted: string[];
}

export function decideRepairs(state: DoctorState, now: Date): Repairs {
  const repairs: Repair[] = [];
  const accounted: string[] = [];
  for (const { ref, name, need } of wantedSchedules(state, now)) {
    const exists = state.listed.has(name);
    if (exists) accounted.push(name);
    if (need.kind === 'in-flight') continue;
    if (need.kind === 'none') {
      if (exists) repairs.push({ kind: 'delete', ref, reason: 'orphan' });
      continue;
    }
    // Listed and not read is trusted: it was written from the stored state (see timeChecks).
    const read = state.read.has(name) ? state.read.get(name) : exists ? 'trusted' : undefined;
    if (read === 'trusted' || (read && serves(read, need, now))) continue;
    const pastDue = Date.parse(need.due) <= now.getTime();
    const reason =
      need.firesFor ?? (read ? 'wrong-time' : pastDue ? 'missing-past-due' : 'missing');
    repairs.push({
      kind: 'schedule',
      milestone: { ref, due: fireTime(need.due, now), timezone: need.timezone },
      reason,
    });
  }
  return { repairs, accounted };
}
