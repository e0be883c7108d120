// Reader -> commands: the user's own first line in a reply to followup mail ("stop please",
// "snooze 3 days", "time: Tue 3pm ET"), after quoted text and signatures are stripped.
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
  | 'timezone'
  | 'status'
  | 'help'
  | 'forget'
  | 'linkedin';

export interface Command {
  verb: CommandVerb;
  arg: string | null;
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

function firstMeaningfulLine(text: string): string | null {
  for (const line of ownText(text).split('\n')) {
    const trimmed = line.replace(/^[\s*_>•-]+|[\s*_]+$/g, '').trim();
    if (trimmed) return trimmed.slice(0, 500);
  }
  return null;
}

const POLITENESS =
  /^(?:please|pls|plz|thanks|thank you|thx|ty|now|it|this|that|all|everything|for now|for this one|for this interview|for this application|this application|reminders|the reminders|follow-?ups|the follow-?ups|emails|mails|them|asap|ok|okay)$/i;

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

const COLON_FORMS: Array<[RegExp, CommandVerb]> = [
  [/^(?:notes?|context)\s*[:\-–]\s*/i, 'notes'],
  [/^update\s*[:\-–]\s*/i, 'update'],
  [/^(?:time|new time|date|when)\s*[:\-–]\s*/i, 'time'],
  [/^interviewers?\s*[:\-–]\s*/i, 'interviewer'],
  [/^(?:set\s+(?:my\s+)?time ?zone(?:\s+to)?|time ?zone|tz\b)\s*[:\-–]?\s*/i, 'timezone'],
];

/**
 * The command in a reply, if the first meaningful line of the user's own text is one.
 * Case and punctuation do not matter; quoted text and signatures below are ignored.
 */
export function parseCommand(text: string): Command | null {
  if (typeof text !== 'string') return null;
  const first = firstMeaningfulLine(text);
  if (!first) return null;
  // "Please stop.", "OK, pause": politeness in front of the verb.
  const line =
    first.replace(/^(?:(?:please|pls|plz|kindly|ok|okay|hi|hey|yes)\b[\s,!.:-]*)+/i, '') || first;
  for (const [pattern, verb] of COLON_FORMS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const arg = clean(line.slice(m[0].length));
    if (!arg) return verb === 'timezone' ? null : { verb, arg: null };
    return { verb, arg };
  }
  const words = line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const simple: Array<[RegExp, CommandVerb]> = [
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
    [/^(?:forget|forget me|delete my data|delete)(?:\s+(.*))?$/, 'forget'],
    [/^(?:linkedin|linked in)(?:\s+(.*))?$/, 'linkedin'],
  ];
  for (const [pattern, verb] of simple) {
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

function stripPoliteTail(arg: string): string {
  return arg.replace(/[\s,]+(?:please|pls|thanks|thank you|thx)[\s.!]*$/i, '').trim();
}
