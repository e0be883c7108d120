// Inbound use-case -> reader -> topics: what the confirmation says the interview covers ("you'll
// walk us through a pipeline you built, then a short SQL exercise"; a schedule's "System design
// with Ben Okafor"), turned to the candidate's side ("the pipeline I built") for the thank-you
// to mention. Pure: no I/O. A topic nobody could mention specifically is left out.
import type { Person, Topic, TopicKind } from '../model.ts';

/** At most this many topics per interview; a longer list is a schedule, not a conversation. */
const MAX_TOPICS = 6;
/** A topic longer than this reads as a pasted sentence, not as something said in passing. */
const MAX_TOPIC_WORDS = 12;

/** Nouns of a task done in the interview: "a short SQL exercise", "the case study". */
export const TASK_NOUN =
  /\b(?:exercise|case stud(?:y|ies)|challenge|task|problem|assessment|kata|whiteboard(?:ing)?|live[- ]coding|pair[- ]programming)\b/i;

/** Verbs, in the writer's words, of what happens in the interview; longest forms first. */
const VERBS: Array<{ pattern: RegExp; kind: TopicKind }> = [
  // The candidate shows something: "you'll walk us through", "ask you to talk through".
  {
    pattern:
      /\b(?:(?:you(?:'|’)ll|you will|you(?:'|’)d|ask you to|like you to|invite you to|have you|want you to|get you to)\s+(?:walk|talk|take)\s+(?:us|me|them|the (?:team|panel|group)\s+)?\s*through|walk(?:ing)?\s+(?:us|me|the (?:team|panel))\s+through|(?:you(?:'|’)ll|you will|asked to|ask you to|like you to)\s+(?:present|give|deliver|share)(?:\s+(?:us|me))?)\s+/i,
    kind: 'present',
  },
  // The interviewer shows something: "walk you through how the team is set up".
  { pattern: /\b(?:walk|take)(?:ing)?\s+you\s+through\s+/i, kind: 'hear' },
  { pattern: /\bpair(?:ing)?\s+(?:up\s+)?with\s+you\s+on\s+/i, kind: 'pair' },
  { pattern: /\b(?:walk|talk|go|work)(?:ing)?\s+through\s+/i, kind: 'talk' },
  {
    pattern:
      /\b(?:discuss(?:ing)?|cover(?:ing)?|focus(?:ing)? on|talk(?:ing)? about|chat(?:ting)? about|dig(?:ging)? into|div(?:e|ing) into|explor(?:e|ing)|hear(?:ing)? about|learn(?:ing)? (?:more )?about|ask(?:ing)? (?:you )?about)\s+/i,
    kind: 'discuss',
  },
  // "The interview includes a short exercise", "do a hands-on troubleshooting exercise".
  {
    pattern:
      /\b(?:includes?|will include|will be|there(?:'|’)ll be|there will be|consists? of|do|complete|work on|tackle)\s+(?=(?:a|an|the|one|two)\s+[^.;\n]{0,40}?\b(?:exercise|case stud|challenge|task|problem|assessment)\b)/i,
    kind: 'exercise',
  },
];

/** Where what the verb is about ends: the clause's end, or an aside that follows it. */
const OBJECT_END =
  /\s*(?:[.;:!?(\u2013\u2014]|\s-\s|,\s*(?:so|and (?:you|there|we|I|it|please|then leave)|which|but|as|since|because|please|no)\b|\s+(?:so that|so please|so have|and leave|and have|and answer|and then leave|before|beforehand|ahead of|in advance|during the|at the (?:start|end)|for about|for (?:\d+|thirty|forty|fifteen|twenty)\b)|$)/i;

/** Several things in one object: "a pipeline you built, then a short SQL exercise". */
const THEN = /\s*(?:,\s*(?:and\s+)?then\s+|\s+and\s+then\s+|,\s*followed by\s+|\s+followed by\s+)/i;

/** What any interview is about; a thank-you that mentions only this says nothing. */
const GENERIC =
  /^(?:(?:the|my|your|a|an)\s+)?(?:role|position|job|team|company|opportunity|background|experience|career|cv|resume|résumé|questions?|process|next steps|logistics|day|interview|conversation|chat|call|yourself|myself|it|this|that|them|things|details?|(?:the )?basics|motivations?|availability|salary|expectations?|(?:real |some )?examples?|(?:\S+\s+){0,4}(?:role|position|opening|vacancy|job)|.*\bthe topic)(?:\s+(?:here|there|in (?:more )?detail|a bit|further|more))?$/i;

/** Words of a schedule's session that name no subject (meals, breaks, greetings, generic rounds). */
const GENERIC_SESSION =
  /^(?:(?:welcome|intro(?:duction)?s?|lunch|coffee|break|wrap[- ]?up|close|closing|debrief|q\s*&\s*a|questions|your questions|hiring manager|recruiter|hr|team|final|cross[- ]functional|technical|behaviou?ral|competency|panel|onsite|phone|video|virtual|first|second|third|initial|screening|tour|office tour|meet the team|meet & greet|and|with|the|for|of|interview|interviewers?|conversation|chat|call|screen|session|round|meeting|discussion|informal|short|on|\(.*\))\s*)+$/i;

/** A session named for what it covers ("System Design", "Hydrodynamics deep dive"), not a person. */
const SESSION_SUBJECT =
  /\b(?:design|review|deep[- ]dive|exercise|case stud(?:y|ies)|presentation|walk-?through|walk-through|coding|programming|pairing|whiteboard|demo|critique|values|culture|leadership|craft|architecture|debugging|troubleshooting|modell?ing|analysis|strategy|portfolio|technical|product|behaviou?ral|competenc(?:y|ies)|data|sql|systems?|algorithms?|collaboration|stakeholder|research|interview|conversation|discussion|session)\b/i;

/** A session line of a schedule: a time range, then what it is and, usually, who runs it. */
const SESSION_LINE =
  /^[>\s]*(?:[A-Za-z]{3,9},?\s+)?\d{1,2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?\s*(?:[-–—]|to)\s*\d{1,2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?\s*(?:[A-Z]{2,5}\b)?\s*(?:\([^)\n]*\))?\s*[|:·-]?\s*(.{3,120})$/gm;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The writer's words from the candidate's side: "a pipeline you built" is "a pipeline I built",
 * "our newsletter" is "your newsletter".
 */
function candidateVoice(text: string): string {
  // One pass, so no swap is undone by the next (your -> my, our -> your).
  return text.replace(PRONOUN, (word) => {
    const key = word.toLowerCase().replace('’', "'");
    if (key.startsWith('you') && /\s$/.test(key)) return `I${word.slice(3)}`;
    if (key === 'you') return 'me';
    return SWAPS[key] ?? word;
  });
}

const SWAPS: Record<string, string> = {
  "you've": "I've",
  "you're": "I'm",
  "you'd": "I'd",
  yourself: 'myself',
  yours: 'mine',
  your: 'my',
  our: 'your',
  we: 'you',
  us: 'you',
};

/** "you" before a verb is the subject ("a pipeline you built" -> "I built"); else the object. */
const PRONOUN =
  /\b(?:you(?:'|’)(?:ve|re|d)|yourself|yours|your|our|we|us|you(?:\s+(?=(?:\w+ed|built|led|ran|made|wrote|did|have|had|are|were|approach|handle|use|think|would|can|shipped|own|know)\b))?)\b/gi;

/** After the interview a topic is definite: "a short SQL exercise" is "the SQL exercise". */
function definite(text: string): string {
  const ofMine = /^(?:a|an|one)\s+(.+?)\s+of mine$/i.exec(text);
  if (ofMine?.[1]) return `my ${ofMine[1]}`;
  return text
    .replace(/^(?:a|an|one)\s+/i, 'the ')
    .replace(
      /^(the|my)\s+(?:(?:short|brief|quick|small|little|simple|\d+[- ]minutes?|\w+-minute)\s+)+/i,
      '$1 ',
    );
}

function tidyObject(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+(?:with (?:you|me|the team|the panel)|together|as well|too|first|live|here)$/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
}

/** One thing the interview covers, or null when it says nothing specific. */
function topicOf(kind: TopicKind, object: string, by: string[]): Topic | null {
  let what = tidyObject(definite(candidateVoice(tidyObject(object))));
  // "my experience shipping X and how I approach Y": the first thing is enough to mention.
  if (words(what) > MAX_TOPIC_WORDS) {
    const [first] = what.split(/\s+and\s+(?=how|what|why|where|the|my|your)\b/i);
    what = first ?? what;
  }
  if (!what || words(what) > MAX_TOPIC_WORDS || GENERIC.test(what)) return null;
  if (/^(?:how|what|why|where|whether)\b/i.test(what) === false && !/[\p{L}]{3}/u.test(what))
    return null;
  const task = TASK_NOUN.test(what);
  return { kind: task && (kind === 'discuss' || kind === 'talk') ? 'exercise' : kind, what, by };
}

/** Interviewers named before the verb: the clause's subject ("Omar and Beth will pair…"). */
function namedIn(text: string, people: readonly Person[]): string[] {
  return people
    .filter((person) => {
      const [first] = person.name.trim().split(/\s+/);
      const names = [person.name.trim(), ...(first && first.length > 1 ? [first] : [])];
      return names.some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`, 'u').test(text));
    })
    .map((person) => person.name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The verb an object's part starts with ("then do a hands-on exercise"), if any. */
function leadingVerb(part: string): { kind: TopicKind; length: number } | null {
  for (const entry of VERBS) {
    const match = entry.pattern.exec(part);
    if (match?.index === 0) return { kind: entry.kind, length: match[0].length };
  }
  return null;
}

/**
 * One object cut into its things: at "then", and at an "and" that starts another thing ("and a
 * case study", "and walk you through how the team is set up"); "data modeling and pipeline
 * design" stays one.
 */
function splitObject(object: string): string[] {
  const parts: string[] = [];
  for (const piece of object.split(THEN)) {
    const ands = piece.split(/\s+and\s+/i);
    let current = ands[0] ?? '';
    for (const next of ands.slice(1)) {
      if (/^(?:a|an)\s/i.test(next) || leadingVerb(next)) {
        parts.push(current);
        current = next;
      } else current = `${current} and ${next}`;
    }
    parts.push(current);
  }
  return parts;
}

/** The parts of one object, each classified: "a pipeline you built, then a short SQL exercise". */
function partsOf(kind: TopicKind, object: string, by: string[]): Topic[] {
  const topics: Topic[] = [];
  splitObject(object).forEach((part, index) => {
    let partKind = kind;
    let text = part;
    if (index > 0) {
      const verb = leadingVerb(part);
      if (verb) {
        partKind = verb.kind;
        text = part.slice(verb.length);
      } else partKind = TASK_NOUN.test(part) ? 'exercise' : 'discuss';
    }
    const topic = topicOf(partKind, text, by);
    if (topic) topics.push(topic);
  });
  return topics;
}

/** "Dana will cover system design, Lee the SQL exercise": the verb left out for the second. */
function gapped(rest: string, kind: TopicKind, people: readonly Person[]): Topic[] {
  const topics: Topic[] = [];
  const pattern =
    /^\s*(?:,|;|\band\b)\s*(?:and\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)\s+(?!will|is|has|would|can|and|or)(.+)$/u;
  let remaining = rest;
  for (let guard = 0; guard < 4; guard++) {
    const match = pattern.exec(remaining);
    if (!match?.[1] || !match[2]) break;
    const by = namedIn(match[1], people);
    if (by.length === 0) break;
    const cut = objectEnd(match[2], people);
    const object = match[2].slice(0, cut);
    const after = match[2].slice(cut);
    const separator = /^\s*[,;]/.exec(after);
    topics.push(...partsOf(kind, object, by));
    if (!separator) break;
    remaining = after;
  }
  return topics;
}

/**
 * Where an object ends: at the clause's end or an aside, or, after a named subject, where the
 * next interviewer's part starts ("Dana will cover system design, Lee the SQL exercise").
 */
function objectEnd(tail: string, people: readonly Person[]): number {
  const end = OBJECT_END.exec(tail);
  let cut = end ? end.index : tail.length;
  for (const person of people) {
    const [first] = person.name.trim().split(/\s+/);
    if (!first || first.length < 2) continue;
    const next = new RegExp(`\\s*[,;]\\s*(?:and\\s+)?${escapeRegExp(first)}\\b`, 'u').exec(tail);
    if (next && next.index < cut) cut = next.index;
  }
  return cut;
}

/** Clauses of the text: sentences, split again at semicolons (each may have its own subject). */
function clausesOf(text: string): string[] {
  return text
    .slice(0, 20_000)
    .split(/\n\s*\n|(?<=[.!?])\s+(?=[\p{Lu}"“])|;\s+(?=[\p{Lu}])/u)
    .map((clause) => clause.replace(/\s+/g, ' ').trim())
    .filter((clause) => clause.length > 0 && clause.length < 600 && !/^>/.test(clause));
}

/**
 * Past, hypothetical or homework: "we discussed", "if all goes well we'll discuss…", "Before your
 * interview: if you have not already done so, please complete the online assessment" is no plan of
 * this one.
 */
const NOT_THIS_INTERVIEW =
  /\b(?:if (?:all|everything) goes well|next round|next step|(?:after|before|prior to|ahead of) (?:the|this|your) interview|if you have(?:n(?:'|’)t| not) already|last (?:time|week)|discussed|enjoyed|thanks? (?:again )?for|as we|webinar|information session)\b/i;

function fromSentences(text: string, people: readonly Person[]): Topic[] {
  const topics: Topic[] = [];
  for (const clause of clausesOf(text)) {
    if (NOT_THIS_INTERVIEW.test(clause)) continue;
    let from = 0;
    for (let guard = 0; guard < 4 && from < clause.length; guard++) {
      const rest = clause.slice(from);
      const found = VERBS.map((entry) => ({ entry, match: entry.pattern.exec(rest) }))
        .filter((hit): hit is { entry: (typeof VERBS)[number]; match: RegExpExecArray } =>
          Boolean(hit.match),
        )
        .sort((a, b) => a.match.index - b.match.index)[0];
      if (!found) break;
      const start = found.match.index + found.match[0].length;
      const tail = rest.slice(start);
      const by = namedIn(clause.slice(0, from + found.match.index), people);
      const cut = objectEnd(tail, by.length > 0 ? people : []);
      topics.push(...partsOf(found.entry.kind, tail.slice(0, cut), by));
      if (by.length > 0) topics.push(...gapped(tail.slice(cut), found.entry.kind, people));
      from += start + Math.max(cut, 1);
    }
  }
  return topics;
}

function lowerTitle(title: string): string {
  // Lower-case a capitalised word, never an acronym or a name inside ("Embedded C & RTOS").
  return title.replace(/\b(\p{Lu})(\p{Ll}+)\b/gu, (word) => word.toLowerCase());
}

/** A schedule's sessions: "11:00 AM - 11:45 AM EDT System Design with Ben Okafor". */
function fromSchedule(text: string, people: readonly Person[]): Topic[] {
  const topics: Topic[] = [];
  for (const match of text.slice(0, 20_000).matchAll(SESSION_LINE)) {
    const line = (match[1] ?? '').trim();
    const by = namedIn(line, people);
    const title = line
      .split(
        /\s+(?:with|by|led by)\s+|\s+[-–—|·]\s+|\s*,\s*|\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s|$))/u,
      )[0]
      ?.replace(/\s*\([^)]*\)\s*/g, ' ')
      .replace(/^(?:[A-Z]{2,5}\s+)/, '')
      .replace(/(?:\s+(?:on|with|at|in|and|&|for|-))+\s*$/i, '')
      .trim();
    if (
      !title ||
      !/^\p{Lu}/u.test(title) ||
      /[\d@/]/.test(title) ||
      words(title) > 6 ||
      !SESSION_SUBJECT.test(title) ||
      GENERIC_SESSION.test(title) ||
      people.some((person) => title.includes(person.name))
    )
      continue;
    const what = lowerTitle(title).replace(/\s*:\s*/, ' on ');
    topics.push({ kind: 'session', what, by });
  }
  return topics;
}

/**
 * What the interview covers, in the order the mail gives it: the sessions of a schedule and the
 * sentences that say what will happen, each with the interviewers whose part it is (none: the
 * whole interview).
 */
export function findTopics(body: string, interviewers: readonly Person[]): Topic[] {
  const topics = [...fromSentences(body, interviewers), ...fromSchedule(body, interviewers)];
  const seen = new Set<string>();
  return topics
    .filter((topic) => {
      const key = topic.what.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_TOPICS);
}
