// Reader -> interviewers: who the candidate will meet, from calendar attendees and from what the
// recruiter writes ("Interviewer: …", "You'll meet A and B", "Panel: …", itinerary lines,
// "Rob Castillo, our Director of …, has you down for …"), with emails wherever the mail gives them.
import type { Person } from '../model.ts';
import { type CalendarEvent, sessionsOf } from './calendar.ts';
import { isCompanySuffix, isTitleNoun, ORGANISATION_WORDS } from './details.ts';
import type { Mailbox } from './mime.ts';
import { isPlaceName } from './places.ts';
import { signatureLines } from './signature.ts';
import {
  clauseAt,
  isTableRow,
  LATER_ROUND,
  literal,
  MEETING_NOUN,
  MUST_MOVE,
  sentences,
  tableCells,
} from './text.ts';
import { isMachineAddress, isVendorName } from './vendors.ts';
import { matchZoneAt } from './zones.ts';

export interface PeopleContext {
  /** The original message's sender (recruiter, coordinator or a scheduling tool). */
  sender: Mailbox | null;
  /** The candidate's own addresses and names: never an interviewer. */
  candidate: { emails: Set<string>; names: Set<string> };
  /** Every name <address> pair the mail shows (header blocks, Cc lines, calendar). */
  directory: Mailbox[];
  company: string | null;
}

// Words that make a capitalised phrase a title, team or thing rather than a person's name; the
// titles also as French, Spanish, Portuguese and German mail writes them in English text.
const NOT_NAME_WORDS = new Set(
  `manager engineer engineering walkthrough exercise presentation demo workshop assessment overview introduction hands-on whiteboard pairing coding behavioral behavioural debrief director head vp president officer lead senior sr junior jr principal staff recruiter recruiting coordinator partner talent acquisition designer design product scientist science analyst analytics data sales marketing operations hardware software team department chief ceo cto cfo coo founder cofounder specialist associate consultant architect developer administrator executive representative hr people human resources commerce digital platform network clinical mechanical infrastructure hiring member technical owner account customer support success finance legal research group division office the our your their a an this that hi hello dear thanks thank best regards cheers interview interviews meeting call zoom teams google meet microsoft video phone onsite panel round review conversation session lunch break tour monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december room address location time date when who where role position opening job duration length format mode interviewer interviewers join link coordinator dr mr ms mrs prof professor please confirm policy affairs relations services programs programmes planning strategy communications compliance procurement insights leadership culture
  directrice directeur directora diretor diretora responsable chargé chargée chef cheffe leiter leiterin gerente jefe jefa coordinatrice coordinateur coordinador coordinadora ingénieur ingénieure ingeniero ingeniera ressources humaines recursos humanos`.split(
    /\s+/,
  ),
);
// "Dr", "Prof.", "Associate Professor", "Eng." (as Gulf and Latin American mail addresses an
// engineer; only with its stop, since Eng is also a Chinese name): a form of address before a
// name, never part of it. Also as other languages write them ("Mme", "Herr", "Sra.", "Dott.",
// "Ing."), and "Frau Dr." with a second one.
const HONORIFIC_WORDS = String.raw`(?:(?:Herr|Frau)[ \t]+(?=Dr\b|Prof\b))?(?:(?:(?:Assoc(?:iate|\.)?|Asst\.?|Assistant|Adjunct|Emeritus|Clinical)\s+)?(?:Professor|Prof)\.?|Dr|Mr|Ms|Mrs|Mx|Sir|Dame|Cllr|Councillor|Councilor|Judge|Rev|Reverend|Hon(?=\.)|Eng(?=\.)|Engr|DI|Mag(?=\.)|Mme|Mlle|Herr|Frau|Sra|Srta|Sr(?=\.)|Dott(?:\.ssa)?|Ing(?=\.)|Dhr|Mevr|Khun|Shri|Smt|Encik|Puan|Datuk|Alhaji|Bapak|Pak|Ibu|Ato|W\/ro|Woizero|Weizero)`;
const HONORIFIC = new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s+`);
// "Vasquez-Hale", "O'Neill", "Jean-luc": a hyphen joins two parts of one name, never ends one.
// "O'Rourke", "McAlister", "DeAngelo", "Élise": a capital may follow an apostrophe or a short
// prefix, and names are not only ASCII.
// "Dell'Acqua": a particle joined on by an apostrophe.
const NAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu}\p{Ll}+|\p{Ll}{1,2}\p{Lu}\p{Ll}+|\p{Ll}{1,3}['’]\p{Lu}\p{Ll}+|[\p{Ll}'’]+)(?:-\p{L}[\p{Ll}'’]+)?`;
// Capitalised too between a given name and the surname, as Flemish, Filipino and Italian names
// write them ("Jan Van den Bossche", "Maria De La Cruz", "Chiara Lo Russo"); "ap" is Welsh ("Rhys
// ap Gruffydd").
const PARTICLE =
  '(?:[Vv]an|[Vv]on|[Dd]e|[Dd]a|[Dd]el|[Dd]ella|[Dd]ela|[Dd]i|[Dd]er|[Dd]en|[Dd]u|[Dd]os|[Ll]a|[Ll]e|[Ll]o|[Ll]i|[Tt]er|bin|binti|binte|bte|al|ap|Ó|Ní|Nic|Uí)';
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
// "Jordi Puig i Ferrer", "Ana García y López": the word that joins two surnames.
const JOINS_SURNAMES = /^[iy]$/;
// A given name written short, as Filipino, Bangladeshi and Malaysian names often are: "Ma. Theresa"
// (Maria), "Md. Rahim" (Mohammed), "Mohd. Faizal"; always with its stop.
const GIVEN_NAME_SHORT = 'Ma|Md|Mohd|Muhd|Wm|Chas|Thos';
// "R. Santiago de la Cruz": a first initial before a whole name (never alone before a surname, as
// "U.S. Bank" would be).
const LEADING_INITIAL = String.raw`(?<![\p{L}.])\p{Lu}\.[ \t]+(?=${NAME_WORD}[ \t]+\p{L})`;
// "Prof. R. Sundaram", "Dr. A. K. Sharma": initials for the given names, after a form of address
// only (alone, "U.S. Bank" would be a person).
// "Senthil Kumar R": as Tamil names are written, the father's initial after the given names. Before
// the surname, a middle initial ("Luis A. Ortiz") and up to two particles ("Pieter van der Merwe");
// two given names only before a particle ("Juan Carlos de la Vega"); two surnames joined by i or y.
const TRAILING_INITIAL = String.raw`(?:[ \t]+(?!I\b)\p{Lu}\.?(?=[ \t]*(?:[,;)]|$|and\b|&)))?`;
// A sentence's opening adverb is no given name ("Then Juan Carlos de la Vega will interview you").
const NOT_FIRST_WORD = String.raw`(?!(?:Then|Also|Finally|Next|First|Lastly|Afterwards|Additionally|Later|Meanwhile)\b)`;
const FULL_NAME = String.raw`${NOT_FIRST_WORD}(?:(?:(?:${HONORIFIC_WORDS})\.?[ \t]+)?(?:(?:${GIVEN_NAME_SHORT})\.[ \t]+|${LEADING_INITIAL})?${NAME_WORD}(?:(?:[ \t]+${NAME_WORD}){1,2}(?=[ \t]+${PARTICLE}[ \t]))?(?:[ \t]+\p{Lu}\.)?(?:[ \t]+${PARTICLE}){0,2}(?:[ \t]+${NAME_WORD}){1,2}(?:[ \t]+[iy][ \t]+${NAME_WORD})?${TRAILING_INITIAL}|(?:${HONORIFIC_WORDS})\.?[ \t]+(?:\p{Lu}\.[ \t]?){1,3}${NAME_WORD}|(?:${HONORIFIC_WORDS})\.?[ \t]+${NAME_WORD})`;
// "Dr. Osei": a form of address before a surname alone names a person all the same. It stays, as
// a greeting needs it, unless the mail gives the full name (fullNameOf).
const ADDRESSED_SURNAME = new RegExp(
  String.raw`^(?:${HONORIFIC_WORDS})\.?[ \t]+(${NAME_WORD})$`,
  'u',
);

/**
 * A name without its form of address, unless that would leave a surname alone: then the form is
 * kept, its abbreviation with one stop however the mail wrote it ("Dr Kim" and "Dr. Kim" alike).
 */
function bareName(written: string): string {
  const name = written.replace(/\s+/g, ' ').trim();
  if (!ADDRESSED_SURNAME.test(name)) return name.replace(HONORIFIC, '').trim();
  return name.replace(new RegExp(`^(${ADDRESS_DROPPING_STOP})\\.?\\s+`), '$1. ');
}

/** "New York", "Kansas City", "New York Melissa": a place (or one glued to a name) is no person. */
function namesAPlace(words: string[]): boolean {
  for (let from = 0; from < words.length; from++) {
    // "Maria De La Cruz": after a given name, a particle starts a surname, whatever town it spells.
    if (from > 0 && PARTICLE_WORD.test(words[from] ?? '')) continue;
    for (let to = from + 2; to <= words.length; to++)
      if (isPlaceName(words.slice(from, to).join(' '))) return true;
  }
  return false;
}

const CONTRACTION =
  /^(?:it|here|there|that|what|who|let|i|we|you|they|he|she)['’](?:s|m|re|ll|ve|d)$/i;

// The forms of address written with a stop: "Dr.", "Mrs.", "Prof.".
const ADDRESS_DROPPING_STOP = 'Dr|Mr|Ms|Mrs|Mx|Prof|Sra|Srta|Sr|Dott|Dhr|Mevr|Smt';
const ABBREVIATED_ADDRESS = `${ADDRESS_DROPPING_STOP}|Eng|Engr|Ing`;
// "Eng." keeps its stop, which alone tells the form of address from the name Eng.
// ("Dott.ssa", the feminine, keeps it: it is one word.)
const ABBREVIATED_ADDRESS_STOP = new RegExp(String.raw`\b(${ADDRESS_DROPPING_STOP})\.(?!ssa)`, 'g');

// Given names never end like these nouns ("Transportation", "Ranking", "Engineering"); surnames
// may ("Harkness", "Ling", "Clement", "Garrity"), but never like a few of them.
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ics|ing|ship)$/i;
// Save a few that are given names all the same: "Felicity", "Clement", and the Chinese syllables
// ("Ming", "Jing", "Yu-Ting", "Wei-ming").
const GIVEN_NAME_ENDING_AS_NOUNS =
  /^(?:Felicity|Verity|Clement|(?:\p{Lu}\p{Ll}{1,4}-)?(?:[BPMDTNLJQXYH]|Ch|Zh|Sh)ing|\p{Lu}\p{Ll}{1,4}-(?:[bpmdtnljqxyh]|ch|zh|sh)ing)$/u;
const endsAsNounsDo = (givenName: string) =>
  NOUN_ENDING.test(givenName) && !GIVEN_NAME_ENDING_AS_NOUNS.test(givenName);
const SURNAME_NEVER_ENDS = /(?:tion|sion|ship)$/i;

// "Belle Plaine Mill" after a title in a panel list is where the person works, not a person.
// "Northwind Software" is no person either; the company reader's list leaves it out, since a team
// is named so too ("Northwind Platform Software" is no employer).
const ORGANISATION_LAST_WORD = new RegExp(`^(?:${ORGANISATION_WORDS}|Software)$`);

// A shared mailbox's name: "Recruitment Bookings", "Acme Careers", "Talent Team".
const TEAM_WORD = /\b(?:Recruitment|Recruiting|Careers|Talent|Bookings|Team|HR|Hiring|Personnel)\b/;

/** The name an organisation or one of its teams gives a calendar or a mailbox, not a person's. */
function namesATeam(name: string, context: PeopleContext): boolean {
  const last = name.trim().split(/\s+/).pop() ?? '';
  return (
    TEAM_WORD.test(name) ||
    ORGANISATION_LAST_WORD.test(last) ||
    SURNAME_NEVER_ENDS.test(last) ||
    Boolean(
      context.company &&
        new RegExp(String.raw`(?:^|\s)${literal(context.company)}(?:\s|$)`, 'i').test(name),
    )
  );
}

function isPersonName(candidate: string, context: PeopleContext): boolean {
  const surname = ADDRESSED_SURNAME.exec(candidate.trim())?.[1];
  if (surname) return isLoneNameWord(surname, context, 'surname');
  const name = candidate.replace(HONORIFIC, '').trim();
  const words = name.split(/\s+/);
  // Particles aside ("Juan Carlos de la Vega"), a name has two to four words.
  const named = words.filter(
    (word) => !PARTICLE_WORD.test(word) && !JOINS_SURNAMES.test(word),
  ).length;
  if (words.length < 2 || named > 4) return false;
  // Names are written capitalised; a case-blind match ("our Lead, and Dev Patel") is prose.
  if (
    !words.every(
      (word) => /^\p{Lu}/u.test(word) || PARTICLE_WORD.test(word) || JOINS_SURNAMES.test(word),
    )
  )
    return false;
  if (words.some((word) => NOT_NAME_WORDS.has(word.toLowerCase()))) return false;
  // "It's Olivia", "Here's Sam": a contraction is no given name.
  if (words.some((word) => CONTRACTION.test(word))) return false;
  if (endsAsNounsDo(words[0] ?? '') || namesAPlace(words)) return false;
  // "Model Validation", "Risk Analytics Partnership": no surname ends so.
  if (SURNAME_NEVER_ENDS.test(words[words.length - 1] ?? '')) return false;
  // "Uppsala University": an organisation, however capitalised ("Marcus Banks" is a person).
  if (ORGANISATION_LAST_WORD.test(words[words.length - 1] ?? '')) return false;
  // "Acme Corp", "Brightline Recruiting": a legal form or a team's word ends a company's name.
  if (isCompanySuffix(words[words.length - 1] ?? '')) return false;
  if (context.company?.toLowerCase().includes(name.toLowerCase())) return false;
  if (context.company && name.toLowerCase().includes(context.company.toLowerCase())) return false;
  return true;
}

/**
 * One word of a name standing alone (a first name, or a surname after a form of address): no title,
 * team, place, tool, weekday or the employer; surnames may end like some nouns ("Ling").
 */
function isLoneNameWord(word: string, context: PeopleContext, part: 'given' | 'surname'): boolean {
  return (
    !NOT_NAME_WORDS.has(word.toLowerCase()) &&
    !(part === 'given' ? endsAsNounsDo(word) : SURNAME_NEVER_ENDS.test(word)) &&
    !isPlaceName(word) &&
    !isVendorName(word) &&
    !context.company?.toLowerCase().split(/\s+/).includes(word.toLowerCase())
  );
}

/** Splits "Ken Watanabe and Lila Okafor, Senior Mechanical Engineers" into the full names in it. */
function namesIn(fragment: string, context: PeopleContext): string[] {
  const out: string[] = [];
  const cleaned = fragment.replace(/\([^()]{0,80}\)/g, ' ');
  for (const m of cleaned.matchAll(new RegExp(FULL_NAME, 'gu'))) {
    const name = bareName(m[0]);
    if (isPersonName(name, context)) out.push(name);
  }
  return out;
}

const NAME_ONLY = new RegExp(`^${FULL_NAME}$`, 'u');
// "…, our assistant principal Mr. Tomas Delgado", "our CTO Raj Mehta": a title in lower case, or
// a chief's letters, may stand first ("our VP Ocean Cargo" names a department after the title).
const TITLED_NAME = String.raw`(?:(?:our|the|my|your)\s+(?:(?:[a-z][\w-]*|C\p{Lu}{1,2}O(?![\p{L}]))\s+){1,3})?(${FULL_NAME})`;
// What joins the next person to a list: "and", "and then", "followed by", "then".
const LIST_JOIN = String.raw`(?:and(?:\s+(?:then|also|afterwards))?|followed\s+by|then)`;
const LIST_ITEM = new RegExp(
  String.raw`^\s*(?:with\s+|${LIST_JOIN}\s+|&\s+|[,;]\s*(?:${LIST_JOIN}\s+)?)?${TITLED_NAME}`,
  'u',
);
const NEXT_IN_LIST = new RegExp(String.raw`^\s*[,;]\s*(?:${LIST_JOIN}\s+)?${TITLED_NAME}`, 'u');
const JOINED_NEXT = new RegExp(String.raw`^\s*[,;]?\s*(?:${LIST_JOIN}|&)\s`);
// A person's title, up to the next person or the line's end: after a comma ("A, Engineering
// Manager, and B"), or after a dash, where only a join brings the next person, since such a title
// may hold commas itself ("A - Team Leader, Resource Consents").
const TITLE_AFTER_COMMA = new RegExp(
  String.raw`^\s*,\s*(?:our |the |a )?\p{L}[\p{L} &/-]{0,60}?(?=[,;]\s*(?:${LIST_JOIN}\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}|\s+${LIST_JOIN}\s+\p{Lu}\p{Ll}+\s+\p{Lu}|,\s*${LIST_JOIN}\s+\p{Lu}\p{Ll}+(?:,|\s+from\s)|,[^,;.!?\n]{1,60}?(?:,\s*|\s+)${LIST_JOIN}\s+\p{Lu}\p{Ll}+\s+\p{Lu}|$)`,
  'u',
);
const TITLE_AFTER_DASH_IN_LIST = new RegExp(
  String.raw`^\s*[-–—]\s+\p{L}[\p{L} &/-]{0,60}?(?=,?\s+${LIST_JOIN}\s+\p{Lu}\p{Ll}+\s+\p{Lu})`,
  'u',
);

/**
 * One line of a list of people: "Harjit Sandhu, Director, Marine Policy (Chair)" names one person
 * and then their title, whatever it looks like; only "and", "&" or a semicolon ("A, Analyst; B,
 * Data Scientist") puts two people on a line.
 */
function personsOfLine(line: string, context: PeopleContext): string[] {
  const entries = line.split(/\s*;\s*/).filter((entry) => entry.trim());
  if (entries.length > 1) return entries.flatMap((entry) => personsOfLine(entry, context));
  const names = listAfter(line, context);
  // Unless the line is a list of names alone ("Dana Lee, Sam Fox, Ana Ruiz").
  const parts = line
    .replace(/\([^()]{0,80}\)/g, ' ')
    .split(/\s*[,;]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  const onlyNames = parts.every((part) => NAME_ONLY.test(part) && isPersonName(part, context));
  return onlyNames || new RegExp(String.raw`\s(?:${LIST_JOIN}|&)\s`).test(line)
    ? names
    : names.slice(0, 1);
}

// "with Wanjiru, who leads our product team", "and Priyanka from our lab", "and my co-founder
// Ife", "with Ciarán and Dr Méabh Kinsella": a first name alone is a person only where the words
// around it describe one, or join it to a person named in full.
const GIVEN_NAME_ITEM =
  /^\s*(?:with\s+|and\s+|&\s+|,\s*(?:and\s+)?)?(?:(?:our|my)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-]|\s+\p{Lu})|(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?=,\s+(?:who|our)\s|\s+from\s+(?:our|the|their)\s|\s+(?:and|&)\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}))/u;

/**
 * The list right after a cue: "A (Title) and B from the team" -> [A, B], stopping at prose. A
 * semicolon between a title and the next name goes on: "A, Director of Planning; B, …; and C".
 */
const LIST_END = new RegExp(
  String.raw`(?<!\b\p{Lu}|\bEngr?|\bMag|\b(?:${GIVEN_NAME_SHORT}))(?:[.!?]|;(?!\s*(?:and\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,))(?:\s|$)|\n`,
  'u',
);

function listAfter(text: string, context: PeopleContext): string[] {
  const segment =
    text
      .slice(0, 240)
      .replace(ABBREVIATED_ADDRESS_STOP, '$1')
      // An initial's stop ("R. Sundaram", "Ma. Theresa") ends no sentence.
      .split(LIST_END)[0] ?? '';
  const names: string[] = [];
  // "Marcus (our Development Director) and Judy Kowalski": a title in brackets is an appositive,
  // which makes a given name before it a person's; other brackets are asides.
  let rest = segment
    .replace(/\s*\(((?:our|the|their|my)\s[^()]{1,60})\),?/gi, ', $1,')
    .replace(/\([^()]{0,80}\)/g, '');
  for (let i = 0; i < 8; i++) {
    const full = LIST_ITEM.exec(rest);
    const given = full ? null : GIVEN_NAME_ITEM.exec(rest);
    const m = full ?? given;
    const written = full ? full[1] : (given?.[2] ?? given?.[3]);
    if (!m || !written) break;
    const name = bareName(written);
    // After a person's title ("my co-founder Ife"), a given name that is also a town's is theirs.
    const afterTitle =
      !!given?.[1] && (isTitleNoun(given[1]) || /^(?:colleague|boss)$/i.test(given[1]));
    if (given?.[1] && !afterTitle) break;
    const named = afterTitle
      ? !NOT_NAME_WORDS.has(name.toLowerCase()) && !isVendorName(name) && !endsAsNounsDo(name)
      : given
        ? isLoneNameWord(name, context, 'given')
        : isPersonName(name, context);
    if (!named) break;
    names.push(name);
    rest = rest.slice(m[0].length);
    // Skip the person's title, a part at a time while no person stands next ("A, Director,
    // Payroll Operations, and B"): "A, B and C" is three people, but "District Manager" is
    // capitalised, not a name.
    for (let part = 0; part < 3; part++) {
      const title = TITLE_AFTER_COMMA.exec(rest) ?? TITLE_AFTER_DASH_IN_LIST.exec(rest);
      const next = NEXT_IN_LIST.exec(rest);
      const nextName = next?.[1] ? bareName(next[1]) : '';
      const titled = isTitleNoun(nextName.split(/\s+/).pop() ?? '');
      if (!title || (nextName && isPersonName(nextName, context) && !titled)) break;
      // A join brings the next person, even one named by a given name alone ("…, and Thandi").
      if (JOINED_NEXT.test(rest)) break;
      rest = rest.slice(title[0].length);
    }
  }
  return names;
}

// Whom the candidate meets, said to them or asked: "You'll meet", "Who you'll be speaking with".
const YOU_MEET = String.raw`(?:who[ \t]+)?you(?:(?:'|’)ll| will|(?:'|’)re| are) (?:be )?(?:meet(?:ing)?(?: with)?|speak(?:ing)? (?:with|to)|talk(?:ing)? (?:with|to))`;
// A bilingual heading gives the same word in the other language beside it: "면접관 / Interviewers",
// "Interviewers / Entrevistadores".
const OTHER_TONGUE_BEFORE = String.raw`(?:[^\n/:]{1,30}[ \t]+\/[ \t]+)?`;
const OTHER_TONGUE_AFTER = String.raw`(?:[ \t]+\/[ \t]+[^\n/:]{1,30})?`;
// A label may be an item of a bulleted block itself: "- Interviewers:".
const LABELS = new RegExp(
  String.raw`^[ \t]*(?:[-*•·+▪◦‣○■►][ \t]+)?${OTHER_TONGUE_BEFORE}(?:(?:your|the|our)[ \t]+)?(?:interviewers?|interviewer\(s\)|interviewing(?: with| you)?|interview with|${YOU_MEET}|who|(?:interview )?panel(?:ists?| members?)?|with|meeting with|host|hosts|hiring manager|(?:interview|conversation|discussion) partners?|participants|attendees|staff(?: member)?)${OTHER_TONGUE_AFTER}[ \t]*[:\t|][ \t]*(.+)$`,
  'gim',
);
const BETWEEN = new RegExp(
  String.raw`\b(?:[Ii]nterview|[Rr]eview|[Cc]all|[Mm]eeting|[Cc]hat|[Ss]creen|[Cc]onversation|[Ss]ession)\s+between\s+(${FULL_NAME})\s+and\s+(${FULL_NAME})?`,
  'gu',
);
// "a chat on Teams between you and Dana Pierce": the other side of the meeting (not "between you and
// Dana Pierce's assistant").
const BETWEEN_YOU_AND = new RegExp(String.raw`\bbetween\s+you\s+and\s+(${TITLED_NAME})`, 'gu');
const WITH_LINE = /^[ \t]*[Ww]ith[ \t]+(\p{Lu}[^\n]{2,200})$/gmu;
// A table's row as a plain-text rendering flattens it, the cells joined by a space: "Interviewers
// Renata Obuya - Manager, Data Engineering", then one person per line. The cell is a person's, a
// name then their title ("Interviewer Notes Attached" is a heading).
const LABEL_CELL =
  /^[ \t]*(?:[Ii]nterviewers?|[Ii]nterviewer\(s\)|[Ii]nterview [Pp]anel|[Pp]anel [Mm]embers?|[Pp]anelists?)[ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}[ \t]+[-–—,][ \t]+\S[^\n]{0,150})$/gmu;
// A heading alone on its line ("Interviewers"), or a sentence that ends by announcing them ("Your
// interview panel will be:", "then a Q&A with:", "will be conducted by:", "On the meeting will be
// present:").
const LIST_LABEL = new RegExp(
  String.raw`^[ \t]*(?:[-*•·+▪◦‣○■►][ \t]+)?(?:${OTHER_TONGUE_BEFORE}(?:(?:your|the|our)[ \t]+)?(?:interviewers?|interviewer\(s\)|interviewing(?: you)?|(?:interview|selection|search|hiring|appointments?|assessment|recruitment) (?:panel|board|committee)|panel(?:ists?)?|host|hosts|who|with|guests|(?:interview|conversation|discussion) partners?|participants|attendees|staff(?: members?)?|${YOU_MEET})${OTHER_TONGUE_AFTER}[ \t]*:?|(?:[^\n]*?[.!?][ \t]+)?[^\n:.!?]{0,120}\b(?:panel|board|committee|interviewers?|with|meet|joined by|(?:conducted|led|chaired|facilitated) by|host|present|participating|attending|taking part|from our side)(?:[ \t]+(?:will be|will comprise|comprises?|(?:will )?include|includes|(?:will )?consist of|consists of|(?:will be|is) made up of|is|are|(?:will )?(?:remain|remains|stay|stays)(?: the same| unchanged)?))?[ \t]*:)[ \t]*$`,
  'gim',
);
const CONTACTS_LABEL =
  /\b(?:in touch|contact(?:s|ing)?|reach out|questions?|queries|help|assistance|support|directions|emergenc(?:y|ies))\b/i;
const INTERVIEW_SENTENCE =
  /\b(?:interview|call|meet|meeting|session|screen|chat|conversation|video|phone|teams|zoom|panel|round|review|on-?site|booked (?:you )?in)\b/i;
const CUES =
  /\b(?:you(?:'|’)ll (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?)(?: with)?|you will (?:be )?(?:meet(?:ing)?|speak(?:ing)?)(?: with)?|meet(?:ing)? with|interview(?:s)? with|interviewing with|speak(?:ing)? with|talk(?:ing)? with|chat(?:ting)? with|call with|screen with|session with|conversation with|review with|round with|on-?site with|(?:site )?visit with|loop with|panel (?:with|of)|[Pp]anel:|joined by|be meeting|(?:you|we)(?:(?:'|’)ll| will) (?:then )?(?:start|begin|kick off|finish|wrap up|end)(?: the day)? with|(?:work|go|walk|talk) through an? (?:short |brief |live )?case\b[^.!?\n]{0,50}? with|case (?:study|interview|exercise|discussion) with|sit(?:ting)? down with|(?<=(?:\b(?:interview|call|meeting|chat|conversation|session|Teams|Zoom|Meet)\b|\d(?:\s?[ap]\.?m\.?)?)[^.!?\n]{0,80}\s)with(?=\s+[A-Z][^.!?\n]{0,80}?\s(?:and|&)\s+(?:me|myself)\b)|(?:I|we)(?:(?:'|’)ve| have) (?:also )?added|(?:run|led|conducted|hosted|facilitated|taken) by|interviewed by|(?:interviewers?|panel|committee)\b[^:.\n]{1,30}:|(?:interviewers?|panel|committee) (?:is|are|remains?|stays?) (?:unchanged|the same)[ \t]*[-–—:,]|joined (?:for|in|at|during) [^.!?\n:]{1,40}? by|\bit(?:(?:'|’)ll| will) be(?= me,? (?:plus|and|along with|with) [A-Z])|(?:interviewers?|panel|committee) (?:(?:will be|is) made up of|will be|will comprise|are|is|includes?|comprises?|(?:will )?consist of|consists of)|(?<!google )meet)\s+/gi;
// "Confirmed: Tuesday 13 April, 12:00-12:45 p.m. Atlantic (11:00 Eastern), with Marc Cormier and
// Heather Kilpatrick": a slot, then whom it is with, named in full (see its use at the end).
const WITH_AFTER_THE_SLOT =
  /(?<=(?:\d|[ap]\.?m\.?|\b[A-Z]{2,5}|\)),?[ \t]+)with[ \t]+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu})/gu;
// With case, unlike CUES: "I've asked Tom Ruiz, our controller, to join", "Greg has also asked
// Tom Ruiz to sit in", "I'll bring along Tamsin Lowe, who I've copied in": the one asked or
// brought is named in full (not "asked me to join", "bring Marta Diaz's parking pass"), to join
// the meeting (not "to join you in reception").
const ASKED_OR_BROUGHT = new RegExp(
  String.raw`(?:\b(?:I|[Ww]e)(?:(?:'|’)ve| have)?|\b(?:has|have)) (?:also )?asked (?=${FULL_NAME}[^.!?\n]{0,60}? to (?:join|sit in|be on the panel|take part)\b(?! you (?:in|at|by|downstairs)\b))|\b(?:I|[Ww]e)(?:(?:'|’)ll| will) (?:also )?(?:be )?bring(?:ing)?(?: along)? (?=${FULL_NAME}(?:,|\.|\s+(?:from|our|who|to|as)\b))`,
  'gu',
);
const COPIED_JOINS = String.raw`\b(?:(?:[Ss]he|[Hh]e|[Tt]hey|who)(?:(?:'|’)ll| will)|will)\s+(?:also\s+)?(?:join|sit in|be (?:joining|sitting in|on the (?:call|panel|interview))|meet you)\b`;
// "I've cc'd Anita, our CTO. She'll join for the last 15 minutes", "I've copied Marco, our chef -
// he'll sit in for the second half": one the writer copied in, whom the words right after bring
// to the meeting; a given name alone is enough, as the Cc line gives the rest ("copied for
// visibility" brings nobody).
const COPIED_IN_JOINS = new RegExp(
  String.raw`\b(?:copied|cc(?:'|’)?e?d|looped)\s+(?:in\s+)?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?:\s+in)?\b(?=[^.!?]{0,100}[.!?]?\s*${COPIED_JOINS})`,
  'gu',
);
const COPIED_JOINS_VERB = new RegExp(COPIED_JOINS, 'u');
const PAST =
  /\b(?:thanks again|thank you again|(?:thanks|thank you)(?: so much)? for (?:(?:taking|making) (?:the )?time to )?(?:speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|meet(?:ing)?)\b|last (?:week|month|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|the other day|came away|enjoyed|earlier today|earlier this week|previous|previously|yesterday|already (?:spoke|met)|impressed|had with)\b/i;
// "We enjoyed reading your application and would love to invite you to an interview with …": a
// sentence that looks back may still invite.
const INVITES =
  /\b(?:invit(?:e|es|ing)|(?:would|'d|’d) (?:love|like) to (?:meet|have|arrange|schedule|set up|book)|pleased to (?:confirm|offer|arrange))\b/i;

/**
 * The sentence holding `index` looks back ("Thanks again for meeting with Dana last week"), unless
 * it invites before the words at `index`: "we enjoyed your application and would love to invite
 * you to an interview with …" names who comes; "Following your interview with Wren last week, we
 * are pleased to invite you …" does not name Wren.
 */
function looksBack(text: string, index: number): boolean {
  const sentence = sentenceOf(text, index);
  const invite = INVITES.exec(sentence);
  const from = invite && invite.index <= index - sentenceStart(text, index) ? invite.index : 0;
  return PAST.test(sentence.slice(from));
}
// "Rob Castillo, our Director of …, has you down", "Nadia Brandt, who leads the team, will meet you",
// and as an agency writes of its client's people, "Beatriz Lomax, their Claims Operations Manager";
// one the writer copied in: "I've copied Carla Ruiz, who runs dispatch - she'll sit in"; or a
// colleague so called: "My colleague Hrafnhildur Jónsdóttir, who runs our service team, will join".
const APPOSITIVE = new RegExp(
  String.raw`(?:^|[.!?;]\s+|\n|\s[-–—]\s|,\s+(?:and|so|but)\s+|\b(?:copied|cc(?:'|’)?e?d|looped)\s+(?:in\s+)?|(?:^|[.!?;]\s+|\n)(?:[Mm]y|[Oo]ur) colleague\s+)(${FULL_NAME}),\s+(?:our|the|my|their|his|her|a|who|one of (?:our|the|their))\s+(?:(?!\s[-–—]\s)[^,()\n]){2,80}(?:\([^()\n]{0,40}\))?(?:,|\s[-–—])?\s+([^.!?\n]{0,160})`,
  'gu',
);
// What the one so described does: a meeting's word, not denied ("has to travel on Wednesday, so we
// need to move your interview", not "is out that week, so you won't meet her", "won't be joining").
const APPOSITIVE_MEETS =
  /\b(?:meet|interview|call|speak|talk|chat|host|lead|join|sit in|has you down|will be|step in|stand in|fill in|take (?:over|(?:her|his|their) place))/i;
// A colleague merely mentioned ("My colleague X, who runs HR, will send you the paperwork and can
// answer questions about the call") takes part only by a verb of the first clause: "will join",
// "had a cancellation and can meet you", "can do Friday".
const COLLEAGUE_JOINS =
  /(?:^|\b(?:will|would|can|could|to|and|then|also|be|is|are|(?:'|’)ll)\s+)(?:meet(?:ing)?|interview(?:ing)?|call(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|host(?:ing)?|lead(?:ing)?|join(?:ing)?|sit(?:ting)? in|step(?:ping)? in|stand(?:ing)? in|fill(?:ing)? in|take (?:over|(?:her|his|their) place))\b|^has you down|\bwill be\b|\b(?:can|could) do\b|\b(?:is|are) (?:free|available)\b/i;
const FIRST_CLAUSE_ENDS = /,\s*(?:so|but)\b|\s(?:so|but)\s|\s[-–—]\s|;/;
const DENIED = /\b(?:not|never|no longer)\b|n(?:'|’)t\b/i;
function appositiveJoins(predicate: string, colleague: boolean): boolean {
  const said = colleague ? (predicate.split(FIRST_CLAUSE_ENDS)[0] ?? '') : predicate;
  const verb = (colleague ? COLLEAGUE_JOINS : APPOSITIVE_MEETS).exec(said);
  return !!verb && !DENIED.test(said.slice(0, verb.index + verb[0].length));
}
// "our hiring manager, Oliver Grant, …", as an agency writes "their operations lead, Nils
// Haugen, can do Wednesday": the title first, then the name.
const TITLE_FIRST = new RegExp(
  String.raw`\b(?:our|the|your|their)\s+(?:hiring manager|(?:[A-Za-z][A-Za-z ]{0,40}?\s)?(?:manager|director|lead|engineer|designer|head|head of [A-Za-z ]{2,30}|vp of [A-Za-z ]{2,30}|founder|co-founder|ceo|cto|cfo|coo|cpo|partner|president|principal|headteacher|head teacher|dean|chair|chairperson))(?:\s*\([^()\n]{1,40}\))?,\s+(${FULL_NAME})\b`,
  'giu',
);
// What the people named do next, for any way of naming them: "… will be interviewing you",
// "… would love to chat with you", "… is going to run the session", "… can meet you". (One who
// "can" talk you through the benefits offers help, not an interview.) "… and I'll be …" runs the
// writer's "I" into the verb.
const WILL_MEET = String.raw`(?:\s+|(?<=\bI)(?=['’]ll\b))(?:(?:will|would(?:\s+(?:also\s+|very much\s+|really\s+)?(?:like|love)\s+to)?|(?:'|’)ll|are going to|is going to|wants? to)\s+(?:(?:also|both|each|briefly|then|now)\s+)?(?:be\s+)?(?:interview(?:ing)?|meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|conduct(?:ing)?|run(?:ning)?|lead(?:ing)?|host(?:ing)?|join(?:ing)?|sit(?:ting)? in|step(?:ping)? in|stand(?:ing)? in|call(?:ing)?|see|on (?:the|your) (?:call|panel|interview|video call))|can\s+(?:also\s+)?(?:meet|interview|see)\s+you)\b`;
const ASIDE = String.raw`(?:\s*\([^()\n]{0,60}\))?`;
// "Sarah from our ML team will join", "Doug Petrakis at Lakeshore Precision would like to meet
// you": where the person works, between the name and the verb.
const FROM_TEAM = String.raw`(?:\s+from (?:our|the|their) [\p{L}&\s-]{1,40}?(?:team|group|department|office|side)|\s+(?:at|from) \p{Lu}[\p{L}&'’-]*(?: (?:\p{Lu}[\p{L}&'’-]*|&)){0,4})?`;
// "Dana Lee and Sam Fox will be interviewing you": the names come before the verb; "Dana Lee (CFO),
// Sam Fox and I will be on the call": the writer is one of them.
const NAMES_THEN_VERB = new RegExp(
  String.raw`(${FULL_NAME}${ASIDE}(?:,\s*(?:and\s+)?${FULL_NAME}${ASIDE}|\s+and\s+${FULL_NAME}${ASIDE}){0,4})${FROM_TEAM}(,?\s+(?:and|&)\s+I)?${WILL_MEET}`,
  'gu',
);
// (A clause that supposes the need, ending right before the name, "If Priya can't make it, Tom …":
// not "If you're running late just let me know - Priya …", "If it helps with prep, Priya …".)
const STANDBY =
  /\b(?:if (?:needed|necessary|required|need be)|if \S+(?: \S+)? (?:(?:can(?:'|’)t|cannot|is unable to|isn(?:'|’)t able to) (?:make it|attend|join|be there|be available|be on (?:the )?(?:call|panel|interview)|do it)|is (?:pulled|called) (?:away|into)|is (?:unavailable|delayed|sick|ill|out|off))\b[^,;.!?\n]{0,40}|should \S+(?: \S+)? be (?:unavailable|unable|called away|off|out|delayed|sick|ill|pulled away)|in case (?:\S+ ){0,3}(?:is|are|can(?:'|’)t|cannot|isn(?:'|’)t)\b[^,;.!?\n]{0,30}|as a (?:backup|back-up|fallback)|failing that|otherwise)[^,;.!?\n–—]{0,30},?\s*$/i;
// "Carlos Ibarra, our Director of Development, and I were …", "Ray will join us for the second
// half", "I'll be chairing": the writer is there too. (Here "ask for me at reception" only says who
// greets; with nobody else named, interviewersFromText weighs it with the writer's title.)
const WRITER_JOINS = new RegExp(
  String.raw`${FULL_NAME}(?:,[^,.!?\n]{1,60},)?\s+and I(?:(?:'|’)ll (?:both )?be (?:there|joining|interviewing|meeting|in the room|with you|on (?:the|your) (?:call|panel|interview))| (?:will|would|are|were|look|both|can))\b|\b(?:will|'ll|’ll) (?:be )?(?:with|joining|alongside|join) me\b|\b(?:will|'ll|’ll) join us\b|\bI(?:(?:'|’)ll| will) be chairing\b|\bI(?:(?:'|’)ll| will) be (?:leading|running|hosting) (?:the|your|this) (?:panel|interview|session|call|meeting|conversation)\b`,
  'u',
);
// "I'll have Luis Ortega, our Dispatch Manager, join us for the second half", "we've asked Dana to
// sit in": the writer brings someone in; "join us" or "join me" says the writer is there too.
const BRINGS_IN = new RegExp(
  String.raw`\b(?:I|we)(?:(?:'|’)ll|(?:'|’)ve| will| have)\s+(?:also\s+)?(?:have|get|ask(?:ed)?|got|invited|arranged for)\s+(${FULL_NAME}),?(?:\s+(?:our|the|my|their)\s+[^,()\n]{2,60},)?\s+(?:to\s+)?(?:join|sit in|meet you|interview you)\b(\s+(?:us|me)\b)?`,
  'gu',
);
const MOVED_OUR_MEETING = new RegExp(
  String.raw`\b(?:I(?:(?:(?:'|’)ve| have) (?:moved|rescheduled|pushed|shifted)| ${MUST_MOVE})|(?:could|can|shall) we (?:move|push|shift|reschedule)) our ${MEETING_NOUN}\b`,
  'i',
);
const ME_AND = /\b(?:be|is|are|with|meet|meeting|joined by)\s+(?:me|myself) and\s+/i;
// "a video interview on Thursday at 1:00 PM with me on Zoom": the writer holds the meeting named
// before it, as against "leave your coat with me before the interview" or "check with me".
const SOCIAL_PART = /\b(?:tour|coffee|lunch|breakfast|dinner|drinks|walk-?through|welcome)\b/i;
const WITH_ME =
  /\b(?:interview|call|chat|conversation|meeting|screen|session)\b[^.!?;\n]{0,80}?\bwith me\b(?!\s+and\b)/i;
// "a relaxed half-hour Zoom with me": the meeting called by its platform, "with me" right after.
const PLATFORM_WITH_ME =
  /\b(?:[Aa]n?|[Oo]ur|[Tt]he|[Yy]our)\s+(?:[\w-]+\s+){0,3}(?:Zoom|Teams|video)\s+with me\b(?!\s+and\b)/;
// A call that readies the candidate for the interview, or looks back on it, is no interview:
// "a quick prep call with me", "a debrief call with Kyle".
const AROUND_THE_INTERVIEW = /\b(?:prep|preparation|prepare|briefing|debrief|catch[- ]up)\b/i;
const aroundTheInterview = (text: string, from: number, to: number) =>
  AROUND_THE_INTERVIEW.test(text.slice(Math.max(0, from - 25), to));

// "Mrs. Sunita Kulkarni", "R. Sundaram": a stop after a form of address or an initial ends no
// sentence.
const NO_SENTENCE_END = new RegExp(
  String.raw`(?:^|[\s(])(?:${ABBREVIATED_ADDRESS}|${GIVEN_NAME_SHORT}|St|\p{Lu})$`,
  'u',
);

const MAX_SKIPPED_STOPS = 8;
// "at 1:30 p.m. with Marc", "1:30 p.m. Atlantic (12:30 p.m. Eastern) with Marc": a clock's stop
// ends no sentence before the sentence's own words or the clock's zone.
const CLOCK_STOP = /(?:^|[\s\d])[ap]\.m$/i;

/** The ". " at `at` ends a sentence. */
function endsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  if (NO_SENTENCE_END.test(before)) return false;
  if (!CLOCK_STOP.test(before)) return true;
  const after = text.slice(at + 1, at + 60);
  return !(/^\s+[^\p{Lu}\s]/u.test(after) || matchZoneAt(after));
}

/** The last ". " ending a sentence at or before `index`, or -1. */
function lastStop(text: string, index: number): number {
  let at = text.lastIndexOf('. ', index);
  // Bounded, so a text of initials ("A. B. C. …") costs no more than a few looks per call.
  for (let skipped = 0; at > 0 && skipped < MAX_SKIPPED_STOPS; skipped++) {
    if (endsSentence(text, at)) return at;
    at = text.lastIndexOf('. ', at - 1);
  }
  return at;
}

/** The first ". " ending a sentence at or after `index`, or -1. */
function nextStop(text: string, index: number): number {
  let at = text.indexOf('. ', index);
  for (let skipped = 0; at !== -1 && skipped < MAX_SKIPPED_STOPS; skipped++) {
    if (endsSentence(text, at)) return at;
    at = text.indexOf('. ', at + 1);
  }
  return at;
}

/** Where the sentence holding `index` begins: after the last ". ", "! ", "? " or line break. */
export function sentenceStart(text: string, index: number): number {
  return (
    Math.max(
      lastStop(text, index),
      text.lastIndexOf('! ', index),
      text.lastIndexOf('? ', index),
      text.lastIndexOf('\n', index),
    ) + 1
  );
}

export function sentenceOf(text: string, index: number): string {
  const start = sentenceStart(text, index) - 1;
  const ends = [
    nextStop(text, index),
    text.indexOf('! ', index),
    text.indexOf('? ', index),
    text.indexOf('\n', index),
  ].filter((i) => i !== -1);
  return text.slice(start + 1, ends.length ? Math.min(...ends) + 1 : text.length);
}

// One grammar for a schedule's time range ("10:00 AM – 10:45 AM", "09:30–10:30"): its start and
// dash, then its end.
const RANGE_FROM = String.raw`\d{1,2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?[ \t]*)?(?:-|–|—|to)`;
const TIME_RANGE = String.raw`${RANGE_FROM}[ \t]*\d{1,2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?`;
// "10:00 - 11:00 Technical interview": the range, then what happens in it.
const TIME_RANGE_LINE = new RegExp(String.raw`^[ \t]*${TIME_RANGE}[ \t]+(\S.*)$`, 'gim');
const TIME_RANGE_LINE_START = new RegExp(String.raw`^[ \t]*${RANGE_FROM}`, 'i');
// "9:45 - Priyanka Raman (Lead Engineer): deep dive": a start, a dash, then the row.
const START_ROW =
  /^[ \t]*\d{1,2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?[ \t]+[-–—][ \t]+(?!\d)(\S.*)$/gim;
// "09:30–10:30 CET (14:00–15:00 IST)" alone on its line.
const TIME_RANGE_ALONE = new RegExp(
  String.raw`^[ \t]*${TIME_RANGE}(?:[ \t]+[A-Z]{2,5})?(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*$`,
  'gim',
);
// The person on an itinerary's indented line, or on a line of a schedule's block.
const INDENTED_PERSON = new RegExp(String.raw`^[ \t]+(${FULL_NAME})[ \t]*(?:,|[-–—(]|$)`, 'u');
// "Marguerite Ng, Allocation Manager", "Renee Castellano - VP, Customer Success": a person, then
// their title.
const PERSON_FIRST_LINE = new RegExp(
  String.raw`^(${FULL_NAME})(?:,|[ \t]+[-–—])[ \t]+(?=\p{Lu})`,
  'u',
);
const PERSON_BRACKETED_TITLE = new RegExp(String.raw`^[ \t]*(${FULL_NAME})[ \t]*\(`, 'u');
const BLOCK_PERSON = new RegExp(String.raw`^[ \t]*(${FULL_NAME})[ \t]*(?:$|[,·|(–—-])`, 'u');
const NOT_INTERVIEW =
  /\b(?:lunch|break|dinner|breakfast|coffee|tour|not an interview|informal|check[- ]in|welcome|wrap[- ]up with (?:recruiting|hr))\b/i;

// A person's title after their dash, up to the next person ("…, and B - Quality").
const TITLE_AFTER_DASH = /\s[-–—]\s.*?(?=,?\s+(?:and|&)\s+\p{Lu}|$)/gu;

// A table's header row: only the names of its columns.
const TABLE_HEADER_ROW =
  /^(?:(?:role|name|title|position|job title|designation|department|team|interviewer|panel member|email|session|time|no\.?|s\.? ?no\.?|#)[ \t|]*){2,}$/i;

// A column that holds the people: "Name", "Panel member", "Interviewer(s)".
const NAME_COLUMN =
  /^(?:(?:full )?names?|interviewers?(?:\(s\))?|panel ?(?:members?|lists?)|panellists?|panelists?)$/i;

/**
 * A table's header row: only the names of its columns ("Role | Name"), or short cells one of
 * which names the people's column ("Role on panel / Name / Position").
 */
function isTableHeaderRow(row: string): boolean {
  if (TABLE_HEADER_ROW.test(row)) return true;
  const cells = tableCells(row);
  return (
    cells.length > 1 &&
    cells.every((cell) => cell.split(/\s+/).length <= 4 && !/\d/.test(cell)) &&
    cells.some((cell) => NAME_COLUMN.test(cell))
  );
}

// A column of the people met ("Interviewer(s)", "Panel member"); a bare "Name" may list the
// candidates of a roster.
const INTERVIEWER_COLUMN =
  /^(?:interviewers?(?:\(s\))?|interviewed by|panel ?members?|panell?ists?|assessors?|with)$/i;

/**
 * The cells under a table header's interviewer column ("Interviewer", "Panel member"), row by row.
 * A row of another width (an empty cell: "Lunch | 12:00 PM | ") is passed over; the table goes on.
 */
function peopleColumnCells(text: string): Array<{ cell: string; at: number }> {
  const cells: Array<{ cell: string; at: number }> = [];
  let column = -1;
  let width = 0;
  let lineAt = 0;
  for (const line of text.split('\n')) {
    const row = isTableRow(line) ? tableCells(line) : [];
    const named = isTableHeaderRow(line)
      ? row.findIndex((cell) => INTERVIEWER_COLUMN.test(cell))
      : -1;
    if (named !== -1) {
      column = named;
      width = row.length;
    } else if (row.length === 0) {
      column = -1;
    } else if (column !== -1 && row.length === width) {
      const cell = row[column] ?? '';
      cells.push({ cell, at: lineAt + line.indexOf(cell) });
    }
    lineAt += line.length + 1;
  }
  return cells;
}

/** "Director of Research", "Head of Evaluation": a job title alone on its line. */
function isTitleLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length === 0 || words.length > 8) return false;
  return words.some((word) => isTitleNoun(word) || TITLE_WORD.test(word));
}

/** "Lunch with the team" is no interview; "Welcome and hiring manager interview" still is. */
function notAnInterview(activity: string): boolean {
  if (!NOT_INTERVIEW.test(activity)) return false;
  return /\bnot an interview\b/i.test(activity) || !/\binterview/i.test(activity);
}

// Words of a job title that the title nouns do not end with ("VP, Planning", "Head of Sales").
const TITLE_WORD =
  /^(?:vp|svp|evp|avp|ceo|cto|cfo|coo|cpo|cmo|ciso|head|chief|senior|principal|staff|director|founder|co-founder)$/i;

/**
 * "Elena Vasquez-Hart, VP, Planning" or "Gwen Pryor, Senior Analyst": what follows a person's
 * comma is a title; "Dress Code, Business casual" and "Deep Dive, Whiteboard Room" name no one.
 */
function titledAfterComma(rest: string): boolean {
  const words = (rest.split(',')[0] ?? '').trim().split(/\s+/).slice(0, 6);
  return words.some((word) => {
    const bare = word.replace(/[^\p{L}-]/gu, '');
    return isTitleNoun(bare) || TITLE_WORD.test(bare);
  });
}

/**
 * A flattened itinerary row runs the session's name into its interviewer's ("Case Study Review
 * Elena Vasquez-Hart, VP, Planning"): in a run of capitals longer than a name, before the title's
 * comma, the person is its last two words.
 */
function nameClosingSession(cell: string, context: PeopleContext): string[] | null {
  const comma = cell.indexOf(',');
  if (comma === -1 || !titledAfterComma(cell.slice(comma + 1))) return null;
  const words = cell.slice(0, comma).trim().split(/\s+/);
  if (words.length <= 3 || !words.every((word) => /^\p{Lu}/u.test(word) || word === '&'))
    return null;
  const name = words.slice(-2).join(' ');
  return NAME_ONLY.test(name) && isPersonName(name, context) ? [name] : null;
}

/**
 * The people the mail's headers or invitation name, by first name: "Marek" for Cc "Marek
 * Dellacqua". Not the writer, and only a first name one person has.
 */
function colleaguesByFirstName(context: PeopleContext): Map<string, string> {
  const writer = context.sender?.name?.split(/\s+/)[0];
  const byFirst = new Map<string, string | null>();
  for (const box of context.directory) {
    const full = box.name ? bareName(box.name) : '';
    const first = full.split(/\s+/)[0] ?? '';
    // A first name is short: a hostile 400 KB "name" makes no pattern.
    if (!/^\p{Lu}[\p{L}'’-]{1,30}$/u.test(first) || first === writer) continue;
    if (isCandidate({ name: full, email: box.email }, context)) continue;
    const known = byFirst.get(first);
    byFirst.set(first, known === undefined || sameName(known ?? '', full) ? full : null);
  }
  return new Map(
    [...byFirst].flatMap(([first, full]) =>
      typeof full === 'string' && full.includes(' ') ? [[first, full]] : [],
    ),
  );
}

const WITH_SO_MANY_OF_US = /\bwith (?:the |all )?(two|three|four|both) of us\b/i;
const OF_US_COUNT: Record<string, number> = { both: 2, two: 2, three: 3, four: 4 };

/** The people with a full name at the writer's own domain that the mail shows, but the writer. */
function copiedColleagues(context: PeopleContext): string[] {
  const domain = context.sender?.email?.split('@')[1]?.toLowerCase();
  if (!domain) return [];
  const names = context.directory.flatMap((box) => {
    const name = box.name ? bareName(box.name) : '';
    const theirs = box.email?.split('@')[1]?.toLowerCase() === domain;
    const other = box.email?.toLowerCase() !== context.sender?.email?.toLowerCase();
    return theirs &&
      other &&
      name.includes(' ') &&
      !isCandidate({ name, email: box.email }, context)
      ? [name]
      : [];
  });
  return [...new Set(names)];
}

/**
 * "Mei-Ling and I were both looking forward to it", "Marek and I have you down for Thursday": a
 * colleague by first name and the writer. The first name must be one of a person the mail shows (a
 * header or the invitation), so "Tuesday and I'll send the link" names nobody.
 */
function colleagueAndI(text: string, colleagues: Map<string, string>): RegExpExecArray | null {
  if (colleagues.size === 0) return null;
  const joined = new RegExp(
    String.raw`\b(${[...colleagues.keys()].map(literal).join('|')})\s+and I(?:(?:'|’)ll| (?:will|would|are|were|look|both|can|have))\b`,
    'u',
  );
  return joined.exec(text);
}

// "Nadia will meet you at reception with a visitor badge": one who meets the candidate at the door
// greets them; the interview is someone else's.
const GREETS =
  /^\s+(?:you\s+)?(?:there\b|downstairs\b|(?:at|in) (?:the |our )?(?:(?:\d+(?:st|nd|rd|th)|ground|main|front|first|second|third|upper|lower)(?: floor)? )?(?:reception|front desk|lobby|foyer|gate|security|entrance|door)\b)/i;
/** The words at `after` follow "meet": where the candidate is met, not interviewed. */
const greets = (text: string, after: number) =>
  /\bmeet(?:ing)?$/i.test(text.slice(Math.max(0, after - 10), after)) &&
  GREETS.test(text.slice(after, after + 60));

// What a list of the panel does next: "… would love to chat with you", "… will interview you".
// A list of the panel that can meet is the panel: "… can meet you on Thursday".
const LIST_MEETS = new RegExp(
  `^${WILL_MEET}|^\\s+can\\s+(?:also\\s+)?(?:meet|interview|join|chat|speak|talk|see)\\b`,
  'iu',
);

const CELL_PERSON_TITLED = new RegExp(String.raw`^(${FULL_NAME})[ \t]*,`, 'u');
const CELL_PERSON = new RegExp(String.raw`^(${FULL_NAME})[ \t]*(?:$|[,(·–—-]|and\b|&)`, 'u');

/** "Kwame Asamoah, Senior Test Engineer" (titled) or "Dana Lee": a cell that begins with a person. */
function startsWithPerson(cell: string, context: PeopleContext, titled: boolean): boolean {
  const person = (titled ? CELL_PERSON_TITLED : CELL_PERSON).exec(cell);
  return !!person?.[1] && isPersonName(bareName(person[1]), context);
}

// A title of one who books the meeting and greets, not of one who interviews.
const SCHEDULER_TITLE =
  /\b(?:coordinator|co-ordinator|scheduler|scheduling|assistant|receptionist|administrator|talent acquisition|recruiting|recruitment|human resources|HR|people (?:team|operations|ops|partner)|office manager)\b/i;

/** The writer signs with a title that schedules: the line under their name, or the next. */
function signsAsScheduler(text: string, writer: string): boolean {
  const lines = signatureLines(text);
  const first = writer.split(/\s+/)[0] ?? '';
  // "Dana Lee | Talent Coordinator" on one line, or the title on the lines under the name.
  const at = lines.findIndex((line) => {
    const name = line.split(/\s*[|,–—]\s*|\s+-\s+/)[0] ?? '';
    return sameName(name, writer) || sameName(name, first);
  });
  return at !== -1 && SCHEDULER_TITLE.test(lines.slice(at, at + 3).join(' '));
}

// French mail's own words: "Bonjour", "Madame", "cordialement".
const FRENCH_MAIL = /\b(?:Bonjour|Bonsoir|Madame|Monsieur|Mme|Mlle|[Cc]ordialement|[Vv]euillez)\b/u;

/**
 * "M. Youssef El Amrani": in French mail, "M." is Monsieur before a name, not an initial (as "M.
 * Nadia Okoro" is in English mail). It goes, as "Mme" does.
 */
function withoutFrenchMonsieur(text: string): string {
  if (!FRENCH_MAIL.test(text)) return text;
  return text.replace(/(?<![\p{L}.])M\.[ \t]+(?=\p{Lu}\p{Ll}+[ \t]+\p{Lu})/gu, '');
}

// "Dr. med. Matthias Kälin", "Dr.-Ing. Jonas Weber": a German or Swiss doctorate's field is part of
// the form of address. It is blanked to its length, so every index into the text holds.
const DOCTORATE_FIELD =
  /(?<=\bDr\.)(?:[ \t]?(?:med(?:\.[ \t]?dent)?|rer\.[ \t]?nat|phil|jur|oec|sc|techn|h\.[ \t]?c)|-Ing)\.(?=[ \t])/g;

// The marks a list's items start with: "- Jane Doe", "• Jane Doe", "+ Mr. Long".
const BULLETS = '-*•·–—+▪◦‣○■►';
// A list's item by its bullet or number: "- Jane Doe", "2. Ms. Pooja Deshpande".
const LIST_ITEM_MARK = new RegExp(String.raw`^[ \t]*(?:[${BULLETS}]|\d{1,2}[.)])[ \t]+\S`);
const ITEM_MARKS = new RegExp(String.raw`^[\s${BULLETS}\d.)|]+`);

/** A list's item without its bullet or number: "  2. Ms. Pooja Deshpande", "- Jane Doe", "+ Mr. Long". */
function listItem(line: string): string {
  return line.replace(ITEM_MARKS, '');
}

// "Kayla Brekke, BSN, RN", "Ama Owusu PhD": degrees and licences after a signature's name. Capitals
// alone only after a comma, since "Jean DUPONT" writes a surname so.
const DEGREE = String.raw`(?:Ph\.?D|MSc|BSc|MEd|EdD|DPhil|MPhil|MRes|MEng|BEng|MBChB)\.?`;
const LETTERS = String.raw`(?:\p{Lu}{2,6}(?:-\p{Lu}{1,3})?|${DEGREE})`;
const POSTNOMINALS = new RegExp(
  String.raw`(?:[ \t]+${DEGREE}|,[ \t]*${LETTERS})(?:,?[ \t]*${LETTERS})*[ \t]*$`,
  'u',
);

/**
 * The person who signs the text ("Cheers, Callum" over "Callum Rooney / Talent Partner |
 * Ropewalks Apparel"), with the address the signature gives them, else the one it came from;
 * null when none signs.
 */
export function signerOf(text: string, company: string | null, from: Mailbox): Mailbox | null {
  const lines = signatureLines(text);
  const context: PeopleContext = {
    sender: null,
    candidate: { emails: new Set(), names: new Set() },
    directory: lines.flatMap((line) =>
      [...line.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => ({
        name: null,
        email: m[0].toLowerCase(),
      })),
    ),
    company,
  };
  const name = lines
    .map((line) => line.replace(POSTNOMINALS, ''))
    .find((line) => NAME_ONLY.test(line) && isPersonName(line, context));
  if (!name) return null;
  return { name: bareName(name), email: emailFor(bareName(name), context) ?? from.email };
}

/** Names the text gives for the interviewers, in order of appearance. */
export function interviewersFromText(
  text: string,
  context: PeopleContext,
): Array<{ name: string; at: number }> {
  const scan = withoutFrenchMonsieur(text.slice(0, 40_000)).replace(DOCTORATE_FIELD, (field) =>
    ' '.repeat(field.length),
  );
  const found: Array<{ name: string; at: number }> = [];
  const add = (names: string[], at: number) => {
    names.forEach((name, offset) => {
      found.push({ name, at: at + offset / 100 });
    });
  };
  // A booking's title: "Portfolio Review between Calder Whitley and Priya N" names the host
  // first (cal.com's order), the invitee second; the second only when the first is the candidate.
  for (const m of scan.matchAll(BETWEEN)) {
    const [host, invitee] = [m[1], m[2]];
    const named = host && !isCandidate({ name: host, email: null }, context) ? host : invitee;
    if (named && isPersonName(named, context)) add([named], m.index ?? 0);
  }
  for (const m of scan.matchAll(BETWEEN_YOU_AND)) {
    const named = bareName(m[2] ?? '');
    if (!/['’]s$/.test(named) && isPersonName(named, context)) add([named], m.index ?? 0);
  }
  // "Interviewer(s): A - Manager; B - Analyst": on a labelled line, semicolons separate people.
  for (const m of [...scan.matchAll(LABELS), ...scan.matchAll(LABEL_CELL)]) {
    const names = (m[1] ?? '')
      .split(/;\s*/)
      .flatMap((entry) => personsOfLine(listItem(entry), context));
    // A table cell holds one person per line under its label ("Interview panel\tA, Title" / "B,
    // Title"), up to the next row: a line with its own label, or one that names nobody.
    let at = (m.index ?? 0) + m[0].length;
    for (let line = 0; names.length > 0 && line < 8; line++) {
      const next = scan.indexOf('\n', at + 1);
      const text = scan.slice(at + 1, next === -1 ? scan.length : next);
      if (/^[^\t:]{1,40}[\t:]/.test(text)) break;
      const more = personsOfLine(listItem(text), context);
      if (more.length === 0) break;
      names.push(...more);
      if (next === -1) break;
      at = next;
    }
    add(names, m.index ?? 0);
  }
  // A details block's "With Fiona MacLeod (Head of Trading) and Gregor Baird": a label without
  // its colon.
  for (const m of scan.matchAll(WITH_LINE)) {
    add(personsOfLine(m[1] ?? '', context), m.index ?? 0);
  }
  for (const m of scan.matchAll(LIST_LABEL)) {
    // "If anything comes up, please get in touch with:": whom to call, not whom one meets.
    if (CONTACTS_LABEL.test(m[0])) continue;
    // A label on its own line, then one person per line ("- Jane Doe, Engineering Manager").
    let at = (m.index ?? 0) + m[0].length;
    const names: string[] = [];
    for (let line = 0; line < 12; line++) {
      const next = scan.indexOf('\n', at + 1);
      const text = scan.slice(at + 1, next === -1 ? scan.length : next);
      if (!text.trim()) {
        // "1. …" / blank / "2. …": a paragraph per item still runs the list on.
        const end = next === -1 ? -1 : scan.indexOf('\n', next + 1);
        const following = next === -1 ? '' : scan.slice(next + 1, end === -1 ? undefined : end);
        const runsOn = names.length > 0 && LIST_ITEM_MARK.test(following);
        if (!runsOn && (names.length > 0 || line > 0)) break;
      } else {
        if (/\borgani[sz]er\b/i.test(text)) {
          at = next === -1 ? scan.length : next;
          continue;
        }
        const item = listItem(text);
        // "- myself" / "- Conor Walsh, VP Quality": the writer is one of the list.
        if (/^(?:me|myself)\b[ \t]*(?:[,(–—-].*)?$/i.test(item.trim()) && context.sender?.name) {
          names.push(context.sender.name);
          if (next === -1) break;
          at = next;
          continue;
        }
        // "Chair\tAmara Lindqvist-Obi", "1 | Ms. Kavitha Raman | Principal Engineer": a table's
        // row, whose person is in one of its cells.
        const cells = tableCells(item);
        const personCell =
          cells.length > 1 ? cells.find((cell) => startsWithPerson(cell, context, false)) : item;
        const found = personCell ? personsOfLine(personCell, context) : [];
        // A table's header row ("Role | Name"), and a person's title on the line under them.
        const passed =
          found.length === 0 && (isTableHeaderRow(item) || (names.length > 0 && isTitleLine(item)));
        if (found.length === 0 && !passed) break;
        names.push(...found);
      }
      if (next === -1) break;
      at = next;
    }
    add(names, m.index ?? 0);
  }
  // A table whose header names the people's column ("Round | Interviewer | Start | End"): each
  // row's cell in that column holds its people, wherever the times sit.
  for (const { cell, at } of peopleColumnCells(scan)) add(personsOfLine(cell, context), at);
  for (const m of scan.matchAll(/\bwith\s+/g)) {
    const sentence = sentenceOf(scan, m.index ?? 0);
    if (
      looksBack(scan, m.index ?? 0) ||
      LATER_ROUND.test(sentence) ||
      !INTERVIEW_SENTENCE.test(sentence)
    )
      continue;
    const at = (m.index ?? 0) + m[0].length;
    add(listAfter(scan.slice(at), context), at);
  }
  for (const m of scan.matchAll(TIME_RANGE_LINE)) {
    const activity = m[1] ?? '';
    if (notAnInterview(activity)) continue;
    // An itinerary lists each session's people on the indented lines under it ("    Dana Lee,
    // Engineering Manager"), up to the next session.
    const below = scan
      .slice((m.index ?? 0) + m[0].length)
      .split('\n')
      .slice(1, 7);
    for (const line of below) {
      if (TIME_RANGE_LINE_START.test(line)) break;
      // A table cell's second person lands on a line of its own: "Marguerite Ng, Allocation Manager".
      const indented = /^[ \t]+\S/.test(line);
      const unindented = PERSON_FIRST_LINE.exec(line);
      const titled = unindented && titledAfterComma(line.slice(unindented[0].length));
      const person = indented ? INDENTED_PERSON.exec(line) : titled ? unindented : null;
      // "Daan de Vries (Principal Engineer), Sanne Jansen (…)": the session's people, one line.
      const bracketed = !indented && !person ? PERSON_BRACKETED_TITLE.exec(line) : null;
      if (bracketed?.[1] && isPersonName(bracketed[1], context)) {
        add(personsOfLine(line, context), (m.index ?? 0) + 1);
        continue;
      }
      if (!indented && !person) break;
      if (person?.[1] && isPersonName(person[1], context)) add([person[1]], (m.index ?? 0) + 1);
    }
    // A table's row (cells tab-separated once flattened, or "|" columns): the people are in the
    // cell that starts with a person ("Lab Walkthrough | Kwame Asamoah, Senior Test Engineer").
    const cells = activity.split(/\s*[|\t]\s*/).filter(Boolean);
    const personCell =
      cells.length > 1
        ? (cells.find((cell) => startsWithPerson(cell, context, true)) ??
          cells.find((cell) => startsWithPerson(cell, context, false)))
        : null;
    if (personCell) {
      add(personsOfLine(personCell, context), m.index ?? 0);
      continue;
    }
    // "Technical interview - Dana Lee" or "Dana Lee, Director - case study": the people are on
    // whichever side of the dash names them; in a row, in its first cell.
    const firstCell = (part: string) => part.split(/\s*[|\t]\s*/)[0] ?? part;
    const parts = activity.split(/\s+(?:-|–|—|with)\s+/);
    const after = parts.length > 1 ? namesIn(firstCell(parts.slice(1).join(' - ')), context) : [];
    const cell = firstCell(parts[0] ?? '');
    // "Sana Qureshi, PhD (she/her) - Director, Upstream …, and Ji-hoon Seo - Analytics": the
    // line starts with a person, and each person's title follows their dash.
    if (parts.length > 1 && startsWithPerson(cell, context, false)) {
      add(namesIn(firstCell(activity.replace(TITLE_AFTER_DASH, '')), context), m.index ?? 0);
      continue;
    }
    // "Dana Whitcombe, Director, Personal Lines Pricing": one person, then their title, whatever
    // it looks like.
    if (
      parts.length === 1 &&
      startsWithPerson(cell, context, true) &&
      !/\s(?:and|&)\s/.test(cell)
    ) {
      add(personsOfLine(cell, context), m.index ?? 0);
      continue;
    }
    // "Test Architecture Deep Dive": capitalised words that run on past a name are a session's
    // title, not a person ("Ben Hale VP Engineering" is a person and a title).
    const inCell = namesIn(cell, context).filter((name) => {
      const next = new RegExp(String.raw`${literal(name)}[ \t]+(\p{Lu}[\p{L}]*)`, 'u').exec(
        cell,
      )?.[1];
      return !next || isTitleNoun(next) || TITLE_WORD.test(next) || /^\p{Lu}{2,4}$/u.test(next);
    });
    add(after.length > 0 ? after : (nameClosingSession(cell, context) ?? inCell), m.index ?? 0);
  }
  // An agenda of starts only: "9:00 - me: team overview", "9:45 - Priyanka Raman (Lead Engineer):
  // deep dive"; the row's person comes first, before a bracket, comma or colon.
  for (const m of scan.matchAll(START_ROW)) {
    const row = m[1] ?? '';
    if (/^(?:me|myself)[ \t]*(?::|$)/i.test(row) && context.sender?.name)
      add([context.sender.name], m.index ?? 0);
    else if (startsWithPerson(row.replace(/:.*$/, ''), context, false))
      add(personsOfLine(bareName(CELL_PERSON.exec(row)?.[1] ?? ''), context), m.index ?? 0);
  }
  for (const m of scan.matchAll(TIME_RANGE_ALONE)) {
    // A schedule laid out in blocks: the time alone on its line ("10:00 AM – 10:45 AM" or
    // "09:30–10:30 CET (14:00–15:00 IST)"), the session's name, then its interviewer ("Mikkel
    // Østergaard · Lead Data Scientist" or a name line above a title line), up to a blank line.
    const block = scan
      .slice((m.index ?? 0) + m[0].length + 1)
      .split('\n')
      .slice(0, 4);
    const lines: string[] = [];
    for (const line of block) {
      if (!line.trim() || TIME_RANGE_LINE_START.test(line)) break;
      lines.push(line);
    }
    if (lines.length < 2 || notAnInterview(lines[0] ?? '')) continue;
    // A panel takes a line each ("Marisol Ocampo - Engineering Manager" / "Ben Hartigan -
    // Principal Engineer"), up to the first line that names nobody after them.
    let found = false;
    for (const line of lines.slice(1)) {
      const person = BLOCK_PERSON.exec(line);
      const named = !!person?.[1] && isPersonName(person[1], context);
      if (named && person?.[1]) add([person[1]], (m.index ?? 0) + 1);
      else if (found) break;
      found ||= named;
    }
  }
  for (const m of [...scan.matchAll(CUES), ...scan.matchAll(ASKED_OR_BROUGHT)]) {
    const at = (m.index ?? 0) + m[0].length;
    const sentence = sentenceOf(scan, m.index ?? 0);
    if (
      looksBack(scan, m.index ?? 0) &&
      !/\b(?:will|you(?:'|’)ll|scheduled|booked|confirm)/i.test(sentence)
    )
      continue;
    if (LATER_ROUND.test(sentence) || aroundTheInterview(scan, m.index ?? 0, at)) continue;
    const rest = scan.slice(at);
    if (/^(?:me|myself)\b/i.test(rest) && context.sender?.name) {
      // "You'll meet with me, our assistant principal Tomas Delgado, and Linh Pham".
      // ("It'll be me, plus Hector Salinas, our VP".)
      const others = rest.replace(/^(?:me|myself)\b,?(?:\s+(?:plus|along with)\b)?/i, '');
      add([context.sender.name, ...listAfter(others, context)], at);
      continue;
    }
    add(listAfter(rest, context), at);
    // "You will meet Eirik Solheim, our head brewer, and me": the writer ends the list.
    const listed = scan.slice(at, at + 200).split(/[.!?;:](?:\s|$)/)[0] ?? '';
    if (context.sender?.name && /\s(?:and|&)\s+(?:me|myself)\s*$/i.test(listed))
      add([context.sender.name], at + listed.length);
  }
  for (const m of scan.matchAll(COPIED_IN_JOINS)) {
    const name = bareName(m[1] ?? '');
    const named = /\s/.test(name)
      ? isPersonName(name, context)
      : isLoneNameWord(name, context, 'given') && !endsAsNounsDo(name);
    // Placed where the words bring them, whose sentence says whether they join someone.
    const from = m.index ?? 0;
    const joins = COPIED_JOINS_VERB.exec(scan.slice(from, from + 300));
    // "… who will meet you at reception and sort your badge" greets; someone else interviews
    const end = from + (joins?.index ?? 0) + (joins?.[0].length ?? 0);
    // (Unless the sentence then gives them a part: "… at reception and then run the interview".)
    if (
      greets(scan, end - ' you'.length) &&
      !/\b(?:interview|run|lead|join|sit in|take you through|panel)/i.test(sentenceOf(scan, end))
    )
      continue;
    if (named && !looksBack(scan, from)) add([name], from + (joins?.index ?? 1));
  }
  for (const m of scan.matchAll(APPOSITIVE)) {
    if (appositiveJoins(m[2] ?? '', /^\W*(?:my|our) colleague\b/i.test(m[0]))) {
      const name = bareName(m[1] ?? '');
      if (isPersonName(name, context)) add([name], (m.index ?? 0) + 1);
    }
  }
  for (const m of scan.matchAll(NAMES_THEN_VERB)) {
    const sentence = sentenceOf(scan, m.index ?? 0);
    if (looksBack(scan, m.index ?? 0) || LATER_ROUND.test(sentence)) continue;
    // "If needed, Sam Ortiz will step in", "Should Dana be unavailable, Sam will join": one on
    // standby is no interviewer yet.
    if (STANDBY.test(scan.slice(sentenceStart(scan, m.index ?? 0), m.index ?? 0))) continue;
    if (greets(scan, (m.index ?? 0) + m[0].length)) continue;
    add(namesIn(m[1] ?? '', context), m.index ?? 0);
    // "…, Anika Strand and I will be on the call" (not "Dev and I will see you then", "… and I will
    // call you": a greeting, a call to arrange it).
    if (
      m[2] &&
      context.sender?.name &&
      isPersonName(context.sender.name, context) &&
      !/(?<!\b(?:the|your) )\b(?:see|call(?:ing)?)$/i.test(m[0])
    )
      add([context.sender.name], (m.index ?? 0) + (m[1]?.length ?? 0));
  }
  for (const m of scan.matchAll(BRINGS_IN)) {
    if (looksBack(scan, m.index ?? 0) || LATER_ROUND.test(sentenceOf(scan, m.index ?? 0))) continue;
    const name = bareName(m[1] ?? '');
    if (!isPersonName(name, context)) continue;
    const writer = context.sender?.name;
    if (m[2] && writer && isPersonName(writer, context)) add([writer], m.index ?? 0);
    add([name], (m.index ?? 0) + m[0].indexOf(m[1] ?? ''));
  }
  for (const m of scan.matchAll(TITLE_FIRST)) {
    const sentence = sentenceOf(scan, m.index ?? 0);
    if (
      looksBack(scan, m.index ?? 0) ||
      LATER_ROUND.test(sentence) ||
      !/\b(?:interview|meet|call|speak|talk|chat|conversation|screen|can do|is free|has\b[^.]{0,30}\bopen\b)/i.test(
        sentence,
      )
    )
      continue;
    const name = bareName(m[1] ?? '');
    if (isPersonName(name, context)) add([name], (m.index ?? 0) + m[0].length - name.length);
  }
  if (found.length === 0 && context.sender?.name) {
    // A hard-wrapped line ("I'll call the\nnumber") reads on.
    const lines = scan.replace(/\n/g, ' ');
    // "I'll call you on the number on your resume", "it will just be me": the writer interviews
    // (not "we still want to meet you": the firm does). "I'll meet you in the ground floor foyer
    // and bring you up" greets them at the door; what else the writer says may still count.
    const self = [
      ...lines.matchAll(
        /\bI(?:'|’)?(?:ll| will| would| am going to)? (?:call|ring|phone|interview|meet) (?:you|the (?:(?:cell|mobile|phone) )?number|your (?:cell|mobile|phone))\b|\bI(?:'|’)?(?:ll| will) give you a (?:call|ring)\b|\bI(?:(?:'|’)d| would) (?:(?:really|genuinely|very much|truly|still) )?(?:like|love) to (?:meet|speak|talk|chat) (?:with )?you\b|(?:\bI(?:(?:'|’)m| am)? |^|[.!?]\s+)(?:just |really |still )?(?:want|wanting) to meet you\b|\bit(?:(?:'|’)?ll| will) (?:just |only )?be (?:just |only )?me\b|\bit(?:'|’)?s (?:just |only )me\b|\b(?:just|only) (?:be )?(?:the )?two of us\b/gi,
      ),
    ].find((m) => !greets(lines, m.index + m[0].replace(/\s+you$/i, '').length));
    if (self) add([context.sender.name], self.index);
    // "Come in at half two and ask for me at the pass", "I have to cancel Thursday at 2", "Can you
    // come by the shop?", "I'd like to set up a first conversation about the role": with nobody
    // else named, the writer who receives the candidate, calls off their own meeting, asks them
    // over or asks to talk is the one they meet, unless the writer signs as one who schedules.
    const own =
      /\bask for me\b/i.exec(scan) ??
      /\bI(?:(?:'|’)m| am)? (?:going to )?(?:have|need) to cancel\b/i.exec(scan) ??
      // A shop's owner asking "Can you come by the shop on Thursday at 2?".
      /\b(?:can|could|would) you (?:come|pop|stop|drop) (?:by|in|over|round)\b/i.exec(scan) ??
      // A hiring manager's "I'd like to set up a first conversation about the role" ("… by video",
      // not "… on Teams between you and Dana").
      /\bI(?:(?:'|’)d| would) like to (?:set up|schedule|arrange) an? (?:first |quick |short |brief |initial |informal )?(?:conversation|chat|call)(?= (?:about|to discuss|regarding)\b| with you\b| (?:by|over|on) (?:video|phone|zoom|teams)\b(?! (?:between|with (?!you\b|me\b))))/i.exec(
        scan,
      );
    if (!self && own && !signsAsScheduler(scan, context.sender.name)) {
      add([context.sender.name], own.index);
    }
  }
  // "Carlos Ibarra, our Director of Development, and I", "Dwayne, our super, will be with me":
  // the writer is one of those the candidate meets.
  const flat = scan.replace(/\n/g, ' ');
  const colleagues = colleaguesByFirstName(context);
  const writer = context.sender?.name;
  if (colleagues.size > 0) {
    const firstNames = [...colleagues.keys()].map(literal).join('|');
    const byFirstName = new RegExp(
      String.raw`\b(${firstNames})${ASIDE}${FROM_TEAM}${WILL_MEET}`,
      'gu',
    );
    for (const m of flat.matchAll(byFirstName)) {
      const sentence = sentenceOf(flat, m.index ?? 0);
      if (looksBack(flat, m.index ?? 0) || LATER_ROUND.test(sentence)) continue;
      if (greets(flat, (m.index ?? 0) + m[0].length)) continue;
      const full = colleagues.get(m[1] ?? '');
      if (full) add([full], m.index ?? 0);
    }
    // "your Zoom conversation with Lena on Friday": the one colleague the meeting is with, by the
    // first name the headers give in full.
    const withOne = new RegExp(
      String.raw`\b(?:interview|call|chat|conversation|meeting|session|screen)\s+with\s+(${firstNames})\b(?![\p{L}'’-]|\s+(?:and|&)\s|\s+\p{Lu})`,
      'gu',
    );
    for (const m of flat.matchAll(withOne)) {
      if (looksBack(flat, m.index) || LATER_ROUND.test(sentenceOf(flat, m.index))) continue;
      const full = colleagues.get(m[1] ?? '');
      if (full) add([full], m.index);
    }
    // "the three of us on Zoom - me, Mick and Leilani": a list of the colleagues' first names,
    // with the writer or without, in a sentence about the meeting.
    const one = String.raw`(?:${firstNames}|me|I)\b(?:\s*\([^()\n]{0,60}\))?`;
    const list = new RegExp(String.raw`\b${one}(?:\s*,\s*${one})*\s*,?\s+(?:and|&)\s+${one}`, 'gu');
    for (const m of flat.matchAll(list)) {
      const at = m.index ?? 0;
      const sentence = sentenceOf(flat, at);
      if (looksBack(flat, at) || LATER_ROUND.test(sentence)) continue;
      // The list is who the meeting is with: it meets, chats or joins, or it is "us" or whom
      // the candidate meets ("with Mick and Leilani", "the three of us on Zoom - me, Mick and …").
      const after = flat.slice(at + m[0].length, at + m[0].length + 60);
      const before = flat.slice(Math.max(0, at - 40), at);
      const meets =
        LIST_MEETS.test(after) ||
        /\b(?:with|meet(?:ing)?|of us(?: on \w+)?[\s,:–—-]*)\s*$/i.test(before);
      if (
        !meets ||
        greets(flat, at + m[0].length + (/^\s*will meet/i.exec(after)?.[0].length ?? 0))
      )
        continue;
      const named = m[0]
        .replace(/\([^()]*\)/g, ' ')
        .split(/\s*,\s*|\s+(?:and|&)\s+/)
        .map((word) => word.trim());
      if (!named.some((word) => colleagues.has(word))) continue;
      const people = named.flatMap((word) =>
        word === 'me' || word === 'I' ? (writer ? [writer] : []) : (colleagues.get(word) ?? []),
      );
      add(people, m.index ?? 0);
    }
  }
  // "I'd like to set up the next conversation with the two of us": the writer and the colleagues of
  // the writer's own domain that the mail copies in, when they are as many.
  const us = WITH_SO_MANY_OF_US.exec(flat);
  if (us && writer && !looksBack(flat, us.index)) {
    const copied = copiedColleagues(context);
    if (copied.length === (OF_US_COUNT[(us[1] ?? 'two').toLowerCase()] ?? 0) - 1)
      add([writer, ...copied], us.index);
  }
  const colleague = colleagueAndI(flat, colleagues);
  const withWriter = WRITER_JOINS.exec(flat) ?? colleague;
  if (withWriter && context.sender?.name && isPersonName(context.sender.name, context)) {
    const sentence = sentenceOf(flat, withWriter.index);
    // "… will be with me" says the writer is there; "… and I" needs a meeting in its sentence.
    if (
      /\b(?:me|us)$/.test(withWriter[0]) ||
      INTERVIEW_SENTENCE.test(sentence) ||
      /\b(?:meet|looking forward to|with you\b|have you down|(?:both )?be there)/i.test(sentence)
    ) {
      // In the text's order: "Marek and I".
      const full = withWriter === colleague ? colleagues.get(colleague[1] ?? '') : undefined;
      add(full ? [full, context.sender.name] : [context.sender.name], withWriter.index);
    }
  }
  // "I've moved our interview to Tuesday", "I need to shift our call", "Could we move our call to
  // Monday?": the meeting is the writer's own, unless they sign as one who schedules.
  // ("Dr. Anand Patel has been called into surgery, so I need to move our interview": the one
  // the sentence names is the one met, the writer only moves the meeting.)
  const ours = MOVED_OUR_MEETING.exec(flat);
  const writerName = context.sender?.name;
  const namesAnother = (sentence: string) =>
    [...sentence.matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)].some(
      (m) => isPersonName(m[0], context) && !(writerName && sameName(m[0], writerName)),
    );
  if (
    ours &&
    writerName &&
    isPersonName(writerName, context) &&
    !signsAsScheduler(scan, writerName) &&
    !namesAnother(sentenceOf(flat, ours.index))
  )
    add([writerName], ours.index);
  const withMe = WITH_ME.exec(flat) ?? PLATFORM_WITH_ME.exec(flat);
  const withMeSentence = withMe ? sentenceOf(flat, withMe.index) : '';
  if (
    withMe &&
    context.sender?.name &&
    isPersonName(context.sender.name, context) &&
    // One sentence, not an agenda's run of lines; and no tour or coffee with the writer.
    withMeSentence.length <= 300 &&
    INTERVIEW_SENTENCE.test(withMeSentence) &&
    !looksBack(flat, withMe.index) &&
    !SOCIAL_PART.test(withMe[0]) &&
    !aroundTheInterview(flat, withMe.index, withMe.index + withMe[0].length)
  )
    add([context.sender.name], withMe.index);
  const me = ME_AND.exec(scan);
  if (me && context.sender?.name && !looksBack(scan, me.index)) {
    add([context.sender.name], me.index);
    add(listAfter(scan.slice(me.index + me[0].length), context), me.index + 1);
  }
  // "Walt (my business partner) will join too": one who joins joins someone. When everyone named
  // only joins, that someone is the writer, unless they sign as one who schedules.
  if (
    writer &&
    found.length > 0 &&
    !found.some((person) => sameName(person.name, writer)) &&
    found.every((person) => JOINS_TOO.test(sentenceOf(flat, Math.floor(person.at)))) &&
    isPersonName(writer, context) &&
    !signsAsScheduler(scan, writer)
  )
    add([writer], -1);
  // A slot's "with" is the weakest word for whom it is with (a thread may give an older panel so):
  // taken only where nothing else names anyone.
  if (found.length === 0)
    for (const m of scan.matchAll(WITH_AFTER_THE_SLOT)) {
      const at = (m.index ?? 0) + m[0].length;
      if (!LATER_ROUND.test(sentenceOf(scan, m.index ?? 0)))
        add(listAfter(scan.slice(at), context), at);
    }
  // "I won't be on the call myself", "I'll introduce everyone, then leave you with the panel": the
  // writer says they are not one of those met, whatever else seemed to say so.
  const stays = writer && WRITER_STAYS_OUT.test(flat);
  return found
    .filter((person) => !(stays && writer && sameName(person.name, writer)))
    .sort((a, b) => a.at - b.at);
}

// Said of the whole meeting ("I won't be on the call myself."), not of a part of it ("for the
// first ten minutes"); left to those who interview ("the panel"), not to someone after it; or
// there only to watch ("I will sit in on the panel as an observer").
const WRITER_STAYS_OUT =
  /\bI(?: won(?:'|’)t| will not| am not|(?:'|’)m not) (?:be )?(?:on|in|joining|sitting in on|part of) (?:the |your )?(?:call|interview|panel|meeting|session)s?(?:\s+(?:myself|at all|this time))?\s*(?:[.;!,]|$)|\b(?:then |and )leave you (?:with|to) (?:the |your )?(?:panel|interviewers?|interview panel|hiring manager)\b|(?:\bI(?:(?:'|’)ll| will) (?:be )?(?:sit(?:ting)? in|there|join(?:ing)?)\b[^.!?\n]{0,40}\bas (?:an )?observer|\bI(?:(?:'|’)ll not| will not| won(?:'|’)t) be asking (?:any )?questions|\bI(?:(?:'|’)ll| will|(?:'|’)m|am) (?:only |just )?(?:be )?observing)\b(?![^.!?\n]{0,30}\bfor (?:the )?(?:first|last|second|final)\b)/i;

// "She'll join for the last 15 minutes", "he'll sit in for the second half": for a part of it.
const JOINS_TOO =
  /\b(?:will|(?:'|’)ll)\s+(?:also\s+)?join(?:\s+(?:us|me))?\s+(?:too|as well|for\s+(?:the\s+)?(?:last|first|second|final|end|start|latter)\b)|\bwill\s+also\s+join\b|\b(?:will|(?:'|’)ll)\s+(?:also\s+)?sit\s+in\b/i;

/** Where the text speaks of a person: by full name, given name or surname, as written. */
function mentionsOf(person: Person, text: string): number[] {
  const words = person.name.split(/\s+/).filter((word) => word.length >= 3 && word.length <= 40);
  const forms = [person.name, words[0], words[words.length - 1]].filter(
    (form): form is string => !!form,
  );
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])(?:${forms.map(literal).join('|')})(?![\p{L}])`,
    'gu',
  );
  return [...text.matchAll(pattern)].map((m) => m.index ?? 0);
}

// The user's note says whom they meet: "Tues 4:15 w/ Doug + Jenny", "screen with Dana Lee", "panel
// with Sam and Ines" (not "will check with Kellie", "confirmed with Itzel"); then the names.
const NOTE_MEETS =
  /(?:\bw\/|\b(?:interview|call|screen|chat|meeting|meet|session|round|panel|zoom|teams|video|phone|onsite|\d(?:[:.]\d\d)?\s?(?:am|pm)?|today|tomorrow|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)[ \t]+with\b)[ \t]*([^\n.;!?()]{1,80})/gi;
const NOTE_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+(?:${PARTICLE}[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’-]*)?`;
const NOTE_NAMES = new RegExp(
  String.raw`^${NOTE_NAME}(?:[ \t]*(?:\+|&|,|\band\b)[ \t]*${NOTE_NAME})*`,
  'u',
);

// "Weds 11 w/ Dev + Anika": a sentence of the note about the meeting ahead names its day or time,
// and no call around it ("Prep call with Marisol and Jenna went well").
const NOTE_DAY_OR_TIME =
  /\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?)\b/i;
const NOTE_LOOKS_BACK = /\b(?:went|had|was|were|yesterday|earlier|last)\b/i;

/** A sentence of the user's note about the interview ahead: its day or time, nothing around it. */
export function aboutTheMeetingAhead(sentence: string): boolean {
  return (
    NOTE_DAY_OR_TIME.test(sentence) &&
    !NOTE_LOOKS_BACK.test(sentence) &&
    !AROUND_THE_INTERVIEW.test(sentence)
  );
}

/**
 * The people the user's note says they meet, each as the mail names them in full: a given name
 * ("w/ Doug + Jenny") is the one person of the mail's mailboxes or text whose given name it is.
 * A name the mail does not hold, or holds for two people, is left out. `ofTheMeeting`: only from a
 * sentence about the interview ahead (its day or time, no call around it, nothing past).
 */
export function peopleTheNoteNames(
  note: string,
  text: string,
  context: PeopleContext,
  ofTheMeeting = false,
): Person[] {
  const people: Person[] = [];
  for (const m of note.slice(0, 500).matchAll(NOTE_MEETS)) {
    if (ofTheMeeting && !aboutTheMeetingAhead(sentenceOf(note, m.index ?? 0))) continue;
    const listed = NOTE_NAMES.exec(m[1] ?? '')?.[0] ?? '';
    for (const written of listed.split(/[ \t]*(?:\+|&|,|\band\b)[ \t]*/)) {
      const full = fullNameInMail(written.trim(), text, context);
      if (!full || people.some((person) => sameName(person.name, full))) continue;
      people.push({ name: full, email: emailFor(full, context) });
    }
  }
  return people;
}

/**
 * A name the user writes ("Doug", "Jenny Thao"), as the mail's mailboxes or text name the one
 * person it can be, or null when the mail holds none or two.
 */
function fullNameInMail(name: string, text: string, context: PeopleContext): string | null {
  const [given = ''] = name.split(/\s+/);
  if (!given) return null;
  // "w/ Normanskill search committee": the employer's name, not a person's.
  if (context.company?.split(/\s+/).some((word) => sameName(word, given))) return null;
  const known = new Set<string>();
  for (const box of context.directory)
    if (
      box.name &&
      sameName(box.name.split(/\s+/)[0] ?? '', given) &&
      isPersonName(box.name, context)
    )
      known.add(bareName(box.name));
  const inText = new RegExp(String.raw`\b${literal(given)}(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}`, 'gu');
  for (const match of text.slice(0, 40_000).matchAll(inText))
    if (isPersonName(match[0], context)) known.add(bareName(match[0]));
  const whole = [...known].filter((full) => name.split(/\s+/).length === 1 || sameName(full, name));
  // "Jenny Thao" and "Jenny Thao Ops" (a line's next word) are one person.
  const distinct = whole.filter(
    (full) => !whole.some((other) => other !== full && full.startsWith(`${other} `)),
  );
  if (distinct.length === 1) return distinct[0] ?? null;
  // "this one's with Sanne de Vries": a name the user writes in full, which the mail never writes
  // (as a person's or inside another name, "w/ Three Rivers" of Three Rivers Health), stands alone.
  const written = name.trim();
  return distinct.length === 0 &&
    /\s/.test(written) &&
    !text.includes(written) &&
    isPersonName(written, context)
    ? written
    : null;
}

// One who takes another's place: "covering for Anika", "in place of Rob", "replaces Sam".
const STANDS_IN = String.raw`in place of|replac(?:es|ing)|standing in for|stepping in for|covering for|filling in for|subbing for`;
// The user's note puts one person in another's place: "Wen Zhao is doing the 2nd session instead
// of Theo", "Kate is out on leave so I'll be meeting Daniel Osei instead".
const NOTE_SWAP = new RegExp(
  String.raw`\b(?:instead(?: of)?|in (?:his|her|their) place|replaced by|${STANDS_IN})\b`,
  'i',
);
// Whom the swap takes out: named after "instead of", or said to be away.
const SWAPPED_OUT = new RegExp(
  String.raw`(?:\b(?:instead of|${STANDS_IN})\s+(NAME)|(NAME)(?:(?:'|’)s| is| has)\s+(?:now\s+)?(?:out|off|away|sick|ill|on leave|unavailable|unwell|been pulled|got pulled|can(?:'|’)t|cannot|won(?:'|’)t|not able))`.replaceAll(
    'NAME',
    NOTE_NAME,
  ),
  'gu',
);
// A word that ends no name the note writes: a day, a month, a meeting's platform. (Whole words:
// text.ts's MONTH_WORD, a date's prefix, would take "Marr" for March.)
const NOT_A_NAME_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|zoom|teams|meet|today|tomorrow)$/i;
const endsWithNoName = (written: string) => {
  const last = written.split(/\s+/).pop() ?? '';
  return isPlaceName(last) || NOT_A_NAME_WORD.test(last);
};
// Who steps in, as the note writes them: "Mei Lin Chua", "Daniel Osei", "Wen".
const STEPS_IN_NAME = new RegExp(String.raw`${NOTE_NAME}(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?`, 'gu');
// A swap the user only asks for, guesses at, or remembers from before changes nobody.
const SWAP_UNSURE =
  /\b(?:ask(?:ed|ing)? (?:if|whether|for|them|her|him)|could we|can we|hop(?:e|ing)|might|maybe|may (?:need|have|be)|last (?:round|time|interview|week)|previous(?:ly)?|yesterday)\b/i;
// The clause before the swap's word: after a comma, a dash or "so".
const SWAP_CLAUSE_BREAK = /.*(?:[,;:]|\s[-–—]\s|\bso\b)/s;

/**
 * A change of interviewer the user's note makes: whom it takes out of the mail's `panel` (named
 * as replaced, or as away) and whom it puts in (a full name as written, or a given name the mail
 * holds for one person). Null when the note makes none.
 */
export function panelSwapInNote(
  note: string,
  panel: Person[],
  text: string,
  context: PeopleContext,
): { out: Person[]; in: Person[] } | null {
  const out: Person[] = [];
  const added: Person[] = [];
  const inPanel = (written: string) =>
    panel.find(
      (person) =>
        sameName(person.name, written) || sameName(person.name.split(/\s+/)[0] ?? '', written),
    );
  for (const sentence of sentences(note.slice(0, 500))) {
    const swap = NOTE_SWAP.exec(sentence);
    if (!swap || SWAP_UNSURE.test(sentence)) continue;
    for (const m of sentence.matchAll(SWAPPED_OUT)) {
      const person = inPanel((m[1] ?? m[2] ?? '').trim());
      if (person && !out.includes(person)) out.push(person);
    }
    const clause = sentence
      .slice(0, swap.index)
      .replace(/\([^()]*\)/g, ' ')
      .replace(SWAP_CLAUSE_BREAK, '');
    for (const m of clause.matchAll(STEPS_IN_NAME)) {
      // "Mei Lin Chua", or "Daniel Osei" before a word that is no name's ("Daniel Osei Monday").
      const words = m[0].split(/\s+/);
      const forms = words.length > 2 ? [m[0], words.slice(0, 2).join(' ')] : [m[0]];
      const full = forms
        .filter(
          (written) =>
            !inPanel(written) &&
            !out.some((person) => sameName(person.name, written)) &&
            !isPlaceName(written) &&
            !endsWithNoName(written),
        )
        .map((written) =>
          written.includes(' ') && isPersonName(written, context)
            ? written
            : fullNameInMail(written, text, context),
        )
        .find((name): name is string => !!name);
      if (full && !panel.some((person) => sameName(person.name, full)))
        added.push({ name: full, email: emailFor(full, context) });
    }
  }
  // Someone steps in only for one the note says is out.
  return out.length > 0 && added.length > 0 ? { out, in: added } : null;
}

/**
 * "I have checked with Kunal and he is fine with the afternoon", a reply by the hiring manager
 * the thread named: of the people a thread's earlier messages named, those its latest message
 * still speaks of (not only looking back on them), and its writer.
 */
export function carriedOver(
  earlier: Person[],
  latestText: string,
  writer: Mailbox | null,
): Person[] {
  const text = latestText.slice(0, 20_000);
  return earlier.filter(
    (person) =>
      (writer?.name && sameName(writer.name, person.name)) ||
      mentionsOf(person, text).some((at) => stillComing(text, at)),
  );
}

// "Abel's feedback was very positive!": a round the thread had is over. "Kunal is on leave that
// week", "copied here for visibility": one who will not be there.
const ROUND_OVER =
  /\b(?:feedback|went (?:well|great)|how it went|first (?:round|conversation|call|chat))\b/i;

/** The text speaks of a meeting already over ("Abel's feedback was very positive!"). */
export function speaksOfARoundOver(text: string): boolean {
  return ROUND_OVER.test(text.slice(0, 20_000));
}
const NOT_THERE =
  /\b(?:isn(?:'|’)t|aren(?:'|’)t|won(?:'|’)t|not|on leave|out of (?:the )?office|off sick|out sick|away|unavailable|travel(?:l?ing|s)?|has had to|no longer|can(?:no|'|’)?t (?:make|join|attend)|copied|cc(?:'|’)?d|for visibility)\b/i;
// "he is fine with the afternoon", "Bill will be joining by Zoom": the meeting to come.
const TO_COME =
  /\b(?:will|(?:'|’)ll|join(?:s|ing)?|fine|free|available|still|happy to|looking forward|(?:great|good|perfect|ideal|works|suits) for)\b/i;

/** The latest message speaks of the person at `at` as one who comes to the meeting ahead. */
function stillComing(text: string, at: number): boolean {
  // "Will you need parking?", "May I ask": the auxiliary, not a panelist called Will.
  if (/^\S+\s+(?:you|we|I)\b/.test(text.slice(at, at + 60))) return false;
  const sentence = sentenceOf(text, at);
  // Whose absence it is: "Arvind has had to travel, so Daniel will join Mei Ling" keeps Mei Ling.
  const clause = clauseAt(sentence, at - sentenceStart(text, at), CLAUSE_BREAK);
  return (
    !looksBack(text, at) &&
    !ROUND_OVER.test(sentence) &&
    !NOT_THERE.test(clause) &&
    TO_COME.test(sentence)
  );
}

const CLAUSE_BREAK = /,\s*(?:so|but|and)\b|;|\s(?:so|but|while|whereas)\s/g;
// The same, asked only whether there is one.
const HAS_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source);

/**
 * "Arvind has had to travel, so Daniel Koh will join Mei Ling on the panel instead": one spoken of
 * before a newcomer, in a sentence that says the newcomer comes instead, is out.
 */
function replacedBy(person: Person, newcomers: Person[], text: string): boolean {
  return mentionsOf(person, text).some((at) => {
    const sentence = sentenceOf(text, at);
    if (!/\binstead\b|\bin (?:his|her|their) place\b/i.test(sentence)) return false;
    // In a clause of their own before the newcomer's: "Arvind and Daniel Kwok will meet you on
    // Zoom instead" keeps Arvind.
    const start = sentenceStart(text, at);
    return newcomers.some((newcomer) =>
      mentionsOf(newcomer, sentence).some(
        (where) => start + where > at && HAS_CLAUSE_BREAK.test(text.slice(at, start + where)),
      ),
    );
  });
}

/**
 * A move keeps the thread's panel after whoever the latest message names, without whoever it says
 * is out: "Marguerite has been pulled into a board meeting, so Hollis will step in for her",
 * "Tomas is out sick", "instead of Dana". (One who "can't make Thursday" is why it moved.)
 */
export function joinPanels(earlier: Person[], latest: Person[], latestText: string): Person[] {
  const text = latestText.slice(0, 20_000);
  const out = (person: Person) => {
    const given = person.name.split(/\s+/)[0] ?? '';
    // A first name is short: a hostile one makes no pattern.
    if (given.length > 40) return false;
    const first = literal(given);
    return (
      !latest.some((kept) => sameName(kept.name, person.name)) &&
      new RegExp(
        String.raw`\b${first}\b[^.!?\n]{0,40}?\b(?:(?:has been|was|is|got|been) (?:pulled|called) (?:into|away)|(?:is|are) (?:out sick|off sick|no longer (?:joining|on the panel|available))|will no longer (?:join|be joining))|\b(?:step(?:s|ping)? in|stand(?:s|ing)? in|fill(?:s|ing)? in) for ${first}\b|\breplac(?:e|es|ing) ${first}\b|\binstead of ${first}\b`,
        'i',
      ).test(text)
    );
  };
  const newcomers = latest.filter(
    (person) => !earlier.some((known) => sameName(known.name, person.name)),
  );
  const joined = [...latest];
  for (const person of earlier)
    if (
      !out(person) &&
      !replacedBy(person, newcomers, text) &&
      !joined.some((kept) => sameName(kept.name, person.name))
    )
      joined.push(person);
  return joined;
}

export function sameName(a: string, b: string): boolean {
  const norm = (value: string) =>
    value
      .replace(HONORIFIC, '')
      .toLowerCase()
      .replace(/[^\p{L} ]/gu, '')
      .trim();
  return norm(a) === norm(b);
}

const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

function emailFor(name: string, context: PeopleContext): string | null {
  // A no-reply or ATS mailbox in a person's name is not where they read mail.
  const directory = context.directory.filter((box) => !isMachineAddress(box.email));
  const hit = directory.find((box) => box.name && sameName(box.name, name));
  if (hit) return hit.email;
  // "omar.haddad@…" for Omar Haddad when the calendar shows only the address; "genevieve.…" for
  // Geneviève, as addresses drop the marks; "lokaforreid@…" for Lorraine Okafor-Reid, as many
  // employers write the initial and the surname without its hyphen.
  const [first, ...others] = withoutMarks(name.toLowerCase()).split(/\s+/);
  const last = others[others.length - 1]?.replace(/[-'’]/g, '');
  if (!first || !last) return null;
  const forms = [`${first}.${last}`, `${first}_${last}`, `${first}${last}`, `${first[0]}${last}`];
  const local = directory.find((box) => forms.includes(box.email.split('@')[0] ?? ''));
  return local?.email ?? null;
}

/**
 * The full names the mail gives people: its headers', its signatures' ("Executive Assistant to
 * Raymond Osei, PhD") and those the text names as interviewers. (Not every capitalised run of the
 * text: "With Fiona MacLeod" heads a line.)
 */
function knownNames(text: string, found: string[], context: PeopleContext): string[] {
  const listed = context.directory.flatMap((box) => (box.name ? [bareName(box.name)] : []));
  const signed = signatureLines(text.slice(0, 40_000)).flatMap((line) => namesIn(line, context));
  // Nor the writer's: "a call with Dr. Kim" signed "Jenny Kim, HR Coordinator" is someone else.
  const writer = context.sender?.name ?? '';
  return [...listed, ...signed, ...found].filter(
    (name) =>
      !ADDRESSED_SURNAME.test(name) &&
      !isCandidate({ name, email: null }, context) &&
      !sameName(name, writer),
  );
}

const nameWords = (name: string) =>
  withoutMarks(bareName(name).replace(HONORIFIC, '')).toLowerCase().split(/\s+/).filter(Boolean);

/**
 * "Dr. Osei", "Rohan": a short form of a name the mail writes in full elsewhere is that person,
 * when exactly one full name fits: the surname after a form of address, or the given name.
 */
function fullNameOf(name: string, known: string[]): string {
  const addressed = ADDRESSED_SURNAME.test(name);
  const [short, ...more] = nameWords(name);
  if (!short || (!addressed && more.length > 0)) return name;
  const fits = known.filter((full) => {
    const words = nameWords(full);
    return words.length > 1 && (addressed ? words[words.length - 1] : words[0]) === short;
  });
  const distinct = fits.filter((full, i) => fits.findIndex((f) => sameName(f, full)) === i);
  return distinct.length === 1 && distinct[0] ? distinct[0] : name;
}

/**
 * "Sam Ng" at sng@…, which the Cc lists as "Samuel Ng": the name a header gives the address, when
 * it is the same surname and one given name starts the other.
 */
function listedNameFor(name: string, email: string | null, context: PeopleContext): string | null {
  if (!email) return null;
  const listed = context.directory.find((box) => box.email === email && box.name)?.name;
  if (!listed) return null;
  const [given, ...rest] = nameWords(name);
  const [listedGiven, ...listedRest] = nameWords(listed);
  if (!given || !listedGiven || rest.at(-1) !== listedRest.at(-1) || rest.length === 0) return null;
  return listedGiven.startsWith(given) || given.startsWith(listedGiven) ? bareName(listed) : null;
}

function isCandidate(
  person: { name: string | null; email: string | null },
  context: PeopleContext,
): boolean {
  if (person.email && context.candidate.emails.has(person.email)) return true;
  if (person.name && [...context.candidate.names].some((name) => sameName(name, person.name ?? '')))
    return true;
  return false;
}

export interface InterviewersReading {
  interviewers: Person[];
  confidence: number;
  /** Read from the invitation's attendees or organizer rather than the text. */
  fromCalendar: boolean;
}

/**
 * An invitation's name as the mail's headers spell it, where they differ only by spaces: a
 * calendar line folded at a space unfolds "Mei-Ling Zhou" into "Mei-LingZhou".
 */
function spelledAsInTheMail(attendee: Mailbox, context: PeopleContext): string | null {
  const squashed = (name: string) => name.replace(/\s+/g, '').toLowerCase();
  if (!attendee.name) return null;
  const same = context.directory.find(
    (box) =>
      box.email === attendee.email &&
      box.name &&
      box.name !== attendee.name &&
      squashed(box.name) === squashed(attendee.name ?? ''),
  );
  return same?.name ?? null;
}

/**
 * "Brandl Stefanie", as a directory lists its people surname first, is the "Stefanie Brandl" the
 * mail's words name: the same words, in the order the text writes them.
 */
function writtenInTheText(name: string | null, fromText: Array<{ name: string }>): string | null {
  if (!name) return null;
  const words = (written: string) => written.toLowerCase().split(/\s+/).sort().join(' ');
  const reordered = fromText.find(
    (person) => person.name !== name && words(person.name) === words(name),
  );
  return reordered?.name ?? null;
}

/**
 * Interviewers: a calendar's attendees other than the candidate and the organizer when it has
 * any (with the organizer when the text says they take part), else the people the text names;
 * the organizer alone only when nobody else is named.
 */
export function findInterviewers(
  text: string,
  events: CalendarEvent[],
  context: PeopleContext,
): InterviewersReading {
  const fromText = interviewersFromText(text, context);
  const people: Person[] = [];
  const push = (written: string, email: string | null) => {
    // "Dr. Nuala Keegan" is Nuala Keegan, whichever part of the mail wrote the form of address.
    const name = bareName(written);
    const existing = people.find((p) => sameName(p.name, name) || (email && p.email === email));
    if (existing) {
      existing.email ??= email;
      return;
    }
    // A tool's name is never a person's, whatever the text or the invitation put it next to.
    if (isCandidate({ name, email }, context) || isVendorName(name)) return;
    people.push({ name, email });
  };
  const event = events[0];
  // A schedule sent as one invitation per session: each session's people are the panel's.
  for (const session of sessionsOf(events)) {
    const organizer = session.organizer?.email ?? null;
    for (const attendee of session.attendees) {
      if (attendee.email === organizer) continue;
      if (attendee.cutype && !/^individual$/i.test(attendee.cutype)) continue;
      if (/^non-participant$/i.test(attendee.role ?? '')) continue;
      if (isCandidate(attendee, context)) continue;
      const named =
        spelledAsInTheMail(attendee, context) ??
        writtenInTheText(attendee.name, fromText) ??
        attendee.name ??
        fromText.find((p) => emailFor(p.name, context) === attendee.email)?.name;
      if (named) push(named, attendee.email);
    }
  }
  // The organizer only books the meeting, unless the text says they take part ("Mei-Ling and I").
  const organizer = event?.organizer;
  if (
    people.length > 0 &&
    organizer?.name &&
    !isCandidate(organizer, context) &&
    fromText.some((person) => sameName(person.name, organizer.name ?? ''))
  )
    people.unshift({ name: bareName(organizer.name), email: organizer.email });
  const fromCalendar = people.length > 0;
  if (people.length === 0) {
    // Only short names ("Dr. Osei", "Rohan") look for a full one: the signatures are read for them.
    const known = fromText.some(({ name }) => ADDRESSED_SURNAME.test(name) || !/\s/.test(name))
      ? knownNames(
          text,
          fromText.map((person) => person.name),
          context,
        )
      : [];
    for (const { name } of fromText) {
      const full = fullNameOf(name, known);
      const email = emailFor(full, context);
      push(listedNameFor(full, email, context) ?? full, email);
    }
  }
  // The organizer, when nobody else is named, unless the calendar is a mailbox an organisation or
  // its team keeps ("Redcliffe Engineering Recruitment").
  if (
    people.length === 0 &&
    event?.organizer?.name &&
    !isCandidate(event.organizer, context) &&
    !namesATeam(event.organizer.name, context)
  ) {
    push(event.organizer.name, event.organizer.email);
    return { interviewers: people, confidence: 0.9, fromCalendar: true };
  }
  const confidence = people.length === 0 ? 0 : event ? 0.9 : 0.8;
  return { interviewers: people.slice(0, 12), confidence, fromCalendar };
}
