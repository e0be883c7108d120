// Whatever arrives, the reader answers: any bytes, mangled MIME or a named hostile shape give a
// well-formed reading (or a clear `unknown`), never an exception nor a hang.
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../functions/core/reading.ts';
import {
  parseCommand,
  resolveCorrectedTime,
  understandMessage,
} from '../../../functions/core/understand/index.ts';
import { HOSTILE_SHAPES, mangle, mutation, seedMessages } from '../../fuzz/hostile-mail.ts';

const KINDS = ['interview', 'reschedule', 'cancellation', 'employer-reply', 'command', 'unknown'];
const OPTIONS = { defaultTimezone: 'America/New_York' };

function assertWellFormed(reading: Reading): void {
  expect(KINDS).toContain(reading.kind);
  const interview = reading.interview;
  if (reading.kind === 'command') expect(reading.command?.verb).toMatch(/^[a-z-]+$/);
  if (reading.kind === 'employer-reply') expect(reading.reply?.class).toBeTruthy();
  if (!interview) return;
  expect(Array.isArray(interview.interviewers)).toBe(true);
  if (interview.start === null) {
    expect(interview.end).toBeNull();
    return;
  }
  const start = DateTime.fromISO(interview.start, { setZone: true });
  expect(start.isValid).toBe(true);
  expect(interview.start).toMatch(/[+-]\d{2}:\d{2}$/);
  expect(interview.timezone && IANAZone.isValidZone(interview.timezone)).toBe(true);
  if (interview.end)
    expect(DateTime.fromISO(interview.end).toMillis()).toBeGreaterThan(start.toMillis());
}

async function readBounded(raw: Uint8Array | string): Promise<Reading> {
  // Time and memory per message are measured by `npm run fuzz`, not asserted on a busy machine;
  // a hang fails here by the test's timeout.
  const { reading, envelope } = await understandMessage(raw, OPTIONS);
  expect(Array.isArray(envelope.references)).toBe(true);
  assertWellFormed(reading);
  return reading;
}

const fixtures = seedMessages();

describe('the reader never breaks', () => {
  it('reads any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        await readBounded(bytes);
      }),
      { numRuns: 150 },
    );
  });

  it('reads any text, including header-like and date-like noise', async () => {
    const token = fc.constantFrom(
      'From: ',
      'Subject: Fwd: ',
      '\n\n',
      '---------- Forwarded message ---------\n',
      'Begin forwarded message:\n',
      '> ',
      'On Mon, Mar 9, 2026 at 9:00 AM X <x@y.z> wrote:\n',
      'Monday, March 9',
      ' at 10:00 AM ',
      'ET',
      'CET',
      '(GMT+5:30)',
      ' - ',
      'interview',
      'Dana Lee <dana@acme.example>',
      'stop',
      '<div style="display:none">',
      '</div>',
      '&nbsp;',
      'BEGIN:VCALENDAR',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(token, fc.string({ maxLength: 20 })), { maxLength: 80 }),
        async (parts) => {
          const text = parts.join('');
          await readBounded(text);
          expect(() => parseCommand(text)).not.toThrow();
          expect(() =>
            resolveCorrectedTime(text, { reference: new Date(), defaultTimezone: 'UTC' }),
          ).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads mangled versions of every fixture', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixtures.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (index, ops) => {
          await readBounded(mangle(fixtures[index] ?? new Uint8Array(), ops));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays fast on pathological input', async () => {
    const cases = [
      `Subject: x\n\n1${' '.repeat(200_000)}x`,
      `Subject: x\n\n${'We will meet with John Smith for the interview call. '.repeat(4000)}`,
      `Subject: Fwd: x\n\n${'Monday, March 9 at 10am ET, Tuesday 3pm PT. '.repeat(3000)}`,
      `Subject: x\n\n${'From: a <a@b.c>\nSent: x\n'.repeat(5000)}`,
      `Content-Type: text/html\n\n${'<div style="display:none">'.repeat(20_000)}`,
      `Subject: x\n\n${'On Mon '.repeat(30_000)}`,
      // A long line over one of times and runs of spaces: a line a wrapped sentence may run into.
      `Subject: x\n\n${`${'Interview with '.repeat(5)}Dana\n1-1${`${' '.repeat(22)}1`.repeat(6)} x\n`.repeat(40)}`,
      `Content-Type: multipart/mixed; boundary=a\n\n${'--a\nContent-Type: multipart/mixed; boundary=a\n\n'.repeat(2000)}`,
    ];
    for (const raw of cases) await readBounded(raw);
  });

  // The named hostile shapes (issue 14's list) that fit a unit run; `npm run fuzz` reads all.
  it.each(HOSTILE_SHAPES.filter((shape) => !shape.heavy).map((shape) => [shape.name, shape]))(
    'reads %s',
    async (_, shape) => {
      await readBounded(shape.build());
    },
  );

  it('tells unreadable input apart: an empty message is unknown', async () => {
    expect((await readBounded('')).kind).toBe('unknown');
    expect((await readBounded(new Uint8Array([0, 255, 0, 255]))).kind).toBe('unknown');
  });

  it('survives a bad default zone', async () => {
    const { reading } = await understandMessage(fixtures[0] ?? '', {
      defaultTimezone: 'Not/AZone',
    });
    assertWellFormed(reading);
  });
});
