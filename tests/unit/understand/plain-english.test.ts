// Ordinary English that the reader's rules for other shapes must leave alone: each line below once
// broke a rule written for something else (an hour in another language, a rejection, a move, a
// practice interview, a later round). Read as a forward, as users send it.
import { describe, expect, it } from 'vitest';
import { understandMessage } from '../../../functions/core/understand/index.ts';

function forward(sentence: string, subject = 'Interview - Data Analyst'): Buffer {
  return Buffer.from(
    [
      'From: Priya Nair <priya.n@example.org>',
      'To: interviews@followup.example.com',
      'Date: Thu, 18 Jun 2026 11:20:45 -0500',
      `Subject: Fwd: ${subject}`,
      'Content-Type: text/plain; charset=UTF-8',
      '',
      '---------- Forwarded message ---------',
      'From: Nadia Brooks <nadia.brooks@quillfeather.example>',
      'Date: Thu, Jun 18, 2026 at 10:58 AM',
      `Subject: ${subject}`,
      'To: Priya Nair <priya.n@example.org>',
      '',
      'Hi Priya,',
      '',
      sentence,
      '',
      'Nadia Brooks',
      'Talent Acquisition, Quillfeather Insurance',
      '',
    ].join('\r\n'),
  );
}

const read = async (sentence: string, subject?: string) =>
  (await understandMessage(forward(sentence, subject), { defaultTimezone: 'America/Chicago' }))
    .reading;

describe('plain English the reader leaves alone', () => {
  it.each([
    'Your interview with Marcus Ellwood is on June 24. It lasts 1h30; the exact start time will follow.',
    'Your interview with Marcus Ellwood is on June 24; we have you booked as 2h of pairing.',
  ])('states no start from a length: %j', async (sentence) => {
    const reading = await read(sentence);
    expect(reading.interview?.start ?? null).toBeNull();
  });

  it('reads a confirmation that drops a test as a confirmation, not a rejection', async () => {
    const reading = await read(
      'Your interview is confirmed for June 24 at 1:00 PM CT with Marcus Ellwood. We decided not to continue with the written test, so no preparation is needed.',
    );
    expect(reading.kind).toBe('interview');
  });

  it('reads a cancellation that mentions a prior meeting as a cancellation', async () => {
    const reading = await read(
      'Marcus has been pulled into a prior meeting, so we have to cancel your interview on June 24 at 1 PM CT. I am sorry.',
    );
    expect(reading.kind).toBe('cancellation');
  });

  it('reads a move that asks for a keyword reply as a move', async () => {
    const reading = await read(
      'Your interview has been moved to June 24 at 1:00 PM CT - reply YES to confirm.',
    );
    expect(reading.kind).toBe('reschedule');
  });

  it.each([
    ["I had to cancel Monday's standup so we can keep your interview at 2pm Tuesday.", 'interview'],
    [
      'We have decided to continue with another round: a case study interview on Friday at 2pm.',
      'interview',
    ],
    [
      'Could we move it to Zoom instead? Still Friday, June 26 at 2pm for the interview.',
      'interview',
    ],
  ])(
    'a new phrase for a move, a cancellation or a rejection leaves this alone: %j',
    async (sentence, kind) => {
      expect((await read(sentence)).kind).toBe(kind);
    },
  );

  it.each([
    ['Could we move it to Friday at 2pm instead? Same length, same room.', 'reschedule'],
    ['Could we do 3:00 PM this Friday instead? The interview is 30 minutes.', 'reschedule'],
    // Another format at the same time moves nothing.
    ['Your interview is on June 24 at 1:00 PM CT. Could we do a video call instead?', 'interview'],
  ])('reads a move proposed as a question by its time: %j', async (sentence, kind) => {
    expect((await read(sentence)).kind).toBe(kind);
  });

  it.each([
    ['Immigration Officer interview confirmation', 'Immigration Officer'],
    ['Practice Manager interview - Lakeside Dental', 'Practice Manager'],
  ])('reads an interview for a job called %j', async (subject) => {
    const reading = await read(
      'Your interview is confirmed for June 24 at 1:00 PM CT with Marcus Ellwood.',
      subject,
    );
    expect(reading.kind).toBe('interview');
  });

  it.each([
    'The final round will be with Marcus Ellwood and Dana Okafor on June 24 at 1:00 PM CT.',
    "You'll meet with Marcus Ellwood on June 24 at 1:00 PM CT, and then a short coding exercise with Dana Okafor.",
  ])('keeps the people of this round: %j', async (sentence) => {
    const reading = await read(sentence);
    expect(reading.interview?.interviewers.map((person) => person.name)).toContain(
      'Marcus Ellwood',
    );
  });

  it('reads a video interview with a Mr Hall as a video interview', async () => {
    const reading = await read(
      'Your interview with Jordan Hall is confirmed for June 24 at 1:00 PM CT on Zoom.',
    );
    expect(reading.interview?.format).toBe('video');
  });
});
