// Benchmark -> the local stack: whole application lifecycles (requests counted at the services,
// drafts' lateness against their due time as the Scheduler emulator fires them on the local
// clock), then forwarded confirmations through SMTP -> inbound handler -> DynamoDB Local.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Application } from '../functions/core/model.ts';
import { deliver } from '../local/forward.ts';
import { type CountedRequest, createRequestCounter } from '../local/services/request-counter.ts';
import { startLocalStack } from '../local/stack.ts';
import { asNewMessage } from '../tests/support/correspondents.ts';

const confirmation = readFileSync(
  resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'mail', 'confirmation-simple.eml'),
  'utf8',
);
/** A week before the fixture's interview, in New York. */
const START = new Date('2026-12-01T12:00:00Z');
/** How long a due draft may take to fire before the bench calls it lost. */
const FIRING_PATIENCE_MS = 15_000;

export interface LifecycleResult {
  lifecycles: number;
  /** Everything counted, summed over the lifecycles. */
  counts: CountedRequest[];
  /** Bytes of the handlers' JSON log lines over the lifecycles. */
  logBytes: number;
  /** Per draft: when it was marked sent minus when it was due, on the local clock. */
  latenessMs: number[];
  /** Drafts that had not fired within FIRING_PATIENCE_MS of their due time. */
  unfired: number;
}

export interface IntakeResult {
  messages: number;
  perSecond: number;
  handlerMs: number[];
  failures: number;
}

export interface LocalFlows {
  lifecycles(count: number): Promise<LifecycleResult>;
  intake(count: number, onProgress?: (done: number) => void): Promise<IntakeResult>;
  close(): Promise<void>;
}

const lifecycleUser = (i: number) => `bench-lifecycle-${i}@example.net`;
const WARM_UP_USER = 'bench-warm-up@example.net';
/** Intake spreads its forwards over users, as one deployment serves a few hundred clients. */
const INTAKE_USERS = 250;
const intakeUser = (i: number) => `bench-intake-${i % INTAKE_USERS}@example.net`;

/** One local stack (one per process: the handlers read their world once, at import). */
export async function startLocalFlows(lifecycles: number): Promise<LocalFlows> {
  const dataDir = mkdtempSync(join(tmpdir(), 'followup-bench-'));
  const counter = createRequestCounter();
  const invocations: Array<{ functionName: string; durationMs: number }> = [];
  const users = [
    WARM_UP_USER,
    ...Array.from({ length: lifecycles }, (_, i) => lifecycleUser(i)),
    ...Array.from({ length: INTAKE_USERS }, (_, i) => intakeUser(i)),
  ];
  const quiet = { info() {}, warn() {} };
  const stack = await startLocalStack({
    dataDir,
    inMemory: true,
    ports: { dynamodb: 0, ses: 0, smtp: 0, scheduler: 0, s3: 0, control: 0 },
    config: { FOLLOWUP_ALLOWED_SENDERS: users.join(',') },
    logger: quiet,
    requestCounter: counter,
    onInvocation: (invocation) => invocations.push(invocation),
  });
  let sent = 0;
  const forward = (user: string) =>
    deliver({
      raw: asNewMessage(confirmation, {
        from: user,
        messageId: `bench-${++sent}@mail.example`,
        date: stack.clock.now(),
      }),
      port: stack.ports.smtp,
    });
  const applicationsOf = async (user: string): Promise<Application[]> => {
    const url = `${stack.endpoints.control}/applications?user=${encodeURIComponent(user)}`;
    return ((await (await fetch(url)).json()) as { applications: Application[] }).applications;
  };
  /** Forward -> every draft, each fired on its own; how late each was (undefined: never). */
  const lifecycle = async (user: string) => {
    stack.clock.set(START);
    await forward(user);
    const [opened] = await applicationsOf(user);
    if (!opened) throw new Error(`no application opened for ${user}`);
    const dues = opened.milestones
      .map((milestone) => ({ id: milestone.id, due: Date.parse(milestone.due) }))
      .sort((a, b) => a.due - b.due);
    const lateness: Array<number | undefined> = [];
    // Each draft comes due on its own, shortly after the clock is set, and fires on the
    // emulator's own tick as on AWS: nothing is fired by hand.
    for (const { id, due } of dues) {
      stack.clock.set(new Date(due - 500));
      const sentAt = await firedAt(() => applicationsOf(user), id);
      lateness.push(sentAt === undefined ? undefined : sentAt - due);
    }
    return lateness;
  };

  return {
    async lifecycles(count) {
      // One lifecycle first, not counted: it loads what the handlers load lazily (the reader,
      // the templates), which a warm container has done; cold starts are measured on their own.
      await lifecycle(WARM_UP_USER);
      counter.reset();
      const latenessMs: number[] = [];
      let unfired = 0;
      const logBytes = await countingLogBytes(async () => {
        for (let i = 0; i < count; i++) {
          for (const lateness of await lifecycle(lifecycleUser(i))) {
            if (lateness === undefined) unfired += 1;
            else latenessMs.push(lateness);
          }
        }
      });
      return { lifecycles: count, counts: counter.counts(), logBytes, latenessMs, unfired };
    },

    async intake(count, onProgress) {
      stack.clock.set(START);
      invocations.length = 0;
      let failures = 0;
      const started = performance.now();
      for (let i = 0; i < count; i++) {
        await forward(intakeUser(i)).catch(() => {
          failures += 1;
        });
        if ((i + 1) % 100 === 0) onProgress?.(i + 1);
      }
      const seconds = (performance.now() - started) / 1000;
      const handlerMs = invocations
        .filter((invocation) => invocation.functionName === 'followup-inbound')
        .map((invocation) => invocation.durationMs);
      return { messages: count, perSecond: count / seconds, handlerMs, failures };
    },

    async close() {
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** When milestone `id` was marked sent (ms, local clock), polling until it is or patience ends. */
async function firedAt(
  applications: () => Promise<Application[]>,
  id: string,
): Promise<number | undefined> {
  const deadline = Date.now() + FIRING_PATIENCE_MS;
  while (Date.now() < deadline) {
    const milestone = (await applications())[0]?.milestones.find((m) => m.id === id);
    if (milestone?.sentAt && !milestone.sending) return Date.parse(milestone.sentAt);
    if (milestone && milestone.state !== 'PENDING' && milestone.state !== 'SENT') return undefined;
    await sleep(50);
  }
  return undefined;
}

/**
 * Runs `work` with the handlers logging at info, counting the bytes of their JSON lines (what
 * CloudWatch Logs would ingest) instead of printing them.
 */
async function countingLogBytes(work: () => Promise<void>): Promise<number> {
  let bytes = 0;
  const level = process.env.FOLLOWUP_LOG_LEVEL;
  process.env.FOLLOWUP_LOG_LEVEL = 'info';
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write);
  for (const stream of streams) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      if (typeof chunk === 'string' && chunk.startsWith('{"level"')) {
        bytes += Buffer.byteLength(chunk);
        return true;
      }
      return original(chunk, ...rest);
    }) as typeof stream.write;
  }
  try {
    await work();
  } finally {
    streams.forEach((stream, i) => {
      stream.write = originals[i] as typeof stream.write;
    });
    if (level === undefined) delete process.env.FOLLOWUP_LOG_LEVEL;
    else process.env.FOLLOWUP_LOG_LEVEL = level;
  }
  return bytes;
}
