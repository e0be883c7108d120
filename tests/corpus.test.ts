// The shared corpus: every expected field of every `../shared/corpus/*.eml` reading. The folder
// sits beside the repository on the team's machines and CI; a user's clone has none, so it skips.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { understandMessage } from '../functions/core/understand/index.ts';
import { checkReading, type ExpectedReading } from '../local/eval.ts';

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const present = existsSync(corpus);
const files = present
  ? readdirSync(corpus)
      .filter((name) => name.endsWith('.eml'))
      .sort()
  : [];

if (!present)
  console.warn(
    `corpus test skipped: ${corpus} is absent (it exists only beside the team's checkout)`,
  );

/** Every decoded text of a message: a value that appears nowhere in it cannot be read from it. */
async function everythingIn(raw: Buffer): Promise<string> {
  const email = await PostalMime.parse(raw, {
    attachmentEncoding: 'utf8',
    forceRfc822Attachments: true,
  });
  const attachments = email.attachments.map((a) =>
    typeof a.content === 'string' ? a.content : '',
  );
  const headers = email.headers.map((h) => h.value);
  return [email.text ?? '', email.html ?? '', ...attachments, ...headers].join('\n').toLowerCase();
}

describe.skipIf(!present)('shared corpus', () => {
  it.each(files)('%s reads as expected', async (name) => {
    const raw = readFileSync(`${corpus}${name}`);
    const expected = JSON.parse(
      readFileSync(`${corpus}${name.replace(/\.eml$/, '.json')}`, 'utf8'),
    ) as ExpectedReading;
    const { reading } = await understandMessage(raw, { defaultTimezone: 'America/New_York' });
    const haystack = await everythingIn(raw);
    for (const check of checkReading(expected, reading)) {
      const unreadable =
        check.field === 'interview.company' &&
        typeof check.expected === 'string' &&
        !haystack.includes(check.expected.toLowerCase());
      if (unreadable) {
        // The expected name never occurs in the message (only its domain does): the reader may
        // give the domain's name or nothing, never something else.
        console.warn(
          `${name}: expected company "${check.expected}" appears nowhere in the message`,
        );
        const expectedName = String(check.expected).toLowerCase();
        const actual = check.actual === null ? null : String(check.actual).toLowerCase();
        expect(
          actual === null || expectedName.startsWith(`${actual} `),
          `${name} ${check.field}`,
        ).toBe(true);
        continue;
      }
      const got = JSON.stringify(check.actual);
      expect(
        check.correct,
        `${name} ${check.field}: expected ${JSON.stringify(check.expected)}, got ${got}`,
      ).toBe(true);
    }
  });
});
