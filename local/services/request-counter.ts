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

type AttributeValue = {
  S?: string;
  N?: string;
  B?: string;
  BOOL?: boolean;
  NULL?: boolean;
  M?: DynamoItem;
  L?: AttributeValue[];
  SS?: string[];
  NS?: string[];
  BS?: string[];
};
export type DynamoItem = Record<string, AttributeValue>;

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A number's size: 1 byte per two significant digits, plus 1. */
function numberBytes(text: string): number {
  const digits = text
    .replace(/^[-+]/, '')
    .replace(/[eE].*$/, '')
    .replace('.', '');
  const significant = digits.replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(1, significant.length) / 2) + 1;
}

/** An attribute value's size by DynamoDB's rules ("Item sizes and formats" in its guide). */
function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return utf8Bytes(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return Buffer.from(value.B, 'base64').length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  // A map or list: 3 bytes, and 1 byte per element besides the element's own size.
  if (value.M) return 3 + Object.values(value.M).length + itemBytes(value.M);
  if (value.L) return 3 + value.L.reduce((sum, element) => sum + 1 + valueBytes(element), 0);
  if (value.SS) return value.SS.reduce((sum, text) => sum + utf8Bytes(text), 0);
  if (value.NS) return value.NS.reduce((sum, text) => sum + numberBytes(text), 0);
  if (value.BS)
    return value.BS.reduce((sum, bytes) => sum + Buffer.from(bytes, 'base64').length, 0);
  return 0;
}

/** An item's size: each attribute's name and value. */
export function itemBytes(item: DynamoItem): number {
  return Object.entries(item).reduce(
    (sum, [name, value]) => sum + utf8Bytes(name) + valueBytes(value),
    0,
  );
}

const parsed = <T>(body: Buffer): T | undefined => {
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    return undefined;
  }
};

/**
 * DynamoDB bills a write 1 unit per started KB of the item, and a strongly consistent read 1 unit
 * per started 4 KB of what it returns (a Query: of all its items together). Sizes follow
 * DynamoDB's rules, from the item a PutItem sends and the items a read returns; where the item is
 * not on the wire (UpdateItem), the request's bytes stand in, an upper bound. A delete's request
 * names only the key: counted as 1 unit.
 */
function dynamoDbRequestUnits(operation: string, request: Buffer, response: Buffer) {
  if (operation === 'DeleteItem') return 1;
  if (operation === 'PutItem') {
    const item = parsed<{ Item?: DynamoItem }>(request)?.Item;
    return Math.max(1, Math.ceil((item ? itemBytes(item) : request.length) / 1024));
  }
  if (DYNAMODB_WRITES.has(operation)) return Math.max(1, Math.ceil(request.length / 1024));
  const answer = parsed<{ Item?: DynamoItem; Items?: DynamoItem[] }>(response);
  const items = answer?.Items ?? (answer?.Item ? [answer.Item] : undefined);
  const bytes = items ? items.reduce((sum, item) => sum + itemBytes(item), 0) : response.length;
  return Math.max(1, Math.ceil(bytes / 4096));
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
          const responseChunks: Buffer[] = [];
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.on('data', (chunk: Buffer) => {
            // DynamoDB's answers are read for their items' sizes; other services' only counted.
            if (options.service === 'dynamodb') responseChunks.push(chunk);
            outgoing.write(chunk);
          });
          answer.on('end', () => {
            count(
              incoming.method ?? 'GET',
              incoming.url ?? '/',
              incoming.headers,
              body,
              Buffer.concat(responseChunks),
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
    response: Buffer,
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
      requestUnits: dynamoDbRequestUnits(operation, body, response),
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
