// Test support -> in-memory Mailer: keeps every raw message sent, in order, and answers with the
// Message-ID recipients see, shaped like SES's (`<id>@amazonses.com`). A test can have the next
// sends' answers lost (kept, and rejected as SES's adapter rejects them) or refused (not kept).
import { randomUUID } from 'node:crypto';
import {
  canonicalSesMessageId,
  isSesMessageId,
  sesMessageIdOf,
} from '../../../functions/adapters/ses-mailer.ts';
import { MailOutcomeUnknownError } from '../../../functions/core/errors.ts';
import type { Mailer, OutgoingMail } from '../../../functions/core/ports.ts';

export interface SentRawMail extends OutgoingMail {
  messageId: string;
}

export interface MemoryMailer extends Mailer {
  /** Every mail sent so far, oldest first. */
  sent(): SentRawMail[];
  /**
   * How the next sends go, one each: kept with the answer lost, refused (not kept), or delivered
   * as usual (to let the sends before the one meant through).
   */
  failNext(...failures: MailFailure[]): void;
  /** Every send from now on is refused, until called with false. */
  refuseAll(refusing: boolean): void;
}

export type MailFailure = 'answer-lost' | 'refused' | 'delivered';

export function createMemoryMailer(): MemoryMailer {
  const outbox: SentRawMail[] = [];
  const failures: MailFailure[] = [];
  let refusing = false;
  return {
    async send(mail) {
      const failure = refusing ? 'refused' : failures.shift();
      if (failure === 'refused') throw new Error('the mail service refused the mail');
      // SES: 16 hex digits, a UUID, six digits.
      const messageId = sesMessageIdOf(
        `${Date.now().toString(16).padStart(16, '0')}-${randomUUID()}-000000`,
      );
      outbox.push({ ...mail, raw: Uint8Array.from(mail.raw), messageId });
      if (failure === 'answer-lost') throw new MailOutcomeUnknownError('the answer was lost');
      return { messageId };
    },
    isOwnMessageId: isSesMessageId,
    canonicalMessageId: canonicalSesMessageId,
    sent: () => [...outbox],
    failNext(...next) {
      failures.push(...next);
    },
    refuseAll(on) {
      refusing = on;
    },
  };
}
