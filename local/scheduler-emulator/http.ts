// Scheduler emulator -> the wire: restJson1 over HTTP. Routes by the model's `@http` bindings,
// decodes labels, query strings and JSON bodies, validates them against the encoded rules, and
// answers errors the way the SDK's restJson1 deserializer reads them (X-Amzn-ErrorType header,
// `Message` in the body).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SchedulerApiError } from './api.ts';
import type { EmulatorLogger, FiredReport } from './firing.ts';
import { type OperationName, type OperationRule, operations, shapes } from './model-rules.ts';
import type { DeadLetter } from './state.ts';
import { describeViolations, isObject, validateShape } from './validation.ts';

type Handler = (input: Record<string, unknown>) => Record<string, unknown>;

export interface HttpDependencies {
  api: Record<OperationName, Handler>;
  fireDue(): Promise<FiredReport[]>;
  deadLetters(): DeadLetter[];
  logger: EmulatorLogger;
}

interface Route {
  operation: OperationName;
  rule: OperationRule;
  path: RegExp;
  labels: string[];
}

const routes: Route[] = Object.entries(operations).map(([operation, rule]) => {
  const labels: string[] = [];
  const source = rule.uri.replace(/\{(\w+)\}/g, (_, label: string) => {
    labels.push(label);
    return '([^/]+)';
  });
  return { operation: operation as OperationName, rule, path: new RegExp(`^${source}$`), labels };
});

const maxBodyBytes = 1024 * 1024;

/** Not part of the service: lets the CLI and tests drive firing and read dead letters. */
export const emulatorPaths = {
  fireDue: '/_emulator/fire-due',
  deadLetters: '/_emulator/dead-letters',
} as const;

export function createRequestListener(deps: HttpDependencies) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    handle(deps, request)
      .then(({ status, body }) => send(response, status, body))
      .catch((error: unknown) => {
        if (error instanceof SchedulerApiError) {
          send(response, error.status, { Message: error.message }, error.code);
          return;
        }
        deps.logger.error('scheduler emulator request failed', {
          error: (error as Error)?.name ?? typeof error,
        });
        send(response, 500, { Message: 'Internal error.' }, 'InternalServerException');
      });
  };
}

async function handle(
  deps: HttpDependencies,
  request: IncomingMessage,
): Promise<{ status: number; body: unknown }> {
  const url = new URL(request.url ?? '/', 'http://emulator');
  const method = request.method ?? 'GET';

  if (method === 'POST' && url.pathname === emulatorPaths.fireDue) {
    return { status: 200, body: { Fired: await deps.fireDue() } };
  }
  if (method === 'GET' && url.pathname === emulatorPaths.deadLetters) {
    return { status: 200, body: { DeadLetters: deps.deadLetters() } };
  }

  for (const route of routes) {
    if (route.rule.method !== method) continue;
    const match = route.path.exec(url.pathname);
    if (!match) continue;
    const input = await decodeInput(route, match, url, request);
    const violations = validateShape(route.rule.input, input);
    if (violations.some((v) => v.serialization))
      throw new SchedulerApiError('SerializationException', describeViolations(violations));
    if (violations.length > 0)
      throw new SchedulerApiError('ValidationException', describeViolations(violations));
    try {
      return { status: 200, body: deps.api[route.operation](input) };
    } catch (error) {
      if (
        error instanceof SchedulerApiError &&
        !(route.rule.errors as readonly string[]).includes(error.code)
      ) {
        deps.logger.warn('scheduler emulator answered an error the model does not declare', {
          operation: route.operation,
          error: error.code,
        });
      }
      throw error;
    }
  }
  throw new SchedulerApiError(
    'UnknownOperationException',
    `No operation at ${method} ${url.pathname}.`,
  );
}

async function decodeInput(
  route: Route,
  match: RegExpExecArray,
  url: URL,
  request: IncomingMessage,
): Promise<Record<string, unknown>> {
  const structure = shapes[route.rule.input];
  if (structure?.type !== 'structure') throw new Error(`${route.rule.input} is not a structure`);
  const input: Record<string, unknown> = {};

  route.labels.forEach((label, index) => {
    const raw = match[index + 1] ?? '';
    try {
      input[label] = decodeURIComponent(raw);
    } catch {
      throw new SchedulerApiError('SerializationException', `Malformed path label ${label}.`);
    }
  });

  for (const [member, memberRule] of Object.entries(structure.members)) {
    if (memberRule.httpQuery === undefined) continue;
    const values = url.searchParams.getAll(memberRule.httpQuery);
    if (values.length === 0) continue;
    const target = shapes[memberRule.target];
    if (target?.type === 'list') input[member] = values;
    else if (target?.type === 'integer')
      input[member] = /^-?\d+$/.test(values[0] ?? '') ? Number(values[0]) : values[0];
    else input[member] = values[0];
  }

  if (route.rule.method === 'POST' || route.rule.method === 'PUT') {
    const body = await readJson(request);
    for (const [member, memberRule] of Object.entries(structure.members)) {
      if (memberRule.httpLabel || memberRule.httpQuery !== undefined) continue;
      if (body[member] !== undefined) input[member] = body[member];
    }
  }
  return input;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes)
      throw new SchedulerApiError('ValidationException', 'Request body is too large.', 413);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SchedulerApiError('SerializationException', 'Request body is not valid JSON.');
  }
  if (!isObject(parsed))
    throw new SchedulerApiError('SerializationException', 'Request body must be a JSON object.');
  return parsed;
}

function send(response: ServerResponse, status: number, body: unknown, errorType?: string): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
    ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
  });
  response.end(text);
}
