// Mail rendering -> the draft linter: the etiquette rules from the seed articles, checked on every
// draft before it is mailed and shown to the user as a short checklist.

export type DraftKind =
  | 'thank-you'
  | 'follow-up-1'
  | 'follow-up-2'
  | 'keep-in-touch'
  | 'rejection-reply'
  | 'next-round-reply'
  | 'offer-reply'
  | 'linkedin';

export type LintRule =
  | 'length'
  | 'gratitude'
  | 'call-to-action'
  | 'salary'
  | 'banned-phrase'
  | 'unfilled-slot';

export interface LintCheck {
  rule: LintRule;
  passed: boolean;
  /** Hard rules are the etiquette itself; soft ones (unfilled slots) are reminders to the user. */
  hard: boolean;
  /** One checklist line, phrased for the user. */
  message: string;
}

export interface LintResult {
  /** True when every hard rule passes. */
  ok: boolean;
  checks: LintCheck[];
  words: number;
}

export interface LintOptions {
  /**
   * Names that may look like salary talk or stock phrases but are not the user's words (a company
   * called "Benefit Labs", a role "Compensation Analyst"): removed before those checks.
   */
  ignore?: string[];
  /** More stock phrases to flag, besides BANNED_PHRASES (the deployment's own list). */
  stockPhrases?: readonly string[];
}

/**
 * Stock phrases: lines any candidate could send to any employer, which the seed articles warn
 * read as a generic template. Written lower-case with straight apostrophes; a deployment adds its
 * own with FOLLOWUP_STOCK_PHRASES.
 */
export const BANNED_PHRASES = [
  'just checking in',
  'touching base',
  'per my last email',
  'circling back',
  'just wanted to follow up',
  'i hope your week is going well',
  'i hope this email finds you well',
  'i hope this finds you well',
  "i hope you're doing well",
  'i hope all is well',
  "i'm confident my experience would let me contribute quickly",
  'my experience would let me contribute quickly',
  'hit the ground running',
  "i'm the perfect fit",
  'i am the perfect fit',
  'perfect fit for the role',
  'think outside the box',
  'team player',
  'at your earliest convenience',
  'i remain very interested',
] as const;

/** Text as the stock-phrase check reads it: lower-case, one space, straight apostrophes. */
function phraseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_LIMIT: Record<DraftKind, number> = {
  'thank-you': 150,
  'follow-up-1': 120,
  'follow-up-2': 120,
  'keep-in-touch': 120,
  'rejection-reply': 150,
  'next-round-reply': 150,
  'offer-reply': 150,
  linkedin: 60,
};

/** LinkedIn messages are judged by characters: the connection-note box holds 300. */
export const LINKEDIN_CHARACTER_LIMIT = 300;

const GRATITUDE = /\b(thank(s| you)?|grateful|appreciate[ds]?|appreciation|gratitude)\b/i;

const CALL_TO_ACTION: Record<DraftKind, RegExp> = {
  'thank-you':
    /next steps|let me know|look(ing)? forward to hearing|hear from you|happy to (share|provide|answer)|glad to (share|provide|answer)/i,
  'follow-up-1': /next steps|update|let me know|where things stand|timeline|hear from you/i,
  'follow-up-2': /next steps|update|let me know|where things stand|timeline|hear from you/i,
  'keep-in-touch':
    /stay in touch|keep in touch|keep me in mind|future (roles|opportunities|openings)|let me know/i,
  'rejection-reply':
    /keep me in mind|consider(ed)? me|future (roles|opportunities|openings)|stay in touch/i,
  'next-round-reply': /let me know|what works|which (time|slot)s? work|confirm|look(ing)? forward/i,
  'offer-reply':
    /get back to you|next steps|let me know|look(ing)? forward|talk (soon|further)|follow up/i,
  linkedin:
    /next steps|let me know|stay in touch|keep in touch|look(ing)? forward|hear from you|update/i,
};

const MONEY_TALK =
  /\b(salar(y|ies)|compensation|pay ?(rate|range|band|scale)|bonus(es)?|equity|stock options?|benefits|pto|paid time off|vacation days|401\s?\(?k\)?|pension|health insurance|remuneration|base pay|signing bonus|relocation package)\b|\$\s?\d/i;

const SLOT = /\[(?:mention|add|insert|name|your|fill|propose|list)\b[^\]\n]*\]/gi;

/** A line of a draft cut into plain text and blanks to fill, so the HTML can mark the blanks. */
export function slotSegments(line: string): { text: string; slot: boolean }[] {
  const segments: { text: string; slot: boolean }[] = [];
  let from = 0;
  for (const match of line.matchAll(SLOT)) {
    if (match.index > from) segments.push({ text: line.slice(from, match.index), slot: false });
    segments.push({ text: match[0], slot: true });
    from = match.index + match[0].length;
  }
  if (from < line.length || segments.length === 0) {
    segments.push({ text: line.slice(from), slot: false });
  }
  return segments;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function withoutNames(text: string, names: readonly string[]): string {
  let cleaned = text;
  // Longest first, so a first name does not break up the full name it starts.
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const trimmed = name.trim();
    if (trimmed.length > 0) cleaned = cleaned.split(trimmed).join(' ');
  }
  return cleaned;
}

/** True when the user's notes say compensation came up, which makes mentioning it fair game. */
export function notesRaiseMoney(notes: readonly string[]): boolean {
  return notes.some((note) => MONEY_TALK.test(note));
}

export function lintDraft(
  kind: DraftKind,
  text: string,
  notes: readonly string[],
  options: LintOptions = {},
): LintResult {
  const checks: LintCheck[] = [];
  const words = countWords(text);
  const own = withoutNames(text, options.ignore ?? []);

  if (kind === 'linkedin') {
    const characters = [...text.trim()].length;
    checks.push({
      rule: 'length',
      passed: characters <= LINKEDIN_CHARACTER_LIMIT,
      hard: true,
      message: `${characters} characters (LinkedIn messages: at most ${LINKEDIN_CHARACTER_LIMIT})`,
    });
  } else {
    const limit = WORD_LIMIT[kind];
    checks.push({
      rule: 'length',
      passed: words <= limit,
      hard: true,
      message: `${words} words (${kindLabel(kind)}: at most ${limit})`,
    });
  }

  checks.push({
    rule: 'gratitude',
    passed: GRATITUDE.test(text),
    hard: true,
    message: 'Says thank you',
  });

  checks.push({
    rule: 'call-to-action',
    passed: CALL_TO_ACTION[kind].test(text),
    hard: true,
    message: callToActionLabel(kind),
  });

  const money = MONEY_TALK.exec(own);
  const raised = notesRaiseMoney(notes);
  checks.push({
    rule: 'salary',
    passed: !money || raised,
    hard: true,
    message: money
      ? raised
        ? `Mentions "${money[0]}": fine, your notes say it came up in the interview`
        : `Mentions "${money[0]}": leave salary and benefits out unless the interviewer raised them`
      : 'No salary or benefits talk',
  });

  const lower = phraseText(own);
  const phrases = [...BANNED_PHRASES, ...(options.stockPhrases ?? []).map(phraseText)];
  const banned = [...new Set(phrases)].filter((phrase) => phrase && lower.includes(phrase));
  checks.push({
    rule: 'banned-phrase',
    passed: banned.length === 0,
    hard: true,
    message:
      banned.length === 0
        ? 'No stock phrases ("I hope your week is going well", "just checking in", …)'
        : `Rephrase ${banned.map((phrase) => `"${phrase}"`).join(', ')}: any candidate could send it; say something only you would`,
  });

  const slots = [...new Set(text.match(SLOT) ?? [])];
  checks.push({
    rule: 'unfilled-slot',
    passed: slots.length === 0,
    hard: false,
    message:
      slots.length === 0
        ? 'No blanks left to fill'
        : `Fill in or delete ${slots.join(', ')} before sending`,
  });

  return { ok: checks.every((check) => check.passed || !check.hard), checks, words };
}

function kindLabel(kind: DraftKind): string {
  switch (kind) {
    case 'thank-you':
      return 'thank-you notes';
    case 'follow-up-1':
    case 'follow-up-2':
      return 'follow-ups';
    case 'keep-in-touch':
      return 'keep-in-touch notes';
    case 'rejection-reply':
    case 'next-round-reply':
    case 'offer-reply':
      return 'replies';
    case 'linkedin':
      return 'LinkedIn messages';
  }
}

function callToActionLabel(kind: DraftKind): string {
  switch (kind) {
    case 'rejection-reply':
    case 'keep-in-touch':
      return 'Asks them to keep you in mind';
    case 'next-round-reply':
      return 'Asks which time works';
    case 'offer-reply':
      return 'Says when you will get back to them';
    default:
      return 'Asks about next steps';
  }
}
