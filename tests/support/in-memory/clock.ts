// Test support -> in-memory Clock: stands still until a test sets or advances it, so a use-case
// test reads the same "now" on every call (the local stack's clock is real time plus an offset).
import type { Clock } from '../../../functions/core/ports.ts';

export interface SettableClock extends Clock {
  set(to: Date): void;
  advance(ms: number): void;
}

export function createSettableClock(start = new Date()): SettableClock {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (to) => {
      now = to.getTime();
    },
    advance: (ms) => {
      if (ms < 0) throw new RangeError('the clock only moves forward with advance');
      now += ms;
    },
  };
}
