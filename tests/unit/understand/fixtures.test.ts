// The project's own mail fixtures: one or more per input kind (clients, calendars, scheduling
// tools, replies, commands), above all time zones around the 2026 DST changes. Needs no ../shared.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { understandMessage } from '../../../functions/core/understand/index.ts';
import { checkReading, type ExpectedReading } from '../../../local/eval.ts';
import { fixturePath } from '../../support/fixtures.ts';

const folder = fixturePath('mail');
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.eml'))
  .sort();

describe('own mail fixtures', () => {
  it('cover every input kind the reader promises', () => {
    const kinds = new Set(
      files.map(
        (name) =>
          (
            JSON.parse(
              readFileSync(`${folder}/${name.replace(/\.eml$/, '.json')}`, 'utf8'),
            ) as ExpectedReading
          ).kind,
      ),
    );
    expect([...kinds].sort()).toEqual([
      'cancellation',
      'command',
      'employer-reply',
      'interview',
      'reschedule',
      // mail that is no interview (a webinar) opens nothing
      'unknown',
    ]);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s reads as expected', async (name) => {
    const raw = readFileSync(`${folder}/${name}`);
    const expected = JSON.parse(
      readFileSync(`${folder}/${name.replace(/\.eml$/, '.json')}`, 'utf8'),
    ) as ExpectedReading;
    // Mail that names its zone reads the same for a user anywhere; only the few fixtures that
    // name none state the user's zone they were read for.
    const zones = expected.defaultTimezone
      ? [expected.defaultTimezone]
      : ['America/New_York', 'Asia/Tokyo'];
    for (const defaultTimezone of zones) {
      const { reading } = await understandMessage(raw, { defaultTimezone });
      for (const check of checkReading(expected, reading)) {
        const got = JSON.stringify(check.actual);
        const message = `${check.field} (user in ${defaultTimezone}): expected ${JSON.stringify(check.expected)}, got ${got}`;
        expect(check.correct, message).toBe(true);
      }
      if (reading.interview && !reading.interview.start) {
        expect(reading.missing?.some((field) => field.endsWith('time'))).toBe(true);
      }
    }
  });
});
