// `npm run bench`: cold start, intake, scheduling, cost and the hot paths, measured on this machine
// and printed as one table beside the issue's targets (met / not met; nothing here fails), then
// written as JSON under bench-output/. Options: --lifecycles N (default 5), --messages N (1000).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import type { ColdStartRow } from './cold-start.ts';
import { measureHotPaths } from './hot-paths.ts';
import { startLocalFlows } from './local-flows.ts';
import { type ColdStartTimes, costByService, LIST_PRICES, lambdaColdBound } from './prices.ts';

interface Row {
  section: string;
  metric: string;
  measured: string;
  target?: string;
  met?: boolean;
}

const COLD_START_MODULE = './cold-start.ts';
const TARGETS = {
  coldImportVsOwnFloor: 1.2,
  bundleOverFloorKb: 200,
  intakeP99Ms: 50,
  dollarsPer1000: 0.05,
} as const;

const { values } = parseArgs({
  options: {
    lifecycles: { type: 'string', default: '5' },
    messages: { type: 'string', default: '1000' },
  },
});
const lifecycles = Number(values.lifecycles);
const messages = Number(values.messages);

// The handlers log a JSON line per event; the table is the output here.
process.env.FOLLOWUP_LOG_LEVEL ??= 'silent';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const rows: Row[] = [];
/** Filled by the cold-start section, for the cost section's every-invocation-cold bound. */
let coldStarts: Record<'inbound' | 'milestone', ColdStartTimes> | undefined;
const details: Record<string, unknown> = {};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function coldStart() {
  if (!existsSync(resolve(import.meta.dirname, COLD_START_MODULE))) {
    rows.push({
      section: 'cold start',
      metric: 'not measured',
      measured: 'bench/cold-start.ts missing',
    });
    return;
  }
  progress('cold start');
  // In a process of its own: the local stack it starts would otherwise leave the handlers, which
  // read their world once at import, bound to it for the sections after it.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, COLD_START_MODULE)],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const measured = JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as ColdStartRow[];
  details.coldStart = measured;
  const timesOf = (name: 'inbound' | 'milestone') => {
    const row = measured.find((fn) => fn.function === name);
    return { importMs: row?.importMs ?? 0, firstInvocationMs: row?.firstInvocationMs ?? 0 };
  };
  coldStarts = { inbound: timesOf('inbound'), milestone: timesOf('milestone') };
  for (const fn of measured) {
    rows.push(
      {
        section: 'cold start',
        metric: `${fn.function}: import vs its own SDK floor`,
        measured: `${fn.importVsFloor.toFixed(2)}x (${ms(fn.importMs)}; floor ${ms(fn.floor.importMs)}; ${fn.importVsIssueFloor.toFixed(2)}x the floor without Secrets Manager, ${ms(fn.issueFloor.importMs)})`,
        target: `≤ ${TARGETS.coldImportVsOwnFloor}x`,
        met: fn.importVsFloor <= TARGETS.coldImportVsOwnFloor,
      },
      {
        section: 'cold start',
        metric: `${fn.function}: bundle over its own SDK floor`,
        measured: `+${fn.bundleOverFloorKb} KB (${fn.bundleKb} KB at import, ${fn.onDemandKb} KB on demand; floor ${fn.floor.bundleKb} KB, ${fn.issueFloor.bundleKb} KB without Secrets Manager)`,
        target: `≤ +${TARGETS.bundleOverFloorKb} KB`,
        met: fn.bundleOverFloorKb <= TARGETS.bundleOverFloorKb,
      },
      {
        section: 'cold start',
        metric: `${fn.function}: vs a bare DynamoDB bundle; first invocation`,
        measured: `${fn.importVsDynamoDb.toFixed(2)}x; ${ms(fn.firstInvocationMs)}`,
      },
    );
  }
}

async function localFlows() {
  progress('starting the local stack');
  const flows = await startLocalFlows(lifecycles);
  try {
    progress(`${lifecycles} application lifecycles, each draft fired by the emulator's tick`);
    const lifecycle = await flows.lifecycles(lifecycles);
    progress(`${messages} forwarded confirmations through SMTP`);
    const intake = await flows.intake(messages, (done) => progress(`  ${done} forwarded`));

    const handler = [...intake.handlerMs].sort((a, b) => a - b);
    const p99 = percentile(handler, 99);
    rows.push(
      {
        section: 'intake',
        metric: `${intake.messages} forwards, one at a time`,
        measured: `${intake.perSecond.toFixed(1)} messages/s${intake.failures ? `, ${intake.failures} failed` : ''}`,
      },
      {
        section: 'intake',
        metric: 'handler time p50 / p99',
        measured: `${ms(percentile(handler, 50))} / ${ms(p99)}`,
        target: `p99 < ${TARGETS.intakeP99Ms} ms`,
        met: p99 < TARGETS.intakeP99Ms,
      },
    );

    const late = [...lifecycle.latenessMs].sort((a, b) => a - b);
    rows.push({
      section: 'scheduling',
      metric: `drafts after their due time (${late.length} drafts)`,
      measured: `p50 ${ms(percentile(late, 50))}, max ${ms(late.at(-1) ?? Number.NaN)}${lifecycle.unfired ? `, ${lifecycle.unfired} never fired` : ''}`,
      target: 'none in the issue',
    });

    const perLifecycle = lifecycle.counts
      .filter((entry) => entry.service !== 'lambda')
      .map((entry) => ({
        api: `${entry.service} ${entry.operation}${entry.item ? ` (${entry.item})` : ''}`,
        perLifecycle: entry.count / lifecycle.lifecycles,
      }));
    for (const { api, perLifecycle: count } of perLifecycle) {
      rows.push({
        section: 'cost',
        metric: `requests per lifecycle: ${api}`,
        measured: `${count}`,
      });
    }
    const costs = costByService(lifecycle.counts, lifecycle.logBytes, lifecycle.lifecycles);
    for (const cost of costs) {
      rows.push({
        section: 'cost',
        metric: `$ per 1,000 applications: ${cost.service}`,
        measured: `$${(cost.dollars * 1000).toFixed(4)} (per lifecycle: ${cost.basis})`,
      });
    }
    const total = costs.reduce((sum, cost) => sum + cost.dollars, 0) * 1000;
    rows.push({
      section: 'cost',
      metric: '$ per 1,000 applications, SES excluded (Lambda: warm handler time, full core)',
      measured: `$${total.toFixed(4)}`,
      target: `< $${TARGETS.dollarsPer1000}`,
      met: total < TARGETS.dollarsPer1000,
    });
    if (coldStarts) {
      const cold = lambdaColdBound(lifecycle.counts, lifecycle.lifecycles, coldStarts);
      const warmLambda = costs.find((cost) => cost.service === 'Lambda')?.dollars ?? 0;
      const coldTotal = total + (cold.dollars - warmLambda) * 1000;
      rows.push(
        {
          section: 'cost',
          metric: `$ per 1,000 applications: ${cold.service}`,
          measured: `$${(cold.dollars * 1000).toFixed(4)} (per lifecycle: ${cold.basis})`,
        },
        {
          section: 'cost',
          metric: '$ per 1,000 applications, SES excluded, every invocation cold (upper bound)',
          measured: `$${coldTotal.toFixed(4)}`,
          target: `< $${TARGETS.dollarsPer1000}`,
          met: coldTotal < TARGETS.dollarsPer1000,
        },
      );
      details.coldCost = { lambda: cold, dollarsPer1000: coldTotal };
    }
    details.intake = { ...intake, handlerMs: undefined, handlerMsSorted: handler };
    details.lifecycles = { ...lifecycle, latenessMs: late };
    details.cost = { perLifecycle, byService: costs, dollarsPer1000: total, prices: LIST_PRICES };
  } finally {
    await flows.close();
  }
}

async function hotPaths() {
  progress('hot paths');
  for (const path of await measureHotPaths()) {
    rows.push({
      section: 'hot paths',
      metric: path.name,
      measured: ms(path.meanMs),
      target: `< ${path.targetMs} ms`,
      met: path.meanMs < path.targetMs,
    });
  }
}

function printTable() {
  const header: Row = { section: 'section', metric: 'metric', measured: 'measured' };
  const cells = (row: Row) => [
    row.section,
    row.metric,
    row.measured,
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'met' : 'NOT MET',
  ];
  const all = [[...cells(header).slice(0, 3), 'target', 'verdict'], ...rows.map(cells)];
  const widths =
    all[0]?.map((_, column) => Math.max(...all.map((line) => line[column]?.length ?? 0))) ?? [];
  const line = (values: string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [head, ...body] = all;
  console.log(line(head ?? []));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const values of body) console.log(line(values));
}

const started = new Date();
const loadAtStart = loadavg();
await coldStart();
await localFlows();
await hotPaths();
printTable();
const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
console.log(
  `\nload average (1, 5, 15 min): ${loads(loadAtStart)} at the start, ${loads(loadavg())} at the end`,
);
const outputDir = resolve(import.meta.dirname, '..', 'bench-output');
mkdirSync(outputDir, { recursive: true });
const report = {
  startedAt: started.toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    loadAverage: { start: loadAtStart, end: loadavg() },
  },
  options: { lifecycles, messages },
  rows,
  details,
};
const file = join(outputDir, `bench-${started.toISOString().replaceAll(':', '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(outputDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten: ${file}`);
