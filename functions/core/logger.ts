// One structured logger for every handler: JSON lines with ids only — never addresses, subjects
// or bodies (the fields are typed to keep it that way) — each carrying the invocation it belongs
// to (Lambda request id, cold start, function name and version).
export interface LogFields {
  applicationId?: string;
  milestoneId?: string;
  messageId?: string;
  sesMessageId?: string;
  outcome?: string;
  reason?: string;
  count?: number;
  error?: string;
  errorName?: string;
}

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Which invocation a line belongs to: the entry point runs each event with its own. */
export interface InvocationFields {
  requestId: string;
  /** The container's first invocation: its time includes loading the bundle. */
  coldStart: boolean;
  functionName: string;
  functionVersion: string;
}

const LEVELS = { info: 1, warn: 2, error: 3, silent: 4 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;

/** FOLLOWUP_LOG_LEVEL (info | warn | error | silent), read per line so a test can quiet it. */
function enabled(level: Level): boolean {
  const threshold = LEVELS[process.env.FOLLOWUP_LOG_LEVEL as keyof typeof LEVELS] ?? LEVELS.info;
  return LEVELS[level] >= threshold;
}

export type LogSink = (level: Level, line: string) => void;

/**
 * Straight to the process's streams, not through `console`: Lambda's runtime prefixes console
 * lines with a timestamp, request id and level of its own, and the line would no longer be JSON.
 */
const standardStreams: LogSink = (level, line) => {
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
};

/**
 * `invocation` answers which invocation is logging now: asked per line, never kept, so two
 * invocations running at once in one process (the local stack) each log their own.
 */
export function createJsonLogger(
  sink: LogSink = standardStreams,
  invocation: () => InvocationFields | undefined = () => undefined,
): Logger {
  const write = (level: Level, message: string, fields?: LogFields) => {
    if (!enabled(level)) return;
    const time = new Date().toISOString();
    sink(level, JSON.stringify({ level, message, time, ...invocation(), ...fields }));
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

const ADDRESS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;

/**
 * An error's name and message for the logs. Our own messages carry ids only, but a service's
 * may quote an address ("Email address is not verified: …"), so addresses are masked.
 */
export function describeError(error: unknown): Pick<LogFields, 'error' | 'errorName'> {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(ADDRESS, '<address>')
    .slice(0, 300);
  return error instanceof Error ? { errorName: error.name, error: message } : { error: message };
}
