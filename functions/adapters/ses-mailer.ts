// Mailer adapter (SES v2): sends a message composed by core/mail as raw MIME, to the user only,
// and knows the Message-IDs SES gives what it sends.
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer } from '../core/ports.ts';

/** The Message-ID recipients see on a mail SES sent with this SES message id. */
export const sesMessageIdOf = (sesMessageId: string) => `${sesMessageId}@amazonses.com`;

/** SES's Message-IDs are on amazonses.com or a regional subdomain of it. */
const SES_MESSAGE_ID = /amazonses\.com$/i;
export const isSesMessageId = (messageId: string) => SES_MESSAGE_ID.test(messageId);

export function createSesMailer(client: SESv2Client): Mailer {
  return {
    isOwnMessageId: isSesMessageId,
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
