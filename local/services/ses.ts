// Local stack -> SES: aws-ses-v2-local in-process (its web UI shows every mail sent), behind a
// thin front that keeps the exact MIME of raw sends, so tests read back what the mailer sent.
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
} from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { defaultHost, endpointUrl } from './listen.ts';
import { consoleLogger, type LocalService, type ServiceLogger } from './service.ts';

export interface SesOptions {
  host?: string;
  /** 0 picks a free port. */
  port: number;
  logger?: ServiceLogger;
}

export interface SesService extends LocalService {
  /** The emulator's page listing every mail sent. */
  webUi: string;
}

export interface SentAttachment {
  filename?: string;
  contentType: string;
  size: number;
  content: Buffer;
}

export interface SentMail {
  /** The id SES answered the send with. */
  messageId: string;
  /** For raw sends these are header texts as parsed (`Followup <a@b.example>`, `x@y, z@w`). */
  from: string;
  replyTo: string[];
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  text?: string;
  html?: string;
  attachments: SentAttachment[];
  /** Extra headers of Simple/Template sends; raw sends keep theirs in `raw`. */
  headers: { name: string; value: string }[];
  sentAt: Date;
  /** The exact RFC 5322 message of a raw send made through `startSes`. */
  raw?: Buffer;
}

/** The emulator answered something other than what its API promises. */
export class SesEmulatorError extends Error {
  override name = 'SesEmulatorError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

type StartSesLocal = (config?: { host?: string; port?: number }) => Promise<Server>;

// The emulator keeps its mail in module scope: every instance in one process shares one outbox.
let running = 0;

export async function startSes(options: SesOptions): Promise<SesService> {
  const logger = options.logger ?? consoleLogger;
  const host = options.host ?? defaultHost;
  if (running > 0) {
    logger.warn('a second SES emulator in this process shares the first one’s outbox');
  }

  // A CommonJS module whose `exports.default` is the starter; require avoids interop guesses.
  const require = createRequire(import.meta.url);
  const sesLocal = require('aws-ses-v2-local') as { default: StartSesLocal };
  const backend = await sesLocal.default({ host: defaultHost, port: 0 });
  const backendPort = (backend.address() as AddressInfo).port;
  // The first emulator in this process starts with an empty outbox, as in a process of its own:
  // one closed earlier here (the test suites start several per worker) leaves its mail behind.
  if (running === 0) await clearSentMail(endpointUrl(defaultHost, backendPort));
  const agent = new Agent({ keepAlive: true });
  const outbox = new Outbox();

  const front = createServer((request, response) => {
    relay(request, backendPort, agent, outbox)
      .then(({ status, headers, body }) => {
        response.writeHead(status, headers);
        response.end(body);
      })
      .catch((error: unknown) => {
        logger.warn('SES emulator front failed a request', {
          error: error instanceof Error ? error.message : String(error),
        });
        if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'aws-ses-v2-local did not answer' }));
      });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      front.once('error', reject);
      front.listen(options.port, host, () => {
        front.removeListener('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await closeServer(backend);
    agent.destroy();
    throw error;
  }
  running += 1;

  const port = (front.address() as AddressInfo).port;
  const endpoint = endpointUrl(host, port);
  let closing: Promise<void> | undefined;
  return {
    endpoint,
    port,
    webUi: `${endpoint}/`,
    close: () => {
      closing ??= (async () => {
        running -= 1;
        await closeServer(front);
        agent.destroy();
        await closeServer(backend);
      })();
      return closing;
    },
  };
}

/** The mail the emulator has accepted, oldest first; `since` keeps what was sent at or after it. */
export async function listSentMail(
  endpoint: string,
  options: { since?: Date } = {},
): Promise<SentMail[]> {
  const url = new URL('/store', endpoint);
  // The store filters by whole seconds; the finer cut happens below.
  if (options.since)
    url.searchParams.set('since', String(Math.floor(options.since.getTime() / 1000)));
  const response = await fetch(url);
  if (!response.ok) {
    throw new SesEmulatorError(`GET /store answered ${response.status}`);
  }
  const parsed = storeSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new SesEmulatorError('GET /store answered an unexpected shape', { cause: parsed.error });
  }
  const mails = parsed.data.emails.map(toSentMail);
  const since = options.since;
  return since === undefined
    ? mails
    : mails.filter((mail, index) =>
        parsed.data.emails[index]?.sentAtMs === undefined ? true : mail.sentAt >= since,
      );
}

/** Empties the outbox (and the emulator's templates). */
export async function clearSentMail(endpoint: string): Promise<void> {
  const response = await fetch(new URL('/clear-store', endpoint), { method: 'POST' });
  if (!response.ok) throw new SesEmulatorError(`POST /clear-store answered ${response.status}`);
}

// ---------------------------------------------------------------------------------------------
// The front: relays every request, remembering raw MIME and exact send times by message id

class Outbox {
  readonly raw = new Map<string, string>();
  readonly sentAtMs = new Map<string, number>();

  sent(messageId: string, rawBase64?: string): void {
    this.sentAtMs.set(messageId, Date.now());
    if (rawBase64 !== undefined) this.raw.set(messageId, rawBase64);
  }

  clear(): void {
    this.raw.clear();
    this.sentAtMs.clear();
  }
}

interface Relayed {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

async function relay(
  request: IncomingMessage,
  backendPort: number,
  agent: Agent,
  outbox: Outbox,
): Promise<Relayed> {
  const requestBody = await readAll(request);
  const answer = await forward(request, requestBody, backendPort, agent);
  const path = new URL(request.url ?? '/', 'http://local').pathname;
  const ok = answer.status >= 200 && answer.status < 300;
  let body = answer.body;

  if (ok && request.method === 'POST') {
    if (path === '/v2/email/outbound-emails') {
      const sent = sendEmailAnswer.safeParse(parseJson(body));
      const raw = sendEmailRequest.safeParse(parseJson(requestBody));
      if (sent.success) {
        outbox.sent(sent.data.MessageId, raw.success ? raw.data.Content?.Raw?.Data : undefined);
      }
    } else if (path === '/v2/email/outbound-bulk-emails') {
      const sent = bulkAnswer.safeParse(parseJson(body));
      for (const entry of sent.success ? sent.data.BulkEmailEntryResults : []) {
        if (entry.MessageId) outbox.sent(entry.MessageId);
      }
    } else if (path === '/') {
      // SES v1 (query protocol): form-encoded request, XML answer.
      const form = new URLSearchParams(requestBody.toString('utf8'));
      const messageId = /<MessageId>([^<]+)<\/MessageId>/.exec(body.toString('utf8'))?.[1];
      const action = form.get('Action');
      if (messageId !== undefined && (action === 'SendEmail' || action === 'SendRawEmail')) {
        outbox.sent(messageId, form.get('RawMessage.Data') ?? undefined);
      }
    } else if (path === '/clear-store') {
      outbox.clear();
    }
  }
  if (ok && request.method === 'GET' && path === '/store') {
    const store = parseJson(body) as { emails?: Record<string, unknown>[] } | undefined;
    if (store && Array.isArray(store.emails)) {
      for (const email of store.emails) {
        const id = typeof email.messageId === 'string' ? email.messageId : '';
        const raw = outbox.raw.get(id);
        const sentAtMs = outbox.sentAtMs.get(id);
        if (raw !== undefined) email.rawMime = raw;
        if (sentAtMs !== undefined) email.sentAtMs = sentAtMs;
      }
      body = Buffer.from(JSON.stringify(store));
    }
  }

  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined || hopByHop.has(name)) continue;
    headers[name] = value;
  }
  headers['content-length'] = String(body.length);
  return { status: answer.status, headers, body };
}

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'proxy-connection',
  'upgrade',
]);

function forward(
  request: IncomingMessage,
  body: Buffer,
  backendPort: number,
  agent: Agent,
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || hopByHop.has(name) || name === 'expect') continue;
    headers[name] = value;
  }
  headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: defaultHost,
        port: backendPort,
        method: request.method,
        path: request.url,
        headers,
        agent,
      },
      (answer) => {
        readAll(answer).then(
          (answerBody) =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: answerBody,
            }),
          reject,
        );
      },
    );
    outgoing.once('error', reject);
    outgoing.end(body);
  });
}

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

// ---------------------------------------------------------------------------------------------
// Shapes read from the emulator

const sendEmailRequest = z.object({
  Content: z.object({ Raw: z.object({ Data: z.string() }).optional() }).optional(),
});
const sendEmailAnswer = z.object({ MessageId: z.string() });
const bulkAnswer = z.object({
  BulkEmailEntryResults: z.array(z.object({ MessageId: z.string().optional() })),
});

const storedEmail = z.object({
  messageId: z.string(),
  from: z.string(),
  replyTo: z.array(z.string()).default([]),
  destination: z.object({
    to: z.array(z.string()).default([]),
    cc: z.array(z.string()).default([]),
    bcc: z.array(z.string()).default([]),
  }),
  subject: z.string(),
  body: z.object({ text: z.string().optional(), html: z.string().optional() }),
  attachments: z
    .array(
      z.object({
        content: z.string(),
        contentType: z.string(),
        filename: z.string().optional(),
        size: z.number().optional(),
      }),
    )
    .default([]),
  headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  at: z.number(),
  rawMime: z.string().optional(),
  sentAtMs: z.number().optional(),
});
const storeSchema = z.object({ emails: z.array(storedEmail) });

function toSentMail(email: z.infer<typeof storedEmail>): SentMail {
  const mail: SentMail = {
    messageId: email.messageId,
    from: email.from,
    replyTo: email.replyTo,
    to: email.destination.to,
    cc: email.destination.cc,
    bcc: email.destination.bcc,
    subject: email.subject,
    attachments: email.attachments.map((attachment) => {
      const content = Buffer.from(attachment.content, 'base64');
      return {
        ...(attachment.filename === undefined ? {} : { filename: attachment.filename }),
        contentType: attachment.contentType,
        size: attachment.size ?? content.length,
        content,
      };
    }),
    headers: email.headers ?? [],
    sentAt: new Date(email.sentAtMs ?? email.at * 1000),
  };
  if (email.body.text !== undefined) mail.text = email.body.text;
  if (email.body.html !== undefined) mail.html = email.body.html;
  if (email.rawMime !== undefined) mail.raw = Buffer.from(email.rawMime, 'base64');
  return mail;
}
