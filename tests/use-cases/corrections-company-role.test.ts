// `company:` and `role:` on the in-memory ports: the answer the acknowledgment asks for sets
// the application and its interview (the store after), the user gets a confirmation, a second one
// changes nothing, and the bare intake asks which application (`role 2: …`).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { INTAKE, newMessages, testUsers } from '../support/correspondents.ts';
import { DEC_1_2026_7AM_NEW_YORK, HOUR, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const users = testUsers('corrector', 8);
/** The confirmations' interviews are a week or more after. */
const BASE = DEC_1_2026_7AM_NEW_YORK;

describe('company: and role: corrections', () => {
  let stack: MemoryStack;
  let confirmation: string;
  let replyTemplate: string;
  const someone = users.someone;

  /** A real mail as a new message from `user`, now. */
  const from = newMessages('fix@mail.gmail.example', () => stack.clock.now());

  /** A Gmail reply whose first line is `line`, our mail quoted below it. */
  const reply = (line: string, user: string) => from(replyTemplate.replaceAll('Stop.', line), user);

  const send = (raw: string, user: string, to = INTAKE) => stack.send(raw, { from: user, to });

  const mailsTo = (user: string) => stack.mailTo(user);
  const lastMail = (user: string) => stack.lastMailTo(user);
  const open = (user: string, raw = confirmation) => stack.open(user, from(raw, user));

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
    stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed });
    confirmation = (await readFixture('mail/confirmation-no-company.eml')).toString('utf8');
    replyTemplate = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
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
