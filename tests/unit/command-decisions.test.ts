// Commands on one application, decided without any port: the next state and the answer.
import { describe, expect, it } from 'vitest';
import * as changes from '../../functions/core/changes.ts';
import { APPLICATION_VERBS } from '../../functions/core/command-table.ts';
import { messageKey } from '../../functions/core/message-key.ts';
import { defaultPolicy, NO_HOLIDAYS, PlanningError } from '../../functions/core/planning/index.ts';
import { MAX_MESSAGE_ID_CHARS } from '../../functions/core/understand/mime.ts';
import {
  commandsPlan,
  correctedReading,
  decideCommands,
  decideLinkedin,
} from '../../functions/core/use-cases/command-decisions.ts';
import { SAID } from '../../functions/core/use-cases/command-wording.ts';
import {
  decideSetting,
  decideSettingMail,
} from '../../functions/core/use-cases/setting-commands.ts';
import { EVERY_COUNTRY } from '../support/holidays.ts';
import { acmeReading, openAcme } from '../support/samples.ts';

const now = new Date('2026-12-01T12:00:00Z');
const ctx = {
  policy: defaultPolicy,
  holidays: EVERY_COUNTRY,
  userTimezone: 'America/New_York',
  now,
};
const opened = openAcme(now, 'm1@example.net');
const summaryOf = (decision: ReturnType<typeof decideCommands>) =>
  decision.mail?.render === 'commandConfirmation' ? decision.mail.summary : null;

describe('decideCommands', () => {
  it('stop closes the application, cancels every pending draft and answers with the stop mail', () => {
    const decision = decideCommands(opened, [{ verb: 'stop', arg: null }], ctx, now);
    expect(decision.change.application.status).toBe('CLOSED');
    expect(decision.change.application.version).toBe(opened.version + 1);
    expect(decision.change.application.milestones.every((m) => m.state === 'CANCELLED')).toBe(true);
    expect(decision.mail).toEqual({ render: 'stopConfirmation' });
    expect(decision.outcome).toBe('application-closed');
  });

  it('stop on a closed application changes nothing and says so', () => {
    const closed = changes.close(opened, now).application;
    const decision = decideCommands(closed, [{ verb: 'stop', arg: null }], ctx, now);
    expect(decision.change.application).toBe(closed);
    expect(summaryOf(decision)).toBe(SAID.stop.already);
    expect(decision.outcome).toBe('unchanged');
  });

  it('the same pause twice: the second changes nothing', () => {
    const first = decideCommands(opened, [{ verb: 'pause', arg: null }], ctx, now);
    expect(first.outcome).toBe('application-changed');
    expect(first.mail).toMatchObject({ summary: SAID.pause(0).done, planChanged: true });
    const second = decideCommands(
      first.change.application,
      [{ verb: 'pause', arg: null }],
      ctx,
      now,
    );
    expect(second.outcome).toBe('unchanged');
    expect(second.mail).toMatchObject({ summary: SAID.pause(0).already, planChanged: false });
  });

  it('a command mail acts once: redelivered after later ones, it neither undoes nor overrules them', () => {
    const pause = (application: typeof opened) =>
      decideCommands(application, [{ verb: 'pause', arg: null }], ctx, now, null, 'pause@mail');
    const paused = pause(opened).change.application;
    const again = decideCommands(paused, [{ verb: 'pause', arg: null }], ctx, now, null, 'p2@mail');
    expect(again.outcome).toBe('unchanged');
    // Unchanged, it is still remembered: its own redelivery later acts no more either.
    expect(again.change.application.commandsDone?.map((done) => done.key)).toEqual([
      messageKey('pause@mail'),
      messageKey('p2@mail'),
    ]);
    expect(again.change.application.version).toBe(paused.version + 1);
    const resumed = decideCommands(
      paused,
      [{ verb: 'resume', arg: null }],
      ctx,
      now,
      null,
      'r@mail',
    ).change.application;
    expect(resumed.status).toBe('OPEN');

    const redelivered = pause(resumed);
    expect(redelivered.change.application).toBe(resumed);
    expect(redelivered.outcome).toBe('unchanged');
    expect(summaryOf(redelivered)).toBe(SAID.actedOnBefore(SAID.pause(0).done));
  });

  it('pause and resume go by when the user wrote them: one written before the other, handled after, is overruled', () => {
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const say = (application: typeof opened, verb: string, written: number, handled: number) =>
      decideCommands(application, [{ verb, arg: null }], { ...ctx, now: at(handled) }, at(written));
    const paused = say(opened, 'pause', 0, 0).change.application;
    const resumed = say(paused, 'resume', 2, 2).change.application;
    expect(resumed.status).toBe('OPEN');
    // A pause written at minute 1, handled after the resume written at minute 2.
    const late = say(resumed, 'pause', 1, 3);
    expect(late.change.application).toBe(resumed);
    expect(summaryOf(late)).toBe(SAID.pauseOverruled);
    // Written in the same second as the resume, the one handled later is the later request.
    expect(say(resumed, 'pause', 2, 3).change.application.status).toBe('PAUSED');

    // A later pause while paused is remembered, said as already paused; a resume written before it
    // is overruled, one written after it resumes.
    const again = say(paused, 'pause', 2, 2);
    expect(summaryOf(again)).toBe(SAID.pause(0).already);
    const stale = say(again.change.application, 'resume', 1, 3);
    expect(stale.change.application).toBe(again.change.application);
    expect(summaryOf(stale)).toBe(SAID.resumeOverruled);
    expect(say(again.change.application, 'resume', 3, 3).change.application.status).toBe('OPEN');
  });

  it('a resume while open is remembered: a pause written before it, handled after it, is overruled', () => {
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const say = (application: typeof opened, verb: string, written: number, handled: number) =>
      decideCommands(
        application,
        [{ verb, arg: null }],
        { ...ctx, now: at(handled) },
        at(written),
        null,
        `<${verb}-${written}@mail>`,
      );
    // The pause written at minute 0 failed its first delivery; the resume at minute 1 came first.
    const resumed = say(opened, 'resume', 1, 1);
    expect(resumed.outcome).toBe('unchanged');
    expect(summaryOf(resumed)).toBe(SAID.resume(0).already);
    expect(resumed.change.application.resumedWrittenAt).toBe(at(1).toISOString());
    const late = say(resumed.change.application, 'pause', 0, 2);
    expect(late.change.application.status).toBe('OPEN');
    expect(summaryOf(late)).toBe(SAID.pauseOverruled);
    // An older resume handled later leaves the later one remembered.
    const older = say(resumed.change.application, 'resume', 0, 3).change.application;
    expect(older.resumedWrittenAt).toBe(at(1).toISOString());
  });

  it('a Date is believed within the window before the receipt, however late the handling', () => {
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const paused = decideCommands(opened, [{ verb: 'pause', arg: null }], ctx, now);
    const resumed = decideCommands(
      paused.change.application,
      [{ verb: 'resume', arg: null }],
      { ...ctx, now: at(6) },
      at(6),
    ).change.application;
    // A second pause written and received at minute 1, its event retried at minute 36.
    const retried = decideCommands(
      resumed,
      [{ verb: 'pause', arg: null }],
      { ...ctx, now: at(36) },
      at(1),
      null,
      '<second-pause@mail>',
      at(1),
    );
    expect(retried.change.application.status).toBe('OPEN');
    expect(summaryOf(retried)).toBe(SAID.pauseOverruled);
  });

  it('a later pause while paused is only remembered: unchanged, as its answer says', () => {
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const paused = decideCommands(opened, [{ verb: 'pause', arg: null }], ctx, now);
    const later = decideCommands(
      paused.change.application,
      [{ verb: 'pause', arg: null }],
      { ...ctx, now: at(1) },
      at(1),
      null,
      '<pause-again@mail>',
    );
    expect(later.outcome).toBe('unchanged');
    expect(summaryOf(later)).toBe(SAID.pause(0).already);
    expect(later.change.application.pausedWrittenAt).toBe(at(1).toISOString());
  });

  it('a command mail is remembered by a fixed-length key, however long its Message-ID', () => {
    const longest = `${'x'.repeat(MAX_MESSAGE_ID_CHARS - 12)}@bloat.mail`;
    const pause = (application: typeof opened) =>
      decideCommands(application, [{ verb: 'pause', arg: null }], ctx, now, null, longest);
    const paused = pause(opened).change.application;
    expect(paused.commandsDone?.map((done) => done.key.length)).toEqual([messageKey('a').length]);
    expect(messageKey('a').length).toBeLessThan(100);
    expect(pause(paused).change.application).toBe(paused);
  });

  it('a command mail delivered again is answered with what it was answered, said as done before', () => {
    const pause = (application: typeof opened) =>
      decideCommands(application, [{ verb: 'pause', arg: null }], ctx, now, null, 'pause@mail');
    const first = pause(opened);
    expect(first.mail).toEqual({
      render: 'commandConfirmation',
      summary: SAID.pause(0).done,
      planChanged: true,
    });

    const redelivered = pause(first.change.application);
    expect(redelivered.change.application).toBe(first.change.application);
    // The updated plan rides along again, and nothing claims the pause changed nothing.
    expect(redelivered.mail).toEqual({
      render: 'commandConfirmation',
      summary: SAID.actedOnBefore(SAID.pause(0).done),
      planChanged: true,
    });
    expect(summaryOf(redelivered)).not.toMatch(/Nothing changed/);

    const stop = (application: typeof opened) =>
      decideCommands(application, [{ verb: 'stop', arg: null }], ctx, now, null, 'stop@mail');
    const stopped = stop(opened).change.application;
    expect(stop(stopped).mail).toEqual({ render: 'stopConfirmation' });
  });

  it('a command mail whose answer went out is answered no more when delivered again', () => {
    const pause = (application: typeof opened) =>
      decideCommands(application, [{ verb: 'pause', arg: null }], ctx, now, null, 'pause@mail');
    const first = pause(opened);
    const paused = first.change.application;
    // What the runner records once the answer is out, on the application as then stored.
    const record = first.onceMailed?.(paused);
    expect(record?.commandsDone?.map((done) => done.answered)).toEqual([true]);
    const answered = { ...paused, ...record };
    expect(first.onceMailed?.(answered)).toEqual({});

    const redelivered = pause(answered);
    expect(redelivered.change.application).toBe(answered);
    expect(redelivered.outcome).toBe('unchanged');
    expect(redelivered.mail).toBeNull();
    // Not recorded (a send that failed, or a record that did not land): answered again.
    expect(pause(paused).mail).toMatchObject({ summary: SAID.actedOnBefore(SAID.pause(0).done) });
  });

  it('an answer kept for a redelivery is bounded, however much the mail said', () => {
    const longNote = 'n'.repeat(5_000);
    const noted = decideCommands(
      opened,
      [{ verb: 'snooze', arg: longNote }],
      ctx,
      now,
      null,
      'long@mail',
    ).change.application;
    const kept = noted.commandsDone?.[0]?.answer;
    expect(kept?.render === 'commandConfirmation' && kept.summary.length).toBeLessThanOrEqual(
      1_000,
    );
  });

  it('a snooze it cannot read asks for a duration and changes nothing', () => {
    const decision = decideCommands(opened, [{ verb: 'snooze', arg: 'sometime' }], ctx, now);
    expect(decision.change.application).toBe(opened);
    expect(summaryOf(decision)).toBe(SAID.snoozeUnread('sometime'));
  });

  it('several corrections are one save and one answer, unchanged ones without "Nothing changed."', () => {
    const decision = decideCommands(
      opened,
      [
        { verb: 'company', arg: 'Globex' },
        { verb: 'role', arg: 'Staff Engineer' },
        { verb: 'interviewer', arg: 'Sam Ortiz <sam@globex.example>' },
      ],
      ctx,
      now,
    );
    const next = decision.change.application;
    expect(next.version).toBe(opened.version + 1);
    expect(next.company).toBe('Globex');
    expect(next.interviews[0]?.interviewers.map((p) => p.name)).toEqual(['Dana Lee', 'Sam Ortiz']);
    expect(summaryOf(decision)).toBe(
      'Company set to Globex; your drafts will use it. The role was already Staff Engineer. Added Sam Ortiz as an interviewer.',
    );
    expect(decision.outcome).toBe('application-changed');
  });

  it('notes are kept once; the same note again changes nothing', () => {
    const first = decideCommands(opened, [{ verb: 'notes', arg: 'we  met Dana' }], ctx, now);
    expect(first.change.application.notes).toEqual(['we met Dana']);
    const again = decideCommands(
      first.change.application,
      [{ verb: 'notes', arg: 'we met Dana' }],
      ctx,
      now,
    );
    expect(again.outcome).toBe('unchanged');
    expect(summaryOf(again)).toBe(SAID.alreadyNoted);
  });

  it('a closed application refuses what plans drafts, and still takes a note', () => {
    const closed = changes.close(opened, now).application;
    const time = decideCommands(closed, [{ verb: 'time', arg: 'Dec 20 3pm ET' }], ctx, now);
    expect(time.change.application).toBe(closed);
    const note = decideCommands(closed, [{ verb: 'notes', arg: 'x' }], ctx, now);
    expect(note.outcome).toBe('application-changed');
  });

  it('removing an interviewer by first name says who remains', () => {
    const decision = decideCommands(
      opened,
      [{ verb: 'remove-interviewer', arg: 'Dana' }],
      ctx,
      now,
    );
    expect(decision.change.application.interviews[0]?.interviewers).toEqual([]);
    expect(summaryOf(decision)).toBe('Removed Dana Lee. Interviewers now: none.');
  });
});

describe('decideLinkedin and correctedReading', () => {
  it('linkedin is addressed to the first interviewer', () => {
    expect(decideLinkedin(opened)).toMatchObject({
      render: 'linkedin',
      recipient: { name: 'Dana Lee' },
    });
  });

  it('corrections lay over a reading; one that cannot be read leaves its field', () => {
    const read = correctedReading(
      { ...acmeReading, company: null },
      [
        { verb: 'company', arg: 'Acme' },
        { verb: 'time', arg: 'sometime' },
      ],
      { sentAt: now, timezone: 'America/New_York' },
    );
    expect(read.company).toBe('Acme');
    expect(read.start).toBe(acmeReading.start);
  });
});

const NY = 'America/New_York';

describe('decideSetting', () => {
  it('a zone already set changes nothing; a new one is a change; an unknown one an answer', () => {
    const profile = { userId: 'u', timezone: 'Europe/Berlin', wakingHours: null, updatedAt: '' };
    expect(decideSetting('timezone', 'Europe/Berlin', profile, NY)).toMatchObject({
      current: true,
    });
    expect(decideSetting('timezone', 'Asia/Tokyo', profile, NY)).toMatchObject({
      kind: 'change',
      patch: { timezone: 'Asia/Tokyo' },
      current: false,
    });
    expect(decideSetting('timezone', 'Mars/Base', profile, NY).kind).toBe('answer');
    expect(decideSetting('hours', '8-19', null, NY)).toMatchObject({
      patch: { wakingHours: { start: '08:00', end: '19:00' } },
    });
  });

  it('a locale is saved canonical and shown in use; it moves no draft; an unknown one is answered', () => {
    const profile = { userId: 'u', timezone: NY, wakingHours: null, updatedAt: '' };
    const british = decideSetting('locale', 'en_gb', profile, NY);
    expect(british).toMatchObject({
      kind: 'change',
      patch: { locale: 'en-GB' },
      current: false,
      replans: false,
    });
    expect(british.summary).toContain('Fri 11 Dec, 09:45 EST');
    const american = decideSetting('locale', 'en-US', { ...profile, locale: 'en-US' }, NY);
    expect(american).toMatchObject({ current: true });
    expect(american.summary).toContain('Fri, Dec 11, 9:45 AM ET');
    for (const unknown of ['English', 'xx-YY', 'en-US; rm -rf', '']) {
      const answer = decideSetting('locale', unknown, profile, NY);
      expect(answer.kind, unknown).toBe('answer');
      expect(answer.summary).toMatch(/not a locale .*set locale en-US/);
    }
  });
});

describe('decideSettingMail', () => {
  const profile = { userId: 'u', timezone: 'Europe/Berlin', wakingHours: null, updatedAt: '' };

  it('a mail that changed a setting is remembered: its redelivery changes nothing, answered as before', () => {
    const first = decideSettingMail('timezone', 'Asia/Tokyo', profile, NY, '<a@mail>');
    expect(first.patch).toMatchObject({ timezone: 'Asia/Tokyo' });
    expect(first.result.replans).toBe(true);
    // A later mail set another zone; then the first is delivered again.
    const later = { ...profile, ...first.patch, timezone: 'Europe/Paris' };
    const again = decideSettingMail('timezone', 'Asia/Tokyo', later, NY, '<a@mail>');
    expect(again.patch).toBeNull();
    expect(again.result).toEqual({
      summary: `${first.result.summary} (Done when this message first came.)`,
      replans: true,
      answered: false,
    });
    // Another mail saying the same is a new request.
    const another = decideSettingMail('timezone', 'Asia/Tokyo', later, NY, '<b@mail>');
    expect(another.patch).toMatchObject({ timezone: 'Asia/Tokyo' });
    expect(another.patch?.settingsDone?.length).toBe(2);
  });

  it('a mail that changed nothing is remembered too: delivered again after a later one, it undoes nothing', () => {
    const already = decideSettingMail('timezone', 'Europe/Berlin', profile, NY, '<a@mail>');
    expect(already.patch?.timezone).toBeUndefined();
    expect(already.patch?.settingsDone).toHaveLength(1);
    const tokyo = { ...profile, ...already.patch, timezone: 'Asia/Tokyo' };
    const again = decideSettingMail('timezone', 'Europe/Berlin', tokyo, NY, '<a@mail>');
    expect(again.patch).toBeNull();
    expect(again.result.summary).toMatch(/\(Done when this message first came\.\)$/);
    // Unreadable, or with no Message-ID, nothing is remembered.
    expect(decideSettingMail('timezone', 'Mars/Base', profile, NY, '<b@mail>').patch).toBeNull();
    const anonymous = decideSettingMail('timezone', 'Asia/Tokyo', profile, NY, null);
    expect(anonymous.patch).toEqual({ timezone: 'Asia/Tokyo' });
    expect(decideSettingMail('timezone', 'Europe/Berlin', profile, NY, null).patch).toBeNull();
  });

  it('a redelivery of one that moved drafts re-plans them to the settings as they are', () => {
    const first = decideSettingMail('hours', '9-17', profile, NY, '<h@mail>');
    const again = decideSettingMail(
      'hours',
      '9-17',
      { ...profile, ...first.patch },
      NY,
      '<h@mail>',
    );
    expect(again).toMatchObject({ patch: null, result: { replans: true } });
  });
});

describe('commandsPlan: which commands load the holidays before they are decided', () => {
  const paused = changes.pause(opened, now).application;
  /** Each verb that acts on an application, with words that make it act on Acme's open plan. */
  const acting: Record<string, { arg: string | null; on?: typeof opened }> = {
    stop: { arg: null },
    pause: { arg: null },
    resume: { arg: null, on: paused },
    snooze: { arg: '3d' },
    sent: { arg: null },
    resend: { arg: null },
    'heard-back': { arg: null },
    notes: { arg: 'we discussed their Kafka migration' },
    update: { arg: 'finished the certification' },
    linkedin: { arg: null },
    time: { arg: 'Tue 15 Dec 3pm ET' },
    interviewer: { arg: 'Sam Ortiz <sam@acme.example>' },
    'remove-interviewer': { arg: acmeReading.interviewers[0]?.name ?? '' },
    company: { arg: 'Acme Robotics' },
    role: { arg: 'Staff Engineer' },
  };
  const withoutHolidays = { ...ctx, holidays: NO_HOLIDAYS };

  it('names every verb an application command may hold', () => {
    expect(Object.keys(acting).sort()).toEqual([...APPLICATION_VERBS].sort());
  });

  it.each(Object.entries(acting))(
    '%s decides the same without holidays, or plans and says so',
    (verb, { arg, on }) => {
      const application = on ?? opened;
      const commands = [{ verb, arg }];
      const decided = decideCommands(application, commands, ctx, now);
      if (commandsPlan(commands)) {
        // Planning without its country's table would plan over a holiday: it refuses instead.
        expect(() => decideCommands(application, commands, withoutHolidays, now)).toThrow(
          PlanningError,
        );
      } else {
        expect(decideCommands(application, commands, withoutHolidays, now)).toEqual(decided);
      }
    },
  );

  it('a reply holding one planning command among others plans', () => {
    expect(
      commandsPlan([
        { verb: 'notes', arg: 'x' },
        { verb: 'snooze', arg: '3d' },
      ]),
    ).toBe(true);
    expect(
      commandsPlan([
        { verb: 'stop', arg: null },
        { verb: 'notes', arg: 'x' },
      ]),
    ).toBe(false);
  });
});
