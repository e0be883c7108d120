// CLI -> reader evaluation: reads every .eml of a folder, compares the reading with the sibling
// .json expected reading field by field, and prints a per-field accuracy table
// (`npm run eval -- FOLDER`), so anyone can measure the reader on their own mail.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import type { Reading } from '../functions/core/reading.ts';
import { understandMessage } from '../functions/core/understand/index.ts';

/** An expected reading as the corpus writes it (extra keys such as `note` are ignored). */
export interface ExpectedReading {
  kind: string;
  /** The user's zone the reading assumes, for mail that names no zone (else the run's default). */
  defaultTimezone?: string;
  interview?: Record<string, unknown>;
  reply?: Record<string, unknown>;
  command?: Record<string, unknown>;
}

export interface FieldCheck {
  field: string;
  expected: unknown;
  actual: unknown;
  correct: boolean;
}

const SECTIONS = ['interview', 'reply', 'command'] as const;

function sameInstantAndOffset(expected: string, actual: unknown): boolean {
  if (typeof actual !== 'string') return false;
  const a = DateTime.fromISO(expected, { setZone: true });
  const b = DateTime.fromISO(actual, { setZone: true });
  return a.isValid && b.isValid && a.toMillis() === b.toMillis() && a.offset === b.offset;
}

function normalisedPeople(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .map((person) => {
      const p = person as { name?: unknown; email?: unknown };
      const name = String(p.name ?? '')
        .toLowerCase()
        .trim();
      const email = p.email ? String(p.email).toLowerCase().trim() : '';
      return `${name}<${email}>`;
    })
    .sort();
}

/** Compares one expected value with the reader's: times by instant and offset, people as a set. */
export function sameValue(field: string, expected: unknown, actual: unknown): boolean {
  if (field.endsWith('.interviewers')) {
    return JSON.stringify(normalisedPeople(expected)) === JSON.stringify(normalisedPeople(actual));
  }
  if (
    typeof expected === 'string' &&
    /^\d{4}-\d{2}-\d{2}T/.test(expected) &&
    (field.endsWith('.start') || field.endsWith('.end') || field.endsWith('Date'))
  ) {
    return sameInstantAndOffset(expected, actual);
  }
  return JSON.stringify(expected ?? null) === JSON.stringify(actual ?? null);
}

/** Every field the expected reading states, checked against the actual reading. */
export function checkReading(expected: ExpectedReading, actual: Reading): FieldCheck[] {
  const checks: FieldCheck[] = [
    {
      field: 'kind',
      expected: expected.kind,
      actual: actual.kind,
      correct: expected.kind === actual.kind,
    },
  ];
  for (const section of SECTIONS) {
    const fields = expected[section];
    if (!fields) continue;
    const got = (actual[section] ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      const field = `${section}.${key}`;
      checks.push({
        field,
        expected: value,
        actual: got[key],
        correct: sameValue(field, value, got[key]),
      });
    }
  }
  return checks;
}

export interface Evaluation {
  table: string;
  fields: Record<string, { correct: number; total: number }>;
  failures: Array<{ file: string; field: string; expected: unknown; actual: unknown }>;
}

function renderTable(fields: Evaluation['fields'], files: number): string {
  const rows = Object.entries(fields);
  const label = `all fields, ${files} messages`;
  const width = Math.max(label.length, ...rows.map(([field]) => field.length));
  const line = (field: string, correct: number, total: number) => {
    const percent = total === 0 ? '-' : `${((100 * correct) / total).toFixed(1)}%`;
    return `${field.padEnd(width)}  ${`${correct}/${total}`.padStart(7)}  ${percent.padStart(6)}`;
  };
  let correct = 0;
  let total = 0;
  const body = rows.map(([field, score]) => {
    correct += score.correct;
    total += score.total;
    return line(field, score.correct, score.total);
  });
  return [
    `${'field'.padEnd(width)}  ${'correct'.padStart(7)}  ${'acc'.padStart(6)}`,
    '-'.repeat(width + 17),
    ...body,
    '-'.repeat(width + 17),
    line(label, correct, total),
  ].join('\n');
}

/** Reads every `.eml` with a sibling `.json` in `folder` and scores each expected field. */
export async function evaluateFolder(
  folder: string,
  options: { defaultTimezone?: string } = {},
): Promise<Evaluation> {
  const defaultTimezone = options.defaultTimezone ?? 'America/New_York';
  const names = (await readdir(folder)).filter((name) => name.endsWith('.eml')).sort();
  const fields: Evaluation['fields'] = {};
  const failures: Evaluation['failures'] = [];
  let files = 0;
  for (const name of names) {
    let expected: ExpectedReading;
    try {
      expected = JSON.parse(await readFile(join(folder, name.replace(/\.eml$/, '.json')), 'utf8'));
    } catch {
      continue;
    }
    files++;
    const raw = await readFile(join(folder, name));
    const { reading } = await understandMessage(raw, {
      defaultTimezone: expected.defaultTimezone ?? defaultTimezone,
    });
    for (const check of checkReading(expected, reading)) {
      const score = fields[check.field] ?? { correct: 0, total: 0 };
      score.total++;
      if (check.correct) score.correct++;
      else
        failures.push({
          file: name,
          field: check.field,
          expected: check.expected,
          actual: check.actual,
        });
      fields[check.field] = score;
    }
  }
  return { table: renderTable(fields, files), fields, failures };
}

async function main(argv: string[]): Promise<number> {
  const folder = argv.find((arg) => !arg.startsWith('--'));
  const zone = argv.find((arg) => arg.startsWith('--tz='))?.slice(5);
  if (!folder) {
    console.error('usage: eval FOLDER [--tz=America/New_York]');
    return 2;
  }
  const result = await evaluateFolder(folder, zone ? { defaultTimezone: zone } : {});
  console.log(result.table);
  for (const failure of result.failures) {
    console.log(
      `  ${failure.file}  ${failure.field}: expected ${JSON.stringify(failure.expected)}, got ${JSON.stringify(failure.actual)}`,
    );
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
