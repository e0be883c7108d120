// Local stack -> the EventBridge Scheduler emulator: an HTTP server speaking the service's
// restJson1 API (point @aws-sdk/client-scheduler at `endpoint`, any credentials) that fires
// one-time `at()` schedules on the shared local clock by calling `invoke` (the milestone handler).
//
// Limits, on purpose: rate() and cron() schedules are validated and stored but never fired;
// FlexibleTimeWindow FLEXIBLE fires at the start of the window; StartDate/EndDate are ignored
// for at() schedules, as by the service. Besides the service's routes it serves
// POST /_emulator/fire-due (fire what is due, answer when done) and GET /_emulator/dead-letters.
import { createServer } from 'node:http';
import { defaultHost, listen } from '../services/listen.ts';
import { createSchedulerApi, type EmulatorClock } from './api.ts';
import {
  Dispatcher,
  defaultRetryBackoff,
  type EmulatorLogger,
  type FiredReport,
  type Invoke,
  type RetryBackoff,
  silentLogger,
} from './firing.ts';
import { createRequestListener } from './http.ts';
import { type DeadLetter, EmulatorState } from './state.ts';

export type { EmulatorClock } from './api.ts';
export { SchedulerApiError } from './api.ts';
export type {
  EmulatorLogger,
  FiredReport,
  Invoke,
  RetryBackoff,
  ScheduleInvocation,
} from './firing.ts';
export { emulatorPaths } from './http.ts';
export type { DeadLetter } from './state.ts';
export { SchedulerEmulatorError } from './state.ts';

export interface SchedulerEmulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port, see `port` on the result. */
  port?: number;
  /** The shared local clock; it may jump forward at any time. */
  clock: EmulatorClock;
  invoke: Invoke;
  /** JSON file that keeps groups, schedules and dead letters across restarts. */
  dataFile?: string;
  logger?: EmulatorLogger;
  /** Region in the ARNs. Default us-east-1. */
  region?: string;
  /** Real-time period of the background firing tick. Default 1000; 0 turns the tick off. */
  tickMs?: number;
  /** Real-time wait before each retry of a failed invoke. Default 10 ms doubling, at most 100 ms. */
  retryBackoffMs?: RetryBackoff;
}

export interface SchedulerEmulator {
  /** `http://host:port`, for the SDK's `endpoint` or AWS_ENDPOINT_URL_SCHEDULER. */
  endpoint: string;
  port: number;
  /** Fires everything due now; resolves once every invoke and retry has finished. */
  fireDue(): Promise<FiredReport[]>;
  /** Events whose retries ran out, oldest first (kept across restarts with `dataFile`). */
  deadLetters(): DeadLetter[];
  /** Stops the tick and the server; firings in progress finish their current attempt. */
  close(): Promise<void>;
}

export async function startSchedulerEmulator(
  options: SchedulerEmulatorOptions,
): Promise<SchedulerEmulator> {
  const host = options.host ?? defaultHost;
  const logger = options.logger ?? silentLogger;
  const state = new EmulatorState(options.dataFile);
  state.load();
  const api = createSchedulerApi({
    state,
    clock: options.clock,
    region: options.region ?? 'us-east-1',
  });
  const dispatcher = new Dispatcher(
    state,
    options.clock,
    options.invoke,
    logger,
    options.retryBackoffMs ?? defaultRetryBackoff,
  );
  const deadLetters = () => state.deadLetters.map((letter) => ({ ...letter }));
  const fireDue = () => dispatcher.fireDue();

  const server = createServer(createRequestListener({ api, fireDue, deadLetters, logger }));
  const port = await listen(server, options.port ?? 0, host);

  let ticking = false;
  const tickMs = options.tickMs ?? 1000;
  const tick =
    tickMs > 0
      ? setInterval(() => {
          if (ticking) return;
          ticking = true;
          fireDue()
            .catch((error: unknown) =>
              logger.error('scheduler emulator tick failed', {
                error: (error as Error)?.name ?? typeof error,
              }),
            )
            .finally(() => {
              ticking = false;
            });
        }, tickMs)
      : undefined;
  tick?.unref();

  logger.info('scheduler emulator listening', { host, port });
  return {
    endpoint: `http://${host}:${port}`,
    port,
    fireDue,
    deadLetters,
    async close() {
      if (tick) clearInterval(tick);
      await dispatcher.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
