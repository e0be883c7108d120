// `npm run fuzz`: the full inbound fuzz (every hostile shape, the 30 MB one included, and
// thousands of mutated and random messages) in a child process that a watchdog kills when one
// message takes longer than HANG_MS, naming it; prints time per message (p50/p99) and the peak RSS.
// Options: --mutated N, --random N, --seed N (default: FOLLOWUP_PROPERTY_SEED, else the time).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type FuzzReport, fuzzCases, fuzzInbound, summarize } from './inbound-fuzz.ts';

/** One message handled longer than this is a hang: no mail needs a tenth of it. */
const HANG_MS = 60_000;

const { values } = parseArgs({
  options: {
    mutated: { type: 'string', default: '2000' },
    random: { type: 'string', default: '500' },
    seed: { type: 'string', default: process.env.FOLLOWUP_PROPERTY_SEED ?? String(Date.now()) },
    child: { type: 'boolean', default: false },
  },
});
const plan = {
  mutated: Number(values.mutated),
  random: Number(values.random),
  heavy: true,
  seed: Number(values.seed) % 2 ** 31,
};

type ChildMessage = { case: string; index: number } | { report: FuzzReport };

if (values.child) {
  const send = (message: ChildMessage) => process.send?.(message);
  const report = await fuzzInbound(fuzzCases(plan), (name, index) => send({ case: name, index }));
  send({ report });
  process.disconnect?.();
} else {
  const total = fuzzCases({ ...plan, heavy: true }).length;
  console.log(`fuzzing ${total} messages (seed ${plan.seed}; replay with --seed ${plan.seed})`);
  const child = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), '--child'], {
    env: { ...process.env, FOLLOWUP_LOG_LEVEL: 'silent' },
  });
  let current = '(starting)';
  let watchdog: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      console.error(`HANG: no answer within ${HANG_MS / 1000} s on "${current}"`);
      child.kill('SIGKILL');
      process.exitCode = 1;
    }, HANG_MS);
  };
  arm();
  let report: FuzzReport | undefined;
  child.on('message', (message: ChildMessage) => {
    if ('report' in message) {
      report = message.report;
      return;
    }
    current = message.case;
    if (message.index % 250 === 0) console.log(`  ${message.index}/${total}`);
    arm();
  });
  child.on('exit', (code, signal) => {
    clearTimeout(watchdog);
    if (!report) {
      console.error(`the fuzz process ended (${signal ?? code}) on "${current}" without a report`);
      process.exitCode = 1;
      return;
    }
    console.log(summarize(report));
    for (const failure of report.failures) {
      console.error(`FAIL ${failure.role}: ${failure.name}: ${failure.problem}`);
    }
    if (report.failures.length > 0) process.exitCode = 1;
  });
}
