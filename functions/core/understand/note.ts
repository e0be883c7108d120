// Reader -> the forwarder's note: what the user wrote above a forward ("FYI it's actually 3:30 PM
// ET", "noon my time I think") is a second witness of the interview time. Agreeing, it confirms
// the time read from the original; correcting, it wins; contradicting, the reader asks.
import { DateTime } from 'luxon';
import { likelyHour, mentionsIn, type WhenOptions } from './when.ts';
import { placeWallTime, toIsoWithOffset } from './zones.ts';

export interface NoteVerdict {
  /** The note confirms the original's time, corrects it, contradicts it, or says nothing. */
  verdict: 'confirms' | 'corrects' | 'contradicts' | 'silent';
  /** With `corrects`: the time the note gives, ISO with offset, in `timezone`. */
  start?: string;
  timezone?: string;
}

// Words with which people correct what they forward.
const CORRECTION =
  /\b(?:actually|typo|mistake|wrong|correct(?:ion|ed)?|changed?|moved|instead|rescheduled|updated?|new time|now at|not at)\b/i;

interface NoteTime {
  index: number;
  zone: string;
  hour: number;
  minute: number;
  /** The day, when the note gives one (resolved from a weekday when only that is written). */
  day: { year: number; month: number; day: number } | null;
  /** "Tuesday at 6pm": only the weekday is written, so only the weekday can agree. */
  weekday: number | null;
}

function timesOf(note: string, userZone: string, reference: Date): NoteTime[] {
  // In the user's own note, "my time" and "for me" are the user's zone.
  const options: WhenOptions = {
    reference,
    referenceZone: userZone,
    statedZone: null,
    defaultTimezone: userZone,
    context: note,
    durationMinutes: null,
    writerZone: userZone,
    readerZone: null,
  };
  return mentionsIn(note.slice(0, 2_000), options)
    .filter((mention) => mention.hasTime && mention.time)
    .map((mention) => {
      const time = likelyHour(mention.time ?? { hour: 0, minute: 0 }, !mention.meridiemCertain);
      return {
        index: mention.index,
        zone: mention.zone?.zone ?? userZone,
        ...time,
        day: mention.hasDate ? mention.date : null,
        weekday: mention.hasDate && !mention.dayCertain ? mention.weekday : null,
      };
    });
}

function sameTime(time: NoteTime, start: DateTime): boolean {
  const there = start.setZone(time.zone);
  if (there.hour !== time.hour || there.minute !== time.minute) return false;
  // chrono numbers weekdays 0 (Sunday) .. 6; luxon 1 (Monday) .. 7.
  if (time.weekday !== null) return there.weekday % 7 === time.weekday;
  return !time.day || (there.day === time.day.day && there.month === time.day.month);
}

/**
 * Weighs the user's note against the start read from the original (null when none was read).
 * `reference` is when the note was written, for its relative days.
 */
export function weighNote(
  note: string,
  start: string | null,
  options: { userZone: string; reference: Date },
): NoteVerdict {
  if (!note.trim()) return { verdict: 'silent' };
  const all = timesOf(note, options.userZone, options.reference);
  // "the 2:00 was a typo, it's actually 3:30": after a correction word come the note's own times.
  const cue = CORRECTION.exec(note);
  const after = cue ? all.filter((t) => t.index > (cue.index ?? 0)) : [];
  const times = after.length > 0 ? after : all;
  if (times.length === 0) return { verdict: 'silent' };
  const original = start ? DateTime.fromISO(start, { setZone: true }) : null;
  const agrees = (t: NoteTime) => original?.isValid === true && sameTime(t, original);
  if (cue ? times[0] && agrees(times[0]) : times.some(agrees)) return { verdict: 'confirms' };
  const corrected = cue !== null || !original;
  // A correction gives its own day, or keeps the original's day in the note's zone.
  const time = times.find((t) => t.day) ?? times[0];
  const day = time?.day ?? (original?.isValid ? original.setZone(time?.zone ?? 'UTC') : null);
  if (!corrected || !time || !day) return { verdict: original ? 'contradicts' : 'silent' };
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
