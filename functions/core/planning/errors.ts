// Planning errors: a bad policy, a setting command we cannot honour, or inputs the planner cannot
// place in time. Named classes with a cause so the edge decides what the user is told.

export class InvalidPolicyError extends Error {
  override name = 'InvalidPolicyError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class InvalidSettingError extends Error {
  override name = 'InvalidSettingError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class PlanningError extends Error {
  override name = 'PlanningError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
