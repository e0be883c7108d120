// Inbound use-case: raw mail -> understand -> authenticate the sender -> de-duplicate -> route:
// a confirmation opens an application and schedules its milestones; a command acts on the
// application its reply address names. Strangers and failed checks are dropped without a reply.
import {
  applicationIdFor,
  closeApplication,
  openApplication,
  pendingMilestones,
} from '../application.ts';
import { ConcurrentUpdateError } from '../errors.ts';
import type { Application } from '../model.ts';
import type { MilestoneScheduler, RawMailStore } from '../ports.ts';
import type { Reading } from '../reading.ts';
import { tagOf, verifyReplyToken } from '../reply-token.ts';
import { judgeSender, type MailVerdicts } from '../sender-check.ts';
import { type Envelope, understandMessage } from '../understand/index.ts';
import { type CommonDeps, mailContext } from './settings.ts';
import { updateApplication } from './update-application.ts';

/** What SES (or the local intake standing in for it) tells us about one received message. */
export interface InboundMail {
  sesMessageId: string;
  /** Our addresses the message was delivered to (the envelope recipients). */
  recipients: string[];
  verdicts: MailVerdicts;
}

export interface InboundDeps extends CommonDeps {
  scheduler: MilestoneScheduler;
  rawMail: RawMailStore;
  rawMailPrefix: string;
}

export type InboundOutcome =
  | 'ignored'
  | 'duplicate'
  | 'application-opened'
  | 'application-closed'
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
    return runCommand(message, reading.command, deps);
  }
  if (reading.kind === 'interview' && reading.interview && message.applicationId === null) {
    return openFromConfirmation(message, deps);
  }
  await reply(deps, message.userId, null, (context) =>
    deps.renderer.unreadable({ missing: reading.missing ?? whatIsMissing(reading), context }),
  );
  return 'unreadable';
}

function whatIsMissing(reading: Reading): string[] {
  if (reading.kind === 'unknown') return ['an interview date and time', 'the company'];
  return [];
}

async function openFromConfirmation(message: Routed, deps: InboundDeps): Promise<InboundOutcome> {
  const { store, settings, clock } = deps;
  const interviewReading = message.reading.interview;
  if (!interviewReading) throw new Error('openFromConfirmation needs an interview reading');
  const id = applicationIdFor(message.userId, message.messageId);
  const now = clock.now();

  let application = await store.get(message.userId, id);
  if (!application) {
    const opened = openApplication({
      id,
      userId: message.userId,
      reading: interviewReading,
      userTimezone: settings.defaultTimezone,
      policy: settings.policy,
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

  await scheduleAll(application, deps.scheduler);
  const interview = application.interviews[0];
  if (!interview) throw new Error(`application ${application.id} has no interview`);
  const missing = [...(message.reading.missing ?? [])];
  if (!interview.start && !missing.includes('interview time')) missing.push('interview time');
  await reply(deps, message.userId, application, (context) =>
    deps.renderer.acknowledgment({ application: application, interview, missing, context }),
  );
  return 'application-opened';
}

async function scheduleAll(application: Application, scheduler: MilestoneScheduler) {
  for (const milestone of pendingMilestones(application)) {
    await scheduler.upsert({
      ref: { userId: application.userId, applicationId: application.id, milestoneId: milestone.id },
      due: milestone.due,
      timezone: milestone.timezone,
    });
  }
}

async function runCommand(
  message: Routed,
  command: { verb: string; arg: string | null },
  deps: InboundDeps,
): Promise<InboundOutcome> {
  const { userId, applicationId } = message;
  switch (command.verb) {
    case 'stop':
      if (applicationId) return stopApplication(userId, applicationId, deps);
      await reply(deps, userId, null, async (context) =>
        deps.renderer.status({ applications: await openApplications(deps, userId), context }),
      );
      return 'answered';
    case 'status':
      await reply(deps, userId, null, async (context) =>
        deps.renderer.status({ applications: await openApplications(deps, userId), context }),
      );
      return 'answered';
    default:
      await reply(deps, userId, null, (context) => deps.renderer.help({ context }));
      return 'answered';
  }
}

async function openApplications(deps: InboundDeps, userId: string) {
  return (await deps.store.listByUser(userId)).filter((a) => a.status !== 'CLOSED');
}

async function stopApplication(
  userId: string,
  applicationId: string,
  deps: InboundDeps,
): Promise<InboundOutcome> {
  const { clock } = deps;
  const closed = await updateApplication(deps.store, { userId, applicationId }, (application) => {
    if (!application) return { result: undefined };
    if (application.status === 'CLOSED') return { result: { application, cancelled: [] } };
    const next = closeApplication(application, clock.now());
    return { save: next.application, result: next };
  });
  if (!closed) {
    deps.logger.warn('stop for a missing application', { applicationId });
    return 'ignored';
  }
  for (const milestone of closed.cancelled) {
    await deps.scheduler.cancel({ userId, applicationId, milestoneId: milestone.id });
  }
  await reply(deps, userId, closed.application, (context) =>
    deps.renderer.stopConfirmation({ application: closed.application, context }),
  );
  return 'application-closed';
}

async function reply(
  deps: CommonDeps,
  userId: string,
  application: Application | null,
  compose: (context: ReturnType<typeof mailContext>) => Promise<{ raw: Uint8Array }>,
) {
  const mail = await compose(mailContext(deps.settings, userId, application, deps.clock.now()));
  await deps.mailer.send({ from: deps.settings.fromAddress, to: userId, raw: mail.raw });
}
