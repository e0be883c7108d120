// Mail rendering -> the reference: the one specific thing a draft mentions, phrased to follow
// "I especially enjoyed ": the user's notes when they wrote any, else what the confirmation said
// the interview (or this interviewer's part of it) covers, else a slot for the user to fill.
import type { Person, Topic } from '../model.ts';
import { TASK_NOUN } from '../understand/topics.ts';

export const REFERENCE_SLOT = '[mention something you discussed]';

export interface Reference {
  /** "walking you through the pipeline I built", or the slot. */
  text: string;
  /** False: nothing is known, the text is the slot. */
  known: boolean;
}

/** The interviewer as the user writes of them, as the note speaks to them. */
const TO_INTERVIEWER: Record<string, string> = {
  their: 'your',
  his: 'your',
  her: 'your',
  theirs: 'yours',
  they: 'you',
  he: 'you',
  she: 'you',
  them: 'you',
  him: 'you',
  "they're": "you're",
  "he's": "you're",
  "she's": "you're",
  'the interviewer': 'you',
  "the interviewer's": 'your',
};
const THIRD_PERSON =
  /\b(?:the interviewer(?:'s)?|they're|he's|she's|theirs|their|his|her|they|he|she|them|him)\b/gi;

function toInterviewer(text: string): string {
  return text.replace(
    THIRD_PERSON,
    (word) => TO_INTERVIEWER[word.toLowerCase().replace('’', "'")] ?? word,
  );
}

/** What the user did or heard, in their shorthand, and how it reads to the interviewer. */
const NOTE_VERBS: Array<{ pattern: RegExp; phrase: (what: string) => string }> = [
  {
    pattern: /^(?:asked (?:me )?about|had questions about|grilled me on|quizzed me on)\s+/i,
    phrase: (what) => `your questions about ${what}`,
  },
  {
    pattern: /^(?:(?:loved|liked|enjoyed|was (?:keen on|interested in)|praised))\s+(?=my\b)/i,
    phrase: (what) => `hearing your thoughts on ${what}`,
  },
  {
    pattern:
      /^(?:explained|told me about|described|mentioned|shared|walked me through|showed me|gave me an overview of)\s+/i,
    phrase: (what) =>
      /^(?:how|what|why|that)\b/i.test(what) ? `hearing ${what}` : `hearing about ${what}`,
  },
  {
    pattern:
      /^(?:i\s+)?(?:showed|presented|demoed|walked (?:you|them|him|her|the panel) through|went through)\s+/i,
    phrase: (what) => `walking you through ${what}`,
  },
  {
    pattern: /^(?:i\s+)?(?:learned|learnt|heard|found out)\s+(?:about\s+)?/i,
    phrase: (what) =>
      /^(?:how|what|why|that)\b/i.test(what)
        ? `learning ${what}`
        : /^(?:you|your team|the team|the company)\s+(?:are|is|were|was|have|had|will|plan|want)\b/i.test(
              what,
            )
          ? `learning that ${what}`
          : `learning about ${what}`,
  },
  {
    pattern: /^(?:we\s+|i\s+)?(?:did|worked through|solved|whiteboarded|paired on)\s+/i,
    phrase: (what) => `working through ${what}`,
  },
  {
    pattern:
      /^(?:we\s+|i\s+)?(?:discussed|talked about|talked through|chatted about|covered|spoke about|went over|dug into|got into)\s+/i,
    phrase: (what) => `discussing ${what}`,
  },
];

/** A clause that says how it went and nothing of what was said ("great chat!!"). */
const CONTENT_FREE =
  /^(?:(?:it|that|this|the|a|an|really|very|so|super|great|good|nice|fun|amazing|awesome|lovely|chat|call|interview|conversation|went|go|well|was|overall|i|think|thought|felt)\b\s*)+$/i;

/** "the SQL exercise went well": what went well is what to mention. */
const VERDICT =
  /^(.+?)\s+(?:went|was|felt)\s+(?:really\s+|very\s+|so\s+)?(?:well|great|fine|ok|okay|good|fun|interesting|smooth(?:ly)?)$/i;

/** One clause of a note, reworded to follow "I especially enjoyed "; null when it says nothing. */
function fromClause(text: string): string | null {
  if (CONTENT_FREE.test(text)) return null;
  const verdict = VERDICT.exec(text);
  const clause = verdict?.[1] ?? text;
  if (verdict?.[1] && TASK_NOUN.test(clause)) return `working through ${toInterviewer(clause)}`;
  for (const verb of NOTE_VERBS) {
    const match = verb.pattern.exec(clause);
    if (match) return verb.phrase(toInterviewer(clause.slice(match[0].length)));
  }
  return `our conversation about ${toInterviewer(clause)}`;
}

/** A clause of the user's notes and whom it names as its subject ("Dana: …", "Lee asked …"). */
interface NoteClause {
  speaker: string | null;
  text: string;
}

const SPEAKER =
  /^([\p{Lu}][\p{L}'’-]+)(?:\s*:\s*|\s+(?=(?:asked|loved|liked|enjoyed|was|explained|told|described|mentioned|shared|walked|showed|gave|had|grilled|quizzed|praised|wants|wanted)\b))/u;

function clausesOf(note: string): NoteClause[] {
  return note
    .split(/\s*(?:[;\n]|(?<=[.!?])\s+)\s*/)
    .map((clause) =>
      clause
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/^(?:also|and|plus|oh|btw)[,\s]+/i, '')
        .replace(/[\s.!…,]+$/, ''),
    )
    .filter((clause) => clause.length > 0)
    .map((clause) => {
      const speaker = SPEAKER.exec(clause);
      if (!speaker?.[1] || /^(?:I|We)$/.test(speaker[1])) return { speaker: null, text: clause };
      const text = clause.slice(speaker[0].length);
      // "She asked about…": the interviewer the note is about, whoever gets it.
      return /^(?:She|He|They)$/.test(speaker[1])
        ? { speaker: null, text }
        : { speaker: speaker[1], text };
    });
}

function firstNameOf(person: Person): string {
  return person.name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}

/**
 * The notes' latest clause about this interviewer ("Dana: the Kafka migration"), else the latest
 * that names nobody; one naming another panelist is theirs.
 */
function noteFor(
  notes: readonly string[],
  interviewer: Person | null,
  panelPosition: number,
): string | null {
  const clauses = notes.flatMap(clausesOf);
  const name = interviewer ? firstNameOf(interviewer) : null;
  const own = clauses.filter((clause) => name && clause.speaker?.toLowerCase() === name);
  const general = clauses.filter((clause) => clause.speaker === null);
  // Panelists sharing the same notes start from different ones, newest first for the first.
  for (const clause of [
    ...rotated(own.reverse(), panelPosition),
    ...rotated(general.reverse(), panelPosition),
  ]) {
    const phrase = fromClause(clause.text);
    if (phrase) return phrase;
  }
  return null;
}

/** Sessions named for an activity read as that activity ("the design review"). */
const ACTIVITY =
  /\b(?:review|deep dive|exercise|case stud(?:y|ies)|presentation|walk-?through|walk-through|interview|conversation|discussion|session|demo|critique|pairing)\b/i;

/** One topic as the candidate would mention it. */
function topicPhrase(topic: Topic): string {
  const { what } = topic;
  switch (topic.kind) {
    case 'present':
      return `walking you through ${what}`;
    case 'hear':
      return /^(?:how|what|why|where|who)\b/i.test(what)
        ? `hearing ${what}`
        : `hearing about ${what}`;
    case 'talk':
      return `talking through ${what}`;
    case 'discuss':
      return `discussing ${what}`;
    case 'exercise':
      return `working through ${what}`;
    case 'pair':
      return `pairing with you on ${what}`;
    case 'session':
      return ACTIVITY.test(what) ? `the ${what}` : `our ${what} session`;
  }
}

function samePerson(name: string, other: string): boolean {
  return (
    name.replace(/\s+/g, ' ').trim().toLowerCase() ===
    other.replace(/\s+/g, ' ').trim().toLowerCase()
  );
}

/** The list from its `start`-th entry on, wrapping round: one panelist's order of the same things. */
function rotated<T>(list: readonly T[], start: number): T[] {
  if (list.length === 0) return [];
  const from = start % list.length;
  return [...list.slice(from), ...list.slice(0, from)];
}

/**
 * The topics a note to this interviewer may mention: their own part of the interview, else what
 * the whole interview covers. Another panelist's part is theirs to be thanked for.
 */
function topicsFor(topics: readonly Topic[], interviewer: Person | null): Topic[] {
  const own = interviewer
    ? topics.filter((topic) => topic.by.some((name) => samePerson(name, interviewer.name)))
    : [];
  return own.length > 0 ? own : topics.filter((topic) => topic.by.length === 0);
}

/**
 * What a draft to `interviewer` mentions: the user's notes, reworded (never pasted), win over the
 * confirmation's topics; with neither, the slot.
 */
export function referenceFor(input: {
  notes: readonly string[];
  topics: readonly Topic[];
  interviewer: Person | null;
  /** Where the interviewer stands on the panel (0: first or alone), so panelists differ. */
  panelPosition?: number;
}): Reference {
  const position = input.panelPosition ?? 0;
  const note = noteFor(input.notes, input.interviewer, position);
  if (note) return { text: note, known: true };
  const phrases = rotated(topicsFor(input.topics, input.interviewer), position)
    .slice(0, 2)
    .map(topicPhrase);
  if (phrases.length > 0) return { text: phrases.join(' and '), known: true };
  return { text: REFERENCE_SLOT, known: false };
}
