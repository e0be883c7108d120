// Mail rendering -> iCalendar: the application's milestones as one event each, attached to the
// acknowledgment and to every mail that changes the plan. Stable UIDs and a SEQUENCE taken from
// the application's version let calendar apps replace the earlier copy; cancelled and skipped
// milestones are sent as STATUS:CANCELLED so they disappear, and a paused application's as TENTATIVE.
// Written by hand (RFC 5545's escaping and line folding), so the functions that only write a
// calendar carry no iCalendar library; reading invites is the reader's (understand/calendar.ts).
import type { Application, Milestone } from '../model.ts';

const TITLES: Record<Milestone['kind'], string> = {
  'thank-you': 'Send the thank-you note',
  'follow-up-1': 'Send the first follow-up',
  'follow-up-2': 'Send the second follow-up',
  'close-out': 'Close out this application',
};

const EVENT_MINUTES = 15;

/** A UTC DATE-TIME: `20261210T190000Z`. */
function utc(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A TEXT value: backslash, semicolon, comma and line breaks (any of CRLF, CR, LF) escaped. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line folded at 75 octets (continuations start with a space), never inside a character. */
function folded(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const character of line) {
    const point = character.codePointAt(0) ?? 0;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** Whose milestones these are, in one line: `Acme — Staff Engineer`. */
function label(application: Application): string {
  return [application.company, application.role].filter(Boolean).join(' — ') || 'your interview';
}

export interface CalendarOptions {
  /** Every event cancelled, whatever its state: the user's data is gone (forget). */
  withdrawn?: boolean;
}

function status(application: Application, milestone: Milestone, options: CalendarOptions) {
  // Skipped milestones (an earlier round's, a thank-you snoozed past its send-by) may have been
  // published before: cancelling them is how a calendar app drops the stale copy.
  if (options.withdrawn || milestone.state === 'CANCELLED' || milestone.state === 'SKIPPED') {
    return 'CANCELLED';
  }
  // Held, not dropped: resume brings them back, maybe at another time.
  if (application.status === 'PAUSED' && milestone.state === 'PENDING') return 'TENTATIVE';
  return 'CONFIRMED';
}

export function milestonesCalendar(
  application: Application,
  now: Date,
  options: CalendarOptions = {},
): string {
  return plansCalendar([application], now, options);
}

/** Several applications' plans in one calendar (a new time zone or waking hours moves them all). */
export function plansCalendar(
  applications: readonly Application[],
  now: Date,
  options: CalendarOptions = {},
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//followup//interview follow-ups//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const application of applications) {
    for (const milestone of application.milestones) {
      const start = new Date(milestone.due);
      const who = milestone.interviewer ? ` to ${milestone.interviewer.name}` : '';
      const state = status(application, milestone, options);
      const summary = `${state === 'TENTATIVE' ? '(paused) ' : ''}${TITLES[milestone.kind]}${who} (${label(application)})`;
      const description =
        state === 'TENTATIVE'
          ? 'This application is paused: no draft comes until you reply resume to a followup mail.'
          : 'followup emails you the ready-to-send draft at this time. Reply to any followup mail to change the plan.';
      lines.push(
        'BEGIN:VEVENT',
        `UID:${text(`${application.id}-${milestone.id}@followup`)}`,
        `DTSTAMP:${utc(now)}`,
        `SEQUENCE:${application.version}`,
        `DTSTART:${utc(start)}`,
        `DTEND:${utc(new Date(start.getTime() + EVENT_MINUTES * 60_000))}`,
        `SUMMARY:${text(summary)}`,
        `DESCRIPTION:${text(description)}`,
        'TRANSP:TRANSPARENT',
        `STATUS:${state}`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(folded).join('\r\n')}\r\n`;
}
