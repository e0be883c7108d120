// User template overrides: each file is validated at load; a bad one is rejected with a reason and
// the built-in template is used instead.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateFolder } from '../../../functions/adapters/template-files.ts';
import {
  createMailRenderer,
  type MailRenderer,
  type OverrideRejection,
  TemplateError,
} from '../../../functions/core/mail/index.ts';
import { loadTemplates } from '../../../functions/core/mail/templates.ts';
import { applicationFixture, contextFixture, interviewFixture } from './fixtures.ts';
import { draftInText } from './mime.ts';

const OVERRIDES: Record<string, string> = {
  // Accepted: a shorter thank-you in the user's own voice.
  'drafts/thank-you.hbs':
    'Subject: Thanks for today\n\n{{greeting}}\n\nThanks for the chat about {{position}}. I loved {{reference}}. Let me know about next steps!\n\nCheers,\n',
  // Rejected: drops the add-value slot.
  'drafts/follow-up-1.hbs': 'Subject: Hi\n\n{{greeting}}\n\nAny news? Thank you. Let me know.\n',
  // Rejected: does not compile.
  'drafts/follow-up-2.hbs': 'Subject: Hi\n\n{{greeting}}\n\n{{#if role}}unclosed\n',
  // Rejected: no subject line.
  'drafts/keep-in-touch.hbs': '{{greeting}}\n\nThank you, keep me in mind.\n',
  // Rejected: unescaped output in HTML.
  'mail/help.html.hbs':
    '{{#> layout}}<h1>{{{title}}}</h1>{{#each sections}}{{title}}{{/each}}{{/layout}}\n',
  // Rejected: a field the view does not have (strict mode).
  'mail/status.text.hbs': '{{countLine}} {{applications}} {{favouriteColour}}\n{{> footer-text}}\n',
  // Rejected: a helper that is not known.
  'partials/footer-text.hbs': '{{#each commands}}{{uppercase command}}{{/each}}\n',
  // Rejected: not a template followup has.
  'drafts/cover-letter.hbs': 'Subject: x\n\n{{greeting}}\n',
  // Accepted, but must not reach anything through the prototype chain.
  'mail/command.text.hbs':
    "Done: {{summary}} [{{constructor}}] [{{__proto__}}] [{{commands.constructor}}] [{{lookup commands 'constructor'}}]\n{{> footer-text}}\n",
};

describe('template overrides from a folder', () => {
  let dir: string;
  let renderer: MailRenderer;
  const reported: OverrideRejection[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followup-overrides-'));
    for (const [file, source] of Object.entries(OVERRIDES)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), source);
    }
    writeFileSync(join(dir, 'README.txt'), 'not a template');
    renderer = createMailRenderer({
      overrides: templateFolder(dir),
      onOverrideRejected: (rejection) => reported.push(rejection),
    });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the valid overrides and rejects each bad one with a clear reason', async () => {
    const report = await renderer.templateReport();
    expect(report.overridden).toEqual(['drafts/thank-you.hbs', 'mail/command.text.hbs']);
    const reasons = Object.fromEntries(report.rejected.map((entry) => [entry.file, entry.reason]));
    expect(reasons['drafts/follow-up-1.hbs']).toBe('misses required slot {{update}}');
    expect(reasons['drafts/follow-up-2.hbs']).toMatch(/^does not compile: Parse error/);
    expect(reasons['drafts/keep-in-touch.hbs']).toMatch(/must start with a `Subject: …` line/);
    expect(reasons['mail/help.html.hbs']).toMatch(/unescaped output/);
    expect(reasons['mail/status.text.hbs']).toMatch(
      /does not render: "favouriteColour" not defined/,
    );
    expect(reasons['partials/footer-text.hbs']).toMatch(/unknown helper uppercase/);
    expect(reasons['drafts/cover-letter.hbs']).toMatch(/^unknown template/);
    expect(Object.keys(reasons)).toHaveLength(7);
    expect(reported).toEqual(report.rejected);
  });

  it('renders with the accepted override and falls back to the built-in for rejected ones', async () => {
    const application = applicationFixture({ notes: ['we discussed their Kafka migration'] });
    const interview = interviewFixture();
    const context = contextFixture();
    const thankYou = application.milestones.find((milestone) => milestone.kind === 'thank-you');
    const followUp = application.milestones.find((milestone) => milestone.kind === 'follow-up-1');
    if (!thankYou || !followUp) throw new Error('fixture lacks milestones');
    const mine = await renderer.draft({ application, milestone: thankYou, interview, context });
    expect(draftInText(mine.text)).toBe(
      'Hi Dana,\n\nThanks for the chat about the Staff Engineer role at Acme. I loved discussing your Kafka migration. Let me know about next steps!\n\nCheers,',
    );
    expect(mine.text).toContain('Subject: Thanks for today');
    const builtIn = await renderer.draft({ application, milestone: followUp, interview, context });
    expect(draftInText(builtIn.text)).toContain('A quick update since we spoke:');
    // The rejected footer override did not replace the built-in commands footer.
    expect(builtIn.text).toContain('snooze 3d   move pending drafts three days later');
  });

  it('gives templates no way into prototypes', async () => {
    const mail = await renderer.commandConfirmation({
      application: null,
      summary: 'paused',
      context: contextFixture(),
    });
    expect(mail.text.split('\n')[0]).toBe('Done: paused [] [] [] []');
  });
});

describe('built-in templates', () => {
  it('a missing built-in template fails loudly, naming the file', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'followup-no-templates-'));
    try {
      const renderer = createMailRenderer({ templates: templateFolder(empty) });
      const failure = renderer.help({ context: contextFixture() });
      await expect(failure).rejects.toBeInstanceOf(TemplateError);
      await expect(failure).rejects.toThrow(/drafts\/thank-you\.hbs is missing/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('with no overrides, the samples that try a set are never built (a cold start writes its first mail without them)', async () => {
    const samples = () => {
      throw new Error('the samples were asked for');
    };
    const templates = await loadTemplates({ samples });
    expect(templates.overridden).toEqual([]);
    expect(
      await templates.render('mail/command.text', { summary: 'paused', commands: [] }),
    ).toContain('paused');
  });

  it('a missing overrides folder is no overrides', async () => {
    const renderer = createMailRenderer({
      overrides: templateFolder(join(tmpdir(), 'followup-does-not-exist')),
    });
    expect(await renderer.templateReport()).toEqual({ overridden: [], rejected: [] });
  });

  it('each renderer reads its own overrides, even from a folder of the same name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'followup-same-name-'));
    const file = join(dir, 'drafts/thank-you.hbs');
    const thankYouWith = async (words: string) => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `Subject: Thanks\n\n{{greeting}}\n\n${words} {{reference}}.\n`);
      const renderer = createMailRenderer({ overrides: templateFolder(dir) });
      const application = applicationFixture();
      const milestone = application.milestones.find((each) => each.kind === 'thank-you');
      if (!milestone) throw new Error('fixture lacks a thank-you');
      const interview = interviewFixture();
      const mail = await renderer.draft({
        application,
        milestone,
        interview,
        context: contextFixture(),
      });
      return draftInText(mail.text);
    };
    try {
      expect(await thankYouWith('First words about')).toContain('First words about');
      rmSync(dir, { recursive: true, force: true });
      expect(await thankYouWith('Second words about')).toContain('Second words about');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
