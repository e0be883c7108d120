// Every mail the renderer composes, read back with postal-mime as a mail client would.
import { describe, expect, it } from 'vitest';
import {
  type ComposedMail,
  createMailRenderer,
  lintDraft,
} from '../../../functions/core/mail/index.ts';
import type { Milestone } from '../../../functions/core/model.ts';
import { applicationFixture, contextFixture, dana, interviewFixture, sam } from './fixtures.ts';
import {
  addressesOf,
  attachedDraft,
  draftInText,
  header,
  hrefs,
  parseMail,
  rawHeaderBlock,
} from './mime.ts';

const renderer = createMailRenderer({});
const context = contextFixture();

async function expectWellFormed(mail: ComposedMail) {
  const email = await parseMail(mail.raw);
  expect(email.subject).toBe(mail.subject);
  expect(mail.subject).not.toMatch(/[\r\n]/);
  expect(addressesOf(email.replyTo)).toEqual([context.replyTo]);
  expect(addressesOf(email.to)).toEqual([context.to]);
  expect(addressesOf(email.from ? [email.from] : [])).toEqual(['interviews@followup.example.com']);
  expect(email.messageId).toBe(`<${mail.messageId}>`);
  expect(mail.messageId).toMatch(/@followup\.example\.com$/);
  expect(email.text?.trim()).toBe(mail.text.trim());
  expect(email.html).toContain('<html');
  expect(email.html).not.toMatch(/<script|<img|<link|<iframe|src=|url\(/i);
  expect(header(email, 'bcc')).toEqual([]);
  return email;
}

function milestone(kind: Milestone['kind'], index = 0): Milestone {
  const found = applicationFixture().milestones.filter((entry) => entry.kind === kind)[index];
  if (!found) throw new Error(`no ${kind} milestone in the fixture`);
  return found;
}

describe('draft mails', () => {
  const application = applicationFixture({ notes: ['we discussed their Kafka migration'] });
  const interview = interviewFixture();

  it('thank-you: subject, send-by with zone, the draft, mailto and an .eml that opens as a draft', async () => {
    const mail = await renderer.draft({
      application,
      milestone: milestone('thank-you'),
      interview,
      context,
    });
    expect(mail.subject).toBe('Ready to send: thank-you note to Dana Lee (Acme, Staff Engineer)');
    const email = await expectWellFormed(mail);
    const lines = mail.text.split('\n');
    expect(lines[0]).toBe('Send by tomorrow, Wed, Apr 15, 2:45 PM ET.');
    expect(lines[1]).toMatch(/^Why: A thank-you within 24 hours/);

    const draftText = draftInText(mail.text);
    expect(draftText).toMatch(/^Hi Dana,/);
    expect(draftText).toContain('I especially enjoyed discussing your Kafka migration.');
    expect(lintDraft('thank-you', draftText, application.notes).ok).toBe(true);
    expect(mail.text).toContain('[x] Says thank you');

    const mailto = /mailto:[^\s"]+/.exec(mail.text)?.[0] ?? '';
    const url = new URL(mailto);
    expect(decodeURIComponent(url.pathname)).toBe('dana@acme.example');
    expect(url.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(draftText);
    expect(hrefs(email.html ?? '')).toEqual([mailto]);

    const { filename, draft } = await attachedDraft(email);
    expect(filename).toBe('thank-you-dana-lee.eml');
    expect(header(draft, 'x-unsent')).toEqual(['1']);
    expect(draft.messageId).toMatch(/@followup\.example\.com>$/);
    expect(draft.to).toEqual([{ name: 'Dana Lee', address: 'dana@acme.example' }]);
    expect(draft.subject).toBe(url.searchParams.get('subject'));
    expect(draft.subject).toBe('Thank you – Staff Engineer interview');
    expect(draft.text?.trim()).toBe(draftText);
    const attachment = email.attachments.find((entry) => entry.filename === filename);
    expect(attachment?.mimeType).toBe('message/rfc822');
    expect(attachment?.disposition).toBe('attachment');
  });

  it('one thank-you per interviewer, each addressed by name; no address means no To', async () => {
    const mail = await renderer.draft({
      application,
      milestone: milestone('thank-you', 1),
      interview,
      context,
    });
    expect(mail.subject).toBe('Ready to send: thank-you note to Sam Park (Acme, Staff Engineer)');
    const email = await expectWellFormed(mail);
    expect(draftInText(mail.text)).toMatch(/^Hi Sam,/);
    expect(mail.text).toContain('Sam Park (address unknown: add it before sending)');
    const { draft } = await attachedDraft(email);
    expect(draft.to ?? []).toEqual([]);
    expect(header(draft, 'x-unsent')).toEqual(['1']);
    expect(/mailto:\?bcc=[^&\s]+&subject=/.test(mail.text)).toBe(true);
    expect(sam.email).toBeNull();
  });

  it('without notes the reference is a clearly marked slot the checklist points at', async () => {
    const plain = applicationFixture();
    const mail = await renderer.draft({
      application: plain,
      milestone: milestone('thank-you'),
      interview,
      context,
    });
    expect(draftInText(mail.text)).toContain('[mention something you discussed]');
    expect(mail.text).toContain('[ ] Fill in or delete [mention something you discussed]');
  });

  it('first follow-up respects the stated decision date and has the add-value slot', async () => {
    const mail = await renderer.draft({
      application,
      milestone: milestone('follow-up-1'),
      interview,
      context: contextFixture({ now: new Date('2026-04-20T13:30:00Z') }),
    });
    expect(mail.subject).toBe('Ready to send: first follow-up to Dana Lee (Acme, Staff Engineer)');
    await expectWellFormed(mail);
    expect(mail.text).toMatch(/^Send by tomorrow, Tue, Apr 21, 9:30 AM ET\./);
    expect(mail.text).toContain('Acme said they would decide by Fri, Apr 17');
    const draftText = draftInText(mail.text);
    expect(draftText).toContain('[add a recent project or certification');
    const lint = lintDraft('follow-up-1', draftText, application.notes);
    expect(lint.ok).toBe(true);
    expect(lint.words).toBeLessThanOrEqual(120);
  });

  it('an `update:` note fills the add-value slot', async () => {
    const updated = applicationFixture({
      notes: ['we discussed their Kafka migration', 'update: I passed the CKA exam last week'],
      userName: 'Sam Doe',
    });
    const mail = await renderer.draft({
      application: updated,
      milestone: milestone('follow-up-1'),
      interview,
      context,
    });
    expect(draftInText(mail.text)).toContain(
      'A quick update since we spoke: I passed the CKA exam last week.',
    );
    expect(mail.text).toContain('[x] No blanks left to fill');
  });

  it('second follow-up is shorter and says when the application will close', async () => {
    const first = await renderer.draft({
      application,
      milestone: milestone('follow-up-1'),
      interview,
      context,
    });
    const mail = await renderer.draft({
      application,
      milestone: milestone('follow-up-2'),
      interview,
      context,
    });
    expect(mail.subject).toBe('Ready to send: second follow-up to Dana Lee (Acme, Staff Engineer)');
    await expectWellFormed(mail);
    expect(mail.text).toContain('closes the application on Mon, May 4, 9:30 AM ET');
    const words = (text: string) => lintDraft('follow-up-2', text, []).words;
    expect(words(draftInText(mail.text))).toBeLessThan(words(draftInText(first.text)));
  });

  it('close-out tells the user the application is closed and offers a keep-in-touch note', async () => {
    const mail = await renderer.draft({
      application,
      milestone: milestone('close-out'),
      interview,
      context,
    });
    expect(mail.subject).toBe(
      'Closed: Acme, Staff Engineer (an optional keep-in-touch note inside)',
    );
    const email = await expectWellFormed(mail);
    expect(mail.text).toContain('The application is closed');
    expect(draftInText(mail.text)).toContain('keep me in mind for future roles');
    expect((await attachedDraft(email)).filename).toBe('keep-in-touch-dana-lee.eml');
  });

  it('a late draft says to send it as soon as possible', async () => {
    const mail = await renderer.draft({
      application,
      milestone: milestone('thank-you'),
      interview,
      context: contextFixture({ now: new Date('2026-04-16T12:00:00Z') }),
    });
    expect(mail.text.split('\n')[0]).toBe(
      'Send it as soon as you can: it was best sent by Wed, Apr 15, 2:45 PM ET.',
    );
  });
});

describe('system mails', () => {
  const application = applicationFixture();
  const interview = interviewFixture();

  it('acknowledgment: what was understood, every pending milestone with zone, how to correct', async () => {
    const mail = await renderer.acknowledgment({ application, interview, missing: [], context });
    expect(mail.subject).toBe(
      'Got it: interview with Acme (Staff Engineer), Tue, Apr 14, 10:45 AM PT',
    );
    await expectWellFormed(mail);
    expect(mail.text).toContain('Tue, Apr 14, 10:45 AM–11:45 AM PT');
    expect(mail.text).toContain('Dana Lee <dana@acme.example>, Sam Park');
    for (const pending of application.milestones) {
      expect(mail.text).toContain(pending.kind === 'close-out' ? 'Close-out' : 'follow-up');
    }
    expect(mail.text).toContain('Thank-you note to Sam Park: Tue, Apr 14, 4:45 PM ET');
    expect(mail.text).toContain('Mon, May 4, 9:30 AM ET');
    expect(mail.text).toContain('time: Tue 3pm ET');
    expect(mail.text).toContain('interviewer: Dana Lee <dana@acme.example>');
    expect(mail.text).not.toContain('What is missing');
  });

  it('acknowledgment with something missing says what and exactly how to answer', async () => {
    const partial = applicationFixture({
      interviews: [interviewFixture({ interviewers: [] })],
    });
    const mail = await renderer.acknowledgment({
      application: partial,
      interview: interviewFixture({ interviewers: [] }),
      missing: ["interviewer's name"],
      context,
    });
    expect(mail.subject).toBe('Got it, with a question: interview with Acme (Staff Engineer)');
    const email = await expectWellFormed(mail);
    expect(mail.text).toContain("What is missing\n  - interviewer's name");
    expect(mail.text).toContain(
      'filled in like this:\n  interviewer: Dana Lee <dana@acme.example>',
    );
    expect(email.html).toContain('interviewer&#x27;s name');
  });

  it('unreadable: names what could not be found and how to fix it', async () => {
    const mail = await renderer.unreadable({ missing: ['interview time'], context });
    expect(mail.subject).toBe('I could not find the interview time');
    await expectWellFormed(mail);
    expect(mail.text).toContain(
      'reply to this mail with this line, filled in:\n  time: Tue 14 Apr 3pm ET',
    );
    expect(mail.text).toContain('forward the original confirmation again');
  });

  it('stop confirmation lists what was cancelled', async () => {
    const stopped = applicationFixture({
      status: 'CLOSED',
      milestones: application.milestones.map((entry) => ({ ...entry, state: 'CANCELLED' })),
    });
    const mail = await renderer.stopConfirmation({ application: stopped, context });
    expect(mail.subject).toBe('Stopped: Acme, Staff Engineer');
    await expectWellFormed(mail);
    expect(mail.text).toContain('First follow-up to Dana Lee (was due Mon, Apr 20, 9:30 AM ET)');
  });

  it('status lists every open application with its next dates, soonest first', async () => {
    const other = applicationFixture({
      id: 'klmnopqrst',
      company: 'Globex',
      role: null,
      status: 'PAUSED',
      interviews: [interviewFixture({ company: 'Globex', role: null })],
      milestones: application.milestones.map((entry) => ({
        ...entry,
        due: entry.due.replace('2026-04', '2026-03'),
      })),
    });
    const mail = await renderer.status({ applications: [application, other], context });
    expect(mail.subject).toBe('Status: 2 open applications');
    await expectWellFormed(mail);
    expect(mail.text.indexOf('Globex (paused)')).toBeLessThan(
      mail.text.indexOf('Acme, Staff Engineer'),
    );
    const empty = await renderer.status({ applications: [], context });
    expect(empty.subject).toBe('Status: no open applications');
    expect(empty.text).toContain('Forward an interview confirmation');
  });

  it('help explains the commands', async () => {
    const mail = await renderer.help({ context });
    await expectWellFormed(mail);
    for (const command of [
      'stop',
      'pause',
      'resume',
      'snooze 3d',
      'sent',
      'notes: …',
      'status',
      'help',
    ]) {
      expect(mail.text).toContain(`\n  ${command} `);
    }
  });

  it('command confirmation shows the summary and what is next', async () => {
    const mail = await renderer.commandConfirmation({
      application,
      summary: 'snoozed 3 days',
      context,
    });
    expect(mail.subject).toBe('Done: snoozed 3 days (Acme, Staff Engineer)');
    await expectWellFormed(mail);
    const none = await renderer.commandConfirmation({
      application: null,
      summary: 'paused',
      context,
    });
    expect(none.subject).toBe('Done: paused');
  });

  it('threads mail about an application with its Message-IDs', async () => {
    const mail = await renderer.stopConfirmation({ application, context });
    expect(rawHeaderBlock(mail.raw)).toMatch(/^References: <CAF1234@mail\.gmail\.com>$/m);
    const email = await parseMail(mail.raw);
    expect(dana.email).toBe('dana@acme.example');
    expect(email.references).toBe('<CAF1234@mail.gmail.com>');
  });
});

describe('employer replies and the LinkedIn variant', () => {
  const application = applicationFixture({ notes: ['we discussed their Kafka migration'] });
  const interview = interviewFixture();

  it('rejection: a gracious reply asking to be considered for future roles', async () => {
    const mail = await renderer.employerReply({
      kind: 'rejection-reply',
      application,
      interview,
      recipient: { name: 'Priya Raman', email: 'priya@acme.example' },
      context,
    });
    expect(mail.subject).toBe('Ready to send: a gracious reply to Acme (Staff Engineer)');
    const email = await expectWellFormed(mail);
    const draftText = draftInText(mail.text);
    expect(draftText).toMatch(/^Hi Priya,\n\nThank you for letting me know/);
    expect(draftText).toContain('keep me in mind for future roles');
    expect(mail.lint?.ok).toBe(true);
    const { draft } = await attachedDraft(email);
    expect(addressesOf(draft.to)).toEqual(['priya@acme.example']);
    expect(draft.text?.trim()).toBe(draftText);
  });

  it('next round: a reply with a slot for the times that suit', async () => {
    const mail = await renderer.employerReply({
      kind: 'next-round-reply',
      application,
      interview,
      recipient: null,
      context,
    });
    await expectWellFormed(mail);
    expect(draftInText(mail.text)).toMatch(/^Hi Dana,/);
    expect(mail.text).toContain('[ ] Fill in or delete [list two or three times');
  });

  it('offer: congratulations and a short thank-you that leaves compensation out', async () => {
    const mail = await renderer.employerReply({
      kind: 'offer-reply',
      application,
      interview,
      recipient: null,
      context,
    });
    expect(mail.subject).toBe('Congratulations on the offer from Acme! (a reply draft inside)');
    await expectWellFormed(mail);
    expect(mail.text).toContain('The application is closed');
    expect(mail.lint?.checks.find((check) => check.rule === 'salary')?.passed).toBe(true);
  });

  it('LinkedIn: one short message within 300 characters, no attachment', async () => {
    const mail = await renderer.linkedin({ application, interview, recipient: null, context });
    expect(mail.subject).toBe('Ready to send: LinkedIn message to Dana Lee (Acme, Staff Engineer)');
    const email = await expectWellFormed(mail);
    const message = draftInText(mail.text);
    expect(message).toMatch(
      /^Hi Dana, thank you for speaking with me about the Staff Engineer role\./,
    );
    expect([...message].length).toBeLessThanOrEqual(300);
    expect(email.attachments).toEqual([]);
    expect(mail.lint?.ok).toBe(true);
  });
});
