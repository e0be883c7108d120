// Inbound use-case -> routing of a message that passed the gate (handle-inbound-mail.ts): a
// confirmation opens an application (sent to an application's address, it is that application's
// next round); a command acts on the application its reply address names (or one the user picks
// by number); corrections in reply to "I could not read this" complete that forward; a forwarded
// employer reply changes the plan of the application it matches; a reply to a forget confirmation
// deletes the user's data; words that are no command, in reply to us, get the help.

import { boundedReading } from '../bounds.ts';
import { APPLICATION_VERBS, COMPLETING_VERBS } from '../command-table.ts';
import { answersFor } from '../mail/index.ts';
import { matchApplication } from '../matching.ts';
import { MAX_INBOUND_BYTES, type RawMailStore } from '../ports.ts';
import { emptyInterviewReading } from '../reading.ts';
import { sentCopyIn } from '../sent-drafts.ts';
import { understandMessage } from '../understand/index.ts';
import { type ChangeDeps, userContextFor } from './change-application.ts';
import { askWhich, clearPendingReply, pickFromChoice } from './choices.ts';
import { correctedReading } from './command-decisions.ts';
import { runCommand } from './commands.ts';
import { canonicalOf } from './deps.ts';
import { applyEmployerReply, handleEmployerReply } from './employer-replies.ts';
import { handleFilteredMail, sendFilterSetup } from './filtered-mail.ts';
import { confirmForget } from './forget.ts';
import {
  confirmsForget,
  isReplyToUs,
  quotesOurOwnMail,
  type Routed,
  repliedToIds,
  threadIdsOf,
  whatIsMissing,
} from './inbound-decisions.ts';
import { INBOUND_SAID } from './inbound-wording.ts';
import { changePlan, openFromConfirmation } from './open-application.ts';
import { recordSentDraft } from './sent-copy.ts';
import { tellUser } from './tell-user.ts';
import { forgetUnreadable, rememberUnreadable, unreadableRepliedTo } from './unreadable.ts';
import { unsubscribe } from './unsubscribe.ts';
import { sendHelp } from './users.ts';

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
  | 'user-forgotten'
  | 'filtered-unmatched';

/** Where a message that passed the gate goes, by what it was read as and where it was sent. */
export async function route(message: Routed, deps: InboundDeps): Promise<InboundOutcome> {
  const { reading, userId } = message;
  if (message.addressed.to === 'forget') {
    const confirmation = { nonce: message.addressed.nonce, messageId: message.messageId };
    return confirmForget(deps, userId, confirmation, confirmsForget(reading));
  }
  if (message.addressed.to === 'stop') return unsubscribe(deps, userId, message.addressed.id);
  if (message.addressed.to === 'application') {
    // The user's own sent draft (followup in Bcc): never a command, correction or confirmation.
    const copy = sentCopyIn(message.envelope, deps.settings.intakeAddress, userId);
    const { applicationId } = message.addressed;
    if (copy) return recordSentDraft({ userId, applicationId, copy }, deps);
  }
  if (message.addressed.to === 'forwarding-confirmation') {
    await sendFilterSetup(deps, userId, message.addressed.confirmation);
    return 'answered';
  }
  if (message.addressed.to === 'filter') {
    return handleFilteredMail(
      { ...message, threadIds: threadIdsOf(message.envelope, reading) },
      deps,
    );
  }

  if (reading.kind === 'command' && reading.command) {
    const { verb, arg, number = null, unsure } = reading.command;
    if (verb === 'pick' && number !== null) return pickForPendingReply(message, number, deps);
    const commands = reading.commands ?? [reading.command];
    if (
      message.applicationId === null &&
      number === null &&
      !unsure &&
      commands.every((command) => COMPLETING_VERBS.has(command.verb))
    ) {
      const completed = await completeUnreadable(message, commands, deps);
      if (completed) return completed;
    }
    const applicationId =
      message.applicationId ??
      (number === null && (APPLICATION_VERBS.has(verb) || unsure)
        ? await repliedTo(message, deps)
        : null);
    return runCommand(
      {
        userId,
        applicationId,
        command: { verb, arg, unsure },
        number,
        more: (reading.commands ?? []).slice(1).map((next) => ({ verb: next.verb, arg: next.arg })),
        inReplyTo: message.envelope.inReplyTo,
        messageId: message.messageId,
        sentAt: message.envelope.date ? new Date(message.envelope.date) : deps.clock.now(),
        receivedAt: message.receivedAt,
      },
      deps,
    );
  }
  if (
    (reading.kind === 'unknown' &&
      (message.applicationId ||
        isReplyToUs(message.envelope, deps.settings, (id) => deps.mailer.isOwnMessageId(id)))) ||
    quotesOurOwnMail(reading, deps.settings)
  ) {
    // Words that are no command, in a reply to us: the list of commands.
    await sendHelp(deps, userId);
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
      canonicalMessageId: canonicalOf(deps),
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
  const forward = await unreadableRepliedTo(deps, userId, repliedToIds(envelope));
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
  const ctx = await userContextFor(deps, userId, deps.clock.now(), message.profile);
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
        summary: INBOUND_SAID.unusable(written, example),
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
  const threadIds = repliedToIds(message.envelope);
  if (threadIds.length === 0) return null;
  const match = matchApplication(await deps.store.listByUser(message.userId), {
    canonicalMessageId: canonicalOf(deps),
    applicationId: null,
    threadIds,
    senderEmail: null,
    subject: '',
    company: null,
  });
  return match.kind === 'match' && match.by === 'thread' ? match.application.id : null;
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
        summary: INBOUND_SAID.numberOfWhat(number),
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
      await sendHelp(deps, userId);
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
