// "Did you mean `stop`?" decided without any port: the suggestion kept with the user, the question
// about the reply's application, and what a `yes` confirms, once and only while fresh.
import { describe, expect, it } from 'vitest';
import { messageKey } from '../../functions/core/message-key.ts';
import type { UserProfile } from '../../functions/core/model.ts';
import {
  decideConfirmation,
  decideConfirmed,
  decideSuggestion,
  SUGGESTION_VALID_MS,
} from '../../functions/core/use-cases/suggestion-decisions.ts';
import { openAcme } from '../support/samples.ts';

const userId = 'alex@example.net';
const now = new Date('2026-12-01T12:00:00Z');
const application = openAcme(now, 'm1@example.net');
const suggestedAt = (command: string, sentAt: Date, applicationId: string | null = 'app1') => ({
  userId,
  timezone: null,
  wakingHours: null,
  updatedAt: sentAt.toISOString(),
  suggestion: { command, applicationId, sentAt: sentAt.toISOString() },
});
const nothingToConfirm = { render: 'suggestion', command: null, application: null };

describe('decideSuggestion', () => {
  it('keeps the suggestion with the reply’s application and asks about that application', () => {
    const decision = decideSuggestion(
      { command: 'snooze 2w', applicationId: application.id, application },
      now,
    );
    expect(decision.profile).toEqual({
      suggestion: {
        command: 'snooze 2w',
        applicationId: application.id,
        sentAt: now.toISOString(),
      },
    });
    expect(decision.mail).toEqual({ render: 'suggestion', command: 'snooze 2w', application });
    expect(decision.outcome).toBe('answered');
  });

  it('to the bare intake it is kept with no application, and the question names none', () => {
    const decision = decideSuggestion(
      { command: 'stop', applicationId: null, application: null },
      now,
    );
    expect(decision.profile?.suggestion).toMatchObject({ applicationId: null });
    expect(decision.mail).toEqual({ render: 'suggestion', command: 'stop', application: null });
  });
});

describe('decideConfirmation', () => {
  it('a fresh suggestion is confirmed on its application and used up', () => {
    const decision = decideConfirmation(suggestedAt('snooze 2w', now), now);
    expect(decision.profile).toEqual({ suggestion: null });
    expect(decision.mail).toBeNull();
    expect(decision.outcome).toMatchObject({
      applicationId: 'app1',
      command: { verb: 'snooze', arg: '14 days' },
      more: [],
    });
  });

  it('corrections under the first come with it, and a list number is kept', () => {
    const corrected = decideConfirmation(
      suggestedAt('company: Acme\nrole: Staff Engineer', now),
      now,
    );
    expect(corrected.outcome).toMatchObject({
      command: { verb: 'company', arg: 'Acme' },
      more: [{ verb: 'role', arg: 'Staff Engineer' }],
    });
    const numbered = decideConfirmation(suggestedAt('stop 2', now, null), now);
    expect(numbered.outcome).toMatchObject({ applicationId: null, command: { verb: 'stop' } });
    expect(numbered.outcome !== 'answered' && numbered.outcome.command.number).toBe(2);
  });

  it('is valid for its whole week, and not a moment more', () => {
    const lastMoment = new Date(now.getTime() + SUGGESTION_VALID_MS);
    expect(decideConfirmation(suggestedAt('stop', now), lastMoment).outcome).toMatchObject({
      command: { verb: 'stop' },
    });
    const stale = decideConfirmation(suggestedAt('stop', now), new Date(lastMoment.getTime() + 1));
    expect(stale.outcome).toBe('answered');
    expect(stale.profile).toEqual({ suggestion: null });
    expect(stale.mail).toEqual(nothingToConfirm);
  });

  it('with nothing waiting, nothing is saved and the user is told there was no question', () => {
    const profile: UserProfile = { userId, timezone: null, wakingHours: null, updatedAt: '' };
    for (const nothing of [undefined, profile, { ...profile, suggestion: null }]) {
      const decision = decideConfirmation(nothing, now);
      expect(decision.profile).toBeNull();
      expect(decision.mail).toEqual(nothingToConfirm);
      expect(decision.outcome).toBe('answered');
    }
  });

  it('the yes that confirms it keeps its key on the suggestion: that yes again confirms it again, no other', () => {
    const yes = '<yes-1@example.net>';
    const first = decideConfirmation(suggestedAt('stop', now), now, yes);
    expect(first.outcome).toMatchObject({ command: { verb: 'stop' } });
    const used = { command: 'stop', applicationId: 'app1', sentAt: now.toISOString() };
    expect(first.profile).toEqual({
      suggestion: { ...used, usedBy: messageKey(yes) },
      yesDone: [{ key: messageKey(yes), confirmed: true }],
    });
    const profile = { ...suggestedAt('stop', now), ...first.profile };
    // Its redelivery, even past the week (the first delivery was in it), runs the command again
    // (it acts once on its own: commandsDone) and saves nothing.
    const later = new Date(now.getTime() + SUGGESTION_VALID_MS + 60_000);
    const again = decideConfirmation(profile, later, yes);
    expect(again.outcome).toMatchObject({ applicationId: 'app1', command: { verb: 'stop' } });
    expect(again.profile).toBeNull();
    // Another yes finds nothing waiting.
    const other = decideConfirmation(profile, now, '<yes-2@example.net>');
    expect(other.outcome).toBe('answered');
    expect(other.mail).toEqual(nothingToConfirm);
  });

  it('once the yes has run the command, the suggestion is cleared: that yes again does nothing', () => {
    const yes = '<yes-1@example.net>';
    const note = 'notes: we discussed their Kafka migration';
    const confirmed = decideConfirmation(suggestedAt(note, now), now, yes);
    const used = { ...suggestedAt(note, now), ...confirmed.profile };
    // The text stays until the command has run: a redelivery may still need it.
    expect(used.suggestion).toMatchObject({ command: note, usedBy: messageKey(yes) });
    const ran = decideConfirmed(used, yes);
    expect(ran.profile).toEqual({ suggestion: null });
    expect(ran.mail).toBeNull();
    const settled = { ...used, ...ran.profile };
    // Its redelivery: nothing to run, nothing to say, nothing to save.
    const again = decideConfirmation(settled, now, yes);
    expect(again).toEqual({ profile: null, mail: null, outcome: 'answered' });
    // Another yes is told nothing is waiting.
    const other = decideConfirmation(settled, now, '<yes-2@example.net>');
    expect(other.mail).toEqual(nothingToConfirm);
    expect(other.profile?.suggestion).toBeUndefined();
  });

  it('settling saves nothing when the suggestion is not the one this yes confirmed', () => {
    const yes = '<yes-1@example.net>';
    // Replaced by a new question meanwhile, used by another yes, already settled, or none.
    const asked = suggestedAt('stop', now);
    const byOther = { ...asked, suggestion: { ...asked.suggestion, usedBy: messageKey('<o@x>') } };
    const settled = { ...asked, suggestion: null };
    for (const profile of [asked, byOther, settled, undefined]) {
      expect(decideConfirmed(profile, yes).profile).toBeNull();
    }
  });

  it('a yes that confirms nothing (a stale suggestion) clears it and keeps no key on it: redelivered, it still confirms nothing', () => {
    const yes = '<late-yes@example.net>';
    const eightDays = new Date(now.getTime() + 8 * 86_400_000);
    const stale = decideConfirmation(suggestedAt('stop', now), eightDays, yes);
    expect(stale.outcome).toBe('answered');
    expect(stale.mail).toEqual(nothingToConfirm);
    expect(stale.profile).toEqual({
      suggestion: null,
      yesDone: [{ key: messageKey(yes), confirmed: false }],
    });
    // Its redelivery (marking it done failed) finds nothing either: before, the suggestion kept
    // the yes's key, and the redelivery ran the week-old `stop`.
    const profile = { ...suggestedAt('stop', now), ...stale.profile };
    const redelivered = decideConfirmation(profile, eightDays, yes);
    expect(redelivered.outcome).toBe('answered');
    expect(redelivered.mail).toEqual(nothingToConfirm);
    // So with a suggestion that reads as no command.
    const unreadable = decideConfirmation(suggestedAt('stpo', now), now, yes);
    expect(unreadable.profile).toMatchObject({ suggestion: null });
  });

  it('a yes handled before never confirms a newer question: redelivered, it does nothing, or says again there was none', () => {
    const yes = '<yes-1@example.net>';
    const asked = suggestedAt('stop', now);
    const confirmed = decideConfirmation(asked, now, yes);
    const ran = { ...asked, ...confirmed.profile };
    const settled = { ...ran, ...decideConfirmed(ran, yes).profile };
    // A new question on another application replaces the suggestion; then the yes comes again.
    const newer = decideSuggestion({ command: 'stop', applicationId: 'app2', application }, now);
    const redelivered = decideConfirmation({ ...settled, ...newer.profile }, now, yes);
    expect(redelivered).toEqual({ profile: null, mail: null, outcome: 'answered' });

    // A yes that confirmed nothing says so again, and leaves the newer question waiting.
    const late = '<late-yes@example.net>';
    const eightDays = new Date(now.getTime() + 8 * 86_400_000);
    const refused = { ...asked, ...decideConfirmation(asked, eightDays, late).profile };
    const again = decideConfirmation({ ...refused, ...newer.profile }, eightDays, late);
    expect(again).toEqual({ profile: null, mail: nothingToConfirm, outcome: 'answered' });
  });

  it('a suggestion that reads as no command, another suggestion or a yes confirms nothing', () => {
    for (const command of ['', 'lunch on Friday?', 'stpo', 'yes']) {
      const decision = decideConfirmation(suggestedAt(command, now), now);
      expect(decision.outcome, command).toBe('answered');
      expect(decision.profile, command).toEqual({ suggestion: null });
      expect(decision.mail, command).toEqual(nothingToConfirm);
    }
  });
});
