// When the employer says it will decide: a date, a span after the interview, or a calendar week
// as European mail writes it ("KW 46"), read against the interview's own day.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { findDecisionDate } from '../../../functions/core/understand/details.ts';

// Thursday 4 November 2027, in Stuttgart.
const interviewDay = DateTime.fromISO('2027-11-04T09:00:00', { zone: 'Europe/Berlin' });
const options = { interviewDay, reference: new Date('2027-10-20T10:00:00Z'), referenceOffset: 120 };

describe('findDecisionDate', () => {
  it.each([
    ['You will hear from us within two weeks of your visit.', '2027-11-18'],
    [
      'You will receive our feedback at the latest by Friday of calendar week 46 (KW 46).',
      '2027-11-19',
    ],
    ['We aim to decide by the end of CW 47.', '2027-11-26'],
    ['Feedback follows in KW 48.', '2027-12-03'],
    ['We will let you know by Wednesday of CW 46.', '2027-11-17'],
    ['We anticipate finalising this recruitment by Friday 19 November 2027.', '2027-11-19'],
    ["They're hoping to have an offer out by Friday, November 19.", '2027-11-19'],
    ["We're aiming to confirm next steps with everyone by Friday 19th November.", '2027-11-19'],
    ['The panel expects to make a selection by November 19, 2027.', '2027-11-19'],
    ['We hope to reach a final appointment before Friday 19 November.', '2027-11-19'],
    ['We hope to close the position by 19 November.', '2027-11-19'],
    ["We're hoping to make an offer by November 19, so the timing works well.", '2027-11-19'],
    ['The firm aims to fill this role no later than Friday 19 November.', '2027-11-19'],
    // The interview's week, named again.
    ['We expect to reach a decision by the end of that week.', '2027-11-05'],
    ['You will hear from us by the end of the same week.', '2027-11-05'],
    // Or the week the sentence named before it, when that comes later.
    [
      'Second interviews are on Tuesday 16 November, and we will decide by the end of that week.',
      '2027-11-19',
    ],
    [
      'We meet the last applicants until 25 November; a decision follows by the end of that week.',
      '2027-11-26',
    ],
  ])('%j -> %s', (text, day) => {
    expect(findDecisionDate(text, options)).toBe(day);
  });

  it('reads a dotted date day first, where the mail is read so, and not its weekday alone', () => {
    const text = 'We aim to let you know our decision by Friday, 12.11.2027.';
    expect(findDecisionDate(text, { ...options, dayFirst: true })).toBe('2027-11-12');
  });

  it("takes a week number well past as next year's", () => {
    expect(findDecisionDate('We will let you know in calendar week 2.', options)).toBe(
      '2028-01-14',
    );
  });

  it("reads a bare week number as the process's, not the calendar's", () => {
    const text = 'We will decide by the end of week 2 of the assessment.';
    expect(findDecisionDate(text, options)).not.toBe('2028-01-14');
  });

  it('reads an answer promised to everyone interviewed, and no deadline set for the candidate', () => {
    expect(
      findDecisionDate(
        'We aim to get back to all candidates within five working days of their interview.',
        options,
      ),
    ).toBe('2027-11-11');
    expect(
      findDecisionDate(
        'We aim to get back to every finalist within a week of their visit.',
        options,
      ),
    ).toBe('2027-11-11');
    for (const text of [
      'If you have any questions, please reach out by Friday 29 October.',
      'Feel free to reach out before Friday 29 October with any access needs.',
    ])
      expect(findDecisionDate(text, options), text).toBeNull();
  });
});
