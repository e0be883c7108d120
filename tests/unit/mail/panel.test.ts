// One note per panelist: a 3-person panel read from a confirmation gets 3 thank-yous that differ
// in their reference and in other sentences, each mentioning that member's own part.
import { describe, expect, it } from 'vitest';
import { createMailRenderer } from '../../../functions/core/mail/index.ts';
import type { Application } from '../../../functions/core/model.ts';
import { applicationFromMail, contextFixture } from './fixtures.ts';
import { draftInText } from './mime.ts';

const renderer = createMailRenderer({});
const now = new Date('2026-12-03T12:00:00Z');

const panelApplication = () => applicationFromMail('mail/topics-panel-per-person.eml', now);

/** Each panelist's thank-you draft, in the panel's order. */
async function thankYous(application: Application): Promise<string[]> {
  const [interview] = application.interviews;
  if (!interview) throw new Error('no interview');
  const milestones = application.milestones.filter((entry) => entry.kind === 'thank-you');
  expect(milestones.map((entry) => entry.interviewer?.name)).toEqual([
    'Dana Park',
    'Lee Chen',
    'Sam Ortiz',
  ]);
  const mails = await Promise.all(
    milestones.map((milestone) =>
      renderer.draft({ application, milestone, interview, context: contextFixture({ now }) }),
    ),
  );
  for (const mail of mails) expect(mail.lint?.ok).toBe(true);
  return mails.map((mail) => draftInText(mail.text));
}

const sentences = (text: string) =>
  new Set(
    text
      .split(/(?<=[.!?])\s+|\n+/)
      .map((line) => line.trim())
      .filter(Boolean),
  );

function expectDifferent(a: string, b: string) {
  const mine = sentences(a);
  const theirs = sentences(b);
  const onlyMine = [...mine].filter((sentence) => !theirs.has(sentence));
  // The reference's sentence and at least one more.
  expect(onlyMine.length).toBeGreaterThanOrEqual(2);
}

describe('a 3-person panel', () => {
  it('gets 3 different notes, each with its member’s own part', async () => {
    const [dana = '', lee = '', sam = ''] = await thankYous(await panelApplication());
    expect(dana).toContain('I especially enjoyed discussing system design.');
    expect(lee).toContain('I really appreciated working through the SQL exercise.');
    // Sam's part was answering questions: nothing to mention, so the slot is left to fill.
    expect(sam).toContain('[mention something you discussed]');
    expectDifferent(dana, lee);
    expectDifferent(lee, sam);
    expectDifferent(dana, sam);
  });

  it('spreads one shared note over the panel, each member a different reference', async () => {
    const application = {
      ...(await panelApplication()),
      notes: ['we discussed their Kafka migration; I showed the ingestion pipeline I built'],
    };
    const [dana = '', lee = '', sam = ''] = await thankYous(application);
    expect(dana).toContain(
      'I especially enjoyed walking you through the ingestion pipeline I built.',
    );
    expect(lee).toContain('I really appreciated discussing your Kafka migration.');
    expect(sam).toContain(
      'I found walking you through the ingestion pipeline I built especially rewarding.',
    );
    for (const text of [dana, lee, sam]) expect(text).not.toContain('we discussed their');
    expectDifferent(dana, lee);
    expectDifferent(lee, sam);
  });
});
