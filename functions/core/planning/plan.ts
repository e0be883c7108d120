// Planning, the product's judgment: from one interview, the policy, the user's zone and "now" to
// its milestones (thank-you per interviewer, follow-ups, close-out). Pure and deterministic; the
// use-cases store the result and schedule one Scheduler entry per milestone.
import { createHash } from 'node:crypto';
import type { DateTime } from 'luxon';
import type { Interview, MilestoneKind, Person } from '../model.ts';
import {
  assertZone,
  dayAfter,
  firstMinuteAfter,
  followingSlot,
  holidaysSkipped,
  isoOf,
  latest,
  nextSlotAt,
  nextWaking,
  type PlanRules,
  parseInstant,
} from './calendar.ts';
import type { Holidays } from './holidays.ts';
import { clockMinutes, type Policy } from './policy.ts';

export interface PlannedMilestone {
  /** Stable and schedule-name safe: `<interview key>-<kind>[-n]`. */
  id: string;
  kind: MilestoneKind;
  interviewer: Person | null;
  /** ISO-8601 with the user's offset. */
  due: string;
  /** Thank-you only: send the note before this (ISO-8601 with the user's offset). */
  sendBy: string | null;
  /** The public holidays this date was moved past ("Christmas Day"); empty when none. */
  movedFor: string[];
}

export interface PlanInput {
  interview: Interview;
  policy: Policy;
  /** The user's country's holiday table, loaded by the edge (`holidaysFor`). */
  holidays: Holidays;
  userTimezone: string;
  now: Date;
}

/**
 * The schedule name is `<10-char application id>-<milestone id>` and Scheduler allows 64
 * characters; the longest suffix is `-thank-you-20` (13), which leaves 40 for the interview key.
 */
const MAX_KEY_LENGTH = 40;
const SAFE_KEY = /^[0-9A-Za-z_.-]+$/;
/** A longer "panel" is almost surely a mis-read Cc list; it would also overflow schedule names. */
export const MAX_THANK_YOUS = 20;

/** The interview's part of milestone ids: its id when schedule-name safe, else a short stable hash. */
export function interviewKey(interviewId: string): string {
  if (
    interviewId.length > 0 &&
    interviewId.length <= MAX_KEY_LENGTH &&
    SAFE_KEY.test(interviewId)
  ) {
    return interviewId;
  }
  return `i${createHash('sha256').update(interviewId).digest('hex').slice(0, 12)}`;
}

export function milestoneId(interviewId: string, kind: MilestoneKind, index?: number): string {
  const key = interviewKey(interviewId);
  return kind === 'thank-you' ? `${key}-thank-you-${index ?? 1}` : `${key}-${kind}`;
}

function sameness(person: Person): string {
  return (
    person.email?.trim().toLowerCase() || person.name.trim().replace(/\s+/g, ' ').toLowerCase()
  );
}

/** One entry per distinct interviewer; `null` stands for "the interviewer" when none are known. */
export function thankYouRecipients(interviewers: Person[]): (Person | null)[] {
  const seen = new Set<string>();
  const people = interviewers.filter((person) => {
    const key = sameness(person);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return people.length === 0 ? [null] : people.slice(0, MAX_THANK_YOUS);
}

/** When the interview ends, in the user's zone; null while its start is unknown. */
function interviewEnd(interview: Interview, userTimezone: string): DateTime | null {
  if (!interview.start) return null;
  const start = parseInstant(interview.start, interview.timezone, 'interview start');
  // Confirmations often give only a start: assume a one-hour interview. An end before the start
  // is a misreading and gets the same assumption.
  const stated = interview.end
    ? parseInstant(interview.end, interview.timezone, 'interview end')
    : null;
  const end = stated && stated.toMillis() > start.toMillis() ? stated : start.plus({ hours: 1 });
  return end.setZone(userTimezone);
}

interface ThankYouTiming {
  due: DateTime;
  sendBy: DateTime;
}

/**
 * The thank-you's delivery and send-by, or null when it can no longer arrive in time: ~2 h after
 * the end inside waking hours, before the 24 h send-by; earlier if waking hours would push it past
 * the send-by; a late forward (or hours that cannot meet 24 h) still gets one "at once" while it
 * can arrive within the late window (48 h), which then becomes its send-by.
 */
function planThankYou(end: DateTime, earliest: DateTime, rules: PlanRules): ThankYouTiming | null {
  const { policy } = rules;
  const sendBy = end.plus({ hours: policy.thankYou.sendByHours });
  const wanted = nextWaking(
    latest(end.plus({ minutes: policy.thankYou.delayMinutes }), earliest),
    rules,
    false,
  );
  if (wanted.toMillis() < sendBy.toMillis()) return { due: wanted, sendBy };
  const soonest = nextWaking(latest(end, earliest), rules, false);
  if (soonest.toMillis() < sendBy.toMillis()) return { due: soonest, sendBy };
  const lateSendBy = end.plus({ hours: policy.thankYou.lateForwardHours });
  if (soonest.toMillis() < lateSendBy.toMillis()) return { due: soonest, sendBy: lateSendBy };
  return null;
}

/**
 * The earliest moment the first follow-up may come: the stated decision date must be over in the
 * employer's (interview's) zone; without one, the interview's local date plus `firstAfterDays`.
 */
function firstNudgeFloor(interview: Interview, end: DateTime, policy: Policy): DateTime {
  if (interview.decisionBy) {
    return dayAfter(interview.decisionBy, interview.timezone, 'decision date').setZone(end.zone);
  }
  return end.startOf('day').plus({ days: policy.followUps.firstAfterDays });
}

/**
 * The interview's milestones in due order. Empty while the interview's start is unknown: nothing
 * can be timed until the user tells us (`time: Tue 3pm ET`).
 */
export function planMilestones(input: PlanInput): PlannedMilestone[] {
  const { interview, policy, userTimezone, now } = input;
  assertZone(userTimezone, 'user time zone');
  assertZone(interview.timezone, 'interview time zone');
  const end = interviewEnd(interview, userTimezone);
  if (!end) return [];
  const earliest = firstMinuteAfter(now, userTimezone);
  const plan: PlannedMilestone[] = [];

  const thankYou = planThankYou(end, earliest, input);
  if (thankYou) {
    thankYouRecipients(interview.interviewers).forEach((interviewer, index) => {
      plan.push({
        id: milestoneId(interview.id, 'thank-you', index + 1),
        kind: 'thank-you',
        interviewer,
        due: isoOf(thankYou.due),
        sendBy: isoOf(thankYou.sendBy),
        movedFor: [],
      });
    });
  }

  // A follow-up before the thank-you's send-by would crowd the thank-you.
  const clock = clockMinutes(policy.followUps.timeOfDay);
  const firstFloor = latest(firstNudgeFloor(interview, end, policy), earliest, thankYou?.sendBy);
  const firstNudge = nextSlotAt(firstFloor, clock, input, true);
  const nudge = (kind: MilestoneKind, wanted: DateTime, due: DateTime): PlannedMilestone => ({
    id: milestoneId(interview.id, kind),
    kind,
    interviewer: null,
    due: isoOf(due),
    sendBy: null,
    movedFor: holidaysSkipped(wanted, due, input),
  });
  let last = firstNudge;
  if (policy.followUps.count >= 1) plan.push(nudge('follow-up-1', firstFloor, firstNudge));
  if (policy.followUps.count >= 2) {
    last = followingSlot(firstNudge, policy.followUps.spacingDays, input, true, clock);
    plan.push(nudge('follow-up-2', firstNudge.plus({ days: policy.followUps.spacingDays }), last));
  }
  // With no follow-ups at all, the application closes when the first one would have come. Like
  // the follow-ups, the close-out comes on a working day.
  const closeOut =
    policy.followUps.count === 0
      ? firstNudge
      : followingSlot(last, policy.closeOut.afterLastFollowUpDays, input, true, clock);
  const closeOutWanted =
    policy.followUps.count === 0
      ? firstFloor
      : last.plus({ days: policy.closeOut.afterLastFollowUpDays });
  plan.push(nudge('close-out', closeOutWanted, closeOut));
  return plan;
}
