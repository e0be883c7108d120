import { describe, expect, it } from 'vitest';
import {
  boundedReading,
  MAX_ARGUMENT_CHARS,
  MAX_FIELD_CHARS,
  withinPlanningRange,
} from '../../functions/core/bounds.ts';
import { emptyInterviewReading } from '../../functions/core/reading.ts';

const now = new Date('2026-12-01T12:00:00Z');

describe('withinPlanningRange', () => {
  it.each([
    ['2025-01-01T00:00:00Z', true],
    ['2024-12-31T23:59:59Z', false],
    ['2028-12-31T23:59:59-05:00', false],
    ['2028-12-31T18:59:59-05:00', true],
    ['9999-12-10T14:00:00-05:00', false],
    ['not a date', false],
  ])('%s: %s', (iso, expected) => {
    expect(withinPlanningRange(iso, now)).toBe(expected);
  });
});

describe('boundedReading', () => {
  it('reads a start out of range as a time not given, and asks for it', () => {
    const interview = {
      ...emptyInterviewReading(),
      company: 'Harborview Labs',
      start: '2150-12-10T14:00:00-05:00',
      end: '2150-12-10T14:45:00-05:00',
    };
    const bounded = boundedReading({ kind: 'interview', interview, missing: [] }, now);
    expect(bounded.interview).toMatchObject({ company: 'Harborview Labs', start: null, end: null });
    expect(bounded.missing).toEqual(['interview time']);
  });

  it('keeps a reading within bounds as it is', () => {
    const interview = { ...emptyInterviewReading(), start: '2026-12-10T14:00:00-05:00' };
    const reading = { kind: 'interview' as const, interview };
    expect(boundedReading(reading, now)).toEqual(reading);
  });

  it('clips overlong text and people', () => {
    const long = 'x'.repeat(100_000);
    const interview = {
      ...emptyInterviewReading(),
      company: long,
      role: long,
      interviewers: Array.from({ length: 500 }, () => ({ name: long, email: null })),
    };
    const bounded = boundedReading(
      { kind: 'interview', interview, command: { verb: 'notes', arg: long } },
      now,
    );
    expect(bounded.interview?.company).toHaveLength(MAX_FIELD_CHARS);
    expect(bounded.interview?.role).toHaveLength(MAX_FIELD_CHARS);
    expect(bounded.interview?.interviewers).toHaveLength(20);
    expect(bounded.interview?.interviewers[0]?.name).toHaveLength(MAX_FIELD_CHARS);
    expect(bounded.command?.arg).toHaveLength(MAX_ARGUMENT_CHARS);
  });
});
