// `followup reply TEXT`: answers the latest mail followup sent to a user the way a mail client
// would — to its Reply-To, with In-Reply-To and the quoted mail below — through the SMTP intake.
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import PostalMime from 'postal-mime';
import { deliver } from './forward.ts';
import { listSentMail } from './services/ses.ts';

export class NothingToReplyToError extends Error {
  override name = 'NothingToReplyToError';
}

export async function replyToLatest(options: {
  text: string;
  user: string;
  sesEndpoint: string;
  smtpPort: number;
}): Promise<{ to: string; subject: string }> {
  const sent = (await listSentMail(options.sesEndpoint)).filter(
    (mail) =>
      mail.raw && mail.to.some((to) => to.toLowerCase().includes(options.user.toLowerCase())),
  );
  const latest = sent.at(-1)?.raw;
  if (!latest) throw new NothingToReplyToError(`followup has sent nothing to ${options.user} yet`);
  const original = await PostalMime.parse(latest);
  const to = original.replyTo?.[0]?.address ?? original.from?.address;
  if (!to) throw new NothingToReplyToError('the latest mail has no Reply-To');
  const subject = /^re:/i.test(original.subject ?? '')
    ? (original.subject ?? '')
    : `Re: ${original.subject ?? ''}`;
  const quoted = (original.text ?? '')
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const raw = await new MailComposer({
    from: options.user,
    to,
    subject,
    messageId: `<${randomUUID()}@followup.local>`,
    ...(original.messageId
      ? { inReplyTo: original.messageId, references: [original.messageId] }
      : {}),
    text: `${options.text}\n\nOn ${new Date().toUTCString()} followup <${to}> wrote:\n\n${quoted}\n`,
  })
    .compile()
    .build();
  await deliver({ raw, from: options.user, to, port: options.smtpPort });
  return { to, subject };
}
