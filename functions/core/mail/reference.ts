// Mail rendering -> the reference: the one specific thing a draft mentions, phrased to follow
// "I especially enjoyed ": the user's notes when they wrote any, else what the confirmation said
// the interview (or this interviewer's part of it) covers, else a slot for the user to fill.
import type { Person, Topic } from '../model.ts';

export const REFERENCE_SLOT = '[mention something you discussed]';

export interface Reference {
  /** "walking you through the pipeline I built", or the slot. */
  text: string;
  /** False: nothing is known, the text is the slot. */
  known: boolean;
}

function withoutFinalStop(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!…]+$/, '');
}

/**
 * The latest note, turned from the user's shorthand ("we discussed their Kafka migration") into
 * words for the interviewer.
 */
function fromNote(note: string): string {
  const text = withoutFinalStop(note);
  const discussed =
    /^(?:we |i )?(?:discussed|talked about|chatted about|covered|spoke about)\s+(.+)$/i.exec(text);
  if (discussed?.[1]) return `discussing ${discussed[1].replace(/^their\s+/i, 'your ')}`;
  return `our conversation about ${text.replace(/^their\s+/i, 'your ')}`;
}

/** Sessions named for an activity read as that activity ("the design review"). */
const ACTIVITY =
  /\b(?:review|deep dive|exercise|case stud(?:y|ies)|presentation|walk-?through|walk-through|interview|conversation|discussion|session|demo|critique|pairing)\b/i;

/** One topic as the candidate would mention it. */
export function topicPhrase(topic: Topic): string {
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

/**
 * The topics a note to this interviewer may mention: their own part of the interview, else what
 * the whole interview covers. Another panelist's part is theirs to be thanked for.
 */
export function topicsFor(topics: readonly Topic[], interviewer: Person | null): Topic[] {
  const own = interviewer
    ? topics.filter((topic) => topic.by.some((name) => samePerson(name, interviewer.name)))
    : [];
  return own.length > 0 ? own : topics.filter((topic) => topic.by.length === 0);
}

/** What a draft to `interviewer` mentions; the notes win over the confirmation's topics. */
export function referenceFor(input: {
  notes: readonly string[];
  topics: readonly Topic[];
  interviewer: Person | null;
}): Reference {
  const note = input.notes.at(-1);
  if (note) return { text: fromNote(note), known: true };
  const phrases = topicsFor(input.topics, input.interviewer).slice(0, 2).map(topicPhrase);
  if (phrases.length > 0) return { text: phrases.join(' and '), known: true };
  return { text: REFERENCE_SLOT, known: false };
}
