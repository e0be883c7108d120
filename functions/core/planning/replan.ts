// Changes to a plan: reschedule, next round, a stated date (neutral reply, out-of-office), snooze,
// resume or new settings, cancellation. Pure functions over the stored milestones; they move
// PENDING milestones only and keep ids, so the scheduler adapter updates schedules, never
// duplicates them.
import { DateTime } from 'luxon';
import type { Interview, Milestone, MilestoneKind, MilestoneState } from '../model.ts';
import {
  assertZone,
  ceilToMinute,
  dayAfter,
  firstMinuteAfter,
  followingSlot,
  isoOf,
  latest,
  nextSlotAt,
  nextWaking,
  type PlanRules,
  parseInstant,
} from './calendar.ts';
import { PlanningError } from './errors.ts';
import type { Holidays } from './holidays.ts';
import { type PlannedMilestone, planMilestones } from './plan.ts';
import { clockMinutes, type Policy } from './policy.ts';

/** A stored milestone; a thank-you without a `sendBy` is never skipped for lateness. */
export type MilestoneRecord = Milestone;

/** The user's policy and zone, and now: what a decision about them reads. */
export interface UserContext {
  policy: Policy;
  /** The user's zone: every due time is written in it. */
  userTimezone: string;
  now: Date;
}

/** What a plan reads: the user's context and their country's holidays, loaded by the edge. */
export interface PlanContext extends UserContext {
  /** See `holidaysFor`; NO_HOLIDAYS for a decision that moves no milestone. */
  holidays: Holidays;
}

export interface PlanChange {
  /** Every milestone after the change, in the input's order, new ones appended: what to store. */
  milestones: MilestoneRecord[];
  /** Still PENDING with a new due time or zone: UpdateSchedule. */
  moved: MilestoneRecord[];
  /** New (or revived) PENDING milestones: CreateSchedule. */
  added: MilestoneRecord[];
  /** Were PENDING, now CANCELLED or SKIPPED: DeleteSchedule. */
  removed: MilestoneRecord[];
}

/** A date an employer stated: `YYYY-MM-DD` (or an ISO date-time) and the zone it was meant in. */
export interface StatedDate {
  date: string;
  zone: string;
}

const KIND_ORDER: Record<MilestoneKind, number> = {
  'thank-you': 0,
  'follow-up-1': 1,
  'follow-up-2': 2,
  'close-out': 3,
};

const isNudge = (kind: MilestoneKind) => kind === 'follow-up-1' || kind === 'follow-up-2';
/** Follow-ups and the close-out come on business days; a thank-you comes when it is due. */
const onBusinessDay = (kind: MilestoneKind) => kind !== 'thank-you';

export function toMilestoneRecords(
  plan: PlannedMilestone[],
  interviewId: string,
  userTimezone: string,
): MilestoneRecord[] {
  return plan.map((planned) => ({
    id: planned.id,
    kind: planned.kind,
    interviewId,
    interviewer: planned.interviewer,
    due: planned.due,
    timezone: userTimezone,
    state: 'PENDING',
    sendBy: planned.sendBy,
  }));
}

function instantIn(text: string, zone: string, what: string): DateTime {
  return parseInstant(text, zone, what).setZone(zone);
}

function dueOf(milestone: MilestoneRecord, zone: string): DateTime {
  return instantIn(milestone.due, zone, `due time of ${milestone.id}`);
}

function sendByOf(milestone: MilestoneRecord, zone: string): DateTime | null {
  return milestone.sendBy ? instantIn(milestone.sendBy, zone, `send-by of ${milestone.id}`) : null;
}

/** The earliest a milestone may come given the ones before it in its interview's chain. */
function chainFloor(
  kind: MilestoneKind,
  thankYouFloor: DateTime | null,
  lastNudge: DateTime | null,
  rules: PlanRules,
): DateTime | null {
  const { policy } = rules;
  switch (kind) {
    case 'thank-you':
      return null;
    case 'follow-up-1':
      return thankYouFloor;
    case 'follow-up-2':
      return lastNudge && followingSlot(lastNudge, policy.followUps.spacingDays, rules, true);
    case 'close-out':
      return lastNudge
        ? followingSlot(lastNudge, policy.closeOut.afterLastFollowUpDays, rules, true)
        : thankYouFloor;
  }
}

/**
 * Re-places every PENDING milestone at its target (default: where it is), never before now and
 * keeping each interview's chain: follow-up 1 after the thank-yous' send-by, follow-up 2 a spacing
 * after follow-up 1, close-out after the last follow-up. A thank-you that can no longer arrive
 * before its send-by is SKIPPED.
 */
function reflow(
  milestones: MilestoneRecord[],
  targets: Map<string, DateTime>,
  ctx: PlanContext,
): MilestoneRecord[] {
  const { userTimezone: zone } = ctx;
  assertZone(zone, 'user time zone');
  const earliest = firstMinuteAfter(ctx.now, zone);
  const result = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const interviews = [...new Set(milestones.map((milestone) => milestone.interviewId))];

  for (const interviewId of interviews) {
    const chain = milestones
      .filter((milestone) => milestone.interviewId === interviewId)
      .filter((milestone) => milestone.state === 'PENDING' || milestone.state === 'SENT')
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    let thankYouFloor: DateTime | null = null;
    let lastNudge: DateTime | null = null;

    for (const milestone of chain) {
      let due = dueOf(milestone, zone);
      if (milestone.state === 'PENDING') {
        const target = targets.get(milestone.id) ?? due;
        const floor = chainFloor(milestone.kind, thankYouFloor, lastNudge, ctx);
        due = nextWaking(latest(target, floor, earliest), ctx, onBusinessDay(milestone.kind));
        const sendBy = sendByOf(milestone, zone);
        if (milestone.kind === 'thank-you' && sendBy && due.toMillis() >= sendBy.toMillis()) {
          result.set(milestone.id, { ...milestone, state: 'SKIPPED' });
          continue;
        }
        result.set(milestone.id, { ...milestone, due: isoOf(due), timezone: zone });
      }
      if (milestone.kind === 'thank-you') {
        thankYouFloor = latest(due.plus({ minutes: 1 }), thankYouFloor, sendByOf(milestone, zone));
      } else if (onBusinessDay(milestone.kind)) {
        lastNudge = due;
      }
    }
  }
  return milestones.map((milestone) => result.get(milestone.id) ?? milestone);
}

function changeOf(before: MilestoneRecord[], after: MilestoneRecord[]): PlanChange {
  const previous = new Map(before.map((milestone) => [milestone.id, milestone]));
  const change: PlanChange = { milestones: after, moved: [], added: [], removed: [] };
  for (const milestone of after) {
    const old = previous.get(milestone.id);
    if (old?.state !== 'PENDING') {
      if (milestone.state === 'PENDING') change.added.push(milestone);
    } else if (milestone.state !== 'PENDING') {
      change.removed.push(milestone);
    } else if (
      old.timezone !== milestone.timezone ||
      Date.parse(old.due) !== Date.parse(milestone.due)
    ) {
      change.moved.push(milestone);
    }
  }
  return change;
}

function assertUniqueIds(milestones: MilestoneRecord[]): void {
  const ids = new Set(milestones.map((milestone) => milestone.id));
  if (ids.size !== milestones.length) throw new PlanningError('milestone ids must be unique');
}

/**
 * Lays the interview's fresh plan over its stored milestones: same id -> the PENDING one moves
 * (its interviewer and send-by refreshed), gone from the plan -> SKIPPED, new id -> added. A
 * SKIPPED one the plan wants again comes back (a time that was unknown is known again), unless
 * another interview's follow-ups are the pending ones now or the user already received a later
 * milestone of this interview; SENT and CANCELLED ones stay.
 */
function overlayPlan(milestones: MilestoneRecord[], interview: Interview, ctx: PlanContext) {
  const plan = planMilestones({ interview, ...ctx });
  const planned = new Map(plan.map((milestone) => [milestone.id, milestone]));
  const superseded = milestones.some(
    (milestone) =>
      milestone.interviewId !== interview.id &&
      milestone.kind !== 'thank-you' &&
      milestone.state === 'PENDING',
  );
  // Nothing comes back behind what the user already received: no thank-you after a follow-up,
  // no follow-up after the close-out.
  const sentRank = Math.max(
    -1,
    ...milestones
      .filter((milestone) => milestone.interviewId === interview.id && milestone.state === 'SENT')
      .map((milestone) => KIND_ORDER[milestone.kind]),
  );
  const stillDue = (kind: MilestoneKind) =>
    KIND_ORDER[kind] > sentRank || (kind === 'thank-you' && sentRank === 0);
  const targets = new Map<string, DateTime>();
  const next: MilestoneRecord[] = milestones.map((milestone) => {
    if (milestone.interviewId !== interview.id) return milestone;
    const revivable =
      milestone.state === 'SKIPPED' &&
      stillDue(milestone.kind) &&
      !(superseded && milestone.kind !== 'thank-you');
    if (milestone.state !== 'PENDING' && !revivable) return milestone;
    const fresh = planned.get(milestone.id);
    if (!fresh) return { ...milestone, state: 'SKIPPED' };
    targets.set(milestone.id, parseInstant(fresh.due, ctx.userTimezone, fresh.id));
    return { ...milestone, state: 'PENDING', interviewer: fresh.interviewer, sendBy: fresh.sendBy };
  });
  const known = new Set(milestones.map((milestone) => milestone.id));
  const added = plan.filter((milestone) => !known.has(milestone.id) && stillDue(milestone.kind));
  next.push(...toMilestoneRecords(added, interview.id, ctx.userTimezone));
  return reflow(next, targets, ctx);
}

/** Reschedule notice: every PENDING milestone of `interview` (its new times) moves to the new plan. */
export function replanAfterReschedule(
  milestones: MilestoneRecord[],
  interview: Interview,
  ctx: PlanContext,
): PlanChange {
  assertUniqueIds(milestones);
  return changeOf(milestones, overlayPlan(milestones, interview, ctx));
}

/**
 * Next-round invitation: the earlier rounds' pending follow-ups and close-out are SKIPPED (their
 * thank-yous stay), and the new interview gets its own thank-yous and follow-ups.
 */
export function replanAfterNextRound(
  milestones: MilestoneRecord[],
  interview: Interview,
  ctx: PlanContext,
): PlanChange {
  assertUniqueIds(milestones);
  const retired: MilestoneRecord[] = milestones.map((milestone) =>
    milestone.interviewId !== interview.id &&
    milestone.state === 'PENDING' &&
    milestone.kind !== 'thank-you'
      ? { ...milestone, state: 'SKIPPED' }
      : milestone,
  );
  return changeOf(milestones, overlayPlan(retired, interview, ctx));
}

/**
 * A stated date (neutral reply "we'll decide by Friday", out-of-office return date): the next
 * pending follow-up of each interview moves to the first business day after the date, at the
 * follow-up time, if it was due earlier; later ones keep their spacing. With no follow-up left,
 * the close-out comes no sooner than the close-out period after that slot. Nothing moves earlier.
 */
export function replanAfterDate(
  milestones: MilestoneRecord[],
  stated: StatedDate,
  ctx: PlanContext,
): PlanChange {
  assertUniqueIds(milestones);
  assertZone(stated.zone, 'zone of the stated date');
  assertZone(ctx.userTimezone, 'user time zone');
  const { policy } = ctx;
  const slot = nextSlotAt(
    dayAfter(stated.date, stated.zone, 'stated date').setZone(ctx.userTimezone),
    clockMinutes(policy.followUps.timeOfDay),
    ctx,
    true,
  );
  const targets = new Map<string, DateTime>();
  const pending = milestones
    .filter((milestone) => milestone.state === 'PENDING' && milestone.kind !== 'thank-you')
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  for (const interviewId of new Set(pending.map((milestone) => milestone.interviewId))) {
    const next = pending.find((milestone) => milestone.interviewId === interviewId);
    if (!next) continue;
    const floor = isNudge(next.kind)
      ? slot
      : followingSlot(slot, policy.closeOut.afterLastFollowUpDays, ctx, true);
    targets.set(next.id, latest(dueOf(next, ctx.userTimezone), floor));
  }
  return changeOf(milestones, reflow(milestones, targets, ctx));
}

/**
 * `snooze 3d` / `snooze 2026-05-04`: every PENDING milestone due before `until` comes at `until`
 * (inside waking hours), later ones keep their spacing; thank-yous pushed past their send-by are
 * SKIPPED.
 */
export function snoozePlan(
  milestones: MilestoneRecord[],
  until: string | Date,
  ctx: PlanContext,
): PlanChange {
  assertUniqueIds(milestones);
  const wake =
    typeof until === 'string'
      ? instantIn(until, ctx.userTimezone, 'snooze until')
      : DateTime.fromJSDate(until, { zone: ctx.userTimezone });
  const targets = new Map<string, DateTime>();
  for (const milestone of milestones) {
    if (milestone.state !== 'PENDING') continue;
    const due = dueOf(milestone, ctx.userTimezone);
    if (due.toMillis() < wake.toMillis()) targets.set(milestone.id, wake);
  }
  return changeOf(milestones, reflow(milestones, targets, ctx));
}

/**
 * Re-checks every PENDING milestone against the current policy, zone and now: after `resume`
 * (what fell due during the pause comes at once, in waking hours, and pushes the rest) and after
 * `set timezone` / `set hours` (instants are kept where still valid, else moved to the next waking
 * slot). Nothing moves earlier.
 */
export function refreshPlan(milestones: MilestoneRecord[], ctx: PlanContext): PlanChange {
  assertUniqueIds(milestones);
  return changeOf(milestones, reflow(milestones, new Map(), ctx));
}

/** Cancellation notice, `stop`, an offer or a rejection: every PENDING milestone ends. */
export function cancelPlan(
  milestones: MilestoneRecord[],
  state: Extract<MilestoneState, 'CANCELLED' | 'SKIPPED'> = 'CANCELLED',
): PlanChange {
  const after = milestones.map((milestone) =>
    milestone.state === 'PENDING' ? { ...milestone, state } : milestone,
  );
  return changeOf(milestones, after);
}

const SNOOZE_SPAN = /^(\d{1,3})\s*(h|hrs?|hours?|d|days?|w|wks?|weeks?)$/i;

/**
 * The instant a `snooze` argument names, in the user's zone: `3d`, `12h`, `2w`, `3 days`,
 * `tomorrow`, or a date `YYYY-MM-DD` (that day at the follow-up time). Null when unreadable.
 */
export function parseSnoozeUntil(text: string, ctx: PlanContext): string | null {
  const argument = text
    .trim()
    .replace(/^snooze\s+/i, '')
    .replace(/^(?:for|until)\s+/i, '')
    .trim();
  const now = ceilToMinute(DateTime.fromJSDate(ctx.now, { zone: ctx.userTimezone }));
  const span = SNOOZE_SPAN.exec(argument);
  if (span?.[1] && span[2]) {
    const amount = Number(span[1]);
    if (amount < 1) return null;
    const unit = span[2].toLowerCase()[0];
    // Hours are elapsed time; days and weeks are calendar days, so 09:30 stays 09:30 across DST.
    const until =
      unit === 'h'
        ? now.plus({ hours: amount })
        : now.plus({ days: unit === 'w' ? amount * 7 : amount });
    return isoOf(until);
  }
  const day = /^tomorrow$/i.test(argument)
    ? now.plus({ days: 1 }).toISODate()
    : /^\d{4}-\d{2}-\d{2}$/.test(argument)
      ? argument
      : null;
  const start = day ? DateTime.fromISO(day, { zone: ctx.userTimezone }).startOf('day') : null;
  if (!start?.isValid) return null;
  const at = nextSlotAt(start, clockMinutes(ctx.policy.followUps.timeOfDay), ctx, false);
  return at.hasSame(start, 'day') && at.toMillis() > now.toMillis() ? isoOf(at) : null;
}
