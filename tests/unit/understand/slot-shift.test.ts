// A move by an amount ("push it back by an hour") rather than to a clock time.
import { describe, expect, it } from 'vitest';
import { slotShiftMinutes } from '../../../functions/core/understand/slot-shift.ts';

describe('slotShiftMinutes', () => {
  it.each([
    ['To fit his calendar we need to push your interview back by an hour, same day.', 60],
    ['Could we start 30 minutes later on Thursday?', 30],
    ['We have had to bring it forward by half an hour.', -30],
    ['Can we move the call an hour earlier?', -60],
    ['I have shifted us back 2 hours, same link.', 120],
  ])('%j -> %i', (text, minutes) => {
    expect(slotShiftMinutes(text)).toBe(minutes);
  });

  it.each([
    'The interview will last an hour.',
    'Please arrive 15 minutes early.',
    'We will move forward with your application.',
    'Start time: 10:00, breaks of 15 minutes later in the day',
  ])('no shift in %j', (text) => {
    expect(slotShiftMinutes(text)).toBeNull();
  });
});
