// Reader -> forwards: finds the original message inside a forward (Gmail, Outlook desktop/web/
// mobile, Apple Mail, Thunderbird, Yahoo; quoted with "> "; forwards of forwards) and separates
// the forwarder's note, the original's header block and its body without the older history.
import { displayName, type Mailbox } from './mime.ts';

export interface ForwardedHeaders {
  from: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  /** Where replies go: a scheduling tool sends as itself with the person who booked here. */
  replyTo: Mailbox[];
  subject: string | null;
  /** The Date/Sent line as the forwarding client wrote it. */
  dateText: string | null;
}

export interface Unwrapped {
  /** The forwarder's own words above the forwarded message (outermost first). */
  notes: string[];
  /** Header blocks of each forward level, outermost first; the last one is the original's. */
  levels: ForwardedHeaders[];
  /** The original message's own text, older quoted history cut off. */
  body: string;
  /** The history cut off the original (a thread below the recruiter's message). */
  history: string;
}

/** "Re:", "AW:", "SV:", "Antw:": a reply's subject. */
const REPLY_PREFIX = /^\s*(?:re|aw|sv|antw|r)\s*:/i;
/** "Fwd:", "FW:", "TR:", "WG:" anywhere in it: a forward's. */
const FORWARD_PREFIX = /\b(?:fwd?|fw|tr|wg)\s*:/i;

/** The subject of a reply ("RE: Interview"), not of a forward ("Fwd: RE: Interview"). */
export function isReplySubject(subject: string): boolean {
  return REPLY_PREFIX.test(subject) && !FORWARD_PREFIX.test(subject);
}

const MAX_DEPTH = 6;
/** A forward note longer than this is a message of its own, not a note above a forward. */
const MAX_NOTE_CHARS = 600;

// Mutt writes "----- Forwarded message from Ciara Quinn <ciara@…> -----".
const SEPARATOR =
  /^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Forwarded Message|Original Message|Message transféré|Message d'origine|Weitergeleitete Nachricht|Ursprüngliche Nachricht|Mensaje reenviado|Mensaje original|Mensagem encaminhada|Doorgestuurd bericht)(?:[ \t]+from[ \t][^\n]{1,300}?)?[ \t]*-{2,}|Begin forwarded message:|Start of forwarded message:?)/i;
const UNDERSCORE_RULE = /^[ \t]*_{10,}[ \t]*$/;
// A ticketing desk's receipt quotes what the candidate sent it: "-------- Your message --------".
const YOUR_MESSAGE_RULE =
  /^[ \t]*-{2,}[ \t]*Your (?:original )?(?:message|e-?mail|enquiry|inquiry|request)[ \t]*-{2,}[ \t]*$/i;
// "On … wrote:", as Gmail writes it in the user's language too: "El lun, 4 oct 2027 a las 11:02,
// Daniela Rojas (<…>) escribió:", "Le … a écrit :"; or with the verb first, "Am Mo., 4. Okt. 2027
// um 11:02 Uhr schrieb Daniela Rojas <…>:": whatever the words, a line that ends with the
// writer's address and a colon.
export const WROTE_END =
  /(?:\bwrote|\bescribió|\ba écrit|\bschrieb|\bha scritto|\bescreveu|\bschreef|\bskrev|\bnapisał(?:\(a\)|a)?|<[^<>\s@]+@[^<>\s]+>\)?)[ \t]?:[ \t]*$/i;
const WROTE = new RegExp(`^.{0,200}${WROTE_END.source}`, 'i');
// Its first half, where a client wraps it over two lines: "On Mon, …", "El lun, …", "Le mar. …".
const WROTE_START = /^[ \t]*(?:On|El|Le|Am|Il|Em|Op|Den|W dniu) \p{L}{2}/u;
// The keys of a quoted header block as each mail client writes them, in the languages it speaks:
// English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Danish and
// Norwegian, Finnish.
const HEADER_KEYS: Record<keyof ForwardedHeaders, string[]> = {
  from: ['From', 'Von', 'De', 'Da', 'Van', 'Od', 'Från', 'Fra', 'Lähettäjä'],
  to: ['To', 'An', 'À', 'A', 'Para', 'Aan', 'Do', 'Till', 'Til', 'Vastaanottaja'],
  cc: ['Cc', 'CC', 'DW', 'Kopia'],
  replyTo: ['Reply-To', 'Répondre à', 'Responder a', 'Antwort an'],
  dateText: [
    'Sent',
    'Date',
    'Gesendet',
    'Datum',
    'Envoyé',
    'Enviado',
    'Enviada',
    'Fecha',
    'Data',
    'Inviato',
    'Verzonden',
    'Wysłano',
    'Skickat',
    'Sendt',
    'Lähetetty',
  ],
  subject: [
    'Subject',
    'Betreff',
    'Objet',
    'Asunto',
    'Assunto',
    'Oggetto',
    'Onderwerp',
    'Temat',
    'Ämne',
    'Emne',
    'Aihe',
  ],
};
const KEY_ALIASES: Record<string, keyof ForwardedHeaders> = Object.fromEntries(
  Object.entries(HEADER_KEYS).flatMap(([field, keys]) =>
    keys.map((key) => [key.toLowerCase(), field as keyof ForwardedHeaders]),
  ),
);
const HEADER_KEY = new RegExp(
  String.raw`^[ \t]*\*?(${[...Object.values(HEADER_KEYS).flat(), 'Bcc'].join('|')})\*?[ \t]*:[ \t]*(.*)$`,
);
// The line that starts a quoted header block: its sender's.
const FROM_KEY = new RegExp(String.raw`^[ \t]*\*?(?:${HEADER_KEYS.from.join('|')})\*?[ \t]*:`);
const CRAMMED_KEYS = /(From|To|Cc|Sent|Date|Subject)[ \t]*:/g;

/** "Name <a@b>", "Name [mailto:a@b]", "a@b", lists of them -> mailboxes. */
export function parseAddressList(value: string): Mailbox[] {
  const out: Mailbox[] = [];
  const pattern =
    /(?:"([^"<>]{0,80})"\s*|([^"<>[\],;@]{0,80}?(?:,[ \t]*[^"<>[\],;@\s][^"<>[\],;@]{0,40}?)?)\s*)?(?:<(?:mailto:)?([^<>\s@]{1,64}@[^<>\s]{1,255})>|\[mailto:([^\]\s@]{1,64}@[^\]\s]{1,255})\]|(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,24}))/g;
  for (const m of value.slice(0, 4000).matchAll(pattern)) {
    const email = (m[3] ?? m[4] ?? m[5] ?? '').trim().toLowerCase();
    if (!email.includes('@')) continue;
    // A name may hold one comma, quoted or not ("Okafor, Renata", as Outlook writes a directory's
    // names in a forwarded header); a list's commas fall between a ">" and the next name.
    const rawName = (m[1] ?? m[2] ?? '').replace(/^[\s,;'‘]+|[\s,;'’]+$/g, '');
    const name = rawName && !rawName.includes('@') ? displayName(rawName) : null;
    // "dana@x.example <dana@x.example>": one mailbox written twice.
    const known = out.find((box) => box.email === email);
    if (known) known.name ??= name;
    else out.push({ name, email });
  }
  return out;
}

/** Addresses written in running text: "Dana Lee <dana@x>", "Dana Lee (dana@x)", bare addresses. */
export function addressesInText(text: string): Mailbox[] {
  const out: Mailbox[] = [];
  const pattern =
    /(?:([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){1,3})\s*[(<[]\s*(?:mailto:)?)?\b([A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24})\b/gu;
  const scan = text.slice(0, 40_000);
  for (const m of scan.matchAll(pattern)) {
    if (out.length >= 50) break;
    out.push({ name: m[1] ?? null, email: (m[2] ?? '').toLowerCase() });
  }
  // A booking's "Who": "Callum Reyes - Organizer" on one line, the address alone on the next.
  for (const m of scan.matchAll(NAME_ABOVE_ADDRESS)) {
    if (out.length >= 60) break;
    // "Kind Regards" above an address is a sign-off, "Talent Team" a team: no one's name.
    if (SIGN_OFF_OR_TEAM.test(m[1] ?? '')) continue;
    const email = (m[2] ?? '').toLowerCase();
    const known = out.find((box) => box.email === email && !box.name);
    if (known) known.name = m[1] ?? null;
    else out.push({ name: m[1] ?? null, email });
  }
  return out;
}

const SIGN_OFF_OR_TEAM =
  /\b(?:regards|thanks|thank|best|cheers|sincerely|wishes|warmly|team|department|office|recruiting|careers|talent|support)\b/i;
const NAME_ABOVE_ADDRESS =
  /^[ \t]*([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){1,3})(?:[ \t]+[-–(][^\n@]{0,40})?[ \t]*\n[ \t]*([A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24})[ \t]*$/gmu;

function emptyHeaders(): ForwardedHeaders {
  return { from: null, to: [], cc: [], replyTo: [], subject: null, dateText: null };
}

function assign(headers: ForwardedHeaders, key: string, value: string): void {
  const field = KEY_ALIASES[key.toLowerCase()];
  const clean = value.replace(/\s+/g, ' ').trim();
  if (!field) return;
  if (field === 'from') {
    const [first] = parseAddressList(clean);
    headers.from = first ?? (clean ? { name: clean, email: '' } : null);
    if (headers.from && !headers.from.email) headers.from = null;
  } else if (field === 'to' || field === 'cc' || field === 'replyTo') {
    headers[field].push(...parseAddressList(clean));
  } else if (field === 'subject') {
    headers.subject = clean;
  } else {
    headers.dateText = clean;
  }
}

interface Block {
  headers: ForwardedHeaders;
  /** Index of the first body line. */
  next: number;
  keys: number;
}

/** Reads a header block starting at `start`; `firstLine` replaces lines[start] (Yahoo cramming). */
function readHeaderBlock(lines: string[], start: number, firstLine?: string): Block {
  const headers = emptyHeaders();
  let i = start;
  let keys = 0;
  let lastField: string | null = null;
  let seenKey = false;
  while (i < lines.length && i < start + 40) {
    const line = i === start && firstLine !== undefined ? firstLine : (lines[i] ?? '');
    if (!line.trim()) {
      if (seenKey) break;
      i++;
      continue;
    }
    const keyCount = [...line.matchAll(CRAMMED_KEYS)].length;
    if (keyCount >= 3) {
      // Yahoo puts the whole block on one line: "From: A <a>To: B <b>Sent: …Subject: …".
      const marks = [...line.matchAll(CRAMMED_KEYS)];
      marks.forEach((mark, n) => {
        const from = (mark.index ?? 0) + mark[0].length;
        const to = marks[n + 1]?.index ?? line.length;
        assign(headers, mark[1] ?? '', line.slice(from, to));
        keys++;
      });
      seenKey = true;
      i++;
      break;
    }
    const m = HEADER_KEY.exec(line);
    if (m?.[1] !== undefined) {
      assign(headers, m[1], m[2] ?? '');
      lastField = KEY_ALIASES[m[1].toLowerCase()] ?? null;
      keys++;
      seenKey = true;
      i++;
      continue;
    }
    if (
      seenKey &&
      (lastField === 'to' || lastField === 'cc') &&
      /@/.test(line) &&
      line.length < 400
    ) {
      assign(headers, lastField, line);
      i++;
      continue;
    }
    break;
  }
  return { headers, next: i, keys };
}

function unquote(line: string): string {
  return line.replace(/^[ \t]*>[ \t]?/, '');
}

interface Split {
  /** Line index where the boundary (separator or header block) starts. */
  at: number;
  kind: 'forward' | 'header-block' | 'reply';
  block: Block;
  /** Lines after `at` are quoted with ">" and must be unquoted. */
  quoted: boolean;
  /** An "Original Message" rule: Outlook's reply quote, which a forward also keeps below. */
  replyRule?: boolean;
}

const REPLY_RULE =
  /Original Message|Message d'origine|Ursprüngliche Nachricht|Mensaje original|Mensagem original/i;

/**
 * "Begin forwarded message:" over "On Monday, October 18, 2027, 9:41 AM, Dana Whitlock <…>
 * wrote:", as Yahoo's iPhone app forwards: the line that says who wrote, and when, is the header.
 */
function attributionBlock(lines: string[], from: number): Block | null {
  let at = from;
  while (at < lines.length && at < from + 3 && !lines[at]?.trim()) at++;
  const line = lines[at] ?? '';
  const headers = WROTE.test(line) ? attributionHeaders(line) : null;
  return headers ? { headers, next: at + 1, keys: 1 } : null;
}

/** "On Mon, Aug 9, 2027 at 11:47 AM Dale Pruitt <dale.pruitt@…> wrote:": who wrote, and when. */
function attributionHeaders(line: string): ForwardedHeaders | null {
  const by = WROTE_BY.exec(line);
  if (!by?.[2]) return null;
  const headers = emptyHeaders();
  headers.from = { name: by[1] ?? null, email: by[2].toLowerCase() };
  headers.dateText = line
    .slice(0, by.index)
    .replace(/^[ \t]*On[ \t]+/i, '')
    .replace(/[,\s]+$/, '');
  return headers;
}

// "Great news - Acme want to meet you, details below", "see Dana's note": words that pass on the
// message under them, as a relay does without "FW:" in its subject.
const PASSES_ON =
  /\b(?:below|see (?:the |their |her |his |my )?(?:note|message|email|details)|passing (?:this|it) on|forward(?:ing|ed)?)\b/i;

/**
 * Finds the first forward separator, Outlook header block or "On … wrote:" line. `inForward`: the
 * lines are a forwarded message's, so no forwarder's note stands above them.
 */
function findSplit(lines: string[], inForward = false): Split | null {
  const limit = Math.min(lines.length, 2000);
  for (let i = 0; i < limit; i++) {
    const raw = lines[i] ?? '';
    const quoted = /^[ \t]*>/.test(raw);
    const line = quoted ? unquote(raw) : raw;
    const separator = SEPARATOR.exec(line);
    if (separator) {
      const rest = line.slice(separator[0].length).replace(/^[ \t-]+/, '');
      const view = quoted ? lines.map(unquote) : lines;
      const block =
        rest.length > 0 && /From[ \t]*:/.test(rest)
          ? readHeaderBlock(view, i, rest)
          : (attributionBlock(view, i + 1) ?? readHeaderBlock(view, i + 1));
      return { at: i, kind: 'forward', block, quoted, replyRule: REPLY_RULE.test(separator[0]) };
    }
    if (UNDERSCORE_RULE.test(line)) {
      const view = quoted ? lines.map(unquote) : lines;
      const block = readHeaderBlock(view, i + 1);
      if (block.keys >= 2 && block.headers.from)
        return { at: i, kind: 'header-block', block, quoted };
    }
    if (FROM_KEY.test(line)) {
      const view = quoted ? lines.map(unquote) : lines;
      const block = readHeaderBlock(view, i);
      const h = block.headers;
      // Outlook quotes a colleague by name alone ("From: Brittany Fenstermacher"): with Sent, To
      // and Subject under it, under a message of its own, the block is its quoted history. (Under
      // the forwarder's short note it would be a forward whose sender nobody can tell: read as
      // before, whole.)
      const nameOnly =
        !h.from &&
        block.keys >= 4 &&
        !!h.dateText &&
        !!h.subject &&
        (inForward || nonSpaceLength(lines.slice(0, i).join('\n')) > MAX_NOTE_CHARS);
      if (block.keys >= 3 && ((h.from && (h.dateText || h.subject)) || nameOnly)) {
        return { at: i, kind: 'header-block', block, quoted };
      }
    }
    if (
      YOUR_MESSAGE_RULE.test(line) ||
      WROTE.test(line) ||
      (WROTE_START.test(line) && WROTE_END.test(lines[i + 1] ?? ''))
    ) {
      return {
        at: i,
        kind: 'reply',
        block: { headers: emptyHeaders(), next: i + 1, keys: 0 },
        quoted,
      };
    }
  }
  return null;
}

/** A message that turns a slot down or puts another forward. */
export const PROPOSES_OR_DECLINES =
  /\b(?:instead|no longer|can(?:no|'|’)?t|cannot|unable|unfortunately|could we|can we|would (?:\w+ ){0,3}work|how about|what about|alternatively)\b/i;

// The name and address of whoever an "On … wrote:" line says wrote.
const WROTE_BY =
  /(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’.-]*){0,3})?[ \t]*<([^<>\s@]{1,64}@[^<>\s]{1,255})>/u;

/**
 * The message a forwarded reply of the user's own answers, when its "On … wrote:" line names
 * someone else: its headers as that line gives them, and the line its quoted text starts on.
 */
function ownReplyAbove(
  split: Split,
  lines: string[],
  levels: ForwardedHeaders[],
  forwarder: string | undefined,
): { headers: ForwardedHeaders; next: number } | null {
  const own = levels[levels.length - 1]?.from?.email.toLowerCase();
  if (split.kind !== 'reply' || !forwarder || own !== forwarder.toLowerCase()) return null;
  // "Friday no longer works - could we do Monday instead?": a reply that turns the time down or
  // proposes its own is the news itself, read as it stands.
  if (PROPOSES_OR_DECLINES.test(lines.slice(0, split.at).join(' '))) return null;
  const first = unquote(lines[split.at] ?? '');
  // Gmail wraps a long "On … wrote:" line in two.
  const wrapped = !WROTE_END.test(first);
  const line = wrapped ? `${first} ${unquote(lines[split.at + 1] ?? '')}` : first;
  const headers = attributionHeaders(line);
  if (!headers?.from || headers.from.email === own) return null;
  return { headers, next: split.at + (wrapped ? 2 : 1) };
}

/** Both messages went from the same writer to someone the other was sent to. */
function sameCorrespondents(a: ForwardedHeaders, b: ForwardedHeaders): boolean {
  const from = a.from?.email.toLowerCase();
  if (!from || b.from?.email.toLowerCase() !== from) return false;
  const to = new Set(a.to.map((box) => box.email.toLowerCase()));
  return b.to.some((box) => to.has(box.email.toLowerCase()));
}

/** The quoted message was from or to `address`. */
function writtenTo(headers: ForwardedHeaders, address: string): boolean {
  const own = address.toLowerCase();
  return [headers.from, ...headers.to].some((box) => box?.email.toLowerCase() === own);
}

function nonSpaceLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/**
 * Peels forward levels off a text. A boundary below a short note is a forward (recurse into
 * it); a boundary below a real message is that message's quoted history (cut it off), and so is
 * a quoted header block of the forwarder's own mail ("Re: … following up" forwarded with the
 * user's follow-up beneath the employer's answer): nobody forwards their own words as news.
 */
export function unwrapForwards(
  text: string,
  forwarder?: string,
  options: {
    replySubject?: boolean;
    recipients?: readonly string[];
    insideAttachment?: boolean;
  } = {},
): Unwrapped {
  const notes: string[] = [];
  const levels: ForwardedHeaders[] = [];
  let current = text;
  let history = '';
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const lines = current.split('\n');
    const split = findSplit(lines, depth > 0);
    if (!split) break;
    const before = lines.slice(0, split.at).join('\n').trim();
    const shortNote = nonSpaceLength(before) <= MAX_NOTE_CHARS;
    const ownQuote =
      depth > 0 &&
      forwarder !== undefined &&
      split.block.headers.from?.email.toLowerCase() === forwarder.toLowerCase();
    const isForward =
      (split.kind === 'forward' && !(split.replyRule && ownQuote)) ||
      (split.kind === 'header-block' && shortNote && !ownQuote);
    // "RE: Interview" written by the employer (as the user's mail filter passes it on): the
    // quoted block is their thread's history when its message was neither from nor to the
    // sender, nor by the one this reply is addressed to (a reply to our own mail is the user's).
    const quotedFrom = split.block.headers.from?.email.toLowerCase();
    const threadByOthers =
      depth === 0 &&
      options.replySubject === true &&
      split.kind === 'header-block' &&
      before !== '' &&
      forwarder !== undefined &&
      !writtenTo(split.block.headers, forwarder) &&
      !(options.recipients ?? []).some((address) => address.toLowerCase() === quotedFrom);
    // A reply forwarded as an attachment ("RE: Following up", Outlook's "forward as attachment")
    // has no forwarder's note above its quote: the words above are the reply, the quote its thread,
    // under a header block or Outlook's "-----Original Message-----" rule.
    const attachedReply =
      depth === 0 &&
      options.insideAttachment === true &&
      options.replySubject === true &&
      (split.kind === 'header-block' || split.replyRule === true) &&
      before !== '';
    if (threadByOthers || attachedReply) {
      history = lines.slice(split.at).join('\n');
      current = before;
      break;
    }
    const answered = ownReplyAbove(split, lines, levels, forwarder);
    if (answered) {
      // "Perfect, see you at 1:30 on Thursday" forwarded with the thread beneath it: the user's
      // own reply is no news but their words on it, like a note; the message it answers, from
      // the employer, is the original.
      notes[0] = [notes[0], before].filter(Boolean).join('\n\n');
      notes.push('');
      levels.push(answered.headers);
      current = lines.slice(answered.next).map(unquote).join('\n').replace(/^\s+/, '');
      continue;
    }
    // Inside a forward, someone else's reply ("RE: Interview") written above a boundary quotes
    // its thread there: Outlook rules off each older message as it would a forward. So does a
    // message of its own ("Interview cancelled - Exams Officer") above a bare header block of its
    // writer's own earlier mail to the same people, or above Outlook's "-----Original Message-----"
    // rule when it is no forward ("FW:") itself; an agency's mail over its client's is a forward.
    const upper = levels[levels.length - 1];
    const replyQuotesThread =
      depth > 0 &&
      before !== '' &&
      (isReplySubject(upper?.subject ?? '') ||
        (split.replyRule === true &&
          !FORWARD_PREFIX.test(upper?.subject ?? '') &&
          !PASSES_ON.test(before)) ||
        (split.kind === 'header-block' &&
          !FORWARD_PREFIX.test(upper?.subject ?? '') &&
          upper !== undefined &&
          sameCorrespondents(upper, split.block.headers)));
    if (!isForward || replyQuotesThread || depth === MAX_DEPTH) {
      history = lines.slice(split.at).join('\n');
      current = before;
      break;
    }
    notes.push(before);
    levels.push(split.block.headers);
    const bodyLines = lines.slice(split.block.next);
    // Quoted under its headers too ("> Hi Devika,", as Proton forwards), the whole message is.
    const written = bodyLines.filter((line) => line.trim());
    const allQuoted = written.length > 0 && written.every((line) => /^[ \t]*>/.test(line));
    current = (split.quoted || allQuoted ? bodyLines.map(unquote) : bodyLines)
      .join('\n')
      .replace(/^\s+/, '');
  }
  return { notes, levels, body: current.trim(), history };
}
