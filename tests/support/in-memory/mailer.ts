// Test support -> in-memory Mailer: keeps every raw message sent, in order, and answers with the
// Message-ID recipients see, shaped like SES's (`<id>@amazonses.com`).
import { randomUUID } from 'node:crypto';
import {
  canonicalSesMessageId,
  isSesMessageId,
  sesMessageIdOf,
} from '../../../functions/adapters/ses-mailer.ts';
import type { Mailer, OutgoingMail } from '../../../functions/core/ports.ts';

export interface SentRawMail extends OutgoingMail {
  messageId: string;
}

export interface MemoryMailer extends Mailer {
  /** Every mail sent so far, oldest first. */
  sent(): SentRawMail[];
}

export function createMemoryMailer(): MemoryMailer {
  const outbox: SentRawMail[] = [];
  return {
    async send(mail) {
      // SES: 16 hex digits, a UUID, six digits.
      const messageId = sesMessageIdOf(
        `${Date.now().toString(16).padStart(16, '0')}-${randomUUID()}-000000`,
      );
      outbox.push({ ...mail, raw: Uint8Array.from(mail.raw), messageId });
      return { messageId };
    },
    isOwnMessageId: isSesMessageId,
    canonicalMessageId: canonicalSesMessageId,
    sent: () => [...outbox],
  };
}
