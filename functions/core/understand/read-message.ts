import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { canonicalZone, isIanaZone } from '../iana-zone.ts';
import type { Person } from '../model.ts';
import { emptyInterviewReading, type FieldSource, type Reading } from '../reading.ts';
import { type CalendarEvent, calendarReader, placeEvent, sessionsOf } from './calendar.ts';
import {
  classify,
  leavesTheSubjectsSlot,
  movedUnsaid,
  movesToADay,
  readSignals,
  withoutConditionals,
} from './classify.ts';
import { parseCommands } from './command.ts';
import {
  activityHeadings,
  clientOfAgency,
  employerInSubject,
  employerOnBehalf,
  endsAsOrganisation,
  findCompany,
  findCompanyByPhrase,
  findDecisionDate,
  findDuration,
  findFormat,
  findRole,
  isCompanySuffix,
  organisationLabel,
  runOfInitials,
  shortFormOf,
  signedEmployer,
  wholeNameOnALine,
} from './details.ts';
import { EMPTY_ENVELOPE, type Envelope, envelopeOf } from './envelope.ts';
import { addressesInText, PROPOSES_OR_DECLINES, WROTE_END } from './forward.ts';
import { inEnglishWords } from './languages.ts';
import { eventsInMarkup, hasOffset, type MarkupEvent } from './markup.ts';
import { type Mailbox, type ParsedMail, parseMail } from './mime.ts';
import {
  doubtsTheZone,
  noteSaysItStands,
  slotsOnDaysNamed,
  slotTheNoteNames,
  weighNote,
} from './note.ts';
import {
  findOriginal,
  forwardedDate,
  isReplyToUs,
  type Original,
  originalReading,
  safeDate,
} from './original.ts';
import {
  aboutTheMeetingAhead,
  carriedOver,
  findInterviewers,
  joinPanels,
  panelSwapInNote,
  peopleTheNoteNames,
  sameName,
  sentenceOf,
  signerOf,
  speaksOfARoundOver,
} from './people.ts';
import {
  countryDomainOf,
  listsOfficesInSeveralZones,
  officesNamedIn,
  placeInLines,
  placeNamed,
  venueOf,
  zonesOfMailDomain,
} from './places.ts';
import { signatureLines } from './signature.ts';
import { type SlotShift, slotShift } from './slot-shift.ts';
import {
  clauseAt,
  literal,
  MEETING_PLATFORM,
  sentences,
  unwrapLines,
  WEEKDAY_WORD,
} from './text.ts';
import { findTopics } from './topics.ts';
import {
  employerInDisplayName,
  employerMailbox,
  isMachineAddress,
  isToolName,
  isToolSender,
  isVendorName,
  JOB_TITLE_WORD,
  toolsNamedIn,
} from './vendors.ts';
import {
  type FoundTime,
  findInterviewTime,
  likelyHour,
  type Mention,
  mentionsIn,
  sentenceAround,
  type WhenOptions,
  type WhenReading,
} from './when.ts';
import {
  findStatedZone,
  matchZoneAt,
  namesZone,
  offsetAt,
  placeWallTime,
  sameClockAllYear,
  toIsoWithOffset,
  type WallTime,
  zoneWithOffset,
} from './zones.ts';

export interface Understood {
  envelope: Envelope;
  reading: Reading;
}

export interface UnderstandOptions {
  /** The user's IANA zone, used only when the mail gives no zone at all. */
  defaultTimezone: string;
}

// Country domains whose mail writes dates day first.
const DAY_FIRST_TLDS = new Set(
  'uk ie de fr es it nl be ch at se no dk fi pt pl cz gr in au nz sg za br ar mx eu'.split(' '),
);

// Where 10/03/2026 is October 3: the United States and Canada's zones (English Canada writes
// both ways, and its mail follows its US neighbours), Hawaii and the Philippines. Latin America's
// zones are day-first, as its country domains are.
const MONTH_FIRST_ZONE =
  /^(?:America\/(?:New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Juneau|Sitka|Nome|Yakutat|Metlakatla|Adak|Boise|Detroit|Indiana\/\w+|Kentucky\/\w+|North_Dakota\/\w+|Menominee|Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Moncton|Glace_Bay|Goose_Bay|Whitehorse|Dawson|Yellowknife|Iqaluit|Swift_Current|Puerto_Rico)|Pacific\/Honolulu|Asia\/Manila)$/;
const monthFirstZone = (zone: string) => MONTH_FIRST_ZONE.test(zone);

/**
 * A quoted line without its quote marks, and a header block's label without the stars Gmail
 * shows Outlook's bold in ("*From:* Tash Kowalczyk <…>").
 */
const unquoted = (line: string) =>
  line
    .replace(/^[ \t]*(?:>[ \t]?)+/, '')
    .replace(/^\*(From|Sent|Date|To|Cc|Subject):\*(?=[ \t])/i, '$1:');

/**
 * The older messages quoted under the original, their quote marks off, read like its body: all of
 * them, and those not written from `leaveOut`'s addresses ("On … Alex Rivera <alex@…> wrote:" and
 * what follows), read once more only when some were left out.
 */
function threadHistory(
  history: string,
  leaveOut: ReadonlySet<string>,
): { all: string; byOthers: string; byCandidate: string } {
  if (!history.trim()) return { all: '', byOthers: '', byCandidate: '' };
  const all: string[] = [];
  const byOthers: string[] = [];
  const byCandidate: string[] = [];
  // The quoted message being read is the candidate's own.
  let candidates = false;
  for (const quoted of history.split('\n')) {
    const line = unquoted(quoted);
    if (WROTE_END.test(line)) {
      const writer = /[\w.+-]+@[\w.-]+/.exec(line)?.[0]?.toLowerCase();
      candidates = writer !== undefined && leaveOut.has(writer);
      continue;
    }
    // Outlook quotes each message under a header block: "From: Priya Nair <priya.n@…>".
    const from = /^From:[ \t].*?([\w.+-]+@[\w.-]+)/i.exec(line)?.[1]?.toLowerCase();
    if (from) candidates = leaveOut.has(from);
    all.push(line);
    (candidates ? byCandidate : byOthers).push(line);
  }
  const read = (lines: string[]) => inEnglishWords(unwrapLines(lines.join('\n')));
  const whole = read(all);
  return {
    all: whole,
    byOthers: byOthers.length === all.length ? whole : read(byOthers),
    byCandidate: read(byCandidate),
  };
}

/**
 * The week an earlier message of the thread offers ("Would you be free to come in next week? I'm
 * around Tuesday or Thursday afternoon"), counted from when it was written: the start of the
 * week after, in `zone`. The newest such offer by someone other than the candidate; null when
 * none, or its date is not written above it ("On Mon, 19 Apr 2027 at 11:20, Ben … wrote:",
 * "Sent: …").
 */
function weekOfferedInThread(
  history: string,
  leaveOut: ReadonlySet<string>,
  zone: string,
  latestAt: Date,
): DateTime | null {
  const offset = offsetAt(zone, latestAt);
  let writtenAt: Date | null = null;
  let candidates = false;
  for (const quoted of history.slice(0, 30_000).split('\n')) {
    const line = unquoted(quoted);
    const dated = WROTE_END.test(line) ? line : /^(?:Sent|Date):[ \t]*(.+)$/i.exec(line)?.[1];
    if (dated) {
      writtenAt = forwardedDate(dated, offset, latestAt)?.at ?? null;
      const writer = /[\w.+-]+@[\w.-]+/.exec(line)?.[0]?.toLowerCase();
      if (WROTE_END.test(line)) candidates = writer !== undefined && leaveOut.has(writer);
      continue;
    }
    const from = /^From:[ \t].*?([\w.+-]+@[\w.-]+)/i.exec(line)?.[1]?.toLowerCase();
    if (from) candidates = leaveOut.has(from);
    if (
      !candidates &&
      writtenAt &&
      sentences(line).some((said) => WEEK_OFFERED.test(said.trim()))
    ) {
      return DateTime.fromJSDate(writtenAt, { zone }).startOf('week').plus({ weeks: 1 });
    }
  }
  return null;
}

// An invitation to meet next week ("Could you come in next week?", "Are you free Tuesday or
// Wednesday next week?"), not a week the writer is away, or one a decision or the meeting comes
// before ("I'm away all of next week", "a decision by the end of next week", "before next week").
const WEEK_OFFERED =
  /^(?=[^.!?]*\b(?:free|available|(?:come|pop) (?:in(?:to)?|by|over)|meet|chat|call|interview|visit)\b)(?![^.!?]*\b(?:away|off|out of (?:the )?office|on leave|decision|decide|hear back|end of|all of|before|until|after)\b[^.!?]{0,20}\bnext week)[^.!?]*\bnext week\b/i;

// Where a date stops being the one put forward: "…, but", "…, so", "- any other day".
const CLAUSE_BREAK = /[,;:–—]|\s-\s|\b(?:so|but|because|as)\b/g;
const CANNOT_DO =
  /\b(?:away|off|busy|unavailable|not (?:free|available|around)|can(?:no|'|’)?t|unable|notice|leave|holiday|fly(?:ing)?|travel(?:l?ing)?|start (?:my|a|the) new|exam|wedding|appointment)\b/i;

/**
 * The weeks of the slots, on `clock`'s weekday (1 Monday .. 7 Sunday) and at its time of day, that
 * the others' messages of the thread offer by their date after `after` ("could you do 1:00pm on
 * Thursday 22nd instead?"); not a date said of anything else at another time ("a decision by
 * Thursday 12th"). Another such date with no time of its own ("… or Thursday 29th") is one more
 * week: the reply does not tell them apart.
 */
function weeksOfSlotsNamed(
  others: string,
  clock: { weekday: number; hour: number; minute: number },
  after: Date,
  whenOptions: WhenOptions,
  /** Any date of that weekday, whatever its time ("Tuesday the 24th, after 1"). */
  anyTime = false,
): DateTime[] {
  const { weekday, hour, minute } = clock;
  const onTheDay = mentionsIn(others, whenOptions).filter((m) => {
    const date = DateTime.fromObject(m.date, { zone: whenOptions.defaultTimezone });
    return m.dayCertain && date.isValid && date.weekday === weekday && date.toJSDate() > after;
  });
  const atTheTime = onTheDay.filter(
    (m) => m.time?.minute === minute && m.time.hour % 12 === hour % 12,
  );
  if (atTheTime.length === 0 && !anyTime) return [];
  // Any date of the day, but one the writer cannot make in its own clause ("I'm away on Tuesday
  // the 10th, but any other day works", "I start my new job on Tuesday the 17th, so earlier …").
  const putForward = (m: Mention) => {
    const sentence = sentenceAround(others, m.index, m.end);
    const at = Math.max(0, sentence.indexOf(m.text));
    return !CANNOT_DO.test(clauseAt(sentence, at, CLAUSE_BREAK));
  };
  const days = new Set(
    [...atTheTime, ...onTheDay.filter((m) => (anyTime ? putForward(m) : !m.time))].map((m) =>
      DateTime.fromObject(m.date, { zone: whenOptions.defaultTimezone }).toISODate(),
    ),
  );
  return [...days].map((day) =>
    DateTime.fromISO(day ?? '', { zone: whenOptions.defaultTimezone }).startOf('week'),
  );
}

/**
 * "Let's say Thursday at 4 then", in reply to an offer of next week, or "1pm Thursday is fine" to
 * one of "1pm on Thursday 22nd": a weekday named alone (not "this Thursday", not a date) is in
 * the week the thread offered, not the nearest one. The reading again with that week's start as
 * its reference, when the latest message's slot is such a weekday before it; when the thread
 * offered that weekday in several weeks, no reading (the reader asks).
 */
function inOfferedWeek(
  reading: WhenReading,
  read: (reference: Date) => WhenReading,
  body: string,
  weeksFor: (clock: { weekday: number; hour: number; minute: number }) => DateTime[],
  whenOptions: WhenOptions,
): WhenReading {
  const slot = reading.best;
  if (!slot) return reading;
  const { year, month, day, hour, minute } = slot.wallStart;
  const weekday = DateTime.fromObject({ year, month, day }).weekday;
  const weeks = weeksFor({ weekday, hour, minute });
  const [week] = weeks;
  if (!week) return reading;
  const alone = mentionsIn(body, whenOptions).some(
    (m) =>
      m.weekday !== null &&
      !m.dayCertain &&
      !m.relative &&
      m.date.year === year &&
      m.date.month === month &&
      m.date.day === day &&
      m.time?.minute === minute &&
      m.time.hour % 12 === hour % 12 &&
      !/\b(?:this|next|coming|today|tomorrow)\b/i.test(m.text),
  );
  if (!alone) return reading;
  // Two such days, the nearest one of them or not: the reply does not say which.
  if (weeks.length > 1) return { ...reading, best: null, ambiguous: true };
  if (Date.parse(slot.start) >= week.toMillis()) return reading;
  const again = read(week.toJSDate());
  const moved = again.best;
  return moved && Date.parse(moved.start) < week.plus({ weeks: 1 }).toMillis() ? again : reading;
}

/**
 * Numeric dates: 10/03/2026 is 10 March outside the US. The zone the mail names (or where it is
 * held, or where its writer sits), else the sender's country domain, says which side of the
 * Atlantic wrote it; failing those, the offset of the sender's Date header or the user's own zone
 * is only an assumption.
 */
function dayOrderOf(
  zones: Array<string | null | undefined>,
  senderEmail: string,
  senderZone: string | null,
  userZone: string,
): { dayFirst: boolean; assumed: boolean } {
  const zone = zones.find((candidate) => candidate);
  if (zone) return { dayFirst: !monthFirstZone(zone), assumed: false };
  const tld = countryDomainOf(senderEmail) ?? '';
  if (DAY_FIRST_TLDS.has(tld)) return { dayFirst: true, assumed: false };
  if (tld === 'us') return { dayFirst: false, assumed: false };
  // The sender's Date offset, else the user's own zone: a guess at how the writer writes dates.
  return { dayFirst: !monthFirstZone(senderZone ?? userZone), assumed: true };
}

// "Acme Freight – Talent Acquisition": a team after an employer's name, no one's job title.
const TEAM_NOT_TITLE =
  /^[\s,(–—-]*(?:the )?(?:talent|recruiting|recruitment|hr|people|careers)\b(?!\s+(?:acquisition\s+)?(?:partner|manager|lead|director|advis[eo]r|specialist|coordinator|officer|business))/i;

/**
 * "Kayla Brandt, Technical Recruiter", "Kayla Brandt (Recruiter)", or a profile's "Kayla Brandt" over
 * "Talent Acquisition Partner at Larchmont": a name given a job title.
 */
function titledInText(name: string, text: string): boolean {
  const titled = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${literal(name)}[ \t]*(?:,|\(|[-–—][ \t]|\r?\n)[ \t]*[^\n,()]{0,40}`,
    'gu',
  );
  return [...text.slice(0, 40_000).matchAll(titled)].some((m) => {
    const title = m[0].slice(name.length);
    return JOB_TITLE_WORD.test(title) && !TEAM_NOT_TITLE.test(title);
  });
}

// A note that only hopes for something ("I asked if it could be in person, fingers crossed").
const NOTE_WISHES =
  /\?|\b(?:asked|if|whether|hope|hoping|fingers crossed|maybe|might|could|would|prefer)\b/i;
// Where a time's clock came from: guessed from a place or the user, or named beside it.
const INFERRED_CLOCK = new Set<FoundTime['zoneSource']>(['venue', 'writer', 'default']);
const NAMED_CLOCK = new Set<FoundTime['zoneSource']>(['inline', 'stated']);

/** The two times read the same on their own clocks: day, hour and minute. */
function sameWallTime(a: FoundTime, b: FoundTime): boolean {
  const [x, y] = [a.wallStart, b.wallStart];
  return (
    x.year === y.year &&
    x.month === y.month &&
    x.day === y.day &&
    x.hour === y.hour &&
    x.minute === y.minute
  );
}

/**
 * Why a time placed on a clock the mail does not name is in doubt, if it is: the user's note asks
 * whose clock it is ("2pm Perth time or Sydney time?"); the writer signs from offices in several
 * zones; the writer's country keeps none of the user's clocks ("half past ten" from a ".co.nz"
 * address to Sydney); or someone on the call sits on another clock ("Dana works out of our Austin
 * office" from a Salt Lake City recruiter).
 */
function inferredClockInDoubt(facts: {
  original: Original;
  zoneSource: FoundTime['zoneSource'];
  zone: string;
  start: Date;
  userZone: string;
  body: string;
  thread: string;
}): boolean {
  const { original, zoneSource, zone, start, userZone } = facts;
  if (doubtsTheZone(original.note)) return true;
  if (zoneSource === 'default') {
    if (listsOfficesInSeveralZones(signatureLines(facts.body))) return true;
    if (zone === userZone && writesFromAnotherClock(original, userZone, start)) return true;
    if (zone === userZone && writtenOnAnEastAsianClock(facts.body, userZone, start)) return true;
  }
  // An onsite interview keeps its venue's clock, wherever its people sit.
  if (zoneSource === 'venue') return false;
  const offset = offsetAt(zone, start);
  return officesNamedIn(facts.thread).some((office) => offsetAt(office.zone, start) !== offset);
}

/**
 * The writer's country keeps no clock the user's does at that time, and their Date header does
 * not place them on the user's clock either (a header that places them elsewhere is read as their
 * clock before this).
 */
function writesFromAnotherClock(original: Original, userZone: string, at: Date): boolean {
  const zones = zonesOfMailDomain(original.sender?.email.split('@')[1] ?? '');
  const userOffset = offsetAt(userZone, at);
  if (zones.length === 0 || zones.some((zone) => offsetAt(zone, at) === userOffset)) return false;
  return original.senderOffset !== offsetAt(userZone, original.sentAt);
}

// Dates and clocks as Korean, Japanese and Chinese write them ("2026년 3월", "午後2:00", "下午2:00",
// "3月12日"), with the clocks of the countries that write so (all keep one all year).
const EAST_ASIAN_TIME_WORDS: Array<[RegExp, string[]]> = [
  [/\d\s*[년월일시]|오[전후]/u, ['Asia/Seoul']],
  [/午[前後]|[\p{Script=Hiragana}\p{Script=Katakana}]/u, ['Asia/Tokyo']],
  [/[上下]午/u, ['Asia/Shanghai']],
  [/\d\s*[年月日時]/u, ['Asia/Shanghai', 'Asia/Tokyo']],
];

/** The time is written as East Asia writes it, and the user's clock is none of its writer's. */
function writtenOnAnEastAsianClock(body: string, userZone: string, at: Date): boolean {
  const clocks = EAST_ASIAN_TIME_WORDS.find(([words]) => words.test(body))?.[1];
  if (!clocks) return false;
  const userOffset = offsetAt(userZone, at);
  return clocks.every((zone) => offsetAt(zone, at) !== userOffset);
}

/** Below this a field is reported null and named in `missing`, so the acknowledgment asks. */
export const CONFIDENCE_THRESHOLD = 0.5;

/** The first zone written next to a time anywhere in the text ("3pm CT"), for reading relative dates. */
function firstInlineZone(text: string): string | null {
  const pattern = /\d(?:\s?[ap]\.?m\.?)?\b/gi;
  let seen = 0;
  for (const m of text.slice(0, 30_000).matchAll(pattern)) {
    if (++seen > 400) break;
    const found = matchZoneAt(
      text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60),
      text,
    );
    if (found) return found.zone;
  }
  return null;
}

/** The candidate's own addresses and names: the forwarder, or the recipient of an auto-forward. */
function candidateOf(
  mail: ParsedMail,
  original: Original,
): { emails: Set<string>; names: Set<string> } {
  const emails = new Set<string>();
  const names = new Set<string>();
  const addBox = (box: Mailbox | null | undefined) => {
    if (!box) return;
    if (box.email) emails.add(box.email);
    if (box.name) names.add(box.name);
  };
  if (original.forwarded) {
    addBox(mail.from);
    const forwarderName = mail.from?.name?.toLowerCase() ?? null;
    // The user's own reply, forwarded, was written to the employer, not to them.
    const ownMessage =
      !!original.sender?.email &&
      original.sender.email.toLowerCase() === mail.from?.email?.toLowerCase();
    for (const box of original.recipients) {
      if (
        (original.recipients.length === 1 && !ownMessage) ||
        (forwarderName && box.name?.toLowerCase() === forwarderName)
      )
        addBox(box);
    }
  } else {
    const forwardedFor = (mail.headers.get('x-forwarded-for') ?? '').split(/\s+/)[0]?.toLowerCase();
    if (forwardedFor?.includes('@')) emails.add(forwardedFor);
    // Typed by the user (no forward, no filter): the sender is the candidate.
    else if (!mail.headers.has('x-forwarded-to')) addBox(mail.from);
    addBox(original.recipients[0]);
  }
  return { emails, names };
}

function replyDates(
  body: string,
  original: Original,
  zone: string,
): { newDate: string | null; returnDate: string | null } {
  const reference = { instant: original.sentAt, timezone: offsetAt(zone, original.sentAt) };
  const scan = body.slice(0, 20_000);
  let returnDate: string | null = null;
  const back =
    /\b(?:back (?:in the office |in office |at work )?(?:on|by)?|return(?:ing)? (?:to the office |to work )?(?:on|by)?|out of (?:the )?office (?:until|till|through)|away (?:until|till|through)|until)\s+/gi;
  for (const m of scan.matchAll(back)) {
    const parsed = chrono.parse(
      scan.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60),
      reference,
      {
        forwardDate: true,
      },
    )[0];
    if (
      parsed &&
      parsed.index === 0 &&
      (parsed.start.isCertain('day') || parsed.start.isCertain('weekday'))
    ) {
      const day = DateTime.fromObject({
        year: parsed.start.get('year') ?? 1970,
        month: parsed.start.get('month') ?? 1,
        day: parsed.start.get('day') ?? 1,
      });
      if (day.isValid) {
        returnDate = day.toISODate();
        break;
      }
    }
  }
  let newDate: string | null = null;
  const dayAt = (day: DateTime) =>
    placeWallTime({ year: day.year, month: day.month, day: day.day, hour: 9, minute: 0 }, zone)
      ?.iso ?? null;
  const sent = DateTime.fromJSDate(original.sentAt, { zone });
  // "by the end of next week": that week's Friday, which chrono would read as a Saturday.
  const endOfWeek = /\b(?:the )?end of (this |the |next )?week\b/i.exec(scan);
  if (endOfWeek)
    newDate = dayAt(
      sent.plus({ weeks: /next/i.test(endOfWeek[1] ?? '') ? 1 : 0 }).set({ weekday: 5 }),
    );
  const by =
    /\b(?:by|before|until|on|after|no later than|early|later|next|this coming|the week of)\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|\d))/gi;
  for (const m of newDate ? [] : scan.matchAll(by)) {
    const from = m.index ?? 0;
    const after = scan.slice(from, from + 60);
    // "by Friday 17th": the interview reader's days, whose weekday picks the month of a day of the
    // month alone (chrono reads the coming Friday).
    const mention = mentionsIn(after, {
      reference: original.sentAt,
      referenceZone: zone,
      statedZone: null,
      defaultTimezone: zone,
      context: after,
      durationMinutes: null,
    })[0];
    const dayOfMonth =
      mention?.hasDate &&
      mention.dayCertain &&
      !mention.weekdayConflict &&
      mention.index <= m[0].length + 1
        ? mention
        : null;
    const parsed = dayOfMonth ? null : chrono.parse(after, reference, { forwardDate: true })[0];
    if (!dayOfMonth && (!parsed || parsed.index > m[0].length + 1)) continue;
    if (
      parsed &&
      !(
        parsed.start.isCertain('day') ||
        parsed.start.isCertain('weekday') ||
        parsed.start.isCertain('month')
      )
    )
      continue;
    const time = dayOfMonth?.hasTime ? dayOfMonth.time : null;
    const wall = dayOfMonth
      ? { ...dayOfMonth.date, hour: time?.hour ?? 9, minute: time?.minute ?? 0 }
      : {
          year: parsed?.start.get('year') ?? 1970,
          month: parsed?.start.get('month') ?? 1,
          day: parsed?.start.get('day') ?? 1,
          hour: parsed?.start.isCertain('hour') ? (parsed.start.get('hour') ?? 9) : 9,
          minute: parsed?.start.isCertain('hour') ? (parsed.start.get('minute') ?? 0) : 0,
        };
    const placed = placeWallTime(wall, zone);
    if (placed && new Date(placed.iso).getTime() > original.sentAt.getTime() - 86_400_000) {
      newDate = placed.iso;
      break;
    }
  }
  // "an update next week": the Friday of next week, so the follow-up waits for it.
  if (!newDate && /\bnext week\b/i.test(scan))
    newDate = dayAt(sent.plus({ weeks: 1 }).set({ weekday: 5 }));
  return { newDate, returnDate };
}

async function read(raw: Uint8Array | string, options: UnderstandOptions): Promise<Understood> {
  const defaultTimezone = isIanaZone(options?.defaultTimezone ?? '')
    ? options.defaultTimezone
    : 'UTC';
  const mail = await parseMail(raw);
  const envelope = envelopeOf(mail);
  const original = await findOriginal(mail, defaultTimezone, 0);
  // Mail a filter auto-forwards is the employer's, never the user's command.
  const autoForwarded = mail.headers.has('x-forwarded-to') || mail.headers.has('x-forwarded-for');
  if (!autoForwarded && (!original.forwarded || isReplyToUs(mail, original))) {
    const commands = parseCommands(mail.text);
    const [command] = commands;
    if (command) {
      // A guess at a command is asked about, so it is stated only as a guess.
      const confidence = { command: command.unsure ? 0.5 : 0.95 };
      const reading: Reading = { kind: 'command', command, confidence };
      if (commands.length > 1) reading.commands = commands;
      return { envelope, reading };
    }
  }

  const body = inEnglishWords(unwrapLines(original.body));
  // The thread quoted under the original: what its latest message leaves unsaid, it may say. The
  // candidate's own quoted messages say the role and the place in their words, but their
  // signature names their own employer, never the one they are applying to.
  const candidate = candidateOf(mail, original);
  const {
    all: earlier,
    byOthers: earlierByOthers,
    byCandidate: earlierByCandidate,
  } = threadHistory(original.history, candidate.emails);
  const subject = original.subject;
  const origin = originalReading(original);
  if (!body.trim() && original.calendars.length === 0 && !subject.trim()) {
    return {
      envelope,
      reading: { kind: 'unknown', confidence: {}, missing: [], original: origin },
    };
  }
  const readCalendar = original.calendars.length > 0 ? await calendarReader() : null;
  const events: CalendarEvent[] = readCalendar
    ? original.calendars.flatMap((source) => readCalendar(source)).slice(0, 10)
    : [];
  const eventText = events
    .map((event) => `${event.summary}\n${event.description}\n${event.location}`)
    .join('\n');
  const statedZone = findStatedZone(`${body}\n${eventText}`);
  const inlineZone = firstInlineZone(`${subject}\n${body}`);
  const senderZone =
    original.senderOffset !== null &&
    original.senderOffset !== offsetAt(defaultTimezone, original.sentAt) &&
    original.senderOffset !== 0
      ? zoneWithOffset(original.senderOffset, original.sentAt)
      : null;
  const scanText = `${subject}\n\n${body}`;
  // Where the writer is: the office in their signature. (Their Date header's offset alone is a
  // weaker guess: it only replaces the user's zone as the last resort, below.)
  const writerPlace = placeInLines(signatureLines(body));
  const writerZone = writerPlace?.zone ?? null;
  // "Tomorrow at 10am our time", sent on the writer's Tuesday morning, is their Wednesday, though
  // the forward's header shows the user's Monday evening.
  const referenceZone =
    statedZone?.zone ?? inlineZone ?? senderZone ?? writerZone ?? defaultTimezone;
  // Read once: the format names the interview's kind, and an onsite one has a venue.
  const format = findFormat(`${body}\n${eventText}`, subject);
  const venue = format.format === 'onsite' ? venueOf(body) : null;
  const dayOrder = dayOrderOf(
    [statedZone?.zone ?? inlineZone, venue?.zone, writerZone],
    original.sender?.email ?? '',
    senderZone,
    defaultTimezone,
  );
  const whenOptions = {
    writerZone,
    writerClockUnknown:
      !writerZone &&
      !senderZone &&
      original.senderOffset !== offsetAt(defaultTimezone, original.sentAt),
    venueZone: venue?.zone ?? null,
    readerZone: defaultTimezone,
    reference: original.sentAt,
    referenceZone,
    statedZone,
    defaultTimezone: senderZone ?? defaultTimezone,
    context: `${body}\n${eventText}`,
    durationMinutes: null,
    dayFirst: dayOrder.dayFirst,
    dayOrderAssumed: dayOrder.assumed,
    candidate: { names: [...candidate.names], emails: [...candidate.emails] },
  };
  // The slot the thread's quoted invitation gave, read once, when the reply may lean on it.
  let quotedReading: WhenReading | null | undefined;
  const quotedSlots = () => {
    quotedReading ??= earlier ? findInterviewTime(earlier, whenOptions) : null;
    return quotedReading;
  };
  const quoted = () => quotedSlots()?.best ?? null;
  // "Same length, same room": a reply that moves the time keeps the length its invitation gave,
  // as its slot ("8:30 - 9:30 AM PT") or else in words ("45 minutes"; a slot says it surer than
  // words that may be a part's: "a 10-minute presentation at the start").
  const duration =
    findDuration(body) ?? (earlier ? (slotMinutes(quoted()) ?? findDuration(earlier)) : null);
  const readText = (reference: Date) =>
    findInterviewTime(scanText, {
      ...whenOptions,
      reference,
      durationMinutes: duration,
      subjectEnd: subject.length,
      subjectSlotLeft: leavesTheSubjectsSlot(subject, body),
    });
  const inText = earlierByOthers
    ? inOfferedWeek(
        readText(original.sentAt),
        readText,
        body,
        (clock) => {
          const named = weeksOfSlotsNamed(earlierByOthers, clock, original.sentAt, whenOptions);
          if (named.length > 0) return named;
          const offered = weekOfferedInThread(
            original.history,
            candidate.emails,
            referenceZone,
            original.sentAt,
          );
          if (offered) return [offered];
          // "Tuesday the 24th works best - would 1:30 be okay?" / "Tuesday at 1:30 is great": the
          // Tuesday the candidate chose by its date (two such dates: the reader asks).
          return weeksOfSlotsNamed(earlierByCandidate, clock, original.sentAt, whenOptions, true);
        },
        whenOptions,
      )
    : readText(original.sentAt);
  // "We need to push your interview back by an hour, same day": no clock time, but the thread's
  // own slot, moved by that much; only on that slot's own day, or the day it moves to ("move it to
  // Wednesday and start an hour later" names another day, whose time is asked).
  const bodyShift = slotShift(withoutConditionals(body)) ? slotShift(body) : null;
  // "Could we start 30 minutes earlier on Tuesday?" under the user's "earlier start now": a move
  // asked for is made once the user's note says it stands.
  const shift =
    bodyShift?.plain && !bodyShift.sure && noteSaysItStands(original.note)
      ? { ...bodyShift, sure: true }
      : bodyShift;
  const base = shift?.sure && earlier && !inText.best ? quoted() : null;
  const bodyMentions = shift ? mentionsIn(body, whenOptions) : [];
  const movedOn = base && shift ? movedSlot(base, shift, duration) : null;
  const movedFromQuote =
    base && movedOn && onlyDaysAre([base.wallStart, movedOn.wallStart], bodyMentions)
      ? movedOn
      : null;
  // "Your interview on Thursday at 2pm has been pushed back by 30 minutes": the slot the message
  // gives, moved, when it is written as the old one; or, of two rival slots, the one that is the
  // other moved. Where the message does not say which its slot is, or only the user's note moves it
  // ("They pushed it back 30 mins"), the reader asks.
  const inPlace =
    !movedFromQuote && shift && inText.best
      ? shift.sure
        ? movedInPlace(body, inText.best, shift, bodyMentions, duration, inText.ambiguous)
        : givenAsTheNewSlot(body, inText.best, bodyMentions)
      : null;
  const moved = movedFromQuote ?? (inPlace === 'ask' ? null : inPlace);
  // "They pushed it back 30 mins", "They moved it - new invite coming": only the note moves it.
  const noteMoves =
    !shift &&
    !!original.note &&
    (slotShift(withoutConditionals(original.note)) !== null || movedUnsaid(original.note, body));
  const moveUnsettled = inPlace === 'ask' || (noteMoves && !!inText.best && !earlier);
  // "2.30pm is the correct time, as Grant is on a site call until 2.15": a reply that gives only a
  // clock keeps the day (and the zone, unless it names its own) of the slot its thread gave, when
  // it names no other day.
  // Only the employer's side says so (the candidate's "could we move it to 4pm?" asks).
  // Or asked for it ("could we make it 3 rather than 2:30?") and the user's note says yes ("Said
  // yes to 3").
  const changes = candidate.emails.has(original.sender?.email ?? '')
    ? ''
    : [clockChanges(body), askedAndAccepted(body, original.note)].filter(Boolean).join('\n');
  const threadSlot = earlier && !inText.best && !moved && changes ? quoted() : null;
  const reclocked =
    threadSlot && onlyDaysAre([threadSlot.wallStart], mentionsIn(body, whenOptions))
      ? findInterviewTime(changes, {
          ...whenOptions,
          durationMinutes: duration,
          statedZone: whenOptions.statedZone ?? {
            zone: threadSlot.timezone,
            confidence: threadSlot.confidence.timezone,
          },
          clockDay: threadSlot.wallStart,
        })
      : null;
  const movedClock =
    reclocked?.best && !reclocked.ambiguous && reclocked.best.start !== threadSlot?.start
      ? reclocked.best
      : null;
  // "Perfect, you're booked in! I'll call you on Thursday": the latest message settles the slot
  // its thread offered ("Would Thursday, September 16 at 10:00 am your time work?") on the day it
  // names, when nobody declined or proposed another since. Only the others' messages offer
  // slots: the candidate's own "10 my time" is on a clock the reader cannot tell from theirs.
  const agreed =
    earlierByOthers &&
    !inText.best &&
    !moved &&
    !movedClock &&
    SLOT_AGREED.test(body) &&
    !proposesOrDeclines(`${body}\n${earlierByCandidate}`)
      ? agreedSlot(body, earlierByOthers, whenOptions, {
          userZone: defaultTimezone,
          sentAt: safeDate(mail.date) ?? original.sentAt,
          candidateReplies: earlierByCandidate,
        })
      : null;
  // Its length is the thread's ("about 30 minutes"), when the offer gave none.
  const agreedWithLength = agreed ? withLength(agreed, duration) : null;
  // "10:00 - 11:00 a.m. site time" over the invitation it copies below ("When: … 10:00 AM-11:00 AM
  // (UTC-06:00) Central Time"): the same wall time on the same day, on the clock the thread names.
  const found = inText.best;
  const named =
    found && !inText.ambiguous && INFERRED_CLOCK.has(found.zoneSource) && earlier ? quoted() : null;
  const namedClock =
    found && named && NAMED_CLOCK.has(named.zoneSource) && sameWallTime(named, found)
      ? { ...found, ...named, end: named.end ?? found.end }
      : null;
  // The slot read, or else the thread's, kept on its clock and moved to another day.
  const keptClock = sameClockOnNewDay(body, inText.best ?? (earlier ? quoted() : null), {
    ...whenOptions,
    durationMinutes: duration,
  });
  // "I need to cancel our call on Thursday", "the interview arranged for Thursday 29 April has been
  // cancelled": a cancellation names the slot it calls off; with no clock of its own, the thread's
  // slot on the day it names is that one.
  const offThread =
    !inText.best && earlier && CALLS_OFF.test(withoutConditionals(body)) ? quotedSlots() : null;
  const offered = offThread?.best ? [offThread.best] : (offThread?.slots ?? []);
  const offDay = slotsOnDaysNamed(body, offered, {
    userZone: defaultTimezone,
    reference: whenOptions.reference,
  }).fits[0];
  const calledOff = offDay ? withLength(offDay, duration) : null;
  const settled = moved ?? movedClock ?? agreedWithLength ?? keptClock ?? calledOff ?? namedClock;
  const when = settled
    ? { ...inText, best: settled, ambiguous: false }
    : moveUnsettled && inText.best
      ? {
          ...inText,
          best: { ...inText.best, confidence: { ...inText.best.confidence, start: 0.4 } },
          ambiguous: true,
        }
      : inText;
  const event = events.find((e) => e.start && !e.start.isDate) ?? null;
  const placedEvent = event
    ? throughLastSession(
        placeEvent(event, statedZone?.zone ?? inlineZone, defaultTimezone),
        sessionsOf(events).flatMap(
          (other) => placeEvent(other, statedZone?.zone ?? inlineZone, defaultTimezone) ?? [],
        ),
      )
    : null;

  const markupTime = placeMarkup(eventsInMarkup(original.markup), [
    statedZone?.zone ?? null,
    inlineZone,
    writerZone,
    defaultTimezone,
  ]);
  // The user's note says what they forward ("Phone screen tomorrow", "cancelled, ugh").
  const latestSignals = readSignals(
    `${body}\n${eventText}`,
    subject,
    events,
    original.note,
    earlierByCandidate.trim().length > 0,
  );
  // The slot a thread's move offered ("Could we move your interview to Thursday at 3?"), settled by
  // the latest message ("I've sent the updated invite for Thursday"), is a move too.
  const movedInThread =
    agreed && !latestSignals.reschedule && earlierByOthers && movesToADay(earlierByOthers);
  // "Great, Thursday it is", "Tuesday at 1:30 is great for Marcus and me": giving or settling the
  // time of the meeting its thread set out to arrange ("We'd love to have you in for an
  // interview"), the latest message needs no interview words of its own.
  const aboutAMeeting =
    latestSignals.interviewWords ||
    ((agreed !== null || when.best !== null || when.ambiguous) &&
      !!earlierByOthers &&
      readSignals(earlierByOthers, '', []).interviewWords);
  const signals = {
    ...latestSignals,
    reschedule: latestSignals.reschedule || !!movedInThread,
    interviewWords: aboutAMeeting,
  };
  // One time named for the interview is a meeting to follow up on, even when its reading is in
  // doubt (which day "05/03" is, which zone "MST" is): the acknowledgment asks for it. Rival times
  // are not one meeting yet.
  const hasTime =
    Boolean(placedEvent) || Boolean(markupTime) || (when.best !== null && !when.ambiguous);
  const classified = classify(
    signals,
    hasTime,
    events.length > 0,
    when.ambiguous || when.offered === true,
  );

  const confidence: Record<string, number> = { kind: classified.confidence };
  if (classified.kind === 'unknown') {
    return { envelope, reading: { kind: 'unknown', confidence, missing: [], original: origin } };
  }
  if (classified.kind === 'employer-reply' && classified.replyClass) {
    const zone = statedZone?.zone ?? inlineZone ?? defaultTimezone;
    const dates = replyDates(body, original, zone);
    const reply: Reading['reply'] = { class: classified.replyClass };
    if (classified.replyClass === 'out-of-office') reply.returnDate = dates.returnDate;
    if (classified.replyClass === 'neutral' || classified.replyClass === 'advance')
      reply.newDate = dates.newDate;
    confidence.reply = classified.confidence;
    return { envelope, reading: { kind: 'employer-reply', reply, confidence, original: origin } };
  }

  const interview = emptyInterviewReading();
  const missing: string[] = [];
  const sources: NonNullable<Reading['sources']> = {};
  const evidence: NonNullable<Reading['evidence']> = {};
  const disputed: NonNullable<Reading['disputed']> = {};
  // Calendar data is exact; the text's reading is used when there is no calendar time.
  if (
    placedEvent &&
    placedEvent.confidence >= CONFIDENCE_THRESHOLD &&
    when.best &&
    when.best.confidence.start >= CONFIDENCE_THRESHOLD &&
    NAMED_ZONE_SOURCES.has(when.best.zoneSource) &&
    sameWallOtherInstant(placedEvent.start, when.best.start)
  ) {
    // "2:00 PM Central" in the text, 14:00 Eastern in the invite: one of them has the wrong zone,
    // and nothing says which. Ask.
    confidence.start = 0.4;
    confidence.end = 0;
    confidence.timezone = 0;
  } else if (placedEvent && placedEvent.confidence >= CONFIDENCE_THRESHOLD) {
    // "6:00 PM Central" in the writer's words, 08:00 Singapore the next morning in the invite: one
    // instant, told on the clock the writer chose for the reader; the invite's is its organizer's.
    // (A forwarded "When:" line is the mail client's rendering, on the forwarder's clock.)
    const told =
      when.best &&
      !when.best.whenLine &&
      when.best.confidence.start >= CONFIDENCE_THRESHOLD &&
      NAMED_ZONE_SOURCES.has(when.best.zoneSource) &&
      Date.parse(when.best.start) === Date.parse(placedEvent.start) &&
      !sameOffset(when.best.start, placedEvent.start)
        ? when.best
        : null;
    const zone = told?.timezone ?? placedEvent.timezone;
    interview.start = onClock(placedEvent.start, zone);
    interview.end = placedEvent.end ? onClock(placedEvent.end, zone) : null;
    interview.timezone = zone;
    confidence.start = placedEvent.confidence;
    confidence.end = placedEvent.end ? placedEvent.confidence : 0;
    confidence.timezone = placedEvent.confidence;
    sources.start = 'calendar';
    sources.timezone = told ? 'prose' : 'calendar';
  } else if (
    markupTime &&
    when.best &&
    when.best.confidence.start >= CONFIDENCE_THRESHOLD &&
    Date.parse(when.best.start) !== Date.parse(markupTime.start)
  ) {
    // The markup and the text name different times (another event's markup?): ask.
    confidence.start = 0.4;
    confidence.end = 0;
    confidence.timezone = 0;
  } else if (markupTime) {
    interview.start = markupTime.start;
    interview.end = markupTime.end;
    interview.timezone = markupTime.timezone;
    confidence.start = 0.95;
    confidence.end = markupTime.end ? 0.95 : 0;
    confidence.timezone = markupTime.zoneNamed ? 0.95 : 0.7;
    sources.start = 'markup';
    sources.timezone = 'markup';
  } else if (when.best) {
    confidence.start = when.best.confidence.start;
    confidence.end = when.best.confidence.end;
    confidence.timezone = when.best.confidence.timezone;
    if (when.best.confidence.start >= CONFIDENCE_THRESHOLD) {
      interview.start = when.best.start;
      interview.timezone = when.best.timezone;
      if (when.best.confidence.end >= CONFIDENCE_THRESHOLD) interview.end = when.best.end;
      sources.start = when.best.labelled ? 'label' : 'prose';
      const zoneSource = ZONE_SOURCES[when.best.zoneSource];
      sources.timezone = zoneSource === 'time' ? sources.start : zoneSource;
      if (when.best.zoneSource === 'writer' && writerPlace)
        evidence.timezone = `“${writerPlace.text}” in the sender's signature`;
      if (when.best.zoneSource === 'venue' && venue) evidence.timezone = `“${venue.text}”`;
    }
  } else {
    confidence.start = 0;
    confidence.end = 0;
    confidence.timezone = 0;
  }
  // The user's note above a forward is a second witness of the time.
  const note = weighNote(original.note, interview.start, {
    userZone: defaultTimezone,
    originalZone: interview.timezone,
    zoneNamed:
      ['calendar', 'markup'].includes(sources.timezone ?? '') ||
      (when.best !== null && NAMED_ZONE_SOURCES.has(when.best.zoneSource)),
    zoneSure: (confidence.timezone ?? 0) >= 0.9,
    mailText: body,
    reference: safeDate(mail.date) ?? original.sentAt,
  });
  if (note.verdict === 'confirms') {
    confidence.start = Math.max(confidence.start ?? 0, 0.9);
  } else if (note.verdict === 'corrects' && note.start && note.timezone) {
    const minutes = lengthInMinutes(interview.start, interview.end) ?? duration;
    interview.start = note.start;
    interview.timezone = note.timezone;
    interview.end = minutes ? shifted(note.start, minutes, note.timezone) : null;
    confidence.start = 0.85;
    confidence.timezone = 0.85;
    confidence.end = minutes ? 0.8 : 0;
    sources.start = 'user-note';
    sources.timezone = 'user-note';
  } else if (note.verdict === 'contradicts' && interview.start && note.mailStands && note.said) {
    // The user's sum from the mail's time in its named zone is no witness against it; the
    // acknowledgment shows both, so the user sees which of them is wrong.
    disputed.start = note.said;
  } else if (note.verdict === 'contradicts' && interview.start) {
    // Two witnesses disagree: ask rather than pick one.
    confidence.start = Math.min(confidence.start ?? 0, 0.4);
    interview.start = null;
  }
  if (
    interview.start &&
    (sources.start === 'label' || sources.start === 'prose') &&
    when.best &&
    !NAMED_ZONE_SOURCES.has(when.best.zoneSource) &&
    inferredClockInDoubt({
      original,
      zoneSource: when.best.zoneSource,
      zone: interview.timezone ?? defaultTimezone,
      start: new Date(interview.start),
      userZone: defaultTimezone,
      body,
      thread: `${body}\n${earlier}`,
    })
  ) {
    // The mail names no zone, and something says the clock it was placed on may not be the one
    // meant: ask rather than state it.
    confidence.start = Math.min(confidence.start ?? 0, 0.4);
    interview.start = null;
  }
  // The user's note as a witness of one reading of the time, on the clock that reading names.
  const noteConfirms = (found: FoundTime) =>
    weighNote(original.note, found.start, {
      userZone: defaultTimezone,
      originalZone: found.timezone,
      zoneNamed: NAMED_ZONE_SOURCES.has(found.zoneSource),
      zoneSure: found.confidence.timezone >= 0.9,
      mailText: body,
      reference: safeDate(mail.date) ?? original.sentAt,
    }).verdict === 'confirms';
  // One meeting's time in doubt (the mail restates it on another clock and the two disagree), on a
  // clock the mail names other than the user's, and the user's note tells the same instant on the
  // user's own clock ("11:00 Montevideo on the 1st is 3pm here, not 2pm"): two witnesses agree. A
  // note that gives back a guessed clock's time, or the mail's own clock, confirms nothing.
  const inDoubt =
    !interview.start && !placedEvent && !markupTime && !when.slots?.length ? when.best : null;
  const doubted =
    inDoubt &&
    NAMED_ZONE_SOURCES.has(inDoubt.zoneSource) &&
    offsetAt(inDoubt.timezone, new Date(inDoubt.start)) !==
      offsetAt(defaultTimezone, new Date(inDoubt.start))
      ? inDoubt
      : null;
  const witnessed =
    doubted &&
    toldOnTheUsersClock(original.note ?? '', doubted.start, defaultTimezone, whenOptions) &&
    noteConfirms(doubted);
  if (doubted && witnessed) {
    interview.start = doubted.start;
    interview.timezone = doubted.timezone;
    interview.end = doubted.confidence.end >= CONFIDENCE_THRESHOLD ? doubted.end : null;
    confidence.start = 0.85;
    confidence.end = interview.end ? 0.85 : 0;
    confidence.timezone = doubted.confidence.timezone;
    sources.start = 'user-note';
    const zoneSource = ZONE_SOURCES[doubted.zoneSource];
    sources.timezone = zoneSource === 'time' ? 'prose' : zoneSource;
  }
  // Slots in doubt, and the user's note names the day of one ("Said yes to the Monday"), or tells
  // one's very time on a clock it names ("Booked - Wed 27th 10am Sydney time").
  const openSlots =
    !interview.start && !placedEvent && !markupTime
      ? (when.slots ?? []).filter((slot) => slot.confidence.start >= CONFIDENCE_THRESHOLD)
      : [];
  const toldInNote = openSlots.filter(noteConfirms);
  // A pick by number is the note's pick: a day it names besides ("option 2 - I have a dentist appt
  // Wednesday") is no slot's.
  const pickedByNumber = PICKED_BY_NUMBER.test(original.note);
  const chosen =
    openSlots.length === 0
      ? null
      : pickedByNumber
        ? slotPickedByNumber(original.note, body, openSlots, whenOptions)
        : (slotTheNoteNames(original.note, openSlots, {
            userZone: defaultTimezone,
            reference: safeDate(mail.date) ?? original.sentAt,
          }) ??
          (toldInNote.length === 1 && noteSaysItStands(original.note) ? toldInNote[0] : null));
  if (chosen) {
    interview.start = chosen.start;
    interview.timezone = chosen.timezone;
    interview.end = chosen.confidence.end >= CONFIDENCE_THRESHOLD ? chosen.end : null;
    confidence.start = Math.min(0.85, chosen.confidence.start);
    confidence.timezone = chosen.confidence.timezone;
    confidence.end = interview.end ? confidence.start : 0;
    sources.start = 'user-note';
    const zoneSource = ZONE_SOURCES[chosen.zoneSource];
    sources.timezone = zoneSource === 'time' ? 'prose' : zoneSource;
  }
  // "MST" from a Boise office, "Romance Standard Time" from Copenhagen, "GMT+08:00" from Kuala
  // Lumpur: the same clock all year is named after the place, unless the mail names the zone.
  const zoneRead = interview.start ? interview.timezone : null;
  const placeZone =
    zoneRead && !namesZone(body, zoneRead) && !namesZone(eventText, zoneRead)
      ? [venue?.zone, writerZone].find(
          (zone): zone is string =>
            !!zone &&
            zone !== zoneRead &&
            sameClockAllYear(zone, zoneRead, Number(interview.start?.slice(0, 4))),
        )
      : undefined;
  if (placeZone) interview.timezone = placeZone;
  if (!interview.start) {
    missing.push(when.dayWithoutTime ? 'time' : 'date and time');
    interview.timezone = null;
    interview.end = null;
    delete sources.start;
    delete sources.timezone;
    delete evidence.timezone;
  }

  // A tool that writes as itself ("Cal.com <hello@…>", or a name its footer gives: "Scheduled
  // with SavvyCal") sends from its own domain, whatever it is.
  const tools = toolsNamedIn(body);
  const senderIsTool = !!original.sender && isToolSender(original.sender, tools);
  const senderLabel =
    original.sender && !senderIsTool ? organisationLabel(original.sender.email) : null;
  const candidateEmails = candidate.emails;
  const candidateNames = candidate.names;
  const written = addressesInText(body).filter((box) => !candidateEmails.has(box.email));
  const replyTo = original.replyTo;
  const labels = [
    senderLabel,
    ...replyTo.map((box) => organisationLabel(box.email)),
    event?.organizer ? organisationLabel(event.organizer.email) : null,
    ...(event?.attendees ?? []).map((attendee) => organisationLabel(attendee.email)),
    ...original.cc.map((box) => organisationLabel(box.email)),
    ...original.recipients.map((box) => organisationLabel(box.email)),
    ...written.map((box) => organisationLabel(box.email)),
  ].filter(
    // A tool's footer names it ("sent to you via Naukri RMS"): its domain is never the employer's.
    (label): label is string => !!label && !candidateEmails.has(label) && !isToolName(label, tools),
  );
  const candidateLabels = new Set(
    [...candidateEmails].map((email) => organisationLabel(email)).filter((l): l is string => !!l),
  );
  const employerLabels = labels.filter((label) => !candidateLabels.has(label));
  // An ATS sends as "Acme via Greenhouse" from acme@greenhouse-mail…: the employer is in the
  // display name and the mailbox, never the vendor's domain.
  const senderMailbox = original.sender ? employerMailbox(original.sender.email) : null;
  // ("Carla Neumann – Berlin": where the writer sits, no employer. The places are read here, past
  // the gate, so vendors.ts stays light.)
  const displayed = original.sender
    ? employerInDisplayName(original.sender.name, senderIsTool)
    : null;
  const afterDash = /\s[|–—-]\s/.test(original.sender?.name ?? '');
  const voiced = displayed && afterDash && placeNamed(displayed) !== null ? null : displayed;
  // "Els Wouters via Jobtoolz" signing "Kind regards,\nEls Wouters\nHR Business Partner", or a
  // booking's "Host: Kayla Brandt, Technical Recruiter": a person, not the employer (a company
  // signs its own name without a job title under it or after it).
  const [signedName, signedTitle = ''] = signatureLines(body);
  // (A tracker's "Broadland Valley NHS Foundation Trust <noreply@trac-mail…>": an organisation's
  // name over a tool's address is the employer's.)
  const organisationVoiced =
    senderIsTool &&
    original.sender?.name &&
    endsAsOrganisation(original.sender.name) &&
    !isVendorName(original.sender.name) &&
    !isToolName(original.sender.name, tools)
      ? original.sender.name.trim()
      : null;
  const voicedEmployer =
    voiced &&
    ((signedName === voiced && JOB_TITLE_WORD.test(signedTitle)) || titledInText(voiced, body))
      ? null
      : (voiced ?? organisationVoiced);
  if (senderMailbox) employerLabels.push(senderMailbox);
  // "Seri Palma Careers" speaks for the employer the mail spells out in full ("Seri Palma
  // Plantations Berhad"): the name is looked for in the text as a domain's label would be.
  if (voicedEmployer) employerLabels.push(voicedEmployer);
  // "Halcyon Freight <no-reply@modernloop-mail…>" names the employer; "SavvyCal <…>" does not.
  const senderName = isToolName(original.sender?.name ?? null, tools)
    ? null
    : original.sender?.name;
  const displayNames = [voicedEmployer ?? senderName ?? ''].filter(Boolean);
  let company = findCompany([body, subject, eventText], employerLabels, displayNames);
  if (!company.company && voicedEmployer)
    company = { company: voicedEmployer, confidence: 0.85, source: 'layout' };
  // "Corio Bay" from a tracker's mailbox coriobay@…, where the tracker's sender name and the text
  // both write "City of Corio Bay": the employer's whole name. (Only a tracker's: a person's own
  // name over their mail is no employer.)
  const trackerSenderName = senderMailbox ? displayNames[0] : undefined;
  if (
    company.company &&
    trackerSenderName &&
    trackerSenderName !== company.company &&
    trackerSenderName.toLowerCase().endsWith(` ${company.company.toLowerCase()}`) &&
    body.toLowerCase().includes(trackerSenderName.toLowerCase())
  )
    company = { ...company, company: trackerSenderName };
  // An agency's client may be named only in the thread's first message ("our client Eastbridge
  // Paints").
  const clientOf = (agency: string | null) =>
    agency ? clientOfAgency(`${body}\n${earlierByOthers}`, agency, subject) : null;
  const client = employerOnBehalf(body) ?? clientOf(company.company);
  if (client && client !== company.company)
    company = { company: client, confidence: 0.85, source: 'prose' };
  // The writer's own firm (its domain) is read, while the subject names another organisation
  // beside the role: the writer recruits for that one.
  const writerLabel = senderLabel?.replace(/[^a-z]/g, '') ?? '';
  const writersOwn = company.company?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  if (
    !client &&
    writerLabel.length >= 3 &&
    (!writersOwn || writersOwn.startsWith(writerLabel) || writerLabel.startsWith(writersOwn))
  ) {
    const named = employerInSubject(
      subject,
      `${body}\n${earlierByOthers}`,
      company.company ?? senderLabel ?? '',
      candidateNames,
    );
    if (named) company = { company: named, confidence: 0.85, source: 'subject' };
  }
  // "You'd meet with Greg": a given name of someone the headers name in full is nobody's employer.
  const givenNames = new Set(
    [...original.directory, ...original.cc, ...original.recipients, original.sender]
      .map((box) => box?.name?.trim().split(/\s+/) ?? [])
      // A person's name ("Greg Hollenkamp"), not a team's mailbox ("PTS Careers").
      .filter(
        (words) =>
          words.length >= 2 &&
          /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') &&
          !words.some(isCompanySuffix),
      )
      .map((words) => words[0]),
  );
  const byPhrase = (text: string) => {
    const phrase = findCompanyByPhrase(text, displayNames);
    return phrase.company && givenNames.has(phrase.company)
      ? { company: null, confidence: 0 }
      : phrase;
  };
  // A domain's label alone is the weakest reading: a name the mail writes out beats it.
  if (!company.company || company.source === 'domain') {
    const phrase = byPhrase([subject, body].join('\n'));
    if (phrase.company) company = phrase;
  }
  // "Could we push to 11:30am instead?": a reply may leave the employer's name to the
  // invitation quoted under it.
  if (earlierByOthers && (!company.company || company.source === 'domain')) {
    const fromThread = findCompany([earlierByOthers], employerLabels, displayNames);
    const spelled = fromThread.source === 'prose' ? fromThread : byPhrase(earlierByOthers);
    const threadClient = clientOf(spelled.company);
    if (threadClient) company = { company: threadClient, confidence: 0.85, source: 'thread' };
    else if (spelled.company) company = { ...spelled, source: 'thread' };
  }
  // "Elina Koskinen" / "Talent Acquisition Specialist" / "Revontuli Games": the writer's signature
  // names the employer when nothing else does, and the mail names it once more (the subject, a
  // sentence, a link). Never the candidate's own signature, which names their employer.
  if (!company.company && !candidateEmails.has(original.sender?.email ?? '')) {
    const signed = signedEmployer(signatureLines(body), [subject, body]);
    if (signed) company = { company: signed, confidence: 0.7, source: 'signature' };
  }
  // "PTS" where the mail spells out "Padmanabha Technology Solutions": the name, not its initials.
  const spelled = company.company ? runOfInitials(company.company, [body, subject, earlier]) : null;
  if (spelled) company = { ...company, company: spelled };
  if (company.company) {
    const own = [original.note, original.sender?.name ?? '', subject, body];
    const whole = wholeNameOnALine(company.company, [body]);
    company = { ...company, company: shortFormOf(whole, own) };
  }
  interview.company = company.confidence >= CONFIDENCE_THRESHOLD ? company.company : null;
  confidence.company = company.confidence;
  if (interview.company && company.source) sources.company = company.source;

  const directory = [
    ...original.directory,
    ...written,
    ...replyTo,
    ...(original.sender ? [original.sender] : []),
    ...original.recipients,
    ...original.cc,
    ...events.flatMap((e) => [...(e.organizer ? [e.organizer] : []), ...e.attendees]),
  ];
  // Who wrote the text: a tool that sends as itself ("Doodle <mailer@…>") writes for the person
  // its replies go to, so "the panel will be me" is that person, never the tool.
  const sender = original.sender;
  const mailbox =
    sender?.name && !isToolName(sender.name, tools)
      ? sender
      : (replyTo.find((box) => box.name && !isMachineAddress(box.email)) ?? sender);
  // An applicant tracker sends as the employer ("Ropewalks Apparel <…@workablemail…>"): the
  // person who signs the text wrote it, and is "me" in "an interview with Siobhan and me".
  const asEmployer =
    !!mailbox?.name &&
    !!interview.company &&
    mailbox.name.toLowerCase().includes(interview.company.toLowerCase());
  const writer =
    (asEmployer && mailbox ? signerOf(body, interview.company, mailbox) : null) ?? mailbox;
  const peopleContext = {
    sender: writer,
    candidate: { emails: candidateEmails, names: candidateNames },
    directory,
    company: interview.company,
  };
  const latest = findInterviewers(body, events, peopleContext);
  // "Aoife has been pulled into a site audit; could we push to 11:30?": the people the thread's
  // invitation names, when its latest message names none. Otherwise the panel is whom the latest
  // names, then the thread's people it does not say are out (joinPanels): all of them for a move,
  // else those it still speaks of ("I have checked with Kunal"), as a later round's mail may
  // quote an earlier round's panel.
  const thread = earlier ? findInterviewers(earlier, [], peopleContext) : null;
  // "Great, see you Friday": a latest message that settles or moves the slot its thread offered,
  // for a meeting yet to come, keeps the panel the thread named, but for whom it says is out.
  const earlierSlot = thread && settled ? quoted() : null;
  const stillArranging =
    earlierSlot !== null &&
    Date.parse(earlierSlot.start) > (safeDate(mail.date) ?? original.sentAt).getTime() &&
    !speaksOfARoundOver(body);
  const carried =
    thread && classified.kind !== 'reschedule' && !stillArranging
      ? carriedOver(thread.interviewers, body, writer)
      : thread?.interviewers;
  const people =
    thread && latest.interviewers.length === 0
      ? { ...thread, fromThread: true }
      : carried
        ? {
            ...latest,
            interviewers: joinPanels(carried, latest.interviewers, body),
            fromThread: false,
          }
        : { ...latest, fromThread: false };
  // "Tues 4:15 w/ Doug + Jenny": whom the user says they meet, as the mail names them. A list the
  // user writes out about the meeting ahead is the panel: they know whom they meet better than a
  // reading of the recruiter's mail does (one the mail names whom the note names too, "(Tom
  // too)", stays). One name ("Interview with Rhys at Avonside") is how they call the application.
  const mailText = `${body}\n${earlier ?? ''}`;
  const asFound = (person: Person) =>
    people.interviewers.find((found) => sameName(found.name, person.name)) ?? person;
  const noted = peopleTheNoteNames(original.note, mailText, peopleContext).map(asFound);
  const listed = peopleTheNoteNames(original.note, mailText, peopleContext, true).map(asFound);
  const meetingSentences = sentences(original.note).filter(aboutTheMeetingAhead).join('\n');
  const inTheNote = (person: Person) =>
    new RegExp(String.raw`\b${literal(person.name.split(/\s+/)[0] ?? '')}\b`).test(
      meetingSentences,
    );
  const panelInTheNote = listed.length > 1;
  const onlyInTheNote = people.interviewers.length === 0 && noted.length > 0;
  // Beside a panel the mail names, only whom the note says the user meets at the interview joins
  // ("Had a call with Marisol today" names the recruiter of a call before it).
  interview.interviewers = panelInTheNote
    ? [...listed, ...people.interviewers.filter((p) => !listed.includes(p) && inTheNote(p))]
    : onlyInTheNote
      ? noted
      : [...people.interviewers, ...listed.filter((p) => !people.interviewers.includes(p))];
  // "Wen Zhao is doing the 2nd session instead of Theo": the user knows of a change the mail
  // does not, and the one who steps in takes the other's place in the list.
  const swap = panelSwapInNote(original.note, interview.interviewers, mailText, peopleContext);
  if (swap) {
    const at = interview.interviewers.findIndex((person) => swap.out.includes(person));
    const kept = interview.interviewers.filter((person) => !swap.out.includes(person));
    interview.interviewers = [...kept.slice(0, at), ...swap.in, ...kept.slice(at)];
  }
  const fromTheNote = panelInTheNote || onlyInTheNote || swap !== null;
  confidence.interviewers = fromTheNote ? Math.max(0.8, people.confidence) : people.confidence;
  if (fromTheNote) sources.interviewers = 'user-note';
  else if (people.interviewers.length > 0)
    sources.interviewers = people.fromCalendar
      ? 'calendar'
      : people.fromThread
        ? 'thread'
        : 'prose';
  const topics = findTopics(`${body}\n${eventText}`, interview.interviewers);
  if (topics.length > 0) interview.topics = topics;

  const headings = activityHeadings(body);
  const role = findRole(
    body,
    [subject, ...events.map((e) => e.summary), ...headings],
    interview.company,
    [...interview.interviewers.map((p) => p.name), ...candidateNames],
    [...candidateNames],
  );
  // What the latest message leaves unsaid, an older one of its thread quoted below may say ("the
  // Leading Hand Electrician role … at your yard"): the role and the format, never the time.
  // A subject's title cut at its team ("Interview - Senior Analyst - Network Planning - …") is
  // the title the thread writes out whole ("the position of Senior Analyst - Network Planning").
  const fromSubject = role.role && role.source === 'subject';
  const earlierRole =
    !earlier || (role.role && !fromSubject)
      ? null
      : findRole(earlier, [], interview.company, [...candidateNames]);
  const lengthensSubjectTitle =
    !fromSubject ||
    !!earlierRole?.role?.match(new RegExp(String.raw`^${literal(role.role ?? '')}(?:,| [-–—]) \S`));
  // "It's for the Senior Category Manager, Frozen role (Calendly doesn't say)": the user's note,
  // where the mail names none.
  const noteRole =
    !role.role && !earlierRole?.role && noteSaysForTheRole(original.note)
      ? findRole(original.note, [], interview.company, [...candidateNames])
      : null;
  const roleRead =
    earlierRole?.role && lengthensSubjectTitle
      ? { ...earlierRole, source: 'thread' as const }
      : noteRole?.role && noteRole.source === 'prose'
        ? { ...noteRole, source: 'user-note' as const }
        : role;
  interview.role = roleRead.confidence >= CONFIDENCE_THRESHOLD ? roleRead.role : null;
  confidence.role = roleRead.confidence;
  if (interview.role && roleRead.source) sources.role = roleRead.source;

  const threadFormat = format.format || !earlier ? format : findFormat(earlier);
  // The user's own note ("In person!", "zoom call") where the mail says nothing of it; not a
  // wish ("I asked if it could be in person, fingers crossed").
  const formatRead =
    threadFormat.format || !original.note.trim() || NOTE_WISHES.test(original.note)
      ? threadFormat
      : findFormat(original.note);
  interview.format = formatRead.confidence >= CONFIDENCE_THRESHOLD ? formatRead.format : null;
  confidence.format = formatRead.confidence;

  // "Within a week of your visit": the visit is over on its last day (a two-day onsite's second).
  const lastDay = interview.end ?? interview.start;
  const interviewDay = lastDay ? DateTime.fromISO(lastDay, { setZone: true }).startOf('day') : null;
  const decisionOptions = {
    interviewDay,
    reference: original.sentAt,
    referenceOffset: offsetAt(referenceZone, original.sentAt),
    dayFirst: dayOrder.dayFirst,
  };
  // "We're aiming to confirm next steps by Friday 18th June", said when the interview was first
  // set, still holds after a later message moves it within the thread, if it still comes after.
  const earlierDecision = earlier ? findDecisionDate(earlier, decisionOptions) : null;
  // A cancelled interview decides nothing: "I'll reach out early next week with new times" is no
  // decision date.
  interview.decisionBy =
    classified.kind === 'cancellation'
      ? null
      : (findDecisionDate(body, decisionOptions) ??
        (earlierDecision && interviewDay && earlierDecision > (interviewDay.toISODate() ?? '')
          ? earlierDecision
          : null));
  confidence.decisionBy = interview.decisionBy ? 0.8 : 0;

  // Whichever source gave it, the zone is spelled as today's tz database does ("Asia/Calcutta"
  // in a calendar or a label is Asia/Kolkata).
  if (interview.timezone) interview.timezone = canonicalZone(interview.timezone);
  if (!interview.company) missing.push('company');
  if (interview.interviewers.length === 0) missing.push('interviewer');
  return {
    envelope,
    reading: {
      kind: classified.kind,
      interview,
      confidence,
      sources,
      ...(Object.keys(evidence).length > 0 ? { evidence } : {}),
      ...(disputed.start && interview.start ? { disputed } : {}),
      missing,
      original: origin,
    },
  };
}

// A reply says the time changed or was wrong: only then is a clock in it the slot's new one ("I'll
// be online from 1:45 to test the link" moves nothing).
const CLOCK_CHANGED =
  /\b(?:(?:have|has|'ve|’ve) (?:moved|pushed|shifted|changed|rescheduled|brought)|(?:had|have|need|needed) to (?:move|push|shift|change|reschedule|bring)|(?:moved|pushed|shifted|rescheduled|brought forward) (?:it|you|your|the|our|this)|is now (?:at|from)|(?:the )?(?:correct|right|new) time\b)/i;
// Said, not asked ("Could we push back to 4pm?"), and no time to arrive or log in by ("please log
// in at 1:50pm", "be in the lobby at 1:45pm").
const ASKED =
  /\?|^\s*(?:could|can|would|shall|may|is it|are you|how about|what about)\b|\bpossible\b/i;
const ARRIVAL =
  /\b(?:log ?(?:in|on)|sign in|lobby|reception|arriv\w*|check[- ]in|test (?:the|your) (?:link|audio|video)|be (?:online|ready|there))\b/i;

/** The sentences of a reply that state the interview's clock changed, each on a line. */
function clockChanges(body: string): string {
  return sentences(body)
    .filter(
      (sentence) =>
        /\d/.test(sentence) &&
        CLOCK_CHANGED.test(sentence) &&
        !ASKED.test(sentence) &&
        !ARRIVAL.test(sentence),
    )
    .join('\n');
}

// The user's note says yes to a clock, beside it: "Said yes to 3", "agreed to 3pm", "Told her 3 is
// fine" (not "Will check whether 3 works"). Never a note that says no anywhere ("Neither 3 nor 4
// works for me").
const CLOCK_SAID = String.raw`(\d{1,2})(?:[:.](\d\d))?[ \t]*([ap])?\.?m?\b(?!st|nd|rd|th)`;
const NOTE_ACCEPTS = new RegExp(
  String.raw`\b(?:said yes to|yes to|agreed to|accepted|went with|going with)[ \t]+${CLOCK_SAID}|\b${CLOCK_SAID}[ \t]+(?:is|was)[ \t]+(?:fine|ok(?:ay)?|good|great|perfect)\b`,
  'gi',
);
const NOTE_DECLINES =
  /\b(?:not|no|neither|nor|can(?:'|’)?t|cannot|won(?:'|’)t|don(?:'|’)t|doesn(?:'|’)t)\b/i;
// The clock a reply asks for, first in its sentence: "could we make it 3 rather than 2:30?".
const CLOCK_ASKED = /(?<![\d:./])(\d{1,2})(?:[:.](\d\d))?(?![\d:./]|st|nd|rd|th)[ \t]*([ap])?/i;

/**
 * The sentences of `body` that ask for a clock ("could we make it 3 rather than 2:30?") the user's
 * note says yes to; the half of the day, where both give it, must agree.
 */
function askedAndAccepted(body: string, note: string): string {
  if (note.includes('?') || NOTE_DECLINES.test(note)) return '';
  const said = [...note.matchAll(NOTE_ACCEPTS)].map((m) => ({
    hour: Number(m[1] ?? m[4]),
    minute: Number(m[2] ?? m[5] ?? 0),
    half: (m[3] ?? m[6] ?? '').toLowerCase(),
  }));
  if (said.length === 0) return '';
  return sentences(body)
    .filter((sentence) => {
      if (!ASKED.test(sentence) || ARRIVAL.test(sentence)) return false;
      const asked = CLOCK_ASKED.exec(sentence);
      if (!asked) return false;
      const half = (asked[3] ?? '').toLowerCase();
      return said.some(
        (c) =>
          c.hour === Number(asked[1]) &&
          c.minute === Number(asked[2] ?? 0) &&
          (c.half && half ? c.half === half : c.half !== 'a' || Number(asked[1]) > 6),
      );
    })
    .join('\n');
}

// The latest message of a thread says the slot moved ("an updated invite is on its way", "I've
// updated the Teams invite", "just the new time"): then only a move the candidate accepted is
// settled, never the first slot.
const SLOT_MOVED = new RegExp(
  String.raw`\b(?:(?:updated|revised|new) (?:calendar )?(?:invite|invitation)|(?:updated|revised) (?:Outlook |meeting |${MEETING_PLATFORM} )(?:invite|invitation)|(?:updated|revised|moved|changed) (?:the|your|our) (?:calendar |Outlook |meeting |${MEETING_PLATFORM} )?(?:invite|invitation|booking|calendar entry)|(?:the|a) new time)\b`,
  'i',
);
// The latest message says the slot stays as it was, whatever else it changes: "the date, time and
// Teams link remain the same", "everything else stays as it was", "all other details are
// unchanged"; never a kept date alone, nor "the same except the start". "Same time" keeps the
// clock, perhaps on a new day.
const SLOT_UNCHANGED = String.raw`\b(?:(?:(?:date|day)(?:,| and| &) (?:the )?)?(?:time|slot|timing)\b(?:,? (?:and )?[\w -]{1,30}?)?|everything else|all (?:the )?other details) (?:stays?|remains?|is|are|will (?:stay|remain|be)) (?:the same|unchanged|as (?:it was|they were|before|planned|agreed|scheduled))\b(?!,? (?:except|but|apart from|other than)\b)`;
const SLOT_KEPT = String.raw`\bsame time\b|${SLOT_UNCHANGED}`;
// "I've sent a Teams invite for Thursday", "I'll send over the calendar invitation": the meeting's
// invitation sent or on its way.
const INVITE_SENT = String.raw`(?:I|we)(?:(?:'|’)ve| have|(?:'|’)ll| will)? (?:just |now )?(?:sent|send|sending)(?: you)?(?: over| through| out)? (?:a|an|the|your) (?:calendar |Outlook |meeting |${MEETING_PLATFORM} )?(?:invite|invitation|calendar invite)`;
// The latest message of a thread says the slot is settled, moved or not ("Lovely, see you Tuesday",
// "Daniel will join instead. Same time, same Zoom link").
const SLOT_AGREED = new RegExp(
  String.raw`${SLOT_MOVED.source}|\b(?:(?:booked|pencilled|penciled|locked) (?:you )?in|${INVITE_SENT}|you(?:'|’)re (?:all )?(?:set|booked|confirmed)|you are (?:all )?(?:set|booked|confirmed)|(?:that|it)(?:'|’)s (?:confirmed|booked|in the diary)|(?:it|that) is (?:confirmed|booked)|see you (?:then|(?:on |this |next )?${WEEKDAY_WORD}|on (?:the )?\d{1,2}(?:st|nd|rd|th)?\b)|${WEEKDAY_WORD},? it is(?!\s+(?:a|an|the|my|our|your|his|her|their|not|closed|busy|also|too|still|going|when)\b))\b|${SLOT_KEPT}`,
  'i',
);
/**
 * A message turns the slot down or puts another forward; a panel's change is no such thing ("Daniel
 * Koh will join Mei Ling on the panel instead").
 */
function proposesOrDeclines(text: string): boolean {
  return sentences(text).some((sentence) =>
    PROPOSES_OR_DECLINES.test(
      PANEL_CHANGE.test(sentence) ? sentence.replace(/\binstead\b/gi, '') : sentence,
    ),
  );
}

const MOVES =
  /\b(?:mov(?:e|ed|ing)|push(?:ed|ing)?|shift(?:ed|ing)?|swap(?:ped|ping)?|switch(?:ed|ing)?|chang(?:e|ed|ing)|rebook(?:ed|ing)?|reschedul\w*|postpon\w*|br(?:ing|ought) (?:it )?forward|will now (?:be|take place))\b/i;

// One who comes in another's place: what "instead" then speaks of.
const PANEL_CHANGE =
  /\b(?:will join|joining|on the panel|step(?:s|ping)? in|sit(?:s|ting)? in|in (?:his|her|their) place)\b/i;

// The sentence of a reply that accepts ("1:30 PM CT works for me").
const ACCEPTS = /\b(?:works?|suits?|fine|good|great|perfect|confirm(?:ed)?|see you)\b/i;
/**
 * The thread's offered slot the latest message settles: the one slot, still to come when it was
 * written, on a day it names; of several there ("could we start at 1:30 instead?" after the
 * invitation's 11:00), the one whose clock time the candidate's latest reply accepted. Null when
 * it names no day, or the days fit no slot, or several the reply does not tell apart.
 */
function agreedSlot(
  latest: string,
  others: string,
  whenOptions: WhenOptions,
  options: { userZone: string; sentAt: Date; candidateReplies: string },
): FoundTime | null {
  const thread = findInterviewTime(others, whenOptions);
  // The time the candidate's latest reply accepted: replies are quoted newest first (as clients
  // top-post), so the first time in a sentence that accepts, else the first time at all. Not the
  // "Sent:" stamps of the header blocks quoting them. "Tuesday at 2" says no half of the day.
  const replies = options.candidateReplies.replace(/^(?:From|Sent|Date|To|Cc|Subject):.*$/gim, '');
  const times = mentionsIn(replies, whenOptions).filter((m) => m.time);
  const reply =
    times.find((m) => ACCEPTS.test(sentenceAround(replies, m.index, m.end))) ?? times[0] ?? null;
  const accepted = reply?.time;
  const sameClock = (time: { hour: number; minute: number } | null | undefined) =>
    !!time &&
    !!accepted &&
    time.minute === accepted.minute &&
    (reply.meridiemCertain ? time.hour === accepted.hour : time.hour % 12 === accepted.hour % 12);
  const atAccepted = (slot: FoundTime) => !accepted || sameClock(slot.wallStart);
  // Each sentence of the others' that offers that clock time, read alone: a move offered on the
  // invitation's own day is no rival slot to the thread's reading, only a later one. A sentence
  // that names no zone ("Could we start at 1:30 the same day instead?") keeps the thread's.
  const threadZone =
    thread.best && NAMED_ZONE_SOURCES.has(thread.best.zoneSource) ? thread.best.timezone : null;
  const moveOptions = threadZone
    ? { ...whenOptions, defaultTimezone: threadZone, referenceZone: threadZone }
    : whenOptions;
  const echoed = accepted
    ? mentionsIn(others, whenOptions)
        .filter((m) => sameClock(m.time))
        .flatMap(
          (m) => findInterviewTime(sentenceAround(others, m.index, m.end), moveOptions).best ?? [],
        )
    : [];
  // A latest message that says the time moved settles only a move the candidate accepted; an
  // invitation updated for another reason ("to add Omar; the time remains the same"), naming no
  // clock of its own, moves nothing.
  const ownClock = mentionsIn(latest, whenOptions).some((mention) => mention.hasTime);
  const moved =
    SLOT_MOVED.test(latest) && (ownClock || !new RegExp(SLOT_UNCHANGED, 'i').test(latest));
  const read = thread.slots?.length ? thread.slots : thread.best ? [thread.best] : [];
  const offered = [...(moved ? [] : read), ...echoed].filter(
    (slot) =>
      slot.confidence.start >= CONFIDENCE_THRESHOLD &&
      Date.parse(slot.start) > options.sentAt.getTime(),
  );
  const onDays = (text: string) =>
    slotsOnDaysNamed(text, offered, {
      userZone: options.userZone,
      reference: whenOptions.reference,
    });
  // "If you need to reschedule, let me know by Friday": an offer, naming no day of the meeting.
  const firm = withoutConditionals(latest).split('\n');
  const named = onDays(firm.join('\n'));
  // "Perfect, thank you! Updated invite is on its way": naming no day, it settles the day the
  // candidate's reply accepted ("Monday May 3 at 11 works for me").
  const fits =
    named.days === 0 && reply
      ? onDays(sentenceAround(replies, reply.index, reply.end)).fits
      : named.fits;
  // "Your interview will now be on Thursday the 23rd, same time": the same clock on a day no slot
  // is on is a move (sameClockOnNewDay reads it), never the offered slot; so is any day a sentence
  // moving it names.
  const keepsClock = new RegExp(SLOT_KEPT, 'i').test(latest);
  const moves = firm.filter((sentence) => keepsClock || MOVES.test(sentence)).join('\n');
  if (moves && onDays(moves).unfit > 0) return null;
  const chosen = fits
    .filter(atAccepted)
    .filter((slot, i, all) => all.findIndex((other) => other.start === slot.start) === i);
  const [slot] = chosen;
  if (chosen.length !== 1 || !slot) return null;
  return {
    ...slot,
    confidence: { ...slot.confidence, start: Math.min(slot.confidence.start, 0.85) },
  };
}

// Zones the text names for its time, as opposed to ones the reader supplies.
const NAMED_ZONE_SOURCES = new Set<FoundTime['zoneSource']>(['inline', 'stated', 'reader']);

/**
 * The note tells `start` on the user's own clock ("3pm here", "10am NY" for a New York user), not
 * only on the mail's ("11:00 Lisbon time" echoes it).
 */
function toldOnTheUsersClock(
  note: string,
  start: string,
  userZone: string,
  options: WhenOptions,
): boolean {
  const at = new Date(start);
  const userOffset = offsetAt(userZone, at);
  const wall = DateTime.fromJSDate(at, { zone: userZone });
  return mentionsIn(note, { ...options, context: note }).some(
    (mention) =>
      mention.time !== null &&
      (mention.zone === null || offsetAt(mention.zone.zone, at) === userOffset) &&
      mention.time.hour === wall.hour &&
      mention.time.minute === wall.minute,
  );
}

/**
 * A schedule sent as one invitation per session ("1:00 PM Technical deep-dive", "2:00 PM Values",
 * a break between): the interview runs to the end of the last session that follows on within
 * the hour after the one before. A cancelled event (an updated invitation's old slot) is none.
 */
function throughLastSession<T extends { start: string; end: string | null }>(
  first: T | null,
  sessions: ReadonlyArray<{ start: string; end: string | null }>,
): T | null {
  if (!first?.end) return first;
  const byStart = [...sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  let end = first.end;
  for (const session of byStart) {
    const gap = Date.parse(session.start) - Date.parse(end);
    if (session.end && gap >= 0 && gap <= 60 * 60_000 && Date.parse(session.end) > Date.parse(end))
      end = session.end;
  }
  return end === first.end ? first : { ...first, end };
}

/** The slot, ending after `minutes` when it has no end of its own. */
function withLength(slot: FoundTime, minutes: number | null): FoundTime {
  return slot.end || !minutes
    ? slot
    : {
        ...slot,
        end: shifted(slot.start, minutes, slot.timezone),
        confidence: { ...slot.confidence, end: slot.confidence.start },
      };
}

/** How long a slot read with its end lasts, in minutes. */
function slotMinutes(slot: FoundTime | null): number | null {
  if (!slot?.end) return null;
  const minutes = (Date.parse(slot.end) - Date.parse(slot.start)) / 60_000;
  return minutes > 0 ? minutes : null;
}

/** The same day and clock time, written in zones that make them different instants. */
function sameWallOtherInstant(a: string, b: string): boolean {
  const [x, y] = [DateTime.fromISO(a, { setZone: true }), DateTime.fromISO(b, { setZone: true })];
  if (!x.isValid || !y.isValid || x.toMillis() === y.toMillis()) return false;
  return x.toFormat("yyyy-MM-dd'T'HH:mm") === y.toFormat("yyyy-MM-dd'T'HH:mm");
}

// How each way of knowing a time's zone is told to the user; 'time' = where the time was.
const ZONE_SOURCES: Record<FoundTime['zoneSource'], FieldSource | 'time'> = {
  inline: 'time',
  stated: 'time',
  reader: 'prose',
  venue: 'venue',
  writer: 'signature',
  default: 'user-settings',
};

/**
 * The first markup event written as an instant, in the first zone the mail names that had that
 * offset then (else any zone that had it): the instant is exact, the zone's name a reading.
 */
function placeMarkup(
  events: MarkupEvent[],
  zones: Array<string | null>,
): { start: string; end: string | null; timezone: string; zoneNamed: boolean } | null {
  const event = events.find((e) => hasOffset(e.start));
  if (!event) return null;
  const start = DateTime.fromISO(event.start, { setZone: true });
  const named = zones.find(
    (zone) => zone && DateTime.fromMillis(start.toMillis(), { zone }).offset === start.offset,
  );
  const zone = named ?? zoneWithOffset(start.offset, start.toJSDate());
  if (!zone) return null;
  const end =
    event.end && hasOffset(event.end) ? DateTime.fromISO(event.end, { setZone: true }) : null;
  return {
    start: toIsoWithOffset(start.setZone(zone)),
    end: end && end > start ? toIsoWithOffset(end.setZone(zone)) : null,
    timezone: zone,
    zoneNamed: Boolean(named),
  };
}

function lengthInMinutes(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const minutes = (Date.parse(end) - Date.parse(start)) / 60_000;
  return minutes > 0 ? minutes : null;
}

/** Two readings of one instant on clocks that show it alike ("AEST" and Melbourne in winter). */
function sameOffset(a: string, b: string): boolean {
  return (
    DateTime.fromISO(a, { setZone: true }).offset === DateTime.fromISO(b, { setZone: true }).offset
  );
}

function onClock(instant: string, zone: string): string {
  return toIsoWithOffset(DateTime.fromISO(instant).setZone(zone));
}

function shifted(start: string, minutes: number, zone: string): string {
  return toIsoWithOffset(DateTime.fromISO(start).plus({ minutes }).setZone(zone));
}

// (A postponement with no new slot calls the old one off too.)
const CALLS_OFF =
  /\bcancel(?:s|led|ling|ed|ing)?\b|\bcall(?:ed|ing)? off\b|\bpostpon(?:e|es|ed|ing)\b/i;

// "It is now rescheduled to Monday, 26th April 2027 at the same time", "will now be on Thursday
// the 12th, same time": a move to a day that keeps the clock of the slot it leaves.
const SAME_TIME = /\b(?:at |for )?(?:the )?same time\b/gi;
// A sentence that says the meeting went to another day: "moved to", "rescheduled it to", "will
// now be on", "will now take place on".
const MOVED_TO =
  /\b(?:(?:mov|push|shift|chang|reschedul|postpon)\w*(?:\s+(?:it|your|the|our|this)\b[^.!?\n]{0,40}?)?\s+(?:to|until)|will now (?:be|take place))\b/i;

/**
 * The slot left (`read`, else the last one the text gives before) moved to the day a firm sentence
 * moves it to, with "same time" right after that day ("rescheduled to Monday 26 April at the
 * same time"), on the same clock and for as long. Not a question or a condition ("Could we move
 * it to Friday, same time?"), nor "at the same time" said as "meanwhile"; null when none.
 */
function sameClockOnNewDay(
  text: string,
  read: FoundTime | null,
  whenOptions: WhenOptions,
): FoundTime | null {
  const mentions = mentionsIn(text, whenOptions);
  for (const same of text.slice(0, 20_000).matchAll(SAME_TIME)) {
    const at = same.index ?? 0;
    const sentence = sentenceAround(text, at, at + same[0].length);
    if (!MOVED_TO.test(sentence) || ASKED.test(sentence) || !withoutConditionals(sentence).trim())
      continue;
    const before = mentions.filter((m) => m.hasDate && m.end <= at);
    const target = before
      .filter(
        (m) =>
          !m.hasTime &&
          /^(?:\s*the\s+\d{1,2}(?:st|nd|rd|th)?|st|nd|rd|th)?[\s,]*$/i.test(text.slice(m.end, at)),
      )
      .pop();
    // The slot left, read alone: "Friday, 23rd April 2027 at 11:00 AM IST".
    const left = before.filter((m) => m.hasTime).pop();
    const old =
      read ??
      (left ? findInterviewTime(text.slice(left.index, left.zoneEnd), whenOptions).best : null);
    const day = target?.date;
    if (!day || !old) continue;
    const { year, month, day: date } = old.wallStart;
    if (day.year === year && day.month === month && day.day === date) continue;
    const placed = placeWallTime({ ...old.wallStart, ...day }, old.timezone);
    if (!placed?.exact) continue;
    const length = old.end ? Date.parse(old.end) - Date.parse(old.start) : null;
    return {
      ...old,
      start: placed.iso,
      end: length ? shifted(placed.iso, length / 60_000, old.timezone) : null,
      wallStart: { ...old.wallStart, ...day },
      confidence: { ...old.confidence, start: Math.min(old.confidence.start, 0.8) },
    };
  }
  return null;
}

/** Every day the mentions name is `day` ("on Tuesday" by its weekday), or they name none. */
function onlyDaysAre(days: WallTime[], mentions: Mention[]): boolean {
  return mentions
    .filter((mention) => mention.hasDate)
    .every((mention) => mentionIsOn(mention, days));
}

function mentionIsOn(mention: Mention, days: WallTime[]): boolean {
  return days.some((day) =>
    mention.dayCertain
      ? mention.date.year === day.year &&
        mention.date.month === day.month &&
        mention.date.day === day.day
      : mention.weekday ===
        DateTime.fromObject({ year: day.year, month: day.month, day: day.day }).weekday % 7,
  );
}

/** A slot moved by a shift (a later clock or day when positive), its length (or `length`) kept. */
function movedSlot(slot: FoundTime, shift: SlotShift, length: number | null): FoundTime {
  // Days keep the wall clock across a change of offset; minutes move the instant.
  const move = (iso: string) =>
    toIsoWithOffset(
      DateTime.fromISO(iso, { setZone: true })
        .setZone(slot.timezone)
        .plus({ days: shift.days })
        .plus({ minutes: shift.minutes }),
    );
  const start = move(slot.start);
  const wall = DateTime.fromISO(start, { setZone: true });
  const end = slot.end ? move(slot.end) : length ? shifted(start, length, slot.timezone) : null;
  return {
    ...slot,
    start,
    end,
    confidence: end && !slot.end ? { ...slot.confidence, end: 0.8 } : slot.confidence,
    wallStart: {
      year: wall.year,
      month: wall.month,
      day: wall.day,
      hour: wall.hour,
      minute: wall.minute,
    },
  };
}

/**
 * The message's own slot after the shift it names: `found` moved, or `found` itself when it is
 * given as the new slot; 'ask' when the text does not say which it is; null when it does not write
 * `found`'s slot, or, among rivals, when the two slots are not written the shift apart.
 */
function movedInPlace(
  text: string,
  found: FoundTime,
  shift: SlotShift,
  mentions: Mention[],
  length: number | null,
  rivals: boolean,
): FoundTime | 'ask' | null {
  const moved = movedSlot(found, shift, length);
  const back = movedSlot(found, { ...shift, minutes: -shift.minutes, days: -shift.days }, length);
  // By days the date tells old from new; by minutes the clock does.
  const says = (slot: FoundTime) => (mention: Mention) =>
    shift.days !== 0
      ? mention.hasDate && mentionIsOn(mention, [slot.wallStart])
      : writesTheClockOf(mention, slot);
  // Two slots written the shift apart settle their rivalry, as a reading worked out.
  const settled = (slot: FoundTime) =>
    rivals ? { ...slot, confidence: { ...slot.confidence, start: 0.85 } } : slot;
  if (mentions.some(says(back))) return settled(found);
  if (mentions.some(says(moved))) return settled(moved);
  if (rivals) return null;
  // The one slot written is the old one when the clause that moves it gives it ("your interview at
  // 2pm has been pushed back", "push your 2pm back"), not as the new one, or when said to be ("it
  // was 2pm ET", "Original time was …"); the new one when said so
  // ("your interview is now on Thursday at 3pm - we had to push it back by an hour", "will now be
  // at 3pm", "forward by a day, to Wednesday"). Otherwise nobody can tell.
  const written = mentions.filter(says(found));
  if (written.length === 0) return null;
  // Its own clause's words, or the line that introduces it ("Previously scheduled:⏎Thursday …"): not
  // "I'll send the new invite shortly; your current slot is …".
  const lead = (mention: Mention) =>
    leadOf(text, mention)
      .split(/;|\s[-–—]\s/)
      .at(-1) ?? '';
  const givenAsOld = (mention: Mention) =>
    GIVEN_AS_OLD.test(lead(mention)) ||
    (mention.index < shift.end &&
      !CLAUSE_OR_SENTENCE_END.test(text.slice(mention.index, shift.index)) &&
      !GIVEN_AS_NEW.test(lead(mention)));
  if (written.every(givenAsOld)) return moved;
  return written.some(
    (mention) =>
      GIVEN_AS_NEW.test(lead(mention)) || NAMED_AS_THE_NEW_SLOT.test(leadOf(text, mention)),
  )
    ? found
    : 'ask';
}

// "It's for the X role", "this one's for the X role": the note says what this interview is for (not
// "not sure if it's for the X role or the Y one", "separate from the X role", "last year").
const NOTE_SAYS_FOR_THE_ROLE =
  /\b(?:(?:it(?:'|’)s|this is|this one(?:'|’)s|that(?:'|’)s)\s+(?:for\s+)?the|interview for the)\b/gi;
// (A doubt in the same sentence: "not sure if it's for the Data Analyst role or the BI one".)
const ROLE_IN_DOUBT =
  /\b(?:or|not sure|no idea|separate|last year|eventually|previous|other one)\b/i;

/** The note says which role this is: "It's for the Staff Engineer role", "This is the X role". */
function noteSaysForTheRole(note: string): boolean {
  return [...note.matchAll(NOTE_SAYS_FOR_THE_ROLE)].some(
    (said) => !ROLE_IN_DOUBT.test(sentenceOf(note, said.index)),
  );
}

// "Replied with option 2", "went with the second slot", "#3 works": the user's note picks an
// offered slot by the number the mail gave it ("Option 2: Tuesday, 13-07-2027, 11:30 AM", "2)
// Tue 13 July 11:30").
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const PICKED_BY_NUMBER =
  /(?:\b(?:option|slot|choice|number|no\.)|(?<![\w#])#)[ \t]*([1-5])\b|\b(first|second|third|fourth|fifth)[ \t]+(?:option|slot|choice|time)\b/i;
const EVERY_PICK_BY_NUMBER = new RegExp(PICKED_BY_NUMBER.source, 'gi');

// Only a doubt of the pick itself ("not sure", "asked for option 2?"), or the pick gone ("got
// snapped up", "fell through", "then they cancelled it"): "but on Zoom rather than at their office",
// "no clash with my other interview", "cancelled my gym class for it" doubt nothing of it.
const OPTION_IN_DOUBT =
  /\?|\b(?:maybe|perhaps|might|probably|not (?:sure|yet|confirmed|settled)|unconfirmed|waiting|pending|hear back|asked (?:for|about)|tentative\w*|provisional\w*|if|no longer|any ?more|instead|fell through|(?:got|was|been|is)(?: already)? (?:taken|gone|filled|snapped up)|(?:was|been)(?: already)? booked(?! in\b)|is already booked|booked (?:up|out|by)|snapped up|(?:isn(?:'|’)t|is not|not) (?:available|possible|free|an option)|unavailable|(?:they|it|that|which|was|got|been) cancell?ed|(?<!\bno )clash(?:es|ed)? with|(?:took|take|went with|picked|chose|go with) the (?:first|last|other) one)\b/i;

function slotPickedByNumber(
  note: string,
  body: string,
  slots: FoundTime[],
  whenOptions: WhenOptions,
): FoundTime | null {
  const picked = PICKED_BY_NUMBER.exec(note);
  // ("Replied with option 2 or 3", "option 2 was taken so I went with option 3": asked.)
  const numbers = new Set([...note.matchAll(EVERY_PICK_BY_NUMBER)].map((m) => m[1] ?? m[2]));
  if (
    !picked ||
    OPTION_IN_DOUBT.test(note) ||
    numbers.size > 1 ||
    /\b\d\s*(?:or|\/)\s*\d\b/.test(note)
  )
    return null;
  const number = picked[1]
    ? Number(picked[1])
    : ORDINALS.indexOf(picked[2]?.toLowerCase() ?? '') + 1;
  const line = new RegExp(
    String.raw`^[ \t>*•-]*(?:(?:option|slot|choice)[ \t]*)?#?${number}[ \t]*[:.)–—-][^\n]*`,
    'im',
  ).exec(body);
  if (!line) return null;
  const written = mentionsIn(line[0], whenOptions);
  const on = slots.filter((slot) =>
    written.some(
      (mention) =>
        writesTheClockOf(mention, slot) &&
        (!mention.hasDate || mentionIsOn(mention, [slot.wallStart])),
    ),
  );
  return on.length === 1 ? (on[0] ?? null) : null;
}

/** The mention writes the slot's clock ("2:00 PM", or "2:00" meaning the afternoon). */
function writesTheClockOf(mention: Mention, slot: FoundTime): boolean {
  return (
    !!mention.time &&
    likelyHour(mention.time, !mention.meridiemCertain).hour === slot.wallStart.hour &&
    mention.time.minute === slot.wallStart.minute
  );
}

/**
 * A move by an amount only asked for ("We'd like to push your interview back by an hour. The new
 * time is: Tuesday … 10:30"): the slot the mail gives as the new one stands; else it is asked.
 */
function givenAsTheNewSlot(text: string, found: FoundTime, mentions: Mention[]): FoundTime | 'ask' {
  const written = mentions.filter((mention) => writesTheClockOf(mention, found));
  return written.some((mention) => NAMED_AS_THE_NEW_SLOT.test(leadOf(text, mention)))
    ? found
    : 'ask';
}
// "The new time is:", "Updated slot:", "moved to": said to be the new one, right before it (not "the
// booking you have now is:", "A new invite will replace this one:", "the previous one was:").
const NAMED_AS_THE_NEW_SLOT =
  /(?:\b(?:new|updated|revised) (?:time|slot|date|schedule|timing)(?: (?:is|will be))?|\b(?:moved|changed|pushed)(?: \w+)? to)\s*:?\s*$/i;

/**
 * The words before a mention in its own sentence, or, where it opens a line, the line that
 * introduces it ("The new time is:⏎⏎Tuesday, May 25⏎10:30 AM", a short line or two between).
 */
function leadOf(text: string, mention: Mention): string {
  const start = sentenceStartIn(text, mention.index);
  const own = text.slice(start, mention.index);
  if (own.trim()) return own;
  const above = text.slice(Math.max(0, start - 200), start);
  return /([^\n]*:)[ \t]*\n(?:[ \t]*\n)*(?:[^\n:]{1,40}\n){0,2}[ \t]*$/.exec(above)?.[1] ?? own;
}

// A stop that ends a sentence ("2 p.m. ET" keeps its own), a question or exclamation, a line.
const SENTENCE_END = /[!?\n]|\.(?=\s+\p{Lu})/u;
// ... or a clause: "will be at 3pm ET - we had to push it back", "is at 3pm, since we had to", an
// aside about it ("at 3pm ET (we pushed it back an hour)", "at 3pm, which we pushed back").
const CLAUSE_OR_SENTENCE_END = new RegExp(
  String.raw`${SENTENCE_END.source}|\s[-–—]\s|[;:(]|,\s*(?:since|as|because|so|but|and|which|that)\b|\b(?:since|because)\b`,
  'u',
);
const GIVEN_AS_NEW =
  /\b(?:(?<!\b(?:have|has|had|got) )now|new (?:start )?(?:time|slot|date|timing|schedule)|instead|(?:moved|changed|rescheduled|pushed|brought)(?: \w+)? (?:to|for))\b|\b(?:to|until)\s*$/i;
const GIVEN_AS_OLD =
  /\b(?:was|were|had been|originally|original(?: time| slot| date)?|previously|current(?:ly)?|(?:have|has|had|got) now|due to (?:start|be))\b/i;

function sentenceStartIn(text: string, index: number): number {
  const before = text.slice(0, index);
  const ends = [...before.matchAll(new RegExp(SENTENCE_END.source, 'gu'))];
  const last = ends.at(-1);
  return last ? (last.index ?? 0) + last[0].length : 0;
}

/**
 * Reads one raw inbound message. Never throws, whatever the bytes: unreadable input is
 * `{ kind: 'unknown' }`. Interview facts come from the original message inside any forward.
 */
export async function understandMessage(
  raw: Uint8Array | string,
  options: UnderstandOptions,
): Promise<Understood> {
  try {
    return await read(raw, options);
  } catch {
    let envelope = EMPTY_ENVELOPE;
    try {
      envelope = envelopeOf(await parseMail(raw));
    } catch {
      envelope = EMPTY_ENVELOPE;
    }
    return { envelope, reading: { kind: 'unknown', confidence: {}, missing: [] } };
  }
}

/**
 * Reads the argument of a `time:` correction ("Tue 3pm ET", "March 12 10:30 CET") against the
 * moment the correction was sent. Null when it names no day and time.
 */
export function resolveCorrectedTime(
  arg: string,
  options: { reference: Date; defaultTimezone: string },
): { start: string; timezone: string } | null {
  try {
    const defaultTimezone = isIanaZone(options.defaultTimezone) ? options.defaultTimezone : 'UTC';
    const text = String(arg ?? '').slice(0, 300);
    const stated = findStatedZone(text);
    const inline = firstInlineZone(text);
    const zone = inline ?? stated?.zone ?? defaultTimezone;
    const when = findInterviewTime(`time: ${text}`, {
      reference: options.reference,
      referenceZone: zone,
      statedZone: stated,
      defaultTimezone,
      context: text,
      durationMinutes: null,
    });
    if (!when.best) return null;
    return { start: when.best.start, timezone: when.best.timezone };
  } catch {
    return null;
  }
}
