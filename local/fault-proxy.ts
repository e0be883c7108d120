// Local stack -> a fault-injecting HTTP proxy in front of one AWS stand-in (DynamoDB Local, the SES
// emulator, the Scheduler emulator, the S3 stand-in). The handlers' SDK clients reach the service
// through it; per request, rules chosen by a test decide by a seeded draw whether to add latency,
// answer the service's own throttling or server error, hang, or drop the connection.
import { randomUUID } from 'node:crypto';
import {
  createServer,
  request as forward,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import { defaultHost, endpointUrl, listen } from './services/listen.ts';

export type FaultService = 'dynamodb' | 'ses' | 'scheduler' | 's3';

/**
 * `latency` waits `latencyMs` and then forwards; `throttle` and `server-error` answer as the
 * service does when it throttles or fails (see SERVICE_ERRORS); `hang` never answers (the client's
 * timeout must end it) and `drop` closes the connection unanswered. None of these but `latency`
 * reaches the service. `answer-lost` forwards the request and, once the service has done it,
 * closes the connection instead of answering: the client cannot tell it from `drop`.
 */
export type FaultKind = 'latency' | 'throttle' | 'server-error' | 'hang' | 'drop' | 'answer-lost';

export interface FaultRule {
  kind: FaultKind;
  /** The operations it applies to (`PutItem`, `SendEmail`, `CreateSchedule`, `GetObject`…); all when absent. */
  operations?: string[];
  /** Only requests whose body holds this text (one kind of item, say `"DONE"`); all when absent. */
  bodyIncludes?: string;
  /** The share of matching requests it hits, by the proxy's seeded draw; default every one. */
  rate?: number;
  /** It hits this many requests at most, then it is spent. */
  times?: number;
  /** For `latency`: how long; default 200 ms. */
  latencyMs?: number;
}

export interface FaultProxy {
  service: FaultService;
  /** What the SDK's AWS_ENDPOINT_URL_<SERVICE> points at. */
  endpoint: string;
  /** Replaces the rules; the first rule that matches and hits decides a request. */
  set(rules: FaultRule[]): void;
  /** No faults from now on (requests held by a hang stay held). */
  heal(): void;
  /** Requests seen, and faults injected per `<operation> <kind>`. */
  stats(): { requests: number; faults: Record<string, number> };
  close(): Promise<void>;
}

interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = (type: string, status: number, body: object, header = false): ErrorAnswer => ({
  status,
  headers: {
    'content-type': 'application/json',
    ...(header ? { 'x-amzn-errortype': type } : {}),
  },
  body: JSON.stringify(body),
});

const DYNAMODB = 'com.amazonaws.dynamodb.v20120810';
const dynamodbError = (type: string, status: number, message: string): ErrorAnswer => ({
  ...json(type, status, { __type: type, message }),
  headers: { 'content-type': 'application/x-amz-json-1.0' },
});

const s3Error = (code: string, status: number, message: string): ErrorAnswer => ({
  status,
  headers: { 'content-type': 'application/xml' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${randomUUID()}</RequestId></Error>`,
});

/**
 * Each service's answers when it throttles and when it fails, as the services send them: the
 * protocol (awsJson1_0, restJson1, restXml), status and error code the SDK reads its exception
 * from. DynamoDB throttles with either of two codes; the draw picks one.
 */
const SERVICE_ERRORS: Record<FaultService, { throttle: ErrorAnswer[]; serverError: ErrorAnswer }> =
  {
    dynamodb: {
      throttle: [
        dynamodbError(
          `${DYNAMODB}#ProvisionedThroughputExceededException`,
          400,
          'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
        ),
        dynamodbError(
          'com.amazon.coral.availability#ThrottlingException',
          400,
          'Rate of requests exceeds the allowed throughput.',
        ),
      ],
      serverError: dynamodbError(`${DYNAMODB}#InternalServerError`, 500, 'Internal server error'),
    },
    ses: {
      throttle: [
        json('TooManyRequestsException', 429, { message: 'Maximum sending rate exceeded.' }, true),
      ],
      serverError: json('InternalFailure', 500, { message: 'Internal failure' }, true),
    },
    scheduler: {
      throttle: [json('ThrottlingException', 429, { Message: 'Rate exceeded' }, true)],
      serverError: json('InternalServerException', 500, { Message: 'Internal error' }, true),
    },
    s3: {
      throttle: [s3Error('SlowDown', 503, 'Please reduce your request rate.')],
      serverError: s3Error('InternalError', 500, 'We encountered an internal error.'),
    },
  };

const SCHEDULER_OPERATIONS: Record<string, string> = {
  POST: 'CreateSchedule',
  PUT: 'UpdateSchedule',
  DELETE: 'DeleteSchedule',
  GET: 'GetSchedule',
};

const S3_OPERATIONS: Record<string, string> = {
  GET: 'GetObject',
  PUT: 'PutObject',
  HEAD: 'HeadObject',
  DELETE: 'DeleteObject',
};

/** The API operation a request calls, by the service's protocol. */
export function operationOf(
  service: FaultService,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
): string {
  const route = `${method} ${path.split('?')[0]}`;
  switch (service) {
    case 'dynamodb':
      return String(headers['x-amz-target'] ?? '').replace(/^DynamoDB_\d+\./, '') || route;
    case 'ses':
      return method === 'POST' && path.startsWith('/v2/email/outbound-emails')
        ? 'SendEmail'
        : route;
    case 'scheduler':
      return (/^\/schedules\/[^/?]+/.test(path) && SCHEDULER_OPERATIONS[method]) || route;
    case 's3':
      // Path style: /bucket/key is an object; /bucket alone the bucket.
      return (/^\/[^/?]+\/[^?]+/.test(path) && S3_OPERATIONS[method]) || route;
  }
}

/** A small seeded generator (mulberry32): the same seed, the same faults in the same order. */
export function seededDraw(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFaultProxy(options: {
  service: FaultService;
  /** The service's own endpoint, `http://127.0.0.1:<port>`. */
  target: string;
  seed: number;
  port?: number;
}): Promise<FaultProxy> {
  const { service } = options;
  const target = new URL(options.target);
  const draw = seededDraw(options.seed);
  let rules: Array<FaultRule & { hits: number }> = [];
  let requests = 0;
  const faults: Record<string, number> = {};
  const sockets = new Set<Socket>();

  /** The rule that hits this request, if any; every matching rule with a rate takes one draw. */
  const decide = (operation: string, body: Buffer) => {
    for (const rule of rules) {
      if (rule.operations && !rule.operations.includes(operation)) continue;
      if (rule.bodyIncludes !== undefined && !body.includes(rule.bodyIncludes)) continue;
      if (rule.times !== undefined && rule.hits >= rule.times) continue;
      if (rule.rate !== undefined && draw() >= rule.rate) continue;
      rule.hits += 1;
      return rule;
    }
    return undefined;
  };

  const pass = (
    request: IncomingMessage,
    body: Buffer,
    response: ServerResponse,
    answerLost = false,
  ) => {
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        if (answerLost) {
          // Done by the service, read to its end, never told to the client.
          answer.resume();
          answer.on('end', () => request.socket.destroy());
          return;
        }
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => request.socket.destroy());
    upstream.end(body);
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      const body = Buffer.concat(chunks);
      const operation = operationOf(
        service,
        request.method ?? 'GET',
        request.url ?? '/',
        request.headers,
      );
      const rule = decide(operation, body);
      if (!rule) return pass(request, body, response);
      const key = `${operation} ${rule.kind}`;
      faults[key] = (faults[key] ?? 0) + 1;
      const errors = SERVICE_ERRORS[service];
      switch (rule.kind) {
        case 'latency':
          setTimeout(() => pass(request, body, response), rule.latencyMs ?? 200);
          return;
        case 'hang':
          // Held until the client gives up or the proxy closes.
          return;
        case 'drop':
          request.socket.destroy();
          return;
        case 'answer-lost':
          pass(request, body, response, true);
          return;
        case 'throttle':
        case 'server-error': {
          const answers = rule.kind === 'throttle' ? errors.throttle : [errors.serverError];
          const answer = answers[Math.floor(draw() * answers.length)] ?? errors.serverError;
          response.writeHead(answer.status, {
            ...answer.headers,
            'x-amzn-requestid': randomUUID(),
          });
          response.end(answer.body);
        }
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server, options.port ?? 0);

  return {
    service,
    endpoint: endpointUrl(defaultHost, port),
    set(next) {
      rules = next.map((rule) => ({ ...rule, hits: 0 }));
    },
    heal() {
      rules = [];
    },
    stats: () => ({ requests, faults: { ...faults } }),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FaultProxies = Record<FaultService, FaultProxy>;

/** One proxy per service, each with its own draw from `seed`. */
export async function startFaultProxies(
  targets: Record<FaultService, string>,
  seed: number,
): Promise<FaultProxies> {
  const services = Object.keys(targets) as FaultService[];
  const started = await Promise.all(
    services.map((service, index) =>
      startFaultProxy({ service, target: targets[service], seed: seed + index }),
    ),
  );
  return Object.fromEntries(started.map((proxy) => [proxy.service, proxy])) as FaultProxies;
}
