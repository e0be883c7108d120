// Inbound use-case, the gate: raw mail -> authenticate the sender on the header section alone ->
// check where it was sent (envelope recipients) -> understand (auto-replies dropped) -> lease
// the Message-ID (de-duplicate; a held lease fails the delivery so it is retried) -> route
// (inbound-routing.ts). Allowed senders are the deploy-time ones and those admins allowed
// (users.ts). Mail to a filter address and forwarding confirmations are judged by their
// envelope (filter-gate.ts). Strangers, failed checks and forged tokens are dropped without a
// reply, and without loading the reader or the routing: both are imported only once a message
// is through (in the Lambda bundle, chunks of their own).
import { boundedReading } from '../bounds.ts';
import { fromMailboxes } from '../from-header.ts';
import { describeError } from '../logger.ts';
import { MAX_INBOUND_BYTES, MESSAGE_ID_RETENTION_MS } from '../ports.ts';
import { judgeSender, type MailVerdicts } from '../sender-check.ts';
import type { Envelope } from '../understand/index.ts';
import { gateAddressed, judgeFilterGate } from './filter-gate.ts';
import { addressing } from './inbound-decisions.ts';
import type { InboundDeps, InboundOutcome } from './inbound-routing.ts';
import { inUserLocale } from './profile.ts';
import { recordRawMail } from './raw-mail.ts';
import { type InvocationBudget, retryWithin, WRITE_RETRY_DELAYS_MS } from './retry-within.ts';
import { everyUser, sendersToJudge } from './users.ts';

/** What SES (or the local intake standing in for it) tells us about one received message. */
export interface InboundMail {
  sesMessageId: string;
  /** Our addresses the message was delivered to (the envelope recipients). */
  recipients: string[];
  /** The SMTP MAIL FROM (Return-Path) SPF was checked against: SES's `mail.source`. */
  envelopeSender: string;
  /**
   * When SES received it (`mail.timestamp`; the local intake's receipt): every retry of the event
   * carries the same, however late it is handled.
   */
  receivedAt: Date;
  verdicts: MailVerdicts;
}

export type { InboundDeps, InboundOutcome } from './inbound-routing.ts';

/** One attempt holds a message this long: more than the function's 60 s timeout. */
export const MESSAGE_LEASE_MS = 2 * 60 * 1000;

/**
 * Waits before each further try at marking a handled message done, after the store client's own
 * retries gave up: until it holds, a redelivery once the lease is over would handle it again.
 */
export const COMPLETION_RETRY_DELAYS_MS = WRITE_RETRY_DELAYS_MS;
/**
 * A further try starts only with this much of the invocation left: one write at its slowest (the
 * DynamoDB client's 4 attempts of 6 s each, and backoff). Timing out there would fail the
 * delivery, whose retry, once the lease is over, would handle it again.
 */
export const COMPLETION_RESERVE_MS = 30_000;

/** Another attempt holds the message's lease: thrown so that the delivery is retried, not lost. */
export class MessageInProgressError extends Error {
  override name = 'MessageInProgressError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The reader and the routing, imported once a message is through the gate (chunks of their own). */
type Reader = typeof import('../understand/index.ts');
type Routing = typeof import('./inbound-routing.ts');

/** `call`, started now and awaited later: failing meanwhile, it is no unhandled rejection. */
function started<T>(call: Promise<T>): Promise<T> {
  call.catch(() => {});
  return call;
}

export async function handleInboundMail(
  mail: InboundMail,
  deps: InboundDeps,
  budget: InvocationBudget = {},
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
  // Filter forwards and forwarding confirmations are judged by their envelope, not their From.
  const gate = await judgeFilterGate(mail, raw, from, settings, () => everyUser(deps));
  if (gate?.kind === 'refused') {
    logger.warn('inbound mail ignored', { ...ids, reason: gate.reason });
    return 'ignored';
  }
  const judgement = gate
    ? { accepted: true as const, userId: gate.userId }
    : judgeSender(from, mail.verdicts, await sendersToJudge(deps, from), mail.envelopeSender);
  if (!judgement.accepted) {
    logger.warn('inbound mail ignored', { ...ids, reason: judgement.reason });
    return 'ignored';
  }
  const userId = judgement.userId;
  // The user's mail from here on, whatever becomes of it: `forget` must find it. Recorded while
  // the message is read (and awaited before anything is done with it, or thrown), as the user's
  // profile is read, which every message through the gate needs.
  const recording = started(recordRawMail(deps, userId, mail.sesMessageId));
  // Where it was sent is judged on the envelope recipients: a forged token costs no parse either.
  const addressed = gate ? gateAddressed(gate) : addressing(mail.recipients, userId, settings);
  if ('dropped' in addressed) {
    await recording;
    logger.warn('inbound mail ignored', { ...ids, reason: addressed.dropped });
    return 'ignored';
  }
  const profile = started(store.getProfile(userId));
  let understood: Awaited<ReturnType<Reader['understandMessage']>>;
  let route: Routing['route'];
  try {
    // The module loader keeps both once loaded: later messages wait on nothing here.
    const [reader, routing] = await Promise.all([
      import('../understand/index.ts'),
      import('./inbound-routing.ts'),
    ]);
    route = routing.route;
    understood = await reader.understandMessage(raw, {
      defaultTimezone: settings.defaultTimezone,
    });
  } finally {
    await recording;
  }
  // Dates out of range and overlong text would fail at the Scheduler or DynamoDB on every retry.
  const reading = boundedReading(understood.reading, deps.clock.now());
  // The From acted on is the one the sender check judged, whatever the reader made of it.
  const envelope: Envelope = { ...understood.envelope, from: from[0] ?? null };
  // The user's own responder answering one of our mails: answering it back would loop. A stop
  // address is never answered, so a client's unsubscribe mail marked automatic still counts.
  if (envelope.autoSubmitted && !gate && addressed.to !== 'stop') {
    logger.info('inbound mail ignored', { ...ids, reason: 'auto-reply' });
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
    const message = {
      userId,
      addressed,
      applicationId,
      messageId,
      sesMessageId: mail.sesMessageId,
      receivedAt: mail.receivedAt,
      envelope,
      reading,
    };
    outcome = await inUserLocale(
      deps,
      userId,
      (read) => route({ ...message, profile: read }, deps),
      profile,
    );
  } catch (error) {
    // Let the redelivery (SES/Lambda retry) try again from the start.
    await store.releaseMessage(messageId);
    throw error;
  }
  try {
    await markDone(deps, budget, { messageId, expiresAt, sesMessageId: mail.sesMessageId });
  } catch (error) {
    // Handled and answered: failing now would make the redelivery, once the lease is over,
    // handle and answer it again. The lease keeps another delivery off until then; a delivery
    // of it after that (SES delivers at least once) is handled again.
    logger.error('inbound mail handled but not marked done', { ...ids, ...describeError(error) });
  }
  logger.info('inbound mail handled', {
    ...ids,
    outcome,
    ...(applicationId ? { applicationId } : {}),
  });
  return outcome;
}

/**
 * Marks the message done, tried again after COMPLETION_RETRY_DELAYS_MS while the invocation has
 * time for it; throws the last failure.
 */
async function markDone(
  deps: InboundDeps,
  budget: InvocationBudget,
  message: { messageId: string; expiresAt: Date; sesMessageId: string },
): Promise<void> {
  await retryWithin(
    () => deps.store.completeMessage(message.messageId, message.expiresAt),
    budget,
    { delaysMs: COMPLETION_RETRY_DELAYS_MS, reserveMs: COMPLETION_RESERVE_MS },
    (error) =>
      deps.logger.warn('inbound mail not marked done yet; trying again', {
        sesMessageId: message.sesMessageId,
        ...describeError(error),
      }),
  );
}
