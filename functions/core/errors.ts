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
