// Reader -> the day a snooze names in words ("until Monday", "Dec 14", "next week"), as a
// calendar date in the user's zone: the planner places it at the follow-up hour of that day.
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';

/** Number words people write a snooze with: "a week", "two days". */
const NUMBER_WORDS: Record<string, string> = {
  a: '1',
  an: '1',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  'a couple of': '2',
};

/** "a week" -> "1 week", "two days" -> "2 days"; anything else as it was. */
export function withDigits(text: string): string {
  return text.replace(
    /^(a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?=(?:business\s+)?(?:days?|weeks?|hours?)\b)/i,
    (word: string) => `${NUMBER_WORDS[word.trim().toLowerCase()] ?? word} `,
  );
}

/**
 * The first day `text` names on or after `reference` ("Monday" is the next one), as YYYY-MM-DD
 * in `zone`; null when it names none.
 */
export function namedDay(text: string, reference: Date, zone: string): string | null {
  const now = DateTime.fromJSDate(reference, { zone });
  if (!now.isValid || text.length > 100) return null;
  const [found] = chrono.parse(
    text,
    { instant: reference, timezone: now.offset },
    { forwardDate: true },
  );
  if (!found) return null;
  const day = DateTime.fromObject(
    {
      year: found.start.get('year') ?? now.year,
      month: found.start.get('month') ?? now.month,
      day: found.start.get('day') ?? now.day,
    },
    { zone },
  );
  return day.isValid ? day.toISODate() : null;
}
