// Mail rendering -> views of the system mails (acknowledgment, unreadable, stop, status and the
// weekly digest, help, command confirmations, "which application?", forget) and of the
// employer-reply mails: the words around the templates.
import { copyAsked, copyHeld, nextPending, owesCopy } from '../application.ts';
import { dateFormatter } from '../date-formatters.ts';
import type { Application, FilteredUnmatched, Interview, Milestone } from '../model.ts';
import type { Reading } from '../reading.ts';
import { formatLocal } from './time.ts';
import {
  ADMIN_HELP_SECTION,
  answersFor,
  applicationLine,
  type ChecklistView,
  COMMANDS,
  CORRECTION_EXAMPLES,
  type CommandEntry,
  HELP_SECTIONS,
  milestoneLabel,
  NUMBERED_EXAMPLE,
  pendingTimeline,
  type SendByView,
  sentTimeline,
  type TimelineItem,
  understoodLines,
} from './views.ts';

export type EmployerReplyKind = 'rejection-reply' | 'next-round-reply' | 'offer-reply';

export interface PaddedCommand extends CommandEntry {
  /**
   * The command padded to the meaning column of the text part; one too long for the column ends
   * its line, and its meaning starts the next one at the column.
   */
  padded: string;
  /** Too long for the command column: the meaning goes under it (text) or in the next row (HTML). */
  wide: boolean;
}

function padded(entries: readonly CommandEntry[], column: number): PaddedCommand[] {
  return entries.map((entry) => {
    const wide = entry.command.length >= column;
    return {
      ...entry,
      padded: wide ? `${entry.command}\n${' '.repeat(column + 2)}` : entry.command.padEnd(column),
      wide,
    };
  });
}

/** The commands footer, with the command column padded for the text part. */
export const PADDED_COMMANDS = padded(
  COMMANDS,
  Math.max(...COMMANDS.map((entry) => entry.command.length)) + 1,
);

/** Commands in the help mail: long examples wrap rather than push every meaning to the right. */
const HELP_COLUMN = 19;

export interface DraftSegment {
  text: string;
  slot: boolean;
}

/** What the draft partials show around a draft. */
export interface DraftBlock {
  /** A copy the user asked for (`resend`): the line that says so; null for any other draft. */
  copy: string | null;
  sendBy: SendByView | null;
  why: string;
  draft: {
    to: string;
    /** Copied recipients (a follow-up's interviewers), or null. */
    cc: string | null;
    /** followup's signed address, in Bcc so that the sent mail's copy comes back; or null. */
    bcc: string | null;
    subject: string;
    text: string;
    filename: string;
    /** Paragraphs of lines of segments; a `slot` segment is a blank the user fills in. */
    paragraphs: DraftSegment[][][];
  };
  mailto: string;
  checklist: ChecklistView;
}

export function employerReplyDeadline(
  kind: EmployerReplyKind,
  now: Date,
  zone: string,
): { sendBy: SendByView | null; why: string } {
  const inOneDay = new Date(now.getTime() + 86_400_000).toISOString();
  const sendBy = {
    when: formatLocal(inOneDay, zone),
    relative: 'tomorrow',
    late: false,
  };
  switch (kind) {
    case 'rejection-reply':
      return {
        sendBy,
        why: 'A gracious answer within a day leaves the door open: hiring teams remember who took a no well.',
      };
    case 'next-round-reply':
      return {
        sendBy,
        why: 'Answering an invitation quickly keeps the process moving and shows interest.',
      };
    case 'offer-reply':
      return {
        sendBy,
        why: 'A prompt thank-you confirms you received the offer and buys you time to review it calmly.',
      };
  }
}

export function employerReplyIntro(kind: EmployerReplyKind, company: string): string[] {
  switch (kind) {
    case 'rejection-reply':
      return [
        `${company} said no this time. The pending follow-ups for this application are cancelled.`,
        'A short, gracious reply keeps the relationship: here is one, ready to send.',
      ];
    case 'next-round-reply':
      return [
        `${company} invited you to a next round: well done. The follow-ups for the last round are cancelled; once the new interview's time is known, its drafts are planned as usual.`,
        'Here is a reply, ready to send once you have filled in the times that suit you.',
      ];
    case 'offer-reply':
      return [
        `Congratulations: ${company} made you an offer! The application is closed, so no more nudges.`,
        'Here is a short thank-you that acknowledges the offer while you review it.',
      ];
  }
}

/** "Mountain Time (America/Denver)": a zone as people name it, with its IANA name. */
function zoneInWords(zone: string): string {
  try {
    const name = dateFormatter('en-US', { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value;
    return name && name !== zone ? `${name} (${zone})` : zone;
  } catch {
    return zone;
  }
}

/**
 * What the reader inferred rather than read outright, each with where it came from, so the user
 * can tell a guess from a fact and correct it: the zone from an office in a signature, the
 * user's own zone when the mail names none, the time from the user's note, and a note's time the
 * mail overrules.
 */
export function readingNotes(reading: Reading): string[] {
  const interview = reading.interview;
  if (!interview?.start || !interview.timezone) return [];
  const zone = zoneInWords(interview.timezone);
  const notes: string[] = [];
  const fix = 'reply `time: …` if that is wrong';
  if (reading.sources?.start === 'user-note')
    notes.push(
      `The time comes from your note above the forward, not from the forwarded mail; ${fix}.`,
    );
  if (reading.disputed?.start)
    notes.push(
      `Your note above the forward says “${reading.disputed.start}”, which is not what the mail gives: it names its own time zone, so I went by the mail; reply \`time: …\` if your note is right.`,
    );
  if (reading.sources?.timezone === 'signature')
    notes.push(
      `Time zone ${zone}: the mail names none, so I took it from ${reading.evidence?.timezone ?? "the sender's signature"}; ${fix}.`,
    );
  if (reading.sources?.timezone === 'venue')
    notes.push(
      `Time zone ${zone}: the mail names none, and the interview is in person at ${reading.evidence?.timezone ?? 'the address it gives'}; ${fix}.`,
    );
  if (reading.sources?.timezone === 'user-settings')
    notes.push(`Time zone ${zone}: the mail names none, so I assumed your own; ${fix}.`);
  return notes;
}

export function acknowledgmentView(
  application: Application,
  interview: Interview,
  missing: string[],
  notes: string[] = [],
) {
  const understood = understoodLines(application, interview);
  const width = Math.max(...understood.map((line) => line.label.length)) + 1;
  const answers = answersFor(missing);
  return {
    understood: understood.map((line) => ({ ...line, padded: `${line.label}:`.padEnd(width + 1) })),
    timeline: pendingTimeline(application),
    missing: [...missing],
    hasMissing: missing.length > 0,
    missingOne: missing.length === 1,
    notes: [...notes],
    answers,
    corrections: CORRECTION_EXAMPLES,
    commands: PADDED_COMMANDS,
  };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text[0]?.toLowerCase()}${text.slice(1)}` : text;
}

function missingPhrase(missing: readonly string[]): string {
  const items = missing
    .map((item) => lowerFirst(item.replace(/\s+/g, ' ').trim()))
    .filter(Boolean)
    .map((item) => (/^(the|a|an|your|its)\s/i.test(item) ? item : `the ${item}`));
  if (items.length === 0) return 'the interview details';
  if (items.length === 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export function unreadableView(missing: string[]) {
  const answers = answersFor(missing.length > 0 ? missing : ['interview time']);
  return {
    missing: missing.length > 0 ? [...missing] : ['the interview time'],
    missingPhrase: missingPhrase(missing),
    answers,
    answerOne: answers.length === 1,
    commands: PADDED_COMMANDS,
  };
}

/**
 * "Did you mean `stop`?" for a reply that only looks like a command, or, with no command, the
 * answer to a `yes` that nothing was waiting for.
 */
export function suggestionView(command: string | null) {
  const suggested = oneLine(command);
  return {
    suggested,
    hasSuggestion: suggested.length > 0,
    commands: PADDED_COMMANDS,
  };
}

export function stopView(application: Application) {
  const cancelled: TimelineItem[] = application.milestones
    .filter((milestone) => milestone.state === 'CANCELLED')
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due))
    .map((milestone) => ({
      what: milestoneLabel(milestone.kind, milestone.interviewer),
      when: formatLocal(milestone.due, milestone.timezone),
    }));
  return {
    application: applicationLine(application),
    cancelled,
    hasCancelled: cancelled.length > 0,
    commands: PADDED_COMMANDS,
  };
}

/** The weekly digest is the status, unasked: it says so, and when the next one comes. */
export interface DigestNote {
  /** When the next digest is due (ISO-8601), or null when none is planned. */
  next: string | null;
  timezone: string;
  /** Filtered mail that matched no application since the last digest: one line about it. */
  filtered?: FilteredUnmatched | null;
}

function filteredLine(filtered: FilteredUnmatched | null | undefined): string | null {
  if (!filtered || filtered.count < 1) return null;
  const mails = filtered.count === 1 ? '1 mail' : `${filtered.count} mails`;
  const from = filtered.domains.length > 0 ? ` from ${filtered.domains.join(', ')}` : '';
  return `Your filter forwarded ${mails}${from} that matched none of your applications: nothing changed.`;
}

/**
 * Drafts mailed whose delivery could not be confirmed: the user is to look for them, or ask for a
 * copy (`resend`), unless one is on its way or waits for `resume` (`copyHeld`). A copy being
 * mailed is on its way, held or not: a pause saved meanwhile holds it only should it be refused.
 */
function unconfirmedTimeline(
  application: Application,
): (TimelineItem & { copyOwed: boolean; copyHeld: boolean })[] {
  return application.milestones
    .filter((milestone) => milestone.unconfirmed)
    .map((milestone) => {
      const held = owesCopy(milestone) && copyHeld(application, milestone);
      return {
        what: milestoneLabel(milestone.kind, milestone.interviewer),
        when: formatLocal(milestone.sentAt ?? milestone.due, application.timezone),
        copyOwed: copyAsked(milestone) && !held,
        copyHeld: held,
      };
    });
}

/**
 * A draft was handed to the mail service and its answer lost: it may not have arrived, and is not
 * sent again unless the user asks (`resend`, see resend-decisions.ts). A thank-you the user has
 * not sent on also comes again with a `notes:` reply (see redraft-decisions.ts).
 */
export function unconfirmedView(application: Application, milestone: Milestone) {
  return {
    application: applicationLine(application),
    what: milestoneLabel(milestone.kind, milestone.interviewer),
    mailedAt: formatLocal(milestone.sentAt ?? milestone.due, application.timezone),
    canRedraft: milestone.kind === 'thank-you' && !milestone.userSentAt,
    isCloseOut: milestone.kind === 'close-out',
    commands: PADDED_COMMANDS,
  };
}

export function statusView(applications: Application[], digest: DigestNote | null = null) {
  const nextDue = (application: Application): number =>
    Date.parse(nextPending(application)?.due ?? '') || Number.POSITIVE_INFINITY;
  const lines = [...applications]
    .sort((a, b) => nextDue(a) - nextDue(b) || 0)
    .map((application) => ({
      ...applicationLine(application),
      paused: application.status === 'PAUSED',
      timeline: pendingTimeline(application),
      sent: sentTimeline(application),
      unconfirmed: unconfirmedTimeline(application),
    }));
  const count = lines.length;
  const countLine =
    count === 0 ? 'No open applications' : `${count} open application${count === 1 ? '' : 's'}:`;
  return {
    applications: lines,
    hasApplications: count > 0,
    countLine,
    digest: digest !== null,
    heading: digest
      ? `Your weekly digest: ${countLine.replace(/:$/, '').toLowerCase()}`
      : countLine.replace(/:$/, ''),
    nextDigest: digest?.next ? formatLocal(digest.next, digest.timezone) : null,
    filteredLine: filteredLine(digest?.filtered),
    commands: PADDED_COMMANDS,
  };
}

/** The help mail; an admin's lists the admin commands too, and nobody else's does. */
export function helpView(title: string, admin = false) {
  return {
    title,
    sections: [...HELP_SECTIONS, ...(admin ? [ADMIN_HELP_SECTION] : [])].map((section) => ({
      title: section.title,
      commands: padded(section.commands, HELP_COLUMN),
    })),
    numbered: NUMBERED_EXAMPLE,
    // The help lists every command already: no footer under it.
    commands: [],
  };
}

/** One address that may use followup, and why, as an admin reads the roster. */
export interface RosterLine {
  address: string;
  /** `admin, set at deploy time`, `allowed by coach@… on 2026-12-01 (UTC)`. */
  how: string;
}

/** The answer to an admin command: what was done, then everyone who may use followup. */
export function rosterView(summary: string, users: readonly RosterLine[]) {
  return {
    summary,
    users,
    count: users.length === 1 ? '1 address' : `${users.length} addresses`,
    commands: PADDED_COMMANDS,
  };
}

function planView(application: Application) {
  return { label: applicationLine(application).label, timeline: pendingTimeline(application) };
}

export function commandView(
  application: Application | null,
  summary: string,
  replanned: readonly Application[] = [],
) {
  const others = application
    ? []
    : replanned.filter((other) => other.status !== 'CLOSED').map(planView);
  return {
    summary: summary.replace(/\s+/g, ' ').trim() || 'done',
    application: application ? applicationLine(application) : null,
    timeline: application ? pendingTimeline(application) : [],
    replanned: others,
    hasReplanned: others.length > 0,
    commands: PADDED_COMMANDS,
  };
}

/** One entry of a "which application?" list, as the user will refer to it. */
export interface ChoiceOption {
  /** What the user answers with (`stop 2`, or `2`). */
  number: number;
  /** `Acme, Staff Engineer`. */
  label: string;
  /** What comes next for it: `next: thank-you note to Dana Lee, Tue 14 Apr…`, `paused`. */
  next: string | null;
}

function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const MILESTONE_NOUN: Record<Application['milestones'][number]['kind'], string> = {
  'thank-you': 'thank-you note',
  'follow-up-1': 'first follow-up',
  'follow-up-2': 'second follow-up',
  'close-out': 'close-out',
};

/** An application as a "which application?" list shows it, under `number`. */
export function choiceOption(application: Application, number: number): ChoiceOption {
  const line = applicationLine(application);
  const next = nextPending(application);
  const to = next?.interviewer?.name.trim() ? ` to ${oneLine(next.interviewer.name)}` : '';
  return {
    number,
    label: line.label,
    next:
      application.status === 'PAUSED'
        ? 'paused'
        : application.status === 'CLOSED'
          ? 'closed'
          : next
            ? `next: ${MILESTONE_NOUN[next.kind]}${to}, ${formatLocal(next.due, next.timezone)}`
            : 'nothing pending',
  };
}

export function choiceView(input: {
  question: string;
  note: string | null;
  options: readonly ChoiceOption[];
  command: string | null;
  example?: string | null;
}) {
  const command = oneLine(input.command);
  const options = input.options.map((option) => ({
    number: option.number,
    label: oneLine(option.label) || 'Untitled application',
    next: oneLine(option.next) || null,
    answer: command ? `${command} ${option.number}` : String(option.number),
  }));
  const note = oneLine(input.note);
  return {
    question: oneLine(input.question) || 'Which application?',
    note: note || null,
    options,
    hasOptions: options.length > 0,
    example: oneLine(input.example) || options[0]?.answer || (command ? `${command} 1` : '1'),
    numberOnly: !command,
    commands: PADDED_COMMANDS,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function labels(applications: readonly Application[]): string[] {
  return applications.map((application) => applicationLine(application).label);
}

/** How long is left to answer, in words: `24 hours`, `3 hours`, `40 minutes`. */
function timeLeft(until: string, now: Date): string {
  const minutes = Math.max(1, Math.round((Date.parse(until) - now.getTime()) / 60_000));
  if (!Number.isFinite(minutes)) return '24 hours';
  return minutes >= 90 ? plural(Math.round(minutes / 60), 'hour') : plural(minutes, 'minute');
}

export function forgetRequestView(input: {
  applications: readonly Application[];
  expiresAt: string;
  timezone: string;
  repeated: boolean;
  now: Date;
}) {
  const pending = input.applications
    .filter((application) => application.status !== 'CLOSED')
    .reduce((sum, application) => sum + pendingTimeline(application).length, 0);
  return {
    repeated: input.repeated,
    within: timeLeft(input.expiresAt, input.now),
    deadline: formatLocal(input.expiresAt, input.timezone),
    applications: labels(input.applications),
    hasApplications: input.applications.length > 0,
    count: plural(input.applications.length, 'application'),
    pending: plural(pending, 'scheduled draft'),
    // Replying to this mail answers the request only: a command here would not be one.
    commands: [],
  };
}

export function forgottenView(deleted: number | null, applications: readonly Application[]) {
  return {
    count: deleted === null ? 'your applications' : plural(deleted, 'application'),
    applications: labels(applications),
    hasApplications: applications.length > 0,
    hasCalendar: applications.some((application) => application.milestones.length > 0),
    // Nothing is left for a command to act on.
    commands: [],
  };
}

/** One view per template, from a made-up application, to prove each template renders at load. */
