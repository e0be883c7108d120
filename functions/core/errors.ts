// Domain errors: named classes with a cause, so the edge decides what the user is told.

export class ConcurrentUpdateError extends Error {
  override name = 'ConcurrentUpdateError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * A mail was handed to the mail service and its answer never came (a timeout, a connection reset
 * after the request was written): it may or may not have gone out. Sending it again could send it
 * twice. Any other failure of a send means it did not go out.
 */
export class MailOutcomeUnknownError extends Error {
  override name = 'MailOutcomeUnknownError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
