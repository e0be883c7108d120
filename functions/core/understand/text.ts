// Reader -> plain text: HTML mail becomes readable lines (hidden preheaders, styles and tracking
// junk dropped), and every text is normalised before the date, people and company readers see it.

/** Upper bound on any text the readers scan, so no message costs more than a few milliseconds. */
export const MAX_TEXT = 60_000;

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  middot: '·',
  bull: '•',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  copy: '©',
  reg: '®',
  trade: '™',
  zwnj: '',
  zwj: '',
  shy: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  oslash: 'ø',
  aring: 'å',
  ccedil: 'ç',
  ntilde: 'ñ',
  szlig: 'ß',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || code <= 0) return '';
      try {
        return String.fromCodePoint(code);
      } catch {
        return '';
      }
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Windows-1252's bytes 0x80–0x9F, which Node's TextDecoder still decodes as ISO-8859-1 (nodejs/node
// #56542): an Outlook mail's "I’ve – Tuesday" came through as "I\u0092ve \u0096 Tuesday". C1
// controls are never text, so each is read as Windows-1252 means it, as the WHATWG Encoding
// standard and browsers read both labels; the five bytes it leaves undefined go.
const WINDOWS_1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** `text` with every C1 control read as the Windows-1252 character it was. */
export function withWindows1252Repaired(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (control) =>
    WINDOWS_1252_HIGH.charAt(control.charCodeAt(0) - 0x80).replace('\u0000', ''),
  );
}

const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad\u180e]|\u034f/g;

/** The video services an invitation names: a pattern's source. */
export const MEETING_PLATFORM = String.raw`(?:(?:MS |Microsoft )?Teams|Zoom|Webex|Google Meet|Skype)`;

// "Could we switch to an earlier slot?", "would it be possible to move you to the afternoon?", "can
// we change it to Sat?", "could you do the morning instead?", "could we reschedule for next week?",
// "would a later time work?": a move asked for to another part of the day, or another day.
export const ASKS_TO_MOVE_ELSEWHERE = String.raw`(?:(?:(?:could|can|shall) we|(?:would|is) it (?:be )?possible to|(?:would|do) you mind if we) (?:mov(?:e|ed)|switch(?:ed)?|chang(?:e|ed)|shift(?:ed)?|push(?:ed)?|bring|brought|swap(?:ped)?)(?: (?:you|us|it|this|that|things))?(?: (?:back|forward|up))? to (?:(?:an? |the )?(?:earlier|later|morning|afternoon|evening|lunchtime|(?:different|another|other|new) (?:day|date|time|slot)|(?:next|following) week)|(?:next |this )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b|(?:(?:could|can|would) you|you could) (?:do|make) (?:the|an?) (?:morning|afternoon|evening|earlier|later)\b[^.!?\n]{0,30}\binstead\b|(?:could|can|shall) we reschedule (?:for|to) (?:sometime |some time )?(?:next week|later|another day|a different day)\b|would (?:an? )?(?:earlier|later) (?:time|slot)\b[^.!?\n]{0,30}\bwork\b)`;
// "I need to shift our call", "we have to rearrange your interview": the writer must move it.
export const MUST_MOVE = String.raw`(?:need|have|had) to (?:move|reschedule|push(?: back)?|shift|rearrange)`;
// What is moved or met: the meeting by its name ("our video call", "the interview"), not the
// interview's panel or process.
export const MEETING_NOUN = String.raw`(?:[\w-]+ )?(?:interview|call|meeting|chat|screen|session|conversation|appointment)(?! panel| process| team)`;
/** A clock as people write one: "10.30am", "14:30", "14h30", "noon", "at 3". */
export const CLOCK_WRITTEN =
  /\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\b\d{1,2}[:h]\d{2}\b|\bnoon\b|\bmidday\b|\bat \d{1,2}\b/i;
// A round that comes only if this one goes well ("If all goes well, the next stage would be a
// Teams interview with Gareth", "If we move you forward, second stage interviews will be held at
// our Newcastle office"): its people and its format are not this meeting's.
export const LATER_ROUND =
  /\b(?:if (?:the|this|our|your|that|it|all|everything)(?: (?:first|initial|intro(?:ductory)?|call|interview|chat|conversation|screen|round|meeting))* goes well|should (?:it|(?:this|that|the|our|your)(?: [a-z]+)?) go well|(?:the|a) (?:next|following|later) (?:step|round|stage)s?(?: after (?:that|this|it))? would (?:then )?be|you would then (?:meet|speak|talk)|if (?:we|they) (?:move|progress|take|put) you (?:forward|through))/i;
/** A weekday or a month cut short, as a stop after it may be its own ("Thu.", "Sept."). */
export const WEEKDAY_SHORT = String.raw`(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)`;
export const MONTH_SHORT = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`;
export const WEEKDAY_WORD = String.raw`${WEEKDAY_SHORT}(?:day|nesday|rsday|urday|sday)?\.?`;
/** An English month, whole or cut short ("Sept."). */
export const MONTH_WORD = String.raw`${MONTH_SHORT}[a-z]*\.?`;
// A month by its name, whole or cut short, never a word it starts ("Marketing", "Junior").
export const MONTH_NAMED = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`;
// A day said: "Friday", "tomorrow", "6 March", "March 6th", "3/6".
const A_DAY = String.raw`(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btomorrow\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAMED}|\b${MONTH_NAMED}\.?\s+\d{1,2}\b|\b\d{1,2}\/\d{1,2}\b)`;
// A clock: "10am", "2.30 p.m.", "14:30" (not any digit: "room 4B", "Suite 1200", "ID 845 2231").
const A_CLOCK = String.raw`(?:\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b)`;
/**
 * No day follows in the clause, nor a clock the sentence starts or moves it to (but "…, still at
 * 2pm", "…, and Dana will join at 2:30pm"), nor a day in the next sentence on its line ("… to Zoom, starting at 2:30pm", "… to our new office. It will now
 * be on Friday 6 March"; not "… to Zoom. Ben may join at 2:30pm", nor "… to Zoom, as Priya is at
 * home on Thursday"; a line below may be another message's).
 */
export const NO_DAY_OR_CLOCK_AFTER = String.raw`(?![^.!?\n;,]{0,40}?${A_DAY}|(?:(?!\b(?:still|same|remains?|unchanged)\b)[^.!?\n;])*?\b(?:start(?:s|ing)?|begin(?:s|ning)?|now|instead|moved|pushed|brought)\b[^.!?\n;]{0,30}?${A_CLOCK}|[^.!?\n]*[.!?][ \t]+[^.!?\n]*?${A_DAY})`;
// Moved to a place or a medium, not a slot: "moved to Zoom", "moved to the boardroom", "moved to
// the 4th floor", "moved to our Canary Wharf office", "moved to Dana's office", "moved to a Teams
// call". The words before the place are no day or clock ("moved to a Friday call" is a slot).
const PLACE_NOUN = String.raw`(?:office|offices|site|building|floor|room|suite|boardroom|campus|location|address|link|venue|premises|studio|branch|lab)`;
const NO_DAY_WORD = String.raw`(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|morning\b|afternoon\b|evening\b|tomorrow\b|next\b|later\b|earlier\b|\d+(?![\w'’-]* floor\b)|${MONTH_NAMED})`;
export const NO_SLOT = String.raw`(?:(?:(?:microsoft|ms) )?teams|zoom|google meet|webex|skype|video|phone|in[- ]person|online|virtual|remote|(?:a |an )?(?:video|phone|teams|zoom) call|(?:the |our |their |your |a |an |[A-Za-z]+(?:'|’)s )?(?:${NO_DAY_WORD}[\w'’-]+ ){0,3}${PLACE_NOUN})\b${NO_DAY_OR_CLOCK_AFTER}`;
/** Nor a day on the line below, in a mail whose lines are all its own. */
export const NOR_A_DAY_ON_THE_NEXT_LINE = String.raw`(?![^\n]*\n[^.!?\n]*?${A_DAY})`;
// No spaces of its own at its end: the pattern around it owns them, so a run of spaces has one
// reading (a hostile line of spaces and digits once took a minute).
const CLOCK = String.raw`\d{1,2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?`;
/** A line that is only a date, a time or a range of times, with at most times and a zone after. */
const DATE_OR_TIME_LINE = new RegExp(
  String.raw`^[ \t]*(?:(?:${WEEKDAY_WORD},?[ \t]+)?(?:${MONTH_WORD}[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH_WORD})(?:,?[ \t]+\d{4})?|${CLOCK}[ \t]*(?:-|–|—|to)[ \t]*${CLOCK})(?:[ \t,]+(?:at[ \t]+)?(?:${CLOCK}|[-–—]|to|[A-Z]{2,5}|\([^()\n]{0,30}\))){0,6}[ \t]*$`,
);

// Between a table row's cells: tabs, a "|" rule, or, as Outlook's plain text lays a table out,
// a run of spaces ("Convenor      Dr Felicity Marsh      Director") not after a sentence's stop,
// as typed prose spaces twice after one.
const CELL_GAP = /\t+|[ \t]*\|[ \t]*|(?<=[^\s.!?:]) {2,}(?=\S)/;

/**
 * A text's sentences, roughly: split after a stop, an exclamation or a question, and at lines. A
 * title's stop ("Mr. Vikram Nair will join Ms. Rao instead") ends no sentence.
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.)\s+|\n/);
}

/** A table row's cells, however the mail laid the row out. */
export function tableCells(row: string): string[] {
  return row
    .split(CELL_GAP)
    .map((cell) => cell.trim())
    .filter(Boolean);
}

/** "1 | Mr. Tan Boon Huat | Senior Manager": a row; of cells padded with spaces, three at least. */
export function isTableRow(line: string): boolean {
  return /[ \t]\|[ \t]|\t/.test(line) || tableCells(line).length >= 3;
}

// A cell that holds only a clock time ("9:45 AM", "13:30", "2pm CT"), and the columns of a start and
// an end ("Start Time", "End", "Finish"; not "From" and "To", which may head two zones' clocks).
const TIME_CELL =
  /^\d{1,2}(?:[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?|[ \t]*[AaPp]\.?[Mm]\.?)(?:[ \t]+[A-Z]{2,5})?$/;
const START_COLUMN = /^(?:start|starts|begins?)(?:[ \t]+time)?$/i;
const END_COLUMN = /^(?:end|ends|finish(?:es)?)(?:[ \t]+time)?$/i;

/** A row's cells with where each starts in the row. */
function cellsAt(row: string): Array<{ text: string; at: number }> {
  const gap = new RegExp(CELL_GAP.source, 'g');
  const cells: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const found of [...row.matchAll(gap), null]) {
    const to = found ? found.index : row.length;
    const text = row.slice(from, to);
    const lead = text.length - text.trimStart().length;
    if (text.trim()) cells.push({ text: text.trim(), at: from + lead });
    if (found) from = found.index + found[0].length;
  }
  return cells;
}

/**
 * Whether `index` begins a cell of a table's row of three cells or more ("Peer interview\tLuis
 * Ortega\t9:45 AM - 10:30 AM"). A row of two is a label and its value ("Reporting Time\t10:45 AM"),
 * a labelled line.
 */
export function startsTableCell(text: string, index: number): boolean {
  const from = text.lastIndexOf('\n', index - 1) + 1;
  const to = text.indexOf('\n', index);
  const line = text.slice(from, to === -1 ? text.length : to);
  if (!isTableRow(line)) return false;
  const cells = cellsAt(line);
  return cells.length >= 3 && cells.some((cell) => from + cell.at === index);
}

/**
 * A table's rows whose start and end sit in columns of their own ("Peer interview | 9:45 AM |
 * 10:30 AM" under "Session | Start Time | End Time") with each row's two times written as the one
 * range they are ("9:45 AM - 10:30 AM"), in a text of the same length. Only a header row naming the
 * columns a start and an end makes them one: two times side by side may be two zones' clocks.
 */
export function withTableTimeRanges(text: string): string {
  const lines = text.split('\n');
  let header: Array<{ text: string; at: number }> | null = null;
  for (const [n, line] of lines.entries()) {
    if (!isTableRow(line)) {
      header = null;
      continue;
    }
    const cells = cellsAt(line);
    const times = cells.map((cell) => TIME_CELL.test(cell.text));
    if (!times.some(Boolean)) {
      // The row that names the columns; a row of other words under it is a row of the table.
      if (cells.some((cell) => START_COLUMN.test(cell.text))) header = cells;
      continue;
    }
    if (header?.length !== cells.length) continue;
    let row = line;
    for (let k = 0; k + 1 < cells.length; k++) {
      const start = cells[k];
      const end = cells[k + 1];
      if (!start || !end || !times[k] || !times[k + 1]) continue;
      if (!START_COLUMN.test(header[k]?.text ?? '') || !END_COLUMN.test(header[k + 1]?.text ?? ''))
        continue;
      const gapFrom = start.at + start.text.length;
      const width = end.at - gapFrom;
      const dash = width === 1 ? '-' : `${' '.repeat(width - 2)}- `;
      row = `${row.slice(0, gapFrom)}${dash}${row.slice(end.at)}`;
    }
    lines[n] = row;
  }
  return lines.join('\n');
}

const LABELLED = /^[ \t]*[^:\n]{1,30}:[ \t]/;
// "Dr. Kelsey Dubois – Director", "Associate Professor Sanjay Pillai - Discipline Leader": a line
// of capitalised words, then a dash.
const PERSON_DASH_TITLE = /^[ \t]*(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}\p{Lu}[\p{L}'’-]+ [-–—] /u;

/**
 * Joins a plain-text mail's hard-wrapped paragraph lines ("…for the Senior Ranger\nposition on
 * Wednesday…"), one character for one, so indices hold: a long line that runs on into a line
 * starting in lower case, or one ending mid-sentence into a line that is no label or list item.
 * Short lines (labels, lists, signatures) keep their breaks.
 */
export function unwrapLines(text: string): string {
  return text.replace(
    /^([^\n]{55,})\n(?=([^\n]*))/gm,
    (line: string, body: string, next: string) => {
      // "Panel: A, Manager" over "       B, Engineer": a line indented deeper than a labelled
      // line lines up under its label's value, as a list's next entry does (a bullet's hanging
      // indent, under no label, is still a wrapped sentence).
      const indent = (text: string) => /^[ \t]*/.exec(text)?.[0].length ?? 0;
      if (LABELLED.test(body) && indent(next) > indent(body) + 1) return line;
      // "1 | Mr. Tan Boon Huat | Senior Manager": a table's rows, each a line of its own.
      if (isTableRow(body) && isTableRow(next)) return line;
      const continues =
        /^[ \t]*\p{Ll}/u.test(next) ||
        // "…the position of Senior Backend Engineer -\nClaims Platform": a dash mid-phrase.
        (/\s[-–—]$/.test(body) && /^[ \t]*\p{Lu}/u.test(next)) ||
        (/[\p{Ll},]$/u.test(body) &&
          /^[ \t]*[\p{Lu}\d(]/u.test(next) &&
          !/^[ \t]*(?:[-*•>]|\d+[.)]\s|[^\s:\t][^:\t]{0,30}[:\t])/.test(next) &&
          // "Marguerite Ng, Allocation Manager", "Mr. Takeshi Nishimura, Director": a person's line
          // of a list or table, on its own; "Arjun Malhotra – Senior Bioinformatician" too, under a
          // labelled line or another such.
          !/^[ \t]*(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2},/u.test(
            next,
          ) &&
          !(
            (LABELLED.test(body) || PERSON_DASH_TITLE.test(body)) &&
            PERSON_DASH_TITLE.test(next)
          ) &&
          // "Tuesday, December 7, 2027" or "1:00 – 1:45 PM MT": a details block's own line.
          !(next.length <= 80 && DATE_OR_TIME_LINE.test(next)));
      return continues ? `${body} ` : line;
    },
  );
}

/** Normalises a decoded text: invisible characters out, non-breaking spaces to spaces, LF only. */
export function normalizeText(text: string): string {
  // Line by line with trimEnd rather than /[ \t]+\n/: that regex is quadratic on long blank runs.
  const lines = text
    .slice(0, MAX_TEXT * 2)
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u2007\u202f\u2009\u200a]/g, ' ')
    .split('\n');
  const out: string[] = [];
  let blank = 0;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    blank = trimmed ? 0 : blank + 1;
    if (blank <= 3) out.push(trimmed.length > 4000 ? trimmed.slice(0, 4000) : trimmed);
  }
  return out.join('\n').slice(0, MAX_TEXT);
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'tr',
  'li',
  'ul',
  'ol',
  'table',
  'tbody',
  'thead',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'center',
  'pre',
  'dt',
  'dd',
]);
const SKIPPED_TAGS = new Set([
  'head',
  'style',
  'script',
  'title',
  'noscript',
  'template',
  'svg',
  'xml',
]);
const VOID_TAGS = new Set([
  'br',
  'img',
  'hr',
  'meta',
  'link',
  'input',
  'col',
  'area',
  'base',
  'wbr',
]);

function isHidden(attributes: string): boolean {
  if (/\shidden(?:[\s=>/]|$)/i.test(attributes)) return true;
  const style = /style\s*=\s*("[^"]*"|'[^']*')/i.exec(attributes)?.[1] ?? '';
  return (
    /display\s*:\s*none/i.test(style) ||
    /visibility\s*:\s*hidden/i.test(style) ||
    /max-height\s*:\s*0(?:px)?\s*[;"']/i.test(style) ||
    /font-size\s*:\s*[01]px/i.test(style)
  );
}

/** A struck-through element: `<s>`, `<strike>`, `<del>`, or a line-through style. */
function isStruck(name: string, attributes: string): boolean {
  if (name === 's' || name === 'strike' || name === 'del') return true;
  const style = /style\s*=\s*("[^"]*"|'[^']*')/i.exec(attributes)?.[1] ?? '';
  return /text-decoration(?:-line)?\s*:[^;"']*line-through/i.test(style);
}

// A struck-through run of plain text, the element's whole content.
const STRUCK_ELEMENT = /<([a-z][a-z0-9]*)\b([^<>]*)>([^<]{1,300})<\/\1\s*>/gi;

/**
 * A line as the HTML and the plain part both write it: the HTML's "3:00 PM &ndash; 3:30 PM" is
 * the plain part's "3:00 PM - 3:30 PM".
 */
export function lineKey(line: string): string {
  return line
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What the HTML strikes through ("Former time: ~~Thursday 3pm~~"): no longer true, and the
 * plain-text alternative cannot show it. Only runs without tags inside, so it stays linear.
 */
export function struckText(html: string): string[] {
  const found: string[] = [];
  for (const m of html.slice(0, MAX_TEXT * 4).matchAll(STRUCK_ELEMENT)) {
    if (!isStruck((m[1] ?? '').toLowerCase(), m[2] ?? '')) continue;
    const text = lineKey(decodeEntities(m[3] ?? ''));
    if (text.length >= 6) found.push(text);
    if (found.length >= 20) break;
  }
  return found;
}

// A cell of one paragraph is a few pieces of text between its breaks; more is a layout's cell.
const MAX_CELL_PIECES = 12;

/**
 * "<td><p><b>Reporting Time</b></p></td>": the breaks around a cell's one paragraph, as Word
 * writes every cell, go, so that its row still reads as one line. A cell of several lines keeps
 * them.
 */
function inlineOneParagraphCell(out: string[], start: number | undefined): void {
  if (start === undefined || out.length - start > MAX_CELL_PIECES) return;
  const cell = out.slice(start).join('');
  if (cell.trim().includes('\n')) return;
  out.splice(start, out.length - start, cell.replace(/\n/g, ' '));
}

/**
 * HTML -> text lines. A small tag scanner rather than a DOM: linear time on any input, and it
 * drops what a reader never sees (hidden preheaders, styles, scripts, comments).
 */
export function htmlToText(html: string): string {
  const source = html.slice(0, MAX_TEXT * 4);
  const out: string[] = [];
  let hiddenDepth = 0;
  let hiddenTag = '';
  let skipTag = '';
  // Where each open cell's text starts in `out`.
  const cellStarts: number[] = [];
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > i && hiddenDepth === 0 && !skipTag) {
      out.push(source.slice(i, textEnd).replace(/[\r\n\t ]+/g, ' '));
    }
    if (lt === -1) break;
    if (source.startsWith('<!--', lt)) {
      const close = source.indexOf('-->', lt + 4);
      i = close === -1 ? source.length : close + 3;
      continue;
    }
    const gt = source.indexOf('>', lt + 1);
    if (gt === -1) break;
    const tag = source.slice(lt + 1, gt);
    i = gt + 1;
    const closing = tag.startsWith('/');
    const name = /^\/?\s*([a-z][a-z0-9:-]*)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (!name) continue;
    if (skipTag) {
      if (closing && name === skipTag) skipTag = '';
      continue;
    }
    if (hiddenDepth > 0) {
      if (name === hiddenTag && !VOID_TAGS.has(name) && !tag.endsWith('/')) {
        hiddenDepth += closing ? -1 : 1;
      }
      continue;
    }
    if (!closing && SKIPPED_TAGS.has(name) && !tag.endsWith('/')) {
      skipTag = name;
      continue;
    }
    // Struck through is no longer true ("Former time"): read as little as what is hidden.
    if (
      !closing &&
      !VOID_TAGS.has(name) &&
      !tag.endsWith('/') &&
      (isHidden(tag) || isStruck(name, tag))
    ) {
      hiddenTag = name;
      hiddenDepth = 1;
      continue;
    }
    if (name === 'td' || name === 'th') {
      if (!closing) cellStarts.push(out.length);
      else {
        inlineOneParagraphCell(out, cellStarts.pop());
        out.push('\t');
      }
    } else if (name === 'tr' || name === 'li' || name === 'dt' || name === 'dd') {
      // Rows and items end a line; only their end does, so a table reads one row per line.
      if (closing) out.push('\n');
    } else if (BLOCK_TAGS.has(name)) {
      out.push('\n');
    }
  }
  // Whitespace is tidied line by line (linear), never with regexes over unbounded blank runs.
  const lines = decodeEntities(out.join(''))
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((cell) => cell.replace(/ +/g, ' ').trim())
        .filter((cell) => cell.length > 0)
        .join('\t'),
    );
  const kept: string[] = [];
  for (const line of lines) {
    if (line || (kept.length > 0 && kept[kept.length - 1] !== '')) kept.push(line);
  }
  const text = kept.join('\n');
  return normalizeText(text).trim();
}

/** A text matched as itself inside a regular expression. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The clause of `sentence` around `offset`: from the last of `breaks` (a global pattern) at or
 * before it to the next one after it ("Arvind has had to travel, so Daniel will join" ->
 * "Arvind has had to travel" at 0).
 */
export function clauseAt(sentence: string, offset: number, breaks: RegExp): string {
  const at = [...sentence.matchAll(breaks)].map((m) => m.index ?? 0);
  const from = Math.max(0, ...at.filter((i) => i <= offset));
  const to = Math.min(sentence.length, ...at.filter((i) => i > offset));
  return sentence.slice(from, to);
}
