// The soak's checks (tests/soak/soak.ts). Store against Scheduler: a PENDING milestone of an open
// application (or a copy owed, `resend`, not held by a pause) without its schedule, and a schedule
// nothing pending owns, are each a mismatch; a milestone firing right now is not. Copies: each
// milestone's copies mailed against the copies it stored as asked for, and all of them against the
// resends the soak sent.
import { describe, expect, it } from 'vitest';
import type { Application, Milestone } from '../../functions/core/model.ts';
import { duplicateCopies, mismatches } from '../soak/soak.ts';

const NOW = Date.parse('2027-02-01T12:00:00Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const DAY = 24 * 60 * 60 * 1000;

function application(status: Application['status'], milestones: Partial<Milestone>[]): Application {
  return {
    userId: 'soak-1@example.net',
    id: `app${status.toLowerCase()}`,
    status,
    milestones: milestones.map((m, i) => ({ id: `m${i}`, state: 'PENDING', due: at(DAY), ...m })),
  } as Application;
}

describe('store against Scheduler', () => {
  it('agrees when every pending milestone of an open application has its schedule and no other exists', () => {
    const open = application('OPEN', [{}, { state: 'SENT', due: at(-DAY), sentAt: at(-DAY) }]);
    const paused = application('PAUSED', [{}]);
    expect(mismatches([open, paused], new Set(['appopen-m0']), NOW)).toEqual([]);
  });

  it('names a missing schedule and an orphan', () => {
    const open = application('OPEN', [{}, { due: at(-DAY) }]);
    const closed = application('CLOSED', [{ state: 'CANCELLED' }]);
    expect(
      mismatches([open, closed], new Set(['appopen-m0', 'appclosed-m0', 'gone-x']), NOW),
    ).toEqual([
      'no schedule for appopen-m1',
      'orphan schedule appclosed-m0',
      'orphan schedule gone-x',
    ]);
  });

  it('leaves out a milestone due or sent within minutes of now: it may be firing', () => {
    const open = application('OPEN', [
      { due: at(-60_000) },
      { state: 'SENT', due: at(-DAY), sentAt: at(-60_000) },
    ]);
    expect(mismatches([open], new Set(['appopen-m1']), NOW)).toEqual([]);
  });

  it('expects a schedule for a copy owed, on a closed application too, and none for one a pause holds', () => {
    const inDoubt = { state: 'SENT' as const, due: at(-DAY), sentAt: at(-DAY) };
    const resend = { askedAt: at(-DAY / 2), mailedAt: at(-DAY) };
    const closed = application('CLOSED', [{ ...inDoubt, unconfirmed: { told: true, resend } }]);
    const paused = application('PAUSED', [
      { ...inDoubt, unconfirmed: { told: true, resend: { ...resend, held: true } } },
    ]);
    expect(mismatches([closed, paused], new Set(['appclosed-m0']), NOW)).toEqual([]);
    expect(mismatches([closed, paused], new Set(['apppaused-m0']), NOW)).toEqual([
      'no schedule for appclosed-m0',
      'orphan schedule apppaused-m0',
    ]);
  });
});

describe('copies against the copies asked for', () => {
  const THANK_YOU = 'Ready to send: thank-you note to Dana Lee (Acme, Data Analyst)';
  const FOLLOW_UP = 'Ready to send: first follow-up to Jamie Chen (Acme, Data Analyst)';
  const CLOSED = 'Closed: Acme, Data Analyst';
  const copyOf = (subject: string) => `${subject} (sent again at your request)`;
  const sent = (kind: Milestone['kind'], copiesAsked?: number): Partial<Milestone> => ({
    kind,
    state: 'SENT',
    due: at(-DAY),
    sentAt: at(-DAY),
    ...(copiesAsked === undefined ? {} : { copiesAsked }),
  });

  it('finds a copy mailed twice behind a resend that brought none', () => {
    // Two resends: one asked for the thank-you's copy, the other found the follow-up out.
    const app = application('OPEN', [sent('thank-you', 1), sent('follow-up-1')]);
    const subjects = [THANK_YOU, copyOf(THANK_YOU), copyOf(THANK_YOU), FOLLOW_UP];
    expect(duplicateCopies(app, subjects, 2)).toBe(1);
  });

  it('finds a copy nobody asked for, and one mailed for another draft than asked', () => {
    const app = application('OPEN', [sent('thank-you', 1), sent('follow-up-1')]);
    expect(duplicateCopies(app, [THANK_YOU, FOLLOW_UP, copyOf(FOLLOW_UP)], 1)).toBe(1);
  });

  it('finds two copies for one resend, though the system stored two as asked for', () => {
    // A bug asking for the copy twice on one resend: copiesAsked agrees with the copies mailed.
    const app = application('OPEN', [sent('thank-you', 2)]);
    expect(duplicateCopies(app, [THANK_YOU, copyOf(THANK_YOU), copyOf(THANK_YOU)], 1)).toBe(1);
  });

  it('never counts a copy asked for: one per request, the close-out of a closed application too', () => {
    const app = application('CLOSED', [
      sent('thank-you', 2),
      sent('follow-up-1', 1),
      sent('close-out', 1),
    ]);
    const subjects = [
      THANK_YOU,
      copyOf(THANK_YOU),
      copyOf(THANK_YOU),
      FOLLOW_UP,
      copyOf(FOLLOW_UP),
      CLOSED,
      copyOf(CLOSED),
    ];
    expect(duplicateCopies(app, subjects, 4)).toBe(0);
    // Asked for and not (yet) mailed is no duplicate either: the lost-milestone check owns it.
    expect(duplicateCopies(app, [THANK_YOU, FOLLOW_UP, CLOSED], 4)).toBe(0);
  });
});
