// The draft linter: each etiquette rule from the seed articles, on drafts a person might write.
import { describe, expect, it } from 'vitest';
import { countWords, type LintRule, lintDraft } from '../../../functions/core/mail/index.ts';

const GOOD_THANK_YOU = `Hi Dana,

Thank you for taking the time to speak with me on Tuesday about the Staff Engineer role at Acme. I especially enjoyed discussing your Kafka migration.

Please let me know if I can share anything else. I look forward to hearing about next steps.

Best regards,
Sam`;

function failing(kind: Parameters<typeof lintDraft>[0], text: string, notes: string[] = []) {
  return lintDraft(kind, text, notes)
    .checks.filter((check) => !check.passed)
    .map((check) => check.rule);
}

describe('lintDraft', () => {
  it('passes a concise, grateful thank-you with a call to action', () => {
    const result = lintDraft('thank-you', GOOD_THANK_YOU, []);
    expect(result.ok).toBe(true);
    expect(result.checks.map((check) => check.rule)).toEqual<LintRule[]>([
      'length',
      'gratitude',
      'call-to-action',
      'salary',
      'banned-phrase',
      'unfilled-slot',
    ]);
    expect(result.checks.every((check) => check.passed)).toBe(true);
  });

  it('counts words, not punctuation or spacing', () => {
    expect(countWords('Hi Dana,\n\n — thank you!  ')).toBe(4);
    expect(countWords("I'm glad: O'Brien, Zoë & co.")).toBe(5);
  });

  it('limits thank-you notes to 150 words and follow-ups to 120', () => {
    const filler = (words: number) => Array.from({ length: words }, () => 'word').join(' ');
    const thankYou = (extra: number) => `${GOOD_THANK_YOU}\n${filler(extra)}`;
    const base = countWords(GOOD_THANK_YOU);
    expect(failing('thank-you', thankYou(150 - base))).toEqual([]);
    expect(failing('thank-you', thankYou(151 - base))).toEqual(['length']);
    expect(failing('follow-up-1', thankYou(120 - base))).toEqual([]);
    expect(failing('follow-up-2', thankYou(121 - base))).toEqual(['length']);
    expect(lintDraft('follow-up-1', thankYou(121 - base), []).checks[0]?.message).toBe(
      '121 words (follow-ups: at most 120)',
    );
  });

  it('flags salary and benefits talk unless the notes say the interviewer raised it', () => {
    const text = `${GOOD_THANK_YOU}\nI would also love to hear more about the salary range.`;
    expect(failing('thank-you', text)).toEqual(['salary']);
    expect(lintDraft('thank-you', text, []).ok).toBe(false);
    expect(failing('thank-you', text, ['Dana brought up the salary band'])).toEqual([]);
    expect(failing('thank-you', `${GOOD_THANK_YOU}\nIs the benefits package flexible?`)).toEqual([
      'salary',
    ]);
    expect(failing('thank-you', `${GOOD_THANK_YOU}\nAnd the $180k base?`)).toEqual(['salary']);
    // "benefit" the verb is not benefits talk.
    expect(failing('thank-you', `${GOOD_THANK_YOU}\nMy work would benefit the team.`)).toEqual([]);
  });

  it('does not mistake a company or role name for salary talk or a stock phrase', () => {
    const text = GOOD_THANK_YOU.replace('Staff Engineer', 'Compensation Analyst').replace(
      'Acme',
      'Touching Base Labs',
    );
    expect(failing('thank-you', text)).toEqual(['salary', 'banned-phrase']);
    expect(
      lintDraft('thank-you', text, [], { ignore: ['Compensation Analyst', 'Touching Base Labs'] })
        .ok,
    ).toBe(true);
  });

  it('requires gratitude', () => {
    const text = GOOD_THANK_YOU.replace('Thank you for taking', 'I enjoyed taking');
    expect(failing('thank-you', text)).toEqual(['gratitude']);
  });

  it('requires a call to action fitting the draft', () => {
    const noAsk = GOOD_THANK_YOU.replace(
      'Please let me know if I can share anything else. I look forward to hearing about next steps.',
      'It was a pleasure.',
    );
    expect(failing('thank-you', noAsk)).toEqual(['call-to-action']);
    expect(
      failing(
        'rejection-reply',
        'Hi Dana,\n\nThank you for letting me know. Please keep me in mind for future roles.',
      ),
    ).toEqual([]);
    expect(
      failing('rejection-reply', 'Hi Dana,\n\nThank you for letting me know. Good luck.'),
    ).toEqual(['call-to-action']);
  });

  it('flags banned phrases, whatever their case or spacing', () => {
    for (const phrase of ['Just checking in', 'touching  base', 'Per my last email']) {
      const text = `${GOOD_THANK_YOU}\n${phrase} on the role.`;
      expect(failing('follow-up-1', text)).toEqual(['banned-phrase']);
    }
  });

  it('reminds about unfilled slots without failing the hard rules', () => {
    const text = GOOD_THANK_YOU.replace(
      'discussing your Kafka migration',
      '[mention something you discussed]',
    );
    const result = lintDraft('thank-you', text, []);
    expect(result.ok).toBe(true);
    expect(failing('thank-you', text)).toEqual(['unfilled-slot']);
    expect(result.checks.at(-1)?.message).toBe(
      'Fill in or delete [mention something you discussed] before sending',
    );
    expect(failing('thank-you', `${GOOD_THANK_YOU} [sic]`)).toEqual([]);
  });

  it('judges LinkedIn messages by characters (at most 300)', () => {
    const short =
      'Hi Dana, thank you for speaking with me about the role. Looking forward to next steps!';
    expect(failing('linkedin', short)).toEqual([]);
    expect(failing('linkedin', `${short} ${'x'.repeat(300 - short.length)}`)).toEqual(['length']);
    expect(failing('linkedin', `${short}${'x'.repeat(300 - short.length)}`)).toEqual([]);
  });
});
