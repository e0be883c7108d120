// The local stack's control port, used by the CLI: read and move the shared clock (returning only
// once every schedule that came due has fired and its handler finished), list applications and
// run the doctor.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoDbStore } from '../functions/adapters/dynamodb-store.ts';
import type { LocalClock } from './clock.ts';
import { listen } from './services/listen.ts';

export interface ControlServerOptions {
  host?: string;
  port: number;
  clock: LocalClock;
  fireDue: () => Promise<unknown[]>;
  dynamodb: DynamoDBClient;
  tableName: string;
  /** The deploy-time users (allowedSenders and admins). */
  users: string[];
  /** Runs `followup doctor` as the daily schedule does on AWS: the milestone code, the doctor timeout. */
  doctor: () => Promise<unknown>;
  /** DynamoDB's TTL on the local clock (local/expiry.ts): run after each clock move. */
  sweepExpired: () => Promise<number>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

export async function startControlServer(options: ControlServerOptions) {
  const store = createDynamoDbStore(options.dynamodb, options.tableName);
  // Clock moves are serialized: each one fires what it made due before the next one starts.
  let moving: Promise<unknown> = Promise.resolve();

  const clockState = () => ({
    now: options.clock.now().toISOString(),
    offsetMs: options.clock.offsetMs(),
  });

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://control');
    const route = `${request.method} ${url.pathname}`;
    const handle = async () => {
      switch (route) {
        case 'GET /clock':
          return send(response, 200, clockState());
        case 'POST /clock': {
          const body = await readJson(request);
          const move = moving.then(async () => {
            if (typeof body.set === 'string') {
              const to = new Date(body.set);
              if (Number.isNaN(to.getTime()))
                throw new RangeError(`not an ISO-8601 time: ${body.set}`);
              options.clock.set(to);
            } else if (typeof body.advanceMs === 'number') {
              options.clock.advance(body.advanceMs);
            }
            const fired = await options.fireDue();
            await options.sweepExpired();
            return fired;
          });
          moving = move.catch(() => {});
          const fired = await move;
          return send(response, 200, { ...clockState(), fired });
        }
        case 'POST /doctor': {
          const result = (await options.doctor()) as { report?: unknown };
          return send(response, 200, { report: result.report });
        }
        case 'GET /applications': {
          const user = url.searchParams.get('user');
          // Everyone: the deploy-time users (admins too) and those admins allowed by mail.
          const allowed = user
            ? []
            : (await store.listAllowedUsers()).map((entry) => entry.address);
          const users = user ? [user.toLowerCase()] : [...new Set([...options.users, ...allowed])];
          const applications = (await Promise.all(users.map((id) => store.listByUser(id)))).flat();
          return send(response, 200, { now: options.clock.now().toISOString(), applications });
        }
        default:
          return send(response, 404, { message: `no route ${route}` });
      }
    };
    handle().catch((error: unknown) =>
      send(response, error instanceof RangeError ? 400 : 500, {
        message: error instanceof Error ? error.message : String(error),
      }),
    );
  });

  const port = await listen(server, options.port, options.host);
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
