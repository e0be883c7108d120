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

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** Tue 1 Dec 2026, 07:00 in New York: a week and more before the fixtures' interviews. */
export const DEC_1_2026_7AM_NEW_YORK = new Date('2026-12-01T12:00:00Z');
