// Reader -> commands: the user's own first line in a reply to followup mail ("stop please",
// "snooze 3 days", "time: Tue 3pm ET", "stop 2", a bare "2", "set hours 8-19", "company: Acme"),
// after quoted text and signatures are stripped.
import EmailReplyParser from 'email-reply-parser';

export type CommandVerb =
  | 'stop'
  | 'pause'
  | 'resume'
  | 'snooze'
  | 'sent'
  | 'heard-back'
  | 'notes'
  | 'update'
  | 'time'
  | 'interviewer'
  | 'company'
  | 'role'
  | 'timezone'
  | 'hours'
  | 'digest'
  | 'status'
  | 'help'
  | 'forget'
  /** `yes`, `confirm`: the answer to a question followup asked (delete my data?). */
  | 'confirm'
  | 'linkedin'
  /** A bare `2`: the entry of a numbered list, with no verb (which application is this reply about?). */
  | 'pick';

export interface Command {
  verb: CommandVerb;
  arg: string | null;
  /** `stop 2`: the entry of the numbered list last sent; absent when no number was written. */
  number?: number;
}

// The command is on the first lines; the quoted history below is never needed.
const MAX_REPLY_CHARS = 4_000;

// Where the user's own words end: quote headers of every common client, signatures.
const QUOTE_STARTS: RegExp[] = [
  /^[ \t]*On\b.{0,300}\bwrote:?[ \t]*$/i,
  /^[ \t]*On [A-Z][a-z]{2}.{0,200}$/, // Gmail wraps "On … <\naddress> wrote:" over two lines
  /^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message|Forwarded Message)[ \t]*-{2,}/i,
  /^[ \t]*Begin forwarded message:?/i,
  /^[ \t]*_{10,}[ \t]*$/,
  /^[ \t]*\*?From\*?[ \t]*:[ \t]*\S/,
  /^[ \t]*(?:Sent from my|Get Outlook for|Sent from Outlook|Sent from Yahoo|Sent from Mail for)\b/i,
  /^[ \t]*--[ \t]*$/,
  /^[ \t]*Le .{0,200} a écrit ?:/i,
  /^[ \t]*Am .{0,200} schrieb/i,
  /^[ \t]*El .{0,200} escribió:/i,
];

/** The user's own text of a reply: lines above the first quote header or signature. */
export function ownText(text: string): string {
  const capped = text.slice(0, MAX_REPLY_CHARS).replace(/\r\n?/g, '\n');
  let visible = capped;
  try {
    visible = new EmailReplyParser().read(capped).getVisibleText() || capped;
  } catch {
    visible = capped;
  }
  const lines = visible.split('\n');
  const own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (QUOTE_STARTS.some((pattern) => pattern.test(line))) {
      // "On Tuesday I met…" is the user's own sentence; only a quote header ends their text,
      // and Gmail may wrap that header so "wrote:" lands on the next line.
      const wrappedHeader = /wrote:?\s*$/i.test(line) || /wrote:?\s*$/i.test(lines[i + 1] ?? '');
      if (/^[ \t]*On [A-Z][a-z]{2}/.test(line) && !wrappedHeader) {
        own.push(line);
        continue;
      }
      break;
    }
    if (/^[ \t]*>/.test(line)) continue;
    own.push(line);
  }
  return own.join('\n').trim();
}

/** The lines of the user's own text, without bullets, emphasis and blank lines. */
function meaningfulLines(text: string): string[] {
  return ownText(text)
    .split('\n')
    .map((line) => line.replace(/^[\s*_>•-]+|[\s*_]+$/g, '').trim())
    .filter(Boolean)
    .map((line) => line.slice(0, 500));
}

const POLITENESS =
  /^(?:please|pls|plz|thanks|thank you|thx|ty|yes|now|it|this|that|all|everything|for now|for this one|for this interview|for this application|this application|reminders|the reminders|follow-?ups|the follow-?ups|emails|mails|them|asap|ok|okay)$/i;

function clean(value: string): string {
  return value
    .replace(/[\s.!?,;:]+$/g, '')
    .replace(/^[\s:,-]+/, '')
    .trim();
}

/** Everything after the verb is politeness ("stop please", "pause for now, thanks"). */
function onlyPoliteness(rest: string): boolean {
  const parts = clean(rest)
    .toLowerCase()
    .split(/\s*[,;!.]\s*|\s+(?:and|&)\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.every(
    (part) => POLITENESS.test(part) || part.split(/\s+/).every((w) => POLITENESS.test(w)),
  );
}

function stripPoliteTail(arg: string): string {
  return arg.replace(/[\s,]+(?:please|pls|thanks|thank you|thx)[\s.!]*$/i, '').trim();
}

/** A name the user typed: no wrapping quotes, no "thanks" after it. */
function nameArg(arg: string): string {
  return stripPoliteTail(arg)
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const COLON_FORMS: Array<[RegExp, CommandVerb]> = [
  [/^(?:notes?|context)\s*[:\-–]\s*/i, 'notes'],
  [/^update\s*[:\-–]\s*/i, 'update'],
  [/^(?:time|new time|date|when)\s*[:\-–]\s*/i, 'time'],
  [/^interviewers?\s*[:\-–]\s*/i, 'interviewer'],
  [/^(?:company|employer|organi[sz]ation)\s*[:\-–]\s*/i, 'company'],
  [/^(?:role|position|job title|title)\s*[:\-–]\s*/i, 'role'],
  [/^(?:set\s+(?:my\s+)?(?:time\s*zone|tz)(?:\s+to)?|time\s*zone|tz\b)\s*[:=\-–]?\s*/i, 'timezone'],
  // `set hours 8-19`, `set my waking hours to 08:30-19:00`, `hours: 8am-7pm`.
  [
    /^(?:set\s+(?:my\s+)?(?:waking\s+)?hours\b(?:\s+to\b)?|(?:waking\s+)?hours\s*[:=])\s*[:=]?\s*/i,
    'hours',
  ],
];

/** Verbs whose argument is required: without one the line is no command. */
const NEEDS_ARG = new Set<CommandVerb>(['timezone']);

/** Verbs that act on one application, and so may name one by its number in a list. */
export const APPLICATION_VERBS: ReadonlySet<string> = new Set<CommandVerb>([
  'stop',
  'pause',
  'resume',
  'snooze',
  'sent',
  'heard-back',
  'notes',
  'update',
  'time',
  'interviewer',
  'company',
  'role',
  'linkedin',
]);

const SIMPLE_FORMS: Array<[RegExp, CommandVerb]> = [
  [/^(?:stop|close|cancel|unsubscribe|end)(?:\s+(.*))?$/, 'stop'],
  [/^(?:pause|hold)(?:\s+(.*))?$/, 'pause'],
  [/^(?:resume|unpause|continue|restart)(?:\s+(.*))?$/, 'resume'],
  [/^(?:i\s+)?(?:sent|sent it|have sent it|i've sent it|done|i sent it)(?:\s+(.*))?$/, 'sent'],
  [
    /^(?:i\s+)?(?:heard back|got a reply|they replied|they got back to me)(?:\s+(.*))?$/,
    'heard-back',
  ],
  [/^(?:status|list|what's pending)(?:\s+(.*))?$/, 'status'],
  [/^(?:help|commands|\?)(?:\s+(.*))?$/, 'help'],
  [/^(?:forget me|forget|delete my data|delete)(?:\s+(.*))?$/, 'forget'],
  [/^(?:yes|yep|yeah|confirm|confirmed|i confirm)(?:\s+(.*))?$/, 'confirm'],
  [/^(?:linkedin|linked in)(?:\s+(.*))?$/, 'linkedin'],
];

/** "forget it" is "never mind", not "delete my data". */
const NEVER_MIND = /^(?:forget (?:it|about it|that)|never ?mind)\b/;

const DIGEST_ON =
  /^(?:(?:set\s+)?(?:the\s+)?(?:weekly\s+)?digest(?:\s+(?:on|yes|weekly|start|enable|please))?|(?:start|turn on|enable|send me)\s+(?:the\s+|a\s+|my\s+)?(?:weekly\s+)?digests?)$/;
const DIGEST_OFF =
  /^(?:(?:set\s+)?(?:the\s+)?(?:weekly\s+)?digest\s+(?:off|no|stop|disable|none)|(?:stop|cancel|unsubscribe|turn off|disable|no more)\s+(?:the\s+|my\s+)?(?:weekly\s+)?digests?)$/;

/** `2`, `#2`, `number 2`, `2.`: the answer to "which application?". */
const PICK =
  /^(?:#|no\.?\s*|number\s+)?(\d{1,2})[.)]?(?:[\s,]+(?:please|pls|thanks|thank you|thx))?[.!]*$/i;

/** `stop 2`, `snooze 2 3d`, `notes 1: …`: a verb, the number of a list entry, the argument. */
const NUMBERED =
  /^([a-z][a-z' ]*?)\s+(?:#|no\.?\s*|number\s+)?(\d{1,2})(?![:.]\d)(?:\s*[:\-–]\s*(.*)|\s+(.+))?$/i;

/** After a number, words that make it a time or a duration ("2 pm", "2 days"), not an entry. */
const NOT_AN_ENTRY =
  /^(?:[ap]\.?m\b|o'?clock\b|(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|business days?|w|wks?|weeks?|months?)\b)/i;

/** The command a line of the user's own words is, number aside. */
function readLine(line: string): Command | null {
  for (const [pattern, verb] of COLON_FORMS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const rest = clean(line.slice(m[0].length));
    const arg = verb === 'company' || verb === 'role' ? nameArg(rest) : rest;
    if (!arg) return NEEDS_ARG.has(verb) ? null : { verb, arg: null };
    return { verb, arg };
  }
  const words = line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (NEVER_MIND.test(words)) return null;
  if (DIGEST_OFF.test(words)) return { verb: 'digest', arg: 'off' };
  if (DIGEST_ON.test(words)) return { verb: 'digest', arg: 'on' };
  for (const [pattern, verb] of SIMPLE_FORMS) {
    const m = pattern.exec(words);
    if (!m) continue;
    const rest = m[1] ?? '';
    if (rest && !onlyPoliteness(rest)) {
      // "stop by the office" is prose, not a command; linkedin takes a free argument.
      if (verb === 'linkedin') return { verb, arg: clean(rest) };
      continue;
    }
    return { verb, arg: null };
  }
  const snooze = /^snooze(?:\s+(?:for|until|till|to))?\s*(.*)$/i.exec(line);
  if (snooze) {
    const arg = clean(snooze[1] ?? '');
    return { verb: 'snooze', arg: arg ? stripPoliteTail(arg).toLowerCase() : null };
  }
  return null;
}

/** `stop 2`, `notes 1: …`: a command for one entry of the numbered list the user was sent. */
function readNumbered(line: string): Command | null {
  const m = NUMBERED.exec(line);
  if (!m?.[1] || !m[2]) return null;
  const head = m[1].trim();
  const colonArg = m[3]?.trim();
  const spaceArg = m[4]?.trim();
  if (spaceArg !== undefined && NOT_AN_ENTRY.test(spaceArg)) return null;
  const rest = colonArg ?? spaceArg;
  // "snooze 2" is a duration the user forgot the unit of as much as a list entry: no number.
  if (!rest && /^snooze$/i.test(head)) return null;
  // "notes 2 we met Dana" reads as "notes: we met Dana"; "stop 2 please" as "stop please".
  const rebuilt = rest
    ? colonArg !== undefined
      ? [`${head}: ${rest}`, `${head} ${rest}`]
      : [`${head} ${rest}`, `${head}: ${rest}`]
    : [head];
  for (const candidate of rebuilt) {
    const command = readLine(candidate);
    if (!command || !APPLICATION_VERBS.has(command.verb)) continue;
    // "When 10 March at 3pm" is a date: a time names its entry only before a colon ("time 2: …").
    if (command.verb === 'time' && colonArg === undefined) return null;
    return { ...command, number: Number(m[2]) };
  }
  return null;
}

/** The command one line of the user's own words is, if it is one. */
function commandOf(first: string): Command | null {
  // "Please stop.", "OK, pause": politeness in front of the verb.
  const line =
    first.replace(/^(?:(?:please|pls|plz|kindly|ok|okay|hi|hey|yes)\b[\s,!.:-]*)+/i, '') || first;
  const pick = PICK.exec(line);
  if (pick?.[1]) return { verb: 'pick', arg: null, number: Number(pick[1]) };
  return readNumbered(line.replace(/[\s.!?]+$/, '')) ?? readLine(line);
}

/**
 * The command in a reply, if the first meaningful line of the user's own text is one.
 * Case and punctuation do not matter; quoted text and signatures below are ignored.
 */
export function parseCommand(text: string): Command | null {
  if (typeof text !== 'string') return null;
  const [first] = meaningfulLines(text);
  return first ? commandOf(first) : null;
}

/** Corrections the acknowledgment asks for "one line per missing piece". */
const CORRECTIONS = new Set<CommandVerb>([
  'notes',
  'update',
  'time',
  'interviewer',
  'company',
  'role',
]);
const MAX_CORRECTIONS = 10;

/**
 * Every command of a reply: the first line's (as parseCommand reads it) and, when it is a
 * correction, the corrections on the lines right below it (`company: Acme`, then
 * `interviewer: Dana Lee <dana@acme.example>`), up to the first line that is none. Empty when the
 * first line is no command.
 */
export function parseCommands(text: string): Command[] {
  if (typeof text !== 'string') return [];
  const lines = meaningfulLines(text);
  const first = lines[0] ? commandOf(lines[0]) : null;
  if (!first) return [];
  const commands = [first];
  if (!CORRECTIONS.has(first.verb)) return commands;
  for (const line of lines.slice(1, MAX_CORRECTIONS)) {
    const next = commandOf(line);
    // Every line acts on the application the first names.
    if (!next || !CORRECTIONS.has(next.verb) || next.number !== first.number) break;
    commands.push(next);
  }
  return commands;
}
