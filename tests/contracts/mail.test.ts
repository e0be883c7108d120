// The Mailer contract against the SES adapter on aws-ses-v2-local, the RawMailStore contract
// against the S3 adapter on the local S3 stand-in, and both against the in-memory ports.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3RawMailStore } from '../../functions/adapters/s3-raw-mail.ts';
import {
  createSesClient,
  createSesMailer,
  SES_MAX_ATTEMPTS,
  sendFailureOf,
  sesMessageIdOf,
} from '../../functions/adapters/ses-mailer.ts';
import { MailOutcomeUnknownError } from '../../functions/core/errors.ts';
import type { Mailer } from '../../functions/core/ports.ts';
import { startFaultProxy } from '../../local/fault-proxy.ts';
import { startS3 } from '../../local/services/s3.ts';
import { listSentMail, startSes } from '../../local/services/ses.ts';
import { createMemoryMailer } from '../support/in-memory/mailer.ts';
import { createMemoryRawMail } from '../support/in-memory/raw-mail.ts';
import { describeMailerContract, describeRawMailContract } from './mail.contract.ts';

const local = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};
const quiet = { info() {}, warn() {} };
const BUCKET = 'followup-raw-mail';

describeMailerContract('SES adapter on aws-ses-v2-local', async () => {
  const ses = await startSes({ port: 0, logger: quiet });
  // Lost answers and refusals are made by the fault proxy the local stack puts before SES.
  const faults = await startFaultProxy({ service: 'ses', target: ses.endpoint, seed: 1 });
  const mailer = createSesMailer(createSesClient({ ...local, endpoint: faults.endpoint }));
  return {
    mailer,
    async sentRaw(messageId) {
      // The emulator lists SES's own id; the mailer answers with it as recipients see it.
      return (await listSentMail(ses.endpoint)).find(
        (mail) => sesMessageIdOf(mail.messageId) === messageId,
      )?.raw;
    },
    sentCount: async () => (await listSentMail(ses.endpoint)).length,
    loseNextAnswer: () => faults.set([{ kind: 'answer-lost', times: 1 }]),
    refuseAll: () => faults.set([{ kind: 'throttle' }]),
    heal: () => faults.heal(),
    async close() {
      await faults.close();
      await ses.close();
    },
  };
});

describe('the SES adapter tries again only what SES certainly did not send', () => {
  let ses: Awaited<ReturnType<typeof startSes>>;
  let faults: Awaited<ReturnType<typeof startFaultProxy>>;
  let mailer: Mailer;
  const raw = new TextEncoder().encode(
    'From: followup <interviews@followup.example.com>\r\nTo: alex@example.net\r\nSubject: Retries\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n',
  );
  const send = (through: Mailer = mailer) =>
    through.send({ from: 'interviews@followup.example.com', to: 'alex@example.net', raw }).then(
      () => 'sent' as const,
      (error: unknown) => error,
    );
  const delivered = async () => (await listSentMail(ses.endpoint)).length;

  beforeAll(async () => {
    ses = await startSes({ port: 0, logger: quiet });
    faults = await startFaultProxy({ service: 'ses', target: ses.endpoint, seed: 2 });
    const requestHandler = { requestTimeout: 500, throwOnRequestTimeout: true };
    mailer = createSesMailer(
      createSesClient({ ...local, endpoint: faults.endpoint, requestHandler }),
    );
  });
  afterAll(async () => {
    await faults?.close();
    await ses?.close();
  });

  it('throttled or failed by SES: tried again, and sent once', async () => {
    const before = { requests: faults.stats().requests, delivered: await delivered() };
    faults.set([
      { kind: 'throttle', times: 1 },
      { kind: 'server-error', times: 1 },
    ]);
    expect(await send()).toBe('sent');
    expect(faults.stats().requests - before.requests).toBe(SES_MAX_ATTEMPTS);
    expect((await delivered()) - before.delivered).toBe(1);
  });

  it('an answer lost, or a hang: one attempt, and it may have been sent', async () => {
    for (const kind of ['answer-lost', 'hang'] as const) {
      const before = { requests: faults.stats().requests, delivered: await delivered() };
      faults.set([{ kind, times: 1 }]);
      const failed = await send();
      expect(failed).toBeInstanceOf(MailOutcomeUnknownError);
      expect(faults.stats().requests - before.requests).toBe(1);
      expect((await delivered()) - before.delivered).toBe(kind === 'answer-lost' ? 1 : 0);
    }
  });

  it('a connection refused: never reached SES, tried again, and not sent', async () => {
    const closed = createServer();
    const port = await new Promise<number>((resolve) =>
      closed.listen(0, '127.0.0.1', () => {
        const address = closed.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      }),
    );
    await new Promise((resolve) => closed.close(resolve));
    const nowhere = createSesMailer(
      createSesClient({ ...local, endpoint: `http://127.0.0.1:${port}` }),
    );
    const failed = await send(nowhere);
    expect(failed).not.toBeInstanceOf(MailOutcomeUnknownError);
    expect(sendFailureOf(failed)).toBe('not-reached');
    expect(failed).toMatchObject({ $metadata: { attempts: SES_MAX_ATTEMPTS } });
  });

  it("a connect that times out, through the SDK's own handler: never reached SES, tried again", async () => {
    // A listener that never accepts (its thread is blocked) with its accept queue full: the
    // kernel drops every further SYN, so the SDK's connection stays connecting until it times out.
    const blocked = new Int32Array(new SharedArrayBuffer(4));
    const listener = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
      const server = require('node:net').createServer();
      server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
        parentPort.postMessage(server.address().port);
        Atomics.wait(workerData, 0, 0);
      });`,
      { eval: true, workerData: blocked },
    );
    const fillers: Socket[] = [];
    try {
      const port = await new Promise<number>((resolve) => listener.once('message', resolve));
      // Linux queues backlog + 1 connections the listener has not accepted.
      for (let i = 0; i < 2; i++) {
        const filler = connect(port, '127.0.0.1');
        fillers.push(filler);
        await new Promise((resolve) => filler.once('connect', resolve));
      }
      const unreachable = createSesMailer(
        createSesClient({
          ...local,
          endpoint: `http://127.0.0.1:${port}`,
          requestHandler: { connectionTimeout: 200 },
        }),
      );
      const failed = await send(unreachable);
      expect(failed).not.toBeInstanceOf(MailOutcomeUnknownError);
      expect(failed).toMatchObject({ name: 'TimeoutError' });
      expect(sendFailureOf(failed)).toBe('not-reached');
      expect(failed).toMatchObject({ $metadata: { attempts: SES_MAX_ATTEMPTS } });
    } finally {
      for (const filler of fillers) filler.destroy();
      Atomics.store(blocked, 0, 1);
      Atomics.notify(blocked, 0);
      await listener.terminate();
    }
  });

  it('a connection the far end dropped while it idled is never reused: every send is sent', async () => {
    // SES as a kept-alive socket frozen with its Lambda sees it: the far end forgot the
    // connection, and a second request on it is reset (the first one is answered).
    let connections = 0;
    const answered = new WeakSet<object>();
    const forgetful = createHttpServer((request, response) => {
      if (answered.has(request.socket)) {
        request.socket.resetAndDestroy();
        return;
      }
      answered.add(request.socket);
      request.resume().on('end', () => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ MessageId: `m-${connections}` }));
      });
    });
    forgetful.on('connection', () => connections++);
    const port = await new Promise<number>((resolve) =>
      forgetful.listen(0, '127.0.0.1', () => {
        const address = forgetful.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      }),
    );
    try {
      const ses = createSesMailer(
        createSesClient({ ...local, endpoint: `http://127.0.0.1:${port}` }),
      );
      expect([await send(ses), await send(ses), await send(ses)]).toEqual(['sent', 'sent', 'sent']);
      expect(connections).toBe(3);
    } finally {
      forgetful.closeAllConnections();
      await new Promise((resolve) => forgetful.close(resolve));
    }
  });
});

describeMailerContract('in memory', async () => {
  const mailer = createMemoryMailer();
  return {
    mailer,
    sentRaw: async (messageId) => mailer.sent().find((mail) => mail.messageId === messageId)?.raw,
    sentCount: async () => mailer.sent().length,
    loseNextAnswer: () => mailer.failNext('answer-lost'),
    refuseAll: () => mailer.refuseAll(true),
    heal: () => mailer.refuseAll(false),
    close: async () => {},
  };
});

describeRawMailContract('S3 adapter on the local S3 stand-in', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'followup-s3-contract-'));
  const s3 = await startS3({ port: 0, dataDir, buckets: [BUCKET], logger: quiet });
  const client = new S3Client({ ...local, endpoint: s3.endpoint, forcePathStyle: true });
  return {
    rawMail: createS3RawMailStore(client, BUCKET),
    async put(key, raw) {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: raw }));
    },
    async close() {
      await s3.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});

describeRawMailContract('in memory', async () => {
  const rawMail = createMemoryRawMail();
  return {
    rawMail,
    put: async (key, raw) => rawMail.put(key, raw),
    close: async () => {},
  };
});
