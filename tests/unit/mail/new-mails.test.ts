// The mails that used to borrow the command confirmation: "which application?", forget's request
// and goodbye, the weekly digest; the complete help; the `.ics` after plan changes; and drafts
// signed with the user's name (or a clear slot for it). Read back with postal-mime.
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import * as changes from '../../../functions/core/changes.ts';
import {
  type ComposedMail,
  choiceOption,
  createMailRenderer,
} from '../../../functions/core/mail/index.ts';
import { COMMANDS, HELP_SECTIONS } from '../../../functions/core/mail/views.ts';
import type { Application, Milestone } from '../../../functions/core/model.ts';
import { defaultPolicy } from '../../../functions/core/planning/index.ts';
import { planChanged } from '../../../functions/core/use-cases/change-application.ts';
import { EVERY_COUNTRY } from '../../support/holidays.ts';
import { applicationFixture, contextFixture, interviewFixture } from './fixtures.ts';
import { addressesOf, attachedDraft, draftInText, parseMail } from './mime.ts';

const renderer = createMailRenderer({});
const context = contextFixture({ replyTo: 'interviews@followup.example.com' });
const acme = applicationFixture();
const globex = applicationFixture({
  id: 'klmnopqrst',
  company: 'Globex',
  role: 'Platform Engineer',
  status: 'PAUSED',
  interviews: [interviewFixture({ company: 'Globex', role: 'Platform Engineer' })],
});

async function calendarOf(mail: ComposedMail) {
  const parsed = await PostalMime.parse(mail.raw, { attachmentEncoding: 'utf8' });
  const ics = parsed.attachments.find((a) => a.mimeType === 'text/calendar');
  if (!ics) return null;
  const calendar = new ICAL.Component(ICAL.parse(String(ics.content)));
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    status: String(event.getFirstPropertyValue('status')),
    summary: String(event.getFirstPropertyValue('summary')),
  }));
}

describe('"which application?"', () => {
  const options = [choiceOption(acme, 1), choiceOption(globex, 2)];

  it('words each application with what comes next for it', () => {
    expect(options).toEqual([
      {
        number: 1,
        label: 'Acme, Staff Engineer',
        next: 'next: thank-you note to Dana Lee, Tue, Apr 14, 4:45 PM ET',
      },
      { number: 2, label: 'Globex, Platform Engineer', next: 'paused' },
    ]);
  });

  it('a numbered list, one per line, with how to answer; the subject is only the question', async () => {
    const mail = await renderer.choice({
      question: 'Which application should stop act on?',
      options,
      command: 'stop',
      context,
    });
    expect(mail.subject).toBe('Which application should stop act on?');
    const email = await parseMail(mail.raw);
    expect(addressesOf(email.replyTo)).toEqual(['interviews@followup.example.com']);
    expect(mail.text).toContain(
      '\n  1) Acme, Staff Engineer (next: thank-you note to Dana Lee, Tue, Apr 14, 4:45 PM ET)\n  2) Globex, Platform Engineer (paused)\n',
    );
    expect(mail.text).toContain('with the command and the number, for example:\n  stop 1\n');
    expect(email.html).toMatch(/<ol[^>]*>\s*<li value="1"[^>]*><strong>Acme, Staff Engineer/);
    expect(email.html).toContain('<li value="2"');
    expect(email.html).toContain('>stop 1</pre>');
    expect(mail.text).toContain('Reply to this mail with a command');
  });

  it('for a forwarded reply the number alone answers, after the note on what went wrong', async () => {
    const mail = await renderer.choice({
      question: 'Which application is this reply about?',
      note: 'There is no number 7 in the list I sent.',
      options,
      command: null,
      context,
    });
    expect(mail.text).toMatch(
      /^Which application is this reply about\?\n\nThere is no number 7 in the list I sent\.\n\n {2}1\) /,
    );
    expect(mail.text).toContain('with just the number, for example:\n  1\n');
  });

  it('shows the answer the caller words, argument and all', async () => {
    const mail = await renderer.choice({
      question: 'Which application do you mean?',
      options,
      command: 'snooze',
      example: 'snooze 1 3d',
      context,
    });
    expect(mail.text).toContain('for example:\n  snooze 1 3d\n');
    expect(mail.html).toContain('>snooze 1 3d</pre>');
  });

  it('with nothing to choose from, says so instead of an empty list', async () => {
    const mail = await renderer.choice({
      question: 'Which application should pause act on?',
      options: [],
      command: 'pause',
      context,
    });
    expect(mail.text).toContain('You have no open application to choose from');
    expect(mail.text).not.toContain('for example');
    expect(mail.html).not.toContain('<ol');
  });
});

describe('forget', () => {
  it('the request says what goes, how to confirm and by when, with no command footer', async () => {
    const mail = await renderer.forgetRequest({
      applications: [acme, globex],
      expiresAt: '2026-04-15T20:45:00Z',
      timezone: 'Europe/Berlin',
      repeated: false,
      context,
    });
    expect(mail.subject).toBe('Confirm: delete everything followup keeps about you?');
    expect(mail.text).toContain(
      'To confirm, reply forget to this mail within 24 hours, by Wed, 15 Apr, 22:45 CEST.',
    );
    expect(mail.text).toContain(
      '2 applications, and with them 10 scheduled drafts:\n      Acme, Staff Engineer\n      Globex, Platform Engineer',
    );
    expect(mail.text).not.toContain('Reply to this mail with a command');
    expect(mail.html).not.toContain('Reply to this mail with a command');
    expect(mail.html).toContain('reply <code>forget</code> to this mail within 24 hours');
  });

  it('a second forget is the same request, with the time that is left', async () => {
    const mail = await renderer.forgetRequest({
      applications: [],
      expiresAt: '2026-04-15T01:45:00Z',
      timezone: 'UTC',
      repeated: true,
      context,
    });
    expect(mail.text).toContain('You already asked: this is the same request');
    expect(mail.text).toContain('within 5 hours, by Wed 15 Apr, 01:45 UTC');
    expect(mail.text).toContain('no applications: you have none');
  });

  it('the goodbye says everything is gone and cancels every event of the old plans', async () => {
    const closed = [acme, globex].map((application) => ({
      ...application,
      status: 'CLOSED' as const,
      milestones: application.milestones.map((m, i) => ({
        ...m,
        state: (i === 0 ? 'SENT' : 'CANCELLED') as Milestone['state'],
      })),
    }));
    const mail = await renderer.forgotten({ deleted: 2, applications: closed, context });
    expect(mail.subject).toBe(
      'Done: Deleted: 2 applications, your settings and every scheduled draft',
    );
    expect(mail.text).toContain('followup keeps nothing more about you');
    expect(mail.text).toContain('      Globex, Platform Engineer');
    const events = await calendarOf(mail);
    expect(events).toHaveLength(10);
    expect(new Set(events?.map((event) => event.status))).toEqual(new Set(['CANCELLED']));

    const nothing = await renderer.forgotten({ deleted: 0, applications: [], context });
    expect(nothing.subject).toBe('Done: Deleted: your settings (you had no applications)');
    expect(await calendarOf(nothing)).toBeNull();
  });
});

describe('the weekly digest', () => {
  it('is the status under a digest heading, saying when the next one comes', async () => {
    const mail = await renderer.status({
      applications: [acme, globex],
      digest: { next: '2026-04-20T09:30:00-04:00', timezone: 'America/New_York' },
      context,
    });
    expect(mail.subject).toBe('Status: 2 open applications');
    expect(mail.text).toMatch(/^Your weekly digest: 2 open applications\n/);
    expect(mail.text).toContain(
      'This is your weekly digest: the next one comes Mon, Apr 20, 9:30 AM ET. Reply digest off to stop it.',
    );
    expect(mail.html).toContain('<h1 style="font-size:20px;margin:0 0 12px;">Your weekly digest');

    const asked = await renderer.status({ applications: [acme], context });
    expect(asked.text).toMatch(/^1 open application:\n/);
    expect(asked.text).not.toContain('weekly digest');
  });
});

describe('help and the footer', () => {
  it('help lists every command followup understands, with the numbered form', async () => {
    const mail = await renderer.help({ context });
    for (const command of [
      'stop',
      'pause',
      'resume',
      'snooze 3d',
      'snooze 2026-12-01',
      'sent',
      'heard back',
      'notes: …',
      'update: …',
      'time: Tue 3pm ET',
      'interviewer: Dana Lee <dana@acme.example>',
      'company: …',
      'role: …',
      'set timezone Europe/Berlin',
      'set hours 8-19',
      'digest on',
      'digest off',
      'status',
      'help',
      'linkedin',
      'forget',
    ]) {
      expect(mail.text).toMatch(
        new RegExp(`\\n {2}${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |\\n)`),
      );
      expect(mail.html).toContain(
        `<code>${command.replace('<', '&lt;').replace('>', '&gt;')}</code>`,
      );
    }
    for (const alias of ['close', 'cancel', 'unsubscribe']) expect(mail.text).toContain(alias);
    expect(mail.text).toContain('e.g. stop 2');
    // The help is the full list: no footer repeating part of it.
    expect(mail.text).not.toContain('Reply to this mail with a command');
  });

  it('a command too long for the column puts its meaning under it, at the column', async () => {
    const mail = await renderer.help({ context });
    const lines = mail.text.split('\n');
    const at = lines.indexOf('  interviewer: Dana Lee <dana@acme.example>');
    expect(at).toBeGreaterThan(0);
    const column = (lines.find((line) => line.startsWith('  stop ')) ?? '').indexOf('close');
    expect(lines[at + 1]?.search(/\S/)).toBe(column);
  });

  it('the footer stays short: the everyday commands, each in the help too', async () => {
    expect(COMMANDS.length).toBeLessThanOrEqual(8);
    const everything = HELP_SECTIONS.flatMap((section) => section.commands.map((c) => c.command));
    for (const entry of COMMANDS) expect(everything).toContain(entry.command);
    const mail = await renderer.commandConfirmation({ application: acme, summary: 'x', context });
    const footer = mail.text.slice(mail.text.indexOf('\n-- \n'));
    expect(footer.trim().split('\n')).toHaveLength(2 + COMMANDS.length);
  });
});

describe('the updated plan rides along as an .ics', () => {
  it('a settings change lists every moved application and attaches all their events', async () => {
    const mail = await renderer.commandConfirmation({
      application: null,
      summary: 'Your time zone is now Europe/Berlin; pending drafts moved to fit it.',
      planChanged: true,
      replanned: [acme, globex],
      context,
    });
    expect(mail.text).toContain('\nAcme, Staff Engineer\n  - Thank-you note to Dana Lee:');
    expect(mail.text).toContain('\nGlobex, Platform Engineer\n  - ');
    const events = await calendarOf(mail);
    expect(events).toHaveLength(acme.milestones.length + globex.milestones.length);
    // Globex is paused: its drafts are held, not confirmed.
    expect(events?.filter((event) => event.uid.startsWith('klmnopqrst-'))).toEqual(
      globex.milestones.map((m) =>
        expect.objectContaining({ status: 'TENTATIVE', uid: `klmnopqrst-${m.id}@followup` }),
      ),
    );
    const unchanged = await renderer.commandConfirmation({
      application: null,
      summary: 'Your time zone was already Europe/Berlin. Nothing changed.',
      replanned: [acme],
      context,
    });
    expect(await calendarOf(unchanged)).toBeNull();
  });

  it('a confirmation about one application attaches its plan only when it moved', async () => {
    const moved = await renderer.commandConfirmation({
      application: acme,
      summary: 'Snoozed.',
      planChanged: true,
      context,
    });
    expect(await calendarOf(moved)).toHaveLength(acme.milestones.length);
    const noted = await renderer.commandConfirmation({
      application: acme,
      summary: 'Noted.',
      context,
    });
    expect(await calendarOf(noted)).toBeNull();
  });

  it('an employer reply always changes the plan, so its mail carries it unless told otherwise', async () => {
    const next = await renderer.employerReply({
      kind: 'next-round-reply',
      application: acme,
      interview: interviewFixture(),
      recipient: null,
      context,
    });
    expect(await calendarOf(next)).toHaveLength(acme.milestones.length);
    const quiet = await renderer.employerReply({
      kind: 'offer-reply',
      application: acme,
      interview: interviewFixture(),
      recipient: null,
      planChanged: false,
      context,
    });
    expect(await calendarOf(quiet)).toBeNull();
  });
});

describe('which changes count as a plan change', () => {
  const ctx = {
    policy: defaultPolicy,
    holidays: EVERY_COUNTRY,
    userTimezone: 'America/New_York',
    now: new Date('2026-04-14T12:00:00Z'),
  };

  it('moved or cancelled milestones, pause and resume do; notes and `sent` do not', () => {
    const open = applicationFixture();
    const paused = changes.pause(open, ctx.now).application;
    expect(planChanged(open, paused)).toBe(true);
    // Snoozed while paused: the use-case keeps the schedules off, yet every due time moves.
    const snoozed = changes.snooze(paused, '2026-05-01T09:30:00-04:00', ctx);
    expect(planChanged(paused, snoozed.application)).toBe(true);
    expect(planChanged(paused, changes.resume(paused, ctx).application)).toBe(true);
    expect(planChanged(open, changes.stopNudges(open, ctx.now).application)).toBe(true);
    expect(planChanged(open, changes.close(open, ctx.now).application)).toBe(true);
    const noted = { ...open, notes: ['we discussed their Kafka migration'], version: 2 };
    expect(planChanged(open, noted)).toBe(false);
    const [first, ...rest] = open.milestones;
    if (!first) throw new Error('no milestone in the fixture');
    const sent = { ...open, milestones: [{ ...first, state: 'SENT' as const }, ...rest] };
    expect(planChanged(sent, changes.markSent(sent, ctx.now).application)).toBe(false);
  });
});

describe('drafts signed with the user’s name', () => {
  const interview = interviewFixture();
  const thankYou = (application: Application) => {
    const [milestone] = application.milestones;
    if (!milestone) throw new Error('no milestone in the fixture');
    return renderer.draft({ application, milestone, interview, context });
  };

  it('every draft ends with the name when it is known, the .eml too', async () => {
    const application = applicationFixture({ userName: 'Sam Doe' });
    const mail = await thankYou(application);
    expect(draftInText(mail.text)).toMatch(/\n\nBest regards,\nSam Doe$/);
    const { draft } = await attachedDraft(await parseMail(mail.raw));
    expect(draft.text?.trim()).toMatch(/Best regards,\nSam Doe$/);
    for (const kind of ['rejection-reply', 'next-round-reply', 'offer-reply'] as const) {
      const reply = await renderer.employerReply({
        kind,
        application,
        interview,
        recipient: null,
        context,
      });
      expect(draftInText(reply.text)).toMatch(/\nSam Doe$/);
    }
    for (const milestone of application.milestones) {
      const drafted = await renderer.draft({ application, milestone, interview, context });
      expect(draftInText(drafted.text)).toMatch(/\nSam Doe$/);
      expect(drafted.text).not.toContain('[your name]');
    }
    const linkedin = await renderer.linkedin({ application, interview, recipient: null, context });
    expect(draftInText(linkedin.text)).toMatch(/ Best, Sam$/);
  });

  it('unknown, the sign-off is a marked slot the checklist points at', async () => {
    const mail = await thankYou(
      applicationFixture({ notes: ['we discussed their Kafka migration'] }),
    );
    expect(draftInText(mail.text)).toMatch(/\nBest regards,\n\[your name\]$/);
    expect(mail.text).toContain('[ ] Fill in or delete [your name] before sending');
    expect(mail.lint?.ok).toBe(true);
    expect(mail.html).toMatch(/<span style="[^"]*background:#fff8c5[^"]*">\[your name\]<\/span>/);
    const linkedin = await renderer.linkedin({
      application: applicationFixture(),
      interview,
      recipient: null,
      context,
    });
    expect(draftInText(linkedin.text)).toMatch(/ Best, \[your name\]$/);
  });

  it('takes the display name of the address mail goes to when the application has none', async () => {
    const application = applicationFixture();
    const [milestone] = application.milestones;
    if (!milestone) throw new Error('no milestone in the fixture');
    const named = await renderer.draft({
      application,
      milestone,
      interview,
      context: contextFixture({ to: '"Sam Doe" <sam.doe@example.com>' }),
    });
    expect(draftInText(named.text)).toMatch(/\nSam Doe$/);
    // A name that is really an address, or spans lines, is no name to sign with.
    const signedBy = async (userName: string) =>
      draftInText((await thankYou(applicationFixture({ userName }))).text)
        .split('\n')
        .at(-1);
    for (const userName of ['sam.doe@example.com', '  ', 'Sam\r\nBcc: x@evil.example']) {
      expect(await signedBy(userName)).toBe('[your name]');
    }
    expect(await signedBy('  "Zoë\r\nO\'Brien"  ')).toBe("Zoë O'Brien");
  });
});
