// Reader -> a move by an amount rather than to a time: "we need to push your interview back by an
// hour", "could we start 30 minutes earlier?", "bring it forward by half an hour". The new slot is
// the old one shifted, and no clock time is written for it.

const AMOUNT = String.raw`(an?|one|two|three|half an?|\d{1,3}(?:\.5)?)\s*(hours?|hrs?|minutes?|mins?)`;
const LATER = /^(?:back|later)$/i;
// Up to five plain words between the verb and the rest ("push your interview back"): never a
// label's colon or a clock time, so "Start time: 10:00, breaks of 15 minutes later" is none.
const WORDS = String.raw`(?:\s+[\p{L}'’]+){0,5}?`;
// "push … back by an hour", "move it forward 30 minutes": the direction, then the amount.
const DIRECTION_THEN_AMOUNT = new RegExp(
  String.raw`\b(?:push|pushed|pushing|move|moved|moving|shift|shifted|shifting|bump|bumped|bring|bringing|brought|start|starting)\b${WORDS}\s+(back|forward|later|earlier|up)(?:\s+by)?\s+${AMOUNT}\b`,
  'iu',
);
// "start 30 minutes later", "move it an hour earlier": the amount, then the direction.
const AMOUNT_THEN_DIRECTION = new RegExp(
  String.raw`\b(?:push|pushed|pushing|move|moved|moving|shift|shifted|shifting|bump|bumped|start|starting|begin|beginning)\b${WORDS}\s+(?:by\s+)?${AMOUNT}\s+(later|earlier)\b`,
  'iu',
);

function minutesOf(count: string, unit: string): number | null {
  const lower = count.toLowerCase();
  const n = /^half/.test(lower)
    ? 0.5
    : /^(?:an?|one)$/.test(lower)
      ? 1
      : lower === 'two'
        ? 2
        : lower === 'three'
          ? 3
          : Number(lower);
  if (!Number.isFinite(n) || n <= 0) return null;
  const minutes = /^h/i.test(unit) ? n * 60 : n;
  return minutes >= 5 && minutes <= 12 * 60 ? Math.round(minutes) : null;
}

// "Push it back by a week", "two days later": a move of days is to another day, which this
// reading does not place.
const DAYS_SHIFT =
  /\b(?:back|forward|later|earlier|by)\s+(?:by\s+)?(?:a|one|two|three|\d{1,2})\s+(?:days?|weeks?)\b|\b(?:a|one|two|three|\d{1,2})\s+(?:days?|weeks?)\s+(?:later|earlier)\b/i;

/**
 * Minutes the text moves the interview by (later is positive), or null when it names no shift,
 * or moves it by days too.
 */
export function slotShiftMinutes(text: string): number | null {
  const scan = text.slice(0, 20_000);
  if (DAYS_SHIFT.test(scan)) return null;
  const first = DIRECTION_THEN_AMOUNT.exec(scan);
  if (first) {
    const minutes = minutesOf(first[2] ?? '', first[3] ?? '');
    return minutes === null ? null : LATER.test(first[1] ?? '') ? minutes : -minutes;
  }
  const second = AMOUNT_THEN_DIRECTION.exec(scan);
  if (second) {
    const minutes = minutesOf(second[1] ?? '', second[2] ?? '');
    return minutes === null ? null : LATER.test(second[3] ?? '') ? minutes : -minutes;
  }
  return null;
}
