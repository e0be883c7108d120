// The logs of real flows (forward, commands, an employer's reply, every draft, stop, a stranger,
// a duplicate) hold ids only: no address, name, subject or line of any mail that went in or out.
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createJsonLogger } from '../../functions/core/logger.ts';
import { INTAKE, newMessages } from '../support/correspondents.ts';
import { DAY, DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const USER = 'alex.rivera@example.net';
const STRANGER = 'mallory@example.com';
const ADDRESS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[a-z]+/gi;
/** "Dana Lee <dana@…>" in a quoted header or a signature: the name. */
const NAMED_ADDRESS = /([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+)\s*<[^>\s]+@/g;
/** "Subject: ", "From: ", "Fwd: RE: " before the words that matter. */
const LABELS = /^(?:[A-Za-z-]{2,20}:\s*)+/;

/** Everything personal one mail holds: its addresses, names, subject and each line of text. */
async function personalParts(raw: string | Uint8Array): Promise<string[]> {
  const mail = await PostalMime.parse(raw);
  const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
  const people = [mail.from, ...(mail.to ?? []), ...(mail.cc ?? []), ...(mail.replyTo ?? [])];
  const parts = [
    ...(text.match(ADDRESS) ?? []),
    ...[...text.matchAll(NAMED_ADDRESS)].map((match) => match[1] ?? ''),
    ...people.flatMap((person) => [person?.name ?? '', person?.address ?? '']),
    mail.subject ?? '',
    // Lines long enough to be the writer's own words, not a bare "Hi," or "stop".
    ...(mail.text ?? '').split('\n').map((line) => line.replace(/^[>\s]+/, '').trim()),
  ];
  return [...parts, ...parts.map((part) => part.replace(LABELS, ''))].filter(
    (part) => part.length >= 8,
  );
}

describe('captured logs of real flows', () => {
  const lines: string[] = [];
  const inputs: Array<string | Uint8Array> = [];
  let stack: MemoryStack;
  const from = newMessages('logscan@mail.gmail.example', () => stack.clock.now());

  beforeAll(async () => {
    vi.stubEnv('FOLLOWUP_LOG_LEVEL', 'info');
    stack = startMemoryStack(
      { FOLLOWUP_ALLOWED_SENDERS: USER },
      { logger: createJsonLogger((_level, line) => lines.push(line)) },
    );
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const send = async (raw: string, envelope: { from: string; to: string }) => {
      inputs.push(raw);
      return stack.send(raw, envelope);
    };

    const confirmation = from(
      (await readFixture('mail/confirmation-simple.eml')).toString('utf8'),
      USER,
    );
    inputs.push(confirmation);
    const { replyTo } = await stack.open(USER, confirmation);
    await send(confirmation, { from: USER, to: INTAKE }); // the same message again
    const notes = (await readFixture('mail/command-notes-signature.eml')).toString('utf8');
    await send(from(notes, USER), { from: USER, to: replyTo });
    const status = (await readFixture('mail/command-status.eml')).toString('utf8');
    await send(from(status, USER), { from: USER, to: replyTo });
    const stranger = from(confirmation, STRANGER);
    await send(stranger, { from: STRANGER, to: INTAKE });
    await stack.advance(12 * DAY); // the thank-you draft
    const neutral = (await readFixture('replies/neutral-harborview.eml')).toString('utf8');
    await send(from(neutral, USER), { from: USER, to: INTAKE });
    await stack.advance(30 * DAY); // the follow-ups
    const stop = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
    await send(from(stop, USER), { from: USER, to: replyTo });
  });

  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('log each step by id', () => {
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.length).toBeGreaterThan(8);
    expect(entries.filter((entry) => entry.message === 'draft sent').length).toBeGreaterThan(1);
    expect(entries.some((entry) => entry.reason === 'not-allowed')).toBe(true);
    expect(entries.some((entry) => entry.outcome === 'duplicate')).toBe(true);
    expect(entries.every((entry) => typeof entry.message === 'string')).toBe(true);
  });

  it('hold no address, name, subject or text of the mail that went in or out', async () => {
    const mailOut = stack.mailer.sent().map((mail) => mail.raw);
    expect(mailOut.length).toBeGreaterThan(4);
    const personal = new Set(
      (await Promise.all([...inputs, ...mailOut].map(personalParts))).flat(),
    );
    expect(personal).toContain(USER);
    expect(personal).toContain('Interview confirmation - Frontend Engineer');
    expect(personal).toContain('Jamie Chen');
    const logs = lines.join('\n').toLowerCase();
    const leaked = [...personal].filter((part) => logs.includes(part.toLowerCase()));
    expect(leaked).toEqual([]);
    expect(logs).not.toMatch(ADDRESS);
  });
});
