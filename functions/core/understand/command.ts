// Reader -> commands: the user's own first line in a reply to followup mail ("stop please",
// "snooze 3 days", "time: Tue 3pm ET", "stop 2", a bare "2", "set hours 8-19", "company: Acme"),
// after quoted text and signatures are stripped. The verbs, their few-word and colon forms and
// what their argument is come from the command table (core/command-table.ts); the grammar that
// reads them (politeness, list numbers, snooze spans, digest on/off, typos) is here.

import EmailReplyParser from 'email-reply-parser';
import {
  APPLICATION_VERBS,
  COMMAND_TABLE,
  CORRECTIONS,
  type CommandVerb,
} from '../command-table.ts';
import { NUMBER_WORDS } from './details.ts';
import { literal, MONTH_WORD, WEEKDAY_WORD } from './text.ts';

export type { CommandVerb };

export interface Command {
  verb: CommandVerb;
  arg: string | null;
  /** `stop 2`: the entry of the numbered list last sent; absent when no number was written. */
  number?: number;
  /**
   * What the user most likely meant, though they did not write it as a command (`stpo`, `snoze
   * 3d`, "please stop sending these"): asked about ("did you mean `stop`?"), never acted on
   * before a `yes`.
   */
  unsure?: true;
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

/**
 * The field names of a quoted message's header block, as mail clients write them in English,
 * German, French, Spanish, Portuguese, Italian, Dutch and the Nordic languages.
 */
const HEADER_FIELDS = new Map<string, string>(
  Object.entries({
    from: ['from', 'von', 'de', 'van', 'da', 'från', 'fra', 'od'],
    sent: [
      'sent',
      'gesendet',
      'envoyé',
      'envoye',
      'enviado',
      'enviada',
      'verzonden',
      'inviato',
      'skickat',
      'sendt',
      'wysłano',
    ],
    date: ['date', 'datum', 'fecha', 'data', 'dato'],
    to: ['to', 'an', 'à', 'a', 'para', 'aan', 'till', 'til', 'do'],
    subject: [
      'subject',
      'betreff',
      'objet',
      'asunto',
      'assunto',
      'oggetto',
      'onderwerp',
      'ämne',
      'emne',
      'temat',
    ],
    cc: ['cc', 'bcc', 'kopie', 'copie', 'reply-to', 'antwort an'],
  }).flatMap(([field, names]) => names.map((name): [string, string] => [name, field])),
);

/** `Sent: Monday…`, `*Von:* Dana`, `**Subject:** x`: the field a header-like line names. */
function headerField(line: string): string | null {
  const m = /^[ \t]*[*_]{0,2}([\p{L}-]+(?: [\p{L}]+)?)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*\S/u.exec(
    line,
  );
  return m?.[1] ? (HEADER_FIELDS.get(m[1].toLowerCase()) ?? null) : null;
}

/** Lines a header block spans at most (a long To: list wraps over several). */
const HEADER_BLOCK_LINES = 8;

/**
 * A quoted message's header block starts here: at least two different header fields in the
 * lines from this one on, whichever comes first. One `Date: Tue 3pm` alone is a correction.
 */
function startsHeaderBlock(lines: string[], at: number): boolean {
  const first = headerField(lines[at] ?? '');
  if (!first) return false;
  const fields = new Set([first]);
  for (const line of lines.slice(at + 1, at + HEADER_BLOCK_LINES)) {
    const field = headerField(line);
    if (field) fields.add(field);
    if (fields.size >= 2) return true;
  }
  return false;
}

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
    if (startsHeaderBlock(lines, i)) break;
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

/**
 * What may follow a one-word command and leave it one: politeness, and what it acts on ("stop
 * the reminders", "pause this one for now", "sent the thank-you note this morning").
 */
const POLITENESS =
  /^(?:please|pls|plz|thanks|thank you|thx|ty|yes|now|it|this|that|these|those|the|a|my|one|all|of|everything|for|while|bit|for now|for the time being|for this one|for this interview|for this application|application|reminders?|follow-?ups?|followups|e-?mails?|mails?|messages?|drafts?|nudges?|notes?|thank-?you|them|again|already|just|today|tonight|earlier|yesterday|morning|asap|ok|okay)$/i;

/** The argument without the spaces and marks around it; `keepStop` leaves a closing . ! ? on. */
function clean(value: string, keepStop = false): string {
  return value
    .replace(keepStop ? /[\s,;:]+$/g : /[\s.!?,;:]+$/g, '')
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

// "… please", "…, thanks!", "…. Thanks", "… ty": politeness after an argument.
const POLITE_TAIL = '(?:please|pls|thanks|thank you|thx|ty|cheers)';
const POLITE_TAIL_AFTER = new RegExp(String.raw`[\s,.!]+${POLITE_TAIL}[\s.!]*$`, 'i');
function stripPoliteTail(arg: string): string {
  return arg.replace(POLITE_TAIL_AFTER, '').trim();
}

/** A name the user typed: no wrapping quotes, no "thanks" after it. */
function nameArg(arg: string): string {
  return stripPoliteTail(arg)
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Capitalised words to the line's end, with the small words and marks a name or a title holds
// ("Marlow Biosciences", "Head of Data, Payments", "Smith & Lowe", "Senior Engineer (Backend)"),
// starting with no word of a heading ("Name", "News", "Update") and not only a heading's one word
// ("Company Values", "Interviewer Notes", "Role Overview").
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’.()/-]*`;
const HEADING_ALONE = String.raw`(?:Notes?|Values|Overview|Benefits|Holidays?|Profile|Updates|Requirements|Closed|Panel|Availability|Summary|Responsibilities|Mission|History|Polic(?:y|ies)|Perks|Location|Address|Contact|Title|Level|Salary|Schedule|Questions|Prep|Preparation|Research|Background|Reviews?|Size|Structure|Goals|Expectations|Scope|Duties|Outline|Offer|Status|Fit|Call|Meeting|Chat|Intro)[ \t]*[.!:]*[ \t]*$`;
const NAME_FILLS_THE_LINE = String.raw`(?!(?:Name|News|Spotlight|Update|Branding|Applied|Details|Info|Feedback|Culture|Play|Confirmed|Changed|Confidential|Description|Filled|I)\b|${HEADING_ALONE})${NAME_WORD}(?:(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+[-–—][ \t]+)(?:${NAME_WORD}|\([^()\n]{1,30}\)|&|and|of|the|for|de|du|la|van|von|y|e|und)){0,8}(?:[ \t]*[,.]?[ \t]+${POLITE_TAIL})?[ \t]*[.!]*[ \t]*$`;

// "Thu Jul 8 2:30pm", "tomorrow at 10am ET", "9/7 14:00": a day and a clock, and nothing else.
const ZONE_WORD = String.raw`\(?(?:[ECMPA][SD]?T|GMT|UTC|BST|IST|CES?T|EES?T|AE[SD]T|AC[SD]T|AW[SD]T|NZ[SD]T|HST|AK[SD]T|SGT|HKT|JST)\)?`;
// (A clock's place or owner too: "10am NZ time", "2pm Sydney time", "9am my time", "3pm Pacific".)
const CLOCK_OF = String.raw`(?:\p{L}[\p{L}.]{1,20}|my|your|our|their|local)[ \t]+time|eastern|central|mountain|pacific|atlantic`;
const WHEN_WORD = String.raw`(?:(?:${WEEKDAY_WORD}|${MONTH_WORD})(?![a-z])|\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}|today|tomorrow|next|this|at|on|the|of|noon|midday|${ZONE_WORD}|${CLOCK_OF})`;
const CLOCK = String.raw`\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)|\d{1,2}[:.]\d\d|noon|midday`;
const WHEN_FILLS_THE_LINE = String.raw`(?=[^\n]*(?:${CLOCK}))(?:(?:${WHEN_WORD}|${CLOCK})[ \t,]*)+[.!]*[ \t]*$`;

/** The `verb: argument` forms, as the command table writes them. */
const COLON_FORMS: Array<[RegExp, CommandVerb]> = COMMAND_TABLE.flatMap((spec) => [
  ...(spec.colon ? [[spec.colon, spec.verb] as [RegExp, CommandVerb]] : []),
  // "company Marlow Biosciences", "COMPANY Marlow": the word in any case, then a name that fills
  // the line (not "Company HR said they would call", "Position Update - I got through").
  // "time Thu Jul 8 2:30pm": a day and a clock fill the line, in any case.
  ...(spec.bare ?? []).map((word): [RegExp, CommandVerb] => [
    spec.verb === 'time'
      ? new RegExp(String.raw`^${word}[ \t]+(?=${WHEN_FILLS_THE_LINE})`, 'iu')
      : new RegExp(
          String.raw`^(?:${word}|${word.toUpperCase()}|${word[0]?.toUpperCase()}${word.slice(1)})[ \t]+(?=${NAME_FILLS_THE_LINE})`,
          'u',
        ),
    spec.verb,
  ]),
]);

/** Verbs whose argument is required: without one the line is no command. */
const NEEDS_ARG = new Set(
  COMMAND_TABLE.filter((spec) => spec.argument === 'required').map((spec) => spec.verb),
);

/** Verbs whose argument is a name: no wrapping quotes, no "thanks" after it. */
const NAME_ARG = new Set(
  COMMAND_TABLE.filter((spec) => spec.argument === 'name').map((spec) => spec.verb),
);

/** Verbs whose few words may be followed by anything, kept as written (`linkedin short`). */
const FREE_ARG = new Set(
  COMMAND_TABLE.filter((spec) => spec.argument === 'free').map((spec) => spec.verb),
);

export { APPLICATION_VERBS, CORRECTIONS };

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

// What a phrasal verb takes in its middle: "put this one on hold", "turn the reminders back on".
const OBJECT_WORDS =
  '(?:the|my|all|of|these|those|them|it|this|that|one|everything|reminders?|follow-?ups?|followups|e-?mails?|drafts?|nudges?|notifications?|applications?)';
const wordsPattern = (form: string) =>
  literal(form)
    .replace(/ … /g, String.raw`(?:\s+${OBJECT_WORDS}){0,3}\s+`)
    // "hold off on …": what it acts on, at its end.
    .replace(/ …$/, String.raw`(?:\s+${OBJECT_WORDS}){0,3}`);

/** The few-word commands of the table: anything after them must be politeness ("stop please"). */
const SIMPLE_FORMS: Array<[RegExp, CommandVerb]> = COMMAND_TABLE.flatMap(({ verb, words }) =>
  words
    ? [
        // Longest first: "filter address" is the whole form, not "filter" and a stray word.
        [new RegExp(`^(?:${byLength(words).map(wordsPattern).join('|')})(?:\\s+(.*))?$`), verb] as [
          RegExp,
          CommandVerb,
        ],
      ]
    : [],
);

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

// "Please add Gwen Pritchard-Evans as an interviewer – she joined for the second half": the
// `interviewer:` correction in words; what follows the dash or the stop is the reason.
const ADD_INTERVIEWER =
  /^[Aa]dd\s+(\p{Lu}[^,;:!?–—\n]{1,80}?)\s+(?:as (?:an? |the )?(?:interviewer|panel(?:ist| member))|to the (?:panel|interviewers|interview panel))\b/u;

// "Sent last night, thanks!", "Sent this arvo, cheers" (Australian for the afternoon): when it
// went, ending the clause, says the draft went (not "sent today the references they asked for").
const SENT_WHEN = String.raw`(?:last night|tonight|(?:first thing )?this (?:morning|afternoon|arvo|evening)|first thing|yesterday(?: (?:morning|afternoon|evening))?|earlier(?: today)?|today|just now|an? (?:hour|few (?:minutes|hours)) ago|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?=\s*(?:[,.!;]|[-–—]\s|$|thanks|cheers|thx))`;
// "Sent it this morning from my work id, changed the last line a bit", "Got it sent off this
// arvo": that it went, then how; the draft's sending said with its object is news enough ("Sent
// from my iPhone" has none).
const SENT_IN_WORDS = new RegExp(
  String.raw`^(?:i(?:'|’)?ve\s+|i have\s+|i\s+)?(?:just\s+|already\s+)?(?:sent|(?:finally\s+)?got (?:it(?: all)?|them|the (?:note|e-?mail|draft|message|thank-?you(?: note)?|follow-?up)) sent(?: off| out)?) (?:(?:it|them|this one|the (?:note|e-?mail|draft|follow-?up|thank-?you(?: note)?|message|reply))\b|(?:(?:it|this|them)\s+)?${SENT_WHEN})(?![^.!?]*\?)`,
  'i',
);
// "Sent this to Marcus last night": "this" is the draft when it went to someone by name (not "to
// my coach to look over", "to you by mistake").
const SENT_THIS_TO =
  /^(?:I(?:'|’)?ve\s+|I have\s+|I\s+)?(?:[Jj]ust\s+)?[Ss]ent (?:this|that) to \p{Lu}\p{Ll}+\b/u;

// "Sorry, what can I actually reply to these with?", "what were the commands again?": `help`.
// The question ends where it asks what to reply: "What should I say if they ask about salary?" asks
// about the interview, not about us.
const HELP_IN_WORDS =
  /^(?:what (?:can|do|could) I (?:actually |even )?(?:reply|answer|type)(?: (?:to )?(?:these|this|you|them|it))?(?: with)?(?: to \w+)?(?: again)?\s*(?:\?|$)|what (?:are|were) the (?:commands|keywords|words)(?: I can (?:use|reply with))?(?: again)?\s*(?:\?|$)|(?:send|remind) me (?:of )?(?:the )?(?:list of )?(?:commands|keywords)\b)/i;

const SAYS_WHAT_IT_REPLACES = new Set<CommandVerb>(['company', 'role', 'time', 'interviewer']);
const WHAT_IT_REPLACES =
  /\s*(?:[,;]|\s[-–—])\s*not\s+(?!sure\b|certain\b)[^,;]+$|\s*\(\s*not\s+(?!sure\b|certain\b)[^()]+\)\s*$/i;

/** The command a line of the user's own words is, number aside. */
function readLine(line: string): Command | null {
  const added = ADD_INTERVIEWER.exec(line);
  if (added?.[1]) return { verb: 'interviewer', arg: nameArg(added[1]) };
  if (SENT_IN_WORDS.test(line) || SENT_THIS_TO.test(line)) return { verb: 'sent', arg: null };
  if (HELP_IN_WORDS.test(line)) return { verb: 'help', arg: null };
  for (const [pattern, verb] of COLON_FORMS) {
    const m = pattern.exec(line);
    if (!m) continue;
    // The user's notes are their own words: kept with the stop they end on.
    const rest = clean(line.slice(m[0].length), verb === 'notes');
    // "company: Acme, not Acme Labs", "time: Thursday 3pm (not 2pm)": a correction may say what it
    // replaces; the argument is what it is.
    const stated = SAYS_WHAT_IT_REPLACES.has(verb)
      ? stripPoliteTail(rest.replace(WHAT_IT_REPLACES, ''))
      : rest;
    const arg = NAME_ARG.has(verb) ? nameArg(stated) : stated;
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
      if (FREE_ARG.has(verb)) return { verb, arg: clean(rest) };
      continue;
    }
    return { verb, arg: null };
  }
  // "snooze 3d", "snooze until Monday", "snooze this one for 7 days".
  const snooze = SNOOZE.exec(line);
  if (snooze) {
    // "snooze this for 7 days? I'm traveling": the duration ends with its sentence.
    // "remind me again in four days": the span after "in" is the snooze's.
    // "snooze 1w - Carmen says they're still interviewing": a dash starts the reason, and "and"
    // the next request ("hold off for three weeks and remind me then").
    // Plain words ("give this another 5 days before reminding me", "wait a week") snooze only by a
    // whole span: "Wait, Friday doesn't work" and "Give Tuesday's panel my thanks" are prose.
    const word = (snooze[1] ?? '').toLowerCase();
    const plain = word === 'give' || word === 'wait' || word === 'hold';
    const arg = clean(
      (snooze[2] ?? '').split(
        plain
          ? /[?!;,](?:\s|$)|\.\s+|\s[-–—]\s|\s+(?:and|then|but|so|before|until)\s+/u
          : /[?!;](?:\s|$)|\.\s+(?=\p{Lu})|\s[-–—]\s|\s+(?:and|then|but|so)\s+/u,
      )[0] ?? '',
    )
      .replace(/^(?:in|after)\s+/i, '')
      // "in 10 days instead of 3": the new span, not the old.
      .replace(/\s+instead(?:\s+of\b.*)?$/i, '')
      // The pattern took "another" from "another week": a week more.
      .replace(/^(?=(?:day|week|fortnight)\b)/i, 'a ')
      // "… on this one" says what it acts on.
      .replace(/\s+(?:on|for|with)\s+(?:this|it|them|these|that)(?:\s+one)?$/i, '');
    if (plain) {
      const days = inDays(stripPoliteTail(arg).toLowerCase());
      return /^\d+ days?$/.test(days) ? { verb: 'snooze', arg: days } : null;
    }
    // "Delay the interview by a day" is news, not a snooze: other words take only a duration.
    if (word !== 'snooze' && !WHEN_FIRST.test(arg)) return null;
    return { verb: 'snooze', arg: arg ? inDays(stripPoliteTail(arg).toLowerCase()) : null };
  }
  return null;
}

/**
 * "four days", "a week", "in 2 weeks", "a fortnight": a span of days written as the drafts write
 * it ("7 days"); anything else as it came.
 */
export function inDays(arg: string): string {
  const m =
    /^(?:in\s+|after\s+)?(?:(\d{1,3})\s*(w|wks?)|(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|fortnights?))$/.exec(
      arg,
    );
  // "1w" is a week in days, as "a week" is; "3d" stays as the footer writes it.
  const amount = m?.[1] ?? m?.[3];
  const unit = m?.[2] ?? m?.[4];
  if (!amount || !unit) return arg;
  const count = NUMBER_WORDS[amount] ?? Number(amount);
  const days = unit.startsWith('fortnight') ? count * 14 : unit.startsWith('w') ? count * 7 : count;
  return `${days} day${days === 1 ? '' : 's'}`;
}

/**
 * "snooze 3d", "snooze until Monday", "snooze this one for 7 days", "push them back 4 days", "give
 * this another 5 days", "push this back like 5 days", "wait a week", "hold this one for a week", "remind me about this one in 10
 * days".
 */
const SNOOZE =
  /^(snooze|postpone|delay|defer|hold off|hold|push back|push (?:it|this|them|these) back|give|wait|remind me(?: again| later)?(?:(?: about| of)? (?:this|it|them|these)(?: one)?)?(?= in\b| after\b))(?:\s+(?:on\s+)?(?:this|it|them|these|that|the (?:reminders|drafts|follow-?ups|e-?mails|nudges))(?:\s+one)?)?(?:\s+back)?(?:\s+(?:for|until|till|to|by|on))?(?:\s+(?:another|a further|an extra|like|about|around|roughly|maybe)(?=\s+(?:\d|(?:day|week|fortnight)s?\b|a|an|one|two|three|four|five|six|seven|eight|nine|ten)))?\s*(.*)$/i;

/** How a duration or a date starts: "4 days", "a week", "next Monday", "tomorrow", "Dec 14". */
const WHEN_FIRST = new RegExp(
  String.raw`^(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)\s+(?:days?|weeks?|fortnights?|months?|business days?)\b|(?:next|this coming)\s|tomorrow\b|${WEEKDAY_WORD}(?![a-z])|${MONTH_WORD}\s+\d)`,
  'i',
);

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

// "Great 👍 stop": a word and an emoji before a few words of their own.
const WORD_AND_EMOJI_FIRST =
  /^\s*\p{L}+[!.,]?\s*\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})*\s*(\S+(?:\s+\S+){0,2})\s*$/u;

/**
 * The command one line of the user's own words is, if it is one; else the first of its first
 * few sentences or clauses that is ("I'm back - you can resume the reminders now. Thanks!").
 */
// ("Wait 😬 stop them?", "Jk 😂 stop", "Not 👎 stop": a word that takes it back, or a question.)
const TAKES_IT_BACK = /^\W*(?:wait|jk|j\/k|but|not|no|almost|nearly|maybe|kidding|lol)\b|\?\s*$/i;

function commandOf(first: string): Command | null {
  const afterEmoji = TAKES_IT_BACK.test(first) ? undefined : WORD_AND_EMOJI_FIRST.exec(first)?.[1];
  return (
    commandOfClause(first) ??
    inClauses(first, commandOfClause) ??
    (afterEmoji ? commandOfClause(afterEmoji) : null)
  );
}

/**
 * The command `read` finds in one of a line's first clauses ("done, emailed it to Ji-woo before
 * lunch": a comma parts clauses too), when the line has more than one.
 */
function inClauses(line: string, read: (clause: string) => Command | null): Command | null {
  const clauses = line
    // An emoji ends a clause of two words or more as a stop does: "Forget this one please 🙈 it's
    // just coffee" (one word before it, "Close 😅 it's at 3", may be any word's); so does an aside
    // in brackets ("Sent this morning (tweaked the second paragraph). Thanks!").
    .split(
      /(?<=[.!?,])\s+|\s+[-–—]\s+|\s+(?=\()|(?<=\S+\s+\S+)\s*\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})*\s*/u,
    )
    .map((clause) => clause.trim())
    .filter(Boolean);
  if (clauses.length < 2) return null;
  for (const [i, clause] of clauses.slice(0, 3).entries()) {
    // "Close, but the time is wrong", "Stop, wait": the clause after it takes the word back.
    if (HEDGE.test(clauses[i + 1] ?? '')) continue;
    const command = read(clause);
    // Only a whole line takes free text ("notes: …"); a clause is a verb with little or no argument.
    if (command && !CORRECTIONS.has(command.verb) && !FREE_ARG.has(command.verb)) return command;
  }
  return null;
}

// (A doubt in brackets takes it back too, "Close (maybe)"; unbracketed, "status? not sure the note
// went out" gives the reason.)
const HEDGE =
  /^\(?(?:but|wait|no wait|hold on|although|except|however|jk|j\/k|just kidding|kidding|not yet)\b|^\((?:maybe|perhaps|possibly|not sure|unless)\b/i;

// "So close 😅", "too close to call": nearly, not "close this one".
const NEARLY = /^\W*(?:so|too|very|that|this|getting|almost|pretty|quite|really)\s+close\b/i;

function commandOfClause(first: string): Command | null {
  if (NEARLY.test(first)) return null;
  const line = withoutPoliteStart(first);
  const pick = PICK.exec(line);
  if (pick?.[1]) return { verb: 'pick', arg: null, number: Number(pick[1]) };
  return readNumbered(line.replace(/[\s.!?]+$/, '')) ?? readLine(line);
}

/** "Please stop.", "OK, pause", "so you can start the reminders again": politeness in front of the verb. */
function withoutPoliteStart(line: string): string {
  return (
    line.replace(
      /^(?:(?:please|pls|plz|kindly|ok|okay|hi|hey|yes|just|so|and|then|(?:can|cna|could|would|will) (?:you|u)|you can|go ahead and|i'?d like to|i would like to|i want to|let'?s)\b[\s,!.:-]*)+/i,
      '',
    ) || line
  );
}

/** "Hi,", "Hello followup!", "Dear team,": a line of its own that only greets. */
const GREETING =
  /^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening))\b[\p{L}\s'.-]{0,40}[,!.:]?$/iu;

/** The user's lines, from the first that is not only a greeting (unless it is a command too). */
function commandLines(text: string): string[] {
  let lines = meaningfulLines(text);
  const [first = ''] = lines;
  if (lines.length > 1 && GREETING.test(first) && !commandOf(first)) lines = lines.slice(1);
  // "The time is Singapore time, not mine:", "Small fix -": a line that leads in with a colon or
  // a dash introduces the command under it.
  const [lead = ''] = lines;
  if (lines.length > 1 && /(?::|\s[-–—])\s*$/.test(lead) && !commandOf(lead))
    lines = lines.slice(1);
  return lines;
}

/**
 * The words a misspelt first word is compared with: the usual first word of each command, and
 * every word of stop. Keep ENGLISH_NEAR_COMMANDS in step when this changes.
 */
export const TYPO_TARGETS: readonly string[] = COMMAND_TABLE.flatMap(
  (spec) => spec.typoTargets ?? [],
);

/**
 * English words (SCOWL's American list, as Debian's wamerican ships it) within the typo distance
 * of a TYPO_TARGETS word: a real word is what the user meant to write, never a typo.
 */
export const ENGLISH_NEAR_COMMANDS: ReadonlySet<string> = new Set(
  `atop bent bole cancels cancer cause cent chancel chose clone closed closer closes closet clove
  cotes dent digests dime direst divest dole dotes forge forged forger forges forgets forgot gent
  heap held hell helm helps hemp hep hole interview interviewed interviewee interviewees
  interviewers interviews kelp lent lime linked lose mime mole motes nites nodes noes noses note
  noted parse paused pauses pent pole presume rebind remand reminds remote removed remover removes rent
  resent resumed resumes rewind rile rime robe rode roe roles roll rope rose rote rove rule scent seat sect send set shop slop
  snoozed snoozes sole sop spent states stats statue statues stent step stomp stoop stops stow
  strop subscribe swop tame tent tide tie tike tile timed timer times tine tire tome top totes
  unsubscribed unsubscribes updated updater updates vent vole votes went whelp yelp`.split(/\s+/),
);

/** How far a typo may be from the word meant: one slip, two in a long word. */
export function typoBound(target: string): number {
  return target.length >= 8 ? 2 : 1;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or `max + 1` once
 * it is sure to be more than `max`: cheap for the short words it compares.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/** Verbs whose argument follows a colon: a misspelt one is a command only with its colon. */
const COLON_VERBS = new Set<CommandVerb>(COLON_FORMS.map(([, verb]) => verb));

/** `stpo`, `snoze 3d`, `compnay: Acme`: the command a misspelt first word makes, if exactly one. */
function misspelt(line: string): Command | null {
  const m = /^(\p{L}+)(.*)$/u.exec(line.trim());
  const word = m?.[1]?.toLowerCase() ?? '';
  if (word.length < 3 || ENGLISH_NEAR_COMMANDS.has(word) || TYPO_TARGETS.includes(word)) {
    return null;
  }
  const near = TYPO_TARGETS.filter((t) => typoDistance(word, t, typoBound(t)) <= typoBound(t));
  const [meant] = near;
  if (!meant || near.length > 1) return null;
  const rest = (m?.[2] ?? '').replace(/[\s.!?]+$/, '');
  const corrected = `${meant}${rest}`;
  const command = readNumbered(corrected) ?? readLine(corrected);
  if (!command || command.verb === 'confirm') return null;
  if (COLON_VERBS.has(command.verb) && !/^\s*:/.test(rest)) return null;
  return { ...command, unsure: true };
}

/** Stops written in plain words: "please stop sending these", "no more reminders". */
const PLAIN_STOPS: RegExp[] = [
  /\b(?:stop|quit|cease)\s+(?:sending|e-?mailing|mailing|reminding|messaging|contacting|following up|(?:the|these|those|all|all the|your)\s+(?:e-?mails?|mails?|messages?|reminders?|follow-?ups?|drafts?|nudges?|notifications?))\b/,
  /\bno (?:more|further)\s+(?:[a-z'-]+\s+){0,2}?(?:e-?mails?|mails?|messages?|reminders?|follow-?ups?|drafts?|nudges?|notifications?)\b/,
  /\b(?:don'?t|do not)\s+(?:send|e-?mail|remind|contact)\s+(?:me\s+)?(?:any\s*more|more|these|those|again|anything)\b/,
  /\b(?:opt (?:me )?out|take me off|remove me from)\b/,
  /\b(?:accepted|signed|took|taking|accepting|going with)\s+(?:an?|another|the|their|a different|an other)\s+(?:[a-z-]+\s+)?(?:offer|job|position|role)\b/,
  /\b(?:withdr[ae]w|withdrawing|withdrawn)\b/,
  // The user's own decision ("I've decided to pull out"), not someone's ("they decided not to
  // proceed with the hiring") nor a maybe ("I might drop out if they lowball me").
  /\bi(?:'ve|’ve| have| am|'m|’m)?(?: decided to| going to)? (?:pull(?:ing|ed)?|drop(?:ping|ped)?) out (?:of|from)\b/,
  /\b(?:take|remove|drop|delete|cross) (?:it|this(?: one)?|that(?: one)?|this application|them) (?:off|from) (?:my|the|your) list\b/,
  /\bi(?:'ve|’ve| have)? (?:decided|chosen) not to (?:go ahead|continue|proceed|pursue)\b/,
  /\b(?:no longer (?:interested|looking)|not (?:interested|looking) any\s*more)\b/,
];
/** "Don't stop the reminders": the opposite. */
const KEEP_GOING = /\b(?:don'?t|do not|never|please don'?t)\s+(?:stop|cancel|end)\b/;
/** Only a short note says stop (or asks for the status); a longer text is about something else. */
const MAX_PLAIN_REQUEST_LINES = 5;
const MAX_PLAIN_REQUEST_CHARS = 600;

function plainStop(lines: string[]): Command | null {
  const text = lines.join('\n').toLowerCase().replace(/[‘’]/g, "'");
  if (lines.length > MAX_PLAIN_REQUEST_LINES || text.length > MAX_PLAIN_REQUEST_CHARS) return null;
  if (KEEP_GOING.test(text) || !PLAIN_STOPS.some((pattern) => pattern.test(text))) return null;
  return { verb: 'stop', arg: null, unsure: true };
}

/** Asking in plain words where things stand: "can you tell me where all my applications stand?" */
const PLAIN_STATUS: RegExp[] = [
  /\bwhere (?:do |are )?(?:all |each of |things with )?my (?:\w+ )?applications (?:stand|are at|are)\b/,
  /\b(?:list|show|send|give)(?: me)? (?:a list of |an overview of |the status of )?(?:all )?my (?:open |current |pending |active )?applications\b/,
  /\b(?:status|overview|summary) of (?:all )?my (?:\w+ )?applications\b/,
  // "a rundown of everything that's still open"
  /\b(?:rundown|run-down|list|recap|summary|overview) of (?:everything|what(?:'s| is))(?: (?:that(?:'s| is)|i have|i've got))? (?:still )?(?:open|pending|outstanding|waiting|in progress)\b/,
  /\bwhat(?: else)?(?:'s| is) (?:still )?(?:pending|open|outstanding) (?:with whom|for me)?\b/,
  // "Can you send me a status as well?" (not "don't send me a status every morning")
  /(?<!\b(?:don'?t|do not|no need to|never)\s+)\b(?:send|give|show)(?: me)? (?:a |the |my )?(?:status|status update|overview|summary)\b/,
];

/** Reading the status changes nothing, so asked in plain words it is answered, not questioned. */
function plainStatus(lines: string[]): Command | null {
  const text = lines.join('\n').toLowerCase().replace(/[‘’]/g, "'");
  if (lines.length > MAX_PLAIN_REQUEST_LINES || text.length > MAX_PLAIN_REQUEST_CHARS) return null;
  return PLAIN_STATUS.some((pattern) => pattern.test(text)) ? { verb: 'status', arg: null } : null;
}

// "company should be Kishwaukee Transit District, not Paylocity": a correction in words, the
// value up to what it replaces.
const CORRECTION_IN_WORDS =
  /^(?:the )?(company|employer|role|job title|title|position|interviewer)(?: name)? (?:should be|is actually|is really|should read) (.+?)(,?\s+(?:not|rather than|instead of)\b.*|\s+[-–—]\s.*|[.!]\s.*|[.!])?$/i;
// "Interviewer is Siobhan Kearney-Walsh, the Marine Operations Superintendent": said plainly, only
// a person's full name, ending there ("Interviewer was Dana, she was lovely", "Interviewer is TBC"
// and "The interviewer was I think Priya Nair" are remarks).
const INTERVIEWER_NAMED =
  /^(?:[Tt]he\s+)?[Ii]nterviewer\s+(?:is|was)\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)(?=\s*(?:$|[,.;!(–—]|\s-\s|\s+not\b))/u;
// "Position was Filled", "The role is Remote", "Company was Great": what the job is like or
// became, never its name (and a role's name has two words at least: "Title was Staff Engineer").
const STATE_OF_THE_JOB =
  /^(?:filled|cancell?ed|closed|frozen|paused|remote|hybrid|on-?site|in-?person|contract|permanent|temporary|temp|full[- ]?time|part[- ]?time|great|amazing|awesome|good|fine|tbd|tbc|[\p{L}-]+-based)\b/iu;
// "Company is Purbanchal Agro Inputs - Naukri is just the job site", "Role is Senior Data Analyst,
// not Data Analyst", "Title was Staff Engineer": a name of capitalised words, then the line's end,
// a dash or "not" ("Company was Acme, all good", "The role is London-based, so …" are remarks).
const NAMED_PLAINLY =
  /^(?:[Tt]he\s+)?([Cc]ompany|[Ee]mployer|[Rr]ole|[Jj]ob title|[Tt]itle|[Pp]osition)(?:\s+name)?\s+(?:is|was)\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&|and|of|\p{Lu}[\p{L}\p{N}&'’.-]*))*)(?=\s*(?:$|\s[-–—]\s|[,;]?\s+not\b))/u;

/** A name, or a value set against the one it replaces ("…, not Paylocity"): "should be a good fit" is neither. */
function correctionInWords(line: string): Command | null {
  const named = INTERVIEWER_NAMED.exec(line.trim());
  if (named?.[1]) return { verb: 'interviewer', arg: nameArg(named[1]), unsure: true };
  const plain = NAMED_PLAINLY.exec(line.trim());
  const company = /^(?:company|employer)$/i.test(plain?.[1] ?? '');
  if (
    plain?.[1] &&
    plain[2] &&
    !STATE_OF_THE_JOB.test(plain[2]) &&
    (company || /\s/.test(plain[2]))
  ) {
    const verb = company ? 'company' : 'role';
    return { verb, arg: plain[2].replace(/\.$/, ''), unsure: true };
  }
  const m = CORRECTION_IN_WORDS.exec(line.trim());
  const value = m?.[2]?.trim();
  if (!m || !value || value.length > 120) return null;
  const replaces = /^,?\s+(?:not|rather than|instead of)\b/i.test(m[3] ?? '');
  if (!replaces && !/^[\p{Lu}\d]/u.test(value)) return null;
  if (/^interviewer$/i.test(m[1] ?? ''))
    return /^\p{Lu}/u.test(value)
      ? { verb: 'interviewer', arg: nameArg(value), unsure: true }
      : null;
  const verb = /^(?:company|employer)$/i.test(m[1] ?? '') ? 'company' : 'role';
  return { verb, arg: value, unsure: true };
}

const THANKS_TO_A_NAME = /^(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Tt]a),\s*\p{Lu}\p{Ll}+[.!]*$/u;

/**
 * No command, but what looks like one: a misspelt first word, a correction in words, or a stop in
 * plain words.
 */
function suggestionFor(lines: string[]): Command | null {
  const first = lines[0];
  if (!first) return null;
  const line = withoutPoliteStart(first);
  return (
    misspelt(line) ??
    correctionInWords(line) ??
    // "Thanks, Kent": thanks to a name, not a misspelt "sent".
    (THANKS_TO_A_NAME.test(first)
      ? null
      : inClauses(first, (clause) => misspelt(withoutPoliteStart(clause)))) ??
    plainStop(lines)
  );
}

/**
 * The command in a reply, if the first meaningful line of the user's own text is one (or, marked
 * `unsure`, looks like one). Case and punctuation do not matter; quoted text and signatures
 * below are ignored.
 */
export function parseCommand(text: string): Command | null {
  return parseCommands(text)[0] ?? null;
}

const MAX_CORRECTIONS = 10;

/**
 * Every command of a reply: the first line's (as parseCommand reads it) and, when it is a
 * correction, the corrections on the lines right below it (`company: Acme`, then
 * `interviewer: Dana Lee <dana@acme.example>`), up to the first line that is none. Empty when the
 * first line is no command.
 */
export function parseCommands(text: string): Command[] {
  if (typeof text !== 'string') return [];
  const lines = commandLines(text);
  // A stop in plain words is asked about before a status asked in passing is answered.
  const first =
    (lines[0] ? commandOf(lines[0]) : null) ?? suggestionFor(lines) ?? plainStatus(lines);
  if (!first) return [];
  const commands = [first];
  // Only what the user wrote as commands is read on: a guess is asked about alone.
  if (first.unsure || !CORRECTIONS.has(first.verb)) return commands;
  for (const line of lines.slice(1, MAX_CORRECTIONS)) {
    const next = commandOf(line);
    // Every line acts on the application the first names.
    if (!next || !CORRECTIONS.has(next.verb) || next.number !== first.number) break;
    commands.push(next);
  }
  return commands;
}
