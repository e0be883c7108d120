// Reader -> a move by an amount rather than to a time: "we need to push your interview back by an
// hour", "could we start 30 minutes earlier?", "bring it forward by half an hour", "postponed by a
// week". The new slot is the old one shifted, and no time is written for it.

import { MONTH_WORD, WEEKDAY_WORD } from './text.ts';

const COUNT = String.raw`an?|one|two|three|four|half an?|\d{1,3}(?:\.5)?`;
const AMOUNT = String.raw`(?<count>${COUNT})\s*(?<unit>hours?|hrs?|minutes?|mins?|days?|weeks?|fortnight)`;
const LATER = /^(?:back|later)$/i;
// Up to five plain words between the verb and the rest ("push your interview back"), or the
// meeting named with its slot ("push your 2pm ET on Thursday 5 March back"); never a label's
// colon, so "Start time: 10:00, breaks of 15 minutes later" is none.
const MOVE_VERB = String.raw`push|pushed|pushing|put|putting|move|moved|moving|shift|shifted|shifting|bump|bumped|bring|bringing|brought|pull|pulled|pulling`;
// A word of the object is no verb of moving: in "the start has been pushed back", "start" is no
// verb whose object is "has been pushed".
const WORD = String.raw`(?!(?:${MOVE_VERB})\b)[\p{L}'’-]+`;
const WORDS = String.raw`(?<object>(?:\s+${WORD}){0,5}?|\s+(?:your|the|our)(?:\s+(?!(?:${MOVE_VERB})\b)[\p{L}\d:'’-]+){1,8}?)`;
// "Start 30 minutes later": the meeting's own start, with no object to say whose.
const START_VERB = String.raw`start|starting|begin|beginning`;
// A verb, never "move on to the case study" (going on to the next part).
const VERB = (verbs: string) => String.raw`\b(?<verb>${verbs})\b(?!\s+on\b)`;
// "push … back by an hour", "move it forward 30 minutes": the direction, then the amount.
const DIRECTION_THEN_AMOUNT = new RegExp(
  String.raw`${VERB(`${MOVE_VERB}|start|starting`)}${WORDS}\s+(?<direction>back|forward|later|earlier|up)(?:\s+by)?\s+${AMOUNT}\b`,
  'giu',
);
// "start 30 minutes later", "move it an hour earlier": the amount, then the direction.
const AMOUNT_THEN_DIRECTION = new RegExp(
  String.raw`${VERB(`${MOVE_VERB}|${START_VERB}`)}${WORDS}\s+(?:by\s+)?${AMOUNT}\s+(?<direction>later|earlier)\b`,
  'giu',
);
// "postponed by a week", "delayed by 30 minutes", "postpone your interview (Thursday, 2pm) by an
// hour": a delay is later, by its amount.
const DELAYED_BY = new RegExp(
  String.raw`${VERB('postpone|postponed|postponing|delay|delayed|delaying')}${WORDS}(?:\s*\([^()\n]{0,60}\))?\s+by\s+${AMOUNT}\b`,
  'giu',
);

// What a move moves: the candidate's meeting, plainly ("push your interview back", "bring it
// forward", "your interview on Thursday at 2pm has been postponed by a week", "could we start 30
// minutes later?"); something else, with no meeting, clock or pronoun in it ("the start date", "my
// train", "the calendar invite"); or maybe the meeting ("your follow-up interview", "Dana's 1pm
// meeting", "we were delayed by a week"), which the reader asks about.
type Moved = 'meeting' | 'other' | 'unsure';
const MEETING_WORD = String.raw`(?:interview|call|meeting|chat|session|conversation|screen|appointment)`;
// Words of its slot may stand before the noun: "your 2pm ET interview", "the Thursday call".
const SLOT_WORD = String.raw`(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|[A-Z]{2,4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)`;
// A word of regret or notice may open it: "I'm sorry to say your interview", "Just a heads up that
// the start", "Please note the start time".
const PREAMBLE = String.raw`(?:(?:[\p{L}'’]+\s+){0,4}?(?:unfortunately|sadly|regrettably|sorry|apologies|afraid|note|heads[- ]up|fyi)(?:\s+(?:that|to say|but))?[ ,:]+)?`;
// What may follow the meeting's name: its slot, its people, an aside about it ("your interview
// with Marcus on Thursday", "the interview (originally Thursday, 2pm)", "the interview, which was
// booked for …,", "the interview that we had set for …").
const ITS_DETAILS = String.raw`(?:\s+(?:on|at|for|with|(?:scheduled|set|booked|planned) for|(?:that|which) (?:was|is|had|has|we|I)\b)|\s*\(|\s*,\s*(?:which|that|originally|scheduled|set|booked|planned)\b)[^;]*`;
// Whose start: "the start time of your interview", never "the start of the case study".
const OF_THE_MEETING = String.raw`(?:\s+of\s+(?:your|the|our|this)\s+(?:[\p{L}-]+\s+)?${MEETING_WORD})?`;
const PLAIN_MEETING = new RegExp(
  String.raw`^${PREAMBLE}(?:it|us|this|that|things|you|(?:your|the|our|this|(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'|’)s)\s+(?:(?:${SLOT_WORD}\s+){0,4}(?:${MEETING_WORD}|start(?:\s+time)?${OF_THE_MEETING})|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)(?:${ITS_DETAILS})?)$`,
  'iu',
);
const MAYBE_THE_MEETING = new RegExp(
  String.raw`\b(?:it|us|we|you|slot|${MEETING_WORD})\b|\d\s*[ap]\.?m\b|\d:\d\d`,
  'i',
);
const AUXILIARIES =
  /(?:\s+|(?:'|’)(?=s\b)|\b)(?:(?:s|has|have|had|is|are|was|were|will|would|could|can|may|might|must|needs?|to|be|been|being|now|just|also|already|then|got|get)\b\s*)*[\s,]*$/i;
const CLAUSE_BREAK = /[,;:(]|\s[-–—]\s|\b(?:and|but|so|because|as)\s/i;
// The same without the comma, which `hedgeClause` weighs itself.
const HEDGE_CLAUSE_BREAK = /[;:(]|\s[-–—]\s|\b(?:and|but|so|because|as)\s/i;
// A start moved is the interview's when said as a change ("could we start 30 minutes later?",
// "we'd now begin an hour earlier than planned"), never an agenda's ("it will start 20 minutes
// later").
const STARTS = new RegExp(String.raw`^(?:${START_VERB})$`, 'i');
const A_CHANGE =
  /\b(?:now|instead|than (?:planned|scheduled|booked|originally|expected|before)|originally|need(?:s|ed)? to|ha(?:ve|s|d) to|must|could we|can we|would (?:it|you|we)|we(?:'|’)(?:ve|d)|(?:has|have|had) been|is being)\b/i;
const STARTER = /^(?:(?:could|can|shall|should|would)\s+)?(?:we|you|it)(?:(?:'|’)(?:d|ll|ve))?$/i;

function movedThing(thing: string): Moved {
  if (PLAIN_MEETING.test(thing)) return 'meeting';
  return MAYBE_THE_MEETING.test(thing) ? 'unsure' : 'other';
}

/** What the move moves: its object, else the subject of its clause (`before`: up to the verb). */
function whatMoves(sentence: string, before: string, object: string, verb: string): Moved {
  const thing = object.trim();
  if (thing) return movedThing(thing);
  // "We need to push it back by a week and start 30 minutes later", "The interview on Thursday,
  // 2pm ET, is delayed by 45 minutes": a clause of no words but the verb's shares the subject
  // before it.
  const last = (before.split(CLAUSE_BREAK).pop() ?? '').replace(AUXILIARIES, '').trim();
  const subject = last ? last : before.replace(AUXILIARIES, '').trim();
  // "Bumped an hour earlier", as a note opens: no subject says what, which may be the meeting.
  if (!subject) return 'unsure';
  if (STARTS.test(verb))
    return !A_CHANGE.test(sentence)
      ? 'other'
      : STARTER.test(subject)
        ? 'meeting'
        : movedThing(subject);
  return movedThing(subject);
}

// "We may need to push it back by 30 minutes", "Hoping we can move it an hour later", "We are
// planning to push it": a move said only as possible, wished, planned or proposed has not happened,
// and the slot it would give is asked, never stated ("I'd like to let you know" is news, no wish).
const NOT_NEWS = String.raw`(?! (?:let you know|let you|inform|confirm|update|thank|apologi[sz]e|give you a heads[- ]up|flag|mention|tell you|share|say))`;
const HEDGED = new RegExp(
  String.raw`\b(?:may|might|could be|possibly|perhaps|maybe|probably|likely|(?:a|any|some) chance|(?:hope|hoping)(?!\s+(?:you|this|all|everything|your)\b)|hopefully|wondering|wonder|(?:would|(?:'|’)d) like to${NOT_NEWS}|thinking (?:of|about)|considering|propos(?:e|es|ed|ing)|would you be (?:ok|okay|happy|able|alright|fine)|(?:it(?:'|’)s|it is) possible|looking to|suggest(?:s|ing)?|suggested(?! (?:that )?(?:we|I)(?: have|(?:'|’)ve| had)\b)|plan(?:s|ning)? (?:to|on)|want(?:s|ed)? to${NOT_NEWS}|aim(?:s|ing)? to|try(?:ing)? to|attempt(?:s|ing)? to|tentative(?:ly)?|provisional(?:ly)?|intend(?:s|ing)? to|in all likelihood)\b`,
  'i',
);
// "will confirm" or "has yet to confirm" the move, or nothing named: not "the dial-in" or "the panel".
const CONFIRMS_THE_MOVE = String.raw`(?=\s*(?:[.;,!)]|$|\s(?:it|this|that|yet|(?:the|your) (?:new )?(?:time|slot|date|change|move)|by|on|tomorrow|today|shortly|soon|asap|once|when|as soon)\b))`;
// A move that waits on something, or on the candidate's yes ("if that works for you", "pending
// Dana's confirmation", "once we hear back", "TBC"): said in the move's own part of its sentence,
// or in a part after a semicolon or a dash that names nothing else (`waitsOnTheMove`).
const WAITS_ON = new RegExp(
  String.raw`\b(?:depending on|if (?:that|this|it)(?:'|’)?s? (?:works?|suits?|(?:is )?(?:ok|okay|alright|fine))|if you(?:'|’)re (?:ok|okay|happy|fine|alright|free)|if you are (?:ok|okay|happy|fine|alright|free)|assuming you(?:'|’)re|assuming you are|provided (?:that(?:'|’)s|that is|it(?:'|’)s|you(?:'|’)re|(?:that )?(?:this|that|it|the time) (?:works|suits))|as long as you(?:'|’)re|should (?:that|this|it) (?:suit|work)|(?:subject to|pending) (?:(?:your|their|his|her|our|the panel(?:'|’)s|[A-Z][a-z]+(?:'|’)s) )?(?:final )?(?:confirmation|approval|availability|sign-?off|agreement|decision)|awaiting(?!\s+(?:the|your|a)\s+(?!(?:new )?(?:time|slot|date|confirmation|approval|sign-?off|go-ahead)\b))|(?:should it|if it) (?:be|is|becomes) (?:needed|necessary)|if (?:needed|necessary)|once (?:[A-Z][a-z]+|she|he|they|the panel|the team) confirms?|(?:[A-Z][a-z]+|she|he|they|the panel|the team|the client|the hiring manager) (?:still )?(?:has|have|needs?) to (?:confirm${CONFIRMS_THE_MOVE}|approve|sign (?:it )?off|agree)|once (?:we|I) hear back|try and (?:push|move|shift|bring)|once (?:the )?[a-z]+ (?:is|are|has been|have been) confirmed|waiting (?:on|for) [A-Z][a-z]+ to confirm|to be confirmed|TBC|will confirm${CONFIRMS_THE_MOVE}|yet to confirm${CONFIRMS_THE_MOVE}|(?:hasn(?:'|’)t|has not|haven(?:'|’)t|have not) (?:yet )?confirmed${CONFIRMS_THE_MOVE}|not (?:yet )?confirmed${CONFIRMS_THE_MOVE}|not locked in|provisional|tentative(?:ly)?|waiting to hear|sign-?off (?:is )?pending|needs? [A-Z][a-z]+(?:'|’)s (?:ok|okay|approval|sign-?off|go-ahead))\b`,
  'i',
);
// Before the move, in its own clause: "Let me know if we can push it back", "Dana has asked
// whether we could push …", "Ideally we would push …", "We'd prefer to start 30 minutes later".
const ASKED_BEFORE =
  /\b(?:let (?:me|us) know (?:if|whether)|asked (?:whether|if)|ideally|(?:we(?:'|’)d|we would|I(?:'|’)d|I would) (?:prefer|rather))\b/i;
// A hedge opening the sentence before a comma hedges all of it ("Perhaps, given the weather, we
// could push…"); a comma's clause with a subject of its own is one ("Maybe you saw her note, we
// have pushed…"); one without continues the clause before it ("We may, however, have to push…").
const OPENING_HEDGE =
  /^\s*(?:perhaps|maybe|possibly|hopefully|ideally|potentially|provisionally|tentatively)\s*,/i;
const OWN_SUBJECT =
  /^\s*(?:(?:i|we|you|they|he|she|it|there|our|your|the|this|that)\b|[A-Z][a-z]+\s+(?:has|have|had|is|was|will|would|could|can|may|might|must|needs?|wants?)\b)/i;
const COMPLEMENTIZER_AT_END = /\b(?:that|whether|if)\s*$/i;
// "Dana, who may be joining from Berlin, has pushed…": an aside about someone.
const RELATIVE_ASIDE = /^\s*(?:who|which|whom|whose)\b/i;

/** The words of the move's own clause before it (`before`: its sentence up to the move). */
function hedgeClause(before: string): string {
  const clause = before.split(HEDGE_CLAUSE_BREAK).pop() ?? '';
  if (OPENING_HEDGE.test(clause)) return clause;
  const parts = clause.split(',');
  let own = parts.pop() ?? '';
  while (parts.length > 0 && !OWN_SUBJECT.test(own)) {
    const previous = parts.pop() ?? '';
    if (!RELATIVE_ASIDE.test(previous)) own = `${previous},${own}`;
  }
  // "It may be that, given the strike, we push…": the clause is the complement of the one before
  // its asides, which hedges it.
  let aside = parts.length;
  while (aside > 0 && !OWN_SUBJECT.test(parts[aside - 1] ?? '')) aside -= 1;
  const governing = parts[aside - 1];
  if (governing !== undefined && COMPLEMENTIZER_AT_END.test(governing))
    return parts
      .slice(aside - 1)
      .concat(own)
      .join(',');
  return own;
}

const SENTENCE_MARKS = ['.', '!', '?', '\n'];

// What a part that waits may name and still be about the move: "the time is still to be
// confirmed", "new time TBC", "it is TBC", "- still TBC", "- all TBC for now".
const THE_MOVE_ITSELF = String.raw`(?:(?:the|your|our|a|an|new|start|exact|final|interview|meeting|call)\s+){0,2}(?:time|times|slot|start|date|day|timing|change|move|it|this|that|everything|all|still|just|which|the|your|our|a|an|we|they|i|you|she|he)\b`;
// "interviewers TBC", "the room is to be confirmed": a part after a semicolon or a dash that
// names what waits, which is not the move.
const ANOTHER_THING_WAITS = new RegExp(
  String.raw`^\W*(?:(?:the|your|our|a|an|[A-Z][a-z]+(?:'|’)s)\s+)?(?!${THE_MOVE_ITSELF})[a-z][a-z-]*(?:\s+(?!${THE_MOVE_ITSELF})[a-z][a-z-]*)?\s+(?:is|are|will be|TBC\b|to be confirmed)`,
  'i',
);

/**
 * The move at `from`..`to` in `sentence` waits on something: said in its own part, or in a part
 * after a semicolon or a dash that names nothing else ("…; TBC once Dana confirms").
 */
function waitsOnTheMove(sentence: string, from: number, to: number): boolean {
  const breaks = [...sentence.matchAll(/;|\s[-–—]\s/g)].map((m) => m.index ?? 0);
  const bounds = [0, ...breaks, sentence.length];
  return bounds.slice(0, -1).some((start, i) => {
    const part = sentence.slice(start, bounds[i + 1]);
    if (!WAITS_ON.test(part)) return false;
    const own = start <= from && (bounds[i + 1] ?? sentence.length) >= to;
    return own || !ANOTHER_THING_WAITS.test(part.replace(/^[;\s–—-]+/, ''));
  });
}

function sentenceStart(text: string, index: number): number {
  return Math.max(...SENTENCE_MARKS.map((mark) => text.lastIndexOf(mark, index))) + 1;
}

/** Where the sentence at `index` ends: at its mark, or the text's end. */
function sentenceEnd(text: string, index: number): number {
  const ends = SENTENCE_MARKS.map((mark) => text.indexOf(mark, index)).filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : text.length;
}

function sentenceAround(text: string, index: number): string {
  return text.slice(sentenceStart(text, index), sentenceEnd(text, index));
}

export interface SlotShift {
  /** Minutes of clock time, later when positive. */
  minutes: number;
  /** Whole days, the clock kept (a week is seven). */
  days: number;
  /** What moves is plainly the candidate's meeting; else it may be another plan. */
  plain: boolean;
  /** Plainly the meeting, and moved as a fact (not asked for, nor only possible); else asked. */
  sure: boolean;
  /** Where the text says so, and where that saying ends. */
  index: number;
  end: number;
}

function countOf(count: string): number {
  const lower = count.toLowerCase();
  if (/^half/.test(lower)) return 0.5;
  if (/^(?:an?|one)$/.test(lower)) return 1;
  const word = ['two', 'three', 'four'].indexOf(lower);
  return word >= 0 ? word + 2 : Number(lower);
}

function shiftOf(
  count: string,
  unit: string,
  later: boolean,
  [index, end]: [number, number],
): SlotShift | null {
  const n = /^fortnight/i.test(unit) ? 1 : countOf(count);
  if (!Number.isFinite(n) || n <= 0) return null;
  const sign = later ? 1 : -1;
  if (/^(?:d|w|f)/i.test(unit)) {
    const days = n * (/^w/i.test(unit) ? 7 : /^f/i.test(unit) ? 14 : 1);
    return Number.isInteger(days) && days <= 60
      ? { minutes: 0, days: sign * days, plain: true, sure: true, index, end }
      : null;
  }
  const minutes = /^h/i.test(unit) ? n * 60 : n;
  return minutes >= 5 && minutes <= 12 * 60
    ? { minutes: sign * Math.round(minutes), days: 0, plain: true, sure: true, index, end }
    : null;
}

// "We need to push your interview with Dana's team on Thursday 5 March at 2pm ET back by an hour":
// a move whose object is too long to read word by word still says the slot may have moved; and
// "your interview on Thursday at 2pm has been shifted by 30 minutes", "… pushed a week" say so with
// no direction, or none for sure (a bare amount only of days or weeks, right after the verb: not
// "we moved a week ago", nor "bring you through and it will take about 30 minutes").
const LOOSE_MOVE = new RegExp(
  String.raw`${VERB(`${MOVE_VERB}|postpone|postponed|delay|delayed|changed`)}(?:(?<object>[^.!?\n]{0,100}?)\s(?:back|forward|later|earlier|by)|(?=\s+(?:${COUNT})\s*(?:days?|weeks?|fortnight)\b))\s+${AMOUNT}\b(?!\s+(?:ago|before|after|prior|of|in advance|notice)\b)`,
  'iu',
);

// "Could we move it by one week, to Thursday 1 April at 17:00?": the move writes its new slot.
const TO_A_SLOT = new RegExp(
  String.raw`^[ \t]*,?[ \t]*(?:to|until|till)[ \t]+(?:the[ \t]+)?(?:next[ \t]+)?(?:\d|tomorrow\b|(?:${WEEKDAY_WORD}|${MONTH_WORD})(?![a-z]))`,
  'i',
);

function looselySaid(scan: string): SlotShift | null {
  const match = LOOSE_MOVE.exec(scan);
  if (!match) return null;
  const before = scan.slice(sentenceStart(scan, match.index), match.index);
  const { object = '', verb = '' } = match.groups ?? {};
  if (whatMoves(sentenceAround(scan, match.index), before, object, verb) === 'other') return null;
  if (TO_A_SLOT.test(scan.slice(match.index + match[0].length))) return null;
  return {
    minutes: 0,
    days: 0,
    plain: false,
    sure: false,
    index: match.index,
    end: match.index + match[0].length,
  };
}

/**
 * How far the text moves the interview, or null when it names no shift, or more than one ("push it
 * back by a week and start 30 minutes later": asked). Not `sure` when what it moves may be
 * another plan.
 */
export function slotShift(text: string): SlotShift | null {
  const scan = text.slice(0, 20_000);
  const found: SlotShift[] = [];
  for (const pattern of [DIRECTION_THEN_AMOUNT, AMOUNT_THEN_DIRECTION, DELAYED_BY]) {
    for (const match of scan.matchAll(pattern)) {
      const {
        verb = '',
        object = '',
        direction = 'later',
        count = '',
        unit = '',
      } = match.groups ?? {};
      const shift = shiftOf(count, unit, LATER.test(direction), [
        match.index,
        match.index + match[0].length,
      ]);
      const sentence = sentenceAround(scan, match.index);
      const before = scan.slice(sentenceStart(scan, match.index), match.index);
      const moved = shift ? whatMoves(sentence, before, object, verb) : 'other';
      // "Could we start 30 minutes later?", "Would it be possible to push it back an hour?": a
      // move asked for is not yet made.
      const asked = scan[sentenceEnd(scan, match.index)] === '?';
      // "We may need to push it back" is hedged; "pushed back by 30 minutes, as Dana may be running
      // late" is not: only the words up to the move's end hedge it, in its own clause.
      const clause = `${hedgeClause(before)}${match[0]}`;
      // "…; interviewers TBC", "… - the room is to be confirmed": waiting said of another thing.
      const at = match.index - sentenceStart(scan, match.index);
      const hedged =
        HEDGED.test(clause) ||
        ASKED_BEFORE.test(clause) ||
        waitsOnTheMove(sentence, at, at + match[0].length);
      const plain = moved === 'meeting';
      if (shift && moved !== 'other')
        found.push({ ...shift, plain, sure: plain && !hedged && !asked });
    }
  }
  const [first, ...rest] = found;
  if (!first) return looselySaid(scan);
  const same = rest.every((s) => s.minutes === first.minutes && s.days === first.days);
  return same
    ? {
        ...first,
        plain: found.every((s) => s.plain),
        sure: found.every((s) => s.sure),
        index: Math.min(...found.map((s) => s.index)),
        end: Math.max(...found.map((s) => s.end)),
      }
    : null;
}
