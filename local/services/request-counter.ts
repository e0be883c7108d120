// Local stack -> what the handlers asked of AWS: a counting pass-through in front of each local
// stand-in, naming every request by the API operation AWS bills it as. It counts on the wire, the
// same way for every service, because DynamoDB Local is AWS's own JVM and cannot be instrumented.
import { createServer, Agent as HttpAgent, type IncomingHttpHeaders, request } from 'node:http';
import { operations as schedulerOperations } from '../scheduler-emulator/model-rules.ts';
import { defaultHost, endpointUrl, listen } from './listen.ts';
import type { LocalService } from './service.ts';

export type CountedService = 'dynamodb' | 's3' | 'sesv2' | 'scheduler' | 'lambda';

export interface CountedRequest {
  service: CountedService;
  operation: string;
  /** DynamoDB: the kind of item a write or read names (`APP`, `MSG`, `PROFILE`); else absent. */
  item?: string;
  count: number;
  /** DynamoDB request units by its rounding rules (writes per 1 KB, strong reads per 4 KB). */
  requestUnits: number;
  /** Lambda: summed handler time of the invocations. */
  durationMs: number;
}

export interface RequestCounter {
  record(entry: {
    service: CountedService;
    operation: string;
    item?: string;
    requestUnits?: number;
    durationMs?: number;
  }): void;
  /** Every (service, operation, item) counted since the last reset. */
  counts(): CountedRequest[];
  reset(): void;
}

export function createRequestCounter(): RequestCounter {
  const entries = new Map<string, CountedRequest>();
  return {
    record({ service, operation, item, requestUnits = 0, durationMs = 0 }) {
      const key = `${service} ${operation} ${item ?? ''}`;
      const entry = entries.get(key) ?? {
        service,
        operation,
        ...(item ? { item } : {}),
        count: 0,
        requestUnits: 0,
        durationMs: 0,
      };
      entry.count += 1;
      entry.requestUnits += requestUnits;
      entry.durationMs += durationMs;
      entries.set(key, entry);
    },
    counts: () => [...entries.values()].map((entry) => ({ ...entry })),
    reset: () => entries.clear(),
  };
}

const DYNAMODB_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

/**
 * DynamoDB bills a write 1 unit per started KB of the item and a strongly consistent read 1 unit
 * per started 4 KB. The item's size is taken from the DynamoDB JSON on the wire (the request's
 * for a write, the response's for a read), which its type tags make a little larger: an upper
 * bound, never an undercount. A delete's request names only the key: counted as 1 unit.
 */
function dynamoDbRequestUnits(operation: string, requestBytes: number, responseBytes: number) {
  if (operation === 'DeleteItem') return 1;
  if (DYNAMODB_WRITES.has(operation)) return Math.max(1, Math.ceil(requestBytes / 1024));
  return Math.max(1, Math.ceil(responseBytes / 4096));
}

const schedulerRoutes = Object.entries(schedulerOperations).map(([operation, rule]) => ({
  operation,
  method: rule.method,
  path: new RegExp(`^${rule.uri.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The operation a request is, as the service names it; undefined for an emulator's own paths. */
export function operationOf(
  service: Exclude<CountedService, 'lambda'>,
  method: string,
  url: URL,
  headers: IncomingHttpHeaders,
): string | undefined {
  if (url.pathname.startsWith('/_emulator')) return undefined;
  if (service === 'dynamodb') {
    return String(headers['x-amz-target'] ?? 'unknown').replace(/^DynamoDB_\d+\./, '');
  }
  if (service === 'scheduler') {
    const route = schedulerRoutes.find((r) => r.method === method && r.path.test(url.pathname));
    return route?.operation ?? `${method} ${url.pathname}`;
  }
  if (service === 'sesv2') {
    return method === 'POST' && url.pathname === '/v2/email/outbound-emails'
      ? 'SendEmail'
      : `${method} ${url.pathname}`;
  }
  // S3, path style: /bucket or /bucket/key…
  const isObject = url.pathname.split('/').filter(Boolean).length > 1;
  if (isObject) {
    if (method === 'PUT') return headers['x-amz-copy-source'] ? 'CopyObject' : 'PutObject';
    return (
      { GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' }[method] ?? `${method}Object`
    );
  }
  if (method === 'GET')
    return url.searchParams.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
  if (method === 'POST' && url.searchParams.has('delete')) return 'DeleteObjects';
  return { PUT: 'CreateBucket', HEAD: 'HeadBucket', DELETE: 'DeleteBucket' }[method] ?? method;
}

/** `APP#…` -> `APP`: the kind of item a DynamoDB request names by its sort key. */
function itemKind(body: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      Item?: { sk?: { S?: string } };
      Key?: { sk?: { S?: string } };
    };
    return (parsed.Item?.sk?.S ?? parsed.Key?.sk?.S)?.split('#')[0];
  } catch {
    return undefined;
  }
}

/** Listens on its own port and relays every request to `target`, counting it on the way. */
export async function startCountingProxy(options: {
  service: Exclude<CountedService, 'lambda'>;
  target: string;
  counter: RequestCounter;
  port?: number;
}): Promise<LocalService> {
  const target = new URL(options.target);
  const agent = new HttpAgent({ keepAlive: true });
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const relayed = request(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: target.host },
          agent,
        },
        (answer) => {
          let responseBytes = 0;
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.on('data', (chunk: Buffer) => {
            responseBytes += chunk.length;
            outgoing.write(chunk);
          });
          answer.on('end', () => {
            count(
              incoming.method ?? 'GET',
              incoming.url ?? '/',
              incoming.headers,
              body,
              responseBytes,
            );
            outgoing.end();
          });
        },
      );
      relayed.on('error', () => {
        if (!outgoing.headersSent) outgoing.writeHead(502);
        outgoing.end();
      });
      relayed.end(body);
    });
  });
  const count = (
    method: string,
    path: string,
    headers: IncomingHttpHeaders,
    body: Buffer,
    responseBytes: number,
  ) => {
    const operation = operationOf(options.service, method, new URL(path, 'http://local'), headers);
    if (!operation) return;
    if (options.service !== 'dynamodb') {
      options.counter.record({ service: options.service, operation });
      return;
    }
    const item = itemKind(body);
    options.counter.record({
      service: 'dynamodb',
      operation,
      ...(item ? { item } : {}),
      requestUnits: dynamoDbRequestUnits(operation, body.length, responseBytes),
    });
  };
  const port = await listen(server, options.port ?? 0, defaultHost);
  return {
    endpoint: endpointUrl(defaultHost, port),
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
