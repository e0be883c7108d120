// Inbound use-case -> employer replies the user forwarded: find the application (token, thread,
// the employer's domain, the company, the subject; ask the user when unsure), stop its pending
// nudges at once, then per class: rejection -> gracious reply draft and closed; advance -> a new
// round and a reply draft; offer -> congratulations and closed; neutral -> follow-ups wait past
// the date they gave; out-of-office -> the next nudge waits for their return, nothing cancelled;
// an automatic acknowledgment changes nothing and gets no answer.

import { nextPending, revise, withThreadIds } from '../application.ts';
import type { ChangeResult } from '../changes.ts';
import * as changes from '../changes.ts';
import { dateFormatter } from '../date-formatters.ts';
import type { EmployerReplyKind } from '../mail/index.ts';
import { matchApplication } from '../matching.ts';
import type { Application, Person } from '../model.ts';
import { formatLocal, type PlanContext } from '../planning/index.ts';
import { emptyInterviewReading, type Reading, type ReplyClass } from '../reading.ts';
import { type ChangeDeps, planChanged } from './change-application.ts';
import { askWhich } from './choices.ts';
import { canonicalOf } from './deps.ts';
import { type Decision, runDecision } from './effects.ts';
import { planContextFor } from './plan-context.ts';

export interface EmployerReplyMessage {
  userId: string;
  /** The application a verified reply token names (the reply was sent to its address). */
  applicationId: string | null;
  /** The forward's own Message-ID (or the SES id when it has none). */
  messageId: string;
  /** SES's id of the raw mail, so that a reply waiting for the user's pick can be read again. */
  sesMessageId: string;
  /** The reading; its `original` says who wrote the reply, for matching and the draft's recipient. */
  reading: Reading;
  /** Message-IDs of the forward and of the original inside it: the thread it belongs to. */
  threadIds: string[];
}

export type EmployerReplyOutcome =
  | 'ignored'
  | 'answered'
  | 'application-closed'
  | 'application-changed'
  | 'unchanged';

/** One employer message, however often forwarded, is handled once. */
const replyMarker = (fingerprint: string) => `${fingerprint}@employer-reply.followup`;
const markerOf = (message: EmployerReplyMessage) =>
  message.reading.original?.fingerprint || message.messageId;

export async function handleEmployerReply(
  message: EmployerReplyMessage,
  deps: ChangeDeps,
): Promise<EmployerReplyOutcome> {
  const replyClass = message.reading.reply?.class;
  if (!replyClass || replyClass === 'auto-ack') {
    deps.logger.info('employer reply ignored', { reason: replyClass ?? 'no-class' });
    return 'ignored';
  }
  const applications = await deps.store.listByUser(message.userId);
  const match = matchApplication(applications, {
    canonicalMessageId: canonicalOf(deps),
    applicationId: message.applicationId,
    // The same employer message forwarded again finds where it was applied, even closed.
    threadIds: [...message.threadIds, replyMarker(markerOf(message))],
    senderEmail: message.reading.original?.from?.email ?? null,
    subject: message.reading.original?.subject ?? '',
    company: message.reading.interview?.company ?? null,
  });
  if (match.kind !== 'match') {
    await askWhich(deps, message.userId, {
      pendingReply: message.sesMessageId,
      ...(match.kind === 'ambiguous' ? { candidates: match.candidates } : {}),
    });
    return 'answered';
  }
  deps.logger.info('employer reply matched', {
    applicationId: match.application.id,
    reason: match.by,
  });
  return applyEmployerReply(message, match.application.id, deps);
}

/** Two changes as one save: the second made on what the first returned. */
function andThen(
  base: Application,
  first: ChangeResult,
  second: (application: Application) => ChangeResult,
): ChangeResult {
  return changes.asOneSave(base, [first, second(first.application)]);
}

/** YYYY-MM-DD, `days` after `now` in the user's zone. */
function dayAfter(now: Date, days: number, zone: string): string {
  const at = new Date(now.getTime() + days * 86_400_000);
  return dateFormatter('en-CA', { timeZone: zone }).format(at);
}

const nextFollowUp = (application: Application) =>
  nextPending(application, (m) => m.kind !== 'thank-you');

/** The replies whose plan below may move a milestone, and so reads the user's holidays. */
const PLANNING_REPLIES: ReadonlySet<ReplyClass> = new Set(['advance', 'neutral', 'out-of-office']);

/**
 * Whether deciding a reply of this class may plan: the edge then loads the user's holidays first
 * (`planContextFor`); a rejection or an offer only closes, and loads none.
 */
export function replyPlans(replyClass: ReplyClass): boolean {
  return PLANNING_REPLIES.has(replyClass);
}

function plan(
  replyClass: ReplyClass,
  application: Application,
  reading: Reading,
  ctx: PlanContext,
): ChangeResult {
  const { now } = ctx;
  switch (replyClass) {
    case 'rejection':
    case 'offer':
      return andThen(application, changes.stopNudges(application, now), (a) =>
        changes.close(a, now),
      );
    case 'advance':
      return andThen(application, changes.stopNudges(application, now), (a) =>
        changes.addNextRound(a, reading.interview ?? emptyInterviewReading(), ctx),
      );
    case 'neutral': {
      // Without a date of theirs, the follow-ups start over as after an interview.
      const date =
        reading.reply?.newDate ??
        dayAfter(now, ctx.policy.followUps.firstAfterDays - 1, ctx.userTimezone);
      return changes.waitUntil(application, date, ctx.userTimezone, ctx);
    }
    case 'out-of-office': {
      const back = reading.reply?.returnDate;
      return back ? changes.waitUntil(application, back, ctx.userTimezone, ctx) : { application };
    }
    case 'auto-ack':
      return { application };
  }
}

function summaryOf(
  replyClass: ReplyClass,
  application: Application,
  reading: Reading,
  zone: string,
): string {
  const next = nextFollowUp(application);
  const nextText = next
    ? `your next follow-up now comes ${formatLocal(next.due, next.timezone)}`
    : 'no follow-up is pending';
  if (replyClass === 'out-of-office') {
    const back = reading.reply?.returnDate;
    return back
      ? `They are out of the office until ${back}: ${nextText}. Nothing was cancelled.`
      : 'An out-of-office reply without a return date: nothing moved, nothing was cancelled.';
  }
  const stated = reading.reply?.newDate;
  return stated
    ? `They answered and expect news by ${formatLocal(stated, zone)}: ${nextText}.`
    : `They answered without a date: ${nextText}.`;
}

const DRAFT_OF: Partial<Record<ReplyClass, EmployerReplyKind>> = {
  rejection: 'rejection-reply',
  advance: 'next-round-reply',
  offer: 'offer-reply',
};

/**
 * What a reply of `replyClass` does to the application it was matched (or picked) to: once per
 * employer message, the thread ids and the plan change in one save, and the draft or summary
 * that answers the user.
 */
export function decideEmployerReply(
  application: Application,
  message: EmployerReplyMessage,
  replyClass: ReplyClass,
  ctx: PlanContext,
): Decision<EmployerReplyOutcome> {
  const { reading } = message;
  const { now } = ctx;
  const marker = replyMarker(markerOf(message));
  if (application.threadMessageIds.includes(marker)) {
    return {
      change: changes.unchanged(application),
      mail: {
        render: 'commandConfirmation',
        summary: 'I already handled this reply: nothing changed.',
      },
      outcome: 'unchanged',
    };
  }
  const inThread = revise(application, now, {
    threadMessageIds: withThreadIds(application.threadMessageIds, [
      ...message.threadIds,
      message.messageId,
      marker,
    ]),
  });
  // The thread ids and the plan change are one save.
  const change = andThen(application, changes.unchanged(inThread), (a) =>
    plan(replyClass, a, reading, ctx),
  );
  const next = change.application;
  const draft = DRAFT_OF[replyClass];
  if (draft) {
    const sender = reading.original?.from;
    const recipient: Person | null = sender?.email
      ? { name: sender.name ?? sender.email, email: sender.email }
      : null;
    return {
      change,
      mail: {
        render: 'employerReply',
        kind: draft,
        interview: changes.currentInterview(next) ?? null,
        recipient,
      },
      outcome: next.status === 'CLOSED' ? 'application-closed' : 'application-changed',
    };
  }
  return {
    change,
    mail: {
      render: 'commandConfirmation',
      summary: summaryOf(replyClass, next, reading, ctx.userTimezone),
      planChanged: planChanged(application, next),
    },
    outcome: 'application-changed',
  };
}

/** Applies a reply to the application it was matched (or picked) to, and answers the user. */
export async function applyEmployerReply(
  message: EmployerReplyMessage,
  applicationId: string,
  deps: ChangeDeps,
): Promise<EmployerReplyOutcome> {
  const replyClass = message.reading.reply?.class;
  if (!replyClass || replyClass === 'auto-ack') return 'ignored';
  const plans = replyPlans(replyClass);
  const ctx = await planContextFor(deps, message.userId, deps.clock.now(), undefined, plans);
  const done = await runDecision(deps, { userId: message.userId, applicationId }, (application) =>
    decideEmployerReply(application, message, replyClass, ctx),
  );
  return done?.outcome ?? 'ignored';
}
