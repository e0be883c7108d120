// Hands-free through the real local stack, over SMTP: the user sends the `.eml` draft with its Bcc
// and followup records it on the draft, silently; the employer's answer in that thread is matched
// by In-Reply-To alone; `sent` marks the draft it answers; the List-Unsubscribe target closes the
// application, and forged stop addresses do nothing.
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import PostalMime, { type Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { asNewMessage, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';
import { expectedSchedules } from '../support/schedules.ts';

const INTAKE = 'interviews@followup.example.com';
const USERS = Array.from({ length: 8 }, (_, i) => `sender${i + 1}@example.net`);
/** Tue 1 Dec 2026, 07:00 in New York: the confirmation's interview is on Thu 10 Dec, 14:00. */
const BASE = new Date('2026-12-01T12:00:00Z');
/** Fri 11 Dec, 10:00 in New York: the thank-you drafts are out, no follow-up yet. */
const AFTER_THANK_YOU = new Date('2026-12-11T15:00:00Z');
/** Fri 18 Dec, 10:00 in New York: the first follow-up is out too. */
const AFTER_FOLLOW_UP = new Date('2026-12-18T15:00:00Z');

describe('sent drafts and one-click stop', () => {
  let stack: TestStack;
  let confirmation: string;
  let replyTemplate: string;
  let nextUser = 0;
  let sent = 0;

  const someone = () => USERS[nextUser++] ?? 'nobody@example.net';

  const from = (raw: string, user: string) =>
    asNewMessage(raw, {
      from: user,
      date: stack.clock.now(),
      messageId: `fwd-${++sent}@mail.gmail.example`,
    });

  async function moveClock(to: Date) {
    stack.clock.set(to);
    await stack.fireDue();
  }

  /** Opens an application from the confirmation, forwarded anew (its own Message-ID). */
  async function open(user: string): Promise<Application> {
    const before = new Set((await stack.applications(user)).map((a) => a.id));
    await stack.send(from(confirmation, user), { from: user, to: INTAKE });
    const opened = (await stack.applications(user)).find((a) => !before.has(a.id));
    if (!opened) throw new Error('no application opened');
    return opened;
  }

  async function application(user: string, id: string): Promise<Application> {
    const found = (await stack.applications(user)).find((a) => a.id === id);
    if (!found) throw new Error(`no application ${id}`);
    return found;
  }

  /** The draft mails of one application (their Reply-To is its signed address). */
  async function draftMails(user: string, replyTo: string): Promise<Email[]> {
    return (await stack.mailTo(user)).filter(
      (mail) =>
        mail.subject?.startsWith('Ready to send:') && mail.replyTo?.[0]?.address === replyTo,
    );
  }

  async function attachedEml(mail: Email): Promise<Email> {
    const attachment = mail.attachments.find((entry) => entry.filename?.endsWith('.eml'));
    if (!attachment) throw new Error('no .eml draft attached');
    return PostalMime.parse(attachment.content);
  }

  /**
   * What the user's client does with the opened `.eml`: a new message with the draft's To, Cc,
   * subject and text and a Message-ID of its own, the Bcc line dropped from the headers and kept
   * as an envelope recipient. SES sees only the recipient on its own domain: the Bcc.
   */
  async function sendDraft(user: string, draft: Email, messageId: string) {
    const bcc = draft.bcc?.[0]?.address;
    if (!bcc) throw new Error('the draft has no Bcc');
    const raw = await new MailComposer({
      from: user,
      to: (draft.to ?? []).map((to) => ({ name: to.name, address: to.address ?? '' })),
      cc: (draft.cc ?? []).map((cc) => ({ name: cc.name, address: cc.address ?? '' })),
      subject: draft.subject ?? '',
      messageId: `<${messageId}>`,
      date: stack.clock.now(),
      text: draft.text ?? '',
    })
      .compile()
      .build();
    expect(raw.toString('latin1')).not.toMatch(/^bcc:/im);
    await stack.send(raw, { from: user, to: bcc });
  }

  /** The employer's answer to the sent mail, forwarded by the user as an attachment. */
  async function forwardAnswer(user: string, inReplyTo: string, subject: string) {
    const original = [
      'From: Dana Lee <dana.lee@harborviewlabs.example>',
      `To: ${user}`,
      `Subject: Re: ${subject}`,
      `Date: ${stack.clock.now().toUTCString()}`,
      `Message-ID: <answer-${randomUUID()}@harborviewlabs.example>`,
      `In-Reply-To: <${inReplyTo}>`,
      `References: <${inReplyTo}>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      'Hi,',
      '',
      'Thank you for your note and for your time. After careful consideration, we have decided not to move forward with your application at this time.',
      '',
      'Best regards,',
      'Dana',
      '',
    ].join('\r\n');
    const raw = await new MailComposer({
      from: user,
      to: INTAKE,
      subject: `FW: Re: ${subject}`,
      messageId: `<fwd-${++sent}@mail.gmail.example>`,
      date: stack.clock.now(),
      text: 'fyi',
      attachments: [{ filename: 'answer.eml', content: original, contentType: 'message/rfc822' }],
    })
      .compile()
      .build();
    await stack.send(raw, { from: user, to: INTAKE });
  }

  /** The mailto: target of a mail's List-Unsubscribe header. */
  function unsubscribeTarget(mail: Email): string {
    const value = mail.headers.find((entry) => entry.key === 'list-unsubscribe')?.value ?? '';
    const match = /^<mailto:([^?>]+)\?subject=stop>$/.exec(value);
    if (!match?.[1]) throw new Error(`no mailto: List-Unsubscribe in "${value}"`);
    return match[1];
  }

  /** What a mail client's unsubscribe button sends: the target, a fixed subject and body. */
  async function pressUnsubscribe(
    user: string,
    target: string,
    says = { subject: 'Unsubscribe', text: 'This message was automatically generated by Gmail.' },
  ) {
    const raw = await new MailComposer({
      from: user,
      to: target,
      subject: says.subject,
      messageId: `<unsub-${++sent}@mail.gmail.example>`,
      date: stack.clock.now(),
      text: says.text,
    })
      .compile()
      .build();
    await stack.send(raw, { from: user, to: target });
  }

  beforeAll(async () => {
    stack = await startTestStack({ FOLLOWUP_ALLOWED_SENDERS: USERS.join(',') });
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    replyTemplate = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('the sent .eml draft is marked sent, silently; the answer in its thread is matched by In-Reply-To', async () => {
    stack.clock.set(BASE);
    const user = someone();
    // Two applications alike in every way (company, role, people, time): only the thread tells
    // the employer's answer apart.
    const first = await open(user);
    const second = await open(user);
    await moveClock(AFTER_THANK_YOU);
    const firstAddress = (await stack.mailTo(user))
      .map((mail) => mail.replyTo?.[0]?.address ?? '')
      .find((address) => address.includes(`+${first.id}.`));
    if (!firstAddress) throw new Error('no mail about the first application');
    const [draftMail] = await draftMails(user, firstAddress);
    if (!draftMail) throw new Error('no draft of the first application');
    expect(draftMail.text).toContain(`Bcc:     ${firstAddress}`);
    expect(draftMail.text).toMatch(/Keep followup in Bcc/);
    const mailto = new URL(/mailto:[^\s"]+/.exec(draftMail.text ?? '')?.[0] ?? '');
    expect(mailto.searchParams.get('bcc')).toBe(firstAddress);
    const draft = await attachedEml(draftMail);
    expect(draft.bcc?.map((entry) => entry.address)).toEqual([firstAddress]);

    const mailsBefore = (await stack.mailTo(user)).length;
    const sentFrom = stack.clock.now().getTime();
    await sendDraft(user, draft, 'CAsent-thank-you-1@mail.gmail.example');

    const marked = await application(user, first.id);
    const thankYou = marked.milestones.find((m) => m.sentCopy);
    expect(thankYou?.kind).toBe('thank-you');
    expect(thankYou?.draft?.mailIds).toContain(draftMail.messageId?.replace(/^<|>$/g, ''));
    expect(thankYou?.sentCopy).toEqual({
      messageId: 'CAsent-thank-you-1@mail.gmail.example',
      subject: draft.subject,
    });
    // The local clock runs on: the copy was recorded while it was being delivered.
    const recordedAt = Date.parse(thankYou?.userSentAt ?? '');
    expect(recordedAt).toBeGreaterThanOrEqual(sentFrom);
    expect(recordedAt).toBeLessThanOrEqual(stack.clock.now().getTime());
    // Not a command, a correction or a confirmation: nothing else moved, nothing came back.
    expect(marked.status).toBe('OPEN');
    expect(marked.interviews).toEqual(first.interviews);
    expect((await stack.applications(user)).length).toBe(2);
    expect((await application(user, second.id)).milestones.some((m) => m.userSentAt)).toBe(false);
    expect((await stack.mailTo(user)).length).toBe(mailsBefore);

    // The same copy delivered again changes nothing.
    await sendDraft(user, draft, 'CAsent-thank-you-1@mail.gmail.example');
    expect((await application(user, first.id)).version).toBe(marked.version);

    await forwardAnswer(user, 'CAsent-thank-you-1@mail.gmail.example', draft.subject ?? '');
    const answered = await application(user, first.id);
    expect(answered.status).toBe('CLOSED');
    expect(await stack.schedulesOf(answered)).toEqual([]);
    const untouched = await application(user, second.id);
    expect(untouched.status).toBe('OPEN');
    expect(await stack.schedulesOf(untouched)).toEqual(expectedSchedules(untouched));
    const last = (await stack.mailTo(user)).at(-1);
    expect(last?.subject).toMatch(/^Ready to send: a gracious reply to Harborview Labs/);
    expect(last?.replyTo?.[0]?.address).toBe(firstAddress);
  });

  it('`sent` in reply to an older draft mail marks that draft, not the latest', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const opened = await open(user);
    // One step at a time: the drafts of one firing go out in no fixed order.
    await moveClock(AFTER_THANK_YOU);
    await moveClock(AFTER_FOLLOW_UP);
    const drafts = (await stack.mailTo(user)).filter((m) => m.subject?.startsWith('Ready to send'));
    const thankYouMail = drafts.find((m) => m.subject?.includes('thank-you'));
    expect(drafts.at(-1)?.subject).toMatch(/first follow-up/);
    if (!thankYouMail?.messageId) throw new Error('no thank-you draft');

    const reply = from(replyTemplate.replaceAll('Stop.', 'Sent it, thanks!'), user)
      .replace(/^In-Reply-To: .*$/m, `In-Reply-To: ${thankYouMail.messageId}`)
      .replace(/^References: .*$/m, `References: ${thankYouMail.messageId}`);
    const to = thankYouMail.replyTo?.[0]?.address ?? INTAKE;
    await stack.send(reply, { from: user, to });

    const after = await application(user, opened.id);
    const userSent = after.milestones.filter((m) => m.userSentAt).map((m) => m.kind);
    expect(userSent).toEqual(['thank-you']);
    expect((await stack.mailTo(user)).at(-1)?.subject).toMatch(/^Done: Noted: you sent it/);
  });

  it('every mail carries List-Unsubscribe; the target closes its application, silently', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const opened = await open(user);
    await moveClock(AFTER_THANK_YOU);
    const mails = await stack.mailTo(user);
    const targets = mails.map(unsubscribeTarget);
    expect(new Set(targets).size).toBe(1);
    const [target = ''] = targets;
    expect(target).toMatch(new RegExp(`^interviews\\+stop-${opened.id}\\.[a-z0-9_-]{16}@`));

    const count = mails.length;
    await pressUnsubscribe(user, target);
    const closed = await application(user, opened.id);
    expect(closed.status).toBe('CLOSED');
    expect(closed.milestones.filter((m) => m.state === 'PENDING')).toEqual([]);
    expect(await stack.schedulesOf(closed)).toEqual([]);
    expect((await stack.mailTo(user)).length).toBe(count);
  });

  it("mail about no application names the digest's stop address: it turns the digest off", async () => {
    stack.clock.set(BASE);
    const user = someone();
    const digestOn = from(replyTemplate.replaceAll('Stop.', 'digest on'), user);
    await stack.send(digestOn, { from: user, to: INTAKE });
    const confirmation = (await stack.mailTo(user)).at(-1);
    expect(confirmation?.subject).toMatch(/^Done: Weekly digest on/);
    const digests = async () =>
      (await stack.scheduleNames()).filter((n) => n.startsWith('digest-'));
    expect(await digests()).toHaveLength(1);

    const count = (await stack.mailTo(user)).length;
    // Another client's button: subject "unsubscribe", no body at all.
    await pressUnsubscribe(user, unsubscribeTarget(confirmation as Email), {
      subject: 'unsubscribe',
      text: '',
    });
    expect(await digests()).toEqual([]);
    expect((await stack.mailTo(user)).length).toBe(count);
  });

  it('forged stop addresses do nothing and get no mail', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const other = someone();
    const opened = await open(user);
    await open(other);
    const target = unsubscribeTarget((await stack.mailTo(user)).at(-1) as Email);
    const forged = target.replace(/\.([a-z0-9_-])/, (_, c: string) => `.${c === 'a' ? 'b' : 'a'}`);
    const otherApplication = (await stack.applications(other))[0];
    const guessed = target.replace(opened.id, otherApplication?.id ?? '');
    const counts = [(await stack.mailTo(user)).length, (await stack.mailTo(other)).length];

    await pressUnsubscribe(user, forged);
    // Another user's application under this user's MAC, and this user's address sent by another.
    await pressUnsubscribe(user, guessed);
    await pressUnsubscribe(other, target);

    expect((await application(user, opened.id)).status).toBe('OPEN');
    expect((await stack.applications(other))[0]?.status).toBe('OPEN');
    expect([(await stack.mailTo(user)).length, (await stack.mailTo(other)).length]).toEqual(counts);
  });
});
