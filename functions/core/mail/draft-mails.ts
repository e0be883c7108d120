// Mail rendering -> draft mails: the ready-to-send drafts (thank-you, follow-ups, close-out, replies
// to an employer, the LinkedIn message), each worded from its template, linted, and carried to
// the user with its `mailto:` and `.eml`.
import type { Application, Interview, Milestone, Person } from '../model.ts';
import { headerSafe } from './compose.ts';
import { type DraftKind, LINKEDIN_CHARACTER_LIMIT, lintDraft, slotSegments } from './lint.ts';
import {
  type DraftSegment,
  type EmployerReplyKind,
  employerReplyDeadline,
  employerReplyIntro,
  PADDED_COMMANDS,
} from './system-views.ts';
import { type LoadedTemplates, renderTextAndHtml, type TemplateName } from './templates.ts';
import { formatLocal } from './time.ts';
import {
  type ComposedMail,
  composeMail,
  type MailContext,
  type PreparedDraft,
  type RenderedDraft,
} from './user-mail.ts';
import {
  addresseesOf,
  checklistView,
  type DraftTemplateView,
  deadlineFor,
  draftFilename,
  draftTemplateView,
  formatPerson,
  interviewNotes,
  mailtoLink,
  normalPerson,
  panelPosition,
  positionOf,
  recipientOf,
  type SendByView,
} from './views.ts';

export interface DraftMails {
  /** Thank-you (per interviewer), follow-up-1, follow-up-2 and close-out. */
  draft(input: {
    application: Application;
    milestone: Milestone;
    interview: Interview;
    context: MailContext;
  }): Promise<ComposedMail>;
  /** A gracious reply to a rejection, a reply to a next-round invitation, or offer congratulations. */
  employerReply(input: {
    kind: EmployerReplyKind;
    application: Application;
    interview: Interview | null;
    /** Who wrote to the user; the interview's first interviewer when null. */
    recipient: Person | null;
    /**
     * An employer's answer always changes the plan (nudges cancelled, a new round planned), so the
     * updated `.ics` rides along unless this is false.
     */
    planChanged?: boolean;
    context: MailContext;
  }): Promise<ComposedMail>;
  /** The short LinkedIn variant of the thank-you, when the user asks (`linkedin`). */
  linkedin(input: {
    application: Application;
    interview: Interview;
    recipient: Person | null;
    context: MailContext;
  }): Promise<ComposedMail>;
}

const DRAFT_KIND_OF_MILESTONE = {
  'thank-you': 'thank-you',
  'follow-up-1': 'follow-up-1',
  'follow-up-2': 'follow-up-2',
  'close-out': 'keep-in-touch',
} as const satisfies Record<Milestone['kind'], DraftKind>;

const DRAFT_NOUN: Record<DraftKind | EmployerReplyKind, string> = {
  'thank-you': 'thank-you note',
  'follow-up-1': 'first follow-up',
  'follow-up-2': 'second follow-up',
  'keep-in-touch': 'keep-in-touch note',
  'rejection-reply': 'gracious reply',
  'next-round-reply': 'reply to the next-round invitation',
  'offer-reply': 'reply to the offer',
  linkedin: 'LinkedIn message',
};

/** A draft as mail to the user names it, addressed: "thank-you note to Dana Lee". */
function draftTitle(kind: DraftKind | EmployerReplyKind, recipient: Person | null): string {
  const to = recipient ? ` to ${recipient.name.replace(/\s+/g, ' ').trim()}` : '';
  return `${DRAFT_NOUN[kind]}${to}`;
}

/** What a milestone's draft is called in mail to the user, addressed as the draft is. */
export function milestoneDraftTitle(application: Application, milestone: Milestone): string {
  const interview = application.interviews.find((i) => i.id === milestone.interviewId) ?? null;
  return draftTitle(DRAFT_KIND_OF_MILESTONE[milestone.kind], addresseesOf(milestone, interview).to);
}

/** How a copy the user asked for (`resend`) is marked, in its subject and above the draft. */
const COPY_MARK = 'sent again at your request';

/** Above a copy: what it is, and when the one that may not have arrived was mailed. */
function copyLine(milestone: Milestone, zone: string): string | null {
  const copy = milestone.unconfirmed?.resend;
  if (!copy) return null;
  const when = formatLocal(copy.mailedAt, zone);
  return `${COPY_MARK[0]?.toUpperCase()}${COPY_MARK.slice(1)}: the one I mailed you ${when} may not have arrived.`;
}

/** Tidy whitespace the way a person would have typed it; drafts are plain text. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A panel's thank-you wordings, by the member's place on it; the first is everyone else's. */
const THANK_YOU_VARIANTS = [
  'drafts/thank-you',
  'drafts/thank-you-2',
  'drafts/thank-you-3',
] as const satisfies readonly TemplateName[];

/**
 * The template a draft is worded from: a panel's second and third members get their own
 * thank-you, unless the user rewrote the thank-you and not its variants (theirs is for everyone).
 */
function templateFor(
  templates: LoadedTemplates,
  kind: DraftKind,
  interview: Interview | null,
  recipient: Person | null,
): TemplateName {
  if (kind !== 'thank-you') return `drafts/${kind}` as TemplateName;
  const variant =
    THANK_YOU_VARIANTS[panelPosition(interview, recipient) % THANK_YOU_VARIANTS.length] ??
    'drafts/thank-you';
  const own = (name: string) => templates.overridden.includes(`${name}.hbs`);
  return own('drafts/thank-you') && !own(variant) ? 'drafts/thank-you' : variant;
}

async function renderDraftText(
  templates: LoadedTemplates,
  kind: DraftKind,
  view: DraftTemplateView,
  name: TemplateName = `drafts/${kind}` as TemplateName,
): Promise<RenderedDraft> {
  const out = tidy(await templates.render(name, view));
  if (kind === 'linkedin') return { subject: '', text: out.replace(/\s+/g, ' ') };
  const match = /^Subject:([^\n]*)\n+/.exec(out);
  if (!match) return { subject: '', text: out };
  return { subject: headerSafe(match[1] ?? ''), text: out.slice(match[0].length) };
}

function paragraphs(text: string): DraftSegment[][][] {
  return text.split(/\n{2,}/).map((paragraph) => paragraph.split('\n').map(slotSegments));
}

function recipientLine(recipient: Person | null): string {
  if (!recipient) return '(add the recipient)';
  if (!recipient.email)
    return `${formatPerson(recipient)} (address unknown: add it before sending)`;
  return formatPerson(recipient);
}

function lintIgnores(view: DraftTemplateView): string[] {
  return [
    view.company,
    view.role,
    view.interviewerName,
    view.firstName,
    view.senderName,
    view.senderFirstName,
  ].filter((value): value is string => Boolean(value));
}

async function prepareDraft(
  templates: LoadedTemplates,
  stockPhrases: readonly string[] | undefined,
  input: {
    kind: DraftKind;
    application: Application;
    interview: Interview | null;
    recipient: Person | null;
    cc?: Person[];
    context: MailContext;
    deadline: { sendBy: SendByView | null; why: string };
    /** The line marking a copy the user asked for (see `copyLine`). */
    copy?: string | null;
  },
): Promise<PreparedDraft> {
  const { kind, application, recipient } = input;
  const cc = (input.cc ?? []).filter((person) => person.email);
  const view = draftTemplateView({
    application,
    interview: input.interview,
    recipient,
    senderAddress: input.context.to,
  });
  const rendered = await renderDraftText(
    templates,
    kind,
    view,
    templateFor(templates, kind, input.interview, recipient),
  );
  const lint = lintDraft(kind, rendered.text, interviewNotes(application), {
    ignore: lintIgnores(view),
    stockPhrases,
  });
  return {
    rendered,
    recipient,
    cc,
    lint,
    block: {
      copy: input.copy ?? null,
      ...input.deadline,
      draft: {
        to: recipientLine(recipient),
        cc: cc.length > 0 ? cc.map(recipientLine).join(', ') : null,
        bcc: input.context.sentCopyTo ?? null,
        subject: rendered.subject,
        text: rendered.text,
        filename: draftFilename(kind, recipient?.name ?? null),
        paragraphs: paragraphs(rendered.text),
      },
      mailto: mailtoLink(
        recipient?.email ?? null,
        rendered.subject,
        rendered.text,
        cc.flatMap((person) => (person.email ? [person.email] : [])),
        input.context.sentCopyTo ?? null,
      ),
      checklist: checklistView(lint),
    },
  };
}

function parenthetical(application: Application, interview: Interview | null): string {
  const label = positionOf(application, interview).label;
  return label ? ` (${label})` : '';
}

export function draftMails(options: {
  templates: () => Promise<LoadedTemplates>;
  /** The deployment's own stock phrases, flagged in drafts besides the built-in list. */
  stockPhrases: readonly string[] | undefined;
}): DraftMails {
  const { templates, stockPhrases } = options;
  return {
    async draft({ application, milestone, interview, context }) {
      const loadedTemplates = await templates();
      const kind = DRAFT_KIND_OF_MILESTONE[milestone.kind];
      const { to: recipient, cc } = addresseesOf(milestone, interview);
      const copy = copyLine(milestone, application.timezone);
      const prepared = await prepareDraft(loadedTemplates, stockPhrases, {
        kind,
        application,
        interview,
        recipient,
        cc,
        context,
        deadline: deadlineFor({
          kind,
          application,
          interview,
          milestone,
          recipient,
          now: context.now,
        }),
        copy,
      });
      const position = parenthetical(application, interview);
      const isCloseOut = milestone.kind === 'close-out';
      const label = positionOf(application, interview).label || 'your application';
      const subject = `${
        isCloseOut
          ? `Closed: ${label} (an optional keep-in-touch note inside)`
          : `Ready to send: ${draftTitle(kind, recipient)}${position}`
      }${copy ? ` (${COPY_MARK})` : ''}`;
      const view = {
        title: subject,
        heading: isCloseOut ? `Closed: ${label}` : subject,
        ...prepared.block,
        commands: PADDED_COMMANDS,
      };
      const name = isCloseOut ? 'close-out' : 'draft';
      return composeMail({
        context,
        subject,
        ...(await renderTextAndHtml(loadedTemplates, name, view)),
        application,
        draft: prepared,
      });
    },

    async employerReply({ kind, application, interview, recipient, planChanged, context }) {
      const loadedTemplates = await templates();
      const to = normalPerson(recipient) ?? recipientOf(null, interview);
      const prepared = await prepareDraft(loadedTemplates, stockPhrases, {
        kind,
        application,
        interview,
        recipient: to,
        context,
        deadline: employerReplyDeadline(kind, context.now, application.timezone),
      });
      const label = positionOf(application, interview);
      const company = label.company ?? 'the employer';
      const subject =
        kind === 'offer-reply'
          ? `Congratulations on the offer from ${company}! (a reply draft inside)`
          : kind === 'rejection-reply'
            ? `Ready to send: a gracious reply to ${company}${label.role ? ` (${label.role})` : ''}`
            : `Ready to send: ${DRAFT_NOUN[kind]}${parenthetical(application, interview)}`;
      const view = {
        title: subject,
        heading: subject,
        intro: employerReplyIntro(kind, company),
        ...prepared.block,
        commands: PADDED_COMMANDS,
      };
      return composeMail({
        context,
        subject,
        ...(await renderTextAndHtml(loadedTemplates, 'employer-reply', view)),
        application,
        draft: prepared,
        ...(planChanged === false ? {} : { calendar: [application] }),
      });
    },

    async linkedin({ application, interview, recipient, context }) {
      const loadedTemplates = await templates();
      const to = normalPerson(recipient) ?? recipientOf(null, interview);
      const view = draftTemplateView({
        application,
        interview,
        recipient: to,
        senderAddress: context.to,
      });
      const message = (await renderDraftText(loadedTemplates, 'linkedin', view)).text;
      const lint = lintDraft('linkedin', message, interviewNotes(application), {
        ignore: lintIgnores(view),
        stockPhrases,
      });
      const subject = `Ready to send: LinkedIn message${to ? ` to ${view.interviewerName}` : ''}${parenthetical(application, interview)}`;
      const mailView = {
        title: subject,
        heading: subject,
        message,
        characters: [...message].length,
        limit: LINKEDIN_CHARACTER_LIMIT,
        recipient: view.interviewerName ?? 'your interviewer',
        checklist: checklistView(lint),
        commands: PADDED_COMMANDS,
      };
      return composeMail({
        context,
        subject,
        ...(await renderTextAndHtml(loadedTemplates, 'linkedin', mailView)),
        application,
        lint,
      });
    },
  };
}
