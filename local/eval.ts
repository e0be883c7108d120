// CLI -> reader evaluation: reads every .eml of a folder, compares the reading with the sibling
// .json expected reading field by field, and reports per-field and per-source accuracy and a
// calibration table (`npm run eval -- FOLDER`), so anyone can measure the reader on their own mail.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { writtenVerb } from '../functions/core/command-table.ts';
import type { Reading } from '../functions/core/reading.ts';
import { inDays } from '../functions/core/understand/command.ts';
import { understandMessage } from '../functions/core/understand/index.ts';
import { parseMail } from '../functions/core/understand/mime.ts';
import { DEFAULT_TIMEZONE } from './defaults.ts';

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
  /** The reader's confidence in the field, when it gives one. */
  confidence?: number;
  /** Where the reader took the field from (calendar, labelled line, signature…), when it says. */
  source?: string;
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

/** "1 week", "a fortnight", "3d": a snooze's length in days ("7 days"); null for anything else. */
function lengthInDays(arg: string): string | null {
  const short = /^(\d{1,3})\s*d$/i.exec(arg.trim());
  const days = inDays(short ? `${short[1]} days` : arg.trim().toLowerCase());
  return /^\d+ days?$/.test(days) ? days : null;
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
  // A verb as the README writes it ("heard back") is the reader's verb ("heard-back").
  if (field === 'command.verb' && typeof expected === 'string' && typeof actual === 'string') {
    return expected === actual || expected === writtenVerb(actual);
  }
  // A snooze's length as written ("1 week", "3d") is the same length however the reader writes it
  // ("7 days", "3 days" or "3d").
  if (field === 'command.arg' && typeof expected === 'string' && typeof actual === 'string') {
    const days = lengthInDays(expected);
    return expected === actual || (days !== null && days === lengthInDays(actual));
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
      ...(actual.confidence?.kind !== undefined ? { confidence: actual.confidence.kind } : {}),
    },
  ];
  for (const section of SECTIONS) {
    const fields = expected[section];
    if (!fields) continue;
    const got = (actual[section] ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      const field = `${section}.${key}`;
      const confidence = actual.confidence?.[key];
      const source = actual.sources?.[key as keyof NonNullable<Reading['sources']>];
      checks.push({
        field,
        expected: value,
        actual: got[key],
        correct: sameValue(field, value, got[key]),
        ...(confidence !== undefined ? { confidence } : {}),
        ...(source ? { source } : {}),
      });
    }
  }
  return checks;
}

/**
 * A start time the reader states that is not the expected one: the worst error the product can
 * make, since every draft is timed from it. Asking (null) is never wrong.
 */
export function isWrongStart(check: FieldCheck): boolean {
  return (
    check.field.endsWith('interview.start') &&
    check.actual !== null &&
    check.actual !== undefined &&
    !check.correct
  );
}

export interface MessageResult {
  file: string;
  checks: FieldCheck[];
}

type Score = { correct: number; total: number };

export interface Evaluation {
  messages: MessageResult[];
  fields: Record<string, Score>;
  /** Stated fields (a value, not null) by where the reader took them from. */
  sources: Record<string, Score>;
  /** Stated fields by the reader's confidence band: is its confidence earned? */
  bands: Record<string, Score>;
  failures: Array<{ file: string; field: string; expected: unknown; actual: unknown }>;
}

export interface EvaluateOptions {
  /** The zone of a user the folder does not name (default: the deployment's, New York). */
  defaultTimezone?: string;
  /** Each user's own zone, by address, as their followup settings would hold it. */
  userZones?: Record<string, string>;
}

const BANDS: Array<[number, string]> = [
  [0.95, '0.95–1.00'],
  [0.9, '0.90–0.95'],
  [0.8, '0.80–0.90'],
  [0.7, '0.70–0.80'],
  [0.5, '0.50–0.70'],
  [0, 'below 0.50'],
];

function bandOf(confidence: number): string {
  return (BANDS.find(([floor]) => confidence >= floor) ?? BANDS[BANDS.length - 1])?.[1] ?? '';
}

function isStated(value: unknown): boolean {
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

function add(scores: Record<string, Score>, key: string, correct: boolean): void {
  const score = scores[key] ?? { correct: 0, total: 0 };
  score.total++;
  if (correct) score.correct++;
  scores[key] = score;
}

/** Scores readings already made: per field, per source and per confidence band. */
export function summarize(messages: MessageResult[]): Evaluation {
  const fields: Record<string, Score> = {};
  const sources: Record<string, Score> = {};
  const bands: Record<string, Score> = {};
  const failures: Evaluation['failures'] = [];
  for (const { file, checks } of messages) {
    for (const check of checks) {
      add(fields, check.field, check.correct);
      if (!check.correct)
        failures.push({ file, field: check.field, expected: check.expected, actual: check.actual });
      if (!isStated(check.actual) || check.field === 'kind') continue;
      add(sources, `${check.field} ← ${check.source ?? 'unsaid'}`, check.correct);
      if (check.confidence !== undefined) add(bands, bandOf(check.confidence), check.correct);
    }
  }
  return { messages, fields, sources, bands, failures };
}

function table(title: string, rows: Array<[string, Score]>, totalLabel?: string): string {
  const width = Math.max(title.length, (totalLabel ?? '').length, ...rows.map(([k]) => k.length));
  const line = (key: string, { correct, total }: Score) => {
    const percent = total === 0 ? '-' : `${((100 * correct) / total).toFixed(1)}%`;
    return `${key.padEnd(width)}  ${`${correct}/${total}`.padStart(7)}  ${percent.padStart(6)}`;
  };
  const rule = '-'.repeat(width + 17);
  const out = [`${title.padEnd(width)}  ${'correct'.padStart(7)}  ${'acc'.padStart(6)}`, rule];
  out.push(...rows.map(([key, score]) => line(key, score)));
  if (totalLabel) {
    const sum = rows.reduce(
      (a, [, s]) => ({ correct: a.correct + s.correct, total: a.total + s.total }),
      {
        correct: 0,
        total: 0,
      },
    );
    out.push(rule, line(totalLabel, sum));
  }
  return out.join('\n');
}

/** The report `followup eval` prints: fields, sources, calibration, then every miss. */
export function formatEvaluation(result: Evaluation): string {
  const wrongStarts = result.messages.flatMap(({ file, checks }) =>
    checks.filter(isWrongStart).map(() => file),
  );
  const bandRows = BANDS.map(([, label]) => label)
    .filter((label) => result.bands[label])
    .map((label): [string, Score] => [label, result.bands[label] as Score]);
  return [
    table('field', Object.entries(result.fields), `all fields, ${result.messages.length} messages`),
    '',
    table(
      'stated field ← source',
      Object.entries(result.sources).sort(([a], [b]) => a.localeCompare(b)),
    ),
    '',
    table('stated, by confidence', bandRows),
    '',
    `wrong start times stated: ${wrongStarts.length}${wrongStarts.length ? ` (${wrongStarts.join(', ')})` : ''}`,
    ...result.failures.map(
      (f) =>
        `  ${f.file}  ${f.field}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`,
    ),
  ].join('\n');
}

/** The zone of the user who sent `raw`: their own setting, else the default. */
async function userZoneOf(raw: Buffer, options: EvaluateOptions): Promise<string> {
  const fallback = options.defaultTimezone ?? DEFAULT_TIMEZONE;
  if (!options.userZones) return fallback;
  const sender = (await parseMail(raw)).from?.email ?? '';
  return options.userZones[sender] ?? fallback;
}

/** Reads every `.eml` with a sibling `.json` in `folder` and checks each expected field. */
export async function readFolder(
  folder: string,
  options: EvaluateOptions = {},
): Promise<MessageResult[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.eml')).sort();
  const messages: MessageResult[] = [];
  for (const name of names) {
    let expected: ExpectedReading;
    try {
      expected = JSON.parse(await readFile(join(folder, name.replace(/\.eml$/, '.json')), 'utf8'));
    } catch {
      continue;
    }
    const raw = await readFile(join(folder, name));
    const { reading } = await understandMessage(raw, {
      defaultTimezone: expected.defaultTimezone ?? (await userZoneOf(raw, options)),
    });
    messages.push({ file: name, checks: checkReading(expected, reading) });
  }
  return messages;
}

export async function evaluateFolder(
  folder: string,
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  return summarize(await readFolder(folder, options));
}
