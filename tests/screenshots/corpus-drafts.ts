// Screenshot support: every draft the product would mail for a shared-corpus confirmation, read by
// the real reader, opened and planned as the inbound path does, each rendered at its milestone's due.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicationIdFor, contactOf, openApplication } from '../../functions/core/application.ts';
import type { ComposedMail, MailRenderer } from '../../functions/core/mail/index.ts';
import type { Interview, Person } from '../../functions/core/model.ts';
import { defaultPolicy } from '../../functions/core/planning/index.ts';
import { understandMessage } from '../../functions/core/understand/index.ts';
import { CORPUS_USER_ZONES, DAY, sharedDir } from '../support/fixtures.ts';
import { EVERY_COUNTRY } from '../support/holidays.ts';
import { contextFixture } from '../unit/mail/fixtures.ts';

export interface CorpusDraft {
  /** `s01-thank-you-ken-watanabe`: the corpus message, the draft kind, the recipient. */
  name: string;
  mail: ComposedMail;
  kind: string;
  /** Whom the draft must be to: a thank-you's interviewer, else whoever wrote the confirmation. */
  recipient: Person | null;
  interview: Interview;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * The drafts of one corpus confirmation: a thank-you per interviewer, both follow-ups and the
 * close-out at their due times, and the reply to a rejection from whoever wrote the confirmation.
 */
export async function corpusDrafts(
  message: string,
  renderer: MailRenderer,
): Promise<CorpusDraft[]> {
  const raw = readFileSync(join(sharedDir, 'corpus', `${message}.eml`));
  const { envelope } = await understandMessage(raw, { defaultTimezone: 'UTC' });
  const user = envelope.from;
  const zone = user ? CORPUS_USER_ZONES[user.email] : undefined;
  if (!user || !zone) throw new Error(`${message} is not forwarded by a corpus user`);
  // Read again in the user's own zone, as the corpus's expected readings (and local/eval.ts) do.
  const { reading: own } = await understandMessage(raw, { defaultTimezone: zone });
  const interviewReading = own.interview;
  if (!interviewReading?.start) throw new Error(`${message} reads as no timed interview`);
  const forwardedAt = new Date(envelope.date ?? Date.parse(interviewReading.start) - DAY);
  const application = openApplication({
    id: applicationIdFor(user.email, envelope.messageId ?? message),
    userId: user.email,
    reading: interviewReading,
    userTimezone: zone,
    policy: defaultPolicy,
    holidays: EVERY_COUNTRY,
    now: forwardedAt,
    threadMessageIds: envelope.messageId ? [envelope.messageId] : [],
    userName: user.name,
    contact: contactOf(own.original?.from, user.email),
  });
  const [interview] = application.interviews;
  if (!interview) throw new Error(`${message} opened no interview`);
  const contextAt = (now: Date) => contextFixture({ to: user.email, now });
  const sender = own.original?.from;
  const writer = sender?.email ? { name: sender.name ?? sender.email, email: sender.email } : null;

  const drafts: CorpusDraft[] = [];
  for (const milestone of application.milestones) {
    const to = milestone.kind === 'thank-you' ? milestone.interviewer : null;
    drafts.push({
      name: [message, milestone.kind, ...(to ? [slug(to.name)] : [])].join('-'),
      mail: await renderer.draft({
        application,
        milestone,
        interview,
        context: contextAt(new Date(milestone.due)),
      }),
      kind: milestone.kind,
      recipient: milestone.kind === 'thank-you' ? milestone.interviewer : writer,
      interview,
    });
  }
  drafts.push({
    name: `${message}-rejection-reply`,
    mail: await renderer.employerReply({
      kind: 'rejection-reply',
      application,
      interview,
      recipient: writer,
      context: contextAt(new Date(Date.parse(interviewReading.start) + 7 * DAY)),
    }),
    kind: 'rejection-reply',
    recipient: writer,
    interview,
  });
  return drafts;
}
