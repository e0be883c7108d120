// Mail rendering -> one mail to the user: what every mail knows of its sending (MailContext), what a
// rendered mail is (ComposedMail), and how a worded view, its draft and its plan become MIME.
import type { Application, Person } from '../model.ts';
import { type CalendarOptions, plansCalendar } from './calendar.ts';
import { composeDraftEml, composeUserMail, headerSafe } from './compose.ts';
import type { LintResult } from './lint.ts';
import type { DraftBlock } from './system-views.ts';

export interface MailContext {
  /** Our sending address. */
  from: string;
  /** The user. */
  to: string;
  /** The application's reply address (or the intake when there is no application). */
  replyTo: string;
  now: Date;
  messageIdDomain: string;
  /** The user's filter address (mail their provider forwards from employers), when they have one. */
  filterAddress?: string;
  /** The application's signed address: Bcc of every draft, so the user's sent copy comes back. */
  sentCopyTo?: string;
  /** The signed stop address named in List-Unsubscribe. */
  unsubscribe?: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
  raw: Uint8Array;
  /** Without the angle brackets. */
  messageId: string;
  /** For mail carrying a draft: the linter's verdict, as the checklist in the mail shows it. */
  lint?: LintResult;
  /** For mail carrying a draft: its recipient and subject, to recognise the user's sent copy. */
  draft?: { to: string | null; subject: string };
}

export interface RenderedDraft {
  subject: string;
  text: string;
}

/** A draft worded, linted and laid out for the mail that carries it. */
export interface PreparedDraft {
  block: DraftBlock;
  rendered: RenderedDraft;
  recipient: Person | null;
  /** In Cc of the `.eml` and the `mailto:` alike. */
  cc: Person[];
  lint: LintResult;
}

/** System mails keep the `-- ` signature line; only runs of blank lines are folded. */
function tidyMail(text: string): string {
  return `${text
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** The mail to the user: its text and HTML, with the draft's `.eml` and the plan's `.ics` attached. */
export async function composeMail(input: {
  context: MailContext;
  subject: string;
  text: string;
  html: string;
  application?: Application | null;
  draft?: PreparedDraft;
  lint?: LintResult;
  /** Attach these applications' milestones as an `.ics` (the plan is new or changed). */
  calendar?: readonly Application[];
  calendarOptions?: CalendarOptions;
}): Promise<ComposedMail> {
  const { context } = input;
  const subject = headerSafe(input.subject);
  const draft = input.draft;
  const lint = input.lint ?? draft?.lint;
  const attachment = draft
    ? {
        filename: draft.block.draft.filename,
        raw: await composeDraftEml(
          {
            to: draft.recipient?.email
              ? { name: draft.recipient.name, address: draft.recipient.email }
              : null,
            cc: draft.cc.flatMap((person) =>
              person.email ? [{ name: person.name, address: person.email }] : [],
            ),
            ...(context.sentCopyTo ? { bcc: context.sentCopyTo } : {}),
            subject: draft.rendered.subject,
            text: draft.rendered.text,
          },
          context.now,
          context.messageIdDomain,
        ),
      }
    : undefined;
  const text = tidyMail(input.text);
  const { raw, messageId } = await composeUserMail({
    from: context.from,
    to: context.to,
    replyTo: context.replyTo,
    subject,
    text,
    html: input.html,
    date: context.now,
    messageIdDomain: context.messageIdDomain,
    ...(context.unsubscribe ? { unsubscribe: context.unsubscribe } : {}),
    ...(input.application ? { references: input.application.threadMessageIds } : {}),
    ...(attachment ? { draftAttachment: attachment } : {}),
    ...(input.calendar?.some((application) => application.milestones.length > 0)
      ? {
          calendarAttachment: {
            filename: 'followup-plan.ics',
            ics: plansCalendar(input.calendar, context.now, input.calendarOptions),
          },
        }
      : {}),
  });
  return {
    subject,
    text,
    html: input.html,
    raw,
    messageId,
    ...(lint ? { lint } : {}),
    ...(draft
      ? {
          draft: {
            to: draft.recipient?.email?.toLowerCase() ?? null,
            subject: draft.rendered.subject,
          },
        }
      : {}),
  };
}
