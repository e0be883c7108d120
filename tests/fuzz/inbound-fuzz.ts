// Fuzz -> whole inbound handling: the hostile shapes, mutated fixtures and random mail through the
// real handleInboundMail on the in-memory ports, once from a stranger and once from an allowed
// sender. Checked per message: no throw, nothing changed by the stranger, at most one reply to the
// user; measured: time per handling and the process's peak RSS. The bounded suite in `npm test`
// and `npm run fuzz` (tests/fuzz/run.ts) both run this.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { LOCAL_INTAKE_ADDRESS, LOCAL_USERS } from '../../local/defaults.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';
import { HOSTILE_SHAPES, mangle, mutation, seedMessages } from './hostile-mail.ts';

export const FUZZ_USER = LOCAL_USERS[0];
export const FUZZ_STRANGER = 'mallory@evil.example';

export interface FuzzCase {
  name: string;
  /** Built on demand: some are tens of megabytes. */
  build(): Uint8Array;
}

export interface FuzzPlan {
  /** Mutated fixtures, drawn by fast-check. */
  mutated: number;
  /** Random text of header-, date- and MIME-like tokens. */
  random: number;
  /** Include the shapes too heavy for `npm test` (the 30 MB attachment). */
  heavy: boolean;
  seed: number;
}

/** A failed check: which case, which role and what went wrong. */
export interface FuzzFailure {
  name: string;
  role: 'stranger' | 'user';
  problem: string;
}

export interface FuzzReport {
  cases: number;
  failures: FuzzFailure[];
  /** Milliseconds per handling, one entry per case and role. */
  timings: { stranger: number[]; user: number[] };
  /** Replies the user got, per case (each at most one). */
  replies: number;
  outcomes: Record<string, number>;
  /** The process's peak resident set size so far, in bytes. */
  peakRssBytes: number;
  /** The slowest handlings, slowest first. */
  slowest: Array<{ name: string; role: FuzzFailure['role']; ms: number }>;
}

/** A fresh stack this often: the user's applications grow with every confirmation read. */
const CASES_PER_STACK = 100;

const TOKENS = [
  'From: ',
  'Subject: Fwd: ',
  'Content-Type: multipart/mixed; boundary=x\n',
  '--x\n',
  'Content-Transfer-Encoding: base64\n',
  '\n\n',
  '---------- Forwarded message ---------\n',
  'On Mon, Mar 9, 2026 at 9:00 AM X <x@y.z> wrote:\n',
  'Monday, March 9 at 10:00 AM ET',
  'interview',
  'stop',
  'snooze 3d',
  'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270114T140000Z\n',
  'RRULE:FREQ=SECONDLY\n',
  '=?utf-8?B?SW50ZXJ2aWV3?=',
  '<div style="display:none">',
];

/** The named shapes, then fast-check's mutations of every fixture and random token soup. */
export function fuzzCases(plan: FuzzPlan): FuzzCase[] {
  const shapes = HOSTILE_SHAPES.filter((shape) => plan.heavy || !shape.heavy).map((shape) => ({
    name: shape.name,
    build: () => shape.build(),
  }));
  const seeds = seedMessages();
  const mutated = fc
    .sample(
      fc.tuple(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
      ),
      { seed: plan.seed, numRuns: plan.mutated },
    )
    .map(([index, ops], i) => ({
      name: `mutated fixture ${index} #${i} (${ops.map((op) => op.op).join(', ')})`,
      build: () => mangle(seeds[index] ?? new Uint8Array(), ops),
    }));
  const random = fc
    .sample(fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 24 }))), {
      seed: plan.seed + 1,
      numRuns: plan.random,
    })
    .map((parts, i) => ({ name: `random text #${i}`, build: () => Buffer.from(parts.join('')) }));
  return [...shapes, ...mutated, ...random];
}

/**
 * The message as `sender` sends it: its header section's From and Message-ID replaced by one
 * mailbox and a fresh id (what mutations did to either would only get it refused or de-duplicated
 * early), everything else untouched.
 */
export function asSentBy(raw: Uint8Array, sender: string, messageId: string): Buffer {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  const end = [crlf, lf].filter((at) => at >= 0).sort((a, b) => a - b)[0] ?? bytes.length;
  const header = bytes.subarray(0, end).toString('latin1');
  // A header line and its folded continuations.
  const kept = header.replace(/^(?:from|message-id)[ \t]*:.*(?:\r?\n[ \t].*)*(?:\r?\n|$)/gim, '');
  return Buffer.concat([
    Buffer.from(`From: ${sender}\r\nMessage-ID: <${messageId}>\r\n`, 'latin1'),
    Buffer.from(kept, 'latin1'),
    bytes.subarray(end),
  ]);
}

/** Everything a message could change: applications, profiles, schedules, mail, dead letters. */
async function world(stack: MemoryStack): Promise<string> {
  const profiles = await Promise.all(
    [...LOCAL_USERS, FUZZ_STRANGER].map((user) => stack.store.getProfile(user)),
  );
  return JSON.stringify({
    applications: stack.store.all(),
    profiles,
    schedules: stack.scheduler.names(),
    mail: stack.mailer.sent().length,
    deadLetters: stack.scheduler.deadLetters(),
  });
}

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error);

/**
 * Runs the cases on an in-memory stack (a fresh one every CASES_PER_STACK; it keeps what earlier
 * cases opened, so later ones meet commands and matches): first from a stranger, which must change
 * nothing, then from the user, which may change anything but gets at most one reply. `onCase`
 * sees progress.
 */
export async function fuzzInbound(
  cases: FuzzCase[],
  onCase: (name: string, index: number) => void = () => {},
): Promise<FuzzReport> {
  let stack = startMemoryStack();
  const report: FuzzReport = {
    cases: cases.length,
    failures: [],
    timings: { stranger: [], user: [] },
    replies: 0,
    outcomes: {},
    peakRssBytes: 0,
    slowest: [],
  };
  const handle = async (role: FuzzFailure['role'], name: string, raw: Buffer) => {
    const from = role === 'user' ? FUZZ_USER : FUZZ_STRANGER;
    const started = performance.now();
    try {
      const outcome = await stack.send(raw, { from, to: LOCAL_INTAKE_ADDRESS });
      report.outcomes[`${role} ${outcome}`] = (report.outcomes[`${role} ${outcome}`] ?? 0) + 1;
    } catch (error) {
      report.failures.push({ name, role, problem: `threw ${describe(error)}` });
    } finally {
      const ms = performance.now() - started;
      report.timings[role].push(ms);
      report.slowest.push({ name, role, ms });
      report.slowest = report.slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
    }
  };

  for (const [index, fuzzCase] of cases.entries()) {
    onCase(fuzzCase.name, index);
    if (index % CASES_PER_STACK === 0) {
      stack = startMemoryStack();
      stack.clock.set(new Date('2027-01-04T14:00:00Z'));
    }
    const raw = fuzzCase.build();
    const before = await world(stack);
    await handle(
      'stranger',
      fuzzCase.name,
      asSentBy(raw, FUZZ_STRANGER, `fuzz-s${index}@evil.example`),
    );
    if ((await world(stack)) !== before) {
      report.failures.push({ name: fuzzCase.name, role: 'stranger', problem: 'changed state' });
    }
    const mailBefore = stack.mailer.sent().length;
    await handle('user', fuzzCase.name, asSentBy(raw, FUZZ_USER, `fuzz-u${index}@example.net`));
    const replies = stack.mailer.sent().length - mailBefore;
    report.replies += replies;
    if (replies > 1) {
      report.failures.push({ name: fuzzCase.name, role: 'user', problem: `${replies} replies` });
    }
    report.peakRssBytes = Math.max(report.peakRssBytes, process.resourceUsage().maxRSS * 1024);
  }
  return report;
}

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
export function percentile(samples: number[], fraction: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

/** One paragraph for a person: counts, time per message and peak memory. */
export function summarize(report: FuzzReport): string {
  const line = (role: 'stranger' | 'user') => {
    const times = report.timings[role];
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    return `  from ${role === 'user' ? 'the user' : 'a stranger'}: p50 ${ms(percentile(times, 0.5))}, p99 ${ms(percentile(times, 0.99))}, max ${ms(Math.max(0, ...times))}`;
  };
  return [
    `${report.cases} messages, each from a stranger and from the user; ${report.failures.length} failures; ${report.replies} replies to the user`,
    line('stranger'),
    line('user'),
    `  slowest: ${report.slowest.map((s) => `${s.name} (${s.role}) ${s.ms.toFixed(0)} ms`).join('; ')}`,
    `  largest RSS: ${(report.peakRssBytes / 2 ** 20).toFixed(0)} MiB`,
    `  outcomes: ${Object.entries(report.outcomes)
      .sort()
      .map(([outcome, count]) => `${outcome} ${count}`)
      .join(', ')}`,
  ].join('\n');
}
