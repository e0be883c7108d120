// Mailer adapter (SES v2): sends a message composed by core/mail as raw MIME, to the user only.
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer } from '../core/ports.ts';

export function createSesMailer(client: SESv2Client): Mailer {
  return {
    async send(mail) {
      const result = await client.send(
        new SendEmailCommand({
          FromEmailAddress: mail.from,
          Destination: { ToAddresses: [mail.to] },
          Content: { Raw: { Data: mail.raw } },
        }),
      );
      return { messageId: result.MessageId ?? '' };
    },
  };
}
