// Contract of a settable clock: the local stack's (real time plus a persisted offset, shared with
// the handlers through a file) and the in-memory one the use-case tests run on. Set, it reads the
// time set (the local one then runs on with real time); advanced, it moves by that much and
// never back. Run against both by clock.test.ts.
import { describe, expect, it } from 'vitest';
import type { SettableClock } from '../support/in-memory/clock.ts';

/** Real time a clock that runs on may have moved between two lines of a test. */
const DRIFT_MS = 5_000;

export function describeClockContract(name: string, make: () => SettableClock) {
  describe(`Clock contract: ${name}`, () => {
    it('reads the time it was set to, and moves by what it is advanced', () => {
      const clock = make();
      const set = new Date('2026-12-01T12:00:00Z');
      clock.set(set);
      const read = clock.now().getTime();
      expect(read - set.getTime()).toBeGreaterThanOrEqual(0);
      expect(read - set.getTime()).toBeLessThan(DRIFT_MS);
      clock.advance(3 * 86_400_000);
      const advanced = clock.now().getTime() - read;
      expect(advanced).toBeGreaterThanOrEqual(3 * 86_400_000);
      expect(advanced).toBeLessThan(3 * 86_400_000 + DRIFT_MS);
      // Set moves it anywhere, back too; advance only forward.
      clock.set(new Date('2026-11-01T00:00:00Z'));
      expect(clock.now().getTime()).toBeLessThan(set.getTime());
      expect(() => clock.advance(-1)).toThrow(RangeError);
    });
  });
}
