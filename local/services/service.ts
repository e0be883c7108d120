// What every local AWS stand-in hands back to `npm start` and the test suites.

export interface LocalService {
  /** Base URL for the SDK's `endpoint` or `AWS_ENDPOINT_URL_<SERVICE>`. */
  endpoint: string;
  port: number;
  /** Stops listening and releases the process or sockets; safe to call twice. */
  close(): Promise<void>;
}

/** Console fits; messages carry ids and paths only, never mail content. */
export interface ServiceLogger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
}

export const consoleLogger: ServiceLogger = {
  info: (message, details) =>
    details === undefined ? console.info(message) : console.info(message, details),
  warn: (message, details) =>
    details === undefined ? console.warn(message) : console.warn(message, details),
};
