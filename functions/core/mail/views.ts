// Mail rendering -> views: everything a template shows, worded and formatted here so templates stay
// plain (no helpers) and every value a template prints is a string, a number, a flag or a list.
import { pendingByDue } from '../application.ts';
import type { Application, Interview, Milestone, MilestoneKind, Person } from '../model.ts';
import type { DraftKind, LintResult } from './lint.ts';
import { referenceFor } from './reference.ts';
import { roleOffer } from './role-families.ts';
import {
  addHours,
  dayAndMonth,
  formatDay,
  formatLocal,
  formatRange,
  isBefore,
  relativeDay,
  weekdayName,
} from './time.ts';

export type { CommandEntry, CommandSection } from '../command-table.ts';
/** The footer under every mail and the help mail's sections: both from the command table. */
export {
  ADMIN_HELP_SECTION,
  FOOTER_COMMANDS as COMMANDS,
  HELP_SECTIONS,
} from '../command-table.ts';

/** The numbered form: for mail to the bare intake address, or to pick from a list I sent. */
export const NUMBERED_EXAMPLE = 'stop 2';

export const CORRECTION_EXAMPLES = [
  'time: Tue 3pm ET',
  'interviewer: Dana Lee <dana@acme.example>',
];

const TITLES = /^(dr|mr|mrs|ms|mx|prof|sir|dame)\.?$/i;

/** What the interviewer is called in a greeting: the first name, unless the name starts with a title. */
export function firstNameOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const [first = ''] = words;
  return TITLES.test(first) ? words.join(' ') : first;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/**
 * A person's name fit to sign with: one line, no quotes around it; null when there is none or it
 * is an address (clients show the address as the name when they know no better).
 */
export function personalName(value: string | null | undefined): string | null {
  const name = (value ?? '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .trim();
  if (name.length === 0 || name.length > 100 || name.includes('@')) return null;
  return name;
}

/** `Sam Doe` from `"Sam Doe" <sam@example.com>`; null for a bare address. */
export function displayName(address: string): string | null {
  const match = /^\s*"?([^"<]*?)"?\s*<[^>]*>\s*$/.exec(address);
  return personalName(match?.[1]);
}

/** Where the user's name goes in a sign-off when followup does not know it. */
export const NAME_SLOT = '[your name]';

function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const UPDATE_PREFIX = /^\s*update\s*:\s*/i;

/** Notes about the interview itself (`notes: …`), oldest first. */
export function interviewNotes(application: Application): string[] {
  return application.notes.filter((note) => !UPDATE_PREFIX.test(note) && note.trim().length > 0);
}

/** What the user did since (`update: …`), oldest first. */
export function updates(application: Application): string[] {
  return application.notes
    .filter((note) => UPDATE_PREFIX.test(note))
    .map((note) => note.replace(UPDATE_PREFIX, '').trim())
    .filter(Boolean);
}

export const UPDATE_SLOT = '[add a recent project or certification, or delete this line]';

export interface PositionView {
  company: string | null;
  role: string | null;
  /** `the Staff Engineer role at Acme`, `the role at Acme`, `the Staff Engineer role`, `the role`. */
  position: string;
  /** `Acme` or `your team`. */
  companyOrTeam: string;
  /** `Acme, Staff Engineer` or whichever is known; empty when neither. */
  label: string;
}

export function positionOf(application: Application, interview?: Interview | null): PositionView {
  const company = clean(application.company ?? interview?.company ?? null);
  const role = clean(application.role ?? interview?.role ?? null);
  const position = `the ${role ? `${role} ` : ''}role${company ? ` at ${company}` : ''}`;
  return {
    company,
    role,
    position,
    companyOrTeam: company ?? 'your team',
    label: [company, role].filter(Boolean).join(', '),
  };
}

function clean(value: string | null): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** The address if it is one plain mailbox; anything else is treated as unknown, never guessed at. */
export function plainAddress(email: string | null | undefined): string | null {
  const trimmed = email?.trim() ?? '';
  return trimmed.length <= 254 && ADDRESS.test(trimmed) ? trimmed : null;
}

/** One-line name, and an address only when it is a plain mailbox. */
export function normalPerson(person: Person | null): Person | null {
  if (!person) return null;
  const name = person.name.replace(/\s+/g, ' ').trim();
  if (name.length === 0) return null;
  return { name, email: plainAddress(person.email) };
}

/** Whom a draft goes to: the milestone's interviewer, else the interview's first one. */
export function recipientOf(
  milestone: Milestone | null,
  interview: Interview | null,
): Person | null {
  return normalPerson(milestone?.interviewer ?? interview?.interviewers[0] ?? null);
}

export interface Addressees {
  to: Person | null;
  cc: Person[];
}

/**
 * Who a draft goes to: a thank-you to its interviewer; a follow-up to the recruiter or coordinator
 * who wrote (when their address is known), with every interviewer whose address is known in Cc.
 */
export function addresseesOf(milestone: Milestone, interview: Interview | null): Addressees {
  const interviewer = recipientOf(milestone, interview);
  const contact = normalPerson(interview?.contact ?? null);
  if (milestone.kind === 'thank-you' || !contact?.email) return { to: interviewer, cc: [] };
  const seen = new Set([contact.email.toLowerCase()]);
  const cc = (interview?.interviewers ?? [])
    .map((person) => normalPerson(person))
    .filter((person): person is Person => {
      const email = person?.email?.toLowerCase();
      if (!email || seen.has(email)) return false;
      seen.add(email);
      return true;
    });
  return { to: contact, cc };
}

/**
 * Where the recipient stands on the interview's panel (0 for the first, or anyone else): a panel's
 * members get different wordings, so notes they compare differ.
 */
export function panelPosition(interview: Interview | null, recipient: Person | null): number {
  if (!interview || !recipient) return 0;
  const name = recipient.name.replace(/\s+/g, ' ').trim().toLowerCase();
  const index = interview.interviewers.findIndex(
    (person) => person.name.replace(/\s+/g, ' ').trim().toLowerCase() === name,
  );
  return Math.max(0, index);
}

export interface DraftTemplateView extends PositionView {
  greeting: string;
  firstName: string | null;
  interviewerName: string | null;
  interviewWeekday: string | null;
  interviewDate: string | null;
  reference: string;
  hasReference: boolean;
  update: string;
  hasUpdate: boolean;
  /** What the candidate offers in a follow-up, suited to the role ("a code sample or …"). */
  offer: string;
  decisionBy: string | null;
  /** The user's full name, when known. */
  senderName: string | null;
  senderFirstName: string | null;
  /** What the sign-off says: the user's full name, or the `[your name]` slot. */
  signature: string;
  /** The LinkedIn sign-off: the first name, or the slot. */
  shortSignature: string;
}

export function draftTemplateView(input: {
  application: Application;
  interview: Interview | null;
  recipient: Person | null;
  senderAddress: string;
}): DraftTemplateView {
  const { application, interview, recipient } = input;
  const reference = referenceFor({
    notes: interviewNotes(application),
    topics: interview?.topics ?? [],
    interviewer: recipient,
    panelPosition: panelPosition(interview, recipient),
  });
  const latestUpdate = updates(application).at(-1);
  const firstName = recipient ? firstNameOf(recipient.name.replace(/\s+/g, ' ')) : null;
  const start = interview?.start ?? null;
  const senderName = personalName(application.userName) ?? displayName(input.senderAddress);
  const senderFirstName = senderName ? firstNameOf(senderName) : null;
  return {
    ...positionOf(application, interview),
    greeting: firstName ? `Hi ${firstName},` : 'Hello,',
    firstName,
    interviewerName: recipient ? recipient.name.replace(/\s+/g, ' ').trim() : null,
    interviewWeekday: start && interview ? weekdayName(start, interview.timezone) || null : null,
    interviewDate: start && interview ? dayAndMonth(start, interview.timezone) || null : null,
    reference: reference.text,
    hasReference: reference.known,
    update: latestUpdate ? sentence(latestUpdate) : UPDATE_SLOT,
    hasUpdate: latestUpdate !== undefined,
    offer: roleOffer(positionOf(application, interview).role),
    decisionBy: interview?.decisionBy ? formatDay(interview.decisionBy, interview.timezone) : null,
    senderName,
    senderFirstName,
    signature: senderName ?? NAME_SLOT,
    shortSignature: senderFirstName ?? NAME_SLOT,
  };
}

export function milestoneLabel(kind: MilestoneKind, interviewer: Person | null): string {
  const to = interviewer?.name.trim() ? ` to ${interviewer.name.replace(/\s+/g, ' ').trim()}` : '';
  switch (kind) {
    case 'thank-you':
      return `Thank-you note${to}`;
    case 'follow-up-1':
      return `First follow-up${to}`;
    case 'follow-up-2':
      return `Second follow-up${to}`;
    case 'close-out':
      return 'Close-out (the application closes, no more nudges)';
  }
}

export interface TimelineItem {
  what: string;
  when: string;
}

export function pendingTimeline(application: Application): TimelineItem[] {
  return pendingByDue(application).map((milestone) => ({
    what: milestoneLabel(milestone.kind, milestone.interviewer),
    when: formatLocal(milestone.due, milestone.timezone),
  }));
}

/** Drafts the user sent (their Bcc copy came back, or they said `sent`), in order, when. */
export function sentTimeline(application: Application): TimelineItem[] {
  return application.milestones
    .filter((milestone) => milestone.userSentAt)
    .sort((a, b) => Date.parse(a.userSentAt ?? '') - Date.parse(b.userSentAt ?? ''))
    .map((milestone) => ({
      what: milestoneLabel(milestone.kind, milestone.interviewer),
      when: formatLocal(milestone.userSentAt ?? '', application.timezone),
    }));
}

export interface SendByView {
  when: string;
  /** `today`, `tomorrow` or null. */
  relative: string | null;
  late: boolean;
}

export function sendByView(iso: string, zone: string, now: Date): SendByView {
  return {
    when: formatLocal(iso, zone),
    relative: relativeDay(iso, zone, now),
    late: isBefore(iso, now),
  };
}

/** The deadline shown above a draft; why lives with it so the two never drift apart. */
export function deadlineFor(input: {
  kind: DraftKind;
  application: Application;
  interview: Interview;
  milestone: Milestone;
  recipient: Person | null;
  now: Date;
}): { sendBy: SendByView | null; why: string } {
  const { kind, application, interview, milestone, recipient, now } = input;
  const zone = milestone.timezone || application.timezone;
  const company = positionOf(application, interview).company;
  const daysSinceInterview = interview.start
    ? Math.max(0, Math.floor((now.getTime() - Date.parse(interview.start)) / 86_400_000))
    : null;
  switch (kind) {
    case 'thank-you': {
      const end = interview.end ?? (interview.start ? addHours(interview.start, 1) : null);
      const deadline = end ? addHours(end, 24) : addHours(milestone.due, 22);
      const who = recipient ? `${firstNameOf(recipient.name)}'s mind` : 'their minds';
      return {
        sendBy: sendByView(deadline, zone, now),
        why: `A thank-you within 24 hours of the interview keeps you fresh in ${who} while they compare candidates.`,
      };
    }
    case 'follow-up-1': {
      const why = interview.decisionBy
        ? `${company ?? 'They'} said they would decide by ${formatDay(interview.decisionBy, interview.timezone)}, and that date has passed: a short, polite follow-up now shows continued interest without pressure.`
        : `${daysSinceInterview !== null && daysSinceInterview >= 2 ? `It has been ${daysSinceInterview} days` : 'It has been a while'} since your interview with no news: a short follow-up now shows continued interest without pressure.`;
      return { sendBy: sendByView(addHours(milestone.due, 24), zone, now), why };
    }
    case 'follow-up-2': {
      const closeOut = application.milestones.find(
        (other) =>
          other.kind === 'close-out' &&
          other.interviewId === milestone.interviewId &&
          other.state === 'PENDING',
      );
      const closing = closeOut
        ? `if there is still no answer, followup closes the application on ${formatLocal(closeOut.due, closeOut.timezone)} and stops nudging.`
        : 'after it, followup stops nudging.';
      return {
        sendBy: sendByView(addHours(milestone.due, 24), zone, now),
        why: `About a week has passed since the first follow-up. This shorter note, with a different angle, is the last one: ${closing}`,
      };
    }
    default:
      return { sendBy: null, why: '' };
  }
}

export interface ChecklistView {
  ok: boolean;
  items: { ok: boolean; hard: boolean; text: string }[];
}

export function checklistView(lint: LintResult): ChecklistView {
  return {
    ok: lint.ok,
    items: lint.checks.map((check) => ({
      ok: check.passed,
      hard: check.hard,
      text: check.message,
    })),
  };
}

/** Percent-encodes also `!'()*`, which encodeURIComponent keeps and some clients mangle. */
function encodeStrict(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** RFC 6068: the address readable, everything else percent-encoded, line breaks as CRLF. */
export function mailtoLink(
  to: string | null,
  subject: string,
  body: string,
  cc: readonly string[] = [],
  bcc: string | null = null,
): string {
  const readable = (address: string) => encodeStrict(address.trim()).replace(/%40/g, '@');
  const address = to ? readable(to) : '';
  const crlf = body.replace(/\r?\n/g, '\r\n');
  const copy = cc.length > 0 ? `cc=${cc.map(readable).join(',')}&` : '';
  const blind = bcc ? `bcc=${readable(bcc)}&` : '';
  return `mailto:${address}?${copy}${blind}subject=${encodeStrict(subject)}&body=${encodeStrict(crlf)}`;
}

/** `thank-you-dana-lee.eml`: ASCII only, so every client keeps the name. */
export function draftFilename(kind: string, name: string | null): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return `${kind}${slug ? `-${slug}` : ''}.eml`;
}

export function formatPerson(person: Person): string {
  const name = person.name.replace(/\s+/g, ' ').trim();
  const email = plainAddress(person.email);
  return email ? `${name} <${email}>` : name;
}

export interface UnderstoodLine {
  label: string;
  value: string;
}

export function understoodLines(application: Application, interview: Interview): UnderstoodLine[] {
  const position = positionOf(application, interview);
  const lines: UnderstoodLine[] = [
    { label: 'Company', value: position.company ?? '(not found)' },
    { label: 'Role', value: position.role ?? '(not found)' },
  ];
  if (interview.start) {
    let when = formatRange(interview.start, interview.end, interview.timezone);
    if (interview.timezone !== application.timezone) {
      when += `, which is ${formatLocal(interview.start, application.timezone)} for you`;
    }
    lines.push({ label: 'When', value: when });
  } else {
    lines.push({ label: 'When', value: '(not found)' });
  }
  lines.push({
    label: interview.interviewers.length === 1 ? 'Interviewer' : 'Interviewers',
    value:
      interview.interviewers.length > 0
        ? interview.interviewers.map(formatPerson).join(', ')
        : '(not found)',
  });
  if (interview.format) lines.push({ label: 'Format', value: interview.format });
  if (interview.decisionBy) {
    lines.push({
      label: 'Decision by',
      value: formatDay(interview.decisionBy, interview.timezone),
    });
  }
  return lines;
}

export interface AnswerView {
  what: string;
  example: string;
}

/** How to supply each missing piece by reply, one line each, in the commands' own syntax. */
export function answersFor(missing: readonly string[]): AnswerView[] {
  const answers: AnswerView[] = [];
  const seen = new Set<string>();
  for (const what of missing) {
    const lower = what.toLowerCase();
    let example: string;
    if (/zone/.test(lower)) example = 'time: Tue 14 Apr 3pm ET';
    else if (/time|date|when|start|day/.test(lower)) example = 'time: Tue 14 Apr 3pm ET';
    else if (/interviewer|name|who|contact|email|address/.test(lower)) {
      example = 'interviewer: Dana Lee <dana@acme.example>';
    } else if (/company|employer|organi[sz]ation/.test(lower)) example = 'company: Acme';
    else if (/role|position|title|job/.test(lower)) example = 'role: Staff Engineer';
    else example = `${lower.replace(/[^a-z0-9 ]/g, '').trim() || 'notes'}: …`;
    if (seen.has(example)) continue;
    seen.add(example);
    answers.push({ what, example });
  }
  return answers;
}

export interface ApplicationLine {
  label: string;
  status: string;
  next: TimelineItem | null;
  pending: number;
}

export function applicationLine(application: Application): ApplicationLine {
  const timeline = pendingTimeline(application);
  const label = positionOf(application, application.interviews[0]).label || 'Untitled application';
  return {
    label,
    status: application.status.toLowerCase(),
    next: timeline[0] ?? null,
    pending: timeline.length,
  };
}
