// Core -> the command table: every verb a reply may hold, each with the ways it is written, what
// its argument is, whether it needs an application and what the help mail and footer say of it.
// The reader (understand/command.ts), the use-cases and the help mail all read it from here, and a
// test keeps the README's command table true to it.

export type CommandVerb =
  | 'stop'
  | 'pause'
  | 'resume'
  | 'snooze'
  | 'sent'
  | 'heard-back'
  /** A draft whose delivery is in doubt ("Did it arrive?"), mailed again as a copy. */
  | 'resend'
  | 'notes'
  | 'update'
  | 'linkedin'
  | 'time'
  | 'interviewer'
  /** `remove interviewer: NAME`: a person wrongly read as an interviewer. */
  | 'remove-interviewer'
  | 'company'
  | 'role'
  | 'timezone'
  | 'hours'
  /** `set country US-NY`: whose public holidays follow-ups keep off. */
  | 'country'
  /** `set locale en-GB`: how dates and times are written. */
  | 'locale'
  | 'digest'
  | 'status'
  | 'help'
  /** `yes`, `confirm`: the answer to a question followup asked (delete my data?). */
  | 'confirm'
  | 'forget'
  /** `filter`: the user's filter address and the filter to create, again. */
  | 'filter'
  /** Admins only: `allow ADDRESS` lets one more user use followup (no redeploy). */
  | 'allow'
  /** Admins only: `revoke ADDRESS` stops a user's schedules and ignores their mail from then on. */
  | 'revoke'
  /** Admins only: who may use followup. */
  | 'users'
  /** A bare `2`: the entry of a numbered list, with no verb (which application is this reply about?). */
  | 'pick';

/** One line of the help mail or the footer: what to write, and what it does. */
export interface CommandEntry {
  command: string;
  meaning: string;
}

export type HelpSection = 'application' | 'corrections' | 'settings' | 'any-time' | 'admin';

/**
 * What follows the verb:
 * - `none`: nothing but politeness ("stop please");
 * - `free`: anything, kept as written (`linkedin short please`);
 * - `text`: text after a colon (`notes: …`);
 * - `name`: a name after a colon, without wrapping quotes or a "thanks" after it;
 * - `required`: text after the verb, without which the line is no command (`set timezone X`);
 * - `grammar`: a grammar of its own in the reader (a duration or a day; on or off).
 */
export type ArgumentKind = 'none' | 'free' | 'text' | 'name' | 'required' | 'grammar';

export interface VerbSpec {
  verb: CommandVerb;
  /** How the verb is written back to the user, e.g. in "answer with heard back 2". */
  written: string;
  /**
   * The few-word forms, usual spelling first; anything after them must be politeness. `…` stands
   * for what a phrasal verb takes in its middle ("turn the reminders back on").
   */
  words?: readonly string[];
  /** The head of the `verb: argument` form, matched at the start of the line. */
  colon?: RegExp;
  /**
   * Words of `colon` that may go without it before a name, as people write a correction: "company
   * Marlow Biosciences" (the name's capital tells it from "company is wrong"); for `time`, before a
   * day and a clock that fill the line ("time Thu Jul 8 2:30pm", not "time flies").
   */
  bare?: readonly string[];
  argument: ArgumentKind;
  /** Acts on one application: so it may name one by its number in a list (`stop 2`). */
  needsApplication: boolean;
  /** Plans or holds drafts: does nothing on a closed application. */
  needsOpen?: boolean;
  /** Corrects what was read: several in one reply, one per line, are one change. */
  correction?: boolean;
  /** Fills in a forward followup could not read, when sent in reply to "I could not find…". */
  completes?: boolean;
  /** The words a misspelt first word is compared with (see understand/command.ts). */
  typoTargets?: readonly string[];
  /** The help mail's lines for it, under `section`. */
  help?: { section: HelpSection; entries: readonly CommandEntry[] };
  /** Its line in the footer under every mail: the everyday commands only. */
  footer?: CommandEntry;
  /** Acts only from a deploy-time admin, and only an admin's help mail shows it. */
  adminOnly?: boolean;
}

/**
 * After an admin verb: one mail address and nothing else (`allow dana@mail.example`, `revoke:
 * <dana@mail.example>`), so that prose ("allow me to explain") is never an admin command.
 */
const ONLY_AN_ADDRESS = String.raw`(?=<?[^\s<>@]+@[^\s<>@]+>?[.!]?\s*$)`;

/** `allow ADDRESS`, `revoke ADDRESS`: an admin's verb whose one argument is an address. */
function adminAddressVerb(verb: 'allow' | 'revoke', other: string, meaning: string): VerbSpec {
  return {
    verb,
    written: verb,
    colon: new RegExp(String.raw`^(?:${verb}|${other})\s*[:=]?\s*${ONLY_AN_ADDRESS}`, 'i'),
    argument: 'required',
    needsApplication: false,
    adminOnly: true,
    help: { section: 'admin', entries: [{ command: `${verb} dana@mail.example`, meaning }] },
  };
}

export const COMMAND_TABLE: readonly VerbSpec[] = [
  {
    verb: 'stop',
    written: 'stop',
    words: ['stop', 'close', 'cancel', 'unsubscribe', 'end', 'close … off', 'close … out'],
    argument: 'none',
    needsApplication: true,
    typoTargets: ['stop', 'close', 'cancel', 'unsubscribe'],
    help: {
      section: 'application',
      entries: [
        {
          command: 'stop',
          meaning:
            'close the application and cancel everything pending (also: close, cancel, unsubscribe)',
        },
      ],
    },
    footer: { command: 'stop', meaning: 'close this application and cancel everything pending' },
  },
  {
    verb: 'pause',
    written: 'pause',
    words: ['pause', 'hold', 'on hold', 'put … on hold', 'hold off', 'hold off on …'],
    argument: 'none',
    needsApplication: true,
    needsOpen: true,
    typoTargets: ['pause'],
    help: {
      section: 'application',
      entries: [{ command: 'pause', meaning: 'hold every pending draft until you resume' }],
    },
    footer: { command: 'pause', meaning: 'hold every pending draft (resume plans them again)' },
  },
  {
    verb: 'resume',
    written: 'resume',
    words: [
      'resume',
      'unpause',
      'continue',
      'restart',
      'start',
      'start again',
      'carry on',
      'turn … back on',
      'switch … back on',
    ],
    argument: 'none',
    needsApplication: true,
    needsOpen: true,
    typoTargets: ['resume'],
    help: {
      section: 'application',
      entries: [
        { command: 'resume', meaning: 'plan the held drafts again, none of them in the past' },
      ],
    },
  },
  {
    verb: 'snooze',
    written: 'snooze',
    argument: 'grammar',
    needsApplication: true,
    needsOpen: true,
    // "remnd me in a week": snooze's words begin with "remind" as often as with "snooze".
    typoTargets: ['snooze', 'remind'],
    help: {
      section: 'application',
      entries: [
        {
          command: 'snooze 3d',
          meaning: 'move pending drafts three days later (or 12h, 2w, tomorrow, until Monday)',
        },
        { command: 'snooze 2026-12-01', meaning: 'move pending drafts past a date' },
      ],
    },
    footer: { command: 'snooze 3d', meaning: 'move pending drafts three days later' },
  },
  {
    verb: 'sent',
    written: 'sent',
    words: [
      'sent',
      'sent it',
      'have sent it',
      "i've sent it",
      'done',
      'i sent',
      'i sent it',
      'i have sent it',
    ],
    argument: 'none',
    needsApplication: true,
    typoTargets: ['sent'],
    help: {
      section: 'application',
      entries: [{ command: 'sent', meaning: 'tell me you sent the last draft I mailed you' }],
    },
    footer: { command: 'sent', meaning: 'tell me you sent this draft' },
  },
  {
    verb: 'resend',
    written: 'resend',
    words: ['resend', 're-send', 'send … again', 'send me … again'],
    argument: 'none',
    // No needsOpen: a closed application's close-out note may be the copy asked for.
    needsApplication: true,
    typoTargets: ['resend'],
    help: {
      section: 'application',
      entries: [
        {
          command: 'resend',
          meaning:
            'a draft I could not confirm reached you ("Did it arrive?") comes again, once, marked as a copy',
        },
      ],
    },
  },
  {
    verb: 'heard-back',
    written: 'heard back',
    words: [
      'heard back',
      'got a reply',
      'they replied',
      'they got back to me',
      'i heard back',
      'i got a reply',
    ],
    argument: 'none',
    needsApplication: true,
    needsOpen: true,
    help: {
      section: 'application',
      entries: [
        {
          command: 'heard back',
          meaning:
            'they answered: cancel the follow-ups (forward me their reply for a draft answer)',
        },
      ],
    },
    footer: { command: 'heard back', meaning: 'they answered: cancel the follow-ups' },
  },
  {
    verb: 'notes',
    written: 'notes',
    colon: /^(?:notes?|context)\s*[:\-–]\s*/i,
    argument: 'text',
    needsApplication: true,
    correction: true,
    typoTargets: ['notes'],
    help: {
      section: 'application',
      entries: [
        {
          command: 'notes: …',
          meaning:
            'e.g. "notes: we discussed their Kafka migration", at any time; every draft you have not sent yet is written again with it',
        },
      ],
    },
    footer: {
      command: 'notes: …',
      meaning: 'e.g. "notes: we discussed their Kafka migration"; later drafts use it',
    },
  },
  {
    verb: 'update',
    written: 'update',
    colon: /^update\s*[:\-–]\s*/i,
    argument: 'text',
    needsApplication: true,
    correction: true,
    typoTargets: ['update'],
    help: {
      section: 'application',
      entries: [
        {
          command: 'update: …',
          meaning: 'e.g. "update: I passed the CKA exam"; follow-ups mention it to add value',
        },
      ],
    },
  },
  {
    verb: 'linkedin',
    written: 'linkedin',
    words: ['linkedin', 'linked in'],
    argument: 'free',
    needsApplication: true,
    typoTargets: ['linkedin'],
    help: {
      section: 'application',
      entries: [{ command: 'linkedin', meaning: 'a short LinkedIn version of the thank-you note' }],
    },
  },
  {
    verb: 'time',
    written: 'time',
    colon: /^(?:time|new time|date|when)\s*[:\-–]\s*/i,
    bare: ['time', 'new time'],
    argument: 'text',
    needsApplication: true,
    needsOpen: true,
    correction: true,
    completes: true,
    typoTargets: ['time'],
    help: {
      section: 'corrections',
      entries: [
        { command: 'time: Tue 3pm ET', meaning: 'the interview time; the drafts follow it' },
      ],
    },
  },
  {
    verb: 'interviewer',
    written: 'interviewer',
    colon: /^interviewers?\s*[:\-–]\s*/i,
    bare: ['interviewer'],
    argument: 'text',
    needsApplication: true,
    needsOpen: true,
    correction: true,
    completes: true,
    typoTargets: ['interviewer'],
    help: {
      section: 'corrections',
      entries: [
        {
          command: 'interviewer: Dana Lee <dana@acme.example>',
          meaning: 'add or correct an interviewer; each gets a thank-you note',
        },
      ],
    },
  },
  {
    verb: 'remove-interviewer',
    written: 'remove interviewer',
    colon: /^(?:remove|delete|drop|not an?)\s+interviewers?\s*[:\-–]?\s*/i,
    argument: 'text',
    needsApplication: true,
    needsOpen: true,
    correction: true,
    completes: true,
    typoTargets: ['remove'],
    help: {
      section: 'corrections',
      entries: [
        {
          command: 'remove interviewer: Sam Ortiz',
          meaning: 'someone I wrongly read as an interviewer; their thank-you note goes too',
        },
      ],
    },
  },
  {
    verb: 'company',
    written: 'company',
    colon: /^(?:company|employer|organi[sz]ation)\s*[:\-–]\s*/i,
    bare: ['company', 'employer'],
    argument: 'name',
    needsApplication: true,
    correction: true,
    completes: true,
    typoTargets: ['company'],
    help: {
      section: 'corrections',
      entries: [{ command: 'company: …', meaning: 'the company, e.g. "company: Acme"' }],
    },
  },
  {
    verb: 'role',
    written: 'role',
    colon: /^(?:role|position|job title|title)\s*[:\-–]\s*/i,
    bare: ['role', 'position'],
    argument: 'name',
    needsApplication: true,
    correction: true,
    completes: true,
    typoTargets: ['role'],
    help: {
      section: 'corrections',
      entries: [{ command: 'role: …', meaning: 'the role, e.g. "role: Staff Engineer"' }],
    },
  },
  {
    verb: 'timezone',
    written: 'set timezone',
    colon: /^(?:set\s+(?:my\s+)?(?:time\s*zone|tz)(?:\s+to)?|time\s*zone|tz\b)\s*[:=\-–]?\s*/i,
    argument: 'required',
    needsApplication: false,
    help: {
      section: 'settings',
      entries: [
        {
          command: 'set timezone Europe/Berlin',
          meaning: 'your time zone; pending drafts move to fit it',
        },
      ],
    },
  },
  {
    verb: 'hours',
    written: 'set hours',
    // `set hours 8-19`, `set my waking hours to 08:30-19:00`, `hours: 8am-7pm`.
    colon:
      /^(?:set\s+(?:my\s+)?(?:waking\s+)?hours\b(?:\s+to\b)?|(?:waking\s+)?hours\s*[:=])\s*[:=]?\s*/i,
    argument: 'text',
    needsApplication: false,
    help: {
      section: 'settings',
      entries: [
        { command: 'set hours 8-19', meaning: 'the hours drafts may arrive in, your time' },
      ],
    },
  },
  {
    verb: 'country',
    written: 'set country',
    colon: /^set\s+(?:my\s+)?(?:country|region|holidays)\b(?:\s+to)?\s*[:=]?\s*/i,
    argument: 'required',
    needsApplication: false,
    help: {
      section: 'settings',
      entries: [
        {
          command: 'set country US-NY',
          meaning: 'whose public holidays follow-ups keep off (default: the country of your zone)',
        },
      ],
    },
  },
  {
    verb: 'locale',
    written: 'set locale',
    colon: /^set\s+(?:my\s+)?(?:locale|date\s+format)\b(?:\s+to)?\s*[:=]?\s*/i,
    argument: 'required',
    needsApplication: false,
    help: {
      section: 'settings',
      entries: [
        {
          command: 'set locale en-GB',
          meaning:
            'how dates and times are written: "Fri 11 Dec, 14:45 GMT" (default: that of your zone)',
        },
      ],
    },
  },
  {
    verb: 'digest',
    written: 'digest',
    argument: 'grammar',
    needsApplication: false,
    typoTargets: ['digest'],
    help: {
      section: 'settings',
      entries: [
        {
          command: 'digest on',
          meaning: 'the status of every open application, each Monday morning',
        },
        { command: 'digest off', meaning: 'no more weekly digest' },
      ],
    },
  },
  {
    verb: 'status',
    written: 'status',
    words: ['status', 'list', "what's pending"],
    argument: 'none',
    needsApplication: false,
    typoTargets: ['status'],
    help: {
      section: 'any-time',
      entries: [{ command: 'status', meaning: 'every open application and its next dates' }],
    },
    footer: { command: 'status', meaning: 'all open applications and their next dates' },
  },
  {
    verb: 'help',
    written: 'help',
    words: ['help', 'commands'],
    argument: 'none',
    needsApplication: false,
    typoTargets: ['help'],
    help: { section: 'any-time', entries: [{ command: 'help', meaning: 'this list' }] },
    footer: { command: 'help', meaning: 'every command, explained' },
  },
  {
    verb: 'filter',
    written: 'filter',
    words: ['filter', 'filters', 'filter address', 'my filter address'],
    argument: 'none',
    // No typo guesses: "filler" or "falter" asking "did you mean filter?" helps nobody.
    needsApplication: false,
    help: {
      section: 'any-time',
      entries: [
        {
          command: 'filter',
          meaning:
            'your filter address and the Gmail/Outlook filter that sends me employer replies',
        },
      ],
    },
  },
  {
    verb: 'confirm',
    written: 'yes',
    words: ['yes', 'yep', 'yeah', 'confirm', 'confirmed', 'i confirm'],
    argument: 'none',
    needsApplication: false,
    help: {
      section: 'any-time',
      entries: [
        {
          command: 'yes',
          meaning: 'when I ask "did you mean stop?" about a reply I was not sure of: do it',
        },
      ],
    },
  },
  {
    verb: 'forget',
    written: 'forget',
    words: ['forget me', 'forget', 'delete my data', 'delete'],
    argument: 'none',
    needsApplication: false,
    typoTargets: ['forget'],
    help: {
      section: 'any-time',
      entries: [
        {
          command: 'forget',
          meaning: 'delete everything followup keeps about you (after you confirm)',
        },
      ],
    },
  },
  adminAddressVerb(
    'allow',
    'add user',
    'let this address use followup, from now on; they get a welcome mail',
  ),
  adminAddressVerb(
    'revoke',
    'remove user',
    'ignore their mail from now on; their applications close, pending drafts are cancelled',
  ),
  {
    verb: 'users',
    written: 'users',
    words: ['users', 'list users', 'allowed users'],
    argument: 'none',
    needsApplication: false,
    adminOnly: true,
    help: {
      section: 'admin',
      entries: [{ command: 'users', meaning: 'everyone who may use followup, and since when' }],
    },
  },
  // Not written by the user as such: a bare number.
  { verb: 'pick', written: '', argument: 'none', needsApplication: false },
];

const BY_VERB = new Map(COMMAND_TABLE.map((spec) => [spec.verb, spec]));

/** The table's entry for `verb`, or undefined for a verb that is none of ours. */
export function verbSpec(verb: string): VerbSpec | undefined {
  return BY_VERB.get(verb as CommandVerb);
}

const verbsWhere = (test: (spec: VerbSpec) => boolean | undefined): ReadonlySet<string> =>
  new Set(COMMAND_TABLE.filter(test).map((spec) => spec.verb));

/** Verbs that act on one application, and so may name one by its number in a list. */
export const APPLICATION_VERBS = verbsWhere((spec) => spec.needsApplication);
/** Corrections the acknowledgment asks for "one line per missing piece"; they take free text. */
export const CORRECTIONS = verbsWhere((spec) => spec.correction);
/** Corrections that fill in a forward followup could not read (`company: Acme`, `time: …`). */
export const COMPLETING_VERBS = verbsWhere((spec) => spec.completes);
/** The verbs that plan or hold drafts do nothing on a closed application. */
export const NEEDS_OPEN = verbsWhere((spec) => spec.needsOpen);

/** Verbs that act only when a deploy-time admin sends them. */
export const ADMIN_VERBS = verbsWhere((spec) => spec.adminOnly);

/** How a verb is written back to the user, e.g. in "answer with heard back 2". */
export function writtenVerb(verb: string): string {
  return verbSpec(verb)?.written || verb;
}

/** A command as the user would write it: `stop 2`, `snooze 7 days`, `company: Acme`. */
export function commandText(command: {
  verb: string;
  arg: string | null;
  number?: number | null;
}): string {
  const head = [writtenVerb(command.verb), command.number].filter((x) => x != null).join(' ');
  if (!command.arg) return head;
  // Corrections are written with a colon before their argument (`notes 2: …`, `company 1: Acme`).
  return CORRECTIONS.has(command.verb) ? `${head}: ${command.arg}` : `${head} ${command.arg}`;
}

const SECTION_TITLES: Record<HelpSection, string> = {
  application: 'About one application (reply to any mail about it)',
  corrections: 'Corrections to what I understood',
  settings: 'Your settings (reply to any followup mail)',
  'any-time': 'Any time',
  admin: 'For admins: who may use followup',
};

export interface CommandSection {
  title: string;
  commands: readonly CommandEntry[];
}

const sectionOf = (section: HelpSection): CommandSection => ({
  title: SECTION_TITLES[section],
  commands: COMMAND_TABLE.flatMap((spec) =>
    spec.help?.section === section ? spec.help.entries : [],
  ),
});

/** Everything followup understands in a reply, for the help mail, in the table's order. */
export const HELP_SECTIONS: readonly CommandSection[] = (
  Object.keys(SECTION_TITLES) as HelpSection[]
)
  .filter((section) => section !== 'admin')
  .map(sectionOf);

/** What an admin's help mail shows besides: the admin verbs, to nobody else. */
export const ADMIN_HELP_SECTION: CommandSection = sectionOf('admin');

/** The footer under every mail: the commands people use most, one line each. */
export const FOOTER_COMMANDS: readonly CommandEntry[] = COMMAND_TABLE.flatMap((spec) =>
  spec.footer ? [spec.footer] : [],
);
