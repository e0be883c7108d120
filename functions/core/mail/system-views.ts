// Mail rendering -> views of the system mails (acknowledgment, unreadable, stop, status, help,
// command confirmations) and of the employer-reply mails: the words around the templates.
import type { Application, Interview } from '../model.ts';
import { formatLocal } from './time.ts';
import {
  answersFor,
  applicationLine,
  type ChecklistView,
  COMMANDS,
  CORRECTION_EXAMPLES,
  MORE_COMMANDS,
  milestoneLabel,
  pendingTimeline,
  type SendByView,
  type TimelineItem,
  understoodLines,
} from './views.ts';

export type EmployerReplyKind = 'rejection-reply' | 'next-round-reply' | 'offer-reply';

/** The commands footer, with the command column padded for the text part. */
export const PADDED_COMMANDS = COMMANDS.map((entry) => ({
  ...entry,
  padded: entry.command.padEnd(11),
}));

export interface DraftSegment {
  text: string;
  slot: boolean;
}

/** What the draft partials show around a draft. */
export interface DraftBlock {
  sendBy: SendByView | null;
  why: string;
  draft: {
    to: string;
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

export function acknowledgmentView(
  application: Application,
  interview: Interview,
  missing: string[],
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

export function statusView(applications: Application[]) {
  const nextDue = (application: Application): number =>
    Math.min(
      ...application.milestones
        .filter((milestone) => milestone.state === 'PENDING')
        .map((milestone) => Date.parse(milestone.due))
        .filter(Number.isFinite),
    );
  const lines = [...applications]
    .sort((a, b) => nextDue(a) - nextDue(b) || 0)
    .map((application) => ({
      ...applicationLine(application),
      paused: application.status === 'PAUSED',
      timeline: pendingTimeline(application),
    }));
  const count = lines.length;
  return {
    applications: lines,
    hasApplications: count > 0,
    countLine:
      count === 0 ? 'No open applications' : `${count} open application${count === 1 ? '' : 's'}:`,
    commands: PADDED_COMMANDS,
  };
}

export function helpView(title: string) {
  return {
    title,
    corrections: CORRECTION_EXAMPLES,
    more: MORE_COMMANDS.map((entry) => ({ ...entry, padded: entry.command.padEnd(15) })),
    commands: PADDED_COMMANDS,
  };
}

export function commandView(application: Application | null, summary: string) {
  return {
    summary: summary.replace(/\s+/g, ' ').trim() || 'done',
    application: application ? applicationLine(application) : null,
    timeline: application ? pendingTimeline(application) : [],
    commands: PADDED_COMMANDS,
  };
}

/** One view per template, from a made-up application, to prove each template renders at load. */
