// `company:` and `role:` through the real local stack: the answer the acknowledgment asks for sets
// the application and its interview (DynamoDB after), the user gets a confirmation, a second one
// changes nothing, and the bare intake asks which application (`role 2: …`).
import PostalMime, { type Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { listSentMail } from '../../local/services/ses.ts';
import { HOUR, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const INTAKE = 'interviews@followup.example.com';
const USERS = Array.from({ length: 8 }, (_, i) => `corrector${i + 1}@example.net`);
/** Tue 1 Dec 2026, 07:00 in New York: the confirmation's interview is on Tue 8 Dec, 11:00. */
const BASE = new Date('2026-12-01T12:00:00Z');

describe('company: and role: corrections', () => {
  let stack: TestStack;
  let confirmation: string;
  let replyTemplate: string;
  let sent = 0;
  let nextUser = 0;

  const someone = () => USERS[nextUser++] ?? 'nobody@example.net';

  /** A real mail as a new message from `user`, now. */
  const from = (raw: string, user: string) =>
    raw
      .replace(/^From: .*$/m, `From: ${user}`)
      .replace(/^Date: .*$/m, `Date: ${stack.clock.now().toUTCString()}`)
      .replace(/^Message-ID: <[^>]+>/m, `Message-ID: <fix-${++sent}@mail.gmail.example>`);

  /** A Gmail reply whose first line is `line`, our mail quoted below it. */
  const reply = (line: string, user: string) => from(replyTemplate.replaceAll('Stop.', line), user);

  const send = (raw: string, user: string, to = INTAKE) => stack.send(raw, { from: user, to });

  async function mailsTo(user: string): Promise<Email[]> {
    const all = await listSentMail(stack.endpoints.ses);
    const parsed = await Promise.all(all.map((mail) => PostalMime.parse(mail.raw ?? '')));
    return parsed.filter((mail) => mail.to?.some((to) => to.address === user));
  }
  const lastMail = async (user: string) => (await mailsTo(user)).at(-1);

  async function open(user: string, raw = confirmation) {
    const before = new Set((await stack.applications(user)).map((a) => a.id));
    expect(await send(from(raw, user), user)).toMatch(/^250/);
    const application = (await stack.applications(user)).find((a) => !before.has(a.id));
    if (!application) throw new Error('no application opened');
    const acknowledgment = await lastMail(user);
    return { application, acknowledgment, replyTo: acknowledgment?.replyTo?.[0]?.address ?? '' };
  }

  const stored = async (user: string, id: string): Promise<Application> => {
    const application = (await stack.applications(user)).find((a) => a.id === id);
    if (!application) throw new Error(`no application ${id}`);
    return application;
  };

  const names = ({ company, role, interviews }: Application) => ({
    company,
    role,
    interviews: interviews.map((i) => ({ company: i.company, role: i.role })),
  });

  beforeAll(async () => {
    stack = await startTestStack({ FOLLOWUP_ALLOWED_SENDERS: USERS.join(',') });
    confirmation = (await readFixture('mail/confirmation-no-company.eml')).toString('utf8');
    replyTemplate = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the acknowledgment: company and role set on the application and its interview, once', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, acknowledgment, replyTo } = await open(user);
    expect(names(application)).toEqual({
      company: null,
      role: null,
      interviews: [{ company: null, role: null }],
    });
    // The acknowledgment asks for the company, in the very form answered below.
    expect(acknowledgment?.text).toMatch(/company: Acme/);

    await send(reply('company: Fernhill Robotics', user), user, replyTo);
    const withCompany = await stored(user, application.id);
    expect(names(withCompany)).toEqual({
      company: 'Fernhill Robotics',
      role: null,
      interviews: [{ company: 'Fernhill Robotics', role: null }],
    });
    expect((await lastMail(user))?.subject).toMatch(/^Done: Company set to Fernhill Robotics/);
    // A name changes no date: the plan and its schedules stay as they were.
    expect(withCompany.milestones).toEqual(application.milestones);

    await send(reply('Role: Staff Engineer, thanks', user), user, replyTo);
    const withRole = await stored(user, application.id);
    expect(names(withRole)).toEqual({
      company: 'Fernhill Robotics',
      role: 'Staff Engineer',
      interviews: [{ company: 'Fernhill Robotics', role: 'Staff Engineer' }],
    });
    expect((await lastMail(user))?.subject).toMatch(/^Done: Role set to Staff Engineer/);

    // Said again: nothing changes, and the user is told so.
    const count = (await mailsTo(user)).length;
    await send(reply('company: Fernhill Robotics', user), user, replyTo);
    expect((await lastMail(user))?.subject).toMatch(
      /^Done: The company was already Fernhill Robotics\. Nothing changed\./,
    );
    expect(await mailsTo(user)).toHaveLength(count + 1);
    expect(names(await stored(user, application.id))).toEqual(names(withRole));

    // The thank-you drafted later uses the names the user gave.
    const thankYou = withRole.milestones.find((m) => m.kind === 'thank-you');
    stack.clock.set(new Date(Date.parse(thankYou?.due ?? '') - HOUR));
    await stack.advance(2 * HOUR);
    const draft = await lastMail(user);
    expect(draft?.subject).toMatch(/^Ready to send: thank-you note/);
    expect(draft?.text).toMatch(/Staff Engineer/);
    expect(draft?.text).toMatch(/Fernhill Robotics/);
  });

  it('one line per missing piece: several corrections are one change and one confirmation', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, replyTo } = await open(user);
    const count = (await mailsTo(user)).length;
    const answer = [
      'company: Fernhill Robotics',
      'time: Dec 9 2026 3pm ET',
      'interviewer: Sam Ortiz <sam.ortiz@fernhill.example>',
      'role: Staff Engineer',
      '',
      'Thanks!',
    ].join('\n');
    await send(reply(answer, user), user, replyTo);

    const after = await stored(user, application.id);
    expect(names(after)).toEqual({
      company: 'Fernhill Robotics',
      role: 'Staff Engineer',
      interviews: [{ company: 'Fernhill Robotics', role: 'Staff Engineer' }],
    });
    expect(after.interviews[0]?.interviewers.map((p) => p.email)).toEqual([
      'morgan.blake.builds@gmail.example',
      'sam.ortiz@fernhill.example',
    ]);
    expect(after.interviews[0]?.start).toBe('2026-12-09T15:00:00-05:00');
    // A thank-you per interviewer after the new time, each with its schedule (moved once).
    const thankYous = after.milestones.filter((m) => m.kind === 'thank-you');
    expect(thankYous.map((m) => m.interviewer?.name)).toEqual(['Morgan Blake', 'Sam Ortiz']);
    for (const thankYou of thankYous) expect(thankYou.due.startsWith('2026-12-09')).toBe(true);
    const pending = after.milestones.filter((m) => m.state === 'PENDING');
    const schedules = (await stack.scheduleNames()).filter((n) => n.startsWith(`${after.id}-`));
    expect(schedules).toEqual(pending.map((m) => `${after.id}-${m.id}`).sort());

    const [confirmation, ...others] = (await mailsTo(user)).slice(count);
    expect(others).toEqual([]);
    expect(confirmation?.subject).toMatch(
      /^Done: Company set to Fernhill Robotics; .*Interview time set to Wed, Dec 9.*Added Sam Ortiz as an interviewer\. Role set to Staff Engineer/,
    );
  });

  it('an empty answer changes nothing and says how to write it', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, replyTo } = await open(user);
    await send(reply('company:', user), user, replyTo);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Write the company after the colon/);
    expect(names(await stored(user, application.id))).toEqual(names(application));
  });

  it('to the bare intake: which application? then `role 2: …` renames the second only', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const first = await open(user);
    stack.clock.set(new Date(BASE.getTime() + 60_000));
    const second = await open(user, confirmation.replaceAll("Tuesday's call", 'Our call'));

    await send(reply('role: Principal Engineer', user), user, INTAKE);
    const question = await lastMail(user);
    expect(question?.subject).toBe('Which application should role act on?');
    expect(question?.text).toMatch(/role 1: Principal Engineer/);
    expect(names(await stored(user, first.application.id))).toEqual(names(first.application));
    expect(names(await stored(user, second.application.id))).toEqual(names(second.application));

    await send(reply('role 2: Principal Engineer', user), user, INTAKE);
    expect((await stored(user, second.application.id)).role).toBe('Principal Engineer');
    expect((await stored(user, second.application.id)).interviews[0]?.role).toBe(
      'Principal Engineer',
    );
    expect((await stored(user, first.application.id)).role).toBeNull();
    expect((await lastMail(user))?.subject).toMatch(/^Done: Role set to Principal Engineer/);
  });
});
