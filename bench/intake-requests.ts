// Benchmark -> where one forward's handler time goes: every request the inbound handler makes
// (DynamoDB by the item it names, S3, SES, the Scheduler), timed in-process from its start to its
// answer's end, beside the handler's whole time. `tsx bench/intake-requests.ts [forwards]`.
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { loadavg } from 'node:os';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startLocalFlows } from './local-flows.ts';

process.env.FOLLOWUP_LOG_LEVEL ??= 'silent';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const forwards = Number(process.argv[2] ?? 200);
/** The first forwards load what a warm container has loaded; not counted. */
const WARM_UP = 20;

interface Timed {
  name: string;
  startMs: number;
  endMs?: number;
}
let recording: Timed[] | undefined;
const open = new WeakMap<ClientRequest, Timed>();
/** The store's commands as sent, each naming the kind of item it touches (`APP`, `MSG`). */
const itemLabels: string[] = [];
const kind = (key: unknown) => (typeof key === 'string' ? key.replace(/[#:].*$/, '') : '?');
const send = DynamoDBDocumentClient.prototype.send as (...args: unknown[]) => unknown;
DynamoDBDocumentClient.prototype.send = function (this: unknown, ...args: unknown[]) {
  const { input } = args[0] as { input: Record<string, Record<string, unknown> | undefined> };
  const key = input.Item ?? input.Key;
  if (recording) itemLabels.push(key ? `${kind(key.pk)}/${kind(key.sk)}` : 'query');
  return send.apply(this, args);
} as typeof DynamoDBDocumentClient.prototype.send;

const nameOf = (request: ClientRequest) => {
  const target = request.getHeader('x-amz-target');
  if (target) {
    return `dynamodb ${String(target).replace(/^DynamoDB_\d+\./, '')} ${itemLabels.shift() ?? ''}`;
  }
  const path = request.path.split('?')[0] ?? '';
  return `${request.method} ${path.replace(/[0-9a-f]{20,}|%40.*|[a-z0-9]{10}-i\d+-/g, '…')}`;
};
let hosts: Set<string> | undefined;
/** The endpoints the handlers are given (the counting proxies), not the proxies' relays. */
const handlerHosts = () => {
  hosts ??= new Set(
    ['DYNAMODB', 'S3', 'SESV2', 'SCHEDULER'].map(
      (service) => new URL(process.env[`AWS_ENDPOINT_URL_${service}`] ?? 'http://none').host,
    ),
  );
  return hosts;
};
subscribe('http.client.request.start', (message) => {
  const { request } = message as { request: ClientRequest };
  if (!recording || !handlerHosts().has(String(request.getHeader('host') ?? ''))) return;
  const timed = { name: nameOf(request), startMs: performance.now() };
  open.set(request, timed);
  recording.push(timed);
});
subscribe('http.client.response.finish', (message) => {
  const timed = open.get((message as { request: ClientRequest }).request);
  if (timed) timed.endMs = performance.now();
});

const flows = await startLocalFlows(0);
const load = loadavg()[0] ?? 0;
const sample: Array<{ requests: Timed[]; handlerMs: number }> = [];
for (let i = 0; i < forwards + WARM_UP; i++) {
  recording = [];
  itemLabels.length = 0;
  const { handlerMs } = await flows.intake(1);
  sample.push({ requests: recording, handlerMs: handlerMs[0] ?? Number.NaN });
}
recording = undefined;
await flows.close();

const measured = sample.slice(WARM_UP);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
const byName = new Map<string, number[]>();
/** Per forward, how long at least one of the handler's requests was in flight. */
const inRequests: number[] = [];
for (const { requests } of measured) {
  let waiting = 0;
  let until = Number.NEGATIVE_INFINITY;
  for (const request of requests) {
    const end = request.endMs ?? request.startMs;
    byName.set(request.name, [...(byName.get(request.name) ?? []), end - request.startMs]);
    // The intake's PutObject (SES receiving) comes before the handler.
    if (request.name.startsWith('PUT /followup-raw-mail')) continue;
    waiting += Math.max(0, end - Math.max(request.startMs, until));
    until = Math.max(until, end);
  }
  inRequests.push(waiting);
}
console.log(
  `load ${load.toFixed(2)} -> ${(loadavg()[0] ?? 0).toFixed(2)}; ${measured.length} forwards`,
);
for (const [name, values] of [...byName].sort((a, b) => b[1].length - a[1].length)) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  console.log(
    `${(values.length / measured.length).toFixed(2).padStart(5)} per forward, median ${median(values).toFixed(2).padStart(6)} ms, mean ${mean.toFixed(2).padStart(6)} ms  ${name}`,
  );
}
const handler = measured.map((entry) => entry.handlerMs).sort((a, b) => a - b);
const at = (p: number) => handler[Math.ceil((p / 100) * handler.length) - 1]?.toFixed(1);
console.log(
  `handler p50 ${at(50)} / p90 ${at(90)} / p99 ${at(99)} ms; waiting on its requests: median ${median(inRequests).toFixed(1)} ms`,
);
