// Mail rendering -> the renderer use-cases call: domain data in, a composed MIME message out. Views
// are worded in views.ts, drafts are linted before they are shown, templates are loaded once per
// container (templates.ts) and every message is built by MailComposer (compose.ts).
import type { ForwardingConfirmation } from '../filter-forwarding.ts';
import type { Application, Interview, Milestone, Person } from '../model.ts';
import type { TemplateSource } from '../ports.ts';
import type { Reading } from '../reading.ts';
import { type CalendarOptions, plansCalendar } from './calendar.ts';
import { composeDraftEml, composeUserMail, headerSafe } from './compose.ts';
import { acknowledgmentFilter, filterMailView } from './filter-views.ts';
import {
  type DraftKind,
  LINKEDIN_CHARACTER_LIMIT,
  type LintResult,
  lintDraft,
  slotSegments,
} from './lint.ts';
import { sampleViews } from './samples.ts';
import {
  acknowledgmentView,
  type ChoiceOption,
  choiceView,
  commandView,
  type DigestNote,
  type DraftBlock,
  type DraftSegment,
  type EmployerReplyKind,
  employerReplyDeadline,
  employerReplyIntro,
  forgetRequestView,
  forgottenView,
  helpView,
  PADDED_COMMANDS,
  type RosterLine,
  readingNotes,
  rosterView,
  statusView,
  stopView,
  suggestionView,
  unreadableView,
} from './system-views.ts';
import {
  type LoadedTemplates,
  loadTemplates,
  type OverrideRejection,
  type TemplateName,
} from './templates.ts';
import { formatLocal } from './time.ts';
import {
  addresseesOf,
  applicationLine,
  checklistView,
  type DraftTemplateView,
  deadlineFor,
  draftFilename,
  draftTemplateView,
  formatPerson,
  interviewNotes,
  mailtoLink,
  normalPerson,
  positionOf,
  recipientOf,
  type SendByView,
} from './views.ts';

export type { ChoiceOption, DigestNote, EmployerReplyKind };

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

export interface MailRenderer {
  /** Thank-you (per interviewer), follow-up-1, follow-up-2 and close-out. */
  draft(input: {
    application: Application;
    milestone: Milestone;
    interview: Interview;
    context: MailContext;
  }): Promise<ComposedMail>;
  acknowledgment(input: {
    application: Application;
    interview: Interview;
    missing: string[];
    /** The reading the interview came from: what it inferred is told, with where from. */
    reading?: Reading;
    context: MailContext;
  }): Promise<ComposedMail>;
  unreadable(input: { missing: string[]; context: MailContext }): Promise<ComposedMail>;
  stopConfirmation(input: {
    application: Application;
    context: MailContext;
  }): Promise<ComposedMail>;
  /** Every open application and its next dates (`status`), or the same as the weekly digest. */
  status(input: {
    applications: Application[];
    /** Sent unasked as the weekly digest: it says so, and when the next one comes. */
    digest?: DigestNote | null;
    context: MailContext;
  }): Promise<ComposedMail>;
  /**
   * Every command, explained. `admin`: with the admin commands (nobody else sees them);
   * `welcome`: the first mail to a user an admin just allowed.
   */
  help(input: { context: MailContext; admin?: boolean; welcome?: boolean }): Promise<ComposedMail>;
  /** The answer to an admin command (`allow`, `revoke`, `users`): what was done, and who may use followup. */
  roster(input: {
    headline: string;
    summary: string;
    users: readonly RosterLine[];
    context: MailContext;
  }): Promise<ComposedMail>;
  commandConfirmation(input: {
    application: Application | null;
    summary: string;
    /** The plan moved: attach the updated `.ics`. */
    planChanged?: boolean;
    /**
     * With no single application (`set timezone`, `set hours`): the applications whose plans the
     * change moved, listed with their new dates and, with `planChanged`, in the `.ics`.
     */
    replanned?: Application[];
    context: MailContext;
  }): Promise<ComposedMail>;
  /**
   * "Which application?": a numbered list to answer from (`stop 2`), for a command sent to the
   * bare intake or a forwarded reply that matched none or several applications.
   */
  choice(input: {
    /** The heading and subject: `Which application should stop act on?`. */
    question: string;
    /** Said first, e.g. why the last answer did not work. */
    note?: string | null;
    /** In the stored list's order; `choiceOption(application, n)` words one. */
    options: ChoiceOption[];
    /** The command the user sends back with the number (`stop`, `heard back`); null: the number alone. */
    command: string | null;
    /** The answer shown as the example (`snooze 1 3d`); by default the command and the first number. */
    example?: string | null;
    context: MailContext;
  }): Promise<ComposedMail>;
  /**
   * "Did you mean `stop`? Reply yes": for a reply that only looks like a command; with `command`
   * null, the answer to a `yes` nothing was waiting for.
   */
  suggestion(input: {
    command: string | null;
    application: Application | null;
    context: MailContext;
  }): Promise<ComposedMail>;
  /** `forget`: what would be deleted, and how to confirm (the reply address carries the nonce). */
  forgetRequest(input: {
    applications: Application[];
    /** When the confirmation stops being valid (ISO-8601). */
    expiresAt: string;
    /** The user's zone, to show the deadline in. */
    timezone: string;
    /** A second `forget` while the first is pending: the same request. */
    repeated: boolean;
    context: MailContext;
  }): Promise<ComposedMail>;
  /** Everything is deleted; the closed applications' plans ride along, cancelled, as an `.ics`. */
  forgotten(input: {
    deleted: number;
    applications: Application[];
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
  /**
   * The filter address and the filter to create per open application (`filter`); with a
   * confirmation, a provider's forwarding confirmation relayed for the user to confirm.
   */
  filterSetup(input: {
    applications: Application[];
    confirmation: ForwardingConfirmation | null;
    context: MailContext;
  }): Promise<ComposedMail>;
  /** Which override files were taken and which were rejected (and why). */
  templateReport(): Promise<{ overridden: string[]; rejected: OverrideRejection[] }>;
}

export interface MailRendererOptions {
  /** The built-in templates. */
  templates: TemplateSource;
  /** The user's templates, laid out like the built-ins; each is validated at load. */
  overrides?: TemplateSource;
  /** Told about every rejected override once, when the templates are loaded. */
  onOverrideRejected?: (rejection: OverrideRejection) => void;
  /** The deployment's own stock phrases, flagged in drafts besides the built-in list. */
  stockPhrases?: readonly string[];
}

const loaded = new Map<string, Promise<LoadedTemplates>>();

function templatesFor(options: MailRendererOptions): Promise<LoadedTemplates> {
  const key = `${options.templates.where}\n${options.overrides?.where ?? ''}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const loading = loadTemplates({
    templates: options.templates,
    overrides: options.overrides,
    samples: sampleViews(),
  });
  loaded.set(key, loading);
  loading.then(
    (templates) => {
      const report =
        options.onOverrideRejected ??
        ((rejection: OverrideRejection) =>
          console.warn(
            JSON.stringify({
              level: 'WARN',
              message: 'template override rejected; using the built-in one',
              file: rejection.file,
              reason: rejection.reason,
            }),
          ));
      for (const rejection of templates.rejected) report(rejection);
    },
    // A failed load is not cached: the next mail tries again.
    () => loaded.delete(key),
  );
  return loading;
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

interface RenderedDraft {
  subject: string;
  text: string;
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

/** System mails keep the `-- ` signature line; only runs of blank lines are folded. */
function tidyMail(text: string): string {
  return `${text
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function renderDraftText(
  templates: LoadedTemplates,
  kind: DraftKind,
  view: DraftTemplateView,
): RenderedDraft {
  const out = tidy(templates.render(`drafts/${kind}` as TemplateName, view));
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

interface PreparedDraft {
  block: DraftBlock;
  rendered: RenderedDraft;
  recipient: Person | null;
  /** In Cc of the `.eml` and the `mailto:` alike. */
  cc: Person[];
  lint: LintResult;
}

function prepareDraft(input: {
  templates: LoadedTemplates;
  stockPhrases: readonly string[] | undefined;
  kind: DraftKind;
  application: Application;
  interview: Interview | null;
  recipient: Person | null;
  cc?: Person[];
  context: MailContext;
  deadline: { sendBy: SendByView | null; why: string };
}): PreparedDraft {
  const { kind, application, recipient } = input;
  const cc = (input.cc ?? []).filter((person) => person.email);
  const view = draftTemplateView({
    application,
    interview: input.interview,
    recipient,
    senderAddress: input.context.to,
  });
  const rendered = renderDraftText(input.templates, kind, view);
  const lint = lintDraft(kind, rendered.text, interviewNotes(application), {
    ignore: lintIgnores(view),
    stockPhrases: input.stockPhrases,
  });
  return {
    rendered,
    recipient,
    cc,
    lint,
    block: {
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

export function createMailRenderer(options: MailRendererOptions): MailRenderer {
  const templates = () => templatesFor(options);

  async function send(input: {
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

  async function both(
    name: string,
    view: object,
  ): Promise<{ text: string; html: string; templates: LoadedTemplates }> {
    const loadedTemplates = await templates();
    return {
      text: loadedTemplates.render(`mail/${name}.text` as TemplateName, view),
      html: loadedTemplates.render(`mail/${name}.html` as TemplateName, view),
      templates: loadedTemplates,
    };
  }

  return {
    async draft({ application, milestone, interview, context }) {
      const loadedTemplates = await templates();
      const kind = DRAFT_KIND_OF_MILESTONE[milestone.kind];
      const { to: recipient, cc } = addresseesOf(milestone, interview);
      const prepared = prepareDraft({
        templates: loadedTemplates,
        stockPhrases: options.stockPhrases,
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
      });
      const position = parenthetical(application, interview);
      const to = recipient ? ` to ${recipient.name.replace(/\s+/g, ' ').trim()}` : '';
      const isCloseOut = milestone.kind === 'close-out';
      const label = positionOf(application, interview).label || 'your application';
      const subject = isCloseOut
        ? `Closed: ${label} (an optional keep-in-touch note inside)`
        : `Ready to send: ${DRAFT_NOUN[kind]}${to}${position}`;
      const view = {
        title: subject,
        heading: isCloseOut ? `Closed: ${label}` : subject,
        ...prepared.block,
        commands: PADDED_COMMANDS,
      };
      const name = isCloseOut ? 'close-out' : 'draft';
      return send({
        context,
        subject,
        text: loadedTemplates.render(`mail/${name}.text`, view),
        html: loadedTemplates.render(`mail/${name}.html`, view),
        application,
        draft: prepared,
      });
    },

    async acknowledgment({ application, interview, missing, reading, context }) {
      const notes = reading ? readingNotes(reading) : [];
      const view = {
        ...acknowledgmentView(application, interview, missing, notes),
        filter: acknowledgmentFilter(application, context.filterAddress),
      };
      const when = interview.start ? `, ${formatLocal(interview.start, interview.timezone)}` : '';
      const label = positionOf(application, interview);
      const what = label.company
        ? `interview with ${label.company}${label.role ? ` (${label.role})` : ''}`
        : `your ${label.role ? `${label.role} ` : ''}interview`;
      const subject =
        missing.length > 0 ? `Got it, with a question: ${what}` : `Got it: ${what}${when}`;
      const { text, html } = await both('acknowledgment', { ...view, title: subject });
      return send({ context, subject, text, html, application, calendar: [application] });
    },

    async unreadable({ missing, context }) {
      const view = unreadableView(missing);
      const subject = `I could not find ${view.missingPhrase}`;
      const { text, html } = await both('unreadable', { ...view, title: subject });
      return send({ context, subject, text, html });
    },

    async stopConfirmation({ application, context }) {
      const view = stopView(application);
      const subject = `Stopped: ${view.application.label}`;
      const { text, html } = await both('stop', { ...view, title: subject });
      return send({ context, subject, text, html, application, calendar: [application] });
    },

    async status({ applications, digest, context }) {
      const view = statusView(applications, digest ?? null);
      const subject = `Status: ${view.countLine.replace(/:$/, '').toLowerCase()}`;
      const { text, html } = await both('status', { ...view, title: subject });
      return send({ context, subject, text, html });
    },

    async help({ context, admin, welcome }) {
      const subject = welcome ? 'Welcome to followup: how to use it' : 'How to use followup';
      const { text, html } = await both('help', helpView(subject, admin === true));
      return send({ context, subject, text, html });
    },

    async roster({ headline, summary, users, context }) {
      const subject = `Done: ${headline}`;
      const { text, html } = await both('roster', {
        ...rosterView(summary, users),
        title: subject,
      });
      return send({ context, subject, text, html });
    },

    async commandConfirmation({ application, summary, planChanged, replanned, context }) {
      const view = commandView(application, summary, replanned);
      const subject = `Done: ${view.summary}${application ? ` (${view.application?.label})` : ''}`;
      const { text, html } = await both('command', { ...view, title: subject });
      const plans = application ? [application] : (replanned ?? []);
      return send({
        context,
        subject,
        text,
        html,
        application,
        ...(planChanged === true ? { calendar: plans } : {}),
      });
    },

    async choice({ question, note, options, command, example, context }) {
      const view = choiceView({ question, note: note ?? null, options, command, example });
      const subject = view.question;
      const { text, html } = await both('choice', { ...view, title: subject });
      return send({ context, subject, text, html });
    },

    async suggestion({ command, application, context }) {
      const view = suggestionView(command);
      const position = application ? ` (${applicationLine(application).label})` : '';
      const subject = view.hasSuggestion
        ? `Did you mean: ${view.suggested}?${position}`
        : 'Yes to what? Nothing changed';
      const { text, html } = await both('suggestion', { ...view, title: subject });
      return send({ context, subject, text, html, application });
    },

    async forgetRequest({ applications, expiresAt, timezone, repeated, context }) {
      const view = forgetRequestView({
        applications,
        expiresAt,
        timezone,
        repeated,
        now: context.now,
      });
      const subject = 'Confirm: delete everything followup keeps about you?';
      const { text, html } = await both('forget-request', { ...view, title: subject });
      return send({ context, subject, text, html });
    },

    async forgotten({ deleted, applications, context }) {
      const view = forgottenView(deleted, applications);
      const subject =
        deleted > 0
          ? `Done: Deleted: ${view.count}, your settings and every scheduled draft`
          : 'Done: Deleted: your settings (you had no applications)';
      const { text, html } = await both('forgotten', { ...view, title: subject });
      return send({
        context,
        subject,
        text,
        html,
        calendar: applications,
        calendarOptions: { withdrawn: true },
      });
    },

    async employerReply({ kind, application, interview, recipient, planChanged, context }) {
      const loadedTemplates = await templates();
      const to = normalPerson(recipient) ?? recipientOf(null, interview);
      const prepared = prepareDraft({
        templates: loadedTemplates,
        stockPhrases: options.stockPhrases,
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
      return send({
        context,
        subject,
        text: loadedTemplates.render('mail/employer-reply.text', view),
        html: loadedTemplates.render('mail/employer-reply.html', view),
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
      const message = renderDraftText(loadedTemplates, 'linkedin', view).text;
      const lint = lintDraft('linkedin', message, interviewNotes(application), {
        ignore: lintIgnores(view),
        stockPhrases: options.stockPhrases,
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
      return send({
        context,
        subject,
        text: loadedTemplates.render('mail/linkedin.text', mailView),
        html: loadedTemplates.render('mail/linkedin.html', mailView),
        application,
        lint,
      });
    },

    async filterSetup({ applications, confirmation, context }) {
      const address = context.filterAddress;
      if (!address) throw new Error('a filter mail needs the user’s filter address');
      const view = filterMailView({ address, applications, confirmation });
      const subject = confirmation
        ? `Confirm ${confirmation.provider} forwarding: code ${view.confirmation?.code}`
        : `Your filter address: ${address}`;
      const { text, html } = await both('filter', { ...view, title: subject });
      return send({ context, subject, text, html });
    },

    async templateReport() {
      const { overridden, rejected } = await templates();
      return { overridden: [...overridden], rejected: [...rejected] };
    },
  };
}

/**
 * A renderer that is only known on first use (its templates are fetched then): each call awaits
 * `current()` and hands over to the renderer it returns, so entry points stay synchronous.
 */
export function deferredMailRenderer(current: () => Promise<MailRenderer>): MailRenderer {
  return {
    draft: async (input) => (await current()).draft(input),
    acknowledgment: async (input) => (await current()).acknowledgment(input),
    unreadable: async (input) => (await current()).unreadable(input),
    stopConfirmation: async (input) => (await current()).stopConfirmation(input),
    status: async (input) => (await current()).status(input),
    help: async (input) => (await current()).help(input),
    roster: async (input) => (await current()).roster(input),
    commandConfirmation: async (input) => (await current()).commandConfirmation(input),
    choice: async (input) => (await current()).choice(input),
    suggestion: async (input) => (await current()).suggestion(input),
    forgetRequest: async (input) => (await current()).forgetRequest(input),
    forgotten: async (input) => (await current()).forgotten(input),
    employerReply: async (input) => (await current()).employerReply(input),
    linkedin: async (input) => (await current()).linkedin(input),
    filterSetup: async (input) => (await current()).filterSetup(input),
    templateReport: async () => (await current()).templateReport(),
  };
}
