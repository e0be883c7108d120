// One structured logger for every handler: JSON lines with ids only — never addresses, subjects
// or bodies (the fields are typed to keep it that way).
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

const LEVELS = { info: 1, warn: 2, error: 3, silent: 4 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;

/** FOLLOWUP_LOG_LEVEL (info | warn | error | silent), read per line so a test can quiet it. */
function enabled(level: Level): boolean {
  const threshold = LEVELS[process.env.FOLLOWUP_LOG_LEVEL as keyof typeof LEVELS] ?? LEVELS.info;
  return LEVELS[level] >= threshold;
}

function write(level: Level, message: string, fields?: LogFields) {
  if (!enabled(level)) return;
  const line = JSON.stringify({ level, message, time: new Date().toISOString(), ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}

export const jsonLogger: Logger = {
  info: (message, fields) => write('info', message, fields),
  warn: (message, fields) => write('warn', message, fields),
  error: (message, fields) => write('error', message, fields),
};

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
