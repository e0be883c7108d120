// Employer replies forwarded by the user, on the in-memory ports: each class changes the
// plan as it should (store and Scheduler after) and mails the user what fits; matching by
// token, thread, domain and subject; the user is asked when it is ambiguous.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { INTAKE, newMessages, testUsers } from '../support/correspondents.ts';
import { DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';
import {
  expectClosedByRejection,
  expectSchedulesMatch as schedulesMatch,
} from '../support/schedules.ts';

const users = testUsers('candidate', 16);
/** The confirmations' interviews are a week or more after. */
const BASE = DEC_1_2026_7AM_NEW_YORK;

describe('employer replies', () => {
  let stack: MemoryStack;

  let confirmation: string;
  let replyTemplate: string;
  const someone = users.someone;

  /** A real mail as a new message from `user`. */
  const from = newMessages('reply@mail.gmail.example');

  const fixture = async (name: string) => (await readFixture(`replies/${name}`)).toString('utf8');

  const send = (raw: string, user: string, to = INTAKE) => stack.send(raw, { from: user, to });

  const mailsTo = (user: string) => stack.mailTo(user);

  const expectSchedulesMatch = (application: Application) => schedulesMatch(stack, application);

  const only = (user: string) => stack.onlyApplication(user);

  const states = (application: Application) =>
    Object.fromEntries(application.milestones.map((m) => [m.id, m.state]));

  async function open(user: string, raw = confirmation) {
    const { application, replyTo } = await stack.open(user, from(raw, user));
    return { application, replyTo };
  }

  beforeAll(async () => {
    stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed });
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    replyTemplate = await fixture('stop-gmail.eml');
  });

  /**
   * Moves the local clock, then fires what came due and waits for it, as `followup clock set`
   * does: otherwise the emulator's own tick fires it at any moment during the test's next steps.
   */
  async function moveClock(to: Date): Promise<void> {
    stack.clock.set(to);
    await stack.fireDue();
  }

  it('a rejection (matched by the employer domain) cancels everything, closes, and drafts a gracious reply, once', async () => {
    stack.clock.set(BASE);
    const user = someone();
    await open(user);
    await moveClock(new Date('2026-12-16T16:31:00Z'));
    const rejection = await fixture('rejection-harborview.eml');
    await send(from(rejection, user), user);

    const closed = await only(user);
    // The thank-you went out on the 10th; nothing else will.
    await expectClosedByRejection(stack, closed);
    const draft = (await mailsTo(user)).at(-1);
    expect(draft?.subject).toBe(
      'Ready to send: a gracious reply to Harborview Labs (Frontend Engineer)',
    );
    expect(draft?.text).toMatch(/Jamie Chen <jamie\.chen@harborviewlabs\.example>/);
    expect(draft?.attachments.some((a) => a.filename?.endsWith('.eml'))).toBe(true);

    // The same rejection forwarded again: handled once, and the user is told so.
    const count = (await mailsTo(user)).length;
    await send(from(rejection, user), user);
    expect((await mailsTo(user)).slice(count).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Done: I already handled this reply/),
    ]);
    expect(states(await only(user))).toEqual(states(closed));
  });

  it('a next round (sent to the reply address) retires the follow-ups, plans a new round and drafts an answer', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    await moveClock(new Date('2026-12-14T20:02:00Z'));
    await send(from(await fixture('advance-harborview.eml'), user), user, replyTo);

    const advanced = await only(user);
    expect(advanced.status).toBe('OPEN');
    expect(advanced.interviews.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(advanced.interviews[1]?.company).toBe('Harborview Labs');
    expect(advanced.interviews[1]?.start).toBeNull();
    const nudges = advanced.milestones.filter((m) => m.kind !== 'thank-you');
    expect(nudges.every((m) => m.state === 'CANCELLED')).toBe(true);
    await expectSchedulesMatch(advanced);
    expect((await mailsTo(user)).at(-1)?.subject).toMatch(
      /^Ready to send: reply to the next-round invitation/,
    );

    // Once the time is known, the new round gets its own drafts.
    await send(
      from(replyTemplate.replaceAll('Stop.', 'time: January 5, 2027 at 10:00 AM ET'), user),
      user,
      replyTo,
    );
    const planned = await only(user);
    expect(planned.interviews[1]?.start).toBe('2027-01-05T10:00:00-05:00');
    const round2 = planned.milestones.filter((m) => m.interviewId === 'i2');
    expect(round2.map((m) => m.kind)).toContain('thank-you');
    expect(round2.every((m) => m.state === 'PENDING')).toBe(true);
    await expectSchedulesMatch(planned);
  });

  it('an offer (an attached original in the confirmation thread) closes with congratulations', async () => {
    stack.clock.set(BASE);
    const user = someone();
    await open(user);
    await moveClock(new Date('2026-12-17T19:01:00Z'));
    await send(from(await fixture('offer-harborview-attached.eml'), user), user);
    const closed = await only(user);
    expect(closed.status).toBe('CLOSED');
    expect(closed.threadMessageIds).toContain('offer-5a6b7c8d9e@hv-talent.example');
    expect(await stack.schedulesOf(closed)).toEqual([]);
    const mail = (await mailsTo(user)).at(-1);
    expect(mail?.subject).toBe(
      'Congratulations on the offer from Harborview Labs! (a reply draft inside)',
    );
  });

  it('a neutral reply with a date moves the follow-ups past it; nothing is cancelled', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application } = await open(user);
    const before = application.milestones.find((m) => m.kind === 'follow-up-1');
    expect(before?.due).toBe('2026-12-18T09:30:00-05:00');
    await moveClock(new Date('2026-12-14T14:41:00Z'));
    await send(from(await fixture('neutral-harborview.eml'), user), user);

    const moved = await only(user);
    expect(moved.status).toBe('OPEN');
    expect(Object.values(states(moved)).filter((s) => s === 'CANCELLED')).toEqual([]);
    // They decide by Friday 18 Dec: the first follow-up waits for the next business day.
    expect(moved.milestones.find((m) => m.kind === 'follow-up-1')?.due).toBe(
      '2026-12-21T09:30:00-05:00',
    );
    await expectSchedulesMatch(moved);
    const mail = (await mailsTo(user)).at(-1);
    expect(mail?.subject).toMatch(/^Done: They answered and expect news by Fri, Dec 18/);
    expect(mail?.text).toMatch(/next follow-up now comes Mon, Dec 21, 9:30 AM ET/);
  });

  it('an out-of-office reply moves the next nudge after their return and cancels nothing', async () => {
    stack.clock.set(BASE);
    const user = someone();
    await open(user);
    await moveClock(new Date('2026-12-11T17:06:00Z'));
    await send(from(await fixture('out-of-office-harborview.eml'), user), user);
    const moved = await only(user);
    expect(Object.values(states(moved)).filter((s) => s === 'CANCELLED')).toEqual([]);
    expect(moved.milestones.find((m) => m.kind === 'follow-up-1')?.due).toBe(
      '2026-12-22T09:30:00-05:00',
    );
    await expectSchedulesMatch(moved);
    expect((await mailsTo(user)).at(-1)?.subject).toMatch(
      /^Done: They are out of the office until 2026-12-21/,
    );
  });

  it('an automatic acknowledgment changes nothing and gets no answer', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application } = await open(user);
    const count = (await mailsTo(user)).length;
    await send(from(await fixture('auto-ack-harborview.eml'), user), user);
    expect(await mailsTo(user)).toHaveLength(count);
    expect(await only(user)).toEqual(application);
  });

  it('a rejection from an ATS address is matched by the role in its subject', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application: other } = await open(
      user,
      confirmation
        .replaceAll('Frontend Engineer', 'Data Engineer')
        .replaceAll('Harborview Labs', 'Copperfield')
        .replaceAll('harborviewlabs', 'copperfield'),
    );
    const { application } = await open(user);
    await send(from(await fixture('rejection-ats-subject.eml'), user), user);
    const after = await stack.applications(user);
    expect(after.find((a) => a.id === application.id)?.status).toBe('CLOSED');
    expect(after.find((a) => a.id === other.id)?.status).toBe('OPEN');
  });

  it('when two applications could match, the user is asked, and `2` applies the reply to the second', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const first = await open(user);
    stack.clock.set(new Date(BASE.getTime() + 60_000));
    const second = await open(
      user,
      confirmation.replaceAll('Frontend Engineer', 'Platform Engineer'),
    );
    const count = (await mailsTo(user)).length;
    await send(from(await fixture('rejection-harborview-no-role.eml'), user), user);

    const [question, ...more] = (await mailsTo(user)).slice(count);
    expect(more).toEqual([]);
    expect(question?.text).toMatch(/Which application is this reply about\?/);
    expect(question?.text).toMatch(/1\) Harborview Labs, Frontend Engineer/);
    expect(question?.text).toMatch(/2\) Harborview Labs, Platform Engineer/);
    expect((await stack.applications(user)).map((a) => a.status)).toEqual(['OPEN', 'OPEN']);

    await send(from(replyTemplate.replaceAll('Stop.', '2'), user), user);
    const after = await stack.applications(user);
    expect(after.find((a) => a.id === second.application.id)?.status).toBe('CLOSED');
    expect(after.find((a) => a.id === first.application.id)?.status).toBe('OPEN');
    expect(await stack.schedulesOf(second.application)).toEqual([]);
    expect((await mailsTo(user)).at(-1)?.subject).toBe(
      'Ready to send: a gracious reply to Harborview Labs (Platform Engineer)',
    );

    // The pick is used up: `2` again changes nothing.
    await send(from(replyTemplate.replaceAll('Stop.', '2'), user), user);
    expect((await stack.applications(user)).map((a) => a.status).sort()).toEqual([
      'CLOSED',
      'OPEN',
    ]);
  });

  it('a reply to one of our own mails finds its application by thread', async () => {
    stack.clock.set(BASE);
    const user = someone();
    await open(user, confirmation.replaceAll('Frontend Engineer', 'Platform Engineer'));
    const { application } = await open(user);
    const acknowledgment = (await mailsTo(user)).at(-1);
    const ourId = acknowledgment?.messageId?.replace(/^<|>$/g, '') ?? '';
    const stored = (await stack.applications(user)).find((a) => a.id === application.id);
    expect(stored?.threadMessageIds).toContain(ourId);

    // A forwarded rejection whose References carry our acknowledgment's Message-ID.
    const rejection = (await fixture('rejection-harborview-no-role.eml')).replace(
      /^Subject: /m,
      `In-Reply-To: <${ourId}>\nReferences: <${ourId}>\nSubject: `,
    );
    await send(from(rejection, user), user);
    const after = await stack.applications(user);
    expect(after.find((a) => a.id === application.id)?.status).toBe('CLOSED');
    expect(after.filter((a) => a.status === 'OPEN')).toHaveLength(1);
  });
});
