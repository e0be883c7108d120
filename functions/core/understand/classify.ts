// Reader -> what kind of message: an interview confirmation, a reschedule or cancellation notice,
// or an employer's reply (rejection, next round, offer, neutral, out-of-office, auto-ack).
import type { ReplyClass } from '../reading.ts';
import type { CalendarEvent } from './calendar.ts';
import { SUBJECT_PREFIXES } from './original.ts';
import { slotShift } from './slot-shift.ts';
import {
  ASKS_TO_MOVE_ELSEWHERE,
  CLOCK_WRITTEN,
  MEETING_NOUN,
  MEETING_PLATFORM,
  MONTH_WORD,
  MUST_MOVE,
  NO_SLOT,
  sentences,
  WEEKDAY_WORD,
} from './text.ts';
import { withColonTimes } from './when.ts';

export interface Signals {
  cancellation: boolean;
  /** The subject says a meeting is cancelled ("Canceled: intro call"), as a tool's notice does. */
  cancellationNotice: boolean;
  reschedule: boolean;
  rejection: boolean;
  offer: boolean;
  advance: boolean;
  /** A recorded interview done alone before a deadline: no meeting, no start. */
  selfPaced: boolean;
  /** An auto-reply by its subject ("Automatic reply: …"). */
  outOfOffice: boolean;
  /** An absence mentioned later ("I'm out of the office Monday for Labour Day"). */
  absenceMentioned: boolean;
  autoAck: boolean;
  neutral: boolean;
  confirmation: boolean;
  interviewWords: boolean;
  /** The mail is to someone who interviews ("You're scheduled to interview a candidate"). */
  asInterviewer: boolean;
  /** A new starter's first day or onboarding, with no interview named. */
  firstDay: boolean;
  /** An interview no employer holds: a visa or citizenship one, or a career centre's practice. */
  notForAJob: boolean;
  /** A newsletter, webinar or job alert: about interviews in general unless it names one's own. */
  massMail: boolean;
}

const CANCELLATION =
  /\b(?:(?<!\b(?:should|whether|if|in case|unless|last time|before)[ \t]+)(?:we|I)(?:(?:'|’)ve| have)? (?:need|needed|have|had|must|are going|(?:'|’)re going|am going|(?:'|’)m going) to cancel it\b|(?:we|I)(?:(?:'|’)ve| have) (?:had to )?cancell?ed it\b|(?:need|have|had|want|going) to cancel (?:[\w'’]+ ){0,3}(?:interview|call|meeting|screen|session|conversation)\b|(?:need|have|had|want|going) to cancel (?:your|the|our|this)\b|(?:need|have|had|want|going) to cancel (?:on )?(?:(?:this|next) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today)(?:(?:'|’)s (?:interview|call|meeting|chat|session|screen)\b|(?= at\b|[.,!;]|$))|(?:has|have) been (?:cancell?ed|called[- ]off)(?!\w|[-\u2010\u2011]\w)|(?:is|was|stands) (?:now )?cancell?ed\b|(?:we(?:'|’)re|we are|I(?:'|’)m|I am) (?:cancell?ing|calling[- ]off)(?!\w|[-\u2010\u2011]\w)|cancell?ing (?:your|the) (?:interview|meeting|call)|interview (?:is|has been) (?:cancell?ed|called[- ]off)(?!\w|[-\u2010\u2011]\w)|no longer (?:take place|(?:be )?go(?:ing)? ahead|be able to (?:meet|proceed with the interview))(?![\s\S]{0,160}\b(?:moved|rescheduled|move it|instead|new (?:time|date|slot)(?: is| will be|:)))|(?<!\b(?:no need to|(?:don|doesn|won|didn)(?:'|’)t|not|never|without) )(?:call(?:ed|ing)? off|pull(?:ed|ing)? the plug on) (?:your|the|our|this|today(?:'|’)s|tomorrow(?:'|’)s|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'|’)s) (?:[\w-]+ ){0,2}?(?:interview|call|meeting|screen|session|chat|conversation)\b|(?<!\bif )(?:interview|call|meeting) is (?:now )?off\b(?![-\w]| (?:to|until|till|for|at|on)\b)|(?:interview|call|meeting)\b(?:(?!\b(?:lunch|dinner|tour|drinks|social|coffee|event|visit|presentation|workshop|meetup|exercise|take-home|assessment|offsite|off-site|party|strike|webinar|but|although|whereas)\b)[^.!?\n]){0,120}\b(?:can(?:'|’)t|cannot|won(?:'|’)t|will not) (?:go ahead|take place|happen)\b(?![\s\S]{0,160}\b(?:moved|rescheduled|move it|instead|new (?:time|date|slot)(?: is| will be|:)|(?:are|would) you (?:be )?(?:free|available)\b[^.!?\n]{0,60}\?))\b)/i;
const CANCELLATION_SUBJECT =
  /^(?:cancell?ed(?: event)?|canceled event|event cancell?ed)\b|\bcancell?ation\b|\bcancell?ed\b/i;
// "I've moved the invite to 4:00 PM WAT": its writer moved the candidate's meeting to a day or a
// time ("moved the invitation to the alumni mixer", "the invite to a Teams link" move nothing).
const MEETING_MOVED_BY_WRITER = String.raw`(?:I|we)(?:(?:'|’)ve| have) (?:moved|pushed|shifted|updated|changed|amended) the (?:(?:calendar|teams|zoom|meet|google meet|webex|meeting) )?(?:invite|invitation|meeting|call|interview|session|booking|hold)(?: back)? to (?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next\b)`;
// "Rather than the video call we had set for Wednesday, … we'd like to bring you in on Thursday":
// the meeting set is replaced by the one the mail goes on to give.
const RATHER_THAN_THE_SET_MEETING = String.raw`\b(?:rather than|instead of) (?:the|your|our) (?:[\w-]+ ){0,2}?${MEETING_NOUN} (?:(?:that|which) )?(?:we|I|you)(?: had| have|(?:'|’)d|(?:'|’)ve)? (?:set|booked|scheduled|planned|arranged|pencilled|penciled)\b`;
// "We need to postpone your interview", "the call on Thursday has been postponed": the candidate's
// meeting called off for now (not "we had to postpone the team offsite", "the team meeting has been
// postponed", nor another meeting beside an interview that goes ahead). Postponed to a day or a
// clock ("to the 16th", "to 14:00"), or by a length with the new start said ("postponed by one
// hour. It will now start at 3pm"), it is a move.
// The candidate's meeting: theirs by its words ("your call", "the final interview"), or a call or
// meeting named with its slot ("the call on Thursday 12 March at 2pm").
const A_SLOT = String.raw`(?=[^.!?\n]{0,40}?\b(?:on|at|for)\s+(?:(?:this|next)\s+)?(?:${WEEKDAY_WORD}(?![a-z])|\d))`;
const THEIR_MEETING = String.raw`(?:(?:your|this) (?:[\w-]+ ){0,2}?${MEETING_NOUN}|(?:all|every) (?:[\w-]+ ){0,2}?(?:interviews|calls|meetings)\b(?=[^.!?\n]{0,80}?\b(?:including yours|yours included|including your\b))|(?:the|our) (?:[\w-]+ ){0,2}?interview|(?:the|our) (?:call|meeting|screen|session|chat|conversation)${A_SLOT})\b`;
// Or put on hold, or delayed with no end ("put your interview … on hold", "is delayed until further
// notice").
const POSTPONE = String.raw`(?:postpone|postponing) ${THEIR_MEETING}|(?:put|putting|place|placed|placing) ${THEIR_MEETING}[^.!?\n]{0,60}?\bon hold\b|\b${THEIR_MEETING}[^.!?\n]{0,60}?\b(?:(?:has|have|had) been|is|was|will be) (?:now )?(?:postponed|on hold\b|delayed (?:until|till) further notice)`;
const POSTPONED_TO = String.raw`(?:${POSTPONE})[^.!?\n]{0,60}?\s(?:(?:to|until|till)\s+(?:(?:this|next)\s+)?(?:${WEEKDAY_WORD}(?![\p{L}])|${MONTH_WORD}\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}|the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2}\b|\d{1,2}[:.]\d\d\b|\d{1,2}\s*[ap]\.?m\b|tomorrow\b|next week\b))`;
const POSTPONED = new RegExp(POSTPONE, 'iu');
const POSTPONED_TO_A_SLOT = new RegExp(POSTPONED_TO, 'iu');
// "The call I mentioned has been postponed; your interview stays on Thursday": another meeting's.
// The interview itself goes ahead (not its format, panel, location or length, "remains the same"),
// as a fact: not hoped for, nor only once something else happens ("will go ahead once Marcus is
// back"), nor some other time ("still on, just not this week", "later this month").
const GOES_AHEAD =
  /\binterview\b(?! (?:format|panel|process|room|team|questions|details|link|location|venue|agenda|length|duration|structure|content))[^.!?\n]{0,40}?\b(?:goes ahead|go ahead|going ahead|is still (?:on|happening)|still stands|(?:will )?proceed(?:s)? as (?:normal|planned)|as planned|is (?:not affected|unaffected|unchanged)|(?:will )?still (?:take|takes) place|stays (?:on\b|at \d|as (?:planned|scheduled|booked|is)\b|the same|unchanged|scheduled|booked|in place)|remains (?:on\b(?! (?:hold|the table|our list|ice))|at \d|as (?:planned|scheduled|booked|is)\b|unchanged|the same|scheduled|confirmed|in place))(?![^.!?\n]*\b(?:once|until|hope|hoping|new dates?|rebook\w*|later this|next (?:week|month)|not this|the week of|in principle|whenever|probably|different (?:day|date|time)|another (?:day|date|time)|(?:a )?later date|coming (?:days|weeks)|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*))/i;
const HOPED = /\b(?:hope|hoping|might|may)\s+(?:\w+\s+){0,3}?go ahead\b/i;
// "Your interview … can't go ahead as planned", "… will no longer take place": said not to (not
// "the offsite won't go ahead" beside an interview that is still on).
const NOT_GOING_AHEAD =
  /\b(?:interview|it)\b[^.!?\n]{0,40}?\b(?:can(?:'|’)?t|cannot|won(?:'|’)t|will not|(?:is|are) not|isn(?:'|’)t|unable to|no longer)\s+(?:be\s+)?(?:go(?:ing)? ahead|proceed|take place|taking place|still)\b/i;
const goesAhead = (sentence: string) =>
  GOES_AHEAD.test(sentence) && !HOPED.test(sentence) && !NOT_GOING_AHEAD.test(sentence);
// "We were looking forward to meeting you on Thursday, but sadly it can't go ahead now": "it" is
// the last thing named before it, when that is the candidate's meeting (not "The offsite is next
// week. Sadly it won't go ahead").
const IT_IS_OFF =
  /\bit (?:now |sadly |unfortunately )?(?:can(?:'|’)?t|cannot|won(?:'|’)t|will not|(?:is|was) not going to|isn(?:'|’)t going to) (?:go ahead|take place|happen)\b(?![\s\S]{0,160}\b(?:moved|rescheduled|move it|instead|new (?:time|date|slot)(?: is| will be|:)))/gi;
const THINGS_NAMED =
  /\b(?:interview|call|meeting|chat|screen|session|conversation|lunch|dinner|tour|drinks|social|coffee|event|visit|presentation|workshop|meetup|exercise|take-home|task|test|assessment|offsite|off-site|party|strike|training|webinar|review|flight|trip|launch|conference|fair|demo)\b/gi;
const MEETING_WORD = /^(?:interview|call|meeting|chat|screen|session|conversation)$/i;
function itIsOff(text: string): boolean {
  return [...text.matchAll(IT_IS_OFF)].some((match) => {
    const named = [
      ...text.slice(Math.max(0, match.index - 200), match.index).matchAll(THINGS_NAMED),
    ];
    return MEETING_WORD.test(named[named.length - 1]?.[0] ?? '');
  });
}
// "Your interview on Thursday is off, I'm afraid", "tomorrow's call is off": the candidate's meeting
// said to be off, with nothing after the word ("is off the table" is another thing; "our all-hands
// meeting", "your coffee chat with Sam" and a day alone, "Friday is off", are other things; "our
// call on Thursday" is the candidate's by its day).
// (Or with its reason: "is off as the hiring manager has left", "is off for now while we regroup".)
const IS_OFF = String.raw`(?![\p{L}'’]) (?:is|was) (?:now |sadly |unfortunately |definitely )?off(?=\s*(?:[.,;!]|$)|\s+[-–—]\s|\s+(?:as|because|since|due to|owing to|for now|for the time being|while)\b)`;
const MEETING_IS_OFF = new RegExp(
  String.raw`\b(?:(?:your|the|our|this|today(?:'|’)s|tomorrow(?:'|’)s|${WEEKDAY_WORD}(?:'|’)s) (?:[\w-]+ )?interview|(?:your|today(?:'|’)s|tomorrow(?:'|’)s|${WEEKDAY_WORD}(?:'|’)s) (?:call|meeting|chat|screen|session|conversation))(?: (?:on|at|for|with) [^.!?\n,]{1,40}?)?${IS_OFF}`,
  'imu',
);
// "Our call on Thursday is off": a call of the writer's, which is the candidate's meeting unless the
// mail confirms the interview itself ("your final interview is confirmed for Friday … so our call
// on Thursday is off").
// ("our call on Thursday 5 March at 2pm ET is off": the day's date and clock between.)
const DATE_AND_CLOCK_AFTER = String.raw`(?:,?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+${MONTH_WORD}[a-z]*)?|${MONTH_WORD}[a-z]*[ \t]+\d{1,2}(?:st|nd|rd|th)?))?(?:,?[ \t]+at[ \t]+\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)?`;
const OUR_CALL_IS_OFF = new RegExp(
  String.raw`\b(?:our|the) (?:call|chat|screen|conversation)(?: with [^.!?\n,]{1,30}?)? (?:on (?:this |next )?${WEEKDAY_WORD}|today|tomorrow)${DATE_AND_CLOCK_AFTER}${IS_OFF}`,
  'imu',
);
// (Or another meeting booked in its place: "happy to confirm your onsite for Friday", "I've booked
// you in with Dana Lee instead on Friday", "I've rescheduled us to Wednesday at 4".)
const INTERVIEW_CONFIRMED = new RegExp(
  String.raw`\b(?:interview|onsite|on-site|panel|final round|screen)\b[^.!?\n]{0,60}?\b(?:is|has been|now) (?:all )?(?:confirmed|booked|scheduled|set)\b|\b(?:confirm|book(?:ed)?|(?:re)?schedul(?:e|ed)|set up)\b[^.!?\n]{0,60}?\b(?:for|on|to) (?:(?:this|next) )?(?:${WEEKDAY_WORD}|${MONTH_WORD}|tomorrow|\d)`,
  'i',
);
// "Your interview with Sam is off while he is on leave; Dana Lee will run it instead": the meeting
// goes on with someone else.
const SOMEONE_ELSE_RUNS_IT =
  /\b(?:will|'ll|’ll|can|is going to) (?:now )?(?:run|take|lead|do|host|cover|step in for) (?:it|the (?:interview|call|meeting|session))\b(?![^.!?\n]*\b(?:later|next week|rebook\w*|another (?:day|time|date)|in touch)\b)|\b(?:will|'ll|’ll) (?:now )?(?:interview|meet|speak with|see) you (?:instead|in (?:his|her|their) place)\b/i;
// "While the call with the CTO can't go ahead that day, the rest of the panel is unchanged": only a
// part is off.
const THE_REST_GOES_AHEAD =
  /\b(?:the rest|everything else|the others?|other (?:interviews|sessions|rounds|calls)|remaining (?:interviews|sessions|rounds|calls)|the (?:panel|day|schedule|agenda|programme|program))\b[^.!?\n]{0,40}?\b(?:is|are|remains?|stays?|will)\b[^.!?\n]{0,20}?\b(?:unchanged|the same|still on|as planned|go(?:es|ing)? ahead|proceed(?:s|ing)?)\b/i;
// The candidate's meeting named as what is off: "your interview", "the call on Thursday at 2pm".
const THEIR_MEETING_NAMED = new RegExp(THEIR_MEETING, 'i');
// "The train strike has been called off, so your interview goes ahead as planned", "The rail strike
// has been called off. Your interview will go ahead on Thursday": where the interview goes ahead,
// what is off is something else, unless it is named as the candidate's own.
const withoutGoingAhead = (text: string) => {
  const all = sentences(text);
  const ahead = all.some(goesAhead);
  return all
    .filter(
      (sentence) =>
        !goesAhead(sentence) &&
        !THE_REST_GOES_AHEAD.test(sentence) &&
        (!ahead || THEIR_MEETING_NAMED.test(sentence)),
    )
    .join('\n');
};
// A postponement with no end, said of the postponement itself ("postponed until further notice",
// "postpone your interview on Thursday for now", "on hold"), never of something else ("Marcus is
// tied up for the moment, so … postponed by 30 minutes"), nor after an amount ("postponed by an
// hour for now").
const OPEN_ENDED =
  /\bpostpon(?:e|ed|ing)\b(?:\s+(?:your|the|our|this)\b[^.!?\n]{0,80}?)?\s+(?:(?:until|till) further notice|indefinitely|for (?:now|the time being|the moment)|until (?:further|we)\b)\b|\bon hold\b/i;
// Postponed by an amount ("postponed by a week", or the candidate's meeting moved by one anywhere,
// `movedByAnAmount`) is a move: slot-shift.ts reads it. Someone else's delay in another sentence
// is not ("Marcus's flight was delayed by a day. I'm afraid your interview is postponed"), and
// nothing moves a postponement with no end ("we were delayed by two weeks, so your interview is
// postponed until further notice").
// "…postpone your interview. The earliest slot we can offer is: Thursday 11 February": a slot
// offered in its place ends the postponement.
const SLOT_OFFERED_INSTEAD =
  /\b(?:(?:earliest|next|new) (?:available |possible )?(?:slot|time|date)s? (?:we can offer|we have|is|are|would be|will be)\b|instead\b|(?:are|would) you (?:be )?(?:free|available)\b[^.!?\n]{0,40}?\b(?:\d|monday|tuesday|wednesday|thursday|friday|tomorrow|next week)[^.!?\n]{0,40}\?|(?:how (?:does|would)|would|could we do|can we do)\b[^.!?\n]{0,30}?\b(?:\d|monday|tuesday|wednesday|thursday|friday|tomorrow|next week)[^.!?\n]{0,40}\b(?:look|work|suit)\b[^.!?\n]{0,20}\?)/i;
const postponedOff = (text: string, movedByAnAmount: boolean) =>
  !POSTPONED_TO_A_SLOT.test(text) &&
  !SLOT_OFFERED_INSTEAD.test(text) &&
  sentences(text).some(
    (sentence) =>
      POSTPONED.test(sentence) &&
      !goesAhead(sentence) &&
      (OPEN_ENDED.test(sentence) || (!movedByAnAmount && !slotShift(sentence))),
  );
// "Your interview on Thursday 5 March at 2pm has to be rescheduled", "The final round needs to be
// moved", "Thursday 5 March needs to be moved": what must move is the candidate's meeting, or its
// day, as the subject of its clause (not "the offsite has to be rescheduled", nor "the design
// review it was meant to follow has to be").
const TO_BE_MOVED = String.raw`(?:^|[\n,;:]\s*|\b(?:but|and|so|as|because|unfortunately|sadly|afraid|that)\s+)(?:unfortunately,?\s+|sadly,?\s+)?(?:(?:(?:your|the|our|this|that|today(?:'|’)s|tomorrow(?:'|’)s|${WEEKDAY_WORD}(?:'|’)s)\s+)?(?:[\w-]+\s+){0,2}?(?:interview|call|meeting|chat|screen|session|conversation|appointment|round)\b|it\b|(?:this |next )?${WEEKDAY_WORD}(?![a-z'’]))[^.!?\n;]{0,60}?\b(?:has|have|needs?|will need) to be (?:rescheduled|moved)\b`;
// "Could we bump tomorrow's 2pm to 4pm?", "We need to push our 2pm call on Thursday to 3pm": a
// clock moved to another clock, asked or announced by the side that books it (clocks by their
// half of the day or minutes: "bring 2 to 3 engineers" counts people).
const CLOCK_MOVED_TO_CLOCK = String.raw`(?:(?:could|can|shall|may) we|we (?:could|can)|let(?:'|’)?s|let us|(?:would|is) it (?:be )?possible to|(?:would|do) you mind if we|(?:we|I)(?:(?:'|’)ll| will)? (?:need|have|had) to|(?:we|I)(?:(?:'|’)d| would) like to) (?:move|push|shift|slide|bump|bring)(?: back| up| forward)?(?:\s+(?!to\b)[\w'’:.-]+){0,4}?\s+\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+(?!to\b)[\w'’-]+){0,4}?\s+(?:(?:back|forward|up)\s+)?to\s+(?:\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)(?![\d/])|noon\b|midday\b)`;
// "We're moving your 2pm on Thursday to 4pm", "Dana has moved the 10:00 to 11:30", "I'll move your
// Thursday 2pm to Friday 9am": a clock said as the meeting, moved to another slot (not "we moved
// lunch from 12pm to 1pm").
const CLOCK = String.raw`\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)`;
const CLOCK_MOVED_BY_WRITER = String.raw`(?:we|I|she|he|they|[A-Z][a-z]+)(?:(?:'|’)(?:ll|re|ve|m)| will| are| am| is| have| has| had)? (?:just )?(?:moving|moved|pushing|pushed|shifting|shifted|bumping|bumped|(?<=(?:'|’)ll |will )(?:move|push|shift|bump)) (?:your |the |our |(?:you|it|this|us) (?:from )?|from )(?:(?:today|tomorrow|${WEEKDAY_WORD})(?:'|’)?s? )?${CLOCK}(?: [A-Z]{2,5})?(?: (?:interview|call|meeting|chat|screen|session))?(?: on (?:${WEEKDAY_WORD}|the \d{1,2}(?:st|nd|rd|th)?)(?: \d{1,2}(?:st|nd|rd|th)?)?)? (?:(?:back|forward|up) )?to (?:${CLOCK}|noon\b|midday\b|${WEEKDAY_WORD}(?![a-z]))`;
// "The 17th doesn't work for Marco after all", "Thursday no longer works for the panel": the day
// set is given up, for one the mail goes on to name.
const SLOT_NO_LONGER_SUITS = String.raw`(?<!\b(?:if|should|in case|whether|unless)\b[^.!?\n]{0,30})(?:the \d{1,2}(?:st|nd|rd|th)|${WEEKDAY_WORD}|today|tomorrow|(?:the|that|this|our|your) (?:time|slot|date|day)) (?:(?:doesn(?:'|’)t|does not|won(?:'|’)t|will not) work(?: for [^.!?\n]{1,30}?)? (?:after all|any ?more)|no longer works)`;
const RESCHEDULE = new RegExp(
  String.raw`\b(?:new time|new date|new slot(?=:)|updated time|reschedul(?:ed|ing) (?:your|the|our)\b|(?:has|have) been (?:moved|rescheduled|changed) to(?! ${NO_SLOT})|(?:has|have) been rescheduled\b|${TO_BE_MOVED}|${CLOCK_MOVED_TO_CLOCK}|${CLOCK_MOVED_BY_WRITER}|${RATHER_THAN_THE_SET_MEETING}|${SLOT_NO_LONGER_SUITS}|(?:the|your|an) updated (?:itinerary|schedule|invitation|interview time)|(?<=(?:^|\n)[ \t]*)revised (?:interview )?(?:schedule|time|date|slot|timing|itinerary)\b|revised (?:interview )?(?:schedule|time|date|slot|timing)\s*(?::|is\b|will be\b)|we need to move|(?:(?:could|can|shall) we|(?:would|is) it (?:be )?possible to) (?:move|push|shift|bring) (?:it|this|that|(?:the|your|our) (?:[\w-]+ )?(?:interview|call|meeting|chat))\b[^.?!\n]{0,60}?\b(?:to|until|till) (?:the )?(?:next|following)\b|${ASKS_TO_MOVE_ELSEWHERE}|(?:(?:could|can|shall) we|let(?:'|’)?s|let us) (?:move|push|shift|slide|bump) (?:it|this|that|(?:the|your|our) (?:interview|call|meeting|chat))(?: (?:on |from )?(?:today|tomorrow|\w+day|this \w+|next \w+|at \d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?))? (?:back )?(?:to|until|till) [^.?!\n]{0,30}?(?:\d+(?:[:.]\d+)?(?:\s*[ap]m)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|morning|afternoon|next week)|(?:(?:would|could|can) you(?: be able to)?|are you able to) (?:do|make(?: it)?) [^.?!\n]{0,40}?\b\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)[^.?!\n]{0,30}\binstead\b|(?:could|can|shall) we (?:do|make it|move (?:it )?to|push (?:it )?to|(?:switch|change) (?:it )?to(?= (?:the )?(?:\d|next\b|this\b|tomorrow\b|(?:morning|afternoon|evening)\b|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|${MONTH_WORD}(?![a-z])))) [^.?!\n]{0,40}?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|morning|afternoon)[^.?!\n]{0,30}\binstead\b|(?<!(?:\bnot|n(?:'|’)t|\bno) )${MUST_MOVE} (?:your|the|our|(?:today|tomorrow|${WEEKDAY_WORD})(?:'|’)s) (?:[\w:.-]+ ){0,4}?${MEETING_NOUN}|moved (?:your|the|our) (?:[\w-]+ )?(?:interview|call|meeting|session|conversation|chat|screen|appointment)\b[^.]{0,100}?\bto\b(?! ${NO_SLOT})|(?<!\b(?:(?:not|n(?:'|’)t) (?:need|have) to|no need to) )move (?:your|the) interview|pushed (?:back )?to|(?<=^(?:[^\n.!?:]{0,25}[-–—])?\s*)(?:now )?moved to (?:next |the |this )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?|tomorrow|\d{1,2}\/\d{1,2}\b)|(?:I|we)(?:(?:'|’)ve| have) (?:moved|pushed|shifted) (?:us|it|you|things)(?: back)? to|${MEETING_MOVED_BY_WRITER}|(?:I|we)(?:(?:'|’)ve| have) (?:moved|rescheduled) (?:your|the|our) (?:[\w-]+ )?(?:interview|call|meeting|session|conversation|chat|screen|appointment)(?=\s*[.,;!]|\s+(?:and|so|because|as)\b)|(?<!\b(?:no|(?:after|before|since) the) )time change|(?<!\bmy )(?:interview|call) (?:got|has been|had been|was) (?:moved|rescheduled)(?! to ${NO_SLOT})|they (?:moved|rescheduled|changed) (?:it|the time|the date)(?=\s*(?:[-–—.,;:!]|$)))\b`,
  'i',
);
// An agency or a search firm tells of its client's move: "They have moved it to this Friday". (In
// the user's own note, the same words correct the time of what they forward.)
const MOVED_BY_THEM = new RegExp(
  String.raw`\b(?:they|he|she)(?:(?:'|’)ve| have| has) (?:moved|pushed|shifted) (?:it|us|things)(?: back)? to (?=(?:this |next )?${WEEKDAY_WORD}(?![\p{L}])|${MONTH_WORD}\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\d{1,2}[:.h]\d\d\b|\d{1,2}\/\d{1,2}\b|\d{1,2}\s+on\s+(?:(?:this|next)\s+)?(?:${WEEKDAY_WORD}(?![\p{L}])|${MONTH_WORD}|the\s+\d)|tomorrow\b)`,
  'iu',
);
// "Original: Thursday 2pm ET" over "Updated: same day, 4:30pm ET", "Updated: Thursday 5 March -
// interview now at 3:30pm ET (was 2pm)": the old slot and the new, each on its own line, or the
// new one with the old in brackets.
const LABELLED_MOVE =
  /^[ \t]*(?:original|old|previous)(?: time| date| slot)?[ \t]*:[^\n]*\d[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:new|updated|now)(?: time| date| slot)?[ \t]*:|^[ \t]*(?:new|updated)(?: time| date| slot)?[ \t]*:[^\n]*\d[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:original|old|previous)(?: time| date| slot)?[ \t]*:|\bnow (?:at|on|starts? at|starting at)\b[^.!?\n]{0,40}\((?:was|previously|originally|not)\b/im;
const RESCHEDULE_SUBJECT = /^updated invitation\b|\breschedul|\bnew time\b|\btime change\b/i;
// What says an offer to another fell through: "…, but they've since withdrawn", "who has since
// turned it down", "they have not yet accepted", "it didn't work out".
const FELL_THROUGH = String.raw`(?![^.!?\n]*\b(?:withdr[ae]wn?|declined|fell through|turned (?:it |us |the offer )?down|pulled out|backed out|(?:not|never) (?:yet )?accepted|yet to accept|(?:didn(?:'|’)t|did not) (?:work out|accept)|(?:hasn(?:'|’)t|has not|haven(?:'|’)t|have not) (?:yet )?accepted)\b)`;
// "We've offered the role to someone else, however we'll keep your details on file".
const SOMEONE_ELSE = String.raw`(?:someone|somebody) else\b${FELL_THROUGH}`;
// "We've offered the job to someone with more studio experience", "decided to offer the role to
// someone who has led a team", "made an offer to someone whose…": done, for someone described
// (not "to offer the role to someone with your energy", a wish).
const OFFERED_TO_SOMEONE = String.raw`(?:(?:we(?:'|’)ve|we have|we|(?:the )?(?:panel|team|client|committee) (?:has|have)) (?:now )?(?:offered|given)|(?:decided|chosen|chose|opted|elected) to (?:offer|give)|made an offer|extended an offer)(?: (?:the|this) (?:[\w&'’-]+ ){0,4}?(?:role|position|job|post)| it)? to (?:someone|somebody) (?:with (?!your\b)|who\b|whose\b)${FELL_THROUGH}`;
// "… until the hiring manager is back", "… for the Analyst role, but we'd love to interview you for
// the Senior one": not yet, or not for this role only.
// Not a decision put off ("… at this stage - at least not until the freeze lifts", "until HR signs
// off", "until your references come back"; not "until a suitable role comes up", "until someone is
// appointed"), nor one that invites the candidate to interview
// for another role (keeping in touch, a talent community or future openings leave it a rejection).
const NOT_YET_OR_ELSEWHERE = String.raw`(?![^.!?\n]{0,60}\b(?:not (?:until|till)|(?:until|till) (?:HR|(?:the )?(?:budget|freeze|hiring freeze|headcount|new year|reorg\w*|restructur\w*|review|hiring manager|panel)|[^.!?\n]{0,30}\b(?:is|are|gets?|comes?) back|we (?:have|hear|get|know|finish|complete)|after|next|q[1-4]|further notice|you|your|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|revisit|re-?open)\b|[ \t]*,?[ \t]*before\b|[^.!?\n]*\bbut (?:we|I)(?:(?:'|’)d| would)? (?:love|like|want|hope) to (?:interview you|invite you (?:to|for) (?:an? |the |your )?(?:[\w-]+ )?interview)\b)`;
const REJECTION = new RegExp(
  String.raw`\b(?:${OFFERED_TO_SOMEONE}|(?:not|won['’]t|wouldn['’]t)(?: be)? able to offer you\b|(?:won['’]t|will not|(?:are|is) not|aren['’]t|isn['’]t) (?:be )?offering you (?:the|this|a) (?:[\w-]+ )?(?:role|position|job|post)\b${NOT_YET_OR_ELSEWHERE}|(?:move|moving|proceed|proceeding|go|going) (?:forward|ahead) with (?:another|other|a different) (?:candidate|applicant)s?\b(?! first\b| too\b| as well\b| in parallel\b| alongside\b)|(?:decided|chosen|opted) (?:not to (?:move|proceed)|not to (?:progress|advance|take|continue with) (?:you|your (?:application|candidacy))\b|not to offer you\b|to (?:pursue|go with|go ahead with|move forward with|proceed with) (?:other|another|a different)|to (?:recommend|appoint|select|put forward) (?:another|a different|an(?: internal| external)) (?:candidate|applicant|person)\b(?![^.!?;\n]{0,30}\b(?:alongside|as well as|besides|in addition to) you\b)|to (?:progress|continue) with (?:another|other|a different) (?:candidate|applicant)|to (?:progress|continue|proceed|go ahead|move forward) with (?:the )?(?:candidates|applicants) (?:who|whose|that|with)\b(?![^.!?\n]*\b(?:includ(?:es|ing) you|you(?:'|’)re|you are|yourself)\b))|(?:won(?:'|’)t be|will not be|(?:are|is) not) taking (?:your (?:application|candidacy)|you) (?:any )?(?:forward|further)\b${NOT_YET_OR_ELSEWHERE}|(?:not|won(?:'|’)t) (?:be )?(?:moving|move|proceeding|proceed) forward with your|will not be (?:moving|proceeding|progressing|advancing)(?!\s+(?:with\s+)?(?:the|this|our)\s+(?:recruitment|search|hiring|process|vacancy|campaign)\b(?![^.!?\n]{0,40}\bwith (?:you|your (?:application|candidacy))\b))|won(?:'|’)t be (?:moving|proceeding|progressing|advancing) (?:(?:any )?further |forward )?(?:with )?(?:your (?:application|candidacy)|you\b)|(?:are|is) not (?:progressing|advancing) (?:your (?:application|candidacy)|you\b)|not (?:be )?(?:moving|progressing) (?:you )?(?:forward|to the next)(?! with (?:any|anyone|anybody|(?:the|this) (?:role|position|hire|hiring|search|vacancy))\b(?![^.!?\n]*\binclud(?:es|ing) you\b))|unable to offer you|regret to inform|(?<!\b(?:hope|hopefully|hoping|trust|I(?:'|’)m sure)\b[^.!?\n]{0,12})(?:you(?:(?:'|’)re| are| were) not|you weren(?:'|’)t) (?:one of|among) them\b(?![\s\S]{0,200}\b(?:invite you (?:straight |directly )?(?:to|for) (?:an? |the |your )?(?:[\w-]+ )?interview|interview you|stands|free for an? (?:[\w-]+ )?interview|set up (?:an? |your )?(?:[\w-]+ )?interview|(?:an?|your|the) (?:[\w-]+ )?interview (?:(?:is|will be) (?:(?:still |now )?(?:confirmed|booked|scheduled|set) )?)?(?:on|at|for) (?:\d|${WEEKDAY_WORD}))\b)|(?:(?<!\bif )you (?:have|were)|your (?:application|candidacy) (?:has|was)) not been successful|(?:position|post) has (?:now )?been filled|(?:the|this) (?:role|vacancy|job) has (?:now )?been filled(?!,?\s+but\b)|(?:we(?:'|’)ve|we have|(?:the )?(?:panel|team|committee) (?:has|have)) (?:now |since )?(?:appointed|made an appointment) (?:(?:to|for) (?:the|this) (?:post|role|position|vacancy)\b|(?:another|a different|an internal|an external) (?:candidate|applicant|person)\b|someone else\b)|(?:we(?:'|’)ve|we have) filled the (?:role|position)|(?:decided|chosen|chose|opted|elected) to fill (?:the|this|that) [^.!?\n]{0,60}?\b(?:role|position|post|vacancy|job|opening) internally\b(?![^.!?\n]*\bbut\b)|(?:have|has|were|was) not been (?:selected|recommended|shortlisted)(?![^.!?\n]{0,40}\b(?:yet|so far)\b)|(?:application|candidacy) (?:was|has been|is) unsuccessful|unsuccessful on this occasion|other candidates whose|not a (?:fit|match) (?:for|at) this time|decided not to extend|go(?:ing)? (?:in )?a different direction|(?<!\b(?:if|once|when|should|unless|in case)\b[^.!?\n]{0,40})(?:offer|give|extend)(?:ed|ing)? (?:(?:the|this) (?:(?!(?:interview|invitation|for|this|that|to|and)\b)(?:[\w&'’-]+|\([^()\n]{1,20}\)) ){0,5}?(?:role|position|job|post|vacancy)(?: of [^.!?\n]{1,60}?)?|it) to (?:(?:another|a different|an internal|other|the other) (?:candidate|applicant|person|finalist)|${SOMEONE_ELSE})|(?:(?:decided|chosen|opted) to (?:offer|give|extend|make)|(?:offered|given|extended|made)) (?:(?:the|this) (?:(?!(?:interview|invitation|for|this|that|to|and)\b)(?:[\w&'’-]+|\([^()\n]{1,20}\)) ){0,5}?(?:role|position|job|post|vacancy)|it|(?:an|the|our) offer) to (?:(?:another|a different|an internal|other|the other) (?:candidate|applicant|person|finalist)|an?(?: internal| external)? (?:candidate|applicant) (?:who|whose|with(?! your)|that|from)\b|${SOMEONE_ELSE})|go(?:ing)? with (?:another|a different|an internal) (?:candidate|applicant)|(?<!\b(?:if|once|when|whenever|until|whether|as soon as)\b[^.!?\n]{0,40})(?:has|have|had) (?:now )?(?:selected|chosen|appointed|identified) (?:another|a different|an(?: internal| external)?|the successful) (?:candidate|applicant|person)|(?:pursue|pursuing|move ahead with|moving ahead with) (?:other|another) (?:candidates?|applicants?|profiles?)|not (?:be )?(?:the right|a good|the best) (?:fit|match) for (?:this|the) (?:role|position)|(?:decided|chosen|opted|elected) to (?:go|proceed|move|continue) (?:ahead |forward )?(?:(?:the|our) (?:process|recruitment|selection) )?with (?:(?:a|an|another|other|one) (?:candidate|applicant)s? (?:whose|who|with)|(?:candidates|applicants) whose [^.!?\n]{0,60}?\b(?:closer|better|stronger|more closely)\b(?![^.!?\n]*\b(?:includes you|including you|you are one|you(?:'|’)re one)\b)))`,
  'i',
);
// The same news in the languages employers abroad write it in: German, French, Spanish,
// Portuguese, Italian and Dutch formulas of a decision already made for someone else (not "if you
// hear nothing, you were not selected", nor "we will follow up on your application").
const REJECTION_ABROAD =
  /\b(?:(?:uns|wir uns) (?:leider )?(?:für (?:eine[nr]?|die) (?:andere[nr]?|weitere[nr]?) (?:Kandidat|Bewerber)\w*|gegen (?:Sie|Ihre Bewerbung)) entschieden|(?:regret|malheureusement)[^.]{0,60}\bne [^.]{0,30}\bdonner (?:une )?suite (?:favorable )?à votre candidature|(?:retenu|choisi) (?:une? )?autre (?:candidat|profil)|hemos decidido (?:continuar|seguir|avanzar) con otr[oa]s? (?:candidat|perfil)|optamos por (?:outr[oa]|outros) candidat|abbiamo deciso di (?:proseguire|procedere) con (?:un )?altr[oi] candidat|gekozen voor een andere kandida(?:at|te))/i;

// Only offers made, not offers talked about ("after the final round we'd extend an offer").
// What is offered is the job, not "an interview", "a chance to interview" or "a trial shift"
// (what comes right after "offer you"; "the opportunity to join" is the job).
const THE_JOB = String.raw`(?!\s+(?:an?|the|your)?\s*(?:[\w-]+\s+)?(?:interview|chance|trial|call|meeting|slot)\b|\s+(?:an?|the)\s+opportunity to (?:interview|meet|speak|chat)\b)`;
// "We have decided not to offer you the role", "we won't be able to offer you the job": no offer.
const NOT_NEGATED = String.raw`(?<!\b(?:not|never)\s+(?:to\s+)?|n['’]t\s+(?:to\s+)?|(?:unable|not able|n['’]t be able)\s+to\s+|cannot\s+)`;
// An offer of something else, or only its timing or paperwork: "our offer of an interview", "your
// offer of times", "our offer to fly you out", "the offer details conversation", "the offer date
// will be", "a letter of offer template", "your letter of offer will follow if …".
const NOT_THE_JOBS = String.raw`(?! (?:stage|process|call|timeline|round|date|template|details (?:call|conversation|chat|meeting))\b| of (?:an? )?(?:[\w-]+ )?(?:interview|times?|dates?|slots?|call|chat|meeting)\b| to (?:interview|fly|meet|move|reschedule|invite|bring|chat|call)\b| (?:will|would|should) (?:follow|come)\b| (?:letter |package )?(?:will be|is being) (?:sent|finali[sz]ed|issued|prepared)\b)(?![^.!?\n]*\b(?:once|if)\b)`;
// (A confirmation only to come: "… pleased to confirm the offer once references are back".)
const NOT_YET_CONFIRMED = String.raw`(?![^.!?\n]*\b(?:once|if|after)\b)`;
// Not one taken back, or only supposed: "we have had to rescind your letter of offer", "If the
// panel is positive, your letter of offer will follow".
const NO_OFFER_YET = String.raw`(?<!\b(?:if|once|when|rescind(?:ed|ing)?|withdr[ae]wn?|withdraw(?:ing)?|revok(?:e|ed|ing)|retract(?:ed|ing)?)\b[^.!?\n]{0,40})`;
// (An offer of employment, unless it is the one any offer would be: "Any offer of employment will
// be subject to vetting", "If successful, an offer of employment will follow", "An offer of
// employment is conditional on references".)
const OFFER = new RegExp(
  String.raw`\b(?:(?:like|love|pleased|happy|delighted|excited|thrilled|glad|want) to (?:extend|offer) you${THE_JOB}|(?:like|pleased|happy|delighted|excited|thrilled|glad) to (?:share|let you know) that (?:we|the team) would like to offer|${NOT_NEGATED}offer you (?:the|a|our) (?:[\w-]+ ){0,4}(?:position|role|job|post)\b|${NO_OFFER_YET}(?:your|the attached|attached is your|enclosed is your) (?:formal |written |official )?(?:offer(?: letter)?|letter of offer)\b${NOT_THE_JOBS}|${NO_OFFER_YET}(?<!\bwill be )(?:pleased|happy|delighted|excited|thrilled|glad) to (?:confirm|formali[sz]e|put in writing) (?:our|your|the) (?:formal |verbal |written |official )?offer\b${NOT_THE_JOBS}${NOT_YET_CONFIRMED}|congratulations on your offer|extend(?:ing)? (?:to )?you (?:an?|our) (?:[\w-]+ )?offer|(?<!\b(?:any|if|once|when|whether|successful)\b[^.!?\n]{0,60})offer of employment\b(?<!\ban offer of employment(?= (?:is|will be|would be) (?:subject|conditional)\b)))`,
  'i',
);
// Moving the candidate on: "through to the final round", "progress you to the next technical round",
// not "the panel wrapped up the final round" nor "your interview for the final onsite round", nor
// others' ("four candidates have been invited to the final round; you were not one of them").
const ADVANCE =
  /\b(?![^.!?\n]*(?:\bnot|n(?:'|’)t) (?:one of|among) them\b)(?:(?:to|into|for|through) (?:the|a|an|your) (?:next|final|second) (?:round|stage)|(?:through (?:to |into )?|(?:progress(?:ing)?|mov(?:e|ing)) you (?:through |forward |on )?to |you(?:(?:'|’)ve| have) been invited to |you(?:(?:'|’)re| are) invited to )(?:the|a|an|your) (?:next|final|second)(?: [\w-]+){0,2}? (?:round|stage)|(?:take|move|put|taking|moving|putting) (?:your (?:candidature|candidacy|application)|you) forward to (?:the|a|our) (?:next|final|second)(?: [\w-]+){0,2}? (?:round|stage)|next round of interviews|next stage|next (?:and final )?step(?:s)? in (?:the|our) process|move (?:you )?(?:on |forward )?to (?:the |our )?(?:next|final|second|onsite|on-site)|(?:you(?:(?:'|’)ve| have) (?:now )?(?:successfully )?|successfully )(?:cleared|passed) (?:the |your )?(?:[\w-]+ ){0,2}(?:round|interview|assessment|stage)(?: \d)?\b(?! (?:feedback|notes|details|date|time|slot|on)\b)|move on to|advance you|moving you forward|(?<!\b(?:if|whether|once|when)\b[^.!?\n]{0,40})(?:you(?:(?:'|’)ve| have) been|you were) successful (?:at|in|with) (?:this|the|that|your) (?:[\w-]+ ){0,2}(?:stage|round|assessment)\b|invite you (?:back )?(?:to|for) (?:a|an|the) (?:next|second|final|follow-?up|onsite|on-site)|second (?:and final )?interview|follow-?up interview|like to (?:schedule|set up|arrange) (?:a|an|the) (?:next|second|final|follow-?up|onsite|on-site)|continue (?:to|with) the (?:next|technical|final|onsite))/i;
// Someone away, in words: an automatic reply alone ("just the auto reply") may be a receipt. The
// writer's own absence ("I am currently travelling and out of the office", "Out of the office
// until Monday"), or anyone's with an auto-reply's promise or referral ("Dana Lee is out of the
// office and will respond on her return", "… For urgent matters contact …"); someone else away
// without one ("the hiring manager is out of the office until Wednesday, so …") is news in a
// person's reply.
const OUT_OF_OFFICE =
  /(?:(?:^|[.!?:]\s+|\n\s*)(?:currently |also )?out of (?:the )?office|\b(?:I|we)(?:(?:'|’)m|(?:'|’)re| am| are| will be| have been)\b[^.!?\n]{0,30}?\bout of (?:the )?office|\bout of (?:the )?office\b(?:[^\n]|\n(?![ \t]*\n)){0,200}?(?:\b(?:respond|reply|answer|get back)\w*\b[^.!?\n]{0,40}\b(?:return|back)|\bfor (?:urgent|immediate) (?:matters|enquiries|inquiries|queries|requests|issues|assistance)|\bin (?:my|his|her|their) absence)|\b(?:I am|I(?:'|’)m) (?:currently )?(?:away|out|on (?:annual |parental |maternity |paternity )?(?:leave|vacation|holiday|pto))|\blimited access to (?:my )?e-?mail|\b(?:return|returning|back) (?:to the office )?on\b.{0,40}\b(?:respond|reply))\b/i;
const OUT_OF_OFFICE_SUBJECT =
  /^(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of (?:the )?office|ooo)\b/i;
const AUTO_ACK =
  /\b(?:(?:we(?:'|’)ve|we have) (?:successfully )?received your (?:application|e-?mail|message|submission)|thank you for (?:applying|your application|submitting your application)|this is an automat(?:ed|ic) (?:message|response|reply|e-?mail|confirmation|acknowledge?ment)|(?:your|the) (?:request|enquiry|inquiry|ticket)(?: \(?#?\d+\)?)? (?:has been|was|is) received|(?:do not|please don(?:'|’)t) reply to this (?:e-?mail|message)|application (?:has been )?received|your application (?:has been|was) (?:received|submitted))\b/i;
const NEUTRAL =
  /\b(?:still (?:reviewing|evaluating|interviewing|deciding|finali[sz]ing|waiting)|still (?:speaking|talking|meeting) (?:with|to) (?:a (?:small )?(?:number|handful) of |a few |several |other |the other )?(?:candidates|applicants|people)|(?:expect|should|will) (?:to )?hear (?:back )?from (?:me|us) (?:by|before|within|early|next)|(?:no|don(?:'|’)t have a) decision (?:yet|to share)|no decision has (?:yet )?been (?:made|reached|taken)|(?:have|expect|hope to have|(?:expect|hope|aim) to (?:share|send|give you|provide)) an update|(?:will|we(?:'|’)ll|I(?:'|’)ll) (?:be in touch|get back to you|let you know|update you|keep you (?:posted|updated))|thank you for your patience|(?:tak(?:e|es|ing)|going to take) (?:(?:a )?(?:bit|little|little bit|few (?:more )?(?:days|weeks)) |slightly |somewhat )?longer|(?:expect|hope|plan|aim) to (?:be|get) (?:back )?in touch|timeline has|delay(?:ed)? in our process|update (?:you|for you) (?:by|next|early|later|soon)|(?:expect|hope|plan|aim) to (?:share|make|have|reach|communicate) (?:a|our|the) (?:final )?decision|(?:write|get back|come back) to you either way|(?:consolidating|collecting|gathering) (?:their |our |the )?feedback|still (?:seeing|meeting|speaking (?:to|with)|talking to) (?:[\w-]+ ){0,2}(?:candidates|applicants|people)|(?:you(?:'|’)ll|you will|you should) hear (?:back )?from (?:us|me)|still (?:very much )?in the (?:mix|running|frame)|(?:make|making|reach|reaching) (?:a|our|the) (?:final )?decision (?:until|by|on|next|in|early|later)|moving (?:more )?slowly|(?:won(?:'|’)t|will not|don(?:'|’)t|do not) have (?:a|our|the) (?:final )?decision (?:for|until|yet)|(?:aim|aiming|hope|hoping|plan|planning|expect|expecting) to let (?:everyone|you|all (?:the )?(?:candidates|applicants)) know|more (?:people|candidates|applicants) (?:to (?:see|meet|interview|speak (?:to|with))|coming in)|(?:expect|hope|plan|aim) to (?:have|give you) (?:an|our) answer|(?:call|ring|phone|e-?mail|write to|get back to|come back to|contact) you with (?:an?|the|our|their|any) (?:final )?(?:outcome|decision|answer|verdict)|not (?:quite |yet )?(?:at|reached|made) (?:a|our|the) (?:final )?decision|(?:will|I(?:'|’)ll|we(?:'|’)ll) (?:reach out|be back in touch|come back to you|get back to you) (?:as soon as (?:I|we) (?:know (?:more|anything)|hear (?:back|more)|have (?:news|an update|a decision))|once (?:I|we) (?:have|make|reach) (?:a|our|the) (?:final )?decision))\b/i;
const CONFIRMATION = new RegExp(
  String.raw`\b(?:confirming (?:your|the|our)|(?:this|I|we)(?: am| are|'m|’m|'re|’re)? (?:happy to |pleased to |writing to )?confirm(?:s|ing)? (?:your|the|our)|interview (?:confirmation|confirmed|scheduled|details|invitation)|(?:is|has been) (?:confirmed|scheduled|booked)|(?:you(?:'|’)re|you are) (?:all )?(?:set|scheduled|booked|confirmed)|(?:I(?:'|’)ve|we(?:'|’)ve|I have|we have) (?:booked|scheduled)|has you down for|itinerary|invitation:|confirmed:|confirming (?:for )?(?:(?:this|next) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=\s*(?:[.,;!]|$|as\b|per\b|then\b|at\b|for (?:the|your)\b))|(?:I(?:'|’)ve|we(?:'|’)ve|I have|we have) (?:updated|sent (?:you |over |across )?(?:an? |the )?(?:new|updated)) (?:the |your )?(?:(?:calendar|Outlook|meeting|${MEETING_PLATFORM}) )?invit(?:e|ation)\b)`,
  'i',
);
// Trades, kitchens and schools interview by doing the work: the meeting to follow up on, in person.
// Never one the writer or a colleague has ("I have a site visit that afternoon", "pulled into a
// customer site visit").
export const IN_PERSON_TRIAL =
  /\b(?:(?<!\b(?:I|we|they|he|she)(?:(?:'|’)ve got| have got| have| has| am on| are on| is on|(?:'|’)m on|(?:'|’)re on) an? |\b(?:my|his|her|customer|client|customer(?:'|’)s|client(?:'|’)s) )site visit|working interview|trial shift|trial day|shadow(?:ing)? shift|observation lesson|trade test)\b/gi;
const INTERVIEW_WORDS = new RegExp(
  String.raw`\b(?:interview|(?:first|second|third|final|last)[- ]round|superday|phone screen|screening call|technical (?:round|session|screen)|onsite|on-site|panel|hiring manager|portfolio review|case study|assessment centre|assessment center|meet the team|meet (?:with )?you|meet with|video call|phone call|zoom|google meet|microsoft teams|teams (?:meeting|call)|(?:quick|intro|introductory|informal) chat|(?:call|chat|conversation) with|for an? (?!(?:great|lovely|nice|good|wonderful|fantastic|fun|really|salary|pay|offer|compensation|benefits|onboarding|welcome)\b)(?:[a-z]+ )?(?:chat|conversation)\b|(?:have|get|bring) you in(?= (?:for|to|on)\b)|(?:could|can|would|will) you (?:come|pop|swing) (?:in|by|over)\b|(?:come|pop|swing) (?:in|by|over|along)(?: to (?:the|our) (?:office|studio|site))? (?:and|to) meet (?:us|me|the team)\b|(?:talk|speak|chat) (?:with|to) you (?:on|at|this|next|tomorrow)\b|(?:I|we|he|she|they)(?:(?:'|’)ll| will| would like to| want to) (?:call|phone|ring) (?:you|your)|give you a (?:call|ring)|(?:quick|intro|introductory|screening|phone) call|(?:over|on|via) (?:teams|zoom|webex|video)|(?:updated|calendar|teams|zoom) invit(?:e|ation)|your (?:chat|conversation|meeting) (?:with|on|at|to|back|forward)|(?:chat|conversation|call|talk) about (?:the|this|your|our)\b[^.\n]{0,60}?\b(?:role|position|job|post|vacancy|opening)|for an? (?:quick |informal |proper )?sit-?down)\b|${IN_PERSON_TRIAL.source}`,
  'i',
);

// Senior hiring meets rather than interviews: "the meeting with Fiona and Dev", "breakfast with
// Graham", "a catch-up with Fiona". A meal, a meeting or a catch-up with someone named (capitalised,
// so the case is meant); not a "session" or a "coffee", which careers events and friends offer.
const MEETING_WITH_SOMEONE =
  /\b(?:[Mm]eeting|[Bb]reakfast|[Ll]unch|[Dd]inner|[Cc]atch-up) with (?:(?:your|our|the) )?\p{Lu}\p{Ll}+(?!\p{L})/u;

// Mass mail that mentions a time and a video link but is no interview.
const REGISTER =
  /\b(?:register now|registration (?:link|page|form|is (?:now )?open|closes|deadline))\b/i;
// A person's reply may name a registration form ("sorry the registration form gave you trouble");
// only a call to register is a list's.
const REGISTER_CALL =
  /\b(?:register (?:now|here|today|online|at|via|using|through)|registration (?:is (?:now )?open|closes))\b/i;
// Events and lists a person's reply may only mention ("Great meeting you at the career fair!",
// "your idea about the weekend newsletter"); a title is neither ("Nadia Osei, Newsletter Editor").
const MASS_EVENT = /\b(?:webinar|career fair|info(?:rmation)? session|open house)\b/i;
const MASS_MENTION = new RegExp(
  String.raw`${MASS_EVENT.source}|\b(?:newsletter(?! (?:editor|manager|writer|lead|team|producer|strategist|specialist|coordinator)s?\b)|job alert|jobs you may like|recommended jobs)\b`,
  'i',
);
// An event, a meeting or a clock, in the order written.
const EVENT_MEETING_OR_CLOCK = new RegExp(
  String.raw`(${MASS_EVENT.source})|(\b(?:interview(?! process| tips| questions| prep)|call|chat|conversation|screen|meeting|meet you|see you(?! there)|speak|talk)\b)|(${CLOCK_WRITTEN.source})`,
  'gi',
);

const TO_THE_CANDIDATE = /\byou(?:r)?\b/i;

/**
 * A reply's time is a mass event's, and it names no meeting with the candidate: a clock belongs to
 * what is named last before it in its sentence, else first after it ("On Thursday at 6pm we're
 * running an info session"), else, in a sentence naming nothing, the one named last before ("Kick-
 * off is 6pm"). "An info session for all applicants on Thursday from 6.30 to 7.30" is; "great to
 * meet you at the career fair at noon - we'd like to invite you to interview on Thursday at 2pm" is
 * not.
 */
function timedForAnEvent(text: string): boolean {
  type Named = 'event' | 'meeting';
  let event = false;
  let previous: Named | null = null;
  for (const sentence of sentences(withColonTimes(text))) {
    const said = [...sentence.matchAll(EVENT_MEETING_OR_CLOCK)].map(([, isEvent, isMeeting]) =>
      isEvent ? 'event' : isMeeting ? 'meeting' : 'clock',
    );
    // A meeting said to the candidate ("Marcus would like to interview you"), not the event's own
    // ("come and chat with the team", "Join Zoom Meeting", "join our open house … to chat with the
    // team": a meeting named after the event in its clause is what happens there). A clause with
    // its own subject after a dash or a semicolon is said apart ("… open house at 6pm - Dana would
    // like to interview you there"; not "- a great chance for you to meet the team").
    const clauses = sentence.split(
      /\s[-–—]\s(?=(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+)\s)|;\s/u,
    );
    const saidToTheCandidate = clauses.some((clause) => {
      const named = [...clause.matchAll(EVENT_MEETING_OR_CLOCK)].map(([, isEvent, isMeeting]) =>
        isEvent ? 'event' : isMeeting ? 'meeting' : 'clock',
      );
      const meeting = named.indexOf('meeting');
      const eventNamed = named.indexOf('event');
      return (
        meeting >= 0 && (eventNamed < 0 || meeting < eventNamed) && TO_THE_CANDIDATE.test(clause)
      );
    });
    if (saidToTheCandidate) return false;
    const namesNothing = !said.includes('event');
    let last: Named | null = namesNothing ? previous : null;
    for (const [i, kind] of said.entries()) {
      if (kind !== 'clock') {
        last = kind;
        previous = kind;
        continue;
      }
      if ((last ?? said.slice(i + 1).find((next) => next !== 'clock')) === 'event') event = true;
    }
  }
  return event;
}

// A meeting agreed in plain words, with no "interview" in sight: "Let's do this Thursday at 2:30",
// "Wednesday the 19th at 10:00 it is." (not "on Monday it is a bank holiday").
const MEETING_AGREED =
  /\b(?:let(?:'|’)s (?:do|say|go with|lock in|book|plan on|meet)(?: this| next| on)? (?:mon|tues|wednes|thurs|fri|satur|sun)day|see you (?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?(?: (?:the )?\d{1,2}(?:st|nd|rd|th)?)?(?: at \d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?)? it is(?=\s*(?:[.!,;]|$)|\s+then\b)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:the )?\d{1,2}(?:st|nd|rd|th)?)? (?:works|suits) (?:well |fine |perfectly |great )?for (?:us|me|the team|everyone)\b[^.!?\n]{0,20}\bshall we say \d{1,2}(?:[:.]\d\d)?)/iu;
// "Come to the front office and ask for me", "When you arrive, ask for Dana": who to ask for is the
// writer or a person by name ("ask for the IT desk" on a first day is no meeting).
const ASK_FOR_SOMEONE =
  /\b(?:(?:[Cc]ome|[Ss]top) (?:in |by )?(?:to |at )?(?:the|our) (?:front )?(?:office|desk|reception|studio|shop|store|site|plant)\b[^.\n]{0,60}|[Ww]hen you (?:arrive|get here|get there)\b[^.\n]{0,40})\bask for (?:me\b|\p{Lu}\p{Ll}+)/u;
// "We would like to invite you to interview", "have you in for an interview": an invitation,
// however it thanks the candidate for applying first, is no automatic acknowledgment.
const INVITATION =
  /\b(?:invit(?:e|ing) you (?:to|for) (?:an? |the |your )?(?:[\w-]+ ){0,2}interview|invitation to (?:an? )?(?:[\w-]+ ){0,2}interview|(?:have|see) you in for (?:an? )?(?:[\w-]+ ){0,2}interview)/i;

// A new starter's first day, after the offer ("Could you come in on your first day at 9am to
// collect your laptop?"): a meeting, and no interview to follow up.
const FIRST_DAY =
  /\b(?:your first day(?! of (?:the |your )?(?:assessment|onsite|on-site|interviews?))|your start date|your onboarding (?:day|session)|induction day|(?:new[- ]hire|new starter) orientation|for (?:your )?orientation|welcome (?:aboard|to the team))\b/i;

// Written to an interviewer, not to a candidate: the user forwarded an interview they run.
const AS_INTERVIEWER =
  /\b(?:(?:you(?:'|’)re|you are) (?:scheduled|booked|due|set) to interview\b|interview(?:ing)? (?:a|the|this|your) candidate\b|(?:submit|complete|fill in|leave) (?:your|the) (?:scorecard|interview feedback)\b|your interview kit\b|because you are (?:an|the) interviewer\b)/i;

// A consulate's, an immigration office's or a citizenship interview is about the person, and a
// career centre's mock interview is practice: no employer to follow up with, whatever job either
// is for.
const NOT_FOR_A_JOB =
  /\b(?:consular|visa|embassy|consulate|immigration|citizenship|naturali[sz]ation|asylum|green card|biometrics?) (?:interview|appointment)s?\b|\b(?:consulate|embassy) general\b|\bUSCIS\b|\bDS-160\b|\b(?:mock|practice)(?: (?:technical|behaviou?ral|case|coding|video|phone|panel|final|group|job|system design))? interviews?\b/i;

const NOT_FOR_A_JOB_ALL = new RegExp(NOT_FOR_A_JOB.source, 'gi');

// A recorded interview the candidate does alone before a deadline ("on-demand video interview,
// record your answers at a time that suits you"): a next step, with no meeting and no start.
const SELF_PACED =
  /\b(?:(?:on[- ]demand|one[- ]way|asynchronous|async|pre-?recorded|self[- ]recorded|recorded) (?:video )?(?:interview|assessment)|record (?:your )?(?:answers|responses)|no interviewer (?:is )?(?:present|live))\b/i;

// "Your interview with Dana is on …": the candidate's own, not a tip ("ace your final-round
// interview").
const YOUR_INTERVIEW =
  /\byour (?:[\w-]+ ){0,2}interview (?:with|on|at|is|has|for the|will)\b|\binterview(?: is)? (?:confirmed|scheduled|booked)\b/i;

// Not a request that waits on the candidate's yes ("… back by an hour, if that works for you",
// "I was wondering if we could push it back", "do you mind if we switch"): that asks about a
// change (slot-shift.ts reads it).
const CONDITIONAL =
  /\b(?:(?<!\b(?:wondering|see|know|mind) )if(?! (?:that|this|it)(?:'|’)?s? (?:works?|suits?|(?:is )?(?:ok|okay|alright|fine))\b| you(?:'|’)re (?:ok|okay|happy|fine|alright)\b| you are (?:ok|okay|happy|fine|alright)\b)|should you|in case|in the event|whenever|unless)\b|\bneed to (?:reschedule|cancel|change)\?/i;

// How a change would be made, offered for later: a keyword to reply with ("reply RESCHEDULE"),
// or a promise to find another time ("I'll find you a new time"). Only that clause goes: "Your
// interview has been moved to 2 PM - reply YES to confirm" still moves it.
const CHANGE_OFFERED =
  /(?:^|[-–—,;(]\s*|\s)(?:(?:[Jj]ust |[Pp]lease |[Ss]imply )?(?:[Rr]eply|[Rr]espond)(?: with)? ["“']?[A-Z]{2,}\b|(?:and )?(?:I|[Ww]e)(?:'|’)?(?:ll| will| can| could) (?:happily |gladly )?(?:find|get|offer|suggest|send) you (?:a |another )?(?:new|different|other) (?:times?|slots?|dates?)\b).*$/;

// A button: a short label and its link ("Propose a new time: https://…", "Cancel <https://…>").
// It offers an action; it never says that one was taken.
const ACTION_LINK = /^\s*(?:[^\s:]+\s+){0,7}?[^\s:]*\s*[:→»›-]?\s*[<[(]?https?:\/\/\S+\s*$/i;

/**
 * The text without its conditional sentences ("If anything changes, …") or offered changes, a
 * sentence to a line.
 */
export function withoutConditionals(text: string): string {
  // A clause after a dash or a semicolon is its own ("postponed by an hour for now - I'll confirm
  // if anything else changes").
  return sentences(text)
    .flatMap((sentence) =>
      CONDITIONAL.test(sentence)
        ? sentence.split(/\s[-–—]\s|;\s/).filter((clause) => !CONDITIONAL.test(clause))
        : [sentence],
    )
    .filter((sentence) => !ACTION_LINK.test(sentence))
    .map((sentence) => sentence.replace(CHANGE_OFFERED, ''))
    .join('\n');
}

// "Your previous schedule on Thursday has been cancelled; please use the updated itinerary": a
// move cancels the slot it leaves, and is still a move.
const OLD_SLOT =
  /\b(?:previous|original|old|earlier|prior|former)\s+(?:[\w-]+\s+){0,2}(?:schedule|time|slot|invit\w*|interview|booking|meeting|itinerary|event|appointment)s?\b/i;

function withoutTheOldSlot(text: string): string {
  return text
    .split(/(?<=[.!?;])\s+|\n/)
    .filter((sentence) => !OLD_SLOT.test(sentence))
    .join('\n');
}

// "Nothing about the time changed", "not moved": said of no move.
const NOT_SAID = String.raw`(?<!\b(?:nothing about|nothing in|not|never|no)(?: the| it| this)?(?: (?:date|time))?(?: been)? )`;
// "Moved it - this is the new one", "this is the updated confirmation": the mail forwarded is the
// slot it moved to.
const THIS_IS_THE_NEW_ONE =
  /\b(?:this|here)(?:(?:'|’)s| is) the (?:new|updated|latest|rescheduled)\b|\bthis is the new one\b/i;
// "Interview got moved", "They've moved it - new invite coming", "Dana moved it", "this has been
// rescheduled", "Rescheduled - new time to follow", "They're moving it", "Got bumped": the user's
// note says it moved, or is moving, and says no more (never "my morning meeting got moved",
// "moved to Zoom").
const MOVE_DONE = String.raw`(?:moved|rescheduled|changed|pushed|bumped|postponed|shifted)`;
// "Moved to the afternoon", "Pushed to later that day": another part of the day, no clock.
const LATER_IN_THE_DAY = String.raw`(?:(?:to|till|until|into)[ \t]+(?:the[ \t]+)?(?:morning|afternoon|evening|lunchtime)|(?:to[ \t]+)?(?:later|earlier))\b(?![ \t]+(?!(?:that|this|next|in|on|today|tomorrow|than|instead|now)\b)[A-Za-z])`;
const SAID_MOVED = new RegExp(
  String.raw`${NOT_SAID}(?:\b(?:interview|(?<!\bmy (?:[\w:-]+ ){0,2})(?:call|meeting)|it|this)(?:(?:'|’)s| has| had| was| got| is)?(?: been| being)? ${MOVE_DONE}|\b(?:they|she|he|[A-Z][a-z]+)(?:(?:'|’)ve| have| had)? ${MOVE_DONE} (?:it|this|the (?:time|date|interview|call))|^\W*${MOVE_DONE}(?=[ \t]*(?:$|[-–—.,;:!]|(?:from|again|back|it|this)\b|${LATER_IN_THE_DAY}))|\b(?:they|she|he|[A-Z][a-z]+)(?:(?:'|’)re| are| is|(?:'|’)s)? moving (?:it|this)|\bwants? to move (?:it|this)(?! (?:along|forward|ahead|on|through|quickly|fast)\b)|\bhad to move (?:it|this)|^\W*got (?:bumped|moved|pushed|rescheduled)(?! (?:up|through|on|forward|ahead)\b)|\b(?:(?<!\b(?:start|end|leaving|notice|closing|due) )date|time) (?:has |was )?changed)\b(?! to ${NO_SLOT})`,
  'im',
);
// The day or clock it left ("Moved from the 12th"), which says nothing of where it went.
const MOVED_FROM =
  /\b(?:moved |changed |pushed )?from (?:the )?(?:(?!\s(?:to|until|till)\s)[^,.;\n]){0,20}/gi;

/**
 * The user's note says the interview moved but names no day or clock, and the mail below says no
 * move of its own: the slot the mail gives may be the one it left.
 */
export function movedUnsaid(note: string, body: string): boolean {
  return (
    SAID_MOVED.test(note) &&
    !THIS_IS_THE_NEW_ONE.test(note) &&
    !/\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btomorrow\b/i.test(
      note.replace(MOVED_FROM, ''),
    ) &&
    !RESCHEDULE.test(withoutConditionals(body)) &&
    !MOVED_BY_THEM.test(body)
  );
}

/**
 * A sentence of `text` moves the meeting to a day it names ("Could we move your conversation to
 * Tuesday 11 May at 4:30pm?"); not one that only mentions a change ("our hiring was pushed back
 * to March", "note the time change").
 */
export function movesToADay(text: string): boolean {
  return sentences(withoutConditionals(text)).some(
    (sentence) =>
      RESCHEDULE.test(sentence) &&
      /\d/.test(sentence) &&
      /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(sentence),
  );
}

// "Moved to Friday 2pm", "Updated: interview Thursday 3pm", "New date – Tue 9 March": a subject
// that itself tells of a move gives the slot moved to.
const SUBJECT_TELLS_A_MOVE =
  /\b(?:mov(?:ed|ing)|reschedul\w*|changed|push(?:ed|ing)|postpon\w*|updated|new (?:time|date|slot))\b/i;

/**
 * The mail's own words move the meeting, asked for or told ("could we change to the morning slot
 * instead?"), and its subject says no move: a slot the subject gives is the one the thread set
 * first, the one the move leaves.
 */
export function leavesTheSubjectsSlot(subject: string, body: string): boolean {
  return (
    RESCHEDULE.test(withoutConditionals(body.slice(0, 40_000))) &&
    !SUBJECT_TELLS_A_MOVE.test(subject) &&
    !RESCHEDULE_SUBJECT.test(subject.replace(SUBJECT_PREFIXES, ''))
  );
}

/** What the words say of the mail; `note` is the user's own on top of a forward. */
export function readSignals(
  body: string,
  writtenSubject: string,
  events: CalendarEvent[],
  note = '',
  /** It answers the candidate's own message, quoted below: a person's reply, not a list's mail. */
  answersCandidate = false,
): Signals {
  // "Re: Fwd: Cancelled event": what the subject says, without the replies' and forwards' marks.
  const subject = writtenSubject.replace(SUBJECT_PREFIXES, '');
  const text = `${note}\n${body}`.slice(0, 40_000);
  // "If you need to reschedule, we'll find a new time": an offer, not a move.
  const firm = withoutConditionals(text);
  const shift = slotShift(firm);
  // SEQUENCE > 0 only says the organizer edited the invitation (added a guest, fixed a typo),
  // often before the candidate ever forwarded it: the words must say the time moved.
  const moved =
    RESCHEDULE.test(firm) ||
    POSTPONED_TO_A_SLOT.test(firm) ||
    MOVED_BY_THEM.test(withoutConditionals(body.slice(0, 40_000))) ||
    RESCHEDULE_SUBJECT.test(subject) ||
    LABELLED_MOVE.test(firm) ||
    shift?.plain === true;
  // In a reply, a call to register, or times that are all an event's ("an info session for all
  // applicants on Thursday at 2pm"), are a list's; an event only mentioned is not ("Great meeting
  // you at the career fair on 3 March!").
  const massMail = answersCandidate
    ? REGISTER_CALL.test(`${subject}\n${text}`) || timedForAnEvent(text)
    : REGISTER.test(`${subject}\n${text}`) || MASS_MENTION.test(`${subject}\n${text}`);
  const method = events[0]?.method ?? null;
  const status = events[0]?.status ?? null;
  return {
    cancellation:
      method === 'CANCEL' ||
      status === 'CANCELLED' ||
      CANCELLATION.test(withoutGoingAhead(moved ? withoutTheOldSlot(firm) : firm)) ||
      (!moved && itIsOff(withoutGoingAhead(firm))) ||
      (!moved &&
        (MEETING_IS_OFF.test(withoutGoingAhead(firm)) ||
          OUR_CALL_IS_OFF.test(withoutGoingAhead(firm))) &&
        !INTERVIEW_CONFIRMED.test(firm) &&
        !SOMEONE_ELSE_RUNS_IT.test(firm)) ||
      postponedOff(firm, shift?.plain === true) ||
      (CANCELLATION_SUBJECT.test(subject) && /\bcancel/i.test(firm)),
    cancellationNotice: CANCELLATION_SUBJECT.test(subject),
    // Postponed or off, and another slot offered in its place.
    reschedule:
      moved ||
      ((POSTPONED.test(firm) || NOT_GOING_AHEAD.test(firm)) && SLOT_OFFERED_INSTEAD.test(firm)),
    rejection: REJECTION.test(text) || REJECTION_ABROAD.test(text),
    offer: OFFER.test(text) || /^offer\b/i.test(subject),
    advance: ADVANCE.test(text),
    selfPaced: SELF_PACED.test(`${subject}\n${text}`),
    outOfOffice: OUT_OF_OFFICE_SUBJECT.test(subject),
    absenceMentioned: OUT_OF_OFFICE.test(text.slice(0, 1500)),
    autoAck: AUTO_ACK.test(text),
    neutral: NEUTRAL.test(text),
    asInterviewer: AS_INTERVIEWER.test(text),
    firstDay: FIRST_DAY.test(`${subject}\n${text}`) && !/\binterview/i.test(text),
    // One mention may be a job's aside ("we support your visa interview"); a consulate's own mail
    // says it again and again.
    notForAJob: NOT_FOR_A_JOB.test(subject) || (text.match(NOT_FOR_A_JOB_ALL) ?? []).length >= 2,
    confirmation:
      CONFIRMATION.test(text) ||
      CONFIRMATION.test(subject) ||
      INVITATION.test(firm) ||
      MEETING_AGREED.test(firm) ||
      ASK_FOR_SOMEONE.test(firm) ||
      INVITATION.test(subject) ||
      method === 'REQUEST',
    // Mass mail ("a webinar: an inside look at our interview process") is about interviews in
    // general: only "your interview" makes it about the candidate's own.
    massMail,
    interviewWords: massMail
      ? YOUR_INTERVIEW.test(`${subject}\n${text}`)
      : /\binterview/i.test(`${subject}\n${text}`) ||
        INTERVIEW_WORDS.test(text) ||
        INTERVIEW_WORDS.test(subject) ||
        MEETING_WITH_SOMEONE.test(text) ||
        INVITE_MOVED.test(firm),
  };
}

// "Works for us - I've moved the invite to 4:00 PM WAT": the candidate's own meeting, moved, in a
// thread that named it before.
const INVITE_MOVED = new RegExp(String.raw`\b${MEETING_MOVED_BY_WRITER}`, 'i');

export type Kind = 'interview' | 'reschedule' | 'cancellation' | 'employer-reply' | 'unknown';

export interface Classified {
  kind: Kind;
  replyClass: ReplyClass | null;
  confidence: number;
}

/**
 * Decides the kind. `hasTime` says a concrete interview time was found (text or calendar): a
 * next-round note with a time is an interview, without one it is an "advance" reply.
 */
export function classify(
  signals: Signals,
  hasTime: boolean,
  hasCalendar: boolean,
  timeUnsettled = false,
): Classified {
  // An interview the user runs, or a state's, is nobody's application: nothing to follow up.
  if (signals.asInterviewer || signals.notForAJob)
    return { kind: 'unknown', replyClass: null, confidence: 0.6 };
  // A scheduling tool's notice that a meeting is cancelled ("Canceled: intro call"), whatever the
  // host's message in it says, is that meeting's cancellation.
  if (signals.rejection && !hasCalendar && !signals.cancellationNotice)
    return { kind: 'employer-reply', replyClass: 'rejection', confidence: 0.9 };
  if (signals.offer && !hasCalendar)
    return { kind: 'employer-reply', replyClass: 'offer', confidence: 0.9 };
  // A new starter's first day is a meeting after the process, not an interview in it.
  if (signals.firstDay && !hasCalendar)
    return { kind: 'unknown', replyClass: null, confidence: 0.6 };
  if (signals.cancellation) return { kind: 'cancellation', replyClass: null, confidence: 0.85 };
  // An auto-reply, by its subject or its words; but a person who arranges the interview, or offers
  // its slot, may mention a day off ("Tuesday at 2:00 it is. I'm out of the office Monday for
  // Labour Day").
  const arranged = (hasTime || timeUnsettled) && signals.interviewWords;
  // Outlook heads every rule's reply "Automatic reply:": one that only confirms receipt, with
  // nobody away, is a receipt.
  const receiptOnly = signals.autoAck && !signals.absenceMentioned;
  if (
    ((signals.outOfOffice && !receiptOnly) || (signals.absenceMentioned && !arranged)) &&
    !hasCalendar
  ) {
    return { kind: 'employer-reply', replyClass: 'out-of-office', confidence: 0.85 };
  }
  // Its only time is a deadline to record by; the user has no meeting to follow up on yet.
  if (signals.selfPaced && !hasCalendar)
    return { kind: 'employer-reply', replyClass: 'advance', confidence: 0.8 };
  // A webinar's "you're registered" and its time confirm nothing of the candidate's own.
  if (signals.massMail && !signals.interviewWords && !hasCalendar)
    return { kind: 'unknown', replyClass: null, confidence: 0.6 };
  if (hasTime && signals.reschedule)
    return { kind: 'reschedule', replyClass: null, confidence: 0.85 };
  if (hasTime && (signals.interviewWords || signals.confirmation || hasCalendar)) {
    return { kind: 'interview', replyClass: null, confidence: 0.85 };
  }
  // A move whose new slot is offered, not yet settled: still a move.
  if (timeUnsettled && signals.reschedule && signals.interviewWords)
    return { kind: 'reschedule', replyClass: null, confidence: 0.6 };
  if (signals.confirmation && signals.interviewWords && !signals.advance) {
    return { kind: 'interview', replyClass: null, confidence: 0.7 };
  }
  // An ATS's automated "moved to the next stage: Under review" is a status, not an invitation.
  if (signals.advance && !signals.autoAck)
    return { kind: 'employer-reply', replyClass: 'advance', confidence: 0.8 };
  // "Thank you for your application … Would Thursday at 15:00 suit you?": a receipt's words as a
  // courtesy in a mail that arranges the meeting.
  if (signals.autoAck && !arranged)
    return { kind: 'employer-reply', replyClass: 'auto-ack', confidence: 0.8 };
  if (signals.reschedule && signals.interviewWords) {
    // A move without a time we can trust: a reschedule whose time the acknowledgment asks for.
    return { kind: 'reschedule', replyClass: null, confidence: 0.6 };
  }
  // An interview being arranged, its slots offered but none chosen: the acknowledgment asks. (Its
  // "we aim to make a decision by Friday" is the process's timeline, no news.)
  if (timeUnsettled && signals.interviewWords)
    return { kind: 'interview', replyClass: null, confidence: 0.6 };
  if (signals.neutral) return { kind: 'employer-reply', replyClass: 'neutral', confidence: 0.7 };
  if (hasTime && signals.confirmation)
    return { kind: 'interview', replyClass: null, confidence: 0.6 };
  return { kind: 'unknown', replyClass: null, confidence: 0.3 };
}
