// The day a snooze names in words, in the user's zone, and durations written with number words.
import { describe, expect, it } from 'vitest';
import { namedDay, withDigits } from '../../../functions/core/understand/named-day.ts';

/** Tue 1 Dec 2026, 11:00 in New York; already Wed 2 Dec, 01:00, in Tokyo. */
const REFERENCE = new Date('2026-12-01T16:00:00Z');

describe('namedDay', () => {
  it.each([
    ['Monday', 'America/New_York', '2026-12-07'],
    ['friday', 'America/New_York', '2026-12-04'],
    ['Dec 14', 'America/New_York', '2026-12-14'],
    ['December 14th', 'Europe/Berlin', '2026-12-14'],
    ['tomorrow', 'America/New_York', '2026-12-02'],
    ['tomorrow', 'Asia/Tokyo', '2026-12-03'],
    ['January 5', 'America/New_York', '2027-01-05'],
  ])('%j in %s -> %s', (text, zone, day) => {
    expect(namedDay(text, REFERENCE, zone)).toBe(day);
  });

  it.each(['soon', 'whenever', '', 'x'.repeat(500)])('names no day: %j', (text) => {
    expect(namedDay(text, REFERENCE, 'America/New_York')).toBeNull();
  });
});

describe('withDigits', () => {
  it.each([
    ['a week', '1 week'],
    ['two days', '2 days'],
    ['a couple of weeks', '2 weeks'],
    ['ten business days', '10 business days'],
    ['a few days', 'a few days'],
    ['an apple', 'an apple'],
    ['3d', '3d'],
  ])('%j -> %j', (text, expected) => {
    expect(withDigits(text)).toBe(expected);
  });
});
