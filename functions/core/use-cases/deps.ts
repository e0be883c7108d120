// Use-cases -> what they all share: their ports, the deployment's settings, and how mail to the
// user is addressed.

import type { Logger } from '../logger.ts';
import type { MailContext, MailRenderer } from '../mail/index.ts';
import { type Application, DIGEST_APPLICATION_ID } from '../model.ts';
import type { Policy } from '../planning/policy.ts';
import type { ApplicationStore, Clock, Mailer } from '../ports.ts';
import {
  encodeFilterToken,
  encodeReplyToken,
  encodeStopToken,
  replyAddress,
} from '../reply-token.ts';
import type { CanonicalMessageId } from '../thread-key.ts';

export interface Settings {
  /** The deploy-time users (lower-cased); admins allow more, kept in the table (users.ts). */
  allowedSenders: string[];
  /** Deploy-time admins: users too, and the only ones whose `allow`/`revoke`/`users` act. */
  admins: string[];
  intakeAddress: string;
  fromAddress: string;
  defaultTimezone: string;
  replySecret: string;
  policy: Policy;
}

/** Ports every use-case shares. */
export interface CommonDeps {
  store: ApplicationStore;
  mailer: Mailer;
  renderer: MailRenderer;
  clock: Clock;
  logger: Logger;
  settings: Settings;
}

/** How the mailer's Message-IDs compare, for the pure matchers of threads. */
export function canonicalOf(deps: Pick<CommonDeps, 'mailer'>): CanonicalMessageId {
  return (messageId) => deps.mailer.canonicalMessageId(messageId);
}

/**
 * Replies to mail about an application go to its tokenized address; others to the intake. Drafts
 * carry that address in Bcc (the user's sent copy comes back to it), and every mail names a stop
 * address in List-Unsubscribe: the application's, or for other mail the weekly digest's.
 */
export function mailContext(
  settings: Settings,
  userId: string,
  application: Application | null,
  now: Date,
): MailContext {
  const signed = (token: string) => replyAddress(settings.intakeAddress, token);
  const applicationAddress = application
    ? signed(encodeReplyToken({ applicationId: application.id, userId }, settings.replySecret))
    : null;
  const stopId = application?.id ?? DIGEST_APPLICATION_ID;
  return {
    from: settings.fromAddress,
    to: userId,
    replyTo: applicationAddress ?? settings.intakeAddress,
    now,
    messageIdDomain: settings.intakeAddress.slice(settings.intakeAddress.lastIndexOf('@') + 1),
    filterAddress: filterAddressOf(settings, userId),
    ...(applicationAddress ? { sentCopyTo: applicationAddress } : {}),
    unsubscribe: signed(encodeStopToken(stopId, userId, settings.replySecret)),
  };
}

/** Where the user's mailbox forwards employer mail: `<intake>+f-<mac>@<domain>`. */
function filterAddressOf(settings: Settings, userId: string): string {
  return replyAddress(settings.intakeAddress, encodeFilterToken(userId, settings.replySecret));
}
