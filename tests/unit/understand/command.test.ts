// Commands in replies: the first meaningful line of the user's own text, whatever is quoted below.
import { describe, expect, it } from 'vitest';
import {
  ownText,
  parseCommand,
  parseCommands,
  understandMessage,
} from '../../../functions/core/understand/index.ts';
import { readFixture } from '../../support/fixtures.ts';

const QUOTE = [
  '',
  'On Thu, Feb 26, 2026 at 8:00 AM Interview Follow-up <',
  'interviews@followup.example.com> wrote:',
  '',
  '> Reply with one word: SENT, SNOOZE 2 DAYS, PAUSE, RESUME, STOP or STATUS.',
].join('\n');

describe('parseCommand', () => {
  it.each([
    ['stop', 'stop', null],
    ['STOP!!!', 'stop', null],
    ['Please stop.', 'stop', null],
    ['stop please, thanks', 'stop', null],
    ['Close', 'stop', null],
    ['cancel', 'stop', null],
    ['Unsubscribe', 'stop', null],
    ['pause', 'pause', null],
    ['Pause for now', 'pause', null],
    ['resume.', 'resume', null],
    ['snooze 3 days', 'snooze', '3 days'],
    ['Snooze 3d', 'snooze', '3d'],
    ['snooze until Monday please', 'snooze', 'monday'],
    ['snooze: 1 week', 'snooze', '1 week'],
    ['snooze', 'snooze', null],
    ['sent', 'sent', null],
    ['Sent it, thanks!', 'sent', null],
    ['heard back', 'heard-back', null],
    ['I heard back!', 'heard-back', null],
    ['notes: we discussed their Kafka migration', 'notes', 'we discussed their Kafka migration'],
    ['Note - ask about the on-call rotation', 'notes', 'ask about the on-call rotation'],
    ['update: they moved it to Friday', 'update', 'they moved it to Friday'],
    ['time: Tue 3pm ET', 'time', 'Tue 3pm ET'],
    ['Time - March 12 10:30 CET', 'time', 'March 12 10:30 CET'],
    ['interviewer: Dana Lee <dana@acme.example>', 'interviewer', 'Dana Lee <dana@acme.example>'],
    ['Interviewers: Ann Fox, Bo Lin', 'interviewer', 'Ann Fox, Bo Lin'],
    ['set timezone Europe/Berlin', 'timezone', 'Europe/Berlin'],
    ['Set my time zone to America/Chicago', 'timezone', 'America/Chicago'],
    ['timezone: Asia/Kolkata', 'timezone', 'Asia/Kolkata'],
    ['status?', 'status', null],
    ['HELP', 'help', null],
    ['forget', 'forget', null],
    ['LinkedIn', 'linkedin', null],
  ])('%j -> %s %j', (line, verb, arg) => {
    expect(parseCommand(`${line}${QUOTE}`)).toEqual({ verb, arg });
  });

  it.each([
    'Thanks for the draft, I will send it tonight.',
    'Stop by the office at 3?',
    'Close call on this one',
    'Hold on, the date is wrong',
    '',
    '> stop',
  ])('is not a command: %j', (text) => {
    expect(parseCommand(`${text}${QUOTE}`)).toBeNull();
  });

  it('reads past leading blank lines and signatures, never into quoted text', () => {
    expect(parseCommand('\n\n  \nStatus\n\nSent from my iPhone\n\n> STOP')).toEqual({
      verb: 'status',
      arg: null,
    });
    expect(parseCommand('Sent from my iPhone\n\n> stop')).toBeNull();
    expect(parseCommand('-- \nAlex\n\nstop')).toBeNull();
  });

  it('stops at Outlook header blocks and "-----Original Message-----"', () => {
    const outlook =
      'Pause\n\nFrom: Interview Follow-up <interviews@followup.example.com>\nSent: Monday\nSubject: x\n\nSTOP';
    expect(parseCommand(outlook)).toEqual({ verb: 'pause', arg: null });
    expect(ownText('resume\n-----Original Message-----\nFrom: a\nstop')).toBe('resume');
  });
});

describe('parseCommand: list numbers', () => {
  it.each([
    ['2', 'pick', null, 2],
    ['#3.', 'pick', null, 3],
    ['Number 1', 'pick', null, 1],
    ['2, thanks', 'pick', null, 2],
    ['stop 2', 'stop', null, 2],
    ['Stop 2.', 'stop', null, 2],
    ['Please unsubscribe #1', 'stop', null, 1],
    ['pause 1', 'pause', null, 1],
    ['resume no. 3', 'resume', null, 3],
    ['heard back 3', 'heard-back', null, 3],
    ['I sent 2', 'sent', null, 2],
    ['snooze 2 3d', 'snooze', '3d', 2],
    ['snooze 2 until Monday', 'snooze', 'monday', 2],
    ['notes 1: we discussed Kafka', 'notes', 'we discussed Kafka', 1],
    ['notes 2 we met Dana', 'notes', 'we met Dana', 2],
    ['update 2 - I passed the CKA exam', 'update', 'I passed the CKA exam', 2],
    ['time 2: Tue 3pm ET', 'time', 'Tue 3pm ET', 2],
    [
      'interviewer 1: Dana Lee <dana@acme.example>',
      'interviewer',
      'Dana Lee <dana@acme.example>',
      1,
    ],
    ['company 2: Acme', 'company', 'Acme', 2],
    ['role 1 Staff Engineer', 'role', 'Staff Engineer', 1],
    ['LinkedIn 2', 'linkedin', null, 2],
  ])('%j -> %s %j #%d', (line, verb, arg, number) => {
    expect(parseCommand(`${line}${QUOTE}`)).toEqual({ verb, arg, number });
  });

  it.each([
    ['snooze 3 days', { verb: 'snooze', arg: '3 days' }],
    ['snooze 2', { verb: 'snooze', arg: '2' }],
    ['notes: we discussed 2 topics', { verb: 'notes', arg: 'we discussed 2 topics' }],
    ['time: 2:30 pm ET', { verb: 'time', arg: '2:30 pm ET' }],
  ])('a number that is part of the argument names no entry: %j', (line, expected) => {
    const command = parseCommand(`${line}${QUOTE}`);
    expect(command).toEqual(expected);
    expect(command).not.toHaveProperty('number');
  });

  it.each([
    'pause 2 weeks',
    'stop by 2pm',
    'time 2:30 pm',
    'When 10 March at 3pm',
    'Interview on the 10th',
    'status 2',
    'delete 2',
    '2 interviews this week, wow',
    '12345',
  ])('is no numbered command: %j', (line) => {
    expect(parseCommand(`${line}${QUOTE}`)).toBeNull();
  });
});

describe('parseCommand: settings, digest, company and role', () => {
  it.each([
    ['set hours 8-19', 'hours', '8-19'],
    ['Set my waking hours to 08:30-19:00', 'hours', '08:30-19:00'],
    ['set waking hours: 8am-7pm', 'hours', '8am-7pm'],
    ['hours: 9 to 17', 'hours', '9 to 17'],
    ['set hours', 'hours', null],
    ['set tz Europe/Berlin', 'timezone', 'Europe/Berlin'],
    ['set timezone=Asia/Tokyo', 'timezone', 'Asia/Tokyo'],
    ['set time zone: America/New_York', 'timezone', 'America/New_York'],
    ['digest on', 'digest', 'on'],
    ['Weekly digest', 'digest', 'on'],
    ['send me the weekly digest', 'digest', 'on'],
    ['digest: off', 'digest', 'off'],
    ['DIGEST OFF!', 'digest', 'off'],
    ['stop the digest', 'digest', 'off'],
    ['company: Acme', 'company', 'Acme'],
    ['Company - "Acme Robotics", thanks', 'company', 'Acme Robotics'],
    ['employer: Northwind Systems', 'company', 'Northwind Systems'],
    ['company:', 'company', null],
    ['role: Staff Engineer', 'role', 'Staff Engineer'],
    ['Position: Sr. Engineer.', 'role', 'Sr. Engineer'],
    ['yes', 'confirm', null],
    ['Yes please', 'confirm', null],
    ['yes, forget me', 'forget', null],
    ['forget, yes', 'forget', null],
    ['delete it all', 'forget', null],
  ])('%j -> %s %j', (line, verb, arg) => {
    expect(parseCommand(`${line}${QUOTE}`)).toEqual({ verb, arg });
  });

  it.each([
    'forget it',
    'Forget about it, I will do it myself',
    'never mind',
    'Hours later I realised',
  ])('is no command: %j', (line) => {
    expect(parseCommand(`${line}${QUOTE}`)).toBeNull();
  });

  it('reads every hours form the policy accepts, whatever the user writes around it', async () => {
    const { parseSettingCommand } = await import('../../../functions/core/planning/policy.ts');
    for (const range of ['8-19', '08:30-19:00', '8am-7pm', '8 to 19', '8–19']) {
      const command = parseCommand(`set hours ${range}${QUOTE}`);
      expect(command?.verb).toBe('hours');
      expect(parseSettingCommand(`set hours ${command?.arg}`)?.kind).toBe('hours');
    }
  });
});

describe('parseCommands: one correction per line', () => {
  it('reads every correction below the first, up to the first line that is none', () => {
    const reply = [
      'company: Acme',
      '  role: Staff Engineer',
      '- interviewer: Dana Lee <dana@acme.example>',
      'Thanks!',
      'time: this line is past the thanks',
    ].join('\n');
    expect(parseCommands(`${reply}${QUOTE}`)).toEqual([
      { verb: 'company', arg: 'Acme' },
      { verb: 'role', arg: 'Staff Engineer' },
      { verb: 'interviewer', arg: 'Dana Lee <dana@acme.example>' },
    ]);
    expect(parseCommand(`${reply}${QUOTE}`)).toEqual({ verb: 'company', arg: 'Acme' });
  });

  it('a command that is no correction stands alone', () => {
    expect(parseCommands(`stop\ncompany: Acme${QUOTE}`)).toEqual([{ verb: 'stop', arg: null }]);
  });

  it('every line acts on the entry the first names, or the lines stop there', () => {
    expect(parseCommands('company 2: Acme\nrole 2: Staff Engineer\nrole: Principal')).toEqual([
      { verb: 'company', arg: 'Acme', number: 2 },
      { verb: 'role', arg: 'Staff Engineer', number: 2 },
    ]);
  });

  it('quoted corrections are not the user’s', () => {
    expect(parseCommands('time: Tue 3pm ET\n> company: Acme')).toEqual([
      { verb: 'time', arg: 'Tue 3pm ET' },
    ]);
    expect(parseCommands('Thanks, all good')).toEqual([]);
  });
});

describe('a reply of corrections, as mail', () => {
  it('carries every line in `commands`, the first in `command`', async () => {
    const { reading } = await understandMessage(
      await readFixture('mail/command-corrections-iphone.eml'),
      { defaultTimezone: 'UTC' },
    );
    expect(reading.command).toEqual({ verb: 'company', arg: 'Fernhill Robotics' });
    expect(reading.commands).toEqual([
      { verb: 'company', arg: 'Fernhill Robotics' },
      { verb: 'role', arg: 'Staff Engineer' },
    ]);
  });

  it('a single command has no `commands`', async () => {
    const { reading } = await understandMessage(
      await readFixture('mail/command-numbered-outlook.eml'),
      { defaultTimezone: 'UTC' },
    );
    expect(reading.command).toEqual({ verb: 'snooze', arg: 'monday', number: 2 });
    expect(reading).not.toHaveProperty('commands');
  });
});

describe('in step with what the mails tell the user to write', () => {
  it('every command the help mail, the footer and the acknowledgment show is read as one', async () => {
    const views = await import('../../../functions/core/mail/views.ts');
    const shown = [
      ...views.HELP_SECTIONS.flatMap((section) => section.commands.map((c) => c.command)),
      ...views.COMMANDS.map((c) => c.command),
      ...views.CORRECTION_EXAMPLES,
      ...views
        .answersFor(['interview time', 'company', 'role', 'interviewer'])
        .map((answer) => answer.example),
    ].map((command) => command.replace('…', 'Acme'));
    expect(shown.length).toBeGreaterThan(15);
    for (const command of shown) {
      expect(parseCommand(`${command}${QUOTE}`), command).not.toBeNull();
    }
    expect(parseCommand(views.NUMBERED_EXAMPLE)).toEqual({ verb: 'stop', arg: null, number: 2 });
  });
});
