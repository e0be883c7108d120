// Mail rendering -> iCalendar: the application's milestones as one event each, attached to the
// acknowledgment and to every mail that changes the plan. Stable UIDs and a SEQUENCE taken from
// the application's version let calendar apps replace the earlier copy; cancelled and skipped
// milestones are sent as STATUS:CANCELLED so they disappear, and a paused application's as TENTATIVE.
import ICAL from 'ical.js';
import type { Application, Milestone } from '../model.ts';

const TITLES: Record<Milestone['kind'], string> = {
  'thank-you': 'Send the thank-you note',
  'follow-up-1': 'Send the first follow-up',
  'follow-up-2': 'Send the second follow-up',
  'close-out': 'Close out this application',
};

const EVENT_MINUTES = 15;

function utc(iso: string): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(iso), true);
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
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//followup//interview follow-ups//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  for (const application of applications) {
    for (const milestone of application.milestones) {
      const event = new ICAL.Component('vevent');
      event.addPropertyWithValue('uid', `${application.id}-${milestone.id}@followup`);
      event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
      event.addPropertyWithValue('sequence', application.version);
      const start = utc(milestone.due);
      const end = start.clone();
      end.addDuration(ICAL.Duration.fromSeconds(EVENT_MINUTES * 60));
      event.addPropertyWithValue('dtstart', start);
      event.addPropertyWithValue('dtend', end);
      const who = milestone.interviewer ? ` to ${milestone.interviewer.name}` : '';
      const state = status(application, milestone, options);
      event.addPropertyWithValue(
        'summary',
        `${state === 'TENTATIVE' ? '(paused) ' : ''}${TITLES[milestone.kind]}${who} (${label(application)})`,
      );
      event.addPropertyWithValue(
        'description',
        state === 'TENTATIVE'
          ? 'This application is paused: no draft comes until you reply resume to a followup mail.'
          : 'followup emails you the ready-to-send draft at this time. Reply to any followup mail to change the plan.',
      );
      event.addPropertyWithValue('transp', 'TRANSPARENT');
      event.addPropertyWithValue('status', state);
      calendar.addSubcomponent(event);
    }
  }
  return calendar.toString();
}
