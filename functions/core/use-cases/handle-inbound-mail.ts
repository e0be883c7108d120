// Inbound use-case: raw mail -> understand -> authenticate the sender (auto-replies dropped) ->
// lease the Message-ID (de-duplicate; a held lease fails the delivery so it is retried) -> route:
// a confirmation opens an application and schedules its milestones (sent to an application's
// address, it is that application's next round); a command acts on the application its reply
// address names (or one the user picks by number); corrections in reply to "I could not read
// this" complete that forward; a forwarded employer reply changes the plan of the application it
// matches; a reply to a forget confirmation deletes the user's data. Strangers, failed checks and
// forged tokens are dropped without a reply.
import {
  applicationIdFor,
  contactOf,
  openApplication,
  pendingMilestones,
  revise,
  withThreadIds,
} from '../application.ts';
import { boundedReading } from '../bounds.ts';
import * as changes from '../changes.ts';
import { ConcurrentUpdateError } from '../errors.ts';
import { fromMailboxes } from '../from-header.ts';
import { answersFor } from '../mail/index.ts';
import { matchApplication } from '../matching.ts';
import type { Application } from '../model.ts';
import { formatLocal } from '../planning/index.ts';
import { MAX_INBOUND_BYTES, type RawMailStore } from '../ports.ts';
import { emptyInterviewReading, type InterviewReading, type Reading } from '../reading.ts';
import {
  isForgetToken,
  isStopToken,
  tagOf,
  verifyForgetToken,
  verifyReplyToken,
  verifyStopToken,
} from '../reply-token.ts';
import { judgeSender, type MailVerdicts } from '../sender-check.ts';
import { sentCopyIn } from '../sent-drafts.ts';
import { APPLICATION_VERBS, type Envelope, understandMessage } from '../understand/index.ts';
import {
  type ChangeDeps,
  changeApplication,
  planContextFor,
  syncSchedules,
} from './change-application.ts';
import { askWhich, clearPendingReply, pickFromChoice } from './choices.ts';
import { COMPLETING_VERBS, correctedReading, runCommand } from './commands.ts';
import { applyEmployerReply, handleEmployerReply } from './employer-replies.ts';
import { confirmForget } from './forget.ts';
import { afterSendsInFlight } from './in-flight.ts';
import { recordSentDraft } from './sent-copy.ts';
import { tellUser } from './tell-user.ts';
import { forgetUnreadable, rememberUnreadable, unreadableRepliedTo } from './unreadable.ts';
import { unsubscribe } from './unsubscribe.ts';

/** What SES (or the local intake standing in for it) tells us about one received message. */
export interface InboundMail {
  sesMessageId: string;
  /** Our addresses the message was delivered to (the envelope recipients). */
  recipients: string[];
  /** The SMTP MAIL FROM (Return-Path) SPF was checked against: SES's `mail.source`. */
  envelopeSender: string;
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
  | 'unchanged'
  | 'unreadable'
  | 'too-large'
  | 'answered'
  | 'user-forgotten';

/** Inbound Message-IDs are remembered this long: longer than SES could ever redeliver. */
const MESSAGE_ID_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
/** One attempt holds a message this long: more than the function's 60 s timeout. */
export const MESSAGE_LEASE_MS = 2 * 60 * 1000;

/** Another attempt holds the message's lease: thrown so that the delivery is retried, not lost. */
export class MessageInProgressError extends Error {
  override name = 'MessageInProgressError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Where a message was sent: the bare intake, an application's reply address, a forget
 * confirmation, a stop address (List-Unsubscribe).
 */
type Addressed =
  | { to: 'intake' }
  | { to: 'application'; applicationId: string }
  | { to: 'forget'; nonce: string }
  | { to: 'stop'; id: string };

export async function handleInboundMail(
  mail: InboundMail,
  deps: InboundDeps,
): Promise<InboundOutcome> {
  const { logger, settings, store, clock } = deps;
  const ids = { sesMessageId: mail.sesMessageId };
  const stored = await deps.rawMail.get(
    `${deps.rawMailPrefix}${mail.sesMessageId}`,
    MAX_INBOUND_BYTES,
  );
  if (stored.kind === 'too-large') {
    // Refused as it is on every retry: dropped now, unread (the local intake answers 552).
    logger.warn('inbound mail ignored', { ...ids, reason: 'too-large', count: stored.bytes });
    return 'too-large';
  }
  const raw = stored.raw;
  // The sender is judged on the header section alone, before the message is read at all.
  const from = fromMailboxes(raw);
  const judgement = judgeSender(from, mail.verdicts, settings.allowedSenders, mail.envelopeSender);
  if (!judgement.accepted) {
    logger.warn('inbound mail ignored', { ...ids, reason: judgement.reason });
    return 'ignored';
  }
  const userId = judgement.userId;
  const understood = await understandMessage(raw, { defaultTimezone: settings.defaultTimezone });
  // Dates out of range and overlong text would fail at the Scheduler or DynamoDB on every retry.
  const reading = boundedReading(understood.reading, deps.clock.now());
  // The From acted on is the one the sender check judged, whatever the reader made of it.
  const envelope: Envelope = { ...understood.envelope, from: from[0] ?? null };
  // The user's own responder answering one of our mails: answering it back would loop. A stop
  // address is never answered, so a client's unsubscribe mail marked automatic still counts.
  if (envelope.autoSubmitted && !isStopToken(ourTag(mail.recipients, settings.intakeAddress))) {
    logger.info('inbound mail ignored', { ...ids, reason: 'auto-reply' });
    return 'ignored';
  }

  const tag = ourTag(mail.recipients, settings.intakeAddress);
  if (tag === undefined) {
    logger.warn('inbound mail ignored', { ...ids, reason: 'not-addressed-to-intake' });
    return 'ignored';
  }
  const addressed = addressedTo(tag, userId, settings.replySecret);
  if (!addressed) {
    logger.warn('inbound mail ignored', { ...ids, reason: 'invalid-reply-token' });
    return 'ignored';
  }

  const messageId = envelope.messageId ?? `ses:${mail.sesMessageId}`;
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + MESSAGE_ID_RETENTION_MS);
  const claim = await store.leaseMessage(messageId, {
    now,
    leaseUntil: new Date(now.getTime() + MESSAGE_LEASE_MS),
    expiresAt,
  });
  if (claim === 'done') {
    logger.info('inbound mail already handled', { ...ids, outcome: 'duplicate' });
    return 'duplicate';
  }
  if (claim === 'in-progress') {
    // Another delivery works on it, or one crashed and its lease still runs: failing makes the
    // runtime retry later, when it is done (a duplicate) or the lease is over (taken over).
    throw new MessageInProgressError(`message of ${mail.sesMessageId} is being handled`);
  }
  const applicationId = addressed.to === 'application' ? addressed.applicationId : null;
  let outcome: InboundOutcome;
  try {
    outcome = await route(
      {
        userId,
        addressed,
        applicationId,
        messageId,
        sesMessageId: mail.sesMessageId,
        envelope,
        reading,
      },
      deps,
    );
  } catch (error) {
    // Let the redelivery (SES/Lambda retry) try again from the start.
    await store.releaseMessage(messageId);
    throw error;
  }
  await store.completeMessage(messageId, expiresAt);
  logger.info('inbound mail handled', {
    ...ids,
    outcome,
    ...(applicationId ? { applicationId } : {}),
  });
  return outcome;
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

/** Undefined: a tag whose MAC does not hold for this sender (forged, altered, someone else's). */
function addressedTo(tag: string | null, userId: string, secret: string): Addressed | undefined {
  if (tag === null) return { to: 'intake' };
  if (isStopToken(tag)) {
    const id = verifyStopToken(tag, userId, secret);
    return id ? { to: 'stop', id } : undefined;
  }
  if (isForgetToken(tag)) {
    const nonce = verifyForgetToken(tag, userId, secret);
    return nonce ? { to: 'forget', nonce } : undefined;
  }
  const applicationId = verifyReplyToken(tag, userId, secret);
  return applicationId ? { to: 'application', applicationId } : undefined;
}

interface Routed {
  userId: string;
  addressed: Addressed;
  applicationId: string | null;
  messageId: string;
  sesMessageId: string;
  envelope: Envelope;
  reading: Reading;
}

/** The thread a message belongs to: its own Message-IDs and those of the original inside it. */
function threadIdsOf(envelope: Envelope, reading: Reading): string[] {
  const ids = [
    envelope.messageId,
    envelope.inReplyTo,
    ...envelope.references,
    ...(reading.original?.messageIds ?? []),
  ];
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/** `forget`, `yes`, `delete everything`; "forget it" (never mind) is no confirmation. */
function confirmsForget(reading: Reading): boolean {
  const command = reading.kind === 'command' ? reading.command : undefined;
  return (
    (command?.verb === 'forget' || command?.verb === 'confirm') && command.number === undefined
  );
}

async function route(message: Routed, deps: InboundDeps): Promise<InboundOutcome> {
  const { reading, userId } = message;
  if (message.addressed.to === 'forget') {
    return confirmForget(deps, userId, message.addressed.nonce, confirmsForget(reading));
  }
  if (message.addressed.to === 'stop') return unsubscribe(deps, userId, message.addressed.id);
  if (message.addressed.to === 'application') {
    // The user's own sent draft (followup in Bcc): never a command, correction or confirmation.
    const copy = sentCopyIn(message.envelope, deps.settings.intakeAddress, userId);
    const { applicationId } = message.addressed;
    if (copy) return recordSentDraft({ userId, applicationId, copy }, deps);
  }

  if (reading.kind === 'command' && reading.command) {
    const { verb, arg, number = null } = reading.command;
    if (verb === 'pick' && number !== null) return pickForPendingReply(message, number, deps);
    const commands = reading.commands ?? [reading.command];
    if (
      message.applicationId === null &&
      number === null &&
      commands.every((command) => COMPLETING_VERBS.has(command.verb))
    ) {
      const completed = await completeUnreadable(message, commands, deps);
      if (completed) return completed;
    }
    const applicationId =
      message.applicationId ??
      (number === null && (APPLICATION_VERBS.has(verb) || verb === 'suggest')
        ? await repliedTo(message, deps)
        : null);
    return runCommand(
      {
        userId,
        applicationId,
        command: { verb, arg },
        number,
        more: (reading.commands ?? []).slice(1).map((next) => ({ verb: next.verb, arg: next.arg })),
        inReplyTo: message.envelope.inReplyTo,
        sentAt: message.envelope.date ? new Date(message.envelope.date) : deps.clock.now(),
      },
      deps,
    );
  }
  if (
    (reading.kind === 'unknown' && (message.applicationId || isReplyToUs(message, deps))) ||
    quotesOurOwnMail(reading, deps)
  ) {
    // Words that are no command, in a reply to us: the list of commands.
    await tellUser(deps, userId, null, (context) => deps.renderer.help({ context }));
    return 'answered';
  }

  if (reading.kind === 'employer-reply') {
    return handleEmployerReply(
      {
        userId,
        applicationId: message.applicationId,
        messageId: message.messageId,
        sesMessageId: message.sesMessageId,
        reading,
        threadIds: threadIdsOf(message.envelope, reading),
      },
      deps,
    );
  }
  if (reading.kind === 'interview' && reading.interview) {
    if (message.applicationId === null)
      return openFromConfirmation(message, reading.interview, deps);
    // A confirmation sent to an application's address is its next round, as an advance is.
    return applyEmployerReply(
      {
        userId,
        applicationId: message.applicationId,
        messageId: message.messageId,
        sesMessageId: message.sesMessageId,
        reading: { ...reading, kind: 'employer-reply', reply: { class: 'advance' } },
        threadIds: threadIdsOf(message.envelope, reading),
      },
      message.applicationId,
      deps,
    );
  }
  if ((reading.kind === 'reschedule' || reading.kind === 'cancellation') && reading.interview) {
    const match = matchApplication(await deps.store.listByUser(userId), {
      applicationId: message.applicationId,
      threadIds: threadIdsOf(message.envelope, reading),
      senderEmail: reading.original?.from?.email ?? null,
      subject: reading.original?.subject ?? '',
      company: reading.interview.company,
    });
    if (match.kind === 'match') return changePlan(message, match.application, deps);
    // A reschedule of an interview we never saw is as good as a confirmation.
    if (reading.kind === 'reschedule' && message.applicationId === null) {
      return openFromConfirmation(message, reading.interview, deps);
    }
  }
  const replyIds = await tellUser(deps, userId, null, (context) =>
    deps.renderer.unreadable({ missing: reading.missing ?? whatIsMissing(reading), context }),
  );
  // A cancellation has nothing to complete; anything else may be, by corrections in reply.
  if (reading.kind !== 'cancellation') {
    await rememberUnreadable(deps, userId, {
      sesMessageId: message.sesMessageId,
      messageId: message.messageId,
      replyIds,
      sentAt: deps.clock.now().toISOString(),
    });
  }
  return 'unreadable';
}

/**
 * Corrections in reply to "I could not read this": the forward it was about, read again with
 * them laid over it, opens its application. Null when the reply answers no such mail.
 */
async function completeUnreadable(
  message: Routed,
  corrections: ReadonlyArray<{ verb: string; arg: string | null }>,
  deps: InboundDeps,
): Promise<InboundOutcome | null> {
  const { userId, envelope } = message;
  const threadIds = [envelope.inReplyTo, ...envelope.references].filter((id): id is string => !!id);
  const forward = await unreadableRepliedTo(deps, userId, threadIds);
  if (!forward) return null;
  const stored = await deps.rawMail.get(
    `${deps.rawMailPrefix}${forward.sesMessageId}`,
    MAX_INBOUND_BYTES,
  );
  // It was read once within the limit; one over it now was replaced, and cannot be completed.
  if (stored.kind !== 'mail') return null;
  const original = await understandMessage(stored.raw, {
    defaultTimezone: deps.settings.defaultTimezone,
  });
  const ctx = await planContextFor(deps, userId, deps.clock.now());
  const read = original.reading.interview ?? emptyInterviewReading();
  const interview = correctedReading(read, corrections, {
    sentAt: envelope.date ? new Date(envelope.date) : deps.clock.now(),
    timezone: ctx.userTimezone,
  });
  if (JSON.stringify(interview) === JSON.stringify(read)) {
    // Nothing could be read (`time: sometime`): the forward stays waiting for a better answer.
    const [first] = corrections;
    const field = first?.verb === 'remove-interviewer' ? 'interviewer' : (first?.verb ?? 'time');
    const example = answersFor([field])[0]?.example ?? 'time: Tue 14 Apr 3pm ET';
    const written = (first?.arg ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    await tellUser(deps, userId, null, (context) =>
      deps.renderer.commandConfirmation({
        application: null,
        summary: `I could not use "${written}", so nothing is scheduled yet. Reply to the "I could not find" mail with a line like ${example}`,
        context,
      }),
    );
    return 'answered';
  }
  const missing = [
    ...(interview.start ? [] : ['interview time']),
    ...(interview.company ? [] : ['company']),
    ...(interview.interviewers.length > 0 ? [] : ['interviewer']),
  ];
  const outcome = await openFromConfirmation(
    {
      ...message,
      messageId: forward.messageId,
      sesMessageId: forward.sesMessageId,
      envelope: original.envelope,
      reading: { ...original.reading, kind: 'interview', interview, missing },
    },
    interview,
    deps,
    // Later replies to the "could not read" mail, or to this one, find the application by thread.
    [...forward.replyIds, message.messageId],
  );
  await forgetUnreadable(deps, userId, forward.messageId);
  return outcome;
}

/**
 * A command to the bare intake in reply to one of our mails about an application (a client that
 * answers From rather than Reply-To): that application, found by thread among the user's own.
 */
async function repliedTo(message: Routed, deps: InboundDeps): Promise<string | null> {
  const { inReplyTo, references } = message.envelope;
  const threadIds = [inReplyTo, ...references].filter((id): id is string => !!id);
  if (threadIds.length === 0) return null;
  const match = matchApplication(await deps.store.listByUser(message.userId), {
    applicationId: null,
    threadIds,
    senderEmail: null,
    subject: '',
    company: null,
  });
  return match.kind === 'match' && match.by === 'thread' ? match.application.id : null;
}

/** In-Reply-To one of our own mails: its Message-ID is on our domain (or SES's, on AWS). */
function isReplyToUs(message: Routed, deps: InboundDeps): boolean {
  const domain = deps.settings.intakeAddress.slice(
    deps.settings.intakeAddress.lastIndexOf('@') + 1,
  );
  const inReplyTo = message.envelope.inReplyTo?.toLowerCase() ?? '';
  return inReplyTo.endsWith(`@${domain.toLowerCase()}`) || /amazonses\.com$/.test(inReplyTo);
}

/**
 * The message read is one of our own mails, quoted back in a reply with nothing of the user's
 * own above it: never an employer's confirmation or answer, whatever dates it mentions.
 */
function quotesOurOwnMail(reading: Reading, deps: InboundDeps): boolean {
  const quoted = reading.original?.from?.email.toLowerCase();
  if (reading.kind === 'command' || !quoted) return false;
  const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  const ours = new Set([deps.settings.intakeAddress, deps.settings.fromAddress].map(domainOf));
  return ours.has(domainOf(quoted));
}

/** `2`: the user picked the application a forwarded reply is about. */
async function pickForPendingReply(
  message: Routed,
  number: number,
  deps: InboundDeps,
): Promise<InboundOutcome> {
  const { userId } = message;
  const pick = await pickFromChoice(deps, userId, number);
  if (pick.picked && !pick.pendingReply) {
    await tellUser(deps, userId, null, (context) =>
      deps.renderer.commandConfirmation({
        application: null,
        summary: `Number ${number} of what? Answer with a command and the number, e.g. stop ${number}, or reply help.`,
        context,
      }),
    );
    return 'answered';
  }
  if (!pick.picked) {
    const pendingReply = (await deps.store.getProfile(userId))?.choice?.pendingReply;
    if (pendingReply) {
      await askWhich(deps, userId, { pendingReply, note: pick.why });
    } else {
      await tellUser(deps, userId, null, (context) => deps.renderer.help({ context }));
    }
    return 'answered';
  }
  const sesMessageId = pick.pendingReply ?? '';
  const stored = await deps.rawMail.get(`${deps.rawMailPrefix}${sesMessageId}`, MAX_INBOUND_BYTES);
  if (stored.kind === 'too-large') return 'ignored';
  const understood = await understandMessage(stored.raw, {
    defaultTimezone: deps.settings.defaultTimezone,
  });
  const envelope = understood.envelope;
  const reading = boundedReading(understood.reading, deps.clock.now());
  if (reading.kind !== 'employer-reply') return 'ignored';
  const outcome = await applyEmployerReply(
    {
      userId,
      applicationId: pick.application.id,
      messageId: envelope.messageId ?? `ses:${sesMessageId}`,
      sesMessageId,
      reading,
      threadIds: threadIdsOf(envelope, reading),
    },
    pick.application.id,
    deps,
  );
  await clearPendingReply(deps, userId);
  return outcome;
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
    const withThread = revise(current, now, {
      threadMessageIds: withThreadIds(current.threadMessageIds, [message.messageId]),
    });
    const next =
      cancelled || !reading.interview
        ? changes.close(withThread, now)
        : changes.reschedule(withThread, reading.interview, ctx);
    // The thread and the change are one save: the version moves once.
    return { ...next, application: { ...next.application, version: current.version + 1 } };
  });
  if (!result) return 'ignored';
  const changed = await afterSendsInFlight(deps, result.application);
  const summary = cancelled
    ? 'The employer cancelled this interview: I closed the application and cancelled its drafts.'
    : `The interview moved: drafts now follow the new time (${pendingSummary(changed)}).`;
  await tellUser(deps, userId, changed, (context) =>
    deps.renderer.commandConfirmation({
      application: changed,
      summary,
      planChanged: true,
      context,
    }),
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
  moreThreadIds: string[] = [],
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
      threadMessageIds: [
        ...new Set([
          message.messageId,
          ...threadIdsOf(message.envelope, message.reading),
          ...moreThreadIds,
        ]),
      ],
      userName: message.envelope.from?.name ?? null,
      contact: contactOf(message.reading.original?.from, message.userId),
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
  await syncSchedules(
    deps.scheduler,
    opened,
    { upsert: pendingMilestones(opened), cancel: [] },
    now,
  );
  const interview = opened.interviews[0];
  if (!interview) throw new Error(`application ${opened.id} has no interview`);
  const missing = [...(message.reading.missing ?? [])];
  if (!interview.start && !missing.includes('interview time')) missing.push('interview time');
  await tellUser(deps, message.userId, opened, (context) =>
    deps.renderer.acknowledgment({
      application: opened,
      interview,
      missing,
      reading: message.reading,
      context,
    }),
  );
  return 'application-opened';
}
