// Use-cases -> the words of command answers: what the confirmation says when a command changed
// something (`done`) and when it did not (`already`), and how a command that could not be read is
// answered. Decisions (command-decisions.ts, setting-commands.ts) pick; this file words.

/** A confirmation's two sentences: the command changed something, or it did not. */
export interface Said {
  done: string;
  already: string;
}

/** The same sentence either way: a command that cannot act says what to write instead. */
export const either = (text: string): Said => ({ done: text, already: text });

export const CLOSED_NOTE =
  'This application is closed: nothing is planned for it. Forward a new confirmation to start again.';

export const SAID = {
  stop: {
    done: 'Closed. Nothing more will be sent for this application.',
    already: 'Already closed: nothing more will be sent for this application. Nothing changed.',
  },
  pause: (copiesGoing: number): Said => {
    // Copies asked for in mail written after this pause (handled before it) still come.
    const but =
      copiesGoing === 0
        ? ''
        : `, but the ${copiesGoing > 1 ? 'copies' : 'copy'} you asked for after this message ${copiesGoing > 1 ? 'come' : 'comes'} now`;
    return {
      done: `Paused. Nothing will be sent until you reply resume${but}.`,
      already: `Already paused: nothing will be sent until you reply resume${but}. Nothing changed.`,
    };
  },
  resume: (heldCopies: number): Said => ({
    done: `Resumed: the pending drafts are planned again${heldCopies > 0 ? `, and the ${heldCopies > 1 ? 'copies' : 'copy'} you asked for ${heldCopies > 1 ? 'come' : 'comes'} now` : ''}.`,
    already: 'Not paused: the drafts come as planned. Nothing changed.',
  }),
  pauseOverruled:
    'Not paused: you replied resume after writing this, so the drafts come as planned. Nothing changed.',
  resumeOverruled:
    'Still paused: you paused again after writing this. Reply resume to bring the drafts back. Nothing changed.',
  sent: {
    done: 'Noted: you sent it.',
    already: 'Already noted: every draft I sent you is marked as sent. Nothing changed.',
  },
  resend: (draft: string, mailedAt: string): Said => ({
    done: `Sending your ${draft} again: it comes in a minute or two, marked as a copy. The one I mailed you ${mailedAt} may not have arrived.`,
    already: `A copy of your ${draft} is already on its way. Nothing changed.`,
  }),
  resendAfterResume: (draft: string, mailedAt: string) =>
    `Your ${draft} comes again when you reply resume, marked as a copy: you paused this application after writing this. The one I mailed you ${mailedAt} may not have arrived.`,
  nothingToResend: (draft: string, mailedAt: string, named: boolean) =>
    `Nothing to resend: ${named ? 'that draft' : 'your last draft'}, the ${draft}, was mailed to you ${mailedAt}, and the mail service took it. If it is not in your inbox, look in your spam folder. Nothing changed.`,
  nothingMailed:
    'Nothing to resend: no draft of this application has been mailed to you yet. Nothing changed.',
  heardBack: {
    done: 'Noted: they answered, so I cancelled the pending follow-ups. Forward me their reply and I will draft your answer.',
    already: 'Already noted: no follow-up was pending. Nothing changed.',
  },
  snoozed: (when: string): Said => ({
    done: `Snoozed until ${when}.`,
    already: `Nothing was due before ${when}: nothing moved.`,
  }),
  snoozeUnread: (arg: string) =>
    `I could not read "${arg}" as a duration or date. Try snooze 3d or snooze 2026-12-01.`,
  noteNeedsText: (verb: string) =>
    `Add the text after the colon, e.g. ${verb}: we discussed their Kafka migration`,
  noted: (verb: 'notes' | 'update', redrafts = 0): Said => ({
    done:
      verb === 'update'
        ? 'Your update will be in the follow-ups.'
        : redrafts > 0
          ? `Noted for your next drafts; ${redrafts > 1 ? 'your thank-you notes come' : 'your thank-you note comes'} again with it.`
          : 'Noted for your next drafts.',
    already: 'Already noted. Nothing changed.',
  }),
  alreadyNoted: 'Already noted. Nothing changed.',
  actedOnBefore: (answer: string) => `${answer} (Done when this message first came.)`,
  timeSet: (when: string): Said => ({
    done: `Interview time set to ${when}; the drafts follow it.`,
    already: `The interview time was already ${when}. Nothing changed.`,
  }),
  timeUnread: (arg: string) => `I could not read "${arg}" as a time. Try time: Tue 3pm ET`,
  interviewerForm: 'Write it as interviewer: Dana Lee <dana@acme.example>',
  interviewerAdded: (name: string): Said => ({
    done: `Added ${name} as an interviewer.`,
    already: `${name} was already an interviewer. Nothing changed.`,
  }),
  removeForm: (now: string) =>
    `Write it as remove interviewer: Dana Lee. Interviewers now: ${now}.`,
  notAnInterviewer: (arg: string, now: string) =>
    `${arg} is not one of the interviewers, so nothing changed. Interviewers now: ${now}.`,
  removed: (removed: string, remaining: string): Said => ({
    done: `Removed ${removed}. Interviewers now: ${remaining}.`,
    already: `Interviewers now: ${remaining}. Nothing changed.`,
  }),
  nameForm: (label: string, example: string) =>
    `Write the ${label} after the colon, e.g. ${example}`,
  renamed: (label: string, value: string): Said => ({
    done: `${label[0]?.toUpperCase()}${label.slice(1)} set to ${value}; your drafts will use it.`,
    already: `The ${label} was already ${value}. Nothing changed.`,
  }),
  nothing: 'Nothing changed.',
} as const;

/**
 * The sentences of several commands as one answer: with several corrections at once, what did
 * not change is said without "Nothing changed." after it.
 */
export function summaryOf(said: readonly string[], changed: boolean): string {
  return changed && said.length > 1
    ? said.map((text) => text.replace(/\s*Nothing changed\.$/, '')).join(' ')
    : said.join(' ');
}

/** The answers to `set timezone`, `set hours`, `set country` and `set locale`. */
export const SETTING_SAID = {
  unknownZone: (arg: string) =>
    `"${arg}" is not a time zone I know. Try set timezone Europe/Berlin`,
  zone: (zone: string): Said => ({
    already: `Your time zone was already ${zone}. Nothing changed.`,
    done: `Your time zone is now ${zone}; pending drafts moved to fit it.`,
  }),
  badHours: (problem: string | null, arg: string) =>
    `${problem ?? `"${arg}" is not a range of hours`}. Try set hours 8-19`,
  hours: (start: string, end: string): Said => ({
    already: `Your drafts already arrive between ${start} and ${end}. Nothing changed.`,
    done: `Drafts now arrive between ${start} and ${end} your time; pending ones moved to fit.`,
  }),
  badCountry: (problem: string | null, arg: string) =>
    problem ?? `"${arg}" is not a country code. Try set country US-NY`,
  country: (country: string): Said => ({
    already: `Follow-ups already keep off the public holidays of ${country}. Nothing changed.`,
    done: `Follow-ups now keep off the public holidays of ${country}; pending ones moved to fit.`,
  }),
  unknownLocale: (arg: string) =>
    `"${arg}" is not a locale I can write dates in. Write a language and a region: set locale en-US, en-GB or de-DE`,
  locale: (locale: string, sample: string): Said => ({
    already: `Dates were already written for ${locale}: ${sample}. Nothing changed.`,
    done: `Dates and times are now written for ${locale}: ${sample}. Drafts stay in the language of your templates.`,
  }),
} as const;
