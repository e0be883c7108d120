// Stock phrases: the lint flags each one (and a deployment's own), and no built-in draft template,
// rendered for real from full and sparse applications, nor any draft the renderer mails, has one.
import { describe, expect, it } from 'vitest';
import {
  BANNED_PHRASES,
  createMailRenderer,
  lintDraft,
} from '../../../functions/core/mail/index.ts';
import { sampleViews } from '../../../functions/core/mail/samples.ts';
import { loadTemplates, TEMPLATE_SPECS } from '../../../functions/core/mail/templates.ts';
import type { Milestone } from '../../../functions/core/model.ts';
import { applicationFixture, contextFixture, interviewFixture } from './fixtures.ts';

const stockCheck = (text: string, stockPhrases?: string[]) =>
  lintDraft('thank-you', text, [], { stockPhrases }).checks.find(
    (check) => check.rule === 'banned-phrase',
  );

/** A sentence as a person would type it: capitals and a curly apostrophe. */
function typed(phrase: string): string {
  const capital = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return `Hi Dana,\n\n${capital.replace(/'/g, '\u2019')}. Thank you for your time.`;
}

describe('the stock-phrase lint', () => {
  it.each(BANNED_PHRASES.map((phrase) => [phrase]))('flags "%s"', (phrase) => {
    const check = stockCheck(typed(phrase));
    expect(check?.passed).toBe(false);
    expect(check?.message).toContain(`"${phrase}"`);
  });

  it('flags the lines the issue quotes, across a line break', () => {
    const text =
      "Hi Dana,\n\nI hope your week is going well. Our talk made me keen, and I'm confident my\nexperience would let me contribute quickly. Thank you.";
    expect(stockCheck(text)?.passed).toBe(false);
  });

  it('takes a deployment’s own phrases, written any way', () => {
    const text = typed('i am passionate about synergy');
    expect(stockCheck(text)?.passed).toBe(true);
    expect(stockCheck(text, ['  I am  PASSIONATE about ']))?.toMatchObject({ passed: false });
  });

  it('passes specific wording', () => {
    expect(
      stockCheck('Hi Dana,\n\nThank you for walking me through the ingestion pipeline.')?.passed,
    ).toBe(true);
  });
});

describe('built-in drafts', () => {
  const drafts = Object.keys(TEMPLATE_SPECS).filter((name) => name.startsWith('drafts/'));

  it('no draft template, rendered from full and sparse applications, has a stock phrase', async () => {
    const samples = sampleViews();
    const templates = await loadTemplates({ samples: () => samples });
    expect(drafts.length).toBeGreaterThanOrEqual(8);
    for (const name of drafts) {
      const views = samples[name as keyof typeof samples];
      expect(views.length, name).toBeGreaterThan(0);
      for (const view of views) {
        const text = await templates.render(name as keyof typeof samples, view);
        const check = stockCheck(text);
        expect(check?.passed, `${name}: ${check?.message}`).toBe(true);
      }
    }
  });

  it('the drafts the renderer mails pass the stock-phrase check', async () => {
    const renderer = createMailRenderer({});
    const application = applicationFixture();
    const kinds: Milestone['kind'][] = ['thank-you', 'follow-up-1', 'follow-up-2'];
    for (const kind of kinds) {
      const milestone = application.milestones.find((entry) => entry.kind === kind);
      if (!milestone) throw new Error(`no ${kind} in the fixture`);
      const mail = await renderer.draft({
        application,
        milestone,
        interview: interviewFixture(),
        context: contextFixture(),
      });
      expect(mail.text, kind).toContain('No stock phrases');
      expect(mail.text, kind).not.toMatch(/Rephrase "/);
    }
  });
});

describe('a deployment’s own stock phrases', () => {
  it('are read from FOLLOWUP_STOCK_PHRASES, one per line, and flagged in the drafts mailed', async () => {
    const { readConfig } = await import('../../../functions/config.ts');
    const env = {
      FOLLOWUP_ALLOWED_SENDERS: 'alex@example.net',
      FOLLOWUP_INTAKE_ADDRESS: 'interviews@followup.example.com',
      FOLLOWUP_REPLY_SECRET: 'x'.repeat(32),
      FOLLOWUP_TABLE_NAME: 't',
      FOLLOWUP_RAW_MAIL_BUCKET: 'b',
      FOLLOWUP_MILESTONE_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:111111111111:function:m',
      FOLLOWUP_SCHEDULER_ROLE_ARN: 'arn:aws:iam::111111111111:role/s',
      FOLLOWUP_STOCK_PHRASES: 'thank you for taking the time\n\n  Best regards \n',
    };
    const config = readConfig(env);
    expect(config.stockPhrases).toEqual(['thank you for taking the time', 'Best regards']);
    const renderer = createMailRenderer({
      stockPhrases: config.stockPhrases,
    });
    const application = applicationFixture();
    const milestone = application.milestones.find((entry) => entry.kind === 'thank-you');
    if (!milestone) throw new Error('no thank-you in the fixture');
    const mail = await renderer.draft({
      application,
      milestone,
      interview: interviewFixture(),
      context: contextFixture(),
    });
    expect(mail.text).toContain('Rephrase "thank you for taking the time", "best regards"');
  });
});
