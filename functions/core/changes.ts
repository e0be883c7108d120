// Changes to an application's plan, as pure functions: each takes the stored application and
// returns its next version. The use-case persists it (conditionally) and then makes the schedules
// match what was saved (use-cases/change-application.ts `schedulesOf`): the stored application is
// the one source of truth for them.
import {
  closeApplication,
  copyAsked,
  copyHeld,
  holdCopies,
  interviewFromReading,
  latestMailedFirst,
  pausedSince,
  resumedSince,
  revise,
  withoutCopyOwed,
} from './application.ts';
import type { Application, Milestone, Person } from './model.ts';
import {
  cancelPlan,
  type PlanChange,
  type PlanContext,
  refreshPlan,
  replanAfterDate,
  replanAfterNextRound,
  replanAfterReschedule,
  snoozePlan,
} from './planning/index.ts';
import type { InterviewReading } from './reading.ts';
import { draftRepliedTo, type RepliedTo } from './sent-drafts.ts';

export interface ChangeResult {
  application: Application;
}

function fromPlan(application: Application, change: PlanChange, ctx: PlanContext, extra = {}) {
  return {
    application: revise(application, ctx.now, { milestones: change.milestones, ...extra }),
  };
}

/** The interview later changes apply to: the latest round. */
export function currentInterview(application: Application) {
  return application.interviews.at(-1);
}

/** A reschedule notice: the current interview takes the new facts; pending milestones follow. */
export function reschedule(
  application: Application,
  reading: InterviewReading,
  ctx: PlanContext,
): ChangeResult {
  const current = currentInterview(application);
  if (!current) throw new Error(`application ${application.id} has no interview`);
  const moved = {
    ...current,
    start: reading.start ?? current.start,
    end: reading.start ? reading.end : current.end,
    timezone: reading.timezone ?? current.timezone,
    interviewers: reading.interviewers.length > 0 ? reading.interviewers : current.interviewers,
    format: reading.format ?? current.format,
    decisionBy: reading.decisionBy ?? current.decisionBy,
    ...(reading.topics?.length ? { topics: reading.topics } : {}),
  };
  const change = replanAfterReschedule(application.milestones, moved, ctx);
  return fromPlan(application, change, ctx, {
    interviews: application.interviews.map((i) => (i.id === current.id ? moved : i)),
  });
}

/**
 * The user's own list of the current interview's interviewers (one read wrongly removed): each
 * gets a thank-you, and a removed one's pending thank-you goes; none left is "the interviewer".
 */
export function setInterviewers(
  application: Application,
  interviewers: Person[],
  ctx: PlanContext,
): ChangeResult {
  const current = currentInterview(application);
  if (!current) throw new Error(`application ${application.id} has no interview`);
  const corrected = { ...current, interviewers };
  const change = replanAfterReschedule(application.milestones, corrected, ctx);
  return fromPlan(application, change, ctx, {
    interviews: application.interviews.map((i) => (i.id === current.id ? corrected : i)),
  });
}

/** An invitation to a next round: a new interview with its own thank-you; follow-ups re-planned. */
export function addNextRound(
  application: Application,
  reading: InterviewReading,
  ctx: PlanContext,
): ChangeResult {
  const interview = interviewFromReading(
    `i${application.interviews.length + 1}`,
    {
      ...reading,
      company: reading.company ?? application.company,
      role: reading.role ?? application.role,
    },
    ctx.userTimezone,
  );
  const change = replanAfterNextRound(application.milestones, interview, ctx);
  // An invitation to another round reopens an application that was closed (after a stop or a
  // close-out): its new drafts must be sent, and it expires as an open one again.
  const { closedAt: _closedAt, ...reopened } = application;
  return fromPlan(application.status === 'CLOSED' ? reopened : application, change, ctx, {
    interviews: [...application.interviews, interview],
    ...(application.status === 'CLOSED' ? { status: 'OPEN' as const } : {}),
  });
}

/** A date the employer stated (neutral reply) or an out-of-office return date. */
export function waitUntil(
  application: Application,
  date: string,
  zone: string,
  ctx: PlanContext,
): ChangeResult {
  return fromPlan(application, replanAfterDate(application.milestones, { date, zone }, ctx), ctx);
}

export function snooze(application: Application, until: string, ctx: PlanContext): ChangeResult {
  return fromPlan(application, snoozePlan(application.milestones, until, ctx), ctx);
}

/**
 * Pause keeps the milestones but removes their schedules; nothing is sent while paused, a copy
 * asked for before it (`resend`) included. Paused already, it holds a copy asked for since (one
 * on its way too, should the mail service refuse it), and is remembered as the latest pause.
 * "Before" and "since" are by when the user wrote each mail (`written`, see `writtenAt`): a copy
 * asked for in mail written after the pause still comes, and a resume written after it stands.
 */
export function pause(application: Application, now: Date, written = now): ChangeResult {
  if (resumedSince(application, written)) return { application };
  const milestones = holdCopies(application.milestones, written);
  const holds = milestones.some((m, i) => m !== application.milestones[i]);
  const pausedAt = Date.parse(application.pausedWrittenAt ?? '') || 0;
  const later = written.getTime() > pausedAt;
  const paused = application.status === 'PAUSED';
  if (!(application.status === 'OPEN' || (paused && (holds || later)))) return { application };
  const { resumedWrittenAt: _resumedWrittenAt, ...pausing } = application;
  return {
    application: revise(pausing, now, {
      status: 'PAUSED',
      pausedWrittenAt: new Date(Math.max(written.getTime(), pausedAt)).toISOString(),
      milestones,
    }),
  };
}

/** Copies asked for that go while the application is paused: in mail written after the pause. */
export const copiesGoingWhilePaused = (application: Application): number =>
  application.status === 'PAUSED'
    ? application.milestones.filter((m) => copyAsked(m) && !copyHeld(application, m)).length
    : 0;

/**
 * Resume brings every pending milestone back, none of them in the past, and any copy held; a
 * pause the user wrote after it (`written`, see `writtenAt`) stands. Open already, it is
 * remembered as the latest resume, as a later pause is while paused: a pause written before it
 * but handled after it (a first delivery that failed) is then overruled by it.
 */
export function resume(
  application: Application,
  ctx: PlanContext,
  written = ctx.now,
): ChangeResult {
  if (application.status === 'OPEN') {
    const resumedAt = Date.parse(application.resumedWrittenAt ?? '') || 0;
    if (written.getTime() <= resumedAt) return { application };
    return {
      application: revise(application, ctx.now, { resumedWrittenAt: written.toISOString() }),
    };
  }
  if (application.status !== 'PAUSED' || pausedSince(application, written)) return { application };
  const change = refreshPlan(application.milestones, ctx);
  const released = { ...change, milestones: holdCopies(change.milestones, null) };
  const { pausedWrittenAt: _pausedWrittenAt, ...unpaused } = application;
  return fromPlan(unpaused, released, ctx, {
    status: 'OPEN',
    resumedWrittenAt: written.toISOString(),
  });
}

/** New settings (zone, waking hours): pending milestones move to fit them. */
export function refresh(application: Application, ctx: PlanContext): ChangeResult {
  if (application.status === 'CLOSED') return { application };
  return fromPlan(application, refreshPlan(application.milestones, ctx), ctx, {
    timezone: ctx.userTimezone,
  });
}

/** A cancellation notice (or an offer, or a rejection): nothing more is sent; it closes. */
export function close(application: Application, now: Date): ChangeResult {
  if (application.status === 'CLOSED') return { application };
  return { application: closeApplication(application, now).application };
}

/** The employer answered (a next round, an advance): every pending nudge stops; thank-yous stay. */
export function stopNudges(application: Application, now: Date): ChangeResult {
  return cancelPending(application, now, (m) => m.kind !== 'thank-you');
}

/**
 * `heard back`: the follow-ups stop at once; thank-yous stay, and so does the close-out, at its
 * planned time after the policy's wait, so the application still ends instead of staying open.
 */
export function heardBack(application: Application, now: Date): ChangeResult {
  return cancelPending(application, now, (m) => m.kind !== 'thank-you' && m.kind !== 'close-out');
}

function cancelPending(
  application: Application,
  now: Date,
  cancels: (milestone: Milestone) => boolean,
): ChangeResult {
  const nudges = application.milestones.filter((m) => m.state === 'PENDING' && cancels(m));
  const change = cancelPlan(nudges);
  const byId = new Map(change.milestones.map((m) => [m.id, m]));
  return {
    application: revise(application, now, {
      milestones: application.milestones.map((m) => byId.get(m.id) ?? m),
    }),
  };
}

/**
 * `sent`: the user sent on the draft whose mail the reply answers (its In-Reply-To), or else the
 * latest one not yet marked; recorded on it, nothing rescheduled.
 */
export function markSent(
  application: Application,
  now: Date,
  repliedTo: RepliedTo | null = null,
): ChangeResult {
  // The draft the reply names is the one meant, already marked or not.
  const latest =
    draftRepliedTo(application, repliedTo) ??
    application.milestones
      .filter((m) => m.state === 'SENT' && !m.userSentAt)
      .sort(latestMailedFirst)[0];
  if (!latest || latest.userSentAt) return { application };
  // Sent on, it reached the user: a copy asked for and not yet out comes no more.
  return {
    application: revise(application, now, {
      milestones: application.milestones.map((m) =>
        m.id === latest.id ? { ...withoutCopyOwed(m), userSentAt: now.toISOString() } : m,
      ),
    }),
  };
}

/** A change that changes nothing: the application as it is. */
export function unchanged(application: Application): ChangeResult {
  return { application };
}

/**
 * Changes made one after the other (each on the application the one before returned) as one
 * save: the end state, with the version moved once.
 */
export function asOneSave(base: Application, steps: readonly ChangeResult[]): ChangeResult {
  const last = steps.at(-1);
  if (!last) return unchanged(base);
  if (steps.length === 1) return last;
  return { application: { ...last.application, version: base.version + 1 } };
}
