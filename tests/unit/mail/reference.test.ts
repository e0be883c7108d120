// The reference a draft mentions: the user's notes reworded, else what the confirmation says the
// interview (or this interviewer's part) covers, else the slot; and a confirmation that states its
// topics gives a thank-you with nothing left to fill but the user's own name.
import { describe, expect, it } from 'vitest';
import { createMailRenderer } from '../../../functions/core/mail/index.ts';
import { REFERENCE_SLOT, referenceFor } from '../../../functions/core/mail/reference.ts';
import type { Topic } from '../../../functions/core/model.ts';
import { applicationFromMail, contextFixture } from './fixtures.ts';

const dana = { name: 'Dana Park', email: null };
const lee = { name: 'Lee Chen', email: null };
const topics: Topic[] = [
  { kind: 'discuss', what: 'system design', by: ['Dana Park'] },
  { kind: 'exercise', what: 'the SQL exercise', by: ['Lee Chen'] },
  { kind: 'present', what: 'the pipeline I built', by: [] },
];

describe('referenceFor', () => {
  it("rewords the user's latest note, which wins over the topics", () => {
    expect(
      referenceFor({ notes: ['we discussed their Kafka migration'], topics, interviewer: dana }),
    ).toEqual({
      text: 'discussing your Kafka migration',
      known: true,
    });
    expect(
      referenceFor({ notes: ['Talked about the on-call rotation.'], topics: [], interviewer: null })
        .text,
    ).toBe('discussing the on-call rotation');
    expect(
      referenceFor({ notes: ['their move to Rust'], topics: [], interviewer: null }).text,
    ).toBe('our conversation about your move to Rust');
  });

  const reworded: Array<[string, string, string]> = [
    ['She asked about my dbt project', 'Dana Park', 'your questions about my dbt project'],
    ['loved my portfolio', 'Dana Park', 'hearing your thoughts on my portfolio'],
    [
      'explained how they run incident reviews',
      'Dana Park',
      'hearing how you run incident reviews',
    ],
    ['learned they are moving to Rust', 'Dana Park', 'learning that you are moving to Rust'],
    [
      'I showed the ingestion pipeline I built',
      'Dana Park',
      'walking you through the ingestion pipeline I built',
    ],
    ['Lee: the SQL exercise went well', 'Lee Chen', 'working through the SQL exercise'],
    [
      'Dana: their Kafka migration; Lee asked about my on-call experience',
      'Dana Park',
      'our conversation about your Kafka migration',
    ],
    [
      'Dana: their Kafka migration; Lee asked about my on-call experience',
      'Lee Chen',
      'your questions about my on-call experience',
    ],
  ];
  it.each(reworded)('rewords "%s" for %s, never pasting it', (note, name, expected) => {
    const reference = referenceFor({
      notes: [note],
      topics: [],
      interviewer: { name, email: null },
    });
    expect(reference.text).toBe(expected);
    expect(reference.text).not.toContain(note);
  });

  it("passes over a note that says nothing, or another panelist's, for the topics", () => {
    expect(referenceFor({ notes: ['great chat!!'], topics, interviewer: dana }).text).toBe(
      'discussing system design',
    );
    expect(
      referenceFor({ notes: ['Lee: loved my dbt project'], topics, interviewer: dana }).text,
    ).toBe('discussing system design');
  });

  it("mentions the interviewer's own part, else the whole interview's, never another's", () => {
    expect(referenceFor({ notes: [], topics, interviewer: dana }).text).toBe(
      'discussing system design',
    );
    expect(referenceFor({ notes: [], topics, interviewer: lee }).text).toBe(
      'working through the SQL exercise',
    );
    expect(
      referenceFor({ notes: [], topics, interviewer: { name: 'Sam Ortiz', email: null } }).text,
    ).toBe('walking you through the pipeline I built');
    expect(
      referenceFor({
        notes: [],
        topics: topics.slice(0, 2),
        interviewer: { name: 'Sam Ortiz', email: null },
      }),
    ).toEqual({ text: REFERENCE_SLOT, known: false });
  });
});

describe('a confirmation that states its topics', () => {
  it('gives a thank-you with no bracket slot', async () => {
    const now = new Date('2026-12-02T12:00:00Z');
    const application = await applicationFromMail('mail/topics-pipeline-sql.eml', now);
    const milestone = application.milestones.find((entry) => entry.kind === 'thank-you');
    const interview = application.interviews[0];
    if (!milestone || !interview) throw new Error('a thank-you is planned');
    const renderer = createMailRenderer({});
    const mail = await renderer.draft({
      application,
      milestone,
      interview,
      context: contextFixture({ to: 'sam.doe@example.com', now }),
    });
    expect(mail.text).toContain(
      'I especially enjoyed walking you through the pipeline I built and working through the SQL exercise.',
    );
    expect(mail.text).not.toMatch(/\[(?:mention|add|your)\b/);
    expect(mail.lint?.ok).toBe(true);
  });
});
