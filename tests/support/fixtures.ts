// Test support: paths of the project's own fixtures and of the shared corpus (absent in a clone).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const fixturePath = (name: string) => resolve(repoRoot, 'tests', 'fixtures', name);
export const readFixture = (name: string) => readFile(fixturePath(name));

/** `../shared` beside the repository: present on the team's machines and CI, not in a clone. */
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(sharedDir);

/** The shared corpus's users and their own zones, as its README gives them (their followup settings). */
export const CORPUS_USER_ZONES: Record<string, string> = {
  'alex.rivera@example.net': 'America/New_York',
  'priya.n@example.org': 'America/Chicago',
  'hannah.whitfield@example.com': 'Europe/London',
  'devika.menon@mail.example': 'Asia/Kolkata',
};

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** A real mail as a new message: its From, Date and Message-ID replaced, all else as written. */
export function asNewMessage(
  raw: string,
  fields: { from: string; date: Date; messageId: string },
): string {
  return raw
    .replace(/^From: .*$/m, `From: ${fields.from}`)
    .replace(/^Date: .*$/m, `Date: ${fields.date.toUTCString()}`)
    .replace(/^Message-ID: <[^>]+>/m, `Message-ID: <${fields.messageId}>`);
}

/** Tue 1 Dec 2026, 07:00 in New York: a week and more before the fixtures' interviews. */
export const DEC_1_2026_7AM_NEW_YORK = new Date('2026-12-01T12:00:00Z');
