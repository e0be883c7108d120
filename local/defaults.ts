// Local stack -> its defaults in one place: the host and ports `npm start` listens on, the intake
// address, the example users and the zone, read by the stack, the CLI, preview and eval.
import { DEFAULT_INTAKE_ADDRESS, DEFAULT_TIMEZONE } from '../functions/config.ts';

/** Every stand-in listens on loopback only. */
export const LOCAL_HOST = '127.0.0.1';

/** The documented ports of `npm start`, each overridable by its environment variable. */
export const LOCAL_PORTS = {
  smtp: { variable: 'FOLLOWUP_SMTP_PORT', port: 2525 },
  control: { variable: 'FOLLOWUP_CONTROL_PORT', port: 8020 },
  dynamodb: { variable: 'FOLLOWUP_DYNAMODB_PORT', port: 8000 },
  ses: { variable: 'FOLLOWUP_SES_PORT', port: 8005 },
  scheduler: { variable: 'FOLLOWUP_SCHEDULER_PORT', port: 8010 },
  s3: { variable: 'FOLLOWUP_S3_PORT', port: 8015 },
} as const;

export type LocalPortName = keyof typeof LOCAL_PORTS;

/** The port of a local service: its variable when set, else its documented default. */
export function localPort(service: LocalPortName, env: NodeJS.ProcessEnv = process.env): number {
  const { variable, port: fallback } = LOCAL_PORTS[service];
  const value = env[variable];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`${variable} must be a port number, not "${value}"`);
  }
  return port;
}

/** `http://127.0.0.1:<port>` of a local service. */
export const localUrl = (service: LocalPortName, env: NodeJS.ProcessEnv = process.env) =>
  `http://${LOCAL_HOST}:${localPort(service, env)}`;

/** Where `followup forward` delivers and the local stack receives, unless told otherwise. */
export const LOCAL_INTAKE_ADDRESS = DEFAULT_INTAKE_ADDRESS;

/** The example users of the mail in tests/fixtures: the local stack's allowed senders. */
export const LOCAL_USERS = ['alex.rivera@example.net', 'priya.n@example.org'] as const;

/** Whose latest mail `followup reply` answers, and whose a preview is, when none is named. */
export const LOCAL_DEMO_USER = LOCAL_USERS[0];

/** The user's zone for the CLI: `--tz`, else FOLLOWUP_DEFAULT_TIMEZONE, else the deployment's. */
export function localTimezone(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.FOLLOWUP_DEFAULT_TIMEZONE ?? DEFAULT_TIMEZONE;
}

export { DEFAULT_TIMEZONE };

/**
 * With fault proxies, the handlers wait this long on a silent service before the SDK retries (the
 * SDK's own is 6 s): a hang injected costs seconds, and a loaded machine's loopback answers well
 * within it, so no slow but healthy call is retried and sent twice.
 */
export const FAULT_STACK_REQUEST_TIMEOUT_MS = 3_000;
