// The planning module's public face: policy, plan, changes to a plan, and how times are shown.
// Use-cases, templates and the CLI import from here; calendar.ts stays internal.

export { canonicalZone, isIanaZone } from '../iana-zone.ts';
export { InvalidPolicyError, InvalidSettingError, PlanningError } from './errors.ts';
export { formatLocal, localeOfZone, parseLocale, scheduleAt, writtenIn } from './format.ts';
// load-holidays.ts is imported by the use-cases that plan only: see there.
export { type Holidays, NO_HOLIDAYS } from './holidays.ts';
export {
  interviewKey,
  MAX_THANK_YOUS,
  milestoneId,
  type PlanInput,
  type PlannedMilestone,
  planMilestones,
  thankYouRecipients,
} from './plan.ts';
export {
  applyPolicyOverride,
  clockMinutes,
  defaultPolicy,
  type Policy,
  type PolicyInput,
  parsePolicy,
  parseSettingCommand,
  type Setting,
} from './policy.ts';
export {
  cancelPlan,
  type MilestoneRecord,
  type PlanChange,
  type PlanContext,
  parseSnoozeUntil,
  refreshPlan,
  replanAfterDate,
  replanAfterNextRound,
  replanAfterReschedule,
  type StatedDate,
  snoozePlan,
  toMilestoneRecords,
  type UserContext,
} from './replan.ts';
