// Reader -> interview time: finds every date and time the original message mentions (chrono-node),
// joins split dates and times ("Date: …" / "Time: …", itineraries), weighs each against its
// sentence (the interview vs the sent date, a previous call, a decision date) and places the
// winner in the zone the mail states, with the offset valid on that date.
import * as chrono from 'chrono-node';
import { DateTime, Info, type WeekdayNumbers } from 'luxon';
import { ARRIVAL_PLACES, placeNamed, STREET_ADDRESS, zonesOfOfficesNamedIn } from './places.ts';
import {
  ASKS_TO_MOVE_ELSEWHERE,
  CLOCK_WRITTEN,
  LATER_ROUND,
  MEETING_NOUN,
  MONTH_NAMED,
  MONTH_SHORT,
  MONTH_WORD,
  NO_DAY_OR_CLOCK_AFTER,
  NO_SLOT,
  NOR_A_DAY_ON_THE_NEXT_LINE,
  startsTableCell,
  WEEKDAY_SHORT,
  WEEKDAY_WORD,
  withTableTimeRanges,
} from './text.ts';
import {
  cityZoneAt,
  matchZoneAt,
  offsetAt,
  placeWallTime,
  type StatedZone,
  settledBy,
  type WallTime,
  type ZoneMatch,
} from './zones.ts';

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

export interface FoundTime {
  start: string;
  end: string | null;
  timezone: string;
  wallStart: WallTime;
  /**
   * Where the zone came from: written next to the time, a message-wide statement, "your time"
   * (the reader's zone), the writer's own place ("my time", or no zone but a signature), or
   * nothing at all (the user's zone, assumed).
   */
  zoneSource: 'inline' | 'stated' | 'reader' | 'venue' | 'writer' | 'default';
  /** Read from a labelled line ("When: …", "Time: …") rather than a sentence. */
  labelled: boolean;
  /** Read from a "When:" line, as mail clients render an invitation, on the forwarder's clock. */
  whenLine?: boolean;
  confidence: { start: number; end: number; timezone: number };
}

export interface WhenReading {
  best: FoundTime | null;
  /** A day the message gives for the interview when it gives no time (asked for). */
  dayWithoutTime: DayDate | null;
  /** True when two different times compete and neither wins: the reader must ask. */
  ambiguous: boolean;
  /** A time is put forward for the interview, settled or not. */
  offered?: boolean;
  /** With no settled time: the times put forward, each placed on its own, for a witness to pick. */
  slots?: FoundTime[];
}

export interface WhenOptions {
  /** The original message's instant: relative words ("tomorrow") count from it. */
  reference: Date;
  /** The zone relative words are read in (the interview's zone when stated, else the user's). */
  referenceZone: string;
  statedZone: StatedZone | null;
  defaultTimezone: string;
  /** Whole message text, for picking a city among a regional abbreviation's zones. */
  context: string;
  /** Minutes the interview lasts, when the message says so. */
  durationMinutes: number | null;
  /** Read 10/03/2026 as 10 March (the mail is from outside the US). */
  dayFirst?: boolean;
  /** Where the subject line the text starts with ends, when it starts with one. */
  subjectEnd?: number;
  /** The mail moves the meeting and its subject says no move: the subject's slot is the old one. */
  subjectSlotLeft?: boolean;
  /** The day order is only assumed (from the user's own zone): an ambiguous numeric date is asked. */
  dayOrderAssumed?: boolean;
  /** The zone of whoever wrote the text, when their place is known (an office in a signature). */
  writerZone?: string | null;
  /**
   * Nothing says where the writer is (no place in their signature, no offset on their Date): "10am
   * our time" is on a clock the mail does not give.
   */
  writerClockUnknown?: boolean;
  /** The zone of whoever the text is written to: "your time". */
  readerZone?: string | null;
  /** The zone of the address an in-person interview is held at. */
  venueZone?: string | null;
  /** Who the candidate is: their row of a roster of candidates' slots is their own slot. */
  candidate?: { names: readonly string[]; emails: readonly string[] };
  /**
   * The day a clock with no day of its own is on, where the text names no day: a thread's reply
   * ("2.30pm is the correct time") keeps the day of the slot its thread gave.
   */
  clockDay?: DayDate | null;
}

/**
 * Whose clock a time is on: the reader's ("your time"), the writer's ("my time", "here"), the
 * place's ("local time": the venue's, for a meeting held somewhere; else the writer's), or
 * another's ("site time", "plant time", "his time", "for her": a site's or a third person's, the venue's
 * where one is known, else asked; the writer may not share it). ("Their time" is the employer's,
 * as a user or an agency writes it: the writer's or the stated clock.)
 */
type Relative = 'reader' | 'writer' | 'local' | 'elsewhere';
const RELATIVE_ZONE =
  /^[ \t]*[,(]?[ \t]*(?:that'?s[ \t]+)?(?:(your(?:[ \t]+local)?[ \t]+time|for you|your end)|(my(?:[ \t]+local)?[ \t]+time|our time|for me|my end|here)|(local time)|((?:the[ \t]+)?(?:site|plant|camp|yard|depot|mill|refinery)(?:'s)?[ \t]+(?:local[ \t]+)?time|(?<![,(][ \t]*)(?:his|her)(?:[ \t]+local)?[ \t]+time|for (?:him|her|them)))\b/i;

type DayOrderDoubt = null | 'assumed-order' | 'dots-month-first';

function whoseClock(said: RegExpExecArray): Relative {
  return said[1] ? 'reader' : said[2] ? 'writer' : said[3] ? 'local' : 'elsewhere';
}

// "… and wrap up by noon", "… and should finish around 4pm": the end after a start.
const CLOSES_AT =
  /^[ \t]*,?[ \t]*and[ \t]+(?:(?:we|we(?:'|’)ll|will|should|(?:we(?:'|’)ll|will|should)[ \t]+be)[ \t]+)?(?:wrap(?:ping)?[ \t]+up|finish(?:ing)?|done|end(?:ing)?|run(?:ning)?[ \t]+(?:until|till|to))[ \t]+(?:(?:by|at|around|about|approximately|until|till)[ \t]+)*(noon|midday|\d{1,2}(?:[:.]\d{2})?(?:[ \t]*[ap]\.?m\.?)?)(?![\d:])/i;

// A range written from a bare number ("5 - 15:00", "10 to 11:30"): no minutes, no meridiem.
const BARE_RANGE_START = /^\d{1,2}\s*(?:-|–|—|to)\s*\d/i;

export interface Mention {
  index: number;
  end: number;
  text: string;
  hasDate: boolean;
  hasTime: boolean;
  date: DayDate;
  /** The day of the month is written; false for "Tuesday" or "tomorrow" alone. */
  dayCertain: boolean;
  yearCertain: boolean;
  weekday: number | null;
  weekdayConflict: boolean;
  /**
   * "04/02/2027" with nothing to say which number is the day: read by the assumed order only; or
   * "09.03.2027" read month first, as the mail's zone writes slashes, where dots are day-first
   * writing almost everywhere (a German sender naming EST first). Either way, in doubt.
   */
  dayOrderGuessed: DayOrderDoubt;
  time: { hour: number; minute: number } | null;
  meridiemCertain: boolean;
  endTime: { hour: number; minute: number } | null;
  zone: ZoneMatch | null;
  relative: Relative | null;
  zoneEnd: number;
}

interface Candidate {
  index: number;
  date: DayDate;
  time: { hour: number; minute: number };
  endTime: { hour: number; minute: number } | null;
  zone: ZoneMatch | null;
  relative: Relative | null;
  weekdayConflict: boolean;
  dayOrderGuessed: DayOrderDoubt;
  meridiemGuessed: boolean;
  grouped: boolean;
  /** Text spans of the mentions that make up the candidate, for context scoring. */
  spans: Array<[number, number]>;
  /** A schedule over several days: the day of its last slot, whose end is `endTime`. */
  endDate?: DayDate;
  /** The row of a roster that names the candidate. */
  ownRow?: true;
  /** Its day is another slot's, with a clock of its own ("move your 2pm on Thursday to 4pm"). */
  dayOfAnotherSlot?: true;
}

/**
 * The mail says its schedule spans days: "two-day onsite", "across two days", a "Day 1" heading
 * (not "from day one" in prose).
 */
const MULTI_DAY =
  /\b(?:two|three|2|3)[- ]day\b|\b(?:across|over) (?:two|three|2|3) days\b|\bboth days\b|^[\s>*]*day (?:1|one)\b/im;
/** The most days apart a multi-day schedule's first and last days are. */
const MAX_SCHEDULE_DAYS = 6;

const MAX_SCAN = 30_000;
/** A date written in numbers only: "02/04/2027", "2.4.27". */
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
const DATE_TOKEN = new RegExp(
  String.raw`\b(?:${MONTH_WORD}|${WEEKDAY_WORD})(?![a-z])|\btoday\b|\btomorrow\b|\btonight\b|\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{1,2}${MONTH_WORD}(?![a-z])`,
  'i',
);

function wallOf(date: DayDate, time: { hour: number; minute: number }): WallTime {
  return { ...date, hour: time.hour, minute: time.minute };
}

function weekdayOf(date: DayDate): number {
  // chrono numbers weekdays 0 (Sunday) .. 6; luxon 1 (Monday) .. 7.
  return DateTime.fromObject(date).weekday % 7;
}

// A day said earlier in the sentence, as a weekday or a date: "Thursday from …", "12 March from
// …", "on the 12th, …" (never "may", "market", "monthly").
const A_DAY_BEFORE = String.raw`(?:\b${WEEKDAY_WORD}(?![a-z])|\d(?:st|nd|rd|th)\b|\b\d{1,2}[ \t]+${MONTH_WORD}(?![a-z])|\b${MONTH_WORD}[ \t]+\d{1,2}\b)[^.!?\n]{0,30}?`;
// A stop between hour and minutes is a clock where one is expected: after "say" ("shall we say
// 10.30?"), right after a day ("Tuesday 10th, 10.30", "Thursday 10.30", "Wednesday 3rd March,
// 10.30", not a price, "Thursday 5 March, 10.50 for the day"), after "from" or "until"
// in a sentence that names a day ("Thursday 12 March from 10.30"); elsewhere "12.50" may be a
// price ("costs from 12.50"), and never with a rate after it ("18.50 an hour"); chrono reads "at
// 10.30" itself. After a
// weekday alone, "11.02" may be a date (11 February): only minutes no month could be ("Thursday
// 10.30", "Friday 9.00") make a clock there. (A move's "to 11.30" and a correction's "11.30 now,
// not 11" are read where chrono's text is made.)
const DOTTED_CLOCK = new RegExp(
  String.raw`(?:(?<=(?:\bsay|\d(?:st|nd|rd|th)|${A_DAY_BEFORE}\b(?:from|until|till))[ \t]*,?[ \t]+)([01]?\d|2[0-3])\.([0-5]\d)|(?<=\b\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH_WORD}(?:[ \t]+\d{4})?[ \t]*,?[ \t]+)([01]?\d|2[0-3])\.([0-5]\d)(?![ \t]*(?:for the (?:day|night|week)|return|fare|max|total|each|per|an? (?:day|night|head))\b)|(?<=\b${WEEKDAY_WORD}[ \t]*,?[ \t]+)([01]?\d|2[0-3])\.(00|1[3-9]|[2-5]\d))(?!\d|\.\d|[ \t]*(?:%|per\b|an? (?:hour|day|week|month|year)\b|each\b|\/|metres|meters|miles|km|kg|pounds|dollars|euros))`,
  'gi',
);

// The range said of a day: "Thursday 12 March from 10.30 to 11.30" (its start may already read
// "10:30"); never a pair of dates ("Monday 09.03 to 13.03"): one side's minutes can be no month.
const DOTTED_RANGE = new RegExp(
  String.raw`(?<=${A_DAY_BEFORE})\b([01]?\d|2[0-3])[.:]([0-5]\d)([ \t]*(?:to|until|till|[-–—])[ \t]*)([01]?\d|2[0-3])\.([0-5]\d)(?!\d|\.\d)`,
  'gi',
);
const dottedRange = (
  written: string,
  fromHour: string,
  fromMinute: string,
  between: string,
  toHour: string,
  toMinute: string,
) =>
  [fromMinute, toMinute].some((minute) => minute === '00' || Number(minute) > 12)
    ? `${fromHour}:${fromMinute}${between}${toHour}:${toMinute}`
    : written;

/**
 * "10.30am", "14.30 CET", "14h30", "shall we say 10.30?", "an 11.30 start": the same time with a
 * colon, same length so every index into the text still holds (never a date's "2027.03.18 (Thu)").
 */
export function withColonTimes(text: string): string {
  return (
    text
      .replace(
        /(?<!\d[./-])\b(\d{1,2})[.h](\d{2})(?=\s?(?:[ap]\.?m\b|[A-Z]{2,5}\b|\(|[-–]\s?\d{1,2}[.:h]\d{2})|\s?(?:hrs?|uhr)\b|\s(?:start|kick-?off)\b)/g,
        '$1:$2',
      )
      // "10.30 to 12pm": a range's start, where its minutes could be no month ("19.03 - 2pm" is
      // the 19th of March).
      .replace(
        /\b(\d{1,2})\.(00|1[3-9]|[2-5]\d)(?=\s?(?:[-–—]|to|until|till)\s?\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b)/g,
        '$1:$2',
      )
      .replace(DOTTED_CLOCK, (_, h1, m1, h2, m2, h3, m3) => `${h1 ?? h2 ?? h3}:${m1 ?? m2 ?? m3}`)
      .replace(DOTTED_RANGE, dottedRange)
      // "14:30 hrs – 15:30 hrs": the unit says nothing a 24-hour time doesn't, and hides the range.
      .replace(
        /\b(\d{1,2}:\d{2})(\s?(?:hrs?|hours|uhr)\b\.?)/gi,
        (_, time: string, unit: string) => `${time}${' '.repeat(unit.length)}`,
      )
  );
}

/**
 * Text as chrono reads it right, each change as long as what it replaces so every index into the
 * text still holds: "noon" is "12pm", and the number of a round or a step ("round 2 - 1 pm",
 * "Stage 3 at 10am") is masked, as it is no hour.
 */
const CLOCK_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
// British clock phrases: "half two" and "half past two" are 2:30, "quarter to three" is 2:45.
// chrono read "half two" as two o'clock, a wrong start stated as fact.
// Only where a time is expected ("at half two", "by quarter to three"): "half one-on-one, half
// group work" is no time. The digits are padded in front, so a zone after the words ("half past
// ten (NZDT)") still stands next to the time.
const SPOKEN_CLOCK = new RegExp(
  String.raw`(?<=(?:\b(?:at|by|from|until|till|to|around|about|before|after|for|or)|[-–])\s)(half(?: past)?|quarter past|quarter to) (${CLOCK_WORDS.join('|')}|1[0-2]|[1-9])\b(?![-\w]| (?:hours?|hrs?|days?|weeks?|of)\b)`,
  'gi',
);

function spokenClock(whole: string, phrase: string, hourWord: string): string {
  const named = CLOCK_WORDS.indexOf(hourWord.toLowerCase()) + 1;
  const hour = named > 0 ? named : Number(hourWord);
  const lower = phrase.toLowerCase();
  const [h, m] =
    lower === 'quarter to'
      ? [hour === 1 ? 12 : hour - 1, 45]
      : [hour, lower.startsWith('half') ? 30 : 15];
  const time = `${h}:${m}`;
  return time.length <= whole.length ? time.padStart(whole.length, ' ') : whole;
}

// "We're at 14 Quay Street": a house number is no hour. Unless what follows reads as a time's
// ("at 2 PM EST. Dr. Chen", "9 AM Dr Patel", "8 December Court Room 4"), or it ends a time
// ("10:30 Main Street").
const STREET_NUMBER = new RegExp(STREET_ADDRESS, 'gu');
const TIME_AFTER_NUMBER =
  /^\d+[A-Za-z]?\s+(?:[AaPp]\.?[Mm]\b|[A-Z]{2,5}\b(?![a-z])|(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ept?(?:ember)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)\b)/;

function maskStreetNumber(address: string, at: number, text: string): string {
  if (TIME_AFTER_NUMBER.test(address) || /[\d:.]$/.test(text.slice(Math.max(0, at - 1), at)))
    return address;
  return address.replace(/^\d+[A-Za-z]?/, (number) => 'x'.repeat(number.length));
}

// "Wed 10.3. at 10:00", "am 10.03. um 10 Uhr": a day and month with their stops and no year, as
// German and Swiss mail writes them, always day first. chrono reads no date there (or "10.03" as
// 10:03), so the day and the month's name are written instead, as long as the original. (With a
// year, "09.03.2027" is read in the mail's own day order, which asks where it is only assumed.)
// Without its last stop ("Thursday 18.03 at 16:00") it is a date only when a clock follows it:
// "Thursday 10.15" alone is a quarter past ten ("Tuesday 30.03" is no clock: 30 is no hour).
const CLOCK_FOLLOWS = String.raw`(?=,?\s+(?:(?:at|um|from|von|ab|@|-|–)\s+)?\d{1,2}(?:[:.h]\d\d|\s*[ap]\.?m\b))`;
const DOTTED_DAY_MONTH = new RegExp(
  String.raw`(?<=(?:\b${WEEKDAY_WORD},?|\b(?:on|am|den|vom|date:?)) {1,2})(\d{1,2})\.(\d{1,2})(?:\.(?![\d.])|(?![\d.])${CLOCK_FOLLOWS}|(?<=\b(?:2[4-9]|3[01])\.(?:0?[1-9]|1[0-2]))(?![\d.:]))`,
  'gi',
);

// "午後7:00", "晚上7:30", "上午10:00", "오전 10:00": the half of the day before the clock, as
// Japanese, Chinese and Korean write it, after it as "7:00pm" (as long, so indexes hold).
const CJK_HALF_OF_DAY = /(午前|午後|上午|下午|早上|晚上|오전|오후)[ \t]?(\d{1,2}:\d\d)/g;
const CJK_MORNING = /^(?:午前|上午|早上|오전)$/;
// "2027年3月9日", "3月9日", "2027년 3월 18일": a date as Japanese, Chinese and Korean write it, year,
// month and day.
const CJK_DATE = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g;
// "2027.03.18", "2027. 3. 18.": year first with stops, as Korea, China and Hungary write dates.
const YEAR_FIRST_DOTTED = /\b(\d{4})\.[ \t]?(\d{1,2})\.[ \t]?(\d{1,2})\b\.?(?![\d.])/g;

function dayAndMonthName(
  written: string,
  day: string,
  month: string,
  weekday = '',
  year?: string,
): string {
  const name = Info.months('short', { locale: 'en' })[Number(month) - 1];
  if (!name || Number(day) < 1 || Number(day) > 31) return written;
  const date = `${weekday}${Number(day)}${name}${year ? ` ${year}` : ''}`;
  return date.length <= written.length ? date.padEnd(written.length, ' ') : written;
}

// "on the 15th at 1:30pm", "Monday the 15th", "Tuesday, 16th", "said yes to the 22nd", "the 17th
// works", "the 17th doesn't work", "but the 18th at 10am does": a day of the month alone, which
// chrono reads as no date (and "Monday the 15th" as the coming Monday). It is the next such day
// from the mail's date (of this month or the next, the one its weekday fits), written with its
// month's name as long as the original. A weekday that fits neither is a conflict the reader
// asks about (chrono would slide the year until it fitted).
const DAY_OF_MONTH_ALONE = new RegExp(
  String.raw`(?:\b(${WEEKDAY_WORD}),? {1,2}(?:the {1,2})?|(?<=\b(?:on|for|to|booked|accepted|confirmed) {1,2})the |\bthe (?=\d{1,2}(?:st|nd|rd|th),? (?:(?:works|suits|is (?:fine|good|great|perfect|out|off|no good)|(?:doesn(?:'|’)t|does not|won(?:'|’)t|will not|no longer) work)\b|at \d)))(\d{1,2})(?:st|nd|rd|th)\b(?![ \t]+(?:of|floor|century|anniversary|birthday|place|percentile|interview|round|stage|shift|step|attempt|time)\b|\s+${MONTH_WORD})`,
  'gi',
);

// A month by its name, or the next one ("may" the verb is no month: May only with its capital).
const A_MONTH_NAMED = new RegExp(
  String.raw`\b(?:${MONTH_NAMED}|next month\b|the following month\b)`,
  'gi',
);
const MONTH_SHORT_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
/**
 * The months (1–12) a passage names, not as a date of something else ("Applications close April
 * 10", "an offsite on 20 April").
 */
function monthsNamedIn(text: string, reference: DateTime): number[] {
  return [...text.matchAll(A_MONTH_NAMED)]
    .filter(([word]) => word.toLowerCase() !== 'may' || word === 'May')
    .filter(
      ({ 0: word, index = 0 }) =>
        !/^[ \t]+\d{1,2}(?:st|nd|rd|th)?\b/.test(
          text.slice(index + word.length, index + word.length + 6),
        ) &&
        !/\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?$/i.test(
          text.slice(Math.max(0, index - 8), index),
        ),
    )
    .map(([word]) =>
      /month/i.test(word)
        ? reference.plus({ months: 1 }).month
        : MONTH_SHORT_NAMES.indexOf(word.slice(0, 3).toLowerCase()) + 1,
    );
}
// The paragraph before a day, up to 200 characters, without a quoted mail's header lines
// ("Sent: Monday, March 2", "On Fri, Feb 27, 2026, Dana wrote:").
const HEADER_LINE =
  /^[ \t>]*(?:(?:date|sent|from|to|cc|subject|received)[ \t]*:|on\b.*\bwrote:?[ \t]*$)/i;
function paragraphBefore(text: string, at: number): string {
  const from = Math.max(0, at - 200, text.lastIndexOf('\n\n', at) + 1);
  return text
    .slice(from, at)
    .split('\n')
    .filter((line) => !HEADER_LINE.test(line))
    .join('\n');
}
// "on the 15th", "booked for the 22nd": the words that lead a day of the month in.
const DAY_LED_IN = /\b(?:on|for|to|booked|accepted|confirmed)\s+$/i;

/** The month of the next such day from the mail's date: this one or the next, as its weekday fits. */
function monthOfNextDay(
  weekday: string | undefined,
  day: string,
  reference: DateTime,
): { month: DateTime; fits: boolean } | null {
  const wanted = Number(day);
  const months = [reference, reference.plus({ months: 1 })].filter(
    (month) =>
      wanted >= 1 &&
      wanted <= (month.daysInMonth ?? 0) &&
      (month !== reference || wanted >= reference.day),
  );
  const fits = (month: DateTime) =>
    !weekday ||
    month.set({ day: wanted }).toFormat('ccc', { locale: 'en' }).toLowerCase() ===
      weekday.slice(0, 3).toLowerCase();
  const month = months.find(fits);
  if (month) return { month, fits: true };
  const [first] = months;
  return first ? { month: first, fits: false } : null;
}

function nextDayOfMonth(
  written: string,
  weekday: string | undefined,
  next: { month: DateTime; fits: boolean } | null,
  day: string,
  conflict: () => void,
): string {
  if (!next) return written;
  if (!next.fits) conflict();
  return dayAndMonthName(
    written,
    day,
    String(next.month.month),
    weekday && next.fits ? `${weekday.slice(0, 3)} ` : '',
  );
}

// Clocks chrono does not read, where a time is expected: "1500 hrs" (India, the forces, the
// Gulf), "15h30", "15h" and Quebec's "14 h 45" (French), "kl. 14.00" (Scandinavian "klokken").
// Each is written as chrono reads it, as long as the original: "15h" as "3pm", "10h" as "10 " (a
// morning hour needs no meridiem; "22h" has no room for its "pm"). An hour before 7 is a length
// ("up to 2h", "1h30", "1 h 30"), never a clock; a colon leads in to a clock only after a line's
// own time label ("Time:", "Heure :"), never a length's ("Duration: 1h30", "Travel time: 1h30",
// "Minimum total time: 1500 hrs"); Quebec's spaced "14 h" alone only after "at", "à" or such a
// label ("from 6 h to 14 h" is a shift).
const TIME_LABEL_COLON = String.raw`(?:^|\n)[ \t]*(?:time|times|timing|timings|when|start|start time|starts|interview time|heure|hora|uhrzeit) ?:`;
// A clock face or an alarm clock opening a line ("🕚 11h (horário de Brasília)") labels a time too.
const CLOCK_EMOJI = String.raw`(?:^|\n)[ \t]*[\u{1F550}-\u{1F567}\u{23F0}\u{231A}\u{1F552}]\u{FE0F}?`;
const TIME_EXPECTED = String.raw`(?<=(?:(?<!\p{L})(?:at|from|by|until|till|(?<!\bup )to|around|à|de|om|um)|[-–@]|${TIME_LABEL_COLON}|${CLOCK_EMOJI})\s{0,2})`;
const MILITARY_CLOCK = new RegExp(
  String.raw`${TIME_EXPECTED}([01]\d|2[0-3])([0-5]\d)\s?(?:hrs?\.?|h)(?![\p{L}\d])`,
  'giu',
);
const FRENCH_CLOCK = new RegExp(
  String.raw`${TIME_EXPECTED}([01]?\d|2[0-3]) ?h(?: ?([0-5]\d))?(?![\p{L}\d])( ?)`,
  'giu',
);
const SPACED_CLOCK_LEAD_IN = new RegExp(
  String.raw`(?:(?<!\p{L})(?:at|à)|${TIME_LABEL_COLON})\s{0,2}$`,
  'iu',
);
const KLOKKEN = /\bkl\.? ?(\d{1,2})[.:](\d{2})\b/gi;

/** "kl. 14.00" as "at 14:00", as long as the original. */
function klokken(written: string, hour: string, minute: string): string {
  const clock = `at ${hour}:${minute}`;
  return clock.length <= written.length ? clock.padStart(written.length, ' ') : written;
}

function militaryClock(written: string, hour: string, minute: string): string {
  return `${hour}:${minute}`.padStart(written.length, ' ');
}

function frenchClock(
  written: string,
  hour: string,
  minute: string | undefined,
  space: string,
  at: number,
  whole: string,
): string {
  const h = Number(hour);
  if (h < 7) return written;
  if (minute) return `${hour}:${minute}${space}`.padStart(written.length, ' ');
  if (/ h/.test(written) && !SPACED_CLOCK_LEAD_IN.test(whole.slice(Math.max(0, at - 40), at)))
    return written;
  // The "h" clock counts 24 hours: "11h" is the morning's, where the meridiem fits in its room.
  const clock = h > 12 ? `${h - 12}pm` : h === 12 ? '12pm' : `${h}am`;
  // Without its space only before a stop or a bracket ("11am(", never "10amCET").
  const joined = /[\p{L}\d]/u.test(whole[at + written.length] ?? '');
  const fitting = [`${clock}${space}`, ...(joined && space ? [] : [clock]), `${h}${space}`].find(
    (form) => form.length <= written.length,
  );
  return fitting ? fitting.padEnd(written.length, ' ') : written;
}

// "10 on Monday is perfect", "would 2:30 on Thursday work?", "let's say 11.30 on Thursday 17th
// then": an hour before its day (and date), which chrono does not read, written day first
// ("Monday at 10"), the same length. Only where a sentence (never
// after an abbreviation's stop: "Rm. 11 on Thursday") or a question begins with it, and words
// that take or offer it follow: "room 10 on Monday", "2 on Monday and 3 on Tuesday are still to
// interview" are no hours.
const HOUR_ON_DAY = new RegExp(
  String.raw`(?<=(?:^|\n|(?<!\b[A-Z][a-z]{0,3})[.!?]\s+|\b(?:say|how about|would|does|maybe|perhaps)\s))(\d{1,2}(?:[:.][0-5]\d)?) on (${WEEKDAY_WORD}(?![\p{L}\d])(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*${MONTH_WORD})?(?![\p{L}\d]))?)(?=\s*(?:\?|!|it is\b|(?:is|works?|suits?|sounds?|would|could|should|then)\b))`,
  'gu',
);

// "moved to 11.30", "they've had to push it back to 2.45": a clock written with a stop, as British
// and Australian mail writes it, after a move made (chrono reads it only after "at"; "may need to
// move to 11.15", "the late shift to 22.30" are no move). Only after a move made,
// and on the five minutes, so a rate ("rises to 14.50"), a version ("update to 5.17"), a section
// ("refer to 2.10") or a European date ("moved to 19.03") stays as written.
const MOVE_MADE = String.raw`\b(?:moved|pushed|bumped|shifted|changed|rescheduled|brought|had to (?:move|push|bump|shift|bring))`;
const DOTTED_CLOCK_AFTER_MOVE = new RegExp(
  String.raw`(?<=${MOVE_MADE}(?: (?:it|this|us|me|the (?:interview|call|meeting)))?(?: back| forward)? to\s)([01]?\d|2[0-3])\.([0-5][05])(?!\d|\.\d)`,
  'gi',
);

// "they bumped it to 11, not 9", "moved it to 11 - same day", "pushed back to 11 now", "could we
// make it 3 rather than 2:30?" (a clock, not "make it 4 rather than 5 panellists"): an hour
// alone after a move made to the meeting, as people say one on the phone, written "at 11" (chrono
// reads a bare hour only so). Only with a word that says it replaces the time ("not 9", "now",
// "instead", "same day"), or ending the sentence that moves the meeting ("they pushed it to 1."):
// "changed to 4", "moved it to 2 - the room upstairs", "moved it to 9, then …" stay as written.
const HOUR_AFTER_MOVE = new RegExp(
  String.raw`(?<=${MOVE_MADE}(?: (?:it|this|us|me|the (?:interview|call|meeting)))?(?: back| forward)? )to(\s)(1[0-2]|[1-9])(?=[ \t]*(?:,[ \t]*)?(?:not\b|now\b|instead\b)|[ \t]*[-–—,][ \t]*same (?:day|place|time|room|link)\b)|(?<=\b(?:moved|pushed|bumped|shifted|brought) (?:it|the (?:interview|call|meeting))(?: back| forward)? )to(\s)(1[0-2]|[1-9])(?=[ \t]*(?:[.!;](?!\d)|$))|(?<=\bmake )it(\s)(1[0-2]|[1-9])(?=[ \t]*(?:rather than|instead of|,?[ \t]*not)[ \t]+\d{1,2}(?:[:.]\d\d|[ \t]*[ap]\.?m\b))`,
  'gim',
);

// "it's 11.30 now, not 11", "10.30 instead", "10.30 now, same link": a dotted clock said to replace
// the one before it, on the five minutes. Not the time of writing ("It's 11.45 now and still no link") nor a time of
// something else ("Actually 10.30 is when I finish work").
const DOTTED_CLOCK_AS_CORRECTION =
  /\b([01]?\d|2[0-3])\.([0-5][05])(?!\d|\.\d)(?=(?:\s+now)?,?\s+(?:not\b|instead\b(?! of))|\s+now[ \t]*,[ \t]*same (?:day|place|time|room|link|address|location)\b)/gi;
// "Interview now 10.30", "it's now 9.45": a dotted clock on the quarter hour in the hours people
// meet, right after "now" (whose meaning the reader weighs where the time is read); never a
// rating's "now 4.30".
const DOTTED_CLOCK_AFTER_NOW =
  /(?<=\bnow[ \t]*[:–—-]?[ \t]*)([7-9]|1\d|20)\.(00|15|30|45)(?!\d|\.\d)/gi;

// "free next Tuesday arvo around 2?", "Thursday morning, about 10ish": an hour said roughly after
// a day, which chrono does not read, written "at 2pm" in the half of the day said with it
// (Australia's "arvo" is the afternoon), as long as the original. Never a length or a count ("for
// about 3 or 4 hours", "about 4 and a half hours", "around 3 of us" go on with words of their
// own), nor a morning's 12, which is neither midnight nor surely noon.
const ROUGH_HOUR = new RegExp(
  String.raw`(?<=\b(?:${WEEKDAY_WORD}|tomorrow|today|tonight|morning|afternoon|arvo|evening|the \d{1,2}(?:st|nd|rd|th))[^.!?\n]{0,12})\b(?:(?:arvo|afternoon|evening|morning)\s+)?(?:at\s+)?(?<!\bfor\s+)(?:around|about|roughly|approx(?:imately|\.)?)\s+(1[0-2]|[1-9])([:.][0-5]\d)?(?:\s*ish)?(?!\d|[:.]\d|\s*(?:[ap]\.?m\b|o(?:'|’)clock))(?=\s*(?:[?!.,;]|$|\b(?:(?:or|and)(?!\s+(?:\d|a half|half|an?)\b)|if|then|works?|suits?|is|would|for (?:the|a|an|our|your))\b))`,
  'gim',
);
// The half of the day said with the hour itself ("Thursday morning, around 10", "arvo around 2"),
// not one said of something else earlier ("all morning, so Thursday around 2").
const HALF_OF_DAY =
  /\b(morning|afternoon|arvo|evening),?\s+(?:at\s+)?(?:around|about|roughly|approx(?:imately|\.)?)\s+\S+(?:\s*ish)?\s*$/i;

function roughHour(
  written: string,
  hour: string,
  minute: string | undefined,
  before: string,
): string {
  const half = HALF_OF_DAY.exec(`${before}${written}`)?.[1]?.toLowerCase();
  if (half === 'morning' && hour === '12') return written;
  const meridiem = !half ? '' : half === 'morning' ? 'am' : 'pm';
  const clock = `at ${hour}${(minute ?? '').replace('.', ':')}${meridiem}`;
  return clock.length <= written.length ? clock.padEnd(written.length, ' ') : written;
}

// "Tuesday in week 12", "Thu of week 9", "Tuesday, week 12", "Tuesday (week 12)": a weekday of a
// numbered (ISO) week, as much of Europe books; chrono reads only the weekday, the coming one.
// "week 12", "wk 12", "wk. 12", "KW 12" (German's Kalenderwoche), "CW 12".
const WEEK = String.raw`(?:week|wk\.?|KW|CW)(?=[ \t]*\d)`;
const WEEKDAY_OF_NUMBERED_WEEK = new RegExp(
  String.raw`\b(${WEEKDAY_WORD})(?![a-z])(?:,?[ \t]+(?:in|of)[ \t]+(?:calendar[ \t]+)?${WEEK}[ \t]*|,?[ \t]*${WEEK}[ \t]*|[ \t]+\(${WEEK}[ \t]*)(\d{1,2})\b(?![:.]\d|[ \t]*(?:[ap]\.?m\b|h\b|o(?:'|’)clock))\)?`,
  'gi',
);

const WEEKDAY_NAMES = Info.weekdays('short', { locale: 'en' }).map((name) => name.toLowerCase());

/** "Tuesday", "Tues", "tue" -> 2 (Monday is 1); 0 for no weekday's name. */
function weekdayNumber(written: string): number {
  return WEEKDAY_NAMES.indexOf(written.slice(0, 3).toLowerCase()) + 1;
}

/** That week's day, written with its month's name as long as the original. */
function dayOfNumberedWeek(
  written: string,
  weekday: string,
  week: string,
  reference: DateTime,
): string {
  const day = weekdayNumber(weekday);
  if (day < 1) return written;
  const of = (weekYear: number) =>
    DateTime.fromObject({ weekYear, weekNumber: Number(week), weekday: day as WeekdayNumbers });
  let date = of(reference.weekYear);
  // Late in the year, an early week is next year's.
  if (date.isValid && date < reference.minus({ weeks: 8 })) date = of(reference.weekYear + 1);
  if (!date.isValid || date.weekNumber !== Number(week)) return written;
  const named = (year?: string) =>
    dayAndMonthName(written, String(date.day), String(date.month), `${weekday.slice(0, 3)} `, year);
  const withYear = named(String(date.year));
  if (withYear !== written) return withYear;
  // "Tue wk12" has no room for its weekday: the date alone says the day.
  const withWeekday = named();
  return withWeekday !== written
    ? withWeekday
    : dayAndMonthName(written, String(date.day), String(date.month));
}

// "Tuesday week", "a week on Tuesday" (British): the Tuesday a week after the coming one, never the
// coming one nor a numbered week ("Tuesday week 14", "Tuesday, week 14").
const WEEKDAY_WEEK = new RegExp(
  String.raw`\ba[ \t]+week[ \t]+(?:on[ \t]+)?(${WEEKDAY_WORD})(?![a-z])(?![ \t]+week\b)|\b(${WEEKDAY_WORD})(?![a-z])[ \t]+week\b(?![ \t]*(?:\d{1,2}\b(?![:.]\d|[ \t]*(?:[ap]\.?m\b|h\b|o(?:'|’)clock))|of\b|after\b|before\b|commencing\b|beginning\b|starting\b))`,
  'gi',
);

/** The day "Tuesday week" names, written with its month's name as long as the original. */
function weekdayWeekAfter(written: string, weekday: string, reference: DateTime): string {
  const day = weekdayNumber(weekday);
  if (day < 1) return written;
  const coming = reference.startOf('day').plus({ days: ((day - reference.weekday + 6) % 7) + 1 });
  const date = coming.plus({ weeks: 1 });
  return dayAndMonthName(written, String(date.day), String(date.month), `${weekday.slice(0, 3)} `);
}

// "Thursday 19 March, 10 to 11.30am", "March 19, 9 - 5pm", "Thursday, March 18 – 9:00 to 10:00
// AM": chrono reads the hour after the comma as the date's year, and loses the start after a dash;
// a stop there (as long) leaves it the range's start.
const A_DATE = String.raw`(?:\b${MONTH_WORD}|\b${MONTH_WORD}[ \t]+\d{1,2}(?:st|nd|rd|th)?)`;
const COMMA_BEFORE_A_RANGE = new RegExp(
  String.raw`(?:(?<=${A_DATE}),|(?<=${A_DATE}[ \t]+)[-–—])(?=[ \t]+\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?[ \t]*)?(?:[-–—]|to)[ \t]*\d)`,
  'gi',
);
// "Moved to later this week - Thursday at 3pm", "next week – Friday 10am": chrono reads the week
// and the weekday after its dash as one span and loses the day or the clock; a stop parts them.
const WEEK_THEN_DAY = new RegExp(
  String.raw`(?<=\b(?:week|month|fortnight))[ \t]+[-–—](?=[ \t]+${WEEKDAY_WORD}(?![a-z]))`,
  'gi',
);
// "next week – Friday 10am" is Friday next week (parted, chrono would read the coming Friday).
const WHICH_WEEK_THEN_DAY = new RegExp(
  String.raw`\b(this|next)[ \t]+week[ \t]+[-–—][ \t]+(${WEEKDAY_WORD})(?![a-z])`,
  'gi',
);
// "between 9 and 5pm", "between 2pm and 3pm", "between 14:00 and 15:00": as long as "from 9 to
// 5pm", which chrono reads as a range (of "between … and 5pm" it reads only the 5pm).
const BETWEEN_CLOCKS =
  /\bbetween(\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+)and(?=\s+\d{1,2}(?:[:.]\d\d\b|\s*[ap]\.?m\b))/gi;
// "from 11.30 until about 3pm": a rough end is still the range's end.
const UNTIL_ABOUT =
  /\b(until|till|to)([ \t]+)(?:about|around|approximately|approx\.|roughly|circa)(?=[ \t]+\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\b|\b))/gi;
// "11:00 a 12:00 hs", "das 14h00 às 15h00": Spanish and Portuguese ranges, whose "a" chrono takes
// for "am". Written as a dash, as long as the original.
const RANGE_WORD_ABROAD =
  /(?<=\b\d{1,2}[:.]\d\d)([ \t]+)(?:a|à|às|hasta)([ \t]+)(?=\d{1,2}[:.]\d\d\b)/gi;

// "moved your interview from Tuesday to Thursday 2pm", "changed from 10am to 2pm", "pushed it
// back, from 2pm to 3pm", "moved your interview on Thursday at 2pm ET to 3pm": a move's "from …
// to" or "at … to" names the slot left and the new one, never a range;
// a stop (as long) parts them. Once the move has said where to ("moved it to Monday from 2 to
// 3pm", "moved online from 2 to 3pm"), or a comma, colon or dash opens another part before the
// "from" ("was moved, it now runs from 3 to 4pm", "rescheduled, Thursday 5 March from 2 to 3pm",
// "moved - new time from 2 to 3pm"), or the candidate joins from it ("moved, so please join from
// 2 to 3pm"), it is the range.
const MOVED_FROM_TO = new RegExp(
  String.raw`(?<=\b(?:(?:mov|push|bump|shift|chang|reschedul|postpon)(?:ed|ing)|brought|bringing|(?:to|will|(?:'|’)ll|can|could|would|must|please|let(?:'|’)s|let[ \t]+us|(?:could|can|shall|would|may)[ \t]+(?:we|you|I))[ \t]+(?:move|push|bump|shift|change|reschedule|postpone|bring))\b(?:(?!\b(?:to|into|online|for|until|till|now|new|is|are|was|were|will|be|runs?|running|works?|can|could|does|do|so|please|join|dial|log|come|arrive|attend)\b|(?<!${WEEKDAY_WORD}),(?![ \t]*(?:from|at)\b)(?![^,.;:!?\n]{1,40},[ \t]*(?:from|at)\b)|:(?=[ \t])(?![ \t]*(?:from|at)\b)(?![^,.;:!?\n]{1,40},[ \t]*(?:from|at)\b)|(?<=[ \t])[–—-](?![ \t]*(?:from|at)\b)|[ \t]+and[ \t]+(?:the|your|our)\b)[^.!?\n;]){0,60}?\b(?:from[ \t]+(?:the[ \t]+)?(?:${WEEKDAY_WORD}|\d{1,2}|noon|midday|${MONTH_WORD})[^.!?\n]{0,30}?[ \t]|at[ \t]+\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5})?[ \t]+(?:(?:back|forward|up)[ \t]+)?))to(?=[ \t]+(?:the[ \t]+)?(?:(?:next|following)[ \t]+)?(?:\d|(?:${WEEKDAY_WORD}|noon|midday|${MONTH_WORD}|tomorrow|week)(?![a-z])))`,
  'gi',
);

// "could we slide our call tomorrow to 3:30pm?", "push Thursday to 3pm": a day a move names, then
// the clock it moves to (chrono would read a range from the day to the clock; "free tomorrow to
// 3:30" is one).
const DAY_MOVED_TO_A_CLOCK = new RegExp(
  String.raw`(?<=\b(?:mov|push|slid|bump|shift|chang|reschedul|bring|brought)\w*\b[^.!?\n]{0,40}?\b(?:tomorrow|today|${WEEKDAY_WORD}))[ \t]to(?=[ \t]+\d{1,2}(?:[:.]\d\d|[ \t]*[ap]\.?m\b))`,
  'gi',
);

const WEEKDAY_THEN_BRACKETED_DATE = new RegExp(
  String.raw`\b(${WEEKDAY_WORD})[ \t]*\((\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\)`,
  'gi',
);
// A day's short name before a capitalised word that is no month, day or part of the day.
const DAY_IN_A_NAME =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b(?=[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Morning|Afternoon|Evening|Night|Noon|Midday|Lunch|Next|This|AM|PM|EOD|[A-Z]{2,5}\b))[A-Z][a-z])/g;

/** Text as chrono reads it; `conflicts` gets the spans whose weekday fits no date near. */
function chronoReadable(
  text: string,
  reference: DateTime,
  conflicts: Array<[number, number]>,
): string {
  return (
    text
      .replace(KLOKKEN, klokken)
      .replace(MILITARY_CLOCK, militaryClock)
      .replace(FRENCH_CLOCK, frenchClock)
      .replace(DOTTED_DAY_MONTH, (written: string, day: string, month: string) =>
        dayAndMonthName(written, day, month),
      )
      .replace(CJK_DATE, (written: string, year: string | undefined, month: string, day: string) =>
        dayAndMonthName(written, day, month, '', year),
      )
      .replace(YEAR_FIRST_DOTTED, (written: string, year: string, month: string, day: string) =>
        dayAndMonthName(written, day, month, '', year),
      )
      .replace(CJK_HALF_OF_DAY, (written: string, half: string, clock: string) =>
        `${clock}${CJK_MORNING.test(half) ? 'am' : 'pm'}`.padStart(written.length, ' '),
      )
      .replace(COMMA_BEFORE_A_RANGE, '.')
      // "Pushed back an hour - 3pm now": a length, then the clock; no range from "an hour" (chrono
      // would read it as an hour from now).
      .replace(LENGTH_THEN_DASH, (dash: string) => ','.padEnd(dash.length, ' '))
      .replace(CLOCK_ARROW_CLOCK, (arrow: string, at: number, whole: string) => {
        // "2:00 PM ET → 11:00 AM PT": a zone before the arrow turns one instant to another clock,
        // as "2:00 PM ET / 11:00 AM PT" writes it.
        const from = /(?<![AP]\.?)\b(?!(?:AM|PM)\b)([A-Z]{2,5})[ \t]*$/.exec(
          whole.slice(Math.max(0, at - 8), at),
        )?.[1];
        const to = /^\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?[ \t]*([A-Z]{2,5})\b/i.exec(
          whole.slice(at + arrow.length, at + arrow.length + 20),
        )?.[1];
        if (from && to && from !== to && !/^[AP]M$/i.test(to))
          return (arrow.length > 1 ? ' /' : '/').padEnd(arrow.length, ' ');
        if (!changeSaidNear(whole, at))
          return (arrow.length > 1 ? ' -' : '-').padEnd(arrow.length, ' ');
        // Range or move, either clock may be the start: the one after the arrow is asked too.
        conflicts.push([at, at + arrow.length + 8]);
        return arrow;
      })
      .replace(WHICH_WEEK_THEN_DAY, (written: string, which: string, day: string) =>
        `${day} ${which} week`.padEnd(written.length, ' '),
      )
      .replace(WEEK_THEN_DAY, (dash: string) => '.'.padEnd(dash.length, ' '))
      .replace(MOVED_FROM_TO, '. ')
      .replace(DAY_MOVED_TO_A_CLOCK, ' at')
      // "Friday (3/12) 9:30 a.m.": the date in brackets after its weekday is that weekday's.
      .replace(WEEKDAY_THEN_BRACKETED_DATE, (written: string, day: string, date: string) =>
        `${day} ${date}`.padEnd(written.length, ' '),
      )
      // chrono knows "Tue" and "Wed", not the "Tues" and "Weds" people also write.
      .replace(/\b(Tue|Wed)s\b/gi, '$1 ')
      .replace(BETWEEN_CLOCKS, (_: string, first: string) => `from   ${first} to`)
      .replace(RANGE_WORD_ABROAD, (written: string) => ` -${' '.repeat(written.length - 2)}`)
      .replace(UNTIL_ABOUT, (written: string, until: string, space: string) =>
        `${until}${space}`.padEnd(written.length, ' '),
      )
      .replace(WEEKDAY_WEEK, (written: string, after: string | undefined, before: string) =>
        weekdayWeekAfter(written, after ?? before, reference),
      )
      .replace(WEEKDAY_OF_NUMBERED_WEEK, (written: string, weekday: string, week: string) =>
        dayOfNumberedWeek(written, weekday, week, reference),
      )
      .replace(
        DAY_OF_MONTH_ALONE,
        (written: string, weekday: string | undefined, day: string, at: number, whole: string) => {
          // "into April. The 14th at 10am", "away until April, so we've booked you on the 14th":
          // a day whose paragraph names another month may be that month's; left unread (asked),
          // as a month word may also be a name ("June from our People team"). Said alone,
          // without "on" or "for" before it, any month named leaves it so.
          const named = monthsNamedIn(paragraphBefore(whole, at), reference);
          const saidAlone = !weekday && !DAY_LED_IN.test(whole.slice(Math.max(0, at - 12), at));
          const next = monthOfNextDay(weekday, day, reference);
          // (A month behind the mail's is the past's: "Thanks for applying back in January.")
          const otherMonth = named.some(
            (month) => month !== next?.month.month && (month - reference.month + 12) % 12 <= 6,
          );
          // (Read all the same, so its clock joins no other date, and marked to be asked.)
          // (A weekday that fits this month's day settles nothing: "only available in June, so
          // Thursday the 5th" may be June's, its weekday wrong.)
          const doubted = (saidAlone && named.length > 0) || otherMonth;
          if (doubted) conflicts.push([at, at + written.length]);
          return nextDayOfMonth(written, weekday, next, day, () =>
            conflicts.push([at, at + written.length]),
          );
        },
      )
      .replace(SPOKEN_CLOCK, spokenClock)
      .replace(DOTTED_CLOCK_AFTER_MOVE, '$1:$2')
      .replace(HOUR_AFTER_MOVE, (written: string, ...groups: Array<string | undefined>) => {
        // Each alternative captures its space and its hour.
        const [space, hour] =
          [0, 2, 4].map((i) => [groups[i], groups[i + 1]]).find(([space]) => space) ?? [];
        return space && hour ? `at${space}${hour}` : written;
      })
      .replace(
        ROUGH_HOUR,
        (written: string, hour: string, minute: string | undefined, at: number, whole: string) =>
          roughHour(written, hour, minute, whole.slice(Math.max(0, at - 30), at)),
      )
      .replace(DOTTED_CLOCK_AS_CORRECTION, '$1:$2')
      .replace(DOTTED_CLOCK_AFTER_NOW, '$1:$2')
      .replace(HOUR_ON_DAY, (_: string, hour: string, day: string) => `${day} at ${hour}`)
      .replace(STREET_NUMBER, (address: string, at: number, whole: string) =>
        maskStreetNumber(address, at, whole),
      )
      // A link is an address, not words: "…/thread.v2/0" before a line "5:15 PM - 6:15 PM" was
      // read as a date and swallowed the time. Blanked to its length, so indexes hold.
      .replace(/\b(?:https?:\/\/|www\.)[^\s<>"]+/gi, (url) => ' '.repeat(url.length))
      // "noon to 2:30": chrono reads a range from "noon" backwards; "12pm" (as long) it reads right.
      .replace(/(?<!\d\s?)\bnoon\b/gi, '12pm')
      // "the Sun Room at 2pm", "Sat Nav": a day's short name in a name is no day.
      .replace(DAY_IN_A_NAME, (day: string) => 'x'.repeat(day.length))
      .replace(
        /\b(round|stage|step|part|phase|level|interview|no\.|#)(\s?)(\d{1,2})\b(?![:.]\d)/gi,
        (_, word: string, space: string, digits: string) =>
          `${word}${space}${'x'.repeat(digits.length)}`,
      )
  );
}

type Parsed = Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'end'>;

/**
 * "from Monday 26 October at 10:00 to Friday 23 October at 14:00" is two times, not a range:
 * a range across days is split so each end is weighed on its own.
 */
function splitAcrossDays(
  result: Parsed,
  reference: chrono.ParsingReference,
  parserFor: (text: string) => chrono.Chrono,
): Parsed[] {
  const end = result.end;
  if (!end?.isCertain('day')) return [result];
  if (
    (end.get('day') === result.start.get('day') &&
      end.get('month') === result.start.get('month')) ||
    rolledOverByTheEndsHalfOfDay(result) ||
    endsAtNoonWrittenAsMidnight(result)
  ) {
    return [result];
  }
  const separators = [...result.text.matchAll(/\s(?:to|until|till|through)\s|\s[-–—]\s/gi)];
  return splitAt(result, separators[separators.length - 1], reference, parserFor);
}

// "bump tomorrow's 2pm to 4pm ET", "push back our 2pm interview tomorrow to 4pm": a move's verb whose
// object is the meeting or its clock, then "X to Y", is the slot left and the one it goes to, not a
// range. The verb is said by someone ("a trial shift on Saturday from 4pm to 7pm" is a noun), only the
// meeting's words may stand between ("move forward with an onsite on Thursday, 2pm to 4pm",
// "reschedule you for Thursday 2pm to 3pm", "bump up the exercise on Thursday 1pm to 3pm" give a
// range), and a clock must go on to a clock.
const CLOCK_MARKED = String.raw`\d{1,2}(?:[:.]\d\d(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?)`;
const MOVE_OF_THE_MEETING_BEFORE = new RegExp(
  String.raw`(?:\b(?:to|we|I|you|can|could|shall|will|let(?:'|’)?s|let us|please|(?:I|we|she|he|they)(?:'|’)ll)\s+(?:(?:just|also|quickly)\s+)?(?:move|push|bump|shift|slide|reschedule)|(?:'re|’re|\bare|\bam|'m|’m|\bis|\bbe)\s+(?:mov|push|bump|shift|slid|reschedul)ing|\b(?:(?:we|I|she|he|they)(?:(?:'|’)ve|\s+have|\s+had)?|\S+\s+(?:has|have|had))\s+(?:(?:just|also|now)\s+)?(?:moved|pushed|bumped|shifted|rescheduled))(?:\s+(?:back|up))?(?:\s+(?:your|our|the|my|this|that|(?:today|tomorrow|${WEEKDAY_WORD})(?:'|’)s|${CLOCK_MARKED}|interview|call|meeting|chat|screen|session|slot)){0,5}\s+$`,
  'i',
);
// "2pm to 4pm", "10:00 on Friday to 11:30", "Wednesday 10am ET to Thursday 2pm": a clock, perhaps
// its zone and day, then "to" and another slot.
const CLOCK_TO_CLOCK = new RegExp(
  String.raw`${CLOCK_MARKED}(?:\s+\(?(?!(?:to|on|at|and|or)\b)[a-z]{2,5}\)?(?![a-z]))?(?:\s+(?:on\s+)?(?:${WEEKDAY_WORD}|${MONTH_WORD}|\d{1,2}(?:st|nd|rd|th)?,?)(?![a-z])){0,3}\s+to\s+(?:${CLOCK_MARKED}|(?:${WEEKDAY_WORD}|${MONTH_WORD})(?![a-z]))`,
  'i',
);
const A_CLOCK = new RegExp(CLOCK_MARKED, 'i');
const TO_A_CLOCK = new RegExp(String.raw`\sto\s+${CLOCK_MARKED}`, 'i');

function splitAMove(
  result: Parsed,
  text: string,
  reference: chrono.ParsingReference,
  parserFor: (text: string) => chrono.Chrono,
): Parsed[] {
  const lead = text.slice(Math.max(0, result.index - 60), result.index);
  const move = MOVE_OF_THE_MEETING_BEFORE.exec(lead);
  if (!result.end || !move) return [result];
  // The clock left is in the range ("tomorrow's 2pm to 4pm") or among the move's words ("our 2pm
  // interview tomorrow to 4pm").
  const clockLeft =
    CLOCK_TO_CLOCK.test(result.text) || (A_CLOCK.test(move[0]) && TO_A_CLOCK.test(result.text));
  if (!clockLeft) return [result];
  const parts = splitAt(result, /\sto\s/i.exec(result.text) ?? undefined, reference, parserFor);
  const [left, goesTo] = parts;
  return left && goesTo && parts.length === 2
    ? [left, onTheDayLeft(left, goesTo, reference, parserFor)]
    : parts;
}

const CLOCKS_AND_LINKS = new RegExp(String.raw`${CLOCK_MARKED}|\b(?:on|at)\b|[,\s]+`, 'gi');
const hasDay = (at: chrono.ParsedComponents) => at.isCertain('day') || at.isCertain('weekday');

/** "Dana is moving the 10:00 on Friday to 11:30": a new clock with no day is on the day left. */
function onTheDayLeft(
  left: Parsed,
  goesTo: Parsed,
  reference: chrono.ParsingReference,
  parserFor: (text: string) => chrono.Chrono,
): Parsed {
  if (hasDay(goesTo.start) || !hasDay(left.start)) return goesTo;
  const day = left.text.replace(CLOCKS_AND_LINKS, ' ').trim();
  const onThatDay = `${day} ${goesTo.text}`;
  const parsed = parserFor(onThatDay).parse(onThatDay, reference, { forwardDate: true })[0];
  if (!day || !parsed || parsed.index !== 0 || parsed.text.length !== onThatDay.length)
    return goesTo;
  return { ...goesTo, start: parsed.start, end: parsed.end };
}

/** The two ends of a reading, each read on its own, parted at `separator`. */
function splitAt(
  result: Parsed,
  separator: RegExpExecArray | RegExpMatchArray | undefined,
  reference: chrono.ParsingReference,
  parserFor: (text: string) => chrono.Chrono,
): Parsed[] {
  if (!separator || separator.index === undefined) return [result];
  const head = result.text.slice(0, separator.index);
  const tailAt = separator.index + separator[0].length;
  const parts: Parsed[] = [];
  for (const [from, piece] of [
    [0, head],
    [tailAt, result.text.slice(tailAt)],
  ] as const) {
    const parsed = parserFor(piece).parse(piece, reference, { forwardDate: true })[0];
    if (parsed)
      parts.push({
        index: result.index + from + parsed.index,
        text: parsed.text,
        start: parsed.start,
        end: parsed.end,
      });
  }
  return parts.length > 0 ? parts : [result];
}

/**
 * "from 9 to 5pm": chrono gives the start the end's half of the day (9pm), then rolls the end over
 * to the next day. Read as written, the start's morning hour ends the same day.
 */
function rolledOverByTheEndsHalfOfDay(result: Parsed): boolean {
  const { start, end } = result;
  if (!end || start.isCertain('meridiem') || (start.get('hour') ?? 0) < 12) return false;
  const dayOf = (at: chrono.ParsedComponents) =>
    DateTime.fromObject({
      year: at.get('year') ?? 0,
      month: at.get('month') ?? 1,
      day: at.get('day') ?? 1,
    });
  const dayAfter = dayOf(start).plus({ days: 1 });
  const endDay = dayOf(end);
  const morning = ((start.get('hour') ?? 0) - 12) * 60 + (start.get('minute') ?? 0);
  const endsAt = (end.get('hour') ?? 0) * 60 + (end.get('minute') ?? 0);
  return endDay.hasSame(dayAfter, 'day') && morning < endsAt;
}

/** "9 – 12 AM": a morning's range that chrono ends at the next midnight ends at noon. */
function endsAtNoonWrittenAsMidnight({ start, end }: Parsed): boolean {
  const hour = start.get('hour') ?? 0;
  return (
    !!end &&
    !start.isCertain('meridiem') &&
    hour >= 6 &&
    hour <= 11 &&
    end.get('hour') === 0 &&
    end.get('minute') === 0
  );
}

// A sentence's end inside one reading: a stop after a word (not "a.m.", "Sept.", "Thu.") or a
// clock ("Changed to 3pm. Friday 6th at 3pm is the backup"), then a capital; or a blank line after
// a clock ("… where it will be 10:00–12:30.⏎⏎Wednesday, June 16"), unless a zone opens the next
// line ("10:00 - 11:00⏎⏎GMT (London)").
const SENTENCE_BREAK = new RegExp(
  String.raw`(?<![.\s]\p{L}|\b(?:${MONTH_SHORT}|${WEEKDAY_SHORT}))(?<=\p{L}{3})[.!?]\s+(?=\p{Lu})|(?<=\d[ \t]?[aApP][mM]|\d[:.]\d\d)[.!?][ \t]+(?=\p{Lu})|(?<=\d[.!?]?)[ \t]*\n[ \t]*\n\s*(?=\p{Lu})(?!\p{Lu}{2,5}\b|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? [Tt]ime\b)`,
  'gu',
);

/**
 * "I'd like to meet you this week. Thursday or Friday …": chrono joins a week and the day that
 * starts the next sentence into one date, and the day is lost; each sentence is read on its own.
 */
function splitAtSentences(
  result: chrono.ParsedResult,
  reference: chrono.ParsingReference,
  parserFor: (text: string) => chrono.Chrono,
): Parsed[] {
  const breaks = [...result.text.matchAll(SENTENCE_BREAK)];
  if (breaks.length === 0) return [result];
  const parts: Parsed[] = [];
  let from = 0;
  for (const cut of [...breaks.map((b) => b.index ?? 0), result.text.length]) {
    const piece = result.text.slice(from, cut + 1);
    for (const parsed of parserFor(piece).parse(piece, reference, { forwardDate: true }))
      parts.push({ ...parsed, index: result.index + from + parsed.index });
    const next = breaks.find((b) => (b.index ?? 0) === cut);
    from = next ? cut + next[0].length : result.text.length;
  }
  return parts;
}

function toMention(
  result: Parsed,
  text: string,
  context: string,
  dayOrderAssumed = false,
  dayFirst = false,
): Mention | null {
  const start = result.start;
  const hasTime = start.isCertain('hour') && CLOCK_WRITTEN.test(result.text);
  const hasDate =
    (start.isCertain('day') || start.isCertain('weekday')) && DATE_TOKEN.test(result.text);
  if (!hasTime && !hasDate) return null;
  const date: DayDate = {
    year: start.get('year') ?? 1970,
    month: start.get('month') ?? 1,
    day: start.get('day') ?? 1,
  };
  const weekday = start.isCertain('weekday') ? (start.get('weekday') ?? null) : null;
  const yearCertain = start.isCertain('year');
  const numeric = NUMERIC_DATE.exec(result.text);
  const swappable =
    numeric !== null &&
    start.isCertain('day') &&
    date.day <= 12 &&
    date.month <= 12 &&
    date.day !== date.month;
  // "Friday 02/04/2027" read by an assumed order: the weekday says which number is the day. (Read
  // by an order the mail shows, a weekday that disagrees is a conflict, and the time is asked.)
  if (dayOrderAssumed && swappable && weekday !== null && weekdayOf(date) !== weekday) {
    const swapped = { ...date, day: date.month, month: date.day };
    if (weekdayOf(swapped) === weekday) Object.assign(date, swapped);
  }
  let weekdayConflict = false;
  if (hasDate && weekday !== null && start.isCertain('day') && start.isCertain('month')) {
    if (weekdayOf(date) !== weekday) {
      if (!yearCertain) {
        // "Thursday, March 19th" without a year: the year whose March 19th is a Thursday.
        const fits = [date.year, date.year + 1, date.year - 1].find(
          (year) => weekdayOf({ ...date, year }) === weekday,
        );
        if (fits !== undefined) date.year = fits;
        else weekdayConflict = true;
      } else {
        weekdayConflict = true;
      }
    }
  }
  let time: Mention['time'] = null;
  let endTime: Mention['endTime'] = null;
  if (hasTime) {
    const begins = { hour: start.get('hour') ?? 0, minute: start.get('minute') ?? 0 };
    time = begins;
    const end = result.end;
    if (end?.isCertain('hour')) {
      endTime = { hour: end.get('hour') ?? 0, minute: end.get('minute') ?? 0 };
      if (endsAtNoonWrittenAsMidnight(result)) endTime = { hour: 12, minute: 0 };
      // "9-5pm", "11 to 1pm": chrono gives the start the end's half of the day (9pm, 11pm). The
      // start is the hour, of its two, that makes the shorter range forward to the end.
      if (!start.isCertain('meridiem') && begins.hour < 24) {
        const to = endTime.hour * 60 + endTime.minute;
        const forward = [begins.hour % 12, (begins.hour % 12) + 12]
          .map((hour) => ({ hour, length: to - (hour * 60 + begins.minute) }))
          .filter(({ length }) => length > 0)
          .sort((a, b) => a.length - b.length)[0];
        if (forward) time = { hour: forward.hour, minute: begins.minute };
      }
    }
    // "the usual 5 - 15:00 here": a bare number before a clock is a count, not the range's start,
    // when neither of its hours starts a meeting of a working day or less before that end.
    if (endTime && BARE_RANGE_START.test(result.text)) {
      const to = endTime.hour * 60 + endTime.minute;
      const fits = [begins.hour % 12, (begins.hour % 12) + 12].some((hour) => {
        const length = to - (hour * 60 + begins.minute);
        return length > 0 && length <= 8 * 60;
      });
      if (!fits) [time, endTime] = [endTime, null];
    }
  }
  // chrono may leave a day's ordinal outside ("on Wednesday| 17th your time", "March 19|th"): the
  // words after it follow the mention.
  const textEnd = result.index + result.text.length;
  // "We'll start at 9:00 and wrap up by noon": its end, said in the same breath.
  const closing = time && !endTime ? CLOSES_AT.exec(text.slice(textEnd, textEnd + 60)) : null;
  if (time && closing?.[1]) {
    const [hour = 12, minute = 0] = /^(?:noon|midday)$/i.test(closing[1])
      ? []
      : (closing[1].match(/\d+/g) ?? []).map(Number);
    const pm = /p\.?m/i.test(closing[1]) || (!/a\.?m/i.test(closing[1]) && hour < time.hour);
    const at = { hour: pm && hour < 12 ? hour + 12 : hour, minute };
    const length = at.hour * 60 + at.minute - (time.hour * 60 + time.minute);
    if (length > 0 && length <= 10 * 60) endTime = at;
  }
  const ordinal = /^(?:(?:st|nd|rd|th)\b|[ \t]+(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)\b)/i.exec(
    text.slice(textEnd, textEnd + 12),
  );
  const resultEnd = textEnd + (ordinal?.[0].length ?? 0);
  // The zone usually follows the last time ("2:30 PM – 3:15 PM (CT)", "3:00 PM IST (GMT+5:30)")
  // and may follow the whole date ("10:00am - 10:30am, Monday, April 20 (Pacific Time)").
  let zone: ZoneMatch | null = null;
  let zoneEnd = resultEnd;
  const timeEnds = [
    ...result.text.matchAll(
      /\d{1,2}(?:[:.h]\d{2})?(?:\s*[ap]\.?m\.?)?(?!\d)|\b(?:noon|midday)\b/gi,
    ),
  ]
    .filter((m) => !/(?:GMT|UTC)\s?[+\-−–]\s?$/i.test(result.text.slice(0, m.index ?? 0)))
    .map((m) => result.index + (m.index ?? 0) + m[0].length);
  const probes = [...new Set([...timeEnds.slice(-2), resultEnd])];
  for (const probe of probes) {
    // "12 noon (GMT+5:30)", "14:00 hrs CET", "10am sharp ET": filler between time and zone.
    const filler = /^\s*(?:noon|midday|sharp|o'?clock|hrs?|hours|h|local(?: time)?)\b\.?/i.exec(
      text.slice(probe, probe + 20),
    );
    const at = probe + (filler?.[0].length ?? 0);
    // "10:00 AM in Sydney.": a city after "in", where the sentence ends with it.
    const inCity = /^[ \t]+in[ \t]+(?=\p{Lu})/u.exec(text.slice(at, at + 8))?.[0] ?? '';
    const found =
      matchZoneAt(text.slice(at, at + 90), context, { cityAfterTime: true }) ??
      (inCity ? cityZoneAt(text.slice(at + inCity.length, at + 90), inCity.length) : null);
    if (found) {
      zone = found;
      zoneEnd = Math.max(resultEnd, at + found.length);
      break;
    }
  }
  let relative: Relative | null = null;
  // "3:30pm IST, your time": the zone's own words say whose clock, which picks among its meanings.
  // ("3:00 PM CST (your time: 4:00 AM Wednesday)" restates the time on the reader's clock: the
  // restatement check reads that, so it is no label of the zone.)
  const afterZone = zone ? RELATIVE_ZONE.exec(text.slice(zoneEnd, zoneEnd + 40)) : null;
  const restated = afterZone
    ? /^[\s:,-]*\d/.test(text.slice(zoneEnd + afterZone[0].length))
    : false;
  // ("15:00 Danish time for you": a zone of one meaning, then what the slot is for.)
  const whatItIsFor = !zone?.alternatives?.length && /^[ \t]*for\b/i.test(afterZone?.[0] ?? '');
  if (afterZone && !restated && !whatItIsFor) {
    relative = whoseClock(afterZone);
    zoneEnd += afterZone[0].length;
  }
  const said = zone ? null : RELATIVE_ZONE.exec(text.slice(resultEnd, resultEnd + 40));
  if (said) {
    relative = whoseClock(said);
    zoneEnd = resultEnd + said[0].length;
    // "for you in Hyderabad", "my time (Pacific)", "his time (he's in Denver)": a place or zone
    // after it settles it.
    const place =
      /^[ \t]*\([ \t]*(?:(?:he|she|they)(?:(?:'|’)s|(?:'|’)re| is| are)[ \t]+)?(?:based[ \t]+)?in[ \t]+|^[ \t]+(?:in[ \t]+)?/i.exec(
        text.slice(zoneEnd, zoneEnd + 24),
      );
    const named = place
      ? matchZoneAt(text.slice(zoneEnd + place[0].length, zoneEnd + 60), context, {
          cityAfterTime: true,
        })
      : null;
    if (named) {
      zone = named;
      // ("9am Friday for you in Sydney" still restates a time on the reader's clock.)
      if (relative !== 'reader') relative = null;
      zoneEnd += (place?.[0].length ?? 0) + named.length;
    }
  }
  return {
    index: result.index,
    end: resultEnd,
    text: result.text,
    hasDate,
    hasTime,
    date,
    dayCertain: start.isCertain('day'),
    yearCertain,
    weekday,
    weekdayConflict,
    dayOrderGuessed:
      swappable && weekday === null
        ? !dayFirst && /^\d{1,2}\.\d{1,2}\./.test(numeric?.[0] ?? '')
          ? 'dots-month-first'
          : 'assumed-order'
        : null,
    time,
    // ("6:30 – 7:30 AM": the range's one meridiem, at its end, is its start's too.)
    meridiemCertain:
      start.isCertain('meridiem') ||
      (time !== null && (time.hour === 0 || time.hour > 12)) ||
      (time !== null &&
        endTime !== null &&
        result.end?.isCertain('meridiem') === true &&
        time.hour <= endTime.hour),
    endTime,
    zone,
    relative,
    zoneEnd,
  };
}

function insideParentheses(text: string, index: number): boolean {
  const before = text.slice(lineStart(text, index), index);
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

// "Still Thursday, May 20", "the day stays Thursday": a day the writer keeps.
// (At a sentence's start: "… 1:30 PM the same day (Tuesday the 19th)" is that clock's own day.)
// The rest of a labelled line, labelled lines, then a "Date:" line up to its day.
const LABELLED_LINES_TO_A_DATE =
  /^[^\n]*(?:\n[ \t]*[\p{L}][\p{L} '’&/-]{1,30}[ \t]*:[^\n]*)*\n[ \t]*(?:date|day)[ \t]*[:\t][^\n]*$/iu;
const KEPT_DAY_BEFORE =
  /(?:^|[.!?]\s+|\n)[ \t]*(?:still|(?:the )?(?:date|day) (?:stays|remains|is unchanged)(?: as)?)(?: on)?(?: the)?\s*$/i;

// "not Tuesday", "rather than Tuesday", "not 10:00 AM CT as I wrote": a day or a time the writer
// rules out.
const RULED_OUT_BEFORE = /\b(?:not|rather than|instead of|no longer)(?: on| at)?(?: the)?\s*$/i;

function ruledOut(text: string, day: Mention): boolean {
  return RULED_OUT_BEFORE.test(text.slice(Math.max(0, day.index - 20), day.index));
}

function startsLine(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return /^[\s\-–•*|]*$/.test(text.slice(lineStart, index));
}

/** A row of a schedule starts here: a line's start, or a table row's cell ("Peer interview\t9:45 AM"). */
function startsRow(text: string, index: number): boolean {
  return startsLine(text, index) || startsTableCell(text, index);
}

/**
 * A part of the row is the candidate, as a roster lists them: their email address, or a name of
 * theirs of two words or more in any order ("Menon, Devika"), with at most a title and an aside
 * ("Mr Alex Rivera (Panel 1)"), once its times are set aside; nothing more ("Alex Rivera presents
 * the take-home" is a session of an itinerary).
 */
function namesCandidate(
  line: string,
  candidate: { names: readonly string[]; emails: readonly string[] },
): boolean {
  const wordsOf = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}'’-]+/u)
      .filter((word) => word.length >= 2 && !PERSON_TITLE.test(word));
  const names = candidate.names.map(wordsOf).filter((parts) => parts.length >= 2);
  const emails = candidate.emails.map((email) => email.toLowerCase());
  return line
    .replace(/\([^()\n]*\)/g, ' ')
    .replace(CLOCK_IN_ROW, ' ')
    .split(ROW_CELL_BREAK)
    .some((part) => {
      const bare = part.trim().toLowerCase();
      if (emails.includes(bare)) return true;
      const words = wordsOf(bare);
      return names.some(
        (parts) => words.length === parts.length && parts.every((word) => words.includes(word)),
      );
    });
}
const PERSON_TITLE = /^(?:mr|mrs|ms|mx|miss|dr)$/;
// Between a row's parts once flattened: a table's "|" or tab, a spaced dash, a run of spaces.
const ROW_CELL_BREAK = /[ \t]*(?:[|\t]|[ \t][-–—][ \t]|[ \t]{3,})[ \t]*/;

/**
 * "10:00 AM - 10:30 AM | Priya Shah | Technical interview", then the same session beside another
 * name on every row: many candidates' slots of one session, as a roster lists them.
 */
function sameSessionEachRow(lines: string[]): boolean {
  const sessions = lines.map((line) => {
    const cells = line
      .replace(CLOCK_IN_ROW, ' ')
      .split(ROW_CELL_BREAK)
      .map((cell) => cell.trim())
      .filter(Boolean);
    return cells.filter((cell) => SESSION_ROW.test(cell)).join(' | ');
  });
  return sessions.length >= 3 && sessions[0] !== '' && sessions.every((s) => s === sessions[0]);
}
// A table's header over its candidates: "Sl. No. | Name | Roll No. | Panel | Slot".
const ROSTER_HEADER =
  /^[^\n]*\b(?:name|candidate|interviewee|student|applicant|roll no)\b[^\n]*(?:[|\t])[^\n]*$/im;
const CLOCK_IN_ROW = /\b\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?(?![\p{L}\d])/giu;

function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

// A label that names the event's own time: "Time:", "When:", "Date and time:", "Interview time:".
const EVENT_TIME_LABEL =
  /^[ \t]*(?:(?:date|day)(?: and | & |\/)?)?(?:time|times|when|timing|(?:interview|session|event|assessment(?: day| centre| center)?)(?: time| times)?)[ \t]*[:\t][ \t]*$/i;

/** "When: …", "Sent: …", "Date\t…": a labelled line is a sentence of its own. */
function isLabelLine(text: string, start: number): boolean {
  return /^[ \t]*[A-Za-z][A-Za-z /&-]{0,24}[ \t]*[:\t]/.test(text.slice(start, start + 30));
}

export function sentenceAround(text: string, from: number, to: number): string {
  let start = from;
  let steps = 0;
  while (start > 0 && steps < 240) {
    const c = text[start - 1];
    if (c === '\n' && (text[start - 2] === '\n' || isLabelLine(text, start))) break;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[start] ?? '')) break;
    start--;
    steps++;
  }
  let end = to;
  steps = 0;
  while (end < text.length && steps < 200) {
    const c = text[end];
    if (
      c === '\n' &&
      (text[end + 1] === '\n' ||
        isLabelLine(text, end + 1) ||
        isLabelLine(text, lineStart(text, end)))
    )
      break;
    if ((c === '.' || c === '!' || c === '?') && /\s|$/.test(text[end + 1] ?? '')) {
      end++;
      break;
    }
    end++;
    steps++;
  }
  return text.slice(start, end);
}

/**
 * The line a mention is on. A table's plain text puts each cell on a line of its own ("Arrival
 * time" / "10.00am"): a line that holds only a time is read with the label above it, as "Arrival
 * time: 10.00am" would be.
 */
function lineAround(text: string, from: number, to: number): string {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const endAt = text.indexOf('\n', to);
  const line = text.slice(start, endAt === -1 ? text.length : endAt);
  if (!onlyATime(line)) return line;
  const label = labelAbove(text, start);
  return label ? `${label}: ${line}` : line;
}

// What a line holding only a time may say besides its digits: "am", "hrs", "to", a zone ("BST").
const TIME_WORDS = /(?<!\p{L})(?:[AaPp]\.?[Mm]\.?|[Hh]rs?|to|until|till)(?!\p{L})|\b[A-Z]{2,5}\b/gu;
const CLOCK_TIME = /\d{1,2}(?:[:.]\d{2}|\s?[AaPp]\.?[Mm]\b)/;

function onlyATime(line: string): boolean {
  return CLOCK_TIME.test(line) && !/\p{L}/u.test(line.replace(TIME_WORDS, ''));
}

// A table's label for a time says what the time is ("Arrival time", "Interview time", "Check-in",
// "Start"): a line of other words above a time ("Please check in at reception", "Informal") is
// prose or another block's title, not its label.
const TIME_LABEL =
  /\b(?:time|times|date|when|start|starts|end|ends|finish|arrival|arrive|check[- ]?in|registration|reporting|slot)\b/i;

/**
 * The short label on the line above `start` (blank lines between allowed), if that line is one.
 * Not in a schedule of blocks, where each time has its title right under it ("1:45 PM - 2:00
 * PM" / "Break"): a line right under a time is that time's title.
 */
function labelAbove(text: string, start: number): string | null {
  const above = text.slice(Math.max(0, start - 200), start).split('\n');
  above.pop();
  let blanks = 0;
  while (above.length > 0 && !above[above.length - 1]?.trim() && blanks < 2) {
    above.pop();
    blanks += 1;
  }
  const label = above.pop()?.trim().replace(/:$/, '') ?? '';
  if (onlyATime(above.pop() ?? '')) return null;
  return /^\p{L}[\p{L} /&'’()-]{0,38}$/u.test(label) &&
    label.split(/\s+/).length <= 3 &&
    TIME_LABEL.test(label)
    ? label
    : null;
}

const POSITIVE =
  /\b(?:interview|interviews|interviewing|scheduled|schedule|booked|book|confirm|confirmed|confirms|confirming|itinerary|invite|invitation|meet|meeting|call|calls|screen|session|sessions|round|chat|conversation|join|onsite|on-site|panel|video|zoom|teams|phone|new time|moved to|rescheduled|slot|visit|presentation|assessment)\b/gi;
// A call to prepare the candidate, or to brief them: the recruiter's own, never the interview.
const PREP_MEETING = String.raw`prep(?:aration)? (?:call|session|chat|meeting)|briefing call`;
const PREP_MEETING_SAID = new RegExp(String.raw`\b(?:${PREP_MEETING})\b`, 'i');
const NEGATIVE = new RegExp(
  String.raw`\b(?:previous|previously|last week|last time|earlier|thanks again|originally|original time|old time|instead of|no longer|was (?:scheduled|set|booked|planned) for|board meeting|called into|posted|since|hear (?:back )?(?:from us )?by|hear from us|decision|decide|deadline|respond by|reply by|answer by|apply by|start date|offer|expire|expires|availability|windows|week of|sent|received|emailed|e-mailed|(?:will|you(?:'|’)ll) (?:receive|get)|submitted|applied|(?:complete|submit|return|send|upload|fill (?:in|out)|finish|email|e-mail|share|provide|forward)\b(?:[^.!?\n]|\.(?=\S)){0,90}?\bby|no later than|(?:first|second|third|day|night|early|late|morning|evening) shift|shifts? (?:run|runs|start|starts|finish|finishes|hours)|(?:opening|office|business|shop|store|trading) hours|hours of operation|${PREP_MEETING}|debrief(?:ing)?|beforehand|(?:won(?:'|’)t|can(?:'|’)t|cannot|unable to|will not|would not|wouldn(?:'|’)t)(?: be able to)? (?:make|attend|join|do))\b`,
  'gi',
);
const THANKS_FOR_A_MEETING =
  /\b(?:(?:thanks|thank you)(?: so much)? for (?:taking the time to )?(?:speak|talk|meet|chat)(?:ing)?|enjoyed)\b/gi;
const ASKS_AGAIN =
  /\b(?:next|invite|inviting|would (?:like|love)|(?:we|I)(?:'|’)d (?:like|love)|join us|come (?:in|back|by))\b/i;
const LABEL =
  /^[ \t]*(?:when|date|time|date\/time|date & time|date and time|event date\/time|new time|new date|new slot|new date\/time|start|start time|interview|interview time|interview date|scheduled for|rescheduled to)\s*[:\t]/i;
const END_LABEL = /^[ \t]*(?:end|end time|finish|finish time|ends|until)\s*[:\t]/i;
// "move our phone interview scheduled for Monday at 10": the slot being moved away from. The verb
// takes the meeting itself as its object ("move forward with your interview" moves nothing).
const MOVE_THE_MEETING = String.raw`\b(?:move|moving|reschedule|rescheduling|postpone|postponing|push back|pushing back|change|changing)\s+(?:our|your|the|my|this|that|today(?:'|’)s|tomorrow(?:'|’)s)\s+(?:[\w-]+\s+){0,2}?(?:interview|call|meeting|screen|chat|session|conversation|appointment)\b`;
const MOVED_FROM_BOOKED = new RegExp(
  String.raw`${MOVE_THE_MEETING}[^.!?\n]{0,30}?(?:(?:that|which)(?:'|’)?s?\s+(?:is\s+|was\s+)?)?(?:currently\s+|originally\s+)?(?:scheduled|booked|set|planned|slated)\s+(?:for|on|at)\s*$`,
  'i',
);
// "Your interview, which was scheduled on Friday 23 April at 11:00, has been moved to Monday": a
// slot said to have been booked, in the past, is the one left when the words after it move the
// meeting (a reminder's "your interview that was scheduled for Tuesday" is still its slot, and a
// cancelled one says which interview is off).
// "rescheduled for Friday 6 March": the slot it now has.
const FOR_A_DAY = String.raw`for(?=\s+(?:the\s+)?(?:(?:this|next)\s+)?(?:\d|${WEEKDAY_WORD}(?![a-z])|${MONTH_WORD}(?![a-z])|tomorrow\b))`;
const MOVED_AWAY =
  /\b(?:(?:has|have|had|been|is|was|we(?:'|’)ve|we)\s+(?:been\s+)?(?:moved|rescheduled|postponed|pushed back|brought forward|changed)|need to (?:move|reschedule|postpone|change)|will now (?:be|take place))\b/i;
const LEFT_BY_MOVE = new RegExp(
  String.raw`^[^.!?\n]{0,25}?\b(?:has|have|had|is|was)\s+(?:now\s+)?(?:been\s+)?(?:moved|rescheduled|postponed|pushed back|brought forward|changed)\s+(?:to|until|till|${FOR_A_DAY})\b(?!\s+${NO_SLOT})`,
  'i',
);
// "… got bumped.", "… pushed back to next week", "… pushed two days, to Saturday": bumped, pushed
// or shifted to another slot or to nowhere said, never to another thing ("shifted to Zoom",
// "bumped to 60 minutes", "shifted to Dana Lee"), nor by an amount from it ("pushed back an hour",
// whose new slot the old one gives).
const A_SLOT_NAMED = String.raw`(?:the\s+)?(?:(?:next|following|later|another|other|new|different)\b|\d(?!\d*\s*(?:min|minute|hour|hr)s?\b)|tomorrow\b|sometime\b|some\s+time\b|an?\s+(?:later|earlier|different|new|future)\b|${WEEKDAY_WORD}(?![a-z])|${MONTH_NAMED})`;
const BUMPED_TO_A_SLOT = String.raw`(?=\s*(?:[.,;:!)–—-]|$)|\s+(?:again|and|so|as|because|due|since|sorry|unfortunately)\b|\s+(?:to|into|until|till)\s+${A_SLOT_NAMED}|\s+(?:an?|one|two|three|four|half an?|\d+)\s+(?:day|week)s?\b[^.!?\n]{0,30}?\bto\s+${A_SLOT_NAMED})`;
// "Your interview on Thursday 5 March at 2pm has been rescheduled.", "… needs to be moved - Dana is
// ill", "… got bumped", "… rescheduled for next week": the slot the sentence's own verb moves is the
// one left (one postponed stays the interview's: it says which interview is off).
const LEFT_FOR_ANOTHER = new RegExp(
  String.raw`^[^.!?\n]{0,25}?\b(?:(?:has|have|had|is|was|got|needs?|will need)\s+(?:now\s+)?(?:been\s+|to be\s+)?(?:(?:moved|rescheduled|changed)\b(?!\s+(?:to\s+)?${NO_SLOT}|\s+(?:back\s+)?(?:from|by)\b)|(?:bumped|pushed|shifted)(?:\s+(?:back|out|forward|up))?\b${BUMPED_TO_A_SLOT})|(?:won(?:'|’)t|will not|no longer|doesn(?:'|’)t|does not)\s+work(?:\s+any\s?more)\b)`,
  'i',
);
// "we'll have to reschedule your Thursday 2pm ET interview", "push Thursday's 2pm interview to next
// week", "Dana bumped our 2pm ET Thursday call": the slot inside the meeting a move takes as its
// object is the one left. (A person's "move Dana's schedule around: Thursday at 2pm is now your
// interview" moves something else.)
const MOVE_VERB =
  '(?:reschedul(?:e|ed|ing)|mov(?:e|ed|ing)|push(?:ed|ing)?(?: back)?|postpon(?:e|ed|ing)|shift(?:ed|ing)?|bump(?:ed|ing)?|slid(?:e|ing)?)';
const MOVE_BEFORE_ITS_MEETING = new RegExp(
  String.raw`\b${MOVE_VERB}\s+(?:(?:your|the|our|(?:today|tomorrow|${WEEKDAY_WORD})(?:'|’)s)\s+(?:\S+\s+){0,2})?$`,
  'iu',
);
// "Dana had to bump Thursday 5 March at 2pm ET", "can we move Thursday at 2pm?", "we're moving your
// 2pm on Thursday to 3:30": a slot that is the move's own object is the one left.
const MOVES_THE_SLOT = new RegExp(
  String.raw`\b(?:to|we|I|she|he|they|[Ll]et(?:'|’)?s|(?:'|’)re|are|am|(?:'|’)m|is|will|(?:'|’)ll|have|has|had|(?:'|’)ve)\s+${MOVE_VERB}\s+((?:your|the|our)\s+)?$`,
  'u',
);
// (Not "I moved Thursday at 2pm into your calendar", "rescheduled Thursday at 2pm for you", nor a
// move by an amount, "push your 2pm ET on Thursday back by half an hour", which keeps the slot.)
const PUT_SOMEWHERE_AFTER = /^\s*(?:into|onto|in|up|for you|(?:back|forward|up)?\s*by)\b/i;
// "your 2pm", "the 10am", "the 10:00", "your Thursday 2pm": a clock said as the meeting (not "your 5
// March interview").
const CLOCK_AS_THE_MEETING = new RegExp(
  String.raw`^\s*(?:(?:today|tomorrow|${WEEKDAY_WORD})(?:'|’)?s?\s+)?\d{1,2}(?:[:.]\d\d(?!\d)(?:\s*[ap]\.?m\b)?|\s*[ap]\.?m\b)`,
  'i',
);
const ITS_MEETING_AFTER = /^[^.!?\n]{0,24}?\b(?:interview|call|meeting|chat|screen|session)\b/i;
// "We've moved your interview on Thursday 5 March at 2pm to Friday", "… at 2pm ET back to 3pm":
// the slot a move of the meeting goes on from, to a day or clock, is the one left.
const MOVING_THE_MEETING = new RegExp(
  String.raw`\b(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|bump(?:s|ed|ing)?|shift(?:s|ed|ing)?|slid(?:e|es|ing)|chang(?:e|es|ed|ing)|reschedul(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|brought|bring(?:s|ing)?)\b[^.!?\n]{0,40}?\b(?:it|${MEETING_NOUN}|(?:today|tomorrow|${WEEKDAY_WORD})(?:'|’)s)(?![\p{L}])[^.!?\n]{0,40}$`,
  'iu',
);
// "Small change for Thursday: 2pm -> 4pm ET", "Thu 2pm ET → Fri 10am ET": in a change, an arrow
// from one slot to another leaves the first.
const ARROW = String.raw`[ \t]*(?:\(?[A-Z]{2,5}\)?[ \t]*)?(?:-+>|=+>|[→⟶⇒➜➔➝])[ \t]*`;
const ARROW_TO_A_SLOT = new RegExp(
  String.raw`^${ARROW}(?:\d|noon\b|midday\b|(?:${WEEKDAY_WORD}|${MONTH_WORD})(?![a-z]))`,
  'i',
);
// (Not one supposed, "If you need to reschedule", nor a candidate "moving forward" in the process.)
const A_CHANGE_SAID =
  /(?<!\b(?:no|not|any|without)\s+(?:\w+\s+)?|\b(?:if|should|in case|unless|whether)\b[^.!?\n]{0,40})\b(?:(?<!\b(?:clocks?|career) )chang(?:e|es|ed|ing)(?! of (?:interviewer|room|venue|link|location|format|career)\b(?! and (?:start |the |interview )?(?:time|date|day)))|mov(?:e|es|ed|ing)(?! (?:you )?(?:forward|ahead|on|to (?:the )?(?:next|final))\b)|shift\w*|push\w*|bump\w*|reschedul\w*|(?:updated|revised|new) (?:time|slot|start)|update on|updated:)(?!\w)/i;
// (An arrow to another day is a move however it is said; one between clocks may be an agenda's.)
const ARROW_TO_A_DAY = new RegExp(
  String.raw`^${ARROW}(?:(?:${WEEKDAY_WORD}|${MONTH_NAMED})(?![a-z])|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAMED})`,
  'i',
);
// (Between two clocks an arrow is a range, "2:00 PM → 3:00 PM", unless a change is said around it:
// "We had to move things around.⏎⏎Thursday⏎2:00 PM → 4:00 PM" may be either, so the left side
// leaves and the right one, with no day of its own, is asked.)
function arrowedAway(text: string, from: number, after: string): boolean {
  if (!ARROW_TO_A_SLOT.test(after)) return false;
  return ARROW_TO_A_DAY.test(after) || changeSaidNear(text, from);
}
function changeSaidNear(text: string, at: number): boolean {
  // The paragraph before the arrow's line, and a change said of the meeting after it.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return (
    A_CHANGE_SAID.test(text.slice(Math.max(0, lineStart - 200), at)) ||
    CHANGE_SAID_AFTER.test(text.slice(at, at + 200))
  );
}
// After the arrow, only a change said of the meeting: "Sorry about the change!", "This was moved
// because …", "Note we changed the time", "Please note the new time" (not "To reschedule, just
// reply", "panel members are subject to change", "if the new time does not suit").
const CHANGE_SAID_AFTER =
  /\b(?:apolog\w*|sorry)\b[^.!?\n]{0,30}\b(?:change|move|reschedul\w*|late notice)\b|\b(?:was|has been|have been|got) (?:moved|pushed|rescheduled|changed|bumped|shifted)\b|\b(?:we|they|I|he|she)(?:(?:'|’)ve| have| had)? (?:moved|pushed|rescheduled|bumped|shifted) (?:it|the|your)\b|\b(?:we|they|I|he|she)(?:(?:'|’)ve| have| had)? (?:changed|updated) (?:the|your) (?:(?:interview|meeting|call)(?:(?:'|’)s)? )?(?:time|slot|start)\b|(?<!\b(?:if|should|unless|whether)\s+)\b(?:the|your|this) (?:new|updated|revised|changed) (?:time|slot|start)\b/i;
const LENGTH_THEN_DASH =
  /(?<=\b(?:an?|one|two|three|half an?|\d{1,3})[ \t]+(?:hours?|hrs?|minutes?|mins?))[ \t]*[-–—][ \t]*(?=\d)/gi;
// "Time: 2:00 PM → 3:00 PM ET": an arrow between two clocks, with no change said around it, is
// written as the range's dash for chrono (as long as the original).
const CLOCK_ARROW_CLOCK =
  /(?<=\d(?:[:.]\d\d)?(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5})?)[ \t]*(?:-+>|=+>|[→⟶⇒➜➔➝])[ \t]*(?=\d)/gi;
// "We have moved the 2:30 on Thursday to Zoom", "… the 10:00 to the big room": a move of place.
const TO_NO_SLOT = new RegExp(String.raw`^[ \t]*,?[ \t]*(?:over[ \t]+)?to[ \t]+${NO_SLOT}`, 'i');
function movesTheSlot(leadIn: string, slot: string, after: string): boolean {
  const move = MOVES_THE_SLOT.exec(leadIn);
  if (!move || PUT_SOMEWHERE_AFTER.test(after) || TO_NO_SLOT.test(after)) return false;
  return !move[1] || CLOCK_AS_THE_MEETING.test(slot);
}
const GOES_ON_TO = new RegExp(
  String.raw`^[ \t]*,?[ \t]*(?:(?:back|forward|up)[ \t]+)?to[ \t]+(?:the[ \t]+)?(?:(?:next|following)[ \t]+)?(?:\d|noon|midday|tomorrow|week|available|possible|open|later|earlier|sometime|some[ \t]+time|another[ \t]+(?:time|day|date|slot|week)|a[ \t]+(?:later|(?:different|new)[ \t]+(?:time|day|date|slot|week))|${WEEKDAY_WORD}|${MONTH_WORD})(?![a-z])`,
  'i',
);
// A move of the candidate's meeting, asked for or announced, in a mail's own words: "Can we push our
// call Thursday to 3pm?", "Let's move the chat from Tuesday to Thursday", "we've rescheduled it"
// (not "we moved the interview room", "moved the call to a new Zoom room", unless a day or a clock
// follows: "moved the interview to our new office on Friday 6 March at 10am").
const MOVES_THE_MEETING_NOW = new RegExp(
  String.raw`\b(?:mov(?:e|ed|ing)|push(?:ed|ing)?|bump(?:ed|ing)?|shift(?:ed|ing)?|slid(?:e|ing)|reschedul(?:e|ed|ing)|postpon(?:e|ed|ing))\b(?: (?:back|forward|up))? (?:it|this|that|(?:the|your|our) (?:[\w-]+ )?${MEETING_NOUN})\b(?! (?:room|link|location|venue|format|details|invite)\b${NO_DAY_OR_CLOCK_AFTER}| to ${NO_SLOT}${NOR_A_DAY_ON_THE_NEXT_LINE})`,
  'i',
);
// A day by its weekday or its date: "New: Thursday 12 March, 9:00am" (not "New: we're on the 4th
// floor, the lifts close at 6pm").
const DAY_NAMED = new RegExp(
  String.raw`\b${WEEKDAY_WORD}(?![a-z])|\b${MONTH_WORD}\s+\d|\d(?:st|nd|rd|th)?\s+${MONTH_WORD}(?![a-z])`,
  'i',
);
// The rest of the slot's sentence and the next one ask for a move elsewhere (not on a condition).
const MOVE_ASKED_NEXT = new RegExp(
  String.raw`^[^.!?\n]*(?:[.!?]\s+|\n+)?(?![^.!?\n]*?\b(?:(?<!\bmind )if(?! (?:at all )?possible\b| (?:it|that)(?:'|’)s (?:ok|okay|alright|fine)\b| you (?:could|can|don(?:'|’)t mind)\b)|should|in case|unless)\b)[^.!?\n]*?\b${ASKS_TO_MOVE_ELSEWHERE}`,
  'i',
);
// "We will not need to move your interview on …": no move.
const NO_NEED_TO_MOVE = /\b(?:(?:not|n(?:'|’)t) (?:need|have) to|no need to)\b[^.!?\n]*$/i;
const WAS_BOOKED =
  /\b(?:which|that)\s+(?:was|had been)\s+(?:originally\s+|previously\s+|initially\s+)?(?:scheduled|booked|set|planned|slated)\s+(?:for|on|at)\s*$/i;
// "I have to move your interview on Thursday at 3pm": the slot the meeting is on now, the one being
// left (a new one goes "to" it); nothing in between may name it new.
const MOVED_FROM_ON = new RegExp(
  String.raw`${MOVE_THE_MEETING}(?:(?!\b(?:now|new|to|until|later|earlier)\b)[^.!?\n]){0,30}?\b(?:on|at)\s*$`,
  'i',
);
// A call to the candidate, said with what follows it: "Dana will ring you", "give you a call",
// "expect a call from Dana".
const CALLS_YOU = String.raw`\b(?:(?:call|ring|phone|try)(?:s|ing)? you|give you a (?:call|ring|bell)|(?:expect|receive|get) a (?:phone )?call)\b[^.!?\n]{0,60}?\b`;
// "sometime between 2 and 4pm", "any time from 9am", "she will ring you between 10 and 12", "pick
// a slot between 9 and 5pm", "Dana is free from 9 to 5": a window, or hours to choose in.
const WINDOW = new RegExp(
  String.raw`\b(?:(?:sometime|some time|any ?time|anywhere|at (?:some|any) (?:point|stage)|whenever|pick|choose|select|book|grab|free|available)\b[^.!?\n]{0,60}?\b(?:between|from)|${CALLS_YOU}between)\s+\d`,
  'i',
);
// "Dana will call you from 2 to 4pm", "Dana's going to ring you on Friday, 2-4pm": a call said
// over more than an hour is a window too, unless the call's own clause names it the interview
// ("for the two-hour case interview", "the interview is from 2 to 4pm").
const CALL_AT = new RegExp(String.raw`${CALLS_YOU}(?:from\s+)?\d`, 'i');
const THE_CALL_NAMED =
  /\b(?:interview|round|session|assessment|case study|screen|panel|runs|lasts)\b/i;
// A call about the interview, not the interview: "for your assessment centre debrief", "to go
// over feedback from the case study"; what it is about names no meeting of its own ("for the final
// interview and to get your feedback on the take-home" is the interview).
const AROUND_A_MEETING =
  /\b(?:for|to) (?:[\w-]+ ){0,4}?(?:debrief(?:ing)?|prep(?:aration)?|briefing|feedback)\b(?: (?:from|on|about|of) (?:the |your |our )?[\w-]+(?: [\w-]+){0,2})?/gi;
// "earlier today at 9am", "at 9am earlier this morning": the clause of the candidate's own clock.
const EARLIER_TODAY =
  /\bearlier (?:today|this (?:morning|afternoon|evening))\b(?=[^.!?;:\n]{0,10}\d)|\d(?:[ap]\.?m\.?)? earlier (?:today|this (?:morning|afternoon|evening))\b/i;
const SELF_BOOKING =
  /\b(?:slots? (?:open|opens|are open|are available|available)|first (?:available|open) (?:slot|time)|(?:book|pick|choose|select|grab) (?:a|your|any) (?:slot|time)|earliest (?:slot|opening))\b/i;
// Joining a meeting, its lobby or waiting room: what a time to join by or at follows.
const JOIN_WHAT = String.raw`\b(?:join|log ?in|log on|dial in|connect)\b(?: (?:to )?(?:the|your) (?:[\w-]+ )?(?:meeting|call|session|link|interview|lobby|waiting room))?`;
const ARRIVAL_BEFORE = new RegExp(
  String.raw`\b(?:arrive|arrival|be (?:there|here|on site|online)|get (?:there|here)|check[- ]in|sign in|(?:reading|preparation|prep) time|report to (?:reception|the front desk)|reporting time|report(?:ing)? (?:at|by)|${JOIN_WHAT} (?:by|before|no later than)|(?:join|log ?in|log on|dial in|connect|arrive|come)\b[^.!?\n]{0,40}?\b(?:\d{1,2}|a few|five|ten|fifteen|twenty)[ -]?(?:minutes?|mins?) (?:early|earlier|before|ahead|prior))\b[^.!?\n]{0,16}$`,
  'i',
);
// "You are requested to report at the reception of the Main Building, … on 24 February at 9.30",
// "Kindly reach the venue by 10:45 AM": reporting somewhere, however far the clause runs before
// its time.
const REPORTING_CLAUSE = new RegExp(
  String.raw`\b(?:(?:report|reporting) (?:at|to)|reach|get to) (?:the |our )?(?:[\w-]+ ){0,3}?(?:${ARRIVAL_PLACES}|venue|address|premises|site)\b[^.!?;\n]*$`,
  'i',
);
// "The interview will begin at 10.30 a.m.": the start, said of a day named just before.
const STARTS_AT =
  /\b(?:interview|interviews|it|session|panel|meeting)\b[^.!?\n]{0,30}\b(?:begin|begins|start|starts|commence|commences|will be held)\s+(?:at\s+|from\s+)?$/i;

// A table's label for the time to arrive by ("Reporting time", "Check-in").
const ARRIVAL_LABEL = /\b(?:arrival|arrive|check[- ]?in|registration|reporting)\b/i;

// "9:30am for a 10:00am start", "11:15 for 11:30": a time before the start it is for.
const FOR_A_LATER_START =
  /^[^\n]{0,12}?\bfor (?:an? )?\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+(?:start|kick-?off)\b|[ \t]*(?:$|[,;(]))/im;

/** The time at `index` is one to arrive by ("Please arrive by 8:45", "check in at 9:40"). */
export function arrivesAt(text: string, index: number): boolean {
  return (
    ARRIVAL_BEFORE.test(text.slice(Math.max(0, index - 40), index)) ||
    FOR_A_LATER_START.test(text.slice(index, index + 60)) ||
    ARRIVAL_LABEL.test(labelAbove(text, index) ?? '') ||
    joinsEarly(text, index) ||
    REPORTING_CLAUSE.test(text.slice(Math.max(0, index - 300), index))
  );
}

// "Please join the meeting at 13h50 so that we can check that your audio and video are working":
// joining at a time is the start ("Please join the Teams meeting at 10:00 AM") unless it is a
// lobby's or a waiting room's, or what follows says what it is for (a check of the set-up) or
// that the interview starts later ("the panel will admit you at 10:00").
const JOIN_AT = new RegExp(String.raw`${JOIN_WHAT} at\s*$`, 'i');
const EARLY_JOIN =
  /\b(?:lobby|waiting room)\b|\b(?:tech(?:nical)?|audio|sound|video|connection|system|quick) (?:check|test)\b|\b(?:check|test|make sure)\b[^.!?\n]{0,40}\b(?:audio|video|sound|camera|microphone|mic|screen|connection|set-?up|link)\b|\b(?:begins?|starts?|admit you|interview itself)\b/i;

function joinsEarly(text: string, index: number): boolean {
  // chrono's mention may hold the "at" itself ("at 13:50").
  const own = /^at\b/i.test(text.slice(index, index + 3)) ? 'at' : '';
  const before = `${text.slice(Math.max(0, index - 60), index)}${own}`;
  const join = JOIN_AT.exec(before);
  return !!join && EARLY_JOIN.test(`${join[0]} ${text.slice(index, index + 160)}`);
}

function startSaid(text: string, index: number): boolean {
  return STARTS_AT.test(text.slice(Math.max(0, index - 60), index));
}
// What a row of an itinerary that is no session says: a meal, a break, the arrival.
const OFF_ROW =
  /\b(?:lunch|break|dinner|breakfast|coffee break|not an interview|not part of|informal|check[- ]in|arrive|arrival|parking)\b/i;
// Online, the waiting room or lobby opening, or a tech check: no session unless the row names one
// ("Panel interview (you will be admitted from the waiting room)").
const LEAD_IN_ROW = /\b(?:waiting room|lobby opens|(?:tech|technical|audio|sound) check)\b/i;
const ROW_TIMES = String.raw`^[ \t]*(?:\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[-–—]|to)?[ \t]*){1,2}[-–—|:\t]*[ \t]*`;
// "8:45 AM Sign in at reception": a row that is the signing in, not one that mentions it ("(please
// sign in to CoderPad beforehand)").
const SIGN_IN_ROW = new RegExp(
  String.raw`${ROW_TIMES}(?:sign[- ]?in|registration)\b(?![^\n]*\b(?:and|then) (?:begin|start)\b)`,
  'i',
);
// Time alone to prepare ("13:45 You will be given the brief, with 45 minutes to prepare in a
// private room"): no session, unless the row names someone met, or a session of its own that only
// includes preparation ("Written assessment (includes 15 min preparation)").
const PREP_ROW = /\b(?:to prepare|prep(?:aration)?)\b/i;
// Alone, as rows say it: "on your own", "in a private room", "Individual preparation", or a row
// whose activity is the preparation ("Preparation: 45 minutes").
const PREP_ALONE = new RegExp(
  String.raw`\b(?:on your own|alone|by yourself|individual|private room|quiet room)\b|${ROW_TIMES}(?:prep|preparation|you will have [^.\n]{0,30}to prepare)\b`,
  'i',
);
// "(no preparation needed)", "(preparation materials sent in advance)": said of a session.
const PREP_ASIDE =
  /\bno (?:prep(?:aration)?|need to prepare)\b|\bprep(?:aration)? (?:materials?|packs?|notes|guides?|documents?|sent)\b/i;
// Preparing for someone, or with them, is a session: "45 minutes to prepare, then present to the
// panel", "Case preparation with the panel chair" ("with 45 minutes to prepare" is no one).
const PREP_WITH_SOMEONE =
  /\b(?:[Ii]nterview|[Pp]anel|[Pp]resent(?:ing)? to)\b|\bwith (?:the |your |our )?(?:\p{Lu}|(?:chair|assessors?|interviewers?|hiring manager)\b)/u;
// A row that only closes the day ("15:45 Close", "16:00 End of visit"): no session, its time the end.
const CLOSE_ROW = new RegExp(
  String.raw`${ROW_TIMES}(?:close|closing|finish|end|ends|end of (?:the )?(?:day|visit|programme|program|session|sessions))\.?[ \t]*$`,
  'i',
);
// A row whose text, after its times, begins "Optional" ("11:00 – 11:15 – Optional Q&A on
// benefits"); "… – optional portfolio review at the end" is an aside of a session.
const OPTIONAL_ROW = new RegExp(String.raw`${ROW_TIMES}optional\b`, 'i');
// A row that names a session is one, whatever else it says ("Flight Operations panel").
const SESSION_ROW =
  /\b(?:interview|panel|session|presentation|assessment|exercise|case|conversation|meeting(?! point)|screen|discussion)\b/i;
// "If you're coming up from London, the 07:33 from King's Cross gets into Leeds at 09:48": a
// train's clocks, the one it leaves at ("the 07:33 from …") and the one it arrives at ("gets into
// Leeds at 09:48"), are no time of the interview.
// (Only right before the clock: "the shuttle leaves at 8:30 and you start at 9:15" keeps 9:15.)
// Arriving somewhere named, not in a room or building of the venue ("arrives in Building A at 10").
const PLACE_NAMED = String.raw`(?!(?:Building|Block|Room|Reception|Suite|Floor|Level|Lobby|Office|Studio|Wing|Hall)\b)\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}`;
const ARRIVES_SOMEWHERE = new RegExp(
  String.raw`\b(?:gets?[ \t]+(?:in|into)|arriv(?:es|ing)[ \t]+(?:in|into|at)|lands?[ \t]+(?:in|at))[ \t]+(${PLACE_NAMED})[ \t]+at[ \t]*$`,
  'u',
);
// (Arriving "at" a town is a journey; arriving at the employer, "at Acme at 10:00", is the visit.)
function arrivesSomewhere(before: string): boolean {
  const arrival = ARRIVES_SOMEWHERE.exec(before);
  if (!arrival) return false;
  return !/\barriving[ \t]+at\b/.test(arrival[0]) || placeNamed(arrival[1] ?? '') !== null;
}
// A vehicle's, said of it: "Your train departs from Euston at 07:10", "Your flight BA1234 from
// Heathrow lands at 8:15", "Your flight, UA 221, lands at 8:15", "Your train is due in at 09:48";
// one that fetches the candidate, right after it: "The car will collect you at 9:45" (not "take a
// cab and Sam will meet you at 10:00", "the head coach arrives at 10:00": a coach may be a person).
const VEHICLE_CLOCK =
  /\b(?:train|flight|plane|bus|shuttle|ferry|taxi|cab|Eurostar|Amtrak|Acela)\b(?:,[^,.!?\n;:]{1,24},|(?!\b(?:at|and|who|which|will)\b)[^,.!?\n;:]){0,40}?\b(?:departs|leaves|arrives|lands|gets[ \t]+in|is[ \t]+due(?:[ \t]+in|[ \t]+to[ \t]+(?:land|arrive|depart|leave))?)(?:[ \t]+(?:from|for|to|into|in|at))?(?:[ \t]+(?:the[ \t]+)?[\p{L}'’.-]+(?:[ \t]+[\p{L}'’.-]+){0,2}?)?[ \t]+at[ \t]*$|\b(?:car|driver|taxi|cab|shuttle)[ \t]+(?:will[ \t]+)?(?:collect|pick|meet)s?[ \t]+you(?:[ \t]+up)?(?:[ \t]+(?:from|at)[ \t]+(?:the[ \t]+)?[\p{L}'’.-]+(?:[ \t]+[\p{L}'’.-]+){0,2}?)?[ \t]+at[ \t]*$/iu;
// The candidate's own journey and the day's doings that are no meeting: "You land at 8:15",
// "Landing at 8:15", "Pick-up at 9:45 from the lobby", "Doors open at 8:30", "Hotel check-in is
// at 3pm".
const OWN_JOURNEY_CLOCK =
  /\b(?:you(?:(?:'|’)ll| will)?[ \t]+land|landing|touch(?:es|ing)?[ \t]+down|pick[- ]?up(?:[ \t]+is)?|doors[ \t]+open|hotel[ \t]+check[- ]?in(?:[ \t]+is)?)(?:[ \t]+(?:from|in|at)[ \t]+(?:the[ \t]+)?[\p{L}'’.-]+(?:[ \t]+[\p{L}'’.-]+){0,2}?)?[ \t]+at[ \t]*$/iu;
// "The 7:05 Acela gets into Penn Station at 9:50", "the 07:33 from King's Cross": a service named
// by the clock it leaves at.
const SERVICE_BY_ITS_CLOCK =
  /^\d{1,2}[:.]\d\d[ \t]+(?:from[ \t]+\p{Lu}|(?:(?![AP]M\b)\p{Lu}[\p{L}-]*[ \t]+|(?:train|service|flight|shuttle|express)[ \t]+){1,2}(?:gets[ \t]+in(?:to)?|departs|leaves|arrives)\b)/u;
function journeyClock(text: string, index: number): boolean {
  const after = text.slice(index, index + 60);
  // (chrono's mention may hold the "at" itself: "at 09:48".)
  const own = /^at\b/i.test(after) ? 'at' : '';
  const before = `${text.slice(Math.max(0, index - 80), index)}${own}`;
  return (
    (/\bthe[ \t]*$/i.test(before) && SERVICE_BY_ITS_CLOCK.test(after)) ||
    arrivesSomewhere(before) ||
    VEHICLE_CLOCK.test(before) ||
    OWN_JOURNEY_CLOCK.test(before)
  );
}
// A journey's row in an onsite itinerary (the flight out, the car to the airport): kept in the
// time of the place it leaves from, often the candidate's home, so its zone is not the venue's.
const travelRow = (line: string) =>
  /\b(?:depart(?:s|ure)?|flight|fly|taxi|cab|car service|shuttle|transfer|pick[- ]?up|airport|train|hotel|check[- ]out)\b/i.test(
    line,
  ) && !SESSION_ROW.test(line);
// (A row read with the day line above it: the row itself is its last line.)
const lastLine = (text: string) => text.slice(text.lastIndexOf('\n') + 1);
const notASession = (line: string) =>
  OFF_ROW.test(line) ||
  SIGN_IN_ROW.test(lastLine(line).replace(/^[ \t]*(?:[•*·]|[-–—](?=[ \t]))[ \t]*/, '')) ||
  OPTIONAL_ROW.test(line) ||
  travelRow(line) ||
  CLOSE_ROW.test(line) ||
  ((/\btour\b/i.test(line) || LEAD_IN_ROW.test(line)) && !SESSION_ROW.test(line)) ||
  (PREP_ROW.test(line) &&
    !PREP_ASIDE.test(line) &&
    !PREP_WITH_SOMEONE.test(line) &&
    (PREP_ALONE.test(line) || !SESSION_ROW.test(line) || PREP_ROW.test(headOfRow(line))));

/**
 * What a row is, before its asides and details: "Case study preparation" of "9:15 Case study
 * preparation (30 min)", "Written assessment" of "9:00 Written assessment (includes 15 min prep)",
 * "Presentation" of "9:00 Presentation: 15 minutes to prepare, 15 to present".
 */
function headOfRow(line: string): string {
  const activity = line.replace(new RegExp(ROW_TIMES, 'i'), '').replace(/\([^()\n]*\)/g, ' ');
  return activity.split(/[:,;]|[ \t][-–—][ \t]/)[0] ?? '';
}

// A month's name, then a day's number (not a dotted or slashed date): "May 11", "Sept. 3".
const MONTH_THEN_DAY = new RegExp(String.raw`\b${MONTH_WORD}[ \t]+\d{1,2}(?!\d|[./-]\d)`, 'i');

const ASIDE_LINE = /\b(?:not part of|informal|dinner|drinks reception)\b/i;
// "Office hours 8:00 AM - 5:00 PM ET", "Hours: Mon-Fri 8:00 AM - 5:00 PM", "the car park's open
// from 7am": when someone or a place is there, never a meeting ("Dana's open 2 - 3pm" is a person
// free; a place takes an article). Only the span right after the words ("reply within 2 business
// hours" and a time later in the sentence is an interview's).
const OPENING_HOURS =
  /(?:\b(?:office|opening|business|working|support|reception|phone|desk|clinic|visiting|surgery) (?:hours|times)|^[ \t]*hours|\bhours of (?:business|operation)|\bopen (?:daily|weekdays|from)(?: from)?|\b(?:are|is|(?:we|they)(?:'|’)re|(?:(?:the|our|their|your)[ \t]+(?!(?:[a-z]+[ \t]+){0,2}(?:ceo|cto|cfo|coo|manager|director|recruiter|lead|head|founder|boss|interviewer|team|panel|chair|partner|principal)(?:'|’)s)(?:[a-z]+[ \t]+){0,2}[a-z]+|store|shop|office|caf[eé]|bar|restaurant|branch|site|salon|studio|gym|it)(?:'|’)s) open(?: (?:daily|weekdays|from|between))?)[ \t]*:?[ \t]*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?[ \t]*(?:[-–]|to)?[ \t]*){0,2},?[ \t]*$/im;

// "Monday through Friday, 9:00 a.m. to 5:00 p.m.", "Mon–Fri 8-4": a range of weekdays before the
// time says when a mailbox or a desk is attended, never a meeting ("moved (it) from Monday to
// Friday 9am" is a move, not a range).
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?`;
const RANGE_OPENS = String.raw`(?<!\b(?:from|moved?|moving|push(?:ed)?|shift(?:ed)?|chang(?:e|ed)|it)[ \t]+)\b${WEEKDAY}[ \t]*(?:through|thru|to|until|till|[-–])[ \t]*`;
const RANGE_BEFORE_TIME = new RegExp(
  String.raw`${RANGE_OPENS}${WEEKDAY},?[ \t]*(?:from|between)?[ \t]*$`,
  'i',
);
const RANGE_BEFORE_WEEKDAY = new RegExp(`${RANGE_OPENS}$`, 'i');
const STARTS_WITH_WEEKDAY = new RegExp(String.raw`^${WEEKDAY}\b`, 'i');

// "between 8:30am and 4:30pm, Monday to Friday", "9-5 weekdays": the hours, then their days.
const CLOCK = String.raw`\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?`;
const HOURS_THEN_RANGE = new RegExp(
  String.raw`^[ \t]*(?:(?:between|from)[ \t]+)?${CLOCK}(?:[ \t]*(?:and|to|until|till|[-–])[ \t]*${CLOCK})?(?:[ \t]*\(?[A-Z]{2,5}\)?)?,?[ \t]*(?:on[ \t]+)?(?:${WEEKDAY}[ \t]*(?:through|thru|to|until|till|[-–])[ \t]*${WEEKDAY}|weekdays\b)`,
  'i',
);

/** The mention at `index` is the hours of a range of weekdays. */
function weekdayRangeAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  // A mention read from the range's second weekday on ("Friday, 9:00 a.m. …").
  return (
    RANGE_BEFORE_TIME.test(before) ||
    (STARTS_WITH_WEEKDAY.test(text.slice(index, index + 12)) &&
      RANGE_BEFORE_WEEKDAY.test(before)) ||
    HOURS_THEN_RANGE.test(text.slice(index, index + 80))
  );
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].length;
}

// Fullwidth forms ("（JST）", "２２：００", "〜") as Japanese, Chinese and Korean mail writes them:
// their ASCII letters, one code unit each, so indexes hold.
const FULLWIDTH = /[\uff01-\uff5e\u3000\u301c]/g;
function withAsciiForms(text: string): string {
  return (
    text
      .replace(FULLWIDTH, (c) =>
        c === '\u3000'
          ? ' '
          : c === '\u301c' || c === '\uff5e'
            ? '-'
            : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
      )
      // "Friday, April 2 · 10:00am": a scheduler's dot between a day and its clock, a comma's part.
      .replace(MIDDLE_DOT_BEFORE_A_CLOCK, ',')
      // "support line 24/7": round the clock, never the 24th of July.
      .replace(/\b24\/7\b/g, '24x7')
  );
}
const MIDDLE_DOT_BEFORE_A_CLOCK = /(?<=\S[ \t])[·•](?=[ \t]+\d{1,2}(?:[:.]\d\d|\s*[ap]\.?m\b))/gi;

/** Every date and time a text mentions, in order, each with the zone written next to it. */
export function mentionsIn(written: string, options: WhenOptions): Mention[] {
  const text = withAsciiForms(written);
  const referenceOffset = offsetAt(options.referenceZone, options.reference);
  let results: chrono.ParsedResult[] = [];
  const conflicts: Array<[number, number]> = [];
  // Day first where the mail writes so. The whole text is read so (its "May 11"s are read again
  // below); a piece split off is read so unless it names its month first.
  const parser = options.dayFirst ? chrono.en.GB : chrono.casual;
  const parserFor = (text: string) =>
    options.dayFirst && !MONTH_THEN_DAY.test(text) ? chrono.en.GB : chrono.casual;
  try {
    const readable = chronoReadable(
      withTableTimeRanges(withColonTimes(text)),
      DateTime.fromJSDate(options.reference, { zone: options.referenceZone }),
      conflicts,
    );
    const at = { instant: options.reference, timezone: referenceOffset };
    results = parser.parse(readable, at, {
      forwardDate: true,
    });
    if (options.dayFirst && MONTH_THEN_DAY.test(readable)) {
      // "May 11": a month's name settles the order, and the day-first parser reads the number
      // after it as a year (May 2011); those mentions are read as written.
      const named = chrono.casual
        .parse(readable, at, { forwardDate: true })
        .filter((result) => MONTH_THEN_DAY.test(result.text));
      const overlaps = (a: chrono.ParsedResult, b: chrono.ParsedResult) =>
        a.index < b.index + b.text.length && b.index < a.index + a.text.length;
      results = [...results.filter((r) => !named.some((n) => overlaps(r, n))), ...named].sort(
        (a, b) => a.index - b.index,
      );
    }
  } catch {
    results = [];
  }
  const mentions: Mention[] = [];
  let consumedUntil = -1;
  const reference = { instant: options.reference, timezone: referenceOffset };
  for (const result of results.slice(0, 200)) {
    if (result.index < consumedUntil) continue;
    // "She wrote UTC+09:30": the hours of an offset are no time of day.
    if (
      /(?:GMT|UTC)[ \t]?[+\-−–][ \t]?$/i.test(
        text.slice(Math.max(0, result.index - 6), result.index),
      )
    )
      continue;
    for (const part of splitAtSentences(result, reference, parserFor)
      .flatMap((piece) => splitAcrossDays(piece, reference, parserFor))
      .flatMap((piece) => splitAMove(piece, text, reference, parserFor))) {
      const mention = toMention(
        part,
        text,
        options.context,
        options.dayOrderAssumed === true,
        options.dayFirst === true,
      );
      if (!mention) continue;
      const clashes = conflicts.some(([from, to]) => mention.index < to && from < mention.end);
      mentions.push(
        withDateItRestates(
          clashes ? { ...mention, weekdayConflict: true } : mention,
          mentions[mentions.length - 1],
          text,
        ),
      );
      consumedUntil = Math.max(consumedUntil, mention.zoneEnd);
    }
  }
  return mentions;
}

// What may stand between the date and the weekday that restates it: a bracket, a comma or a dash.
const RESTATING_WEEKDAY = /^[ \t]*(?:\(|[,–—-][ \t]*)?[(\p{L}]$/u;

/**
 * "16 June 2027 (Wednesday)", "March 12, Friday, 3 PM", "12/03 Friday": a weekday right after a
 * date restates that date, never the coming Friday; one that disagrees with it is a conflict, and
 * the time is asked.
 */
function withDateItRestates(
  mention: Mention,
  previous: Mention | undefined,
  text: string,
): Mention {
  if (
    !previous?.hasDate ||
    !previous.dayCertain ||
    mention.dayCertain ||
    mention.weekday === null ||
    !RESTATING_WEEKDAY.test(`${text.slice(previous.end, mention.index)}${mention.text.slice(0, 1)}`)
  )
    return mention;
  return {
    ...mention,
    date: previous.date,
    dayCertain: true,
    yearCertain: previous.yearCertain,
    relative: null,
    weekdayConflict: previous.weekdayConflict || weekdayOf(previous.date) !== mention.weekday,
  };
}

/**
 * "Tuesday 24 March at 1pm NZ time … That would be 8pm Monday in New York": a clock on a weekday
 * alone that names the same instant as the dated clock just before it, on the day before or after
 * that date, restates it on another clock; its weekday is that day, never the coming Monday.
 */
function onTheDayItRestates(
  candidate: Candidate,
  mention: Mention,
  before: Mention[],
  options: WhenOptions,
): Candidate {
  if (mention.dayCertain || mention.weekday === null) return candidate;
  const dated = before.findLast((other) => other.hasDate && other.hasTime && other.dayCertain);
  if (!dated || mention.index - dated.zoneEnd > 200) return candidate;
  const instantsNamed = (reading: Candidate) =>
    instantsOf(reading, options).filter((at) => !Number.isNaN(at));
  const stated = instantsNamed(single(dated, dated.date, [[dated.index, dated.zoneEnd]]));
  for (const shift of [-1, 0, 1]) {
    const day = DateTime.fromObject(dated.date).plus({ days: shift });
    const date = { year: day.year, month: day.month, day: day.day };
    if (weekdayOf(date) !== mention.weekday) continue;
    const restating = { ...candidate, date };
    if (instantsNamed(restating).some((at) => stated.includes(at))) return restating;
  }
  return candidate;
}

/**
 * "Day 1 · Tuesday … Day 2 · Wednesday …": when the mail says its schedule spans days, the
 * interview runs from the first day's first session to the last day's last one, as one. Each day
 * is one candidate at the start of a line; two on one day is no schedule this can read.
 */
function joinScheduleDays(candidates: Candidate[], text: string): void {
  if (!MULTI_DAY.test(text)) return;
  const ordinal = (date: DayDate) => DateTime.fromObject(date).toMillis();
  const days = candidates
    .filter((candidate) => candidate.grouped || startsScheduleLine(text, candidate.index))
    .sort((a, b) => ordinal(a.date) - ordinal(b.date));
  const dates = new Set(days.map((candidate) => ordinal(candidate.date)));
  if (days.length < 2 || dates.size !== days.length) return;
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return;
  const span = (ordinal(last.date) - ordinal(first.date)) / 86_400_000;
  if (span < 1 || span > MAX_SCHEDULE_DAYS) return;
  // "10:15 - 11:15" on the last day: its own start says which half of the day its end is in.
  const lastStart = likelyHour(last.time, last.meridiemGuessed);
  const end = last.endTime ?? last.time;
  let endHour = likelyHour(end, last.meridiemGuessed).hour;
  if (endHour < lastStart.hour && endHour + 12 <= 23) endHour += 12;
  first.endDate = last.date;
  first.endTime = { hour: endHour, minute: end.minute };
  first.spans.push(...days.slice(1).flatMap((day) => day.spans));
  // The schedule accounts for its days: other times on them restate its sessions ("(14:00 IST)").
  const within = (candidate: Candidate) =>
    ordinal(candidate.date) >= ordinal(first.date) && ordinal(candidate.date) <= ordinal(last.date);
  for (const candidate of candidates.filter((c) => c !== first && within(c)))
    candidates.splice(candidates.indexOf(candidate), 1);
}

/** At a line's start, or after a day's number there ("Day 2 · Wednesday 24 February"). */
function startsScheduleLine(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return /^[\s>*]*(?:day (?:\d|one|two|three)\s*[·:|,–—-]?\s*)?$/i.test(
    text.slice(lineStart, index),
  );
}

// A sentence that puts a meeting on its day ("The onsite will be on Thursday", "could we do Thursday
// instead?", "we've moved it to Thursday", "would love to see you in person on Thursday", "Please
// join us on Thursday", "You are confirmed for Thursday"): its day is the meeting's, whatever was
// said before. A round that would follow is not this meeting ("the next stage would be on Monday").
const SETS_THE_MEETING = new RegExp(
  String.raw`\b${MEETING_NOUN}(?:s|ing)?\b|\b(?:interviews|interviewing|onsite|on-site|visit|assessment|panel (?:is|will be) (?:on|held)|panel (?:takes place|sits)|round|stage|instead|moved|rescheduled|in person|join us|invite you|invited you|(?<!\b(?:was|were|originally|previously) )(?:confirmed|booked|scheduled) (?:in )?for|new (?:date|time)|see(?:ing)? you|meet(?:ing)? you|(?:have|see|like|want) you back)\b`,
  'i',
);
const saidOfTheMeeting = (sentence: string) =>
  SETS_THE_MEETING.test(sentence) && !LATER_ROUND.test(sentence);
// "Please reply by Thursday 12 March", "before Wednesday": a day given as a deadline or a limit is
// never the meeting's, whatever its sentence is about.
const DEADLINE_BEFORE = /\b(?:by|before|until|till|no later than|ahead of)[ \t]+(?:the[ \t]+)?$/i;
const deadline = (text: string, day: Mention) =>
  DEADLINE_BEFORE.test(text.slice(Math.max(0, day.index - 20), day.index));

/**
 * "Your interview is on Friday 13 March. The link will be emailed on Thursday evening. It starts
 * at 10:30": a day in a sentence of its own that sets no meeting (a link's mailing, a deadline,
 * someone's leave) owns no clock after it when a day said of the interview comes shortly before
 * it; that day does. A day on a label or heading line ("Date: …", "Thursday 12 March" over an
 * itinerary) is always its clocks'.
 */
function dayOfInterview(
  nearest: Mention,
  before: Mention[],
  clock: Mention,
  text: string,
  options: WhenOptions,
): Mention {
  const ownSentence =
    !startsLine(text, nearest.index) &&
    !LABEL.test(lineAround(text, nearest.index, nearest.end)) &&
    /[.!?]\s|\n[ \t]*\n/.test(text.slice(nearest.end, clock.index));
  if (
    !ownSentence ||
    (saidOfTheMeeting(sentenceAround(text, nearest.index, nearest.end)) && !deadline(text, nearest))
  )
    return nearest;
  // An earlier day said of the meeting takes the clock when it weighs more than the nearest, and
  // has some evidence for it (none against: "originally booked for Monday" keeps the new day).
  let best = nearest;
  let bestScore = scoreDay(nearest, text, options);
  for (const earlier of before) {
    if (!earlier.hasDate || earlier.hasTime || nearest.index - earlier.end > 700) continue;
    if (insideParentheses(text, earlier.index) || deadline(text, earlier)) continue;
    // Said of the meeting itself, not of a call about it ("I will phone you on Wednesday").
    if (!saidOfTheMeeting(sentenceAround(text, earlier.index, earlier.end))) continue;
    const points = scoreDay(earlier, text, options);
    if (points >= 1 && points > bestScore) {
      best = earlier;
      bestScore = points;
    }
  }
  return best;
}

/** The row after the last session that closes the day ("15:45 Close"), its time the end. */
function closing(rows: Mention[], last: Mention, text: string): Mention | undefined {
  return rows.find(
    (row) =>
      row.index > last.index &&
      minuteOfDay(row) > minuteOfDay(last) &&
      CLOSE_ROW.test(lineAround(text, row.index, row.end)),
  );
}

function minuteOfDay(mention: Mention | undefined): number {
  return mention?.time ? minutesOf(mention.time) : 0;
}

function minutesOf(clock: { hour: number; minute: number }): number {
  return clock.hour * 60 + clock.minute;
}

// "a meeting that runs until 2pm on Thursday": the time something else ends.
const ENDS_SOMETHING = /\b(?:until|till|til|runs? to|goes on to)\s*$/i;

/** The interview's date and time, or what is missing to know it. */
/**
 * "moved your interview on Thursday, 5 March from 2pm to 3pm", "… at 2pm ET back to 3pm", "… at
 * 11am, moved up to 10am", "… at 2pm. The new time is 4pm": the move's new clock keeps the day of
 * the slot it leaves. (Only MOVED_FROM_TO parts the two; a range would be one mention.)
 */
const SLOT_STAYS =
  /\b(?:stays?|remains?|is unchanged|is still on|still happening|(?:goes|go|going) ahead|as (?:planned|scheduled|normal|booked)|(?:is|are)(?: not|n(?:'|’)t) (?:changing|moving))\b/i;
// "…so the new time is 12pm for him", "for her the new time is 12pm", "11am only for our Seattle
// panelist", "12pm on her end", "3pm for the debrief": someone else's clock, or another meeting's
// (not "for you and Dana", "for everyone", nor "for Dana and the panel", the whole meeting).
const NOT_THE_CANDIDATES = String.raw`(?!(?:you|everyone|everybody|all|both)\b|the (?:whole |full )?(?:panel|team|group)\b)(?:him|her|them|(?:his|her|their|\p{Lu}\p{Ll}+(?:'|’)s) (?:end|side|calendar|diary|time)|(?:the|your|our) (?:[\p{Ll}-]+ ){0,3}?(?:interviewer|manager|lead|panell?ist|director|recruiter|debrief|meeting|call|lunch|tour|session)s?|\p{Lu}\p{Ll}+(?! and (?:the|you)\b))\b`;
const SOMEONE_ELSES_CLOCK_AFTER = new RegExp(
  String.raw`^[ \t]*(?:only[ \t]+)?(?:for|on|in)[ \t]+${NOT_THE_CANDIDATES}`,
  'u',
);
const SOMEONE_ELSES_CLOCK_BEFORE = new RegExp(
  String.raw`\b(?:for|on|in)[ \t]+${NOT_THE_CANDIDATES},?[ \t]+(?:the[ \t]+)?new (?:start )?time`,
  'u',
);

function movedOnTheDay(text: string, left: Mention, clock: Mention): boolean {
  const between = text.slice(left.zoneEnd, clock.index);
  return (
    left.hasTime &&
    // "moving the 10:00 on Friday to 11:30": the move's "to", read as the clock's own "at".
    ((/^[ \t]*$/.test(between) && /^to[ \t]/i.test(text.slice(clock.index, clock.index + 3))) ||
      /^,?[ \t]+(?:(?:(?:has|have|had|is|was|we(?:'|’)ve|been|now|just)[ \t]+)*(?:moved|pushed|bumped|shifted|brought|changed)[ \t]+)?(?:(?:back|forward|up|later|earlier)[ \t]+)?to[ \t]+$/i.test(
        between,
      ) ||
      // "We moved your interview on Thursday at 2pm. The new time is 4pm." (not "… stays put. Dana
      // has moved to Denver, so the new time is 12pm for him": someone else's clock).
      (/^[^\n]{0,80}?(?:\n[^\n]{0,80}?)?\bnew (?:start )?time(?: is| will be)?:?[ \t]*$/i.test(
        between,
      ) &&
        !SLOT_STAYS.test(between) &&
        !SOMEONE_ELSES_CLOCK_BEFORE.test(between) &&
        // (after the clock, or after its zone: "12pm ET for him")
        ![clock.end, clock.zoneEnd].some((at) =>
          SOMEONE_ELSES_CLOCK_AFTER.test(text.slice(at, at + 60)),
        )))
  );
}

export function findInterviewTime(rawText: string, options: WhenOptions): WhenReading {
  const text = rawText.slice(0, MAX_SCAN);
  // A time that ends something is never the interview's start; its day is still a day: "runs
  // until 2pm on Thursday, so we've moved your interview to 2.30pm" is at 2.30 that Thursday.
  // A journey's clock is none, nor is its day the interview's ("Your flight lands at 6:00 PM on
  // Wednesday, March 4 and your interview is the following day at 9:30 AM").
  const mentions = mentionsIn(text, options)
    .filter((mention) => !(mention.hasTime && journeyClock(text, mention.index)))
    .map((mention) =>
      mention.hasDate &&
      mention.hasTime &&
      ENDS_SOMETHING.test(text.slice(Math.max(0, mention.index - 16), mention.index))
        ? { ...mention, hasTime: false }
        : mention,
    );

  const candidates: Candidate[] = [];
  const attached = new Map<Mention, Mention[]>();
  for (const [i, mention] of mentions.entries()) {
    if (!mention.hasTime) continue;
    const before = text.slice(Math.max(0, mention.index - 60), mention.index);
    if (
      OPENING_HOURS.test(before) ||
      weekdayRangeAt(text, mention.index) ||
      ruledOut(text, mention)
    )
      continue;
    if (mention.hasDate) {
      const own = single(mention, mention.date, [[mention.index, mention.zoneEnd]]);
      candidates.push(onTheDayItRestates(own, mention, mentions.slice(0, i), options));
      continue;
    }
    // A time without a day takes the nearest day before it ("Date: Monday, 2 March" / "Time: 3 PM"
    // or an itinerary's date line), or one right after it ("at 2pm on Thursday, March 5").
    let day: Mention | null = null;
    // "…at 15:00 Danish time. As the US moves to summer time this Sunday, that should be 10:00 in
    // New York": a clock that restates the one before it takes that one's day, never a day said
    // between them.
    // (One that restates a schedule's rows, "that's 9:00 AM - 11:45 AM Pacific", is none of them.)
    // ("Date: Tuesday, 9th November" / "Time: Same time, i.e. 11:30 AM": the same clock on the day
    // said above it.)
    const lead = text.slice(Math.max(0, mention.index - 30), mention.index);
    const restated =
      RESTATES_BEFORE.test(lead) && !/\bsame time\b/i.test(lead)
        ? mentions.slice(0, i).findLast((said) => said.hasTime && mention.index - said.end <= 300)
        : undefined;
    const restatedDay = restated
      ? [...attached].find(([, times]) => restated && times.includes(restated))
      : undefined;
    if (restatedDay && restatedDay[1].length > 1) continue;
    if (restated) day = restated.hasDate ? restated : (restatedDay?.[0] ?? null);
    day ??= dayPairedInOrder(text, mentions, mention);
    for (let j = i - 1; !day && j >= 0; j--) {
      const previous = mentions[j];
      if (!previous) break;
      if (restated && previous.index > restated.index && !previous.hasTime) continue;
      // A day in an aside ("(the brief comes on Thursday 4 March)") owns no times after it, nor
      // one ruled out ("on Wednesday 19th May, not Tuesday. Same time (10:30am)").
      if (previous.hasDate && (insideParentheses(text, previous.index) || ruledOut(text, previous)))
        continue;
      if (previous.hasDate) {
        const owner = previous.hasTime
          ? previous
          : dayOfInterview(previous, mentions.slice(0, j), mention, text, options);
        // An itinerary's rows run on from the row above, however many rows the day has.
        const row = mentions[i - 1];
        const runsOn =
          row !== undefined &&
          attached.get(owner)?.includes(row) === true &&
          startsRow(text, row.index) &&
          startsRow(text, mention.index);
        const near =
          mention.index - (runsOn ? row.end : previous.end) <= (previous.hasTime ? 300 : 700);
        if (
          near &&
          (!previous.hasTime ||
            startsLine(text, mention.index) ||
            startSaid(text, mention.index) ||
            movedOnTheDay(text, previous, mention))
        )
          day = owner;
        break;
      }
    }
    // (A clock that restates a day and time already said ("that's 7pm", "10am for you"): only in
    // its own sentence does a day after it own it. "…that's 7pm for you in Sydney. Our clocks go
    // forward this Sunday" is no 7pm on Sunday.)
    const next = mentions[i + 1];
    const restating =
      (mention.relative !== null ||
        /\b(?:that(?:'|’)s|that is|which is|which would be)\b[^.!?\n]{0,30}$/i.test(
          text.slice(Math.max(0, mention.index - 40), mention.index),
        )) &&
      mentions
        .slice(0, i)
        .some((said) => said.hasDate && said.hasTime && mention.index - said.end <= 300);
    if (
      !day &&
      next?.hasDate &&
      !next.hasTime &&
      next.index - mention.zoneEnd <= 40 &&
      // (Onto the next line only as its labelled date: "Time: 2pm ET" over "Date: Thursday".)
      (!text.slice(mention.zoneEnd, next.index).includes('\n') ||
        /\n[ \t]*(?:date|day)[ \t]*[:\t][^\n]*$/i.test(text.slice(mention.zoneEnd, next.index))) &&
      !(restating && /[.!?](?:\s|$)/.test(text.slice(mention.zoneEnd, next.index)))
    )
      day = next;
    // "New time: 4pm ET" and "Original time: 2pm ET" over "Date: Thursday 5 March (unchanged)": a
    // block of labelled lines shares its labelled date.
    const dateBelow = day ? undefined : mentions.slice(i + 1).find((m) => m.hasDate && !m.hasTime);
    if (
      dateBelow &&
      dateBelow.index - mention.zoneEnd <= 240 &&
      LABELLED_LINES_TO_A_DATE.test(text.slice(mention.zoneEnd, dateBelow.index))
    )
      day = dateBelow;
    // "Our screen is at 10:00 AM Mountain Time … Still Thursday, May 20": a clock before the day
    // the writer says is kept.
    day ??=
      mentions.find(
        (later) =>
          later.index > mention.index &&
          later.index - mention.zoneEnd <= 400 &&
          later.hasDate &&
          !later.hasTime &&
          KEPT_DAY_BEFORE.test(text.slice(Math.max(0, later.index - 40), later.index)),
      ) ?? null;
    if (!day && options.clockDay) {
      candidates.push(single(mention, options.clockDay, [[mention.index, mention.zoneEnd]]));
      continue;
    }
    if (!day) continue;
    const list = attached.get(day) ?? [];
    list.push(mention);
    attached.set(day, list);
  }
  for (const [day, times] of attached) {
    // An itinerary is the run of lines that start with a time; a labelled "Time: 13:00 - 15:30
    // GMT" or an "arrive by 12:45" beside it is no slot of it, nor a row on another clock that
    // restates one ("17:00 - 18:00 JST" over "* 09:00 - 10:00 in London (BST)").
    const rowZone = (day.hasTime ? day : times.find((time) => time.zone))?.zone?.zone;
    const runs = times.filter(
      (slot) =>
        startsRow(text, slot.index) && (!slot.zone || !rowZone || slot.zone.zone === rowZone),
    );
    // "Time: 09:00 - 13:30 (UK time)" over an agenda that runs within it ("09:00 Welcome", "13:30
    // Close"): the labelled range is the event, the agenda only its parts. Only a label that names
    // the event's time ("Visitor parking: 7:30 - 17:30" is a car park's).
    // ("Confirming your onsite for Friday, January 29, 9:00 AM - 12:30 PM ET:" over its agenda is
    // that range too.)
    const labelled =
      times.find(
        (time) =>
          time.endTime !== null &&
          !startsRow(text, time.index) &&
          EVENT_TIME_LABEL.test(text.slice(lineStart(text, time.index), time.index)),
      ) ?? (day.hasTime && day.endTime !== null && !startsRow(text, day.index) ? day : undefined);
    const from = minuteOfDay(labelled);
    const to = labelled?.endTime ? labelled.endTime.hour * 60 + labelled.endTime.minute : -1;
    // A row's "1:00" says no half of the day: in the afternoon if that is where it fits.
    const within = (row: Mention) =>
      [minuteOfDay(row), row.meridiemCertain ? -1 : minuteOfDay(row) + 720].some(
        (minute) => minute >= from && minute <= to,
      );
    if (labelled && to > from && runs.length >= 2 && runs.every(within)) {
      candidates.push(timeOnDay(labelled, day));
      continue;
    }
    const all = day.hasTime && runs.length === times.length ? [day, ...runs] : runs;
    // A row under a label of its own ("Reporting time" / "9:15 AM") is that label's.
    const slots = all.filter(
      (slot) =>
        !notASession(lineAround(text, slot.index, slot.end)) &&
        !ARRIVAL_LABEL.test(labelAbove(text, slot.index) ?? ''),
    );
    const lines = new Set(all.map((slot) => text.lastIndexOf('\n', slot.index)));
    // Its sessions run forward in time: one before the first ("Previous time: 10:00 AM") is
    // another slot's, not this day's. (An arrival or a breakfast may be listed anywhere.)
    const sure = slots.filter((slot) => slot.meridiemCertain);
    const forward = sure.every(
      (slot, k) => k === 0 || minuteOfDay(slot) >= minuteOfDay(sure[k - 1]),
    );
    // One person's sessions never share a slot: a roster's parallel panels ("Panel A | 10:30 AM -
    // 10:50 AM", "Panel B | 10:30 AM - 10:50 AM") are many candidates' slots. (A time alone may
    // repeat: a table laid out a cell per line ends one row at the time the next begins.)
    const ranges = slots
      .filter((slot) => slot !== day && slot.endTime)
      .map((slot) => `${minuteOfDay(slot)}-${slot.endTime?.hour}:${slot.endTime?.minute}`);
    const apart = new Set(ranges).size === ranges.length;
    // A roster's row that names the candidate ("11 | Devika Menon | Panel A | 12:10 PM - 12:30
    // PM") is their slot; the other rows are other candidates'. A roster, not an itinerary whose
    // row the candidate presents in: its slots run in parallel, a column is headed for the
    // candidates, or no other row names a session.
    const own = slots.filter(
      (slot) =>
        slot !== day &&
        options.candidate &&
        namesCandidate(lineAround(text, slot.index, slot.end), options.candidate),
    );
    const othersAreSessions = slots.some(
      (slot) =>
        slot !== day &&
        !own.includes(slot) &&
        SESSION_ROW.test(
          lineAround(text, slot.index, slot.end)
            .replace(/\bpanel\s+(?:[A-Z]|\d+)\b/gi, ' ')
            .replace(CLOCK_IN_ROW, ' '),
        ),
    );
    const roster =
      !apart ||
      ROSTER_HEADER.test(text.slice(day.end, own[0]?.index ?? day.end)) ||
      !othersAreSessions ||
      sameSessionEachRow(
        slots.filter((slot) => slot !== day).map((slot) => lineAround(text, slot.index, slot.end)),
      );
    if (own.length === 1 && slots.length >= 2 && lines.size === all.length && roster) {
      candidates.push({ ...timeOnDay(own[0] as Mention, day), ownRow: true });
      continue;
    }
    const itinerary =
      all.length >= 2 && lines.size === all.length && slots.length >= 1 && forward && apart;
    if (itinerary) {
      // An itinerary: the interview runs from the first slot's start to the last slot's end.
      const first = slots[0] as Mention;
      const last = slots[slots.length - 1] as Mention;
      // (Not a clock after the itinerary that restates it elsewhere: "For your interviewers in
      // Denver this is 8:00 AM - 9:30 AM Mountain Daylight Time".)
      const zone =
        slots.find((slot) => slot.zone)?.zone ??
        times.find(
          (time) =>
            time.zone &&
            time.index <= last.zoneEnd &&
            !travelRow(lineAround(text, time.index, time.end)),
        )?.zone ??
        (day.hasTime && travelRow(lineAround(text, day.index, day.end)) ? null : day.zone);
      if (day.hasTime) {
        const own = candidates.findIndex((candidate) => candidate.index === day.index);
        if (own !== -1) candidates.splice(own, 1);
      }
      const grouped: Candidate = {
        index: first.index,
        date: day.date,
        time: first.time ?? { hour: 0, minute: 0 },
        endTime: last.endTime ?? closing(all, last, text)?.time ?? null,
        zone,
        relative: slots.find((slot) => slot.relative)?.relative ?? day.relative,
        weekdayConflict: day.weekdayConflict || slots.some((slot) => slot.weekdayConflict),
        dayOrderGuessed: day.dayOrderGuessed,
        meridiemGuessed: slots.some((slot) => !slot.meridiemCertain),
        grouped: true,
        spans: [
          [day.index, day.end],
          ...slots.map((slot): [number, number] => [slot.index, slot.zoneEnd]),
        ],
      };
      candidates.push(grouped);
      continue;
    }
    let previous: Candidate | null = null;
    for (const time of times) {
      // A day with its own time takes only a start said of it ("The interview will begin at …").
      if (day.hasTime && !startSaid(text, time.index) && !movedOnTheDay(text, day, time)) continue;
      // "Start Time: 9:00 AM" / "End Time: 11:00 AM": the labelled end closes the start above it.
      if (previous && !previous.endTime && END_LABEL.test(lineAround(text, time.index, time.end))) {
        previous.endTime = time.time;
        previous.spans.push([time.index, time.zoneEnd]);
        continue;
      }
      const candidate = timeOnDay(time, day);
      previous = candidate;
      candidates.push(candidate);
    }
  }
  // "19:30 Informal welcome dinner" the evening before the sessions: a line that says it is no
  // part of them is no candidate beside them ("Team lunch chat" may be a session; "optional"
  // describes an item on a line, "laptop optional", not the line).
  const sessions = candidates.filter(
    (candidate) =>
      candidate.grouped ||
      !candidate.spans.some(([from, to]) => ASIDE_LINE.test(lineAround(text, from, to))),
  );
  if (sessions.length > 0) candidates.splice(0, candidates.length, ...sessions);
  candidates.push(
    ...candidates.flatMap((candidate) => onDaysOfferedBefore(candidate, mentions, text)),
  );
  joinScheduleDays(candidates, text);

  const dayOnly = mentions.filter(
    (mention) => mention.hasDate && !mention.hasTime && !attached.has(mention),
  );
  // "Please arrive at 14:10" leads in to the interview on that day; it starts at its own time.
  const arrival = (candidate: Candidate) => arrivesAt(text, candidate.index);
  const leadsIn = (candidate: Candidate) =>
    arrival(candidate) &&
    candidates.some(
      (other) =>
        !arrival(other) &&
        other.date.year === candidate.date.year &&
        other.date.month === candidate.date.month &&
        other.date.day === candidate.date.day,
    );
  const scored = candidates
    .map((candidate) => ({
      candidate,
      score: score(candidate, text, options) - (leadsIn(candidate) ? 5 : 0),
    }))
    .sort((a, b) => b.score - a.score || a.candidate.index - b.candidate.index);

  const top = scored[0];
  // "Could you do Thursday at 4pm? Friday at 3pm is also open": two choices, neither confirmed.
  const oneOfTheChoices =
    !!top &&
    askedAsQuestion(top.candidate, text) &&
    scored.some(
      (entry) =>
        entry !== top &&
        ((entry.score > -3 &&
          OFFERED_INSTEAD.test(
            sentenceAround(text, entry.candidate.index, entry.candidate.index),
          )) ||
          (entry.score > -8 && keptInReserve(entry.candidate, text))),
    );
  // "Could you do Thursday at 4pm? Friday at 3pm would also be fine": a slot said plainly after
  // one asked about, with no word that books it, is one more choice.
  const topInstants = top ? instantsOf(top.candidate, options) : [];
  const anotherAfterTheAsked =
    !!top &&
    !askedAsQuestion(top.candidate, text) &&
    !BOOKS.test(sentenceAround(text, top.candidate.index, top.candidate.index)) &&
    scored.some(
      (entry) =>
        entry !== top &&
        entry.score > -3 &&
        entry.candidate.index < top.candidate.index &&
        // In one message: a thread's quoted history runs newest first.
        !ANOTHER_MESSAGE.test(text.slice(entry.candidate.index, top.candidate.index)) &&
        askedAsQuestion(entry.candidate, text) &&
        !instantsOf(entry.candidate, options).some((at) => topInstants.includes(at)),
    );
  // "Your interview is Thursday at 2pm. Could we move you to Friday at 10am instead?": a move asked
  // of a slot already said; whether the candidate agreed is not in the mail.
  const moveAsked =
    !!top &&
    askedAsQuestion(top.candidate, text) &&
    MOVE_WORD.test(sentenceAround(text, top.candidate.index, top.candidate.index)) &&
    scored.some(
      (entry) =>
        entry !== top &&
        entry.score > -3 &&
        entry.candidate.index < top.candidate.index &&
        !instantsOf(entry.candidate, options).some((at) => topInstants.includes(at)),
    );
  // "In case the 2pm slot on Thursday falls through, I'm holding Friday at 10am": the slot kept in
  // reserve is not the one booked, and which is which is left to ask when it outscores the other.
  const heldInReserve =
    !!top &&
    keptInReserve(top.candidate, text) &&
    scored.some((entry) => entry !== top && entry.score > -8);
  if (
    !top ||
    top.score < 1 ||
    moveAsked ||
    heldInReserve ||
    oneOfTheChoices ||
    anotherAfterTheAsked ||
    notYetSettled(top.candidate, text) ||
    clocksToChooseFrom(top.candidate, text)
  ) {
    const bestDay = dayOnly
      .map((mention) => ({ mention, score: scoreDay(mention, text, options) }))
      .sort((a, b) => b.score - a.score)[0];
    // Slots offered and none confirmed ("Tuesday at 10 or Wednesday at 2?", "Would Tuesday at 10
    // work?"): an interview being arranged, whose time the acknowledgment asks for. (A move asked
    // offers its one slot, which a reply may settle.)
    const choices = moveAsked ? [top] : scored;
    const offered = choices.filter((entry) => entry.score > -3).length;
    return {
      best: null,
      dayWithoutTime: bestDay && bestDay.score >= 2 ? bestDay.mention.date : null,
      ambiguous: offered >= 2,
      offered: offered >= 1,
      slots: slotsOf(choices, options),
    };
  }
  // "6:00 PM Eastern? That should be 8:00 AM on Wednesday for you", "… that's 10:00 AM in Sydney":
  // the reader's clock, or another, restates the time; the interview's own statement of the same
  // instant says which zone it is held in.
  const topStart = Date.parse(placedStart(top.candidate, options) ?? '');
  const restatesAnother = RESTATES_BEFORE.test(
    text.slice(Math.max(0, top.candidate.index - 30), top.candidate.index),
  );
  const restated =
    top.candidate.relative === 'reader' || restatesAnother
      ? scored.find(
          (entry) =>
            entry !== top &&
            // An offer restated on another clock ("Would Tuesday at 5pm Central work? That's
            // Wednesday 10am in Sydney") weighs less for its question, and is still its statement.
            entry.score > (restatesAnother ? -3 : 0.99) &&
            entry.candidate.relative !== 'reader' &&
            entry.candidate.zone?.zone !== top.candidate.zone?.zone &&
            Date.parse(placedStart(entry.candidate, options) ?? '') === topStart &&
            // ("9:30 AM your time (Central) – that is 8:00 PM IST here", "Date and time (your
            // time): … / Date and time (Tokyo): …": the other clock, said after it, is the
            // restatement, and the reader's the statement.)
            (restatesAnother ||
              (entry.candidate.index < top.candidate.index &&
                !RESTATES_BEFORE.test(
                  text.slice(Math.max(0, entry.candidate.index - 30), entry.candidate.index),
                ))),
        )
      : undefined;
  // "Time: 3:00 PM PST" beside Zoom's "03:00 PM Islamabad, Karachi": the same wall time in a
  // named place settles which of its meanings the abbreviation has (Pakistan's, not Pacific).
  const settling = scored.find(
    (entry) =>
      entry !== top &&
      entry.score >= top.score - 0.5 &&
      sameWallTime(entry.candidate, top.candidate) &&
      !!entry.candidate.zone &&
      !entry.candidate.zone.alternatives?.length &&
      !!top.candidate.zone?.alternatives?.includes(entry.candidate.zone.zone),
  );
  const chosen = settling?.candidate ?? restated?.candidate ?? top.candidate;
  const placed = inTheMeaningRestated(chosen, text, options) ?? place(chosen, options);
  if (!placed) return { best: null, dayWithoutTime: top.candidate.date, ambiguous: false };
  placed.labelled = chosen.spans.some(([from, to]) => LABEL.test(lineAround(text, from, to)));
  placed.whenLine = chosen.spans.some(([from, to]) =>
    /^[ \t]*when[ \t]*[:\t]/i.test(lineAround(text, from, to)),
  );
  // ("9:00 a.m. hora de Colombia – same as Eastern, so 9:00 a.m. for you": a time on the reader's
  // clock restates one stated in its own zone, which disagrees after a clock change; neither wins.)
  const restatesForReader =
    chosen.relative === 'reader' &&
    /(?:\bso|\bthat(?:'|’)?s|\bthat is|\bwhich (?:is|would be|will be|should be)|=)\s*$/i.test(
      text.slice(Math.max(0, chosen.index - 20), chosen.index),
    );
  const restatedForReader = (entry: (typeof scored)[number]) =>
    restatesForReader &&
    entry.candidate.relative !== 'reader' &&
    !!entry.candidate.zone &&
    entry.score >= top.score - 3;
  const rival = scored.find(
    (entry) =>
      entry !== top &&
      entry !== settling &&
      (entry.score >= top.score - 0.5 || restatedForReader(entry)) &&
      // "3pm ET (that's 12pm PT)" is one instant written twice, not two rival times; so is
      // "10.30am UK time (3.00pm IST)" from London, in the meaning of "IST" that agrees.
      !instantsOf(entry.candidate, options).includes(Date.parse(placed.start)),
  );
  if (
    rival ||
    (!settling && secondStatement(text, top.candidate, placed, options) === 'disagrees')
  ) {
    placed.confidence.start = Math.min(placed.confidence.start, 0.4);
    // Rival slots may be told apart by a witness; one time written in two disagreeing zones may not.
    const slots = rival ? slotsOf(scored, options) : [];
    return { best: placed, dayWithoutTime: null, ambiguous: true, slots };
  }
  return { best: placed, dayWithoutTime: null, ambiguous: false };
}

/**
 * "Thursday or Friday afternoon … Say 3:30?", "Tuesday, Wednesday or Thursday at 2pm": the days
 * offered as alternatives to the one a clock was read with share that clock, each a slot of its
 * own. Only days that run into it by commas and a last "or" ("Monday and Tuesday at 9" is
 * another thing, "Monday, 2 March at 10" one date).
 */
function onDaysOfferedBefore(candidate: Candidate, mentions: Mention[], text: string): Candidate[] {
  const dayStart = candidate.spans[0]?.[0];
  if (candidate.grouped || dayStart === undefined) return [];
  const at = mentions.findIndex((mention) => mention.index === dayStart);
  const offered: Candidate[] = [];
  let joinedByOr = false;
  let from = dayStart;
  for (let j = at - 1; j >= 0; j--) {
    const day = mentions[j];
    if (!day?.hasDate || day.hasTime || day.end > from) break;
    const between = text.slice(day.end, from);
    const join = /^\s*(?:(,)\s*)?(?:(or)\s+)?$/i.exec(between);
    if (!join || (!join[1] && !join[2] && !/,\s*$/.test(day.text))) break;
    if (offered.length === 0) joinedByOr = !!join[2];
    offered.push({
      ...candidate,
      date: day.date,
      weekdayConflict: day.weekdayConflict,
      relative: candidate.relative ?? day.relative,
      spans: [[day.index, day.end], ...candidate.spans.slice(1)],
    });
    from = day.index;
  }
  return joinedByOr ? offered : [];
}

/** One wall time on one day, whatever its zone. */
function sameWallTime(a: Candidate, b: Candidate): boolean {
  return (
    a.date.year === b.date.year &&
    a.date.month === b.date.month &&
    a.date.day === b.date.day &&
    a.time.hour === b.time.hour &&
    a.time.minute === b.time.minute
  );
}

/**
 * The times put forward (not ruled out by their sentences), each placed, when each is on a day of
 * its own: a witness who names a day can then pick one. Two on one day, none.
 */
function slotsOf(
  scored: Array<{ candidate: Candidate; score: number }>,
  options: WhenOptions,
): FoundTime[] {
  const slots: FoundTime[] = [];
  for (const { candidate } of scored.filter((entry) => entry.score > -3).slice(0, 6)) {
    const placed = place(candidate, options);
    // "1pm NZ time … that's 11am in Sydney": one slot, restated on another clock.
    const restates = (slot: FoundTime) =>
      placed && Date.parse(slot.start) === Date.parse(placed.start);
    if (placed && !slots.some(restates)) slots.push(placed);
  }
  const days = new Set(slots.map((slot) => slot.start.slice(0, 10)));
  return days.size === slots.length ? slots : [];
}

// "10am PT / 1pm ET", "15:00 CET (9:00 for you)", "3pm UK time, which I make 10am for you": the
// same time written again, in another zone.
// "10am NZT (8am your time)", "10am our time it is (8am your time)": a few words may stand
// before the bracket that restates it.
// ("9:00 a.m. hora de Colombia – same as Eastern, so 9:00 a.m. for you": a few words, then "so".)
const SECOND_STATEMENT =
  /^[ \t]*(?:(?:[A-Za-z'’]+[ \t]+){1,3}(?=\())?(?:\/|\||,|;|\(|-|–|—|or\b|aka\b|i\.e\.,?)[ \t]*(?:(?:[A-Za-z'’]+[ \t]+){1,4}?[A-Za-z'’]+,[ \t]*(?=so\b|that(?:'|’)?s\b|which\b))?(?:that(?:'|’)?s|which (?:is|I make|makes it|would be|will be|should be|means)|making it|so|i\.e\.,?)?[ \t]*(?=\d)/i;

const ZONE_IN_WORDS = /^[ \t]+(?:\p{L}+[ \t]+){0,2}time\b/u;

/**
 * Whether a second statement of the time right after the chosen one agrees with it. Two
 * statements that disagree ("10am PT / 2pm ET") mean one is wrong, and nothing says which.
 */
function secondStatement(
  text: string,
  candidate: Candidate,
  placed: FoundTime,
  options: WhenOptions,
): 'agrees' | 'disagrees' | 'none' {
  // Right after the start's own mention: a schedule's later sessions restate their own times.
  const own = candidate.spans.find(([from]) => from === candidate.index);
  const end = own ? own[1] : Math.max(...candidate.spans.map(([, to]) => to));
  // "3pm UK time, which I make…": a zone in words may stand between the two.
  const after = end + (ZONE_IN_WORDS.exec(text.slice(end, end + 30))?.[0].length ?? 0);
  const lead = SECOND_STATEMENT.exec(text.slice(after, after + 50));
  if (!lead) return 'none';
  const snippet =
    text.slice(after + lead[0].length, after + lead[0].length + 80).split('\n')[0] ?? '';
  const second = mentionsIn(snippet, options).find(
    (mention) => mention.hasTime && mention.time && (mention.zone || mention.relative),
  );
  if (!second?.time) return 'none';
  const zone =
    second.zone?.zone ??
    (second.relative === 'reader'
      ? options.readerZone
      : second.relative === 'local'
        ? (options.venueZone ?? options.writerZone)
        : second.relative === 'elsewhere'
          ? options.venueZone
          : options.writerZone) ??
    null;
  if (!zone) return 'none';
  const time = likelyHour(second.time, !second.meridiemCertain);
  const instant = Date.parse(placed.start);
  // The second zone's calendar day may differ from the first's: try the day before and after.
  const agrees = [-1, 0, 1].some((shift) => {
    const day = DateTime.fromObject(candidate.date).plus({ days: shift });
    const at = placeWallTime({ year: day.year, month: day.month, day: day.day, ...time }, zone);
    return at !== null && Date.parse(at.iso) === instant;
  });
  return agrees ? 'agrees' : 'disagrees';
}

/**
 * "3pm GMT in July, which should be 10am Eastern for you": the second statement says which of an
 * abbreviation's meanings the first has, where only one of them names its instant.
 */
function inTheMeaningRestated(
  candidate: Candidate,
  text: string,
  options: WhenOptions,
): FoundTime | null {
  const zone = candidate.zone;
  if (!zone?.alternatives?.length) return null;
  const agreeing = [zone.zone, ...zone.alternatives].flatMap((meaning) => {
    const reading: Candidate = {
      ...candidate,
      zone: { ...zone, zone: meaning, alternatives: [], standardAllYear: undefined },
    };
    const placed = place(reading, options);
    return placed && secondStatement(text, reading, placed, options) === 'agrees' ? [placed] : [];
  });
  const [only] = agreeing;
  return agreeing.length === 1 && only ? only : null;
}

/**
 * "Date: Thursday, 8 April (New York) / Friday, 9 April (Hong Kong)" over "Time: 9:00 p.m. New
 * York time / 9:00 a.m. Hong Kong time" (or under it): a line of days and a line of times beside
 * it, each split by slashes into as many parts, pair in order (the nearest day may be the other
 * place's).
 */
function dayPairedInOrder(text: string, mentions: Mention[], time: Mention): Mention | null {
  const lineEndAt = (at: number) =>
    text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  const start = lineStart(text, time.index);
  const lineEnd = lineEndAt(time.index);
  const within = (from: number, to: number, wanted: (mention: Mention) => boolean) =>
    mentions.filter((mention) => mention.index >= from && mention.index < to && wanted(mention));
  const slashed = (parts: Mention[]) =>
    parts.every(
      (part, k) => k === 0 || /\s\/\s/.test(text.slice(parts[k - 1]?.end ?? 0, part.index)),
    );
  const times = within(start, lineEnd, (mention) => mention.hasTime && !mention.hasDate);
  if (times.length < 2 || !slashed(times)) return null;
  const daysOn = (from: number, to: number) =>
    within(from, to, (mention) => mention.hasDate && !mention.hasTime);
  const above = daysOn(lineStart(text, start - 1), start);
  const below = daysOn(lineEnd + 1, lineEndAt(lineEnd + 1));
  // (A line of days under the times is theirs only as a labelled date line: other days, held as
  // alternatives, may follow a slot.)
  const dated = /^[ \t]*(?:date|dates|day)[ \t]*[:\t]/i.test(text.slice(lineEnd + 1));
  const days = [above, dated ? below : []].find(
    (line) => line.length === times.length && slashed(line),
  );
  return days?.[times.indexOf(time)] ?? null;
}

/** A clock on the day it was read with: its own zone and reference words, else the day's. */
function timeOnDay(time: Mention, day: Mention): Candidate {
  const candidate = single(time, day.date, [
    [day.index, day.end],
    [time.index, time.zoneEnd],
  ]);
  candidate.zone = time.zone ?? day.zone;
  candidate.relative = time.relative ?? day.relative;
  // (A clock in doubt stays so on any day: the far side of "2:00 PM → 3:00 PM" after a change.)
  candidate.weekdayConflict = day.weekdayConflict || time.weekdayConflict;
  candidate.dayOrderGuessed = day.dayOrderGuessed;
  if (day.hasTime && day !== time) candidate.dayOfAnotherSlot = true;
  return candidate;
}

function single(mention: Mention, date: DayDate, spans: Array<[number, number]>): Candidate {
  return {
    index: mention.index,
    date,
    time: mention.time ?? { hour: 0, minute: 0 },
    endTime: mention.endTime,
    zone: mention.zone,
    relative: mention.relative,
    weekdayConflict: mention.weekdayConflict,
    dayOrderGuessed: mention.dayOrderGuessed,
    meridiemGuessed: !mention.meridiemCertain,
    grouped: false,
    spans,
  };
}

const SUITS_THE_WRITER =
  /\b(?:works|suits) (?:well |fine |perfectly |great )?for (?:us|me|the team|everyone)\b/gi;

function score(candidate: Candidate, text: string, options: WhenOptions): number {
  const first = candidate.spans[0] ?? [candidate.index, candidate.index];
  const sentence = candidate.spans
    .map(([from, to]) => sentenceAround(text, from, to))
    .filter((value, index, all) => all.indexOf(value) === index)
    .join(' ');
  const lines = candidate.spans.map(([from, to]) => lineAround(text, from, to));
  let points = 2;
  points += Math.min(3, count(POSITIVE, sentence));
  points -= 2 * Math.min(3, count(NEGATIVE, sentence));
  if (PREP_MEETING_SAID.test(sentence)) points -= 4;
  // "Thank you for speaking with Jonas on Tuesday - he enjoyed …": a sentence of thanks for a
  // meeting held weighs its times down, unless it asks for the next one.
  if (!ASKS_AGAIN.test(sentence)) points -= 2 * Math.min(2, count(THANKS_FOR_A_MEETING, sentence));
  if (lines.some((line) => LABEL.test(line))) points += 3;
  // "Interview: 2:00pm ET" over "Follow-up call with HR: 4:00pm ET": the line the interview names.
  if (lines.some((line) => /^[ \t]*interview(?: time)?[ \t]*:/i.test(line))) points += 2;
  const before = text.slice(Math.max(0, first[0] - 24), first[0]);
  // The words before its day, and before its clock where that is written apart ("Thursday 5 March
  // at 2pm ET back to 3pm", "The new time is 4pm Friday").
  const leads =
    candidate.index !== first[0]
      ? [before, text.slice(Math.max(0, candidate.index - 24), candidate.index)]
      : [before];
  // "my email said 2pm", "move your interview off Thursday at 2pm": what was written before, the
  // time being corrected or left.
  if (
    leads.some((lead) =>
      /\b(?:from|(?<!\b(?:kick|kicks|kicking|kicked|drop|drops|dropped|you|them|things) )off|instead of|rather than|originally|previously|was|were|(?:old|original) (?:time|date|slot):?|said)\s*$/i.test(
        lead,
      ),
    )
  )
    points -= 4;
  if (
    leads.some((lead) =>
      /\b(?:to|(?:new time|new date)(?: is| will be)?|moved to|now|(?:rescheduled|moved|changed) for):?\s*$/i.test(
        lead,
      ),
    )
  )
    points += 2;
  // "I need to move our interview scheduled for Monday at 10": the time being moved is the old one
  // (a cancelled one stays the interview's: it says which interview is off).
  // ("reschedule your interview for Friday" names the new one.)
  // (chrono may take the "on" into the mention: "on Thursday 9 September at 3pm".)
  // (A clock on another slot's day is weighed from its own words: "move your 2pm on Thursday to
  // 4pm" leaves the 2pm, not the 4pm.)
  const from = candidate.dayOfAnotherSlot ? candidate.index : first[0];
  const lead = /^(?:on|at)\b/i.exec(text.slice(from, from + 3))?.[0] ?? '';
  const leadIn = text.slice(Math.max(0, from - 90), from) + lead;
  const movedOn = MOVED_AWAY.test(text.slice(from, from + 250));
  // "Your interview on Thursday 5 March at 10am has been moved to 11:30am": the slot the
  // sentence's own verb moves away from.
  const last = candidate.spans[candidate.spans.length - 1] ?? first;
  const after = text.slice(last[1], last[1] + 60);
  const movedAway =
    LEFT_BY_MOVE.test(after) ||
    (LEFT_FOR_ANOTHER.test(after) && !/\b(?:if|unless|in case|should)\b[^.!?\n]*$/i.test(leadIn)) ||
    (MOVE_BEFORE_ITS_MEETING.test(leadIn) && ITS_MEETING_AFTER.test(after)) ||
    movesTheSlot(leadIn, text.slice(from, from + 24), after) ||
    arrowedAway(text, from, after) ||
    (GOES_ON_TO.test(after) && MOVING_THE_MEETING.test(leadIn));
  if (movedAway || MOVED_FROM_BOOKED.test(leadIn) || (WAS_BOOKED.test(leadIn) && movedOn))
    points -= 6;
  // "We need to move your interview on Thursday at 9am", whatever follows it: a replacement asked
  // for, a question, or nothing. ("We are rescheduling your interview … on Thursday" may name
  // either slot, and a slot postponed with nothing asked in its place is the one called off, which
  // a cancellation names: they only weigh less.)
  // (Not the new clock on that day: "move your interview on Thursday, 5 March from 2pm to 3pm".)
  else if (
    MOVED_FROM_ON.test(leadIn) &&
    !NO_NEED_TO_MOVE.test(leadIn) &&
    !/\b(?:to|new (?:start )?time)\b/i.test(text.slice(first[0], last[1]))
  ) {
    const toBeMoved =
      /\b(?:to|(?:could|can|shall|may) we|must)\s+(?:move|reschedule|postpone|push back|change)\b[^.!?\n]*$/i.test(
        leadIn,
      );
    const postponed = /\bpostpon\w*[^.!?\n]*$/i.test(leadIn);
    const askedInstead = /\?|\binstead\b/.test(text.slice(last[1], last[1] + 200));
    points -= toBeMoved && !(postponed && !askedInstead) ? 6 : 2;
  }
  // "Could we move this to the following week? It is currently Thursday at 2pm": the slot now,
  // beside a move.
  else if (/\bcurrently\b[^.!?\n]{0,30}$/i.test(leadIn) && MOVES_THE_MEETING_NOW.test(leadIn))
    points -= 6;
  // "Your interview is Thursday at 2pm. Could we switch to an earlier slot that day?": the slot a
  // move asked for next leaves, to one not named yet.
  // (A subject's slot is left only by what its own words or the mail's moves say; see below.)
  const subjectEnd = options.subjectEnd ?? 0;
  const inSubject = first[0] < subjectEnd;
  if (!inSubject && MOVE_ASKED_NEXT.test(text.slice(last[1], last[1] + 200))) points -= 6;
  // "Call Thursday 5 March 1pm ET" over "Can we push our call Thursday to 3pm?": a subject keeps the
  // thread's first slot, the one a move in the mail leaves.
  if (
    inSubject &&
    (options.subjectSlotLeft ||
      MOVES_THE_MEETING_NOW.test(text.slice(subjectEnd, subjectEnd + 2000)))
  )
    points -= 4;
  // "Slots open Monday at 9am", "the first available slot is Tuesday at 10": when the candidate
  // books a time themselves, the mail's times are openings, not the interview.
  if (SELF_BOOKING.test(sentence)) points -= 4;
  // "Thanks for meeting Priya earlier today at 9am": a time the message says is behind it.
  if (EARLIER_TODAY.test(text.slice(Math.max(0, first[0] - 30), first[0] + 30))) points -= 6;
  // "Dana will call you sometime between 2 and 4pm": a window the meeting falls in, no start.
  const said = text.slice(Math.max(0, first[0] - 90), last[1]);
  const minutes = candidate.endTime ? minutesOf(candidate.endTime) - minutesOf(candidate.time) : 0;
  // The call's own clause: from its sentence's start to the comma or stop after its time.
  const callBefore = said.split(/[.!?;]\s+|\n/).pop() ?? '';
  const callAfter = text.slice(last[1], last[1] + 120).split(/[,;.!?\n]/)[0] ?? '';
  const callClause = `${callBefore}${callAfter}`;
  const callWindow =
    CALL_AT.test(said) &&
    minutes > 60 &&
    !THE_CALL_NAMED.test(callClause.replace(AROUND_A_MEETING, ' '));
  if (WINDOW.test(said) || callWindow) points -= 6;
  // "Would Wednesday at 10 work instead?", "2.30pm is the correct time": the replacement.
  if (/\binstead\b|\b(?:correct|right) time\b/i.test(sentence)) points += 2;
  // "by Monday, June 28 at 9:00": a deadline is met by a time, an interview is held on or at one.
  // ("confirm by 5pm UK time on Monday 22 February": by its clock, the day said after it.)
  if (leads.some((lead) => /\b(?:by|before|until)\s*$/i.test(lead))) points -= 3;
  // "Original: Wednesday 31 March, 8:00am" / "New: Wednesday 7 April, 8:00am": a move's two lines.
  if (lines.some((line) => /^[ \t]*(?:original|old|previous|was)[ \t]*:/i.test(line))) points -= 4;
  if (lines.some((line) => /^[ \t]*(?:new|now|updated)[ \t]*:/i.test(line) && DAY_NAMED.test(line)))
    points += 3;
  // "If 6pm is too late on your end … the Thursday": a clock the mail supposes, apart from any day,
  // is no slot it books ("if Thursday 5 March at 2pm doesn't work" still names the slot).
  if (
    candidate.index !== first[0] &&
    /\b(?:if|unless|in case)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, candidate.index - 24), candidate.index),
    )
  )
    points -= 6;
  // "anything we book for 4pm Pacific after that lands at 9am Sydney": a clock said of whatever
  // may be booked, no slot.
  if (ANY_BOOKING_BEFORE.test(text.slice(Math.max(0, candidate.index - 120), candidate.index)))
    points -= 6;
  // "the team will be joining from Vilnius, where it will be 10:00–12:30": the clock of the place
  // named, restating the slot for those there.
  if (WHERE_IT_WILL_BE.test(text.slice(Math.max(0, first[0] - 40), first[0]))) points -= 6;
  if (candidate.grouped) points += 2;
  if (candidate.ownRow) points += 4;
  if (candidate.endTime) points += 1;
  if (candidate.zone) points += 1;
  // "Would Tuesday at 10 work?" asks; "Thursday works well for us – shall we say 10.30?" says what
  // suits the writer, and asks only the clock.
  const askedOfTheCandidate = sentence.replace(SUITS_THE_WRITER, '');
  if (/\?/.test(sentence) && /\b(?:work|suit|available|prefer|option)/i.test(askedOfTheCandidate))
    points -= 3;
  // "If not, Friday at 3pm is also open", "Alternatively, Monday at 10": another choice offered,
  // which confirms nothing either.
  if (OFFERED_INSTEAD.test(sentence)) points -= 3;
  if (keptInReserve(candidate, text)) points -= 4;
  // "Would Tuesday at 10am or Wednesday at 3pm work?" offers choices: nothing is confirmed. A
  // single "Could we do Tuesday at 2pm?" is what the user forwarded as agreed, so it only weighs less
  // (unless another slot is offered beside it: see `findInterviewTime`).
  const question = askedAsQuestion(candidate, text);
  if (question) points -= /\bor\b/i.test(sentence) ? 6 : 1;
  const wall = wallOf(candidate.date, candidate.time);
  const zone = candidate.zone?.zone ?? options.statedZone?.zone ?? options.referenceZone;
  const at = DateTime.fromObject({ ...wall }, { zone });
  if (at.isValid) {
    const days = at.diff(DateTime.fromJSDate(options.reference), 'days').days;
    if (days < -0.05) points -= 6;
    // Within minutes of the message's own sending: its stamp ("Status updated: …"), not a meeting.
    if (Math.abs(days) < 10 / 1440) points -= 6;
    if (days > 400) points -= 4;
  }
  return points;
}

// "Possible new slot: Friday 10am ET (still to be confirmed)", "New time (TBC): …", "Tentatively
// Friday at 10", "Placeholder: Thursday, 2pm ET", "…, though Mark hasn't confirmed yet": a slot
// its own clause says is not settled yet is offered, never stated.
const NOT_YET_SETTLED =
  /\b(?:TBC|TBD|TBA|to be (?:confirmed|finali[sz]ed)|(?:not|yet to be|still to be)(?: yet)? (?:confirmed|finali[sz]ed)|(?:hasn(?:'|’)t|has not|haven(?:'|’)t|have not) (?:yet )?confirmed(?=\s*(?:yet\b|[.,;!)]|$)|\s+(?:it|this|that|the (?:time|slot|date))\b)|unconfirmed|placeholder|tentatively|provisionally|(?:tentative|provisional)(?=\s*(?:[),.;:]|$))|(?:pending|awaiting|subject to) (?!(?:[\w'’]+ ){0,3}?(?:budget|headcount|funding|background|reference|visa|security|legal|compliance)\b)(?:[\w'’]+ ){0,4}?(?:confirmation|approval|sign-?off)|(?:I|we) (?:still )?(?:need|have) to (?:confirm|check|double-check|clear) (?:(?:it|this|that) )?with|double-check with|(?:just )?waiting (?:on|for) (?!you\b)(?:[\w'’]+ ){1,3}?to (?:accept|confirm)(?=\s*(?:[.,;!)]|$)|\s+(?:it|this|that|the (?:time|slot|date|invite|invitation))\b)|(?:nothing(?:'|’)s|nothing is|nothing(?:'|’)s been|nothing has been|(?:it(?:'|’)s|it is|this is|it isn(?:'|’)t|it(?:'|’)s not 100%) not|it isn(?:'|’)t) (?:final(?:i[sz]ed)?|set in stone|locked in|confirmed)(?!(?:\s+yet)?\s+(?:on|about|regarding|for|with|who|whether|which|what|where|stage|round|interview|step)\b)(?: yet)?|(?:has|have) yet to (?:accept|confirm)(?=\s*(?:[.,;!)]|$)|\s+(?:it|this|that|the (?:time|slot|date|invite|invitation)|(?:whether|if) (?:she|he|they|[A-Z][a-z]+) (?:can|could|will|is able to|are able to) (?:join|make it|make the|attend|come|do)(?![^.!?\n]*\b(?:too|as well|also|either way|regardless|anyway)\b)|(?:her|his|their) availability)\b))\b/gi;
// "(room TBC)", "location: TBC", "interviewers are still to be confirmed", "lunch tentatively at
// 12": what waits is something else. An unknown word before it leaves the slot unsettled, the side
// that asks.
const ANOTHER_THING_JUST_BEFORE =
  /\b(?:room|location|venue|address|interviewers?|panel(?:lists)?|agenda|link|format|dial-in|details|parking|floor|building|lunch|dinner|drinks|tour|names?|attendees|topics?|questions|materials|travel|hotel|flights?|logistics|case study|presenters?|whom?|rest)\s*:?\s+(?:(?:is|are|will be|still|yet|also)\s+){0,2}\(?$/i;
// Where a sentence's clauses part: "…; TBC", "… - to be confirmed", "(…)", ", and Dana is
// tentatively joining", ", after which …".
const CLAUSE_BREAK =
  /;|\s[-–—]\s|[()]|,\s+(?=(?:and|but|though|although|while|after which|which|as|so)\b)/g;
// A clause of its own that is only the waiting: "(still to be confirmed)", "- TBC once Dana confirms".
const ONLY_WAITING =
  /^[\s,.:]*(?:(?:still|yet|but|all|just|and|though|(?:we|I)(?:(?:'|’)re|(?:'|’)m| are| am))\s+)*$/i;
// Or one whose waiting is for someone's yes: ", though Mark hasn't confirmed yet".
const SOMEONE_TO_CONFIRM =
  /^[\s,.:]*(?:(?:still|yet|but|and|though|although)\s+)*(?:\p{Lu}\p{Ll}+|she|he|they|(?:the|our|my) (?:(?!(?:is|are|was|were|will|be)\s)[\p{L}-]+ ){0,2}?(?!(?:is|are|was|were|will|be)\s*$)[\p{L}-]+)\s+(?:still\s+)?$/iu;

function notYetSettled(candidate: Candidate, text: string): boolean {
  return candidate.spans.some(([from, to]) => {
    const sentence = sentenceAround(text, from, to);
    const at = Math.max(0, sentence.indexOf(text.slice(from, to)));
    const breaks = [0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)];
    const clauseStart = (index: number) => Math.max(...breaks.filter((b) => b <= index));
    return [...sentence.matchAll(NOT_YET_SETTLED)].some((match) => {
      const start = clauseStart(match.index);
      const before = sentence.slice(start, match.index);
      const own = start === clauseStart(at);
      if (own) return !ANOTHER_THING_JUST_BEFORE.test(before);
      return (
        ONLY_WAITING.test(before) ||
        (/confirm|accept/i.test(match[0]) && SOMEONE_TO_CONFIRM.test(before))
      );
    });
  });
}

// "Time: 10:00am / 2:00pm ET", "10 or 11:30am": two clocks under one zone, choices to pick from (not
// "10am ET / 3pm GMT", each with its zone, nor "14:00 / 2pm", one clock twice).
// (Each a clock by its minutes after a colon or its half of the day, not a date's "3/5", a room's
// "4.12 or 4.13" or a reference's "10.30/11.00"; "10 or 11:30am" shares the second's. "10am and 2pm
// are both open" joins two choices too.)
const CLOCK_CHOICE =
  /(?<![\d:./])(?<h1>\d{1,2})(?::(?<m1>\d\d))?[ \t]*(?<half1>[ap]\.?m\.?)?[ \t]*(?<or>\/|\bor\b|\band\b)[ \t]*(?<h2>\d{1,2})(?::(?<m2>\d\d))?[ \t]*(?<half2>[ap]\.?m\b\.?)?(?![\d:./])/gi;

function clocksToChooseFrom(candidate: Candidate, text: string): boolean {
  return candidate.spans.some(([from]) => {
    const end = text.indexOf('\n', from);
    const line = text.slice(lineStart(text, from), end === -1 ? text.length : end);
    return [...line.matchAll(CLOCK_CHOICE)].some(({ groups: g = {} }) => {
      const second = !!(g.m2 || g.half2);
      const joiner = g.or?.toLowerCase();
      if (joiner === 'and' && !/\b(?:both|either)\b/i.test(line)) return false;
      const clocks = (!!(g.m1 || g.half1) && second) || (joiner !== '/' && second);
      const [m1 = '00', m2 = '00'] = [g.m1, g.m2];
      return clocks && (Number(g.h1) % 12 !== Number(g.h2) % 12 || m1 !== m2);
    });
  });
}

const MOVE_WORD = /\b(?:move|moving|push|shift|switch|change|reschedule|bring)\b/i;

const WHERE_IT_WILL_BE =
  /\b(?:where|when) it(?:(?:'|’)ll| will| would)? be\s+(?:(?:about|around|just|only)\s+)?$|\b(?:where|when) it(?:(?:'|’)s| is)\s+(?:(?:about|around|just|only)\s+)?$/i;
const ANY_BOOKING_BEFORE =
  /\b(?:anything|whatever|any (?:time|slot|meeting|call|session|interview)s?)\s+(?:we|you|they|I)\s+(?:book|schedule|set up|arrange|put in)\b[^.!?\n]*$/i;

function askedAsQuestion(candidate: Candidate, text: string): boolean {
  return candidate.spans.some(([from, to]) =>
    /^\s*(?:(?:if|when|since|given|unless)\b[^,?]{0,60},\s*|(?:so|and|but|also|otherwise|alternatively|sorry|apologies),?\s+)?(?:could|would|can|does|do|is|are|will|shall|may|how about|what about|any chance)\b[^?]*\?\s*$/i.test(
      sentenceAround(text, from, to),
    ),
  );
}

// "that's", "which is", "that should be", "= 1:30 PM IST": what follows restates the time just said.
const RESTATES_BEFORE =
  /(?:\b(?:that(?:'|’)?s|that is|(?:which|that) (?:is|would be|will be|should be)|making it|i\.e\.,?)|=)\s*$/i;

// Where another message begins: a quote mark opening a line, a reply's or forward's header, or a
// greeting (a thread's messages may come unquoted, one after another).
const ANOTHER_MESSAGE =
  /\n[ \t]*>|\bwrote:|^(?:From|Sent|Date):|^[ \t]*(?:hi|hello|dear|hey|good (?:morning|afternoon))\b[^\n]{0,40}$/im;

// Words that book a slot, or settle one asked about: "is confirmed", "we've booked", "it is".
const BOOKS =
  /\b(?:confirm(?:ed|s|ing)?|booked|scheduled|locked in|all set|see you|look forward|it is|that(?:'|’)s settled)\b/i;

// Another choice offered: "is also open", "also works", "works too", "I also have … free",
// "Otherwise", "Failing that", "If that's tricky", "Or Friday at 3pm?", "I would fall back to
// the Friday 9:30 window".
const OFFERED_INSTEAD =
  /\b(?:(?:is|are) also (?:open|available|possible|free|an option)|(?:is|would be) (?:also )?an option|(?<!\b(?:that|this|which|it) )also (?:works?|suits?)|(?<!\b(?:that|this|which|it) )(?:works?|suits?) (?:too|as well)|(?:I|we|can) (?:also|could also) (?:have|do|offer)|alternatively|otherwise|failing that|(?:another|other|alternative|backup|second) (?:option|slot|time|possibility) (?:is|would be|could be)|(?:as|is) (?:a|our) (?:backup|fallback)|(?:backup|fallback) (?:slot|time|option|window)|fall(?:ing)? back (?:to|on)|or if you(?:(?:'|’)d)? prefer|if (?:not|neither|that(?:'|’)?s (?:tricky|difficult|not possible)|(?:that|this|the) (?:time|day|slot)(?:'|’)?s? (?:no good|bad|tricky)|\p{Lu}\p{Ll}+day(?:'|’)s (?:no good|bad|tricky)|that (?:doesn(?:'|’)t|does not|won(?:'|’)t|can(?:'|’)t) (?:suit|work)))\b|^\s*or\b[^.!?\n]*\?/iu;

// A slot kept in case the booked one fails: "with Friday at 10am as a backup", "fallback slot:" (not
// "with a phone number as a backup", "Room 4C is the backup").
const HELD_IN_RESERVE =
  /(?:(?:\d|[ap]\.?m\.?|\b[A-Z]{2,5}|\b(?:slot|time|date|day|option|window|open|free|held|available))[ \t]*,?[ \t]*(?:as|is) (?:a|our|the) (?:backup|fallback|plan b)|\b(?:[Bb]ackup|[Ff]allback) (?:slot|time|option|window|date))\b/;
// The booked one whose failing it is kept for: "In case the 2pm slot on Thursday falls through, …".
const FALLS_THROUGH = /\bfalls? through\b/i;

/**
 * "Thursday at 2pm is confirmed, with Friday at 10am as a backup", "In case the 2pm slot on
 * Thursday falls through, I'm holding Friday at 10am": the slot in reserve, by its own clause or by
 * standing beside the clause of the one that may fall through.
 */
function keptInReserve(candidate: Candidate, text: string): boolean {
  const sentence = sentenceAround(text, candidate.index, candidate.index);
  const at = Math.max(0, sentence.indexOf(text.slice(candidate.index, candidate.index + 8)));
  const clauses = sentence.split(/[,;]\s+|\s[-–—]\s/);
  let start = 0;
  const own =
    clauses.find((clause) => {
      const end = start + clause.length + 2;
      const holds = at >= start && at < end;
      start = end;
      return holds;
    }) ?? sentence;
  if (HELD_IN_RESERVE.test(own)) return true;
  return FALLS_THROUGH.test(sentence) && !FALLS_THROUGH.test(own);
}

function scoreDay(mention: Mention, text: string, options: WhenOptions): number {
  const sentence = sentenceAround(text, mention.index, mention.end);
  let points = 0;
  points += Math.min(3, count(POSITIVE, sentence));
  points -= 2 * Math.min(3, count(NEGATIVE, sentence));
  if (LABEL.test(lineAround(text, mention.index, mention.end))) points += 2;
  const at = DateTime.fromObject({ ...mention.date }, { zone: options.referenceZone });
  if (at.isValid && at.endOf('day') < DateTime.fromJSDate(options.reference)) points -= 6;
  return points;
}

/** "at 3" means the afternoon: nobody interviews at 3 in the morning. */
export function likelyHour(
  time: { hour: number; minute: number },
  meridiemGuessed: boolean,
): { hour: number; minute: number } {
  const { hour, minute } = time;
  if (meridiemGuessed && hour >= 1 && hour <= 6) return { hour: hour + 12, minute };
  return { hour, minute };
}

function placedStart(candidate: Candidate, options: WhenOptions): string | null {
  return place(candidate, options)?.start ?? null;
}

/** The instants a time may name: one, or one per meaning of its abbreviation ("IST", "CST"). */
function instantsOf(candidate: Candidate, options: WhenOptions): number[] {
  const zone = candidate.zone;
  const meanings = zone?.alternatives?.length ? [zone.zone, ...zone.alternatives] : [];
  const readings = meanings.map((meaning) => ({
    ...candidate,
    zone: { ...zone, zone: meaning, alternatives: [] } as ZoneMatch,
  }));
  return [candidate, ...readings].map((reading) => Date.parse(placedStart(reading, options) ?? ''));
}

/**
 * "Your interview at our Riyadh office … 10:00 AST": an office of the employer's, named in the mail,
 * that keeps another of the abbreviation's meanings than its first. It leaves the meaning in doubt,
 * and never settles it: an office is not the writer ("our London office will join … 3:30 PM IST").
 */
function officeOnAnotherMeaning(zone: ZoneMatch, text: string): boolean {
  const others = zone.alternatives ?? [];
  return others.length > 0 && zonesOfOfficesNamedIn(text).some((office) => others.includes(office));
}

/**
 * The zone a candidate's wall time is in, by the strength of the evidence: a zone written next
 * to it (the writer's place picks among an abbreviation's meanings), "your time" / "my time",
 * a zone stated for the whole message, where an in-person interview is held, the writer's place,
 * and last the user's own zone.
 */
function zoneFor(
  candidate: Candidate,
  options: WhenOptions,
): { zone: string; zoneSource: FoundTime['zoneSource']; zoneConfidence: number } {
  const writer = options.writerZone ?? null;
  if (candidate.zone) {
    // "10:00 BST (UTC+1)" on a March day London keeps GMT, "10:00 (EST, UTC-4)": the name and the
    // offset beside it disagree that day; which the writer meant is asked.
    const stated = candidate.zone.statedOffset;
    const offsetThatDay = DateTime.fromObject(
      { ...candidate.date, ...candidate.time },
      { zone: candidate.zone.zone },
    ).offset;
    if (stated !== undefined && stated !== offsetThatDay)
      return { zone: candidate.zone.zone, zoneSource: 'inline', zoneConfidence: 0.4 };
    // "7:30pm (GMT+8)" and "Singapore Standard Time" stated: the named clock with that offset.
    const named = options.statedZone?.zone;
    if (candidate.zone.zone.startsWith('Etc/') && named && !named.startsWith('Etc/')) {
      const wall = { ...candidate.date, ...candidate.time };
      const offset = (zone: string) => DateTime.fromObject(wall, { zone }).offset;
      if (offset(named) === offset(candidate.zone.zone))
        return { zone: named, zoneSource: 'inline', zoneConfidence: candidate.zone.confidence };
    }
    // "1:00 PM Mountain Standard Time" at a store in Tempe: the venue's zone, Arizona's. "3:30pm
    // IST, your time" from Galway to India: the reader's, whatever the writer's place.
    const reader = candidate.relative === 'reader' ? (options.readerZone ?? null) : null;
    // "14:00 GMT" in August from a London office, or at a London venue: London's own clock.
    const atHome = candidate.zone.saidAtHomeAllYear
      ? [writer, options.venueZone].find((zone) => zone === candidate.zone?.zone)
      : undefined;
    const settled =
      atHome ??
      settledBy(candidate.zone, reader, true) ??
      settledBy(candidate.zone, options.statedZone?.zone ?? null) ??
      settledBy(candidate.zone, writer) ??
      settledBy(candidate.zone, options.venueZone);
    if (settled) return { zone: settled, zoneSource: 'inline', zoneConfidence: 0.85 };
    if (officeOnAnotherMeaning(candidate.zone, options.context))
      return { zone: candidate.zone.zone, zoneSource: 'inline', zoneConfidence: 0.4 };
    // "10:00 AM MST" on a July day: Denver's summer clock or Arizona's? Nothing here says.
    if (
      candidate.zone.standardAllYear &&
      DateTime.fromObject(
        { ...candidate.date, hour: candidate.time.hour },
        { zone: candidate.zone.zone },
      ).isInDST
    )
      return { zone: candidate.zone.zone, zoneSource: 'inline', zoneConfidence: 0.4 };
    return {
      zone: candidate.zone.zone,
      zoneSource: 'inline',
      zoneConfidence: candidate.zone.confidence,
    };
  }
  if (candidate.relative === 'reader' && options.readerZone)
    return { zone: options.readerZone, zoneSource: 'reader', zoneConfidence: 0.85 };
  // "10:00 AM local time" at the Chattanooga plant, written from the Nashville office; "9am his
  // time" of a caller at a yard on another clock than the writer's (a venue on the writer's own
  // clock, as their office's address, says nothing of where "he" is).
  if (
    options.venueZone &&
    (candidate.relative === 'local' ||
      (candidate.relative === 'elsewhere' && options.venueZone !== writer))
  )
    return { zone: options.venueZone, zoneSource: 'venue', zoneConfidence: 0.85 };
  if ((candidate.relative === 'writer' || candidate.relative === 'local') && writer)
    return { zone: writer, zoneSource: 'writer', zoneConfidence: 0.8 };
  // "10:00 a.m. site time", "9am his time", where the mail places neither: no clock known, so it
  // is asked (the writer's stands in only as the clock the question names).
  if (candidate.relative === 'elsewhere')
    return {
      zone: writer ?? options.defaultTimezone,
      zoneSource: writer ? 'writer' : 'default',
      zoneConfidence: 0.4,
    };
  if (options.statedZone)
    return {
      zone: options.statedZone.zone,
      zoneSource: 'stated',
      zoneConfidence: Math.min(0.85, options.statedZone.confidence),
    };
  // "Tomorrow at 10am our time" from a writer the mail does not place: asked, the user's clock
  // standing in only as the one the question names. ("10:30 here at the warehouse" says where,
  // not whose clock.)
  if (
    candidate.relative === 'writer' &&
    options.writerClockUnknown &&
    !options.venueZone &&
    /\b(?:my|our)(?:\s+local)?\s+time\b/i.test(options.context)
  )
    return { zone: options.defaultTimezone, zoneSource: 'default', zoneConfidence: 0.4 };
  // An in-person interview keeps the clock of the place it is held in, wherever its writer sits.
  if (options.venueZone)
    return { zone: options.venueZone, zoneSource: 'venue', zoneConfidence: 0.8 };
  if (writer) return { zone: writer, zoneSource: 'writer', zoneConfidence: 0.7 };
  // "Your interview with the Sydney office is on Thursday at 10:00": held where another clock
  // runs, on a clock the mail does not say; the user's own is only a guess.
  const elsewhere = heldOnAnotherClock(options.context, options.defaultTimezone, candidate.date);
  return {
    zone: options.defaultTimezone,
    zoneSource: 'default',
    zoneConfidence: elsewhere ? 0.4 : 0.55,
  };
}

const OFFICE_OF_A_CITY =
  /\b(?:[Oo]ur|[Tt]he|[Tt]heir|[Yy]our)\s+(?:(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?:-based)?\s+(?:office|offices|team|panel|headquarters|HQ|site|studio|campus|hub)\b|(?:office|team|panel|colleagues)\s+in\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))/gu;

// The zones of the offices a text names, kept for the last text read: every candidate placed in
// one mail asks again.
let officesRead: { text: string; zones: string[] } | null = null;

function zonesOfOfficesIn(text: string): string[] {
  if (officesRead?.text !== text) {
    const zones = [...text.slice(0, 40_000).matchAll(OFFICE_OF_A_CITY)].flatMap((match) => {
      const city = placeNamed(match[1] ?? match[2] ?? '');
      return city && city.confidence >= 0.75 ? [city.zone] : [];
    });
    officesRead = { text, zones };
  }
  return officesRead.zones;
}

function heldOnAnotherClock(text: string, zone: string, date: DayDate): boolean {
  const noon = (at: string) => DateTime.fromObject({ ...date, hour: 12 }, { zone: at }).offset;
  return zonesOfOfficesIn(text).some((office) => noon(office) !== noon(zone));
}

function place(candidate: Candidate, options: WhenOptions): FoundTime | null {
  const { zone, zoneSource, zoneConfidence } = zoneFor(candidate, options);
  const time = likelyHour(candidate.time, candidate.meridiemGuessed);
  const wallStart = wallOf(candidate.date, time);
  const start = placeWallTime(wallStart, zone);
  if (!start) return null;
  let startConfidence = Math.min(0.95, zoneConfidence + 0.05);
  if (!start.exact) startConfidence = Math.min(startConfidence, 0.45);
  if (candidate.weekdayConflict) startConfidence = Math.min(startConfidence, 0.3);
  if (
    candidate.dayOrderGuessed === 'dots-month-first' ||
    (candidate.dayOrderGuessed && options.dayOrderAssumed)
  )
    startConfidence = Math.min(startConfidence, 0.45);
  if (candidate.meridiemGuessed && time.hour !== candidate.time.hour) {
    startConfidence = Math.min(startConfidence, 0.7);
  }
  let end: string | null = null;
  let endConfidence = 0;
  const startAt = DateTime.fromISO(start.iso, { setZone: true });
  if (candidate.endTime) {
    let endHour = candidate.endTime.hour;
    // The same day: an end before the start is in the afternoon ("11:00 - 1:00"). A later day's
    // end was settled against that day's own session.
    if (!candidate.endDate && endHour < time.hour && endHour + 12 <= 23 && endHour + 12 > time.hour)
      endHour += 12;
    const placedEnd = placeWallTime(
      wallOf(candidate.endDate ?? candidate.date, {
        hour: endHour,
        minute: candidate.endTime.minute,
      }),
      zone,
    );
    const endAt = placedEnd ? DateTime.fromISO(placedEnd.iso, { setZone: true }) : null;
    const longest = candidate.endDate ? (MAX_SCHEDULE_DAYS + 1) * 24 : 12;
    if (placedEnd && endAt && endAt > startAt && endAt.diff(startAt, 'hours').hours <= longest) {
      end = placedEnd.iso;
      endConfidence = startConfidence;
    }
  }
  // An itinerary lasts as its rows do; a length said in the mail may be one row's ("a site tour,
  // about 20 minutes").
  if (!end && options.durationMinutes && !candidate.grouped) {
    const endAt = startAt.plus({ minutes: options.durationMinutes }).setZone(zone);
    end = endAt.toISO({ suppressMilliseconds: true }) ?? null;
    if (end?.endsWith('Z')) end = `${end.slice(0, -1)}+00:00`;
    endConfidence = Math.min(startConfidence, 0.85);
  }
  return {
    start: start.iso,
    end,
    timezone: zone,
    wallStart,
    zoneSource,
    labelled: false,
    confidence: { start: startConfidence, end: endConfidence, timezone: zoneConfidence },
  };
}
