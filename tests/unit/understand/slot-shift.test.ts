// A move by an amount ("push it back by an hour") rather than to a clock time.
import { describe, expect, it } from 'vitest';
import { slotShift } from '../../../functions/core/understand/slot-shift.ts';

describe('slotShift', () => {
  it.each([
    ['To fit his calendar we need to push your interview back by an hour, same day.', 60],
    ['Could we start 30 minutes later on Thursday?', 30],
    ['We have had to bring it forward by half an hour.', -30],
    ['Can we move the call an hour earlier?', -60],
    ['I have shifted us back 2 hours, same link.', 120],
  ])('%j -> %i', (text, minutes) => {
    expect(slotShift(text)?.minutes).toBe(minutes);
  });

  it.each([
    ['Your interview has been postponed by a week.', 7],
    ['We need to bring the interview forward by two days.', -2],
    ['Could we push it back a fortnight?', 14],
  ])('%j -> %i days', (text, days) => {
    expect(slotShift(text)?.days).toBe(days);
  });

  it.each([
    'We may need to push your interview back by 30 minutes.',
    'Could we start 30 minutes later on Thursday?',
    'Your interview might be delayed by an hour, depending on the panel.',
  ])('a move only possible or asked for is not sure: %j', (text) => {
    expect(slotShift(text)).toMatchObject({ plain: true, sure: false });
  });

  it('reads the move of a start named as its subject', () => {
    expect(
      slotShift('Please note that the start has been pushed back by 30 minutes.'),
    ).toMatchObject({ minutes: 30, sure: true });
  });

  it.each([
    'The interview will last an hour.',
    'Please arrive 15 minutes early.',
    'We will move forward with your application.',
    'Start time: 10:00, breaks of 15 minutes later in the day',
    'My train was delayed by 30 minutes.',
    'The start date has been pushed back by two weeks.',
    'The case study will start 20 minutes later.',
    'We will move on to questions an hour later.',
    'We need to push your interview back by a week and start 30 minutes later.',
  ])('no shift in %j', (text) => {
    expect(slotShift(text)).toBeNull();
  });
});
