// Which unsent thank-yous a late `notes:` re-drafts, decided without any port, and what is
// remembered once the re-draft is out: a second look re-drafts nothing.
import { describe, expect, it } from 'vitest';
import type { Application, Milestone } from '../../functions/core/model.ts';
import {
  latestNote,
  redrafted,
  thankYousToRedraft,
} from '../../functions/core/use-cases/redraft-decisions.ts';
import { openAcme } from '../support/samples.ts';

const now = new Date('2026-12-11T12:00:00Z');
const opened = openAcme(new Date('2026-12-01T12:00:00Z'), 'm1@example.net');

/** The application with its thank-you mailed (with `note`, or none) and `more` on it. */
function thankYouOut(note: string | null, more: Partial<Milestone> = {}): Application {
  return {
    ...opened,
    milestones: opened.milestones.map((m) =>
      m.kind === 'thank-you'
        ? {
            ...m,
            state: 'SENT',
            sentAt: now.toISOString(),
            draft: { mailIds: ['a@x'], to: 'dana@acme.example', subject: 'Thank you', note },
            ...more,
          }
        : m,
    ),
  };
}
const withNotes = (application: Application, ...notes: string[]) => ({ ...application, notes });
const draft = (note: string) => ({ to: 'dana@acme.example', subject: 'Thank you', note });

describe('thankYousToRedraft', () => {
  it('a note newer than the one a thank-you out carried re-drafts it; updates do not', () => {
    const out = thankYouOut(null);
    expect(thankYousToRedraft(out)).toEqual([]);
    expect(thankYousToRedraft(withNotes(out, 'update: I passed the CKA'))).toEqual([]);
    const noted = withNotes(out, 'we discussed their Kafka migration', 'update: I passed the CKA');
    expect(latestNote(noted)).toBe('we discussed their Kafka migration');
    expect(thankYousToRedraft(noted).map((m) => m.kind)).toEqual(['thank-you']);
  });

  it('never a thank-you already sent on, pending, still being mailed, or on a closed application', () => {
    const note = 'we discussed their Kafka migration';
    const cases: Application[] = [
      thankYouOut(note),
      thankYouOut('an older note', { userSentAt: now.toISOString() }),
      thankYouOut('an older note', { sentCopy: { messageId: 'c@x', subject: 'Thank you' } }),
      thankYouOut('an older note', { sending: true }),
      { ...thankYouOut('an older note'), status: 'CLOSED' },
      opened,
    ];
    for (const application of cases) {
      expect(thankYousToRedraft(withNotes(application, note))).toEqual([]);
    }
  });
});

describe('redrafted', () => {
  it('remembers the note and both mails; then nothing more is owed, and a repeat changes nothing', () => {
    const note = 'we discussed their Kafka migration';
    const owed = withNotes(thankYouOut(null), note);
    const [thankYou] = thankYousToRedraft(owed);
    if (!thankYou) throw new Error('a thank-you is owed');
    const after = redrafted(owed, thankYou.id, ['b@x', 'ses-b'], draft(note), now);
    const remembered = after?.milestones.find((m) => m.id === thankYou.id)?.draft;
    expect(remembered).toEqual({ ...draft(note), mailIds: ['a@x', 'b@x', 'ses-b'] });
    expect(after?.threadMessageIds).toEqual(expect.arrayContaining(['b@x', 'ses-b']));
    if (!after) throw new Error('re-drafted');
    expect(thankYousToRedraft(after)).toEqual([]);
    expect(redrafted(after, thankYou.id, ['c@x'], draft(note), now)).toBeUndefined();
  });
});
