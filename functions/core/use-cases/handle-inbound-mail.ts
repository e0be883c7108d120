// Inbound use-case: raw mail -> understand -> authenticate the sender -> de-duplicate -> route:
// a confirmation opens an application and schedules its milestones; a command acts on the
// application its reply address names. Strangers and failed checks are dropped without a reply.
import { applicationIdFor, openApplication, pendingMilestones } from '../application.ts';
import * as changes from '../changes.ts';
import { ConcurrentUpdateError } from '../errors.ts';
import { matchApplication } from '../matching.ts';
import type { Application } from '../model.ts';
import { formatLocal } from '../planning/index.ts';
import type { RawMailStore } from '../ports.ts';
import type { InterviewReading, Reading } from '../reading.ts';
import { tagOf, verifyReplyToken } from '../reply-token.ts';
import { judgeSender, type MailVerdicts } from '../sender-check.ts';
import { type Envelope, understandMessage } from '../understand/index.ts';
import {
  type ChangeDeps,
  changeApplication,
  planContextFor,
  syncSchedules,
} from './change-application.ts';
import { runCommand } from './commands.ts';
import { answer } from './settings.ts';

/** What SES (or the local intake standing in for it) tells us about one received message. */
export interface InboundMail {
  sesMessageId: string;
  /** Our addresses the message was delivered to (the envelope recipients). */
  recipients: string[];
  verdicts: MailVerdicts;
}

export interface InboundDeps extends ChangeDeps {
  rawMail: RawMailStore;
  rawMailPrefix: string;
}

export type InboundOutcome =
  | 'ignored'
  | 'duplicate'
  | 'application-opened'
  | 'application-closed'
  | 'application-changed'
  | 'unreadable'
  | 'answered';

/** Inbound Message-IDs are remembered this long: longer than SES could ever redeliver. */
const MESSAGE_ID_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export async function handleInboundMail(
  mail: InboundMail,
  deps: InboundDeps,
): Promise<InboundOutcome> {
  const { logger, settings, store, clock } = deps;
  const ids = { sesMessageId: mail.sesMessageId };
  const raw = await deps.rawMail.get(`${deps.rawMailPrefix}${mail.sesMessageId}`);
  const { envelope, reading } = await understandMessage(raw, {
    defaultTimezone: settings.defaultTimezone,
  });

  const judgement = judgeSender(envelope.from?.email, mail.verdicts, settings.allowedSenders);
  if (!judgement.accepted) {
    logger.warn('inbound mail ignored', { ...ids, reason: judgement.reason });
    return 'ignored';
  }
  const userId = judgement.userId;

  const tag = ourTag(mail.recipients, settings.intakeAddress);
  if (tag === undefined) {
    logger.warn('inbound mail ignored', { ...ids, reason: 'not-addressed-to-intake' });
    return 'ignored';
  }
  const applicationId = tag === null ? null : verifyReplyToken(tag, userId, settings.replySecret);
  if (tag !== null && applicationId === null) {
    logger.warn('inbound mail ignored', { ...ids, reason: 'invalid-reply-token' });
    return 'ignored';
  }

  const messageId = envelope.messageId ?? `ses:${mail.sesMessageId}`;
  const expiresAt = new Date(clock.now().getTime() + MESSAGE_ID_RETENTION_MS);
  if (!(await store.claimMessage(messageId, expiresAt))) {
    logger.info('inbound mail already handled', { ...ids, outcome: 'duplicate' });
    return 'duplicate';
  }
  try {
    const outcome = await route({ userId, applicationId, messageId, envelope, reading }, deps);
    logger.info('inbound mail handled', {
      ...ids,
      outcome,
      ...(applicationId ? { applicationId } : {}),
    });
    return outcome;
  } catch (error) {
    // Let the redelivery (SES/Lambda retry) try again from the start.
    await store.releaseMessage(messageId);
    throw error;
  }
}

/** The `+tag` of the first recipient that is one of our addresses (null: the bare intake). */
function ourTag(recipients: string[], intakeAddress: string): string | null | undefined {
  let found: string | null | undefined;
  for (const recipient of recipients) {
    const tag = tagOf(recipient, intakeAddress);
    if (tag) return tag;
    if (tag === null) found = null;
  }
  return found;
}

interface Routed {
  userId: string;
  applicationId: string | null;
  messageId: string;
  envelope: Envelope;
  reading: Reading;
}

async function route(message: Routed, deps: InboundDeps): Promise<InboundOutcome> {
  const { reading } = message;
  if (reading.kind === 'command' && reading.command) {
    return runCommand(
      {
        userId: message.userId,
        applicationId: message.applicationId,
        command: reading.command,
        sentAt: message.envelope.date ? new Date(message.envelope.date) : deps.clock.now(),
      },
      deps,
    );
  }
  if (reading.kind === 'interview' && reading.interview && message.applicationId === null) {
    return openFromConfirmation(message, reading.interview, deps);
  }
  if ((reading.kind === 'reschedule' || reading.kind === 'cancellation') && reading.interview) {
    const match = matchApplication(await deps.store.listByUser(message.userId), message);
    if (match.kind === 'match') return changePlan(message, match.application, deps);
    // A reschedule of an interview we never saw is as good as a confirmation.
    if (reading.kind === 'reschedule' && message.applicationId === null) {
      return openFromConfirmation(message, reading.interview, deps);
    }
  }
  await answer(deps, message.userId, null, (context) =>
    deps.renderer.unreadable({ missing: reading.missing ?? whatIsMissing(reading), context }),
  );
  return 'unreadable';
}

function whatIsMissing(reading: Reading): string[] {
  if (reading.kind === 'unknown') return ['an interview date and time', 'the company'];
  if (reading.kind === 'cancellation') return ['which application this cancellation is about'];
  return [];
}

/** A reschedule moves every pending milestone; a cancellation cancels them and closes. */
async function changePlan(
  message: Routed,
  application: Application,
  deps: InboundDeps,
): Promise<InboundOutcome> {
  const { reading, userId } = message;
  const now = deps.clock.now();
  const ctx = await planContextFor(deps, userId, now);
  const key = { userId, applicationId: application.id };
  const cancelled = reading.kind === 'cancellation';
  const result = await changeApplication(deps, key, (current) => {
    const withThread = {
      ...current,
      threadMessageIds: [...new Set([...current.threadMessageIds, message.messageId])],
    };
    if (cancelled) return changes.close(withThread, now);
    return reading.interview
      ? changes.reschedule(withThread, reading.interview, ctx)
      : changes.close(withThread, now);
  });
  if (!result) return 'ignored';
  const changed = result.application;
  const summary = cancelled
    ? 'The employer cancelled this interview: I closed the application and cancelled its drafts.'
    : `The interview moved: drafts now follow the new time (${pendingSummary(changed)}).`;
  await answer(deps, userId, changed, (context) =>
    deps.renderer.commandConfirmation({ application: changed, summary, context }),
  );
  return cancelled ? 'application-closed' : 'application-changed';
}

function pendingSummary(application: Application): string {
  const next = pendingMilestones(application).sort(
    (a, b) => Date.parse(a.due) - Date.parse(b.due),
  )[0];
  return next ? `next: ${next.kind}, ${formatLocal(next.due, next.timezone)}` : 'nothing pending';
}

async function openFromConfirmation(
  message: Routed,
  interviewReading: InterviewReading,
  deps: InboundDeps,
): Promise<InboundOutcome> {
  const { store, clock } = deps;
  const id = applicationIdFor(message.userId, message.messageId);
  const now = clock.now();
  const ctx = await planContextFor(deps, message.userId, now);

  let application = await store.get(message.userId, id);
  if (!application) {
    const opened = openApplication({
      id,
      userId: message.userId,
      reading: interviewReading,
      userTimezone: ctx.userTimezone,
      policy: ctx.policy,
      now,
      threadMessageIds: [message.messageId, ...message.envelope.references],
    });
    try {
      await store.create(opened);
      application = opened;
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError)) throw error;
      application = await store.get(message.userId, id);
      if (!application) throw error;
    }
  }

  const opened = application;
  await syncSchedules(deps.scheduler, opened, { upsert: pendingMilestones(opened), cancel: [] });
  const interview = opened.interviews[0];
  if (!interview) throw new Error(`application ${opened.id} has no interview`);
  const missing = [...(message.reading.missing ?? [])];
  if (!interview.start && !missing.includes('interview time')) missing.push('interview time');
  await answer(deps, message.userId, opened, (context) =>
    deps.renderer.acknowledgment({ application: opened, interview, missing, context }),
  );
  return 'application-opened';
}
