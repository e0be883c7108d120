// Screenshot support: drives Debian's headless Chromium over the DevTools protocol on a pipe
// (--remote-debugging-pipe: no WebSocket, no downloaded browser), and records every request a page
// makes, so a test can say that a mail's HTML loads nothing from anywhere.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export const INSTALL_HINT = 'apt-get install chromium';

/** FOLLOWUP_CHROMIUM, else Debian's (or Ubuntu's) Chromium; null when there is none. */
export function findChromium(): string | null {
  const candidates = [
    process.env.FOLLOWUP_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((path): path is string => Boolean(path));
  return candidates.find((path) => existsSync(path)) ?? null;
}

export class ChromiumError extends Error {
  override name = 'ChromiumError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

const STEP_TIMEOUT_MS = 15_000;

/** Runs in the page: what it shows, how wide it lays out, and whether a hostile script ran. */
const PAGE_PROBE = `JSON.stringify({
  text: document.body.innerText,
  scrollWidth: document.documentElement.scrollWidth,
  overflowing: [...document.body.querySelectorAll('*')]
    .filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
    .map((e) => e.tagName.toLowerCase() + ': ' + e.textContent.trim().slice(0, 40)),
  pwned: window.pwned ?? null,
})`;

export interface Shot {
  png: Buffer;
  /** Every request the page made besides its own document, in order. */
  requests: string[];
  /** What a reader sees: the body's rendered text. */
  text: string;
  /** Document width after layout: more than the viewport means something sticks out sideways. */
  scrollWidth: number;
  /** Elements whose content is wider than their box (cut off or spilling over), with their text. */
  overflowing: string[];
  height: number;
  /** `window.pwned`, which a hostile value would set if any script of it ran. */
  pwned: unknown;
}

/** One headless Chromium, its DevTools connection on fds 3 (to it) and 4 (from it). */
export class Browser {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }
  >();
  private readonly listeners = new Set<(message: Message) => void>();
  private stderr = '';
  private exited = false;

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const input = child.stdio[3] as Writable;
    const output = child.stdio[4] as Readable;
    input.on('error', () => {});
    let buffered = Buffer.alloc(0);
    output.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (let end = buffered.indexOf(0); end !== -1; end = buffered.indexOf(0)) {
        const text = buffered.subarray(0, end).toString('utf8');
        buffered = buffered.subarray(end + 1);
        this.dispatch(JSON.parse(text) as Message);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.on('exit', () => {
      this.exited = true;
      for (const { reject } of this.pending.values()) {
        reject(new ChromiumError(`Chromium exited:\n${this.stderr}`));
      }
      this.pending.clear();
    });
  }

  static async launch(executable: string): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'followup-chromium-'));
    const child = spawn(
      executable,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--no-default-browser-check',
        '--hide-scrollbars',
        '--mute-audio',
        // Belt and braces: a load that slipped past the test would still reach no host.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        `--user-data-dir=${profile}`,
        '--remote-debugging-pipe',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
    );
    const browser = new Browser(child, profile);
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error) =>
        reject(new ChromiumError(`cannot start ${executable}`, { cause: error })),
      );
    });
    await browser.send('Browser.getVersion');
    return browser;
  }

  private dispatch(message: Message) {
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new ChromiumError(message.error.message));
      else waiter?.resolve(message.result ?? {});
      return;
    }
    for (const listener of this.listeners) listener(message);
  }

  send(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(new ChromiumError(`Chromium exited:\n${this.stderr}`));
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return withTimeout(
      new Promise((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        (this.child.stdio[3] as Writable).write(`${message}\0`);
      }),
      method,
    );
  }

  private event(method: string, sessionId: string): Promise<Record<string, unknown>> {
    return withTimeout(
      new Promise((resolve) => {
        const listener = (message: Message) => {
          if (message.method === method && message.sessionId === sessionId) {
            this.listeners.delete(listener);
            resolve(message.params ?? {});
          }
        };
        this.listeners.add(listener);
      }),
      method,
    );
  }

  /**
   * Loads `url` once in a fresh tab and captures the whole page at each of `widths` CSS pixels in
   * turn (the layout follows each width, media queries included): one shot per width, each with
   * every request the page had made by then.
   */
  async shoot(url: string, widths: readonly number[]): Promise<Shot[]> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await this.send('Target.attachToTarget', {
      targetId,
      flatten: true,
    })) as { sessionId: string };
    const requests: string[] = [];
    const record = (message: Message) => {
      if (message.sessionId !== sessionId || message.method !== 'Network.requestWillBeSent') {
        return;
      }
      const params = message.params as { type?: string; request: { url: string } };
      if (params.type === 'Document' && params.request.url === url) return;
      // The browser asks for the site's icon on its own; a mail did not ask for it.
      if (params.request.url === new URL('/favicon.ico', url).href) return;
      requests.push(params.request.url);
    };
    this.listeners.add(record);
    const metrics = (width: number, height: number) => ({
      width,
      height,
      deviceScaleFactor: 1,
      mobile: false,
    });
    try {
      await this.send('Network.enable', {}, sessionId);
      await this.send('Page.enable', {}, sessionId);
      const [first = 800] = widths;
      await this.send('Emulation.setDeviceMetricsOverride', metrics(first, 800), sessionId);
      const loaded = this.event('Page.loadEventFired', sessionId);
      const navigation = await this.send('Page.navigate', { url }, sessionId);
      if (navigation.errorText) throw new ChromiumError(`${url}: ${navigation.errorText}`);
      await loaded;
      const shots: Shot[] = [];
      for (const width of widths) {
        await this.send('Emulation.setDeviceMetricsOverride', metrics(width, 800), sessionId);
        shots.push({
          ...(await this.capture(sessionId, metrics(width, 800))),
          requests: [...requests],
        });
      }
      return shots;
    } finally {
      this.listeners.delete(record);
      await this.send('Target.closeTarget', { targetId }).catch(() => {});
    }
  }

  /** The page in the tab as laid out at `metrics`' width, its height grown to show it whole. */
  private async capture(
    sessionId: string,
    metrics: { width: number; height: number },
  ): Promise<Omit<Shot, 'requests'>> {
    const layout = (await this.send('Page.getLayoutMetrics', {}, sessionId)) as {
      cssContentSize: { height: number };
    };
    const height = Math.max(1, Math.ceil(layout.cssContentSize.height));
    await this.send('Emulation.setDeviceMetricsOverride', { ...metrics, height }, sessionId);
    const probe = (await this.send(
      'Runtime.evaluate',
      { expression: PAGE_PROBE, returnByValue: true },
      sessionId,
    )) as { result: { value: string } };
    const seen = JSON.parse(probe.result.value) as Pick<
      Shot,
      'text' | 'scrollWidth' | 'overflowing' | 'pwned'
    >;
    const { data } = (await this.send('Page.captureScreenshot', { format: 'png' }, sessionId)) as {
      data: string;
    };
    return { png: Buffer.from(data, 'base64'), height, ...seen };
  }

  async close(): Promise<void> {
    if (!this.exited) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      await this.send('Browser.close').catch(() => {});
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.profile, { recursive: true, force: true });
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ChromiumError(`${what} took more than ${STEP_TIMEOUT_MS} ms`)),
      STEP_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Serves fixed pages on 127.0.0.1 and notes any other path asked for. */
export async function servePages(pages: Map<string, string>) {
  const strayPaths: string[] = [];
  const server: Server = createServer((request, response) => {
    const page = pages.get(request.url ?? '');
    if (page === undefined) {
      // Browsers ask for a favicon on their own; a mail did not ask for it.
      if (request.url !== '/favicon.ico') strayPaths.push(request.url ?? '');
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    strayPaths,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (
    png.subarray(0, 8).toString('hex') !== signature ||
    png.toString('latin1', 12, 16) !== 'IHDR'
  ) {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
