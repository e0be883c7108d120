// `npm run soak`: the soak (tests/soak/soak.ts) on a local stack of its own, faults on; prints
// drafts sent, duplicates, lost milestones, late drafts and store/Scheduler mismatches, and fails
// unless duplicates, lost milestones and mismatches are all 0.
// Options: --applications N (2000), --days N (90), --seed N (default: the time).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    applications: { type: 'string', default: '2000' },
    days: { type: 'string', default: '90' },
    seed: { type: 'string', default: process.env.FOLLOWUP_PROPERTY_SEED ?? String(Date.now()) },
  },
});
const applications = Number(values.applications);
const days = Number(values.days);
const seed = Number(values.seed) % 2 ** 31;

// The handlers log a JSON line per event; the soak prints its own summary.
process.env.FOLLOWUP_LOG_LEVEL ??= 'silent';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const { startLocalStack } = await import('../../local/stack.ts');
const { startDynamoDb } = await import('../../local/services/dynamodb.ts');
const { runSoak, soakUser, summarizeSoak } = await import('./soak.ts');

const dataDir = mkdtempSync(join(tmpdir(), 'followup-soak-'));
const quiet = { info() {}, warn() {} };
console.log(
  `soak: ${applications} applications, ${days} days, seed ${seed} (replay with --seed ${seed})`,
);
// The jar is fetched once per machine into the cache `npm start` and the tests use.
const dynamodb = await startDynamoDb({
  port: 0,
  dataDir,
  cacheDir: resolve(import.meta.dirname, '..', '..', '.data', 'cache'),
  inMemory: true,
  logger: quiet,
});
const stack = await startLocalStack({
  dataDir,
  dynamodbEndpoint: dynamodb.endpoint,
  ports: { dynamodb: 0, ses: 0, smtp: 0, scheduler: 0, s3: 0, control: 0 },
  config: {
    FOLLOWUP_ALLOWED_SENDERS: Array.from({ length: applications }, (_, i) => soakUser(i)).join(','),
  },
  logger: quiet,
  faults: { seed },
  inMemory: true,
});
const cleanUp = async () => {
  await stack.close();
  await dynamodb.close();
  rmSync(dataDir, { recursive: true, force: true });
};
// Interrupted, it still stops its JVM and removes its data.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp().finally(() => process.exit(130));
  });
}
const started = Date.now();
try {
  const report = await runSoak(stack, {
    applications,
    days,
    seed,
    progress: (line) => console.log(`  ${line} (${Math.round((Date.now() - started) / 1000)} s)`),
  });
  console.log(summarizeSoak(report, days));
  for (const problem of report.problems.slice(0, 50)) console.error(`  ${problem}`);
  if (report.duplicates + report.lostMilestones + report.stateMismatches > 0) process.exitCode = 1;
} finally {
  await cleanUp();
}
