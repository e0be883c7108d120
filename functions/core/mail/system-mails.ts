// Mail rendering -> system mails: followup's own answers to the user (acknowledgment, status, help,
// confirmations, questions, the filter setup), each worded in system-views.ts and rendered as text
// and HTML from its template pair.
import type { ForwardingConfirmation } from '../filter-forwarding.ts';
import type { Application, Interview, Milestone } from '../model.ts';
import type { Reading } from '../reading.ts';
import { acknowledgmentFilter, filterMailView } from './filter-views.ts';
import {
  acknowledgmentView,
  type ChoiceOption,
  choiceView,
  commandView,
  type DigestNote,
  forgetRequestView,
  forgottenView,
  helpView,
  type RosterLine,
  readingNotes,
  rosterView,
  statusView,
  stopView,
  suggestionView,
  unconfirmedView,
  unreadableView,
} from './system-views.ts';
import { type LoadedTemplates, renderTextAndHtml } from './templates.ts';
import { formatLocal } from './time.ts';
import { type ComposedMail, composeMail, type MailContext } from './user-mail.ts';
import { applicationLine, positionOf } from './views.ts';

export interface SystemMails {
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
  /** A draft that may not have arrived (its send's answer was lost), and is not sent again. */
  unconfirmedDraft(input: {
    application: Application;
    milestone: Milestone;
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
  /**
   * Everything is deleted; the closed applications' plans ride along, cancelled, as an `.ics`.
   * `deleted` null: an earlier attempt deleted them, and how many is no longer known.
   */
  forgotten(input: {
    deleted: number | null;
    applications: Application[];
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
}

export function systemMails(templates: () => Promise<LoadedTemplates>): SystemMails {
  async function both(name: string, view: object): Promise<{ text: string; html: string }> {
    return renderTextAndHtml(await templates(), name, view);
  }

  return {
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
      return composeMail({ context, subject, text, html, application, calendar: [application] });
    },

    async unreadable({ missing, context }) {
      const view = unreadableView(missing);
      const subject = `I could not find ${view.missingPhrase}`;
      const { text, html } = await both('unreadable', { ...view, title: subject });
      return composeMail({ context, subject, text, html });
    },

    async unconfirmedDraft({ application, milestone, context }) {
      const view = unconfirmedView(application, milestone);
      const subject = `Did it arrive? ${view.what} (${view.application.label})`;
      const { text, html } = await both('unconfirmed', { ...view, title: subject });
      return composeMail({ context, subject, text, html, application });
    },

    async stopConfirmation({ application, context }) {
      const view = stopView(application);
      const subject = `Stopped: ${view.application.label}`;
      const { text, html } = await both('stop', { ...view, title: subject });
      return composeMail({ context, subject, text, html, application, calendar: [application] });
    },

    async status({ applications, digest, context }) {
      const view = statusView(applications, digest ?? null);
      const subject = `Status: ${view.countLine.replace(/:$/, '').toLowerCase()}`;
      const { text, html } = await both('status', { ...view, title: subject });
      return composeMail({ context, subject, text, html });
    },

    async help({ context, admin, welcome }) {
      const subject = welcome ? 'Welcome to followup: how to use it' : 'How to use followup';
      const { text, html } = await both('help', helpView(subject, admin === true));
      return composeMail({ context, subject, text, html });
    },

    async roster({ headline, summary, users, context }) {
      const subject = `Done: ${headline}`;
      const { text, html } = await both('roster', {
        ...rosterView(summary, users),
        title: subject,
      });
      return composeMail({ context, subject, text, html });
    },

    async commandConfirmation({ application, summary, planChanged, replanned, context }) {
      const view = commandView(application, summary, replanned);
      const subject = `Done: ${view.summary}${application ? ` (${view.application?.label})` : ''}`;
      const { text, html } = await both('command', { ...view, title: subject });
      const plans = application ? [application] : (replanned ?? []);
      return composeMail({
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
      return composeMail({ context, subject, text, html });
    },

    async suggestion({ command, application, context }) {
      const view = suggestionView(command);
      const position = application ? ` (${applicationLine(application).label})` : '';
      const subject = view.hasSuggestion
        ? `Did you mean: ${view.suggested}?${position}`
        : 'Yes to what? Nothing changed';
      const { text, html } = await both('suggestion', { ...view, title: subject });
      return composeMail({ context, subject, text, html, application });
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
      return composeMail({ context, subject, text, html });
    },

    async forgotten({ deleted, applications, context }) {
      const view = forgottenView(deleted, applications);
      const subject =
        deleted === 0
          ? 'Done: Deleted: your settings (you had no applications)'
          : `Done: Deleted: ${view.count}, your settings and every scheduled draft`;
      const { text, html } = await both('forgotten', { ...view, title: subject });
      return composeMail({
        context,
        subject,
        text,
        html,
        calendar: applications,
        calendarOptions: { withdrawn: true },
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
      return composeMail({ context, subject, text, html });
    },
  };
}
