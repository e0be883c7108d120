// `notes:` at any time, through the inbound and milestone use-cases on in-memory ports: a note
// sent after the thank-you went out reaches both follow-ups, and re-drafts the thank-you once when
// it is not sent on yet; a redelivered or repeated note re-drafts nothing more.
import { beforeAll, describe, expect, it } from 'vitest';
import { newMessages, testUsers } from '../support/correspondents.ts';
import { DAY, DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const users = testUsers('notes', 6, []);
const NOTE = 'notes: we discussed their Kafka migration';
/** How the drafts word that note (see referenceFrom). */
const REFERENCE = /discussing your Kafka migration/;

describe('notes at any time', () => {
  let stack: MemoryStack;
  let confirmation: string;
  let replyTemplate: string;
  const from = newMessages('notes@mail.gmail.example', () => stack.clock.now());
  const reply = (command: string, user: string) =>
    from(replyTemplate.replaceAll('Stop.', command), user);
  const drafts = async (user: string, noun: string) =>
    (await stack.mailTo(user)).filter((mail) => mail.subject?.startsWith(`Ready to send: ${noun}`));

  beforeAll(async () => {
    stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed });
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    replyTemplate = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });

  /** A user whose thank-you draft went out without a note; its reply address. */
  async function thankYouOut() {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const user = users.someone();
    const { replyTo } = await stack.open(user, from(confirmation, user));
    await stack.advance(10 * DAY);
    const [thankYou] = await drafts(user, 'thank-you note');
    expect(thankYou?.text).not.toMatch(REFERENCE);
    return { user, replyTo };
  }

  it('after the thank-you: one re-drafted thank-you, both follow-ups carry the note', async () => {
    const { user, replyTo } = await thankYouOut();
    const note = reply(NOTE, user);
    await stack.send(note, { from: user, to: replyTo });
    const answer = (await stack.mailTo(user)).find((mail) =>
      mail.subject?.startsWith('Done: Noted'),
    );
    expect(answer?.subject).toMatch(/your thank-you note comes again with it/);
    const thankYous = await drafts(user, 'thank-you note');
    expect(thankYous).toHaveLength(2);
    expect(thankYous[1]?.text).toMatch(REFERENCE);
    expect(thankYous[1]?.text).not.toMatch(/\[mention something you discussed\]/);

    // The same mail delivered again, and the same note in a new mail: no third thank-you.
    await stack.send(note, { from: user, to: replyTo });
    await stack.send(reply(NOTE, user), { from: user, to: replyTo });
    expect(await drafts(user, 'thank-you note')).toHaveLength(2);

    // A `sent` to the re-draft names the thank-you.
    const [application] = await stack.applications(user);
    const thankYou = application?.milestones.find((m) => m.kind === 'thank-you');
    expect(thankYou?.draft?.note).toBe('we discussed their Kafka migration');
    expect(thankYou?.draft?.mailIds.length).toBeGreaterThanOrEqual(2);

    await stack.advance(60 * DAY);
    const followUps = [
      ...(await drafts(user, 'first follow-up')),
      ...(await drafts(user, 'second follow-up')),
    ];
    expect(followUps).toHaveLength(2);
    for (const followUp of followUps) expect(followUp.text).toMatch(REFERENCE);
  });

  it('a thank-you the user sent on is not re-drafted; the follow-ups still carry the note', async () => {
    const { user, replyTo } = await thankYouOut();
    await stack.send(reply('sent', user), { from: user, to: replyTo });
    await stack.send(reply(NOTE, user), { from: user, to: replyTo });
    expect(await drafts(user, 'thank-you note')).toHaveLength(1);
    await stack.advance(60 * DAY);
    const [followUp] = await drafts(user, 'first follow-up');
    expect(followUp?.text).toMatch(REFERENCE);
  });

  it('a note before the interview: the thank-you carries it and is never re-drafted', async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const user = users.someone();
    const { replyTo } = await stack.open(user, from(confirmation, user));
    await stack.send(reply(NOTE, user), { from: user, to: replyTo });
    await stack.advance(10 * DAY);
    await stack.send(reply('notes: we discussed their Kafka migration', user), {
      from: user,
      to: replyTo,
    });
    const thankYous = await drafts(user, 'thank-you note');
    expect(thankYous).toHaveLength(1);
    expect(thankYous[0]?.text).toMatch(REFERENCE);
  });
});
