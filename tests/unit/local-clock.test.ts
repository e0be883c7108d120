import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offsetClock } from '../../functions/adapters/clock.ts';
import { createLocalClock, parseDuration } from '../../local/clock.ts';

describe('local clock', () => {
  it('is shared through its file: a second reader sees every move', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'followup-clock-')), 'clock.json');
    const clock = createLocalClock(file);
    const reader = offsetClock(file);
    expect(Math.abs(reader.now().getTime() - Date.now())).toBeLessThan(1000);
    clock.set(new Date('2030-01-01T00:00:00Z'));
    expect(Math.abs(reader.now().getTime() - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(
      1000,
    );
    clock.advance(parseDuration('36h'));
    expect(Math.abs(reader.now().getTime() - Date.parse('2030-01-02T12:00:00Z'))).toBeLessThan(
      1000,
    );
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it.each([
    ['36h', 36 * 3_600_000],
    ['3d', 3 * 86_400_000],
    ['1d12h', 36 * 3_600_000],
    ['90m', 90 * 60_000],
    ['2w', 14 * 86_400_000],
    ['1.5h', 90 * 60_000],
  ])('parses %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '3', 'tomorrow', '3 days', '-1d', '1y'])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow(RangeError);
  });
});
