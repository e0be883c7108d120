// Commands in replies: the first meaningful line of the user's own text, whatever is quoted below.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { commandText } from '../../../functions/core/command-table.ts';
import {
  ENGLISH_NEAR_COMMANDS,
  TYPO_TARGETS,
  typoBound,
  typoDistance,
} from '../../../functions/core/understand/command.ts';
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
    ['snooze: 1 week', 'snooze', '7 days'],
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
    // A clock's place in words, as people write it without a colon.
    ['time Thu 5 Mar 10am NZ time', 'time', 'Thu 5 Mar 10am NZ time'],
    ['time Thursday 2pm my time', 'time', 'Thursday 2pm my time'],
    ['interviewer: Dana Lee <dana@acme.example>', 'interviewer', 'Dana Lee <dana@acme.example>'],
    ['Interviewers: Ann Fox, Bo Lin', 'interviewer', 'Ann Fox, Bo Lin'],
    ['set timezone Europe/Berlin', 'timezone', 'Europe/Berlin'],
    ['set country US-NY', 'country', 'US-NY'],
    ['Set my country to GB', 'country', 'GB'],
    ['Set my time zone to America/Chicago', 'timezone', 'America/Chicago'],
    ['timezone: Asia/Kolkata', 'timezone', 'Asia/Kolkata'],
    ['status?', 'status', null],
    ['HELP', 'help', null],
    ['forget', 'forget', null],
    ['LinkedIn', 'linkedin', null],
    ['Filter', 'filter', null],
    ['my filter address please', 'filter', null],
  ])('%j -> %s %j', (line, verb, arg) => {
    expect(parseCommand(`${line}${QUOTE}`)).toEqual({ verb, arg });
  });

  it.each([
    'Thanks for the draft, I will send it tonight.',
    'Stop by the office at 3?',
    'Close call on this one',
    'Hold on, the date is wrong',
    // "hold" snoozes only by a whole span of days.
    'Hold this one for the interview on Monday',
    'Please remind me that in 3 days the offer expires.',
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
    ['time 2:30 pm', { verb: 'time', arg: '2:30 pm' }],
  ])('a number that is part of the argument names no entry: %j', (line, expected) => {
    const command = parseCommand(`${line}${QUOTE}`);
    expect(command).toEqual(expected);
    expect(command).not.toHaveProperty('number');
  });

  it.each([
    'pause 2 weeks',
    'stop by 2pm',
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
    // A question about the interview is no request for the command list.
    'What should I say if they ask about salary?',
    'What do I write in the thank you note?',
    'What should I reply?',
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
  it('a line that leads in with a colon introduces the command under it', () => {
    expect(
      parseCommands(
        `Close, but the time is Singapore time, not mine:\n\ntime: Thu 4 Feb, 10.30am SGT\n\n(so 8am for me)${QUOTE}`,
      ),
    ).toEqual([{ verb: 'time', arg: 'Thu 4 Feb, 10.30am SGT' }]);
  });

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

describe('ownText: a quoted header block ends the user’s text, whichever field comes first', () => {
  const blocks: Array<[string, string]> = [
    [
      'Outlook.com, Date first',
      'Date: Tuesday, December 1, 2026 7:02 AM\nFrom: followup <interviews@followup.example.com>\nTo: Alex <alex@example.net>\nSubject: Got it',
    ],
    [
      'Outlook desktop',
      'From: followup <interviews@followup.example.com>\nSent: Tuesday, December 1, 2026 7:02 AM\nTo: Alex\nSubject: Got it',
    ],
    ['Sent first', 'Sent: Tuesday, December 1, 2026 7:02 AM\nFrom: followup\nSubject: Got it'],
    ['Subject first', 'Subject: Got it\nDate: 1 Dec 2026\nFrom: followup'],
    [
      'To first, wrapped',
      'To: Alex Rivera <alex@example.net>,\n Sam <sam@example.net>\nCc: x\nSubject: y',
    ],
    ['bold, HTML converted', '*Date:* Tue 1 Dec\n*From:* followup\n*To:* Alex'],
    [
      'German Outlook',
      'Von: followup <i@f.example>\nGesendet: Dienstag, 1. Dezember 2026 13:02\nAn: Alex\nBetreff: Got it',
    ],
    [
      'German, Gesendet first',
      'Gesendet: Dienstag, 1. Dezember 2026 13:02\nVon: followup\nBetreff: x',
    ],
    [
      'French Outlook',
      'De : followup <i@f.example>\nEnvoyé : mardi 1 décembre 2026 13:02\nÀ : Alex\nObjet : Got it',
    ],
    [
      'Spanish Outlook',
      'De: followup\nEnviado: martes, 1 de diciembre de 2026 13:02\nPara: Alex\nAsunto: Got it',
    ],
    [
      'Dutch Outlook',
      'Van: followup\nVerzonden: dinsdag 1 december 2026 13:02\nAan: Alex\nOnderwerp: Got it',
    ],
    ['blank line inside', 'Date: Tue 1 Dec 2026\n\nFrom: followup\n\nSubject: Got it'],
  ];

  it.each(blocks)('%s', (_client, block) => {
    const quoted = `${block}\n\nGot it: your interview.\ntime: Tue 14 Apr 3pm ET\nstop`;
    expect(ownText(`pause\n\n${quoted}`)).toBe('pause');
    expect(parseCommands(`pause\n\n${quoted}`)).toEqual([{ verb: 'pause', arg: null }]);
    // An empty reply: the quoted block is nothing of the user's, and no command.
    expect(ownText(`\n${quoted}`)).toBe('');
    expect(parseCommands(`\n${quoted}`)).toEqual([]);
  });

  it('one header-like line alone is the user’s own: a correction stays a correction', () => {
    expect(parseCommands('Date: Dec 11 2026 10am ET')).toEqual([
      { verb: 'time', arg: 'Dec 11 2026 10am ET' },
    ]);
    expect(parseCommands('Date: Dec 11 2026 10am ET\ncompany: Acme')).toEqual([
      { verb: 'time', arg: 'Dec 11 2026 10am ET' },
      { verb: 'company', arg: 'Acme' },
    ]);
    expect(parseCommands('time: Tue 3pm\n\nThanks')).toEqual([{ verb: 'time', arg: 'Tue 3pm' }]);
  });
});

describe('commands written as people write them', () => {
  it.each([
    ['Hi,\n\nstop', { verb: 'stop', arg: null }],
    ['Hello followup!\nPause for now, thanks', { verb: 'pause', arg: null }],
    ['Can you snooze this for 7 days? Traveling.', { verb: 'snooze', arg: '7 days' }],
    [
      'Can you just hold off for three weeks and remind me then?',
      { verb: 'snooze', arg: '21 days' },
    ],
    ["Snooze 1w - Dana said they're still interviewing", { verb: 'snooze', arg: '7 days' }],
    [
      'Could you give this another 5 days before reminding me? The panel is still meeting.',
      { verb: 'snooze', arg: '5 days' },
    ],
    ['Can you wait another week on this one?', { verb: 'snooze', arg: '7 days' }],
    // A duration said roughly, under a slip in the polite lead-in.
    [
      "cna you push this back like 5 days? They're still doing references.",
      { verb: 'snooze', arg: '5 days' },
    ],
    ['Could you hold off about a week?', { verb: 'snooze', arg: '7 days' }],
    ['Give it a fortnight please', { verb: 'snooze', arg: '14 days' }],
    [
      'Could you hold this one for a week? The whole team is away until Friday.',
      { verb: 'snooze', arg: '7 days' },
    ],
    [
      'Please remind me about it in 12 days instead of 3 - she is on leave.',
      { verb: 'snooze', arg: '12 days' },
    ],
    ['Please pause all of these for now. My exams start on the 3rd.', { verb: 'pause', arg: null }],
    [
      "Hi - I'm back from Rome now, so you can start the reminders again please. No news yet.",
      { verb: 'resume', arg: null },
    ],
    [
      'Thanks. Sorry, what can I actually reply to these with? I lost the list.',
      { verb: 'help', arg: null },
    ],
    ['What were the commands again?', { verb: 'help', arg: null }],
    ['what do I reply with', { verb: 'help', arg: null }],
    [
      'Sent it this morning from my work id, changed the last line a bit.',
      { verb: 'sent', arg: null },
    ],
    ["I've sent the follow-up, thanks - fingers crossed", { verb: 'sent', arg: null }],
    [
      'Sent this to Dana on Friday - I cut the second paragraph down a little.',
      { verb: 'sent', arg: null },
    ],
    ['Sent yesterday evening, cheers!', { verb: 'sent', arg: null }],
    // Australian for this afternoon.
    ['Sent this arvo, thanks heaps', { verb: 'sent', arg: null }],
    ['Sent tonight - fingers crossed', { verb: 'sent', arg: null }],
    ['Got it sent off this arvo, ta', { verb: 'sent', arg: null }],
    ['Got the note sent yesterday!', { verb: 'sent', arg: null }],
    ['Finally got the thank-you sent off this arvo', { verb: 'sent', arg: null }],
    ['Got it all sent off first thing this morning', { verb: 'sent', arg: null }],
    ['sent it this morning', { verb: 'sent', arg: null }],
    [
      'Please add Gwen Pritchard-Evans as an interviewer – she joined for the second half.',
      { verb: 'interviewer', arg: 'Gwen Pritchard-Evans' },
    ],
    [
      'Add Dana Lee <dana@acme.example> to the panel, thanks',
      { verb: 'interviewer', arg: 'Dana Lee <dana@acme.example>' },
    ],
    ['Could you please snooze the reminders until Monday', { verb: 'snooze', arg: 'monday' }],
    ['Just sent it!', { verb: 'sent', arg: null }],
    ['I sent the thank-you note this morning', { verb: 'sent', arg: null }],
    ['Please resume the reminders', { verb: 'resume', arg: null }],
    ['Could you pause this one for a while?', { verb: 'pause', arg: null }],
    [
      'Can you put this one on hold for now? Their budget is frozen until April.',
      { verb: 'pause', arg: null },
    ],
    ['Put everything on hold please. I am travelling.', { verb: 'pause', arg: null }],
    // A phrasal verb with what it acts on in its middle.
    ['Back from Oslo - go ahead and turn the reminders back on.', { verb: 'resume', arg: null }],
    ['Please switch the follow-ups back on', { verb: 'resume', arg: null }],
    ['Put all the drafts on hold for now', { verb: 'pause', arg: null }],
    [
      "Before I send it - where do all my applications stand? I've lost track.",
      { verb: 'status', arg: null },
    ],
    ['Could you send me a list of my open applications?', { verb: 'status', arg: null }],
    [
      'Thanks. Can you send me a status as well? Want to see what else is still pending.',
      { verb: 'status', arg: null },
    ],
    ['What else is still pending for me?', { verb: 'status', arg: null }],
    [
      "Looks right, thanks! Can you send me a rundown of everything that's still open?",
      { verb: 'status', arg: null },
    ],
    // A stop asked with a summary is asked about first; a status refused is none.
    [
      'Please stop sending me follow ups for Acme, and send me a summary of what was sent.',
      { verb: 'stop', arg: null, unsure: true },
    ],
    ['Close this application please', { verb: 'stop', arg: null }],
    // A clause after the verb that says why is no hedge.
    ['Stop, no more reminders please', { verb: 'stop', arg: null }],
    ['Stop, actually I accepted another offer', { verb: 'stop', arg: null }],
    ['Close, not moving forward with them.', { verb: 'stop', arg: null }],
    [
      "Can you hold off on all of these for a while? I've just signed a contract.",
      { verb: 'pause', arg: null },
    ],
    [
      'Small fix -\nrole: Senior Pricing Analyst (Home)',
      { verb: 'role', arg: 'Senior Pricing Analyst (Home)' },
    ],
    [
      'No need for this follow-up anymore - they gave the role to an internal candidate. Please close this one off.',
      { verb: 'stop', arg: null },
    ],
    ['Can you close the application out?', { verb: 'stop', arg: null }],
    ['Hey stop please', { verb: 'stop', arg: null }],
    ['done, emailed it to Ji-woo before lunch', { verb: 'sent', arg: null }],
    ['Thanks, stop the reminders', { verb: 'stop', arg: null }],
  ])('%j', (text, expected) => {
    expect(parseCommand(`${text}${QUOTE}`)).toEqual(expected);
  });

  it.each([
    'Hi Dana,\nthanks for the draft',
    'Hello there!\nThanks for the draft',
    'Could you cancel the interview',
    'Can you help me with the draft?',
    'My applications are going well, thanks for the draft',
    'Done with the interview, it went well',
    'Stop for 2 weeks',
    'I want to stop by your office',
    'sent the wrong draft?',
    "No, please don't stop them, I still want the drafts",
    // "Close, but…": nearly right, no request to close.
    'Close, but the role is Senior Analyst, not Analyst.',
    'Stop, wait, I got the date wrong',
    // Said of the interview, not a correction of it.
    'Interviewer is running late, so we start at 3',
    'Interviewer was Dana, she was lovely.',
    'Interviewer is TBC, they will let me know.',
    'The interviewer was I think Priya Nair.',
    'The interviewer is Monday now, moved',
    'The role is London-based, so I would need to relocate.',
    'Company was Acme, all good',
    'Position was Filled - I found out today',
    'The role is Remote',
    'Company was Great',
    'The company is great, thanks for the help',
  ])('still no command: %j', (text) => {
    expect(parseCommand(`${text}${QUOTE}`)).toBeNull();
  });
});

describe('a snooze in plain words', () => {
  it('takes only a span of time or a day, so a call or a wait in prose is none', () => {
    expect(parseCommand('Wait, the interview moved to Friday')).toBeNull();
    expect(parseCommand('Give me a call when you can')).toBeNull();
    expect(parseCommand('Give Dana my thanks')).toBeNull();
    expect(parseCommand("Wait, Friday doesn't work for me anymore")).toBeNull();
    expect(parseCommand('Wait, tomorrow I have another interview with them')).toBeNull();
    expect(parseCommand("Give Tuesday's panel my thanks")).toBeNull();
    expect(parseCommand('Add Dana Lee as a contact on LinkedIn')).toBeNull();
    expect(parseCommand('Sent from my iPhone')).toBeNull();
    expect(parseCommand('Sent it to the wrong address?')).toBeNull();
    expect(parseCommand('Sent this from my phone, sorry for any typos')).toBeNull();
    expect(parseCommand('Sent this to my career coach to look over first')).toBeNull();
    expect(parseCommand('Sent this to you by mistake, please ignore.')).toBeNull();
    expect(parseCommand('Sent it this morning to the wrong address?')).toBeNull();
    expect(parseCommand('sent today the references they asked for')).toBeNull();
    expect(parseCommand('Wait until I hear back from them')).toBeNull();
  });

  it('keeps "before" in a snooze said with the command word', () => {
    expect(parseCommand('snooze until 2 days before the interview')?.arg).not.toBe('2 days');
  });
});

describe('suggestions: what only looks like a command is never one', () => {
  it.each([
    ['stpo', 'stop'],
    ['Stpo please', 'stop'],
    ['sotp', 'stop'],
    ['stp', 'stop'],
    ['pasue', 'pause'],
    ['Pasue for now', 'pause'],
    ['snoze 3d', 'snooze 3d'],
    ['Snoooze 1 week', 'snooze 7 days'],
    [
      'Can u remnd me about this one in a week? Their office is shut till Wednesday',
      'snooze 7 days',
    ],
    ['resmue', 'resume'],
    // `unsubscribe` is another way to write `stop`.
    ['unsubscibe', 'stop'],
    ['staus', 'status'],
    ['hepl', 'help'],
    ['stpo 2', 'stop 2'],
    // In a later clause of the line, as a whole command is read there.
    ['meh, never mind - just clsoe this one out. 3 weeks of silence', 'stop'],
    ['Thanks for this, pasue for now', 'pause'],
    ['Great, Stpo', 'stop'],
    ['compnay: Acme Robotics', 'company: Acme Robotics'],
    ['intervewer: Dana Lee <dana@acme.example>', 'interviewer: Dana Lee <dana@acme.example>'],
  ])('a typo: %j -> did you mean %j?', (line, suggested) => {
    const commands = parseCommands(`${line}${QUOTE}`);
    expect(commands).toHaveLength(1);
    expect(commands[0]?.unsure).toBe(true);
    expect(commandText(commands[0] ?? { verb: '', arg: null })).toBe(suggested);
  });

  it.each([
    [
      "company should be Kishwaukee Transit District, not Paylocity - that's just the portal I applied through",
      { verb: 'company', arg: 'Kishwaukee Transit District', unsure: true },
    ],
    [
      'The role is actually Senior Data Analyst.',
      { verb: 'role', arg: 'Senior Data Analyst', unsure: true },
    ],
    [
      'role should be senior analyst, not analyst',
      { verb: 'role', arg: 'senior analyst', unsure: true },
    ],
    // Said plainly: a person's name up to its first comma.
    [
      'Interviewer is Marguerite Okafor-Lind, the head of the lab. Sam only booked it.',
      { verb: 'interviewer', arg: 'Marguerite Okafor-Lind', unsure: true },
    ],
    [
      'Interviewer is Dr. Helen Park, Head of Research',
      { verb: 'interviewer', arg: 'Dr. Helen Park', unsure: true },
    ],
    [
      'Company is Harbourline Freight - Seek is only the job board I applied through.',
      { verb: 'company', arg: 'Harbourline Freight', unsure: true },
    ],
    ['Title was Staff Engineer', { verb: 'role', arg: 'Staff Engineer', unsure: true }],
    [
      'Role is Senior Data Analyst, not Data Analyst',
      { verb: 'role', arg: 'Senior Data Analyst', unsure: true },
    ],
  ])('a correction in words, asked about: %j', (text, command) => {
    expect(parseCommands(`${text}${QUOTE}`)).toEqual([command]);
  });

  it.each([
    'please stop sending these',
    'Please stop sending me these emails.',
    'I accepted another offer, no more reminders',
    'no more emails please',
    'No more follow-ups needed, thank you!',
    'Hi,\n\nI took a job elsewhere — please don’t send any more of these.\n\nThanks,\nAlex',
    'I have withdrawn my application.',
    'Not interested anymore, thanks',
    'Please take me off this list',
    "Hi - I've decided to pull out of this one, the commute is too long. Can you take it off my list please?",
    "I've decided not to go ahead with this one.",
  ])('a stop in plain words: %j', (text) => {
    expect(parseCommands(`${text}${QUOTE}`)).toEqual([{ verb: 'stop', arg: null, unsure: true }]);
  });

  it.each([
    'Step 2 is done',
    'send it',
    'Shop talk aside, thanks for the draft',
    'Held up in traffic, sorry',
    'Notes are great',
    'Timo - see you tomorrow',
    'Compnay Acme was great',
    "Don't stop the reminders, they help",
    'Thanks for the draft, I will send it tonight.',
    'Stop by the office at 3?',
    "Please don't send the follow-up until next week",
    "I'm not interested in the LinkedIn version",
    // Someone else's decision, a maybe, a list that is not the user's applications.
    'They decided not to proceed with the hiring this quarter, so the role is on hold.',
    'I might drop out of the running if they lowball me, keep tracking it.',
    'FYI they attached a list of all open positions.',
    'Here is a summary of all outstanding questions from the panel.',
    // A role or a company talked about, not corrected.
    'The role should be a good fit for me, fingers crossed.',
    'The company is great, thanks for the draft.',
    'Thanks, Kent',
    `Great draft. ${'I wrote a lot more here about the interview. '.repeat(20)} No more emails from the recruiter yet.`,
  ])('no suggestion: %j', (text) => {
    expect(parseCommands(`${text}${QUOTE}`)).toEqual([]);
  });

  it('an English word near a command is never taken for a typo of it', () => {
    for (const word of ENGLISH_NEAR_COMMANDS) {
      expect(parseCommands(word), word).not.toContainEqual(
        expect.objectContaining({ unsure: true }),
      );
    }
  });

  it('every typo target begins a command, so a typo of it suggests one', () => {
    const tails: Record<string, string> = {
      snooze: ' 3d',
      remind: ' me in a week',
      notes: ': x',
      update: ': x',
      time: ': Tue 3pm',
      interviewer: ': Dana',
      company: ': Acme',
      role: ': x',
      digest: ' on',
      remove: ' interviewer: Dana',
    };
    for (const target of TYPO_TARGETS) {
      const command = parseCommand(`${target}${tails[target] ?? ''}`);
      expect(command, target).not.toBeNull();
      expect(command?.unsure, target).toBeUndefined();
    }
  });

  // Debian's wamerican dictionary; .ci/run installs it, a user's machine may lack it.
  const words = '/usr/share/dict/words';
  if (!existsSync(words))
    console.warn(`dictionary test skipped: ${words} is absent (apt-get install wamerican)`);
  it.skipIf(!existsSync(words))(
    'the list of English words near a command is complete for the dictionary',
    async () => {
      const english = new Set(
        (await readFile(words, 'utf8')).split('\n').filter((w) => /^[a-z]{3,}$/.test(w)),
      );
      const near = [...english].filter(
        (word) =>
          !TYPO_TARGETS.includes(word) &&
          TYPO_TARGETS.some((t) => typoDistance(word, t, typoBound(t)) <= typoBound(t)),
      );
      expect(near.filter((word) => !ENGLISH_NEAR_COMMANDS.has(word))).toEqual([]);
    },
  );
});

describe('typoDistance', () => {
  it.each([
    ['stop', 'stop', 0],
    ['stpo', 'stop', 1],
    ['stp', 'stop', 1],
    ['sttop', 'stop', 1],
    ['spot', 'stop', 2],
    ['snoze', 'snooze', 1],
    ['unsubscibe', 'unsubscribe', 1],
    ['unsbuscibe', 'unsubscribe', 2],
  ])('%s -> %s: %d', (a, b, expected) => {
    expect(typoDistance(a, b, 2)).toBe(expected);
  });

  it('stops at the bound', () => {
    expect(typoDistance('xxxxxxxx', 'stop', 1)).toBe(2);
    expect(typoDistance('interviewer', 'stop', 2)).toBe(3);
  });
});

describe('remove interviewer', () => {
  it.each([
    ['remove interviewer: New York', { verb: 'remove-interviewer', arg: 'New York' }],
    ['Remove interviewer - Sam Ortiz', { verb: 'remove-interviewer', arg: 'Sam Ortiz' }],
    ['delete interviewer: Melissa', { verb: 'remove-interviewer', arg: 'Melissa' }],
    ['remove interviewers: no-reply', { verb: 'remove-interviewer', arg: 'no-reply' }],
    ['remove interviewer', { verb: 'remove-interviewer', arg: null }],
    ['remove interviewer 2: New York', { verb: 'remove-interviewer', arg: 'New York', number: 2 }],
  ])('%j', (line, expected) => {
    expect(parseCommand(`${line}${QUOTE}`)).toEqual(expected);
  });

  it('goes with other corrections, one per line', () => {
    expect(parseCommands('remove interviewer: New York\ninterviewer: Melissa Chen')).toEqual([
      { verb: 'remove-interviewer', arg: 'New York' },
      { verb: 'interviewer', arg: 'Melissa Chen' },
    ]);
  });
});

describe('replies from real clients', () => {
  const read = async (name: string) =>
    (await understandMessage(await readFixture(`replies/${name}`), { defaultTimezone: 'UTC' }))
      .reading;

  it('Outlook.com HTML, nothing typed above a Date-first header block: no command', async () => {
    const reading = await read('outlook-com-html-empty-date-first.eml');
    expect(reading.kind).not.toBe('command');
    expect(reading.original?.from?.email).toBe('interviews@followup.example.com');
  });

  it('Gmail, a stop in plain words: a suggestion', async () => {
    expect((await read('gmail-plain-words-stop.eml')).command).toEqual({
      verb: 'stop',
      arg: null,
      unsure: true,
    });
  });

  it('Apple Mail, a typo: a suggestion', async () => {
    expect((await read('apple-mail-typo-snooze.eml')).command).toEqual({
      verb: 'snooze',
      arg: '14 days',
      unsure: true,
    });
  });

  it('Thunderbird format=flowed: remove interviewer', async () => {
    expect((await read('thunderbird-remove-interviewer.eml')).command).toEqual({
      verb: 'remove-interviewer',
      arg: 'Sam Ortiz',
    });
  });

  it('Gmail, a greeting and a question around the command: the command', async () => {
    expect((await read('gmail-greeting-snooze-question.eml')).command).toEqual({
      verb: 'snooze',
      arg: '14 days',
    });
  });

  it('iPhone, "Just sent it, thanks!": sent', async () => {
    expect((await read('iphone-just-sent.eml')).command).toEqual({ verb: 'sent', arg: null });
  });

  it('Outlook, "Please resume the reminders.": resume', async () => {
    expect((await read('outlook-please-resume.eml')).command).toEqual({
      verb: 'resume',
      arg: null,
    });
  });

  it('German Outlook: the corrections above Von:/Gesendet:, none of the quoted examples', async () => {
    expect((await read('outlook-de-corrections.eml')).commands).toEqual([
      { verb: 'company', arg: 'Fernhill Robotics' },
      { verb: 'time', arg: 'Wed 9 Dec 2026 3pm ET' },
    ]);
  });
});

describe('commands inside the first line’s sentences', () => {
  it.each([
    [
      "Pause everything for now please. I'm on holiday and will tell you when I'm back.",
      'pause',
      null,
    ],
    ["I'm back - you can resume the reminders now. Thanks!", 'resume', null],
    ['Can you remind me again in four days? Swamped this week.', 'snooze', '4 days'],
    ['Remind me in 2 weeks please', 'snooze', '14 days'],
    ['Snooze a week. Travelling.', 'snooze', '7 days'],
    ['Could you hold off on this one for a fortnight? School holidays.', 'snooze', '14 days'],
  ])('"%s" -> %s %s', (text, verb, arg) => {
    expect(parseCommand(text)).toMatchObject({ verb, arg });
  });

  it.each([
    "I'm not ready - don't pause anything yet.",
    'Great news. They want a second round - notes to follow.',
    'The recruiter said she would pause the process. Odd.',
  ])('"%s" is no command', (text) => {
    const command = parseCommand(text);
    expect(command === null || command.unsure).toBe(true);
  });
});

describe('resend: a draft that may not have arrived, again', () => {
  it.each([
    ['resend', null],
    ['Resend please', null],
    ['please resend the draft', null],
    ['re-send it, thanks', null],
    ['resend the thank-you note', null],
    ['send it again', null],
    ['Send it again please!', null],
    ['Can you send me the draft again?', null],
    ['it never arrived, can you send it again?', null],
    ['No, it never arrived. Resend please', null],
    ['resend 2', 2],
  ])('%j -> resend', (text, number) => {
    const expected =
      number === null ? { verb: 'resend', arg: null } : { verb: 'resend', arg: null, number };
    expect(parseCommand(`${text}${QUOTE}`)).toEqual(expected);
  });

  it.each([
    'send it',
    'Send it again next week',
    'I will send it again tomorrow myself.',
    'Resent it to Dana this morning',
  ])('%j is no resend', (text) => {
    expect(parseCommand(`${text}${QUOTE}`)?.verb).not.toBe('resend');
  });

  it('a misspelt resend is a suggestion, never a resend', () => {
    expect(parseCommand(`resnd${QUOTE}`)).toEqual({ verb: 'resend', arg: null, unsure: true });
  });
});

describe('notes', () => {
  it('keep the stop the user ends them on', () => {
    expect(parseCommand('notes: Dana runs the Leeds team. Mention my dbt tests!')).toEqual({
      verb: 'notes',
      arg: 'Dana runs the Leeds team. Mention my dbt tests!',
    });
    expect(parseCommand('notes: Dana runs the Leeds team')?.arg).toBe('Dana runs the Leeds team');
  });
});

describe('corrections and commands as people type them', () => {
  it.each([
    ['company Harrow & Vine Foods', 'company', 'Harrow & Vine Foods'],
    ['COMPANY Tessaly Labs\n\nThe recruiter was from an agency.', 'company', 'Tessaly Labs'],
    ['Role Lead Data Engineer, Payments', 'role', 'Lead Data Engineer, Payments'],
    ['interviewer Niamh Doyle', 'interviewer', 'Niamh Doyle'],
    ['company Harrow & Vine Foods please', 'company', 'Harrow & Vine Foods'],
    ['role Data Engineer (Platform)', 'role', 'Data Engineer (Platform)'],
    ['company Quillon Robotics ty', 'company', 'Quillon Robotics'],
    ['Company Quillon Robotics. Cheers', 'company', 'Quillon Robotics'],
    ['time Wed 14 Apr 10:30am\n\nThey moved it earlier, same link.', 'time', 'Wed 14 Apr 10:30am'],
    ['TIME friday 9am PT', 'time', 'friday 9am PT'],
    ['Sent this morning (changed the opening a little). Thanks!', 'sent', null],
    ['stop (took another offer)', 'stop', null],
    ['Brilliant 👍 stop', 'stop', null],
    ['company: Marlow Biosciences, not Marlow Bio', 'company', 'Marlow Biosciences'],
    ['time: Friday 11am ET (not 10am)', 'time', 'Friday 11am ET'],
    ['interviewer Tomas Berg ty', 'interviewer', 'Tomas Berg'],
    ['Forget this one 🤦‍♀️ it was a networking coffee, not an interview.', 'forget', null],
  ])('"%s" -> %s %s', (text, verb, arg) => {
    expect(parseCommand(text)).toMatchObject({ verb, arg });
  });

  it.each([
    'company is wrong, the recruiter works for an agency',
    'role was right, thanks',
    'Company HR rang me this morning about the offer',
    'Interviewer Priya was lovely, thanks',
    'Role I applied for was the junior one',
    'Position Update - through to the final round!',
    'Interviewer Feedback',
    'Company Culture',
    'Company Benefits',
    'Interviewer Notes\nShe asked a lot about my last project.',
    'Role Requirements',
    'Company (Remote)',
    'Time flies - two interviews this week already!',
    'time for a coffee at 3pm before the panel?',
    'Interviewer (Omar)',
    'Lovely news 🎉 they want me back for a second round!',
  ])('"%s" is no correction', (text) => {
    const command = parseCommand(text);
    expect(
      command === null ||
        command.unsure ||
        !['company', 'role', 'interviewer'].includes(command.verb),
    ).toBe(true);
  });

  it.each([
    'Stop (maybe) - let me think about it first',
    'Close (not sure yet)',
    'So close 😅 I really thought I had that one',
    'Jk 😂 stop',
    'Wait 😬 stop them?',
  ])('"%s" is no command: a doubt, a question, or "so close"', (text) => {
    expect(parseCommand(text)).toBeNull();
  });
});
