// Local stack -> DynamoDB: AWS's own DynamoDB Local (the jar inside the npm package
// amplify-dynamodb-simulator, fetched once into a cache) run with the machine's Java; dynalite
// where there is no Java.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { defaultHost, endpointUrl, freePort, listen } from './listen.ts';
import { forgetChild, ownerMarker, recordChild, stopOrphan } from './orphans.ts';
import { consoleLogger, type LocalService, type ServiceLogger } from './service.ts';

/**
 * The one release we run, pinned with the registry's integrity so a changed or corrupted tarball
 * never runs. It ships DynamoDB Local 1.25.1, which needs Java 8 or later.
 */
export const dynamoDbLocalRelease = {
  packageName: 'amplify-dynamodb-simulator',
  version: '2.9.30',
  integrity:
    'sha512-xTeeRLvzEfqyd5lh3bH4c0kHvSHHmmhD5ZDsHFKAQ5g2Zl6JqlFdutaQhCLHzxEp6Ry1o7TB6niIoXuQAnSewQ==',
  tarballUrl:
    'https://registry.npmjs.org/amplify-dynamodb-simulator/-/amplify-dynamodb-simulator-2.9.30.tgz',
  minimumJava: 8,
} as const;

const completeMarker = '.complete';
const bindFailure = /Failed to bind|BindException|Address already in use/i;
const outputTailLines = 30;

export type DynamoDbEngine = 'dynamodb-local' | 'dynalite';

export interface DynamoDbOptions {
  /** Interface in the endpoint URL; DynamoDB Local itself always listens on every interface. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** Tables live in `<dataDir>/dynamodb` (dynalite: `<dataDir>/dynalite`) unless `inMemory`. */
  dataDir: string;
  inMemory?: boolean;
  logger?: ServiceLogger;
  /** Where the jar is fetched and unpacked; defaults to `<dataDir>/cache`. */
  cacheDir?: string;
  /** `auto` runs DynamoDB Local when Java is found and dynalite otherwise. */
  engine?: 'auto' | DynamoDbEngine;
  /** Java executable; defaults to `$JAVA_HOME/bin/java`, then `java` on PATH. */
  java?: string;
  /** npm executable used for the one-time fetch; defaults to `npm` on PATH. */
  npm?: string;
  /** How long the JVM may take to answer; defaults to 60 s. */
  startTimeoutMs?: number;
}

export interface DynamoDbService extends LocalService {
  engine: DynamoDbEngine;
}

/** The jar could not be fetched, checked or unpacked; the message says what to do. */
export class DynamoDbLocalFetchError extends Error {
  override name = 'DynamoDbLocalFetchError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The JVM did not come up (or Java is missing when `engine` asks for DynamoDB Local). */
export class DynamoDbLocalStartError extends Error {
  override name = 'DynamoDbLocalStartError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export async function startDynamoDb(options: DynamoDbOptions): Promise<DynamoDbService> {
  const logger = options.logger ?? consoleLogger;
  const engine = options.engine ?? 'auto';
  if (engine === 'dynalite') return startDynalite(options);

  const java = await findJava(options.java);
  if (java === undefined || java.major < dynamoDbLocalRelease.minimumJava) {
    const problem =
      java === undefined
        ? 'no Java runtime was found'
        : `Java ${java.major} is too old (DynamoDB Local needs ${dynamoDbLocalRelease.minimumJava}+)`;
    if (engine === 'dynamodb-local') {
      throw new DynamoDbLocalStartError(
        `${problem}: install a JDK/JRE 17 (or set JAVA_HOME) to run DynamoDB Local`,
      );
    }
    logger.warn(
      `DynamoDB Local needs Java but ${problem}; falling back to dynalite, which has no transactions and no UpdateTimeToLive. Install Java 17 (or set JAVA_HOME) for AWS's own DynamoDB Local.`,
    );
    return startDynalite(options);
  }

  const emulatorDir = await ensureDynamoDbLocal({
    cacheDir: options.cacheDir ?? join(options.dataDir, 'cache'),
    logger,
    npm: options.npm,
  });
  return startDynamoDbLocal(options, java.command, emulatorDir, logger);
}

// ---------------------------------------------------------------------------------------------
// Java

export interface JavaRuntime {
  command: string;
  major: number;
}

/** The Java runtime to use and its major version, or undefined when there is none. */
export async function findJava(command?: string): Promise<JavaRuntime | undefined> {
  const candidates =
    command !== undefined
      ? [command]
      : [...(process.env.JAVA_HOME ? [join(process.env.JAVA_HOME, 'bin', 'java')] : []), 'java'];
  for (const candidate of candidates) {
    let result: RunResult;
    try {
      result = await run(candidate, ['-version'], { timeoutMs: 15_000 });
    } catch {
      continue;
    }
    const major = parseJavaMajor(`${result.stderr}\n${result.stdout}`);
    if (result.code === 0 && major !== undefined) return { command: candidate, major };
  }
  return undefined;
}

/** `openjdk version "17.0.15"` -> 17; the old scheme `java version "1.8.0_292"` -> 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (match === null) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

// ---------------------------------------------------------------------------------------------
// The jar: fetched once with `npm pack`, checked, unpacked, reused

/**
 * Makes sure the DynamoDB Local jar is unpacked under `cacheDir` and returns its folder. Only
 * the package's tarball is fetched (its ~280 dependencies are for the Amplify wrapper, not the
 * jar); a folder without the completion marker is a half-finished unpack and is redone.
 */
export async function ensureDynamoDbLocal(options: {
  cacheDir: string;
  logger?: ServiceLogger;
  npm?: string;
}): Promise<string> {
  const logger = options.logger ?? consoleLogger;
  const cacheDir = resolve(options.cacheDir);
  const { version } = dynamoDbLocalRelease;
  const emulatorDir = join(cacheDir, `dynamodb-local-${version}`);
  if (await exists(join(emulatorDir, completeMarker))) return emulatorDir;

  await mkdir(cacheDir, { recursive: true });
  const tarball = await ensureTarball(cacheDir, options.npm ?? 'npm', logger);

  // Unpack beside the final folder and rename, so concurrent starts never see a partial tree.
  const staging = join(cacheDir, `.dynamodb-local-${version}.${process.pid}.${randomSuffix()}`);
  try {
    await mkdir(staging, { recursive: true });
    const untar = await run(
      'tar',
      ['-xzf', tarball, '-C', staging, '--strip-components=2', 'package/emulator'],
      { timeoutMs: 120_000 },
    ).catch((error: unknown) => {
      throw new DynamoDbLocalFetchError(
        `could not run tar to unpack ${tarball}; install tar (or unpack its package/emulator/ folder into ${emulatorDir} yourself and create ${join(emulatorDir, completeMarker)})`,
        { cause: error },
      );
    });
    if (untar.code !== 0) {
      throw new DynamoDbLocalFetchError(
        `tar could not unpack ${tarball} (exit ${untar.code}): ${tail(untar.stderr)}`,
      );
    }
    for (const required of ['DynamoDBLocal.jar', 'DynamoDBLocal_lib']) {
      if (!(await exists(join(staging, required)))) {
        throw new DynamoDbLocalFetchError(`${tarball} has no package/emulator/${required}`);
      }
    }
    await writeFile(
      join(staging, completeMarker),
      `${JSON.stringify({ version, integrity: dynamoDbLocalRelease.integrity })}\n`,
    );
    if (await exists(emulatorDir)) {
      if (await exists(join(emulatorDir, completeMarker))) return emulatorDir;
      logger.warn('redoing a half-finished unpack of DynamoDB Local', { emulatorDir });
      await rm(emulatorDir, { recursive: true, force: true });
    }
    try {
      await rename(staging, emulatorDir);
    } catch (error) {
      // Another process finished first: its complete folder is as good as ours.
      if (await exists(join(emulatorDir, completeMarker))) return emulatorDir;
      throw new DynamoDbLocalFetchError(`could not move the unpacked jar to ${emulatorDir}`, {
        cause: error,
      });
    }
    logger.info('DynamoDB Local unpacked', { emulatorDir });
    return emulatorDir;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function ensureTarball(cacheDir: string, npm: string, logger: ServiceLogger) {
  const { packageName, version, integrity, tarballUrl } = dynamoDbLocalRelease;
  const tarball = join(cacheDir, `${packageName}-${version}.tgz`);
  const placeItYourself = `or download ${tarballUrl} (integrity ${integrity}) to ${tarball} and start again`;

  if (await exists(tarball)) {
    if ((await sha512Integrity(tarball)) === integrity) return tarball;
    logger.warn('cached DynamoDB Local tarball fails its integrity check; fetching it again', {
      tarball,
    });
    await rm(tarball, { force: true });
  }

  const spec = `${packageName}@${version}`;
  const staging = join(cacheDir, `.pack.${process.pid}.${randomSuffix()}`);
  await mkdir(staging, { recursive: true });
  try {
    logger.info(`fetching DynamoDB Local once (npm pack ${spec}, ~57 MB)`, { cacheDir });
    const args = ['pack', spec, '--pack-destination', staging, '--ignore-scripts'];
    const packed = await run(npm, args, {
      timeoutMs: 10 * 60_000,
      shell: process.platform === 'win32',
    }).catch((error: unknown) => {
      throw new DynamoDbLocalFetchError(
        `npm is needed once to fetch DynamoDB Local (\`npm pack ${spec}\`) but could not be run (${describe(error)}); install Node.js with npm and start again, ${placeItYourself}`,
        { cause: error },
      );
    });
    if (packed.code !== 0) {
      const offline =
        /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network/i.test(
          packed.stderr,
        );
      throw new DynamoDbLocalFetchError(
        `${offline ? 'this machine looks offline: ' : ''}\`npm pack ${spec}\` failed (exit ${packed.code}); DynamoDB Local is fetched once into ${cacheDir} and reused. Connect to the npm registry once and start again, ${placeItYourself}. npm said: ${tail(packed.stderr)}`,
      );
    }
    const packedFile = (await readdir(staging)).find((name) => name.endsWith('.tgz'));
    if (packedFile === undefined) {
      throw new DynamoDbLocalFetchError(
        `\`npm pack ${spec}\` succeeded but left no tarball in ${staging}`,
      );
    }
    const actual = await sha512Integrity(join(staging, packedFile));
    if (actual !== integrity) {
      throw new DynamoDbLocalFetchError(
        `the fetched ${spec} has integrity ${actual}, expected ${integrity}; refusing to run it`,
      );
    }
    await rename(join(staging, packedFile), tarball);
    return tarball;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function sha512Integrity(file: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return `sha512-${hash.digest('base64')}`;
}

// ---------------------------------------------------------------------------------------------
// The JVM

async function startDynamoDbLocal(
  options: DynamoDbOptions,
  java: string,
  emulatorDir: string,
  logger: ServiceLogger,
): Promise<DynamoDbService> {
  const host = options.host ?? defaultHost;
  const dataDir = resolve(options.dataDir);
  const dbPath = join(dataDir, 'dynamodb');
  if (!options.inMemory) await mkdir(dbPath, { recursive: true });
  const storage = options.inMemory ? ['-inMemory'] : ['-dbPath', dbPath];
  // A JVM a crashed run left on this data folder holds its port and files: stop it first.
  const pidFile = join(dataDir, 'dynamodb-local.pid');
  const marker = ownerMarker(dataDir);
  if (await stopOrphan(pidFile, marker)) logger.warn('stopped an orphaned DynamoDB Local', {});

  // A port we picked can be taken between the probe and the JVM's bind: pick again then.
  const attempts = options.port === 0 ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    // The jar binds every interface, so that is where the port must be free.
    const port = options.port === 0 ? await freePort('0.0.0.0') : options.port;
    // Else the readiness probe could be answered by whatever already listens there.
    try {
      await assertPortFree(port);
    } catch (error) {
      if (attempt < attempts) continue;
      throw error;
    }
    const args = [
      marker,
      `-Djava.library.path=${join(emulatorDir, 'DynamoDBLocal_lib')}`,
      // Start-up time matters more than peak throughput for a local stand-in.
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-jar',
      join(emulatorDir, 'DynamoDBLocal.jar'),
      '-port',
      String(port),
      '-sharedDb',
      '-disableTelemetry',
      ...storage,
    ];
    const jvm = new JvmProcess(java, args, emulatorDir);
    const endpoint = endpointUrl(host, port);
    try {
      await jvm.waitUntilAnswering(endpoint, options.startTimeoutMs ?? 60_000);
    } catch (error) {
      await jvm.stop();
      if (bindFailure.test(jvm.output()) && attempt < attempts) continue;
      throw error;
    }
    await recordChild(pidFile, jvm.pid);
    logger.info('DynamoDB Local is up', { endpoint, inMemory: options.inMemory === true });
    const close = async () => {
      await jvm.stop();
      await forgetChild(pidFile);
    };
    return { endpoint, port, engine: 'dynamodb-local', close };
  }
}

async function assertPortFree(port: number): Promise<void> {
  const probe = createServer();
  try {
    await new Promise<void>((resolvePromise, reject) => {
      probe.once('error', reject);
      probe.listen(port, '0.0.0.0', () => resolvePromise());
    });
  } catch (error) {
    throw new DynamoDbLocalStartError(
      `port ${port} is already in use (another DynamoDB Local or \`npm start\`?); stop it or choose another port`,
      { cause: error },
    );
  }
  await new Promise<void>((resolvePromise) => probe.close(() => resolvePromise()));
}

class JvmProcess {
  readonly #child: ChildProcess;
  readonly #stdout: string[] = [];
  readonly #stderr: string[] = [];
  readonly #exited: Promise<void>;
  #exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  readonly #killOnExit = () => this.#child.kill('SIGKILL');

  constructor(java: string, args: string[], cwd: string) {
    this.#child = spawn(java, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child.stdout?.setEncoding('utf8').on('data', (text: string) => keep(this.#stdout, text));
    this.#child.stderr?.setEncoding('utf8').on('data', (text: string) => keep(this.#stderr, text));
    this.#exited = new Promise((resolve) => {
      this.#child.once('error', (error) => {
        keep(this.#stderr, `could not start ${java}: ${error.message}`);
        this.#exit ??= { code: null, signal: null };
        resolve();
      });
      this.#child.once('exit', (code, signal) => {
        this.#exit = { code, signal };
        resolve();
      });
    });
    // A JVM must not outlive the process that started it (a crashed test run, Ctrl-C).
    process.once('exit', this.#killOnExit);
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  output(): string {
    return [...this.#stdout, ...this.#stderr].join('\n');
  }

  async waitUntilAnswering(endpoint: string, timeoutMs: number): Promise<void> {
    const client = new DynamoDBClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    try {
      while (Date.now() < deadline) {
        if (this.#exit !== undefined) {
          throw new DynamoDbLocalStartError(
            `DynamoDB Local exited before answering (${this.#describeExit()}); its output ended with:\n${this.#tail()}`,
          );
        }
        // After a failed bind the JVM stays up, serving nothing.
        if (bindFailure.test(this.output())) {
          throw new DynamoDbLocalStartError(
            `DynamoDB Local could not listen on ${endpoint} (the port is taken); its output ended with:\n${this.#tail()}`,
          );
        }
        try {
          // Something else on the port may accept and never answer: give each probe a deadline.
          const abortSignal = AbortSignal.timeout(
            Math.min(2_000, Math.max(deadline - Date.now(), 1)),
          );
          await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal });
          return;
        } catch (error) {
          lastError = error;
        }
        await sleep(100);
      }
    } finally {
      client.destroy();
    }
    throw new DynamoDbLocalStartError(
      `DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms; its output ended with:\n${this.#tail()}`,
      { cause: lastError },
    );
  }

  async stop(): Promise<void> {
    if (this.#exit === undefined) {
      this.#child.kill('SIGTERM');
      const forced = setTimeout(() => this.#child.kill('SIGKILL'), 5_000);
      await this.#exited;
      clearTimeout(forced);
    }
    process.removeListener('exit', this.#killOnExit);
  }

  #describeExit(): string {
    const exit = this.#exit;
    if (exit?.code !== null && exit?.code !== undefined) return `exit code ${exit.code}`;
    return exit?.signal ? `signal ${exit.signal}` : 'it could not be started';
  }

  #tail(): string {
    const lines = this.#stderr.length > 0 ? this.#stderr : this.#stdout;
    return lines.length > 0 ? lines.join('\n') : '(no output)';
  }
}

function keep(lines: string[], text: string): void {
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    lines.push(line);
    if (lines.length > outputTailLines) lines.shift();
  }
}

// ---------------------------------------------------------------------------------------------
// dynalite

interface DynaliteOptions {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}

async function startDynalite(options: DynamoDbOptions): Promise<DynamoDbService> {
  // Loaded only when needed: it pulls in LevelDB, which a machine with Java never uses.
  const require = createRequire(import.meta.url);
  const dynalite = require('dynalite') as (options: DynaliteOptions) => Server;
  const host = options.host ?? defaultHost;
  const path = options.inMemory ? undefined : join(resolve(options.dataDir), 'dynalite');
  if (path !== undefined) await mkdir(path, { recursive: true });
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const port = await listen(server, options.port, host);
  let closing: Promise<void> | undefined;
  return {
    endpoint: endpointUrl(host, port),
    port,
    engine: 'dynalite',
    close: () => {
      closing ??= new Promise<void>((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Small process and file helpers

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; rejects only when it cannot be started or times out. */
function run(
  command: string,
  args: string[],
  options: { timeoutMs: number; shell?: boolean },
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: options.shell ?? false,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args[0] ?? ''} took longer than ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function tail(text: string, lines = 10): string {
  const kept = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(-lines);
  return kept.length > 0 ? kept.join('\n') : '(nothing)';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function randomSuffix(): string {
  return randomBytes(4).toString('hex');
}
