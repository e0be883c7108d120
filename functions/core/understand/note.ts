// Reader -> the forwarder's note: what the user wrote above a forward ("FYI it's actually 3:30 PM
// ET", "noon my time I think") is a second witness of the interview time. Agreeing, it confirms
// the time read from the original; correcting, it wins; contradicting, the reader asks, unless the
// note's time is the user's own sum, an hour or less out, from a time the mail gives in a zone it
// names outright: then the mail's time stands, and the acknowledgment shows the note's beside it.
import { DateTime, Info } from 'luxon';
import { sentenceOf, sentenceStart } from './people.ts';
import { officesNamedIn, placeNamed, zonesOfTownsNamed } from './places.ts';
import { MONTH_WORD, sentences, WEEKDAY_WORD } from './text.ts';
import { arrivesAt, likelyHour, type Mention, mentionsIn, type WhenOptions } from './when.ts';
import { placeWallTime, settledBy, toIsoWithOffset } from './zones.ts';

export interface NoteVerdict {
  /** The note confirms the original's time, corrects it, contradicts it, or says nothing. */
  verdict: 'confirms' | 'corrects' | 'contradicts' | 'silent';
  /** With `corrects`: the time the note gives, ISO with offset, in `timezone`. */
  start?: string;
  timezone?: string;
  /**
   * With `contradicts`: the note's time is the user's own sum, on their clock, from a time the
   * mail gives in another zone it names outright ("8:30pm my time I think" under "9:30 AM
   * Singapore time", an hour out): the mail's time stands (see `usersSum`).
   */
  mailStands?: boolean;
  /** With `contradicts`: the note's words for the time it gives. */
  said?: string;
}

// Words with which people correct what they forward.
const CORRECTION =
  /\b(?:actually|typo|mistake|wrong|correct(?:ion|ed)?|changed?|moved|(?:push(?:ed|ing)?|bump(?:ed|ing)?|shift(?:ed|ing)?) (?:it|this|us|me|the (?:interview|call|meeting)|back)|instead|rescheduled|updated?|new time|now at|not at)\b/i;

interface NoteTime {
  index: number;
  /** As the note writes it: "8:30pm my time". */
  text: string;
  zone: string;
  /** The note names no zone for it: it may be the original's clock or the user's own. */
  zoneless: boolean;
  hour: number;
  minute: number;
  /** The day, when the note gives one (resolved from a weekday when only that is written). */
  day: { year: number; month: number; day: number } | null;
  /** "Tuesday at 6pm": only the weekday is written, so only the weekday can agree. */
  weekday: number | null;
}

/** How a note's dates and times are read: in the user's zone, "my time" being theirs. */
function noteReading(note: string, userZone: string, reference: Date): WhenOptions {
  return {
    reference,
    referenceZone: userZone,
    statedZone: null,
    defaultTimezone: userZone,
    context: note,
    durationMinutes: null,
    writerZone: userZone,
    readerZone: null,
  };
}

/**
 * The note's times. One written without a zone is in the original's zone ("it moved to 4:30"),
 * unless the note says "my time" or "for me", which is the user's.
 */
// "Interview now 3pm for Dana - she's in London", "3pm for the panel", "she's in Amsterdam so it's
// 7pm for her": a clock of someone named, which is theirs (a name, so never "for now" or "for the
// Analyst role").
const FOR_SOMEONE_NAMED =
  /^[ \t]*,?[ \t]*for (?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?|her|him|them|the (?:panel|team|interviewers?|hiring manager|recruiter))(?=[ \t]*(?:[-–—,;.:()]|$))/mu;

function forSomeoneNamed(note: string, mention: Mention): boolean {
  return FOR_SOMEONE_NAMED.test(note.slice(mention.zoneEnd, mention.zoneEnd + 60));
}

/** The meaning of an ambiguous abbreviation in which the note's clock is the mail's instant. */
function meaningOfTheMail(
  mention: Mention,
  time: { hour: number; minute: number },
  original: DateTime,
): string | null {
  const zone = mention.zone;
  if (!zone?.alternatives?.length) return null;
  return (
    [zone.zone, ...zone.alternatives].find((meaning) => {
      const day = original.setZone(meaning);
      const at = placeWallTime(
        { year: day.year, month: day.month, day: day.day, ...time },
        meaning,
      );
      return at !== null && Date.parse(at.iso) === original.toMillis();
    }) ?? null
  );
}

function timesOf(
  note: string,
  mentions: Mention[],
  userZone: string,
  originalZone: string | null,
  original: DateTime,
): NoteTime[] {
  return mentions
    .filter(
      (mention) =>
        mention.hasTime &&
        mention.time &&
        !aboutOwnPlans(note, mention.index) &&
        !askedIn(note, mention.index) &&
        // "Interview now 10.30?": a clock asked about.
        !/^[ \t]*\?/.test(note.slice(mention.zoneEnd)) &&
        !replacedAt(note, mention.index) &&
        // "Time changed: 2pm -> 3pm": the clock an arrow leaves.
        !/^[ \t]*(?:-+>|=+>|[→⟶⇒➜])[ \t]*\d/.test(note.slice(mention.zoneEnd)) &&
        !DUE.test(note.slice(sentenceStart(note, mention.index), mention.index)) &&
        !ABOUT_ANOTHER.test(sentenceOf(note, mention.index)),
    )
    .map((mention) => {
      // "Changed 2pm to 3pm": a move's span, from the old clock to the new.
      // ("2pm → 3pm": an arrow between two clocks is a move however it is introduced.)
      const span = note.slice(mention.index, mention.zoneEnd);
      const moved =
        mention.endTime &&
        MOVED_BETWEEN_CLOCKS.test(span) &&
        (/->|→/.test(span) ||
          MOVE_SPAN_BEFORE.test(note.slice(sentenceStart(note, mention.index), mention.index)));
      const clock = (moved ? mention.endTime : mention.time) ?? { hour: 0, minute: 0 };
      const time = likelyHour(clock, !mention.meridiemCertain);
      return {
        index: mention.index,
        text: note.slice(mention.index, mention.zoneEnd).trim(),
        // (A zone only guessed, "3pm Portugal time" of a country with several clocks, is none.)
        zoneless:
          (!mention.zone || mention.zone.confidence < 0.5) &&
          !mention.relative &&
          !forSomeoneNamed(note, mention) &&
          !(theirTime(note, mention) && onlyTownIn(note)),
        // "1 pm IST" from a user in India is India's: their own zone settles an abbreviation,
        // unless one of its meanings names the mail's own instant ("14:00 GMT" over a Dakar
        // invitation agrees with it, though London keeps summer time that day).
        zone:
          mention.zone && mention.zone.confidence >= 0.5
            ? (meaningOfTheMail(mention, time, original) ??
              settledBy(mention.zone, userZone) ??
              mention.zone.zone)
            : theirTime(note, mention)
              ? onlyTownIn(note) || (originalZone ?? userZone)
              : mention.relative === 'elsewhere' ||
                  (!mention.relative && forSomeoneNamed(note, mention))
                ? // "3pm for her - she's in London", "9 his time (he's in Tokyo)": someone else's
                  // clock, placed where its sentence says they are; else it cannot be placed, and
                  // the reader asks ("moved it to 11am for her" may be for her sake).
                  (officesNamedIn(sentenceOf(note, mention.index))[0]?.zone ?? '')
                : mention.relative === 'writer'
                  ? writersClock(note, userZone)
                  : mention.relative
                    ? userZone
                    : (originalZone ?? userZone),
        ...time,
        day: mention.hasDate ? mention.date : null,
        weekday: mention.hasDate && !mention.dayCertain ? mention.weekday : null,
      };
    });
}

// "Technical round with Kanaal (Amsterdam). It's 10 am their time": the one town the note names,
// each of its kind alone (no namesake, no given name), is where "they" are; else the mail's clock.
const theirTime = (note: string, mention: Mention) =>
  !mention.relative &&
  /^[ \t]*their[ \t]+(?:local[ \t]+)?time\b/i.test(note.slice(mention.zoneEnd));
function onlyTownIn(note: string): string {
  const zones = new Set(
    [...note.matchAll(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?/gu)].flatMap((m) => {
      const place = placeNamed(m[0]);
      return place && place.confidence >= 0.85 ? [place.zone] : [];
    }),
  );
  const [only] = zones;
  return zones.size === 1 && only ? only : '';
}

// "still 11am my time (I am in Los Angeles)", "I'm in Denver this week, so 9am for me": the user
// away from home, whose own clock is where they say they are now (not "I'm in Denver next week",
// nor "I'm in Amazon's final loop"), placed as the reader places towns; one not known cannot be
// placed (asked).
const WRITER_AWAY =
  /\bI(?:[ \t]+am|'m|’m)[ \t]+(?:currently[ \t]+|now[ \t]+|still[ \t]+|over[ \t]+)?in[ \t]+(\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2})(?=[ \t]*(?:$|[,.;:!?)–—-]|(?:this week|today|tonight|at the moment|right now|for (?:work|the week)|so|and|but)\b))/mu;
function writersClock(note: string, userZone: string): string {
  const away = WRITER_AWAY.exec(note);
  if (!away) return userZone;
  // ("I'm in London today": maybe not on the interview's day; asked.)
  if (/^[ \t]*(?:today|tonight)\b/i.test(note.slice((away.index ?? 0) + away[0].length))) return '';
  const name = (away[1] ?? '').replace(/\.$/, '');
  const [only, ...others] = zonesOfTownsNamed(name);
  return placeNamed(name, undefined, true)?.zone ?? (only && others.length === 0 ? only : '');
}

// "Booked the 9am Southwest out of Midway", "they want me there for 10", "alarm set for 4:45",
// "Getting the 11:03 from King's Cross" (a service named by when it leaves): the user's own plans
// around the interview, with times that witness nothing about its start.
const OWN_PLANS =
  /\b(?:(?:get(?:ting)?|catch(?:ing)?) the \d{1,2}[:.]\d{2}|on the \d{1,2}[:.]\d{2} (?:from|to|out of|into)|flight|fly(?:ing)?|flew|train|bus|drive|driving|depart\w*|landing|booked the|hotel|arrive|arrival|be there|get there|there (?:for|by)|parking|alarm|wake|waking|leave (?:home|the house|work)|commute)\b/i;

const aboutOwnPlans = (note: string, index: number) => OWN_PLANS.test(sentenceOf(note, index));

// "slides due by noon Fri 30th", "need to send the case study back by 5pm Monday", "deadline for
// the task is Dec 8, 6pm": when something else is due, not when the interview is. ("It's now due
// to start at 2pm" is the interview's own time.)
const DUE =
  /\bdue\s+(?:by|before)\s*$|\bdeadline\b(?:(?!\b(?:and|but)\b)[^.!?\n,;]){0,40}$|\b(?:submit|send|upload|return|email|finish|complete)\w*\b(?:(?!\b(?:and|but)\b)[^.!?\n,;]){0,40}\bby\s*$/i;

// "(The Surry Hills one got moved to Thursday at 2.30)": a sentence whose subject is another
// application ("the Surry Hills one", "the other application") witnesses nothing about this one;
// the mail the news came in ("they moved it - sent a different email") is no such subject.
const ABOUT_ANOTHER =
  /\b[Tt]he\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+one\b|\b(?:[Aa]nother|[Tt]he other|[Aa] different|[Aa] separate)\s+(?:application|job|role|company|interview|position)\b/u;

// "Now Sat 10.30 instead of 12 noon", "moved (it) from 3", "11am, not 9am", "Original was 9am": the
// time it was, which witnesses nothing. (A bare "it was 3pm" is what the user was told.)
const REPLACED =
  /\b(?:instead of|rather than|in place of|no longer|(?:moved|changed|pushed|shifted|bumped|rescheduled|brought forward|preponed)(?: (?:it|this|that|the (?:time|interview|call|meeting|slot)))?(?: back| forward)? from|[,;]\s*not|original(?:ly)?(?:\s+time)?(?:\s+(?:was|is|at))?|was originally)\s+(?:the\s+)?(?:at\s+)?(?:\d{1,2}\s*)?$/i;

function replacedAt(note: string, index: number): boolean {
  // chrono's mention may hold the "from" itself ("from 11am"), or start after the hour ("12 noon").
  const own = /^(?:from|at)\s/i.exec(note.slice(index, index + 5))?.[0] ?? '';
  return REPLACED.test(`${note.slice(Math.max(0, index - 24), index)}${own}`);
}

/**
 * The clock times a mail gives, each with what it is: one on its reader's clock ("10am for you",
 * "2pm your time"), or one to arrive by ("Please arrive by 8:45").
 */
function mailTimesIn(
  text: string,
  userZone: string,
  reference: Date,
): Array<{ hour: number; minute: number; forReader: boolean; toArrive: boolean }> {
  if (!text) return [];
  return mentionsIn(text.slice(0, 20_000), noteReading(text, userZone, reference)).flatMap(
    (mention) =>
      mention.time
        ? [
            {
              ...likelyHour(mention.time, !mention.meridiemCertain),
              forReader: mention.relative === 'reader',
              toArrive: arrivesAt(text, mention.index),
            },
          ]
        : [],
  );
}

// "They're 3.5 hrs behind us", "no time difference", "same time as us": the user reasoning about
// the two clocks, in the time's sentence or the one before it.
const CLOCK_SUM =
  /\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: and a half)?\s*(?:hours?|hrs?|h)\s+(?:ahead|behind|earlier|later)\b|\btime difference\b|\bsame time as (?:us|me|here|home)\b|\b(?:ahead of|behind) (?:us|me)\b/i;

const SESSION_NAMED_BY_ITS_CLOCK =
  /^[ \t]*(?:[ap]\.?m\.?[ \t]*)?(?:slot|session|block|one|conversation|chat|panel|interview)\b(?![ \t]+(?:is|was|has been|got)[ \t]+(?:now|moved|changed|pushed))/i;

function ownSum(note: string, index: number): boolean {
  const start = sentenceStart(note, index);
  const before = sentenceStart(note, Math.max(0, start - 2));
  return CLOCK_SUM.test(note.slice(before, index + 40));
}

// "so 4pm here?": a time the user asks about is their own sum, no witness; the acknowledgment
// answers it by stating the time in their zone.
// ("Moved to 4:30pm, can you update?" still corrects: the correction word comes first.)
const askedIn = (note: string, index: number) =>
  /\?\s*$/.test(sentenceOf(note, index).trim()) && !correctedInSentence(note, index);

function sameTime(time: NoteTime, start: DateTime): boolean {
  const there = start.setZone(time.zone);
  if (there.hour !== time.hour || there.minute !== time.minute) return false;
  // chrono numbers weekdays 0 (Sunday) .. 6; luxon 1 (Monday) .. 7.
  if (time.weekday !== null) return there.weekday % 7 === time.weekday;
  return !time.day || (there.day === time.day.day && there.month === time.day.month);
}

// "so it's 11:30 now", "2pm instead": the correction word after the time (not "now that", "instead
// of").
// ("2.30 not 2, same place": a clock, then the clock it replaces, never "not 100% sure".)
const CORRECTION_AFTER =
  /^[ \t]*(?:now\b(?! that)|instead\b(?! of)|,?[ \t]*(?:and[ \t]+)?not[ \t]+(?:at[ \t]+)?\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?(?=[ \t]*(?:[,.;:!)–—-]|$|as\b|on\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)))/i;
// "now" right before the time replaces the time before it when said of the meeting ("Interview
// now 10:30"), or on the interview's clock when that is not the user's own, named ("Kenji rang,
// it's now 10:30 JST": nobody tells the moment they write on a clock abroad). On the user's own
// clock it may be the moment they write ("it is now 11:15 EST, forwarding", "Sorry, I said I'd
// forward this yesterday - it's now 10am"), so only a word of change says otherwise ("it's now
// 10am, same place"). Never the clock where they are ("I'm in London this week - it's now 10:30
// GMT"), nor another plan's ("lunch now 1pm"), nor outside the hours people are interviewed.
const NOW = /\bnow[ \t]*[:–—-]?[ \t]*$/i;
const MEETING_NOW = new RegExp(
  String.raw`\b(?:interview|call|meeting|screen|chat|session)(?:[ \t]+is)?[ \t]*${NOW.source}`,
  'i',
);
const INTERVIEW_HOURS = { from: 7 * 60, to: 20 * 60 };
// What "now" is said of: its clause before it, less the verb ("the office tour is now" -> "the
// office tour"). Only the meeting, a word standing for it ("it's now", "they moved it now"), news
// told ("Kenji said now") or nothing ("now 10am") moves the interview; of a tour or a check-in the
// clock is another plan's, which the reader asks about.
const CLAUSE_BREAK = /[,;:(!?.\n]|\s[-–—]\s/;
const SAID_OF_VERB = /(?:(?:'|’)s|\s+(?:is|has been|was|will be))?\s*$/i;
const STANDS_FOR_IT =
  /^(?:|.*\b(?:it|that|this|said|says|told me|texted|emailed|rang|called|phoned|confirmed|wrote|messaged)|(?:.*\s)?(?:(?:the|my|our|your|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:interview|call|meeting|screen|chat|session)(?:\s+with\s+[\p{L}'’. -]+)?)$/iu;
function nowSaidOfIt(before: string): boolean {
  const clause = (before.replace(NOW, '').split(CLAUSE_BREAK).pop() ?? '').replace(
    SAID_OF_VERB,
    '',
  );
  return STANDS_FOR_IT.test(clause.trim());
}

// "Dana's prep call got moved - it's now 11am", "Office tour update: it's now 1pm": a clock after
// another plan is that plan's, unless the interview is named after it ("Had coffee with Kenji;
// interview now 10:30").
const ANOTHER_PLAN =
  /\b(?:prep|preparation|(?:pre|post)-[\p{L}-]+|tour|walk-?through|briefing|rehearsal|dry run|mock|practice|workshop|check-in|check in|lunch|dinner|breakfast|coffee|drinks|site visit|debrief|tech check|train|flight|bus|parking|reception|induction|orientation|reference|before mine|other)\b/giu;
const A_MEETING_NAMED = /\b(?:interview|call|meeting|screen|chat|session)\b/i;

function ofAnotherPlan(before: string): boolean {
  const plan = [...before.matchAll(ANOTHER_PLAN)].at(-1);
  if (!plan) return false;
  // "The pre-scheduled interview": a prefix that is no meeting's, before the meeting itself.
  const prefixed = /^(?:pre|post)-([\p{L}-]+)$/iu.exec(plan[0]);
  const next = /^\s*([\p{L}-]+)/u.exec(before.slice((plan.index ?? 0) + plan[0].length))?.[1] ?? '';
  if (prefixed && !A_MEETING_NAMED.test(prefixed[1] ?? '') && A_MEETING_NAMED.test(next))
    return false;
  // The word right after the plan is its own ("prep call").
  const rest = before.slice((plan.index ?? 0) + plan[0].length).replace(/^\s*[\p{L}-]+/u, '');
  return !A_MEETING_NAMED.test(rest);
}
// "it's now 10am, same place.": the rest kept, so the clock is what changed (not "same day as I
// forwarded the other one").
const REST_KEPT = /^[ \t]*,[ \t]*same (?:place|room|link|address|location)[ \t]*(?:[.,;!)]|$)/i;
// "..., same place, but on Friday", "... Friday though", "but a week later", "just a different
// day": the day changed too, which the clock alone does not say.
const A_DAY_NAMED = new RegExp(
  String.raw`\b(?:${WEEKDAY_WORD}(?![a-z])|today|tomorrow|${MONTH_WORD}\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}|the\s+\d{1,2}(?:st|nd|rd|th)|(?:a|one|two) (?:day|week)s? (?:later|earlier)|(?:following|next|previous) (?:day|week)|(?:day|week) (?:after|before)|(?:different|another) day)`,
  'i',
);
const A_DAY_CHANGED =
  /\b(?:(?:different|another|new|other)\s+(?:day|date)|(?:day|date)\s+(?:as well|too|also|changed|moved)|(?:moved|changed|switched)\s+(?:the\s+)?(?:day|date))\b/i;
const NOW_HERE = /^[^.!?\n]{0,30}\b(?:here\b(?!(?:'|’)s| is| are)|where I am|local time)/i;
const OTHER_PLAN = String.raw`\b(?:lunch|dinner|breakfast|coffee|drinks|flight|train|bus)\b`;
// In the same clause, just before "now" ("lunch with Kenji now 1pm") or just after the time.
const OTHER_PLAN_BEFORE = new RegExp(String.raw`${OTHER_PLAN}[^,;.!?\n]{0,25}$`, 'i');
const OTHER_PLAN_AFTER = new RegExp(String.raw`^[^,;.!?\n]{0,30}${OTHER_PLAN}`, 'i');
// "Asked if we could do 2pm instead", "I would prefer 2pm instead", "Tried to get it moved to 2pm, no
// luck", "… 4pm, will confirm": what the user asked for, tried or awaits is no change made.
const ASKED_OR_TRIED =
  /\b(?:ask(?:ed|ing)?|request(?:ed)?|could|prefer(?:red)?|suggest(?:ed)?|propos(?:e|ed)|tried|trying|no luck|wish|hop(?:e|ing)|would (?:like|love)|if|will confirm|to confirm|waiting (?:to hear|on|for)|to be confirmed|tbc|apparently|unconfirmed|not (?:yet )?confirmed)\b/i;

// "They moved it to Friday at 2pm but then moved it back", "…, then changed it back to Thursday",
// "… but that move fell through": a move the note undoes after naming its slot corrects nothing;
// which slot stands is asked. (Not "pushed it back", a delay, nor an old slot that "didn't work".)
const UNDONE_AFTER =
  /\b(?:mov|chang|switch|swapp|flipp)(?:e|ed|ing)? (?:it|this|that|things|everything) back\b(?![ \t]+(?:by|an?|another|one|two|\d))|\b(?:that|the) (?:move|change) (?:fell through|(?:was|got) (?:undone|reversed|cancell?ed)|did(?:n(?:'|’)t| not) (?:happen|go ahead))\b/i;

/**
 * True when a correction word stands before the time at `index` in the same sentence, or right
 * after it (`length`: the time's text; `time`, the time read there, which "now" alone needs).
 */
function correctedInSentence(
  note: string,
  index: number,
  length = 0,
  time?: { hour: number; minute: number; zone: string; zoneless: boolean },
  original?: DateTime,
  userZone?: string,
): boolean {
  const before = note.slice(sentenceStart(note, index), index);
  // "Not sure if I got this wrong, but I think 3pm": a hedge corrects nothing; the reader asks.
  // "They moved the day as well - now 11am": the clock alone does not say the new slot.
  if (
    HEDGE.test(before) ||
    ASKED_OR_TRIED.test(sentenceOf(note, index)) ||
    ofAnotherPlan(before) ||
    A_DAY_CHANGED.test(before) ||
    UNDONE_AFTER.test(note.slice(index + length))
  )
    return false;
  return (
    CORRECTION.test(before) ||
    (nowSaysItMoved(
      before,
      time,
      original,
      userZone,
      note.slice(index + clockLength(note, index, length)),
    ) &&
      !NOW_HERE.test(note.slice(index, index + length + 20)) &&
      !OTHER_PLAN_BEFORE.test(before) &&
      !OTHER_PLAN_AFTER.test(note.slice(index + length))) ||
    (length > 0 && CORRECTION_AFTER.test(note.slice(index + length)))
  );
}

// "Interview now 3.", "it's now 3 - she's in London": a bare hour said to be the meeting's new one,
// which no clock reads (not "now 3 rounds", "now 2 of us"). Not the original's hour either way of
// the day, it is a change the reader asks about.
const NOW_BARE_HOUR =
  /\b[Nn][Oo][Ww][ \t]*[:–—-]?[ \t]*(\d{1,2})(?![\d:.,]\d|[ \t]*(?:[AaPp]\.?[Mm]|%|(?!ish\b)\p{Ll}|\/))/gu;

function bareHourNow(note: string, original: DateTime): string | null {
  for (const match of note.matchAll(NOW_BARE_HOUR)) {
    const hour = Number(match[1]);
    const index = match.index ?? 0;
    const before = note.slice(
      sentenceStart(note, index),
      index + match[0].toLowerCase().indexOf('now') + 3,
    );
    if (hour < 1 || hour > 12 || !nowSaidOfIt(before)) continue;
    if (original.hour % 12 !== hour % 12 || original.minute !== 0) return match[0];
  }
  return null;
}

// "Interview moved to Friday, same time", "Now on the 13th", "It's Friday now", "Same time but
// Friday instead", "Bumped to next Thursday", "Now 11 December", "Delayed a day": the day moved,
// which a clock kept alone does not say (the interview's own day moves nothing, nor do the clocks:
// "our clocks change on Sunday").
const ON_A_DATE = String.raw`\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+(?:of[ \t]+)?${MONTH_WORD}(?![a-z])|[ \t]+next month)`;
const NEW_DAY = String.raw`(?:next|the following)[ \t]+${WEEKDAY_WORD}(?![a-z])|${WEEKDAY_WORD}(?![a-z])(?:[ \t]+(?:next week|the week after)|,?[ \t]+(?:the[ \t]+)?(?:${ON_A_DATE}|\d{1,2}(?:st|nd|rd|th)\b))?|tomorrow|next week|(?:a|one) (?:day|week) later|(?:the[ \t]+)?${ON_A_DATE}|the \d{1,2}(?:st|nd|rd|th)\b|${MONTH_WORD}(?![a-z])[ \t]+\d{1,2}(?:st|nd|rd|th)?\b`;
const MOVE_VERB = String.raw`(?:move|moved|moving|push|pushed|change|changed|reschedule|rescheduled|shifted|switched|swapped|bumped|postpone|postponed|delayed)`;
const DAY_MOVED = new RegExp(
  String.raw`(?:\b(?<!\b(?:clocks?|time|doesn(?:'|’)t|don(?:'|’)t|didn(?:'|’)t|won(?:'|’)t|not|never)[ \t]+)${MOVE_VERB}\b(?![ \t]+my\b)[^.!?\n]{0,20}?\b(?:to|till|until|on)?|\bnow(?:\s+on)?)\s*(?:the\s+)?(?<!\bfrom\s+(?:the\s+)?)(${NEW_DAY})|\b(${NEW_DAY})\s+(?:now|instead)\b|\b${MOVE_VERB}\b(?:[ \t]+(?:back|out|forward))?[ \t]+(?:by[ \t]+)?((?:a|one|two|\d)[ \t]+(?:days?|weeks?))\b`,
  'i',
);
const EVERY_DAY_MOVED = new RegExp(DAY_MOVED.source, 'gi');
// (Not the user's own plans: "Moved my lunch to 12:30 so I can prep before the 2pm".)
const MOVED_TO_BEFORE = new RegExp(String.raw`\b${MOVE_VERB}\b(?![ \t]+my\b)[^.!?\n]{0,20}$`, 'i');
// "Friday at 3pm would work too", "Friday 6th at 3pm is the backup if Sam is sick", "Next round
// would be Friday 13th at 3pm": another slot than the one the note moves to.
const ANOTHER_SLOT_SAID =
  /\b(?:would|could|might|may|if|too|also|as well|backup|back-up|fallback|alternative|otherwise|instead of|next round|second round|final round)\b/i;
// (Right before a span of two clocks joined by "to" or an arrow, "Changed 2pm to 3pm", "moved it
// from 2pm to 3pm"; not "changed to 3pm - 4pm", "Rescheduled: 3-4pm", nor "Changed Thu 2pm to Fri
// 3pm", whose day moves too.)
const MOVE_SPAN_BEFORE = new RegExp(
  String.raw`\b${MOVE_VERB}\b(?:[ \t]+(?:it|this|that|the (?:time|interview|call|meeting|slot)))?(?:[ \t]+from)?[ \t]*$`,
  'i',
);
const MOVED_BETWEEN_CLOCKS =
  /^(?:from[ \t]+)?\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:to|-+>|→)[ \t]*\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\b\.?)?(?![ \t]*(?:-|to\b|\d))/i;
// "they've moved it to", "it got moved to", "interview now on": this meeting moved, as done.
const MOVE_OF_IT_MADE = new RegExp(
  String.raw`\b(?:(?:they|she|he|we|I)(?:(?:'|’)ve|(?:'|’)d| have| had)?[ \t]+(?:just[ \t]+)?${MOVE_VERB}[ \t]+(?:it|this|the[ \t]+(?:interview|call|meeting|chat|screen))|(?:it|this|interview|call|meeting|chat|screen)(?:(?:'|’)s|[ \t]+(?:has|had)[ \t]+been|[ \t]+was|[ \t]+got|[ \t]+is)[ \t]+(?:now[ \t]+)?${MOVE_VERB}|\b(?:it|interview|call|meeting|chat|screen)(?:(?:'|’)s|[ \t]+is)?[ \t]+now\b|^[ \t]*(?:${MOVE_VERB}|now)\b)`,
  'i',
);
const MOVE_NOT_MADE =
  /\b(?:want(?:ed|s)? to|offer(?:ed|s)? to|asked (?:if|whether|to)|should (?:I|we)|might|may (?:get|be|need)|could (?:we|they|you|it)|couldn(?:'|’)t|tried|try to|if|no change|not moved|refused|declined|back|original(?:ly)?|did(?:n(?:'|’)t| not) work|fell through)\b|\?/i;
const MONTH_NAMES = Info.months('short', { locale: 'en' }).map((name) => name.toLowerCase());

/** Whether the day the note names is the interview's own: by its date, else its weekday. */
function theInterviewsDay(written: string, original: DateTime): boolean {
  // "next Tuesday", "Thursday next week": which Tuesday depends on when the note was written, so
  // only the weekday is weighed (the mail that moves it there names the same one).
  const said = written
    .replace(/^(?:next|the following)\s+/i, '')
    .replace(/\s+(?:next week|the week after)$/i, '');
  if (/\b(?:tomorrow|later|days?|weeks?|month)\b/i.test(said)) return false;
  const month = new RegExp(MONTH_WORD, 'i').exec(said.replace(new RegExp(WEEKDAY_WORD, 'gi'), ''));
  const monthNumber = month ? MONTH_NAMES.indexOf(month[0].slice(0, 3).toLowerCase()) + 1 : 0;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(said);
  if (day) return Number(day[1]) === original.day && (!month || monthNumber === original.month);
  return original.setLocale('en').toFormat('ccc').toLowerCase() === said.slice(0, 3).toLowerCase();
}

function dayMovedTo(
  note: string,
  original: DateTime,
  /** The note's clocks that keep the interview's ("same time (3 pm for me)"). */
  clocksKept: NoteTime[] = [],
  userZone?: string,
): RegExpExecArray | null {
  // With a clock kept, only a day named says where it went ("Moved by a week. Now Thu 29th, which
  // is 1pm UK time": the week says nothing the mail's new day does not), and only a move made of
  // this meeting: not one wanted, offered, asked, tried or refused ("They wanted to move it to
  // Thursday 12th but we kept it"), nor another meeting's ("The onsite after this moved to …").
  const named =
    clocksKept.length > 0
      ? [...note.matchAll(EVERY_DAY_MOVED)].filter((found) => !found[3])
      : [DAY_MOVED.exec(note)].flatMap((found) => (found ? [found] : []));
  // ("… but that did not work for Priya so still Wednesday at 2pm": the interview's own day said
  // again after the move undoes it; asked.)
  const ownDayAgain = new RegExp(String.raw`\b${original.setLocale('en').toFormat('cccc')}\b`, 'i');
  const moved =
    clocksKept.length > 0
      ? (named.find(
          (found) =>
            MOVE_OF_IT_MADE.test(note.slice(sentenceStart(note, found.index), found.index + 40)) &&
            !MOVE_NOT_MADE.test(sentenceOf(note, found.index)) &&
            !ownDayAgain.test(note.slice(found.index + found[0].length)),
        ) ??
        // (A move named but not said as made of it: neither day is sure, so it is asked.)
        (named[0] ? Object.assign(named[0], { unsure: true }) : null))
      : (named[0] ?? null);
  if (!moved) return null;
  // Not another plan's, nor another application's ("The Surry Hills one got moved to Thursday 14th
  // at 2.30"): a clock in its sentence that the note's times left out says it is not this one.
  const sentence = sentenceOf(note, moved.index);
  const from = sentenceStart(note, moved.index);
  const clocks = [...sentence.matchAll(/\d[:.]\d\d|\d\s*[ap]\.?m\b/gi)];
  const clockOfAnother = clocks.some((clock) => {
    const at = from + (clock.index ?? 0);
    return !clocksKept.some((kept) => at >= kept.index && at < kept.index + kept.text.length);
  });
  if (
    ofAnotherPlan(note.slice(0, moved.index + moved[0].length)) ||
    ABOUT_ANOTHER.test(sentence) ||
    clockOfAnother
  )
    return null;
  // The interview's own day, by its weekday or its date ("moved to the 16th" over the mail that
  // moves it there), moves nothing.
  // (On either clock: "now Tue Apr 6, 6pm my time" of Wednesday morning in Sydney.)
  const said = moved[1] ?? moved[2] ?? moved[3] ?? '';
  const onUsersClock = userZone ? original.setZone(userZone) : original;
  return theInterviewsDay(said, original) || theInterviewsDay(said, onUsersClock) ? null : moved;
}

// "11am, the week after" may be read as one time: what follows its clock is the rest of the note.
const LEADING_CLOCK = /^\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?/i;
function clockLength(note: string, index: number, length: number): number {
  return LEADING_CLOCK.exec(note.slice(index, index + length))?.[0].length || length;
}

function nowSaysItMoved(
  before: string,
  time: { hour: number; minute: number; zone: string; zoneless: boolean } | undefined,
  original: DateTime | undefined,
  userZone: string | undefined,
  after: string,
): boolean {
  if (!NOW.test(before) || !nowSaidOfIt(before)) return false;
  // "Interview now 11am, but next week": the day moved too, which the clock alone does not say.
  const dayMovedToo = A_DAY_NAMED.test(after.slice(0, 120));
  const minutes = time ? time.hour * 60 + time.minute : null;
  if (minutes !== null && (minutes < INTERVIEW_HOURS.from || minutes > INTERVIEW_HOURS.to))
    return false;
  if (MEETING_NOW.test(before)) return !dayMovedToo;
  if (!time || !original) return false;
  const onInterviewClock = (zone: string) => original.setZone(zone).offset === original.offset;
  const userClock = !!userZone && onInterviewClock(userZone);
  if (time.zoneless) return userClock && REST_KEPT.test(after) && !dayMovedToo;
  return onInterviewClock(time.zone) && !userClock;
}

// "Might have to push this to 4pm", "I may need to shift it": a plan, not a change made.
const HEDGE =
  /\b(?:not sure|i think|i guess|maybe|perhaps|probably|might|could be|may (?:need|have) to)\b/i;

// "Is this 2pm Perth time or Sydney time??", "which time zone is that?", "ET or CT?": a question
// about whose clock the time is on.
const ZONE_QUESTION =
  /\b(?:which|what|whose) (?:time[- ]?zone|time|clock)\b|\b(?:my|our|their|his|her|your|local) time\b[^?.!]{0,40}\bor\b|\bor (?:my|our|their|his|her|your|local) time\b|\b\p{Lu}\p{Ll}+ time or \p{Lu}\p{Ll}+ time\b|\b[A-Z]{1,4}T or [A-Z]{1,4}T\b|\b(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?|time|clock)\s+(?:his|hers|theirs|yours|mine|ours)\s+or\s+(?:his|hers|theirs|yours|mine|ours)\b/u;

/** True when the user's note asks which zone the forwarded time is in. */
export function doubtsTheZone(note: string): boolean {
  const said = sentences(note.slice(0, 2_000));
  return said.some(
    (sentence, i) =>
      sentence.includes('?') &&
      (ZONE_QUESTION.test(sentence) ||
        // "He said Thursday at 9. Is that his or mine?": of a time just given.
        (WHOSE_IS_IT.test(sentence) && /\d/.test(`${said[i - 1] ?? ''} ${sentence}`))),
  );
}

const WHOSE_IS_IT =
  /\b(?:that|it|this)\s+(?:his|hers|theirs|yours|mine|ours)\s+or\s+(?:his|hers|theirs|yours|mine|ours)\b/i;

// "They told me 9am my time now": news the user heard, a witness, not a sum.
const NEWS =
  /\b(?:told|said|says|now|spoke|phone|heard|confirmed|emailed|texted|rang|called|pushed|bumped|shifted|later|earlier)\b/i;

/**
 * The note's time is the user's own sum from the mail's: said on their clock ("8:30pm my time",
 * "9am ET" from a New Yorker; with no zone it may be on the mail's), which is not the mail's; an
 * hour or less out, as a clock change or a slip makes it; never the mail's own wall time (that
 * disputes the zone, not the sum); and no news in its sentence.
 */
function usersSum(t: NoteTime, original: DateTime, note: string, userZone: string): boolean {
  if (t.zoneless || t.zone !== userZone) return false;
  const there = original.setZone(userZone);
  if (there.offset === original.offset) return false;
  if (t.hour === original.hour && t.minute === original.minute) return false;
  const gap = Math.abs(t.hour * 60 + t.minute - (there.hour * 60 + there.minute));
  return Math.min(gap, 1440 - gap) <= 60 && !NEWS.test(sentenceOf(note, t.index));
}

// "… may run to 3pm": the end of the slot, not a rival start.
const RANGE_END = /\b(?:to|until|till|til)\s*$|[-–]\s*$/i;

// Two times set against each other: "11:30 but … 10:30", "2pm or 3pm", "10 vs 11" (not "3pm
// their time, which I think is 2pm here?": the user's own sum).
const SET_AGAINST = /\b(?:but|or|vs\.?|versus)\b/i;

/**
 * Two times read on one clock: the same zone or relative clock, or one left on the other's ("9am
 * or 10am my time"); not a zone against another clock ("2pm ET but that is 11am for me").
 */
function onOneClock(a: Mention, b: Mention): boolean {
  if (a.zone && b.zone) return a.zone.zone === b.zone.zone;
  if (a.relative && b.relative) return a.relative === b.relative;
  return !(a.zone && b.relative) && !(b.zone && a.relative);
}

/**
 * The first of two different times a question of the note sets against each other ("The
 * invite says 11:30 but her note says 10:30am CST??"), as written; null when it asks no such thing.
 */
function rivalTimesAsked(text: string, mentions: Mention[]): string | null {
  const timed = mentions.filter((mention) => mention.hasTime && mention.time);
  for (const [i, first] of timed.entries()) {
    const sentence = sentenceOf(text, first.index);
    if (!sentence.includes('?')) continue;
    const start = sentenceStart(text, first.index);
    // On one clock (a zone and "for me" are two: the user's sum), and no slot's end ("to 3pm").
    const rival = timed
      .slice(i + 1)
      .find(
        (other) =>
          sentenceStart(text, other.index) === start &&
          onOneClock(first, other) &&
          (other.time?.hour !== first.time?.hour || other.time?.minute !== first.time?.minute) &&
          SET_AGAINST.test(text.slice(first.zoneEnd, other.index)) &&
          !RANGE_END.test(text.slice(first.zoneEnd, other.index)),
      );
    if (rival) return text.slice(first.index, first.zoneEnd).trim();
  }
  return null;
}

/**
 * Weighs the user's note against the start read from the original (null when none was read).
 * `reference` is when the note was written, for its relative days.
 */
export function weighNote(
  note: string,
  start: string | null,
  options: {
    userZone: string;
    reference: Date;
    originalZone?: string | null;
    /** The original names its zone ("Sri Lanka time", "CET"), rather than leaving it inferred. */
    zoneNamed?: boolean;
    /** And names it outright, not by one meaning of an ambiguous abbreviation ("IST", "CST"). */
    zoneSure?: boolean;
    /** The original's text, for the times it gives on the user's own clock ("10am for you"). */
    mailText?: string;
  },
): NoteVerdict {
  if (!note.trim()) return { verdict: 'silent' };
  const original = start ? DateTime.fromISO(start, { setZone: true }) : null;
  // Without a time from the original there is nothing to confirm or correct: a time in the note
  // may be anything ("prep call with my mentor at 4pm"), so the reader asks.
  if (!original?.isValid) return { verdict: 'silent' };
  // The note's dates and times, read once for both rules below.
  const mentions = mentionsIn(
    note.slice(0, 2_000),
    noteReading(note, options.userZone, options.reference),
  );
  // "The invite says 11:30 but her note says 10:30am CST??": the user asks which; the reader asks.
  const rivals = rivalTimesAsked(note, mentions);
  if (rivals) return { verdict: 'contradicts', said: rivals };
  // "Changed Thu 2pm to Fri 3pm": a move across days read as one span; which day and clock is asked.
  const acrossDays = mentions.find(
    (m) =>
      m.endTime &&
      new RegExp(
        String.raw`\bto[ \t]+(?:${WEEKDAY_WORD}|\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH_WORD})`,
        'i',
      ).test(note.slice(m.index, m.zoneEnd)) &&
      MOVE_SPAN_BEFORE.test(note.slice(sentenceStart(note, m.index), m.index)),
  );
  if (acrossDays)
    return { verdict: 'contradicts', said: note.slice(acrossDays.index, acrossDays.zoneEnd) };
  const read = timesOf(note, mentions, options.userZone, options.originalZone ?? null, original);
  // "They're 5 and a half hours ahead, so that's 9.30am for me": the user's own sum from a time
  // the mail gives in a zone it names witnesses nothing; the acknowledgment states the time in
  // their zone, which answers it.
  // "10am my time per his email": a time the mail itself gives on the user's clock, copied, is the
  // mail's own sum ("3pm UK time, which I make 10am for you"), not a second witness.
  // Read only when the note has a time on the user's clock to compare: it parses the mail again.
  const onUserClock = read.some((t) => t.zoneless || t.zone === options.userZone);
  const mailTimes = onUserClock
    ? mailTimesIn(options.mailText ?? '', options.userZone, options.reference)
    : [];
  const echoed = mailTimes.filter((time) => time.forReader);
  // "Need to leave by 6 to make 8:45": the arrival the mail itself gives before the start read, on
  // the same clock, is copied from it, no second witness to the start. (Any other time the mail
  // gives still is: the reader may have taken the wrong one of them.)
  const sameClock = original.setZone(options.userZone).offset === original.offset;
  const startMinute = original.hour * 60 + original.minute;
  const mailClock = sameClock
    ? mailTimes.filter((time) => time.toArrive && time.hour * 60 + time.minute < startMinute)
    : [];
  // "the 10:15 slot will be with Maribel instead": a session of the mail's schedule, named by the
  // clock the mail gives it, is no time of the interview's.
  const sessions = mailTimes.filter((time) =>
    read.some(
      (t) =>
        t.hour === time.hour &&
        t.minute === time.minute &&
        SESSION_NAMED_BY_ITS_CLOCK.test(
          note.slice(t.index + t.text.length, t.index + t.text.length + 30),
        ),
    ),
  );
  const all = read.filter(
    (t) =>
      correctedInSentence(note, t.index, t.text.length, t, original, options.userZone) ||
      !(
        (options.zoneNamed && ownSum(note, t.index)) ||
        ((t.zoneless || t.zone === options.userZone) &&
          [...echoed, ...mailClock, ...sessions].some(
            (e) => e.hour === t.hour && e.minute === t.minute,
          ))
      ),
  );
  // "the 2:00 was a typo, it's actually 3:30": a correction word corrects the times after it in
  // its own sentence; elsewhere in the note ("they changed the room. Still 10am") it does not.
  const corrections = all.filter((t) =>
    correctedInSentence(note, t.index, t.text.length, t, original, options.userZone),
  );
  const times = corrections.length > 0 ? corrections : all;
  if (times.length === 0) {
    const bare = bareHourNow(note, original) ?? dayMovedTo(note, original)?.[0];
    return bare ? { verdict: 'contradicts', said: bare } : { verdict: 'silent' };
  }
  // "Panel Thu 9am. Actually it got moved to 11am.": the note confirms the mail's time in one
  // sentence and corrects it in another; the reader asks rather than pick one. ("The 2:00 was a
  // typo, it's actually 3:30" corrects its own 2:00, in the same sentence.)
  const corrected = new Set(corrections.map((t) => sentenceStart(note, t.index)));
  const confirmedElsewhere = all.some(
    (t) => !corrected.has(sentenceStart(note, t.index)) && sameTime(t, original),
  );
  const correction = corrections[0];
  if (correction && confirmedElsewhere && !sameTime(correction, original))
    return { verdict: 'contradicts', said: correction.text };
  // "Recruiter screen, Thursday 4pm" above "10am CT (4pm for you)": a time without a zone agrees
  // when it is the original's on either clock, the original's or the user's own.
  const agrees = (t: NoteTime) =>
    sameTime(t, original) || (t.zoneless && sameTime({ ...t, zone: options.userZone }, original));
  // "They've moved it to Thursday 14th, same time (3 pm for me)": the clock kept, the day moved;
  // to the date it names, or asked where it names only a weekday (which week is not said).
  const kept = (corrections.length > 0 ? times.slice(0, 1) : times).filter(agrees);
  const moved = kept.length > 0 ? dayMovedTo(note, original, kept, options.userZone) : null;
  const [clock] = kept;
  if (moved && 'unsure' in moved) return { verdict: 'contradicts', said: moved[0] };
  if (moved && clock) {
    const end = moved.index + moved[0].length;
    const day = mentions.find(
      (mention) =>
        mention.hasDate &&
        mention.dayCertain &&
        mention.index >= moved.index &&
        mention.index < end,
    )?.date;
    // The note's clock on the day it names, which must still be the interview's wall clock on its
    // own (a day named on the user's clock may be another on the interview's).
    const zone = options.originalZone ?? original.zoneName ?? 'UTC';
    const placed = day
      ? placeWallTime({ ...day, hour: clock.hour, minute: clock.minute }, clock.zone)
      : null;
    const start = placed?.exact ? DateTime.fromISO(placed.iso).setZone(zone) : null;
    return start?.isValid && start.hour === original.hour && start.minute === original.minute
      ? { verdict: 'corrects', start: toIsoWithOffset(start), timezone: zone }
      : { verdict: 'contradicts', said: moved[0] };
  }
  // "Pushed to 3pm (2pm fell through on their end)": a move to another clock beside the old one
  // named again confirms nothing.
  // (Not a move only wanted or asked: "they wanted to move it to 3pm but Sam can't".)
  const movedElsewhere = times.find(
    (t) =>
      !agrees(t) &&
      MOVED_TO_BEFORE.test(note.slice(sentenceStart(note, t.index), t.index)) &&
      !ASKED_OR_TRIED.test(sentenceOf(note, t.index)) &&
      !/\b(?:want(?:ed|s)?|offer(?:ed|s)?) to\b/i.test(sentenceOf(note, t.index)),
  );
  if (corrections.length === 0 && movedElsewhere)
    return { verdict: 'contradicts', said: movedElsewhere.text };
  if (corrections.length > 0 ? times[0] && agrees(times[0]) : times.some(agrees))
    return { verdict: 'confirms' };
  if (corrections.length === 0) {
    return {
      verdict: 'contradicts',
      mailStands:
        options.zoneSure === true &&
        times.every((t) => usersSum(t, original, note, options.userZone)),
      said: times[0]?.text,
    };
  }
  // "Moved to Friday at 2pm. Then they pushed it back an hour to 3pm": corrections to different
  // clocks in different sentences leave the last word unsure; asked. (One sentence may give the
  // end, or the same moment on another clock: "Moved to 3pm ET (12pm my time)".)
  // ("Moved to 3pm, then to 4pm": a second move in the same sentence, after "then", "later", "again".)
  const [firstCorrection] = corrections;
  const laterOther =
    firstCorrection &&
    corrections.some(
      (t) =>
        (t.hour !== firstCorrection.hour || t.minute !== firstCorrection.minute) &&
        (sentenceStart(note, t.index) !== sentenceStart(note, firstCorrection.index) ||
          /\b(?:then|later|again|afterwards|after that)\b/i.test(
            note.slice(firstCorrection.index, t.index),
          )),
    );
  if (laterOther) return { verdict: 'contradicts', said: corrections.at(-1)?.text };
  // A correction gives its own day, or its sentence gives it with the same clock ("it's 3pm now -
  // Friday 6th at 3pm"), or it keeps the original's day in the note's zone.
  const first = times[0];
  const sameClockWithDay = first
    ? all.find(
        (t) =>
          t.day &&
          t.hour === first.hour &&
          t.minute === first.minute &&
          sentenceStart(note, t.index) === sentenceStart(note, first.index),
      )
    : undefined;
  // ("Moved to 3pm. New date is Friday 6 March at 3pm" and "… Last round was Friday 27 Feb at 3pm"
  // read alike: another sentence's day for the same clock, which may or may not be the move's, is
  // asked; a slot only wished or held in reserve is not the move's.)
  const dayElsewhere =
    first &&
    !first.day &&
    !sameClockWithDay &&
    all.some(
      (t) =>
        t.day &&
        (t.day.day !== original.day || t.day.month !== original.month) &&
        t.hour === first.hour &&
        t.minute === first.minute &&
        !ANOTHER_SLOT_SAID.test(sentenceOf(note, t.index)),
    );
  if (dayElsewhere) return { verdict: 'contradicts', said: first.text };
  const time = times.find((t) => t.day) ?? sameClockWithDay ?? times[0];
  if (!time) return { verdict: 'contradicts' };
  // ("Moved to Thursday 12th, now 11am": a clock with no day of its own where the day moved too.)
  // ("Jane moved it from 2pm to 3:30pm today": today may be when she moved it; asked.)
  if (time.day && /\b(?:today|tonight)\b/i.test(time.text) && time.day.day !== original.day)
    return { verdict: 'contradicts', said: time.text };
  const dayMoved = time.day ? null : DAY_MOVED.exec(note);
  if (dayMoved && !theInterviewsDay(dayMoved[1] ?? dayMoved[2] ?? dayMoved[3] ?? '', original))
    return { verdict: 'contradicts', said: dayMoved[0] };
  const day = dayCorrected(time, original);
  if (!day) return { verdict: 'contradicts', said: time.text };
  const placed = placeWallTime(
    { year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute },
    time.zone,
  );
  if (!placed?.exact) return { verdict: 'contradicts' };
  return {
    verdict: 'corrects',
    start: toIsoWithOffset(DateTime.fromISO(placed.iso, { setZone: true })),
    timezone: time.zone,
  };
}

/**
 * The day a correction means. A weekday alone ("Interview now Thursday 11am") is the original's own
 * day when it names that weekday, and otherwise must be the same day whether counted from the note
 * or in the original's week: forwarded on Monday 2 March, "now Friday" of an interview on Thursday
 * 12 March may be the 6th or the 13th, which the reader asks.
 */
function dayCorrected(
  time: NoteTime,
  original: DateTime,
): { year: number; month: number; day: number } | null {
  const kept = original.setZone(time.zone || 'UTC');
  if (!time.day) return kept;
  if (time.weekday === null) return time.day;
  // chrono numbers weekdays 0 (Sunday) .. 6; luxon 1 (Monday) .. 7.
  if (kept.weekday % 7 === time.weekday) return kept;
  const offset = ((((time.weekday - (kept.weekday % 7) + 7) % 7) + 3) % 7) - 3;
  const inItsWeek = kept.plus({ days: offset });
  return inItsWeek.year === time.day.year &&
    inItsWeek.month === time.day.month &&
    inItsWeek.day === time.day.day
    ? time.day
    : null;
}

/**
 * The slots on the days a text names (a weekday alone, or a date), read on the user's clock, how
 * many days it names, and how many of them no slot is on; a day of the user's own plans ("flying
 * back Friday") is none.
 */
export function slotsOnDaysNamed<T extends { start: string; timezone: string }>(
  text: string,
  slots: T[],
  options: { userZone: string; reference: Date },
): { days: number; fits: T[]; unfit: number } {
  if (!text.trim() || slots.length === 0) return { days: 0, fits: [], unfit: 0 };
  const days = mentionsIn(
    text.slice(0, 2_000),
    noteReading(text, options.userZone, options.reference),
  ).filter((mention) => mention.hasDate && !aboutOwnPlans(text, mention.index));
  const on = (slot: T, day: (typeof days)[number]) => {
    const there = DateTime.fromISO(slot.start, { setZone: true });
    // chrono numbers weekdays 0 (Sunday) .. 6; luxon 1 (Monday) .. 7.
    return day.dayCertain
      ? there.day === day.date.day && there.month === day.date.month
      : day.weekday !== null && there.weekday % 7 === day.weekday;
  };
  const fits = slots.filter((slot) => days.some((day) => on(slot, day)));
  // Days named that no slot is on: "pushed back a day to Wednesday. Same time" leaves Tuesday's.
  const unfit = days.filter((day) => !slots.some((slot) => on(slot, day))).length;
  return { days: days.length, fits, unfit };
}

/**
 * With the time unsettled (a slot moved away from and one offered instead, or several offered),
 * the day the user's note names ("Said yes to the Monday", "the 17th works") picks the one slot on
 * that day, and a yes with no day ("Said yes to this one") the only slot offered. Null when the
 * note names more than one day, or a day that fits none or several.
 */
export function slotTheNoteNames<T extends { start: string; timezone: string }>(
  note: string,
  slots: T[],
  options: { userZone: string; reference: Date },
): T | null {
  const { days, fits } = slotsOnDaysNamed(note, slots, options);
  if (days === 1 && fits.length === 1) return fits[0] ?? null;
  // "Said yes to this one": the one slot offered, with no day named.
  return days === 0 && slots.length === 1 && noteSaysItStands(note) ? (slots[0] ?? null) : null;
}

// The user's note says a change or a slot asked about stands: a yes said of the slot or the change
// ("said yes", "said yes to Fraser", "told Dana yes", "accepted it", "agreed to the new time", "I
// confirmed", "accepted the invite", "told her that works", "booked it", "later start now", "they
// moved it a week. Still 9am for me"), or a note that is only the word ("Agreed."); not "agreed to
// send my portfolio first", "confirmed I am still interested", "said yes to lunch", "forwarding
// this now", a question, a but, a no, a maybe or a wait.
const YES_TO = String.raw`(?:(?:this|that|the) one|it|this|that|them|(?:the|their|her|his|your) (?:new |later |earlier |meeting |calendar )?(?:time|slot|move|change|invite|invitation|proposal|suggestion))`;
const SAID_ALONE = String.raw`(?=[ \t]*(?:$|[-–—.,;:!)]))`;
const NOTE_STANDS = new RegExp(
  String.raw`\b(?:(?:said|replied) yes(?: to (?:${YES_TO}|\p{Lu}\p{Ll}+))?${SAID_ALONE}|told \p{Lu}\p{Ll}+ yes${SAID_ALONE}|(?:accepted|agreed to|confirmed|ok(?:'|’)?d|went with|going with|booked) ${YES_TO}\b|(?:accepted|agreed|confirmed)${SAID_ALONE}|told (?:\p{L}+) (?:that |it )?(?:works|suits)|(?:that|it|this) (?:works|suits) for me|locked in|(?:moved|pushed|bumped|shifted) (?:it|us|me|the (?:interview|call|meeting))\b)|\b(?:earlier|later|moved|pushed|changed|shifted)\b[^.?!,;\n]{0,20}\bnow\b`,
  'iu',
);
const NOTE_ONLY_YES = /^\W*(?:agreed|accepted|confirmed|done|yes|ok(?:ay)?)\W*$/i;
const NOTE_DOUBTS =
  /\b(?:not|no|neither|nor|yet|but|still(?! (?:\d|at \d|the same|same))|whether|asked|check|first|likely|unlikely|original|old|withdraw\w*|offer|can(?:'|’)?t|cannot|won(?:'|’)t|don(?:'|’)t|doesn(?:'|’)t|haven(?:'|’)t|hasn(?:'|’)t|maybe|perhaps|might|may|probably|need to|think about|will (?:check|confirm|see)|tentative\w*|pending|provisional\w*|in principle|waiting|hear back|cancel\w*)\b/i;

export function noteSaysItStands(note: string): boolean {
  return (
    (NOTE_STANDS.test(note) || NOTE_ONLY_YES.test(note)) &&
    !note.includes('?') &&
    !NOTE_DOUBTS.test(note)
  );
}
