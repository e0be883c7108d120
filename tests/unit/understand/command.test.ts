// Commands in replies: the first meaningful line of the user's own text, whatever is quoted below.
import { describe, expect, it } from 'vitest';
import { ownText, parseCommand } from '../../../functions/core/understand/index.ts';

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
