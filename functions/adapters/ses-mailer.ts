// Mailer adapter (SES v2): sends a message composed by core/mail as raw MIME, to the user only,
// and knows the Message-IDs SES gives what it sends.
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer } from '../core/ports.ts';

/** The Message-ID recipients see on a mail SES sent with this SES message id. */
export const sesMessageIdOf = (sesMessageId: string) => `${sesMessageId}@amazonses.com`;

/** SES's Message-IDs are on amazonses.com or a regional subdomain of it. */
const SES_MESSAGE_ID = /(?:^|[.@])amazonses\.com$/i;
export const isSesMessageId = (messageId: string) => SES_MESSAGE_ID.test(messageId);

/**
 * SES replaces the Message-ID of what it sends with `<id>@<region>.amazonses.com` (or
 * `<id>@amazonses.com`): every SES domain counts as one, the one `send` returns.
 */
export function canonicalSesMessageId(messageId: string): string {
  const at = messageId.lastIndexOf('@');
  if (at > 0 && isSesMessageId(messageId)) {
    return sesMessageIdOf(messageId.slice(0, at));
  }
  return messageId;
}

export function createSesMailer(client: SESv2Client): Mailer {
  return {
    isOwnMessageId: isSesMessageId,
    canonicalMessageId: canonicalSesMessageId,
    async send(mail) {
      const result = await client.send(
        new SendEmailCommand({
          FromEmailAddress: mail.from,
          Destination: { ToAddresses: [mail.to] },
          Content: { Raw: { Data: mail.raw } },
        }),
      );
      return { messageId: sesMessageIdOf(result.MessageId ?? '') };
    },
  };
}
