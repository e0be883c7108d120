// Scheduler emulator -> request validation: walks a decoded request against the encoded model
// rules and phrases violations the way the service does ("1 validation error detected: …").
import { type ShapeRule, shapes } from './model-rules.ts';

export interface Violation {
  /** Dotted path with lower-camel member names, as the service reports it (`target.roleArn`). */
  path: string;
  constraint: string;
  value: unknown;
  /** A JSON type mismatch: the service answers those with a SerializationException. */
  serialization: boolean;
}

export function validateShape(shapeName: string, value: unknown, path = ''): Violation[] {
  const violations: Violation[] = [];
  walk(shapeName, value, path, violations, undefined);
  return violations;
}

export function describeViolations(violations: readonly Violation[]): string {
  const count = violations.length;
  const parts = violations.map(
    (v) =>
      `Value ${showValue(v.value)} at '${v.path}' failed to satisfy constraint: ${v.constraint}`,
  );
  return `${count} validation error${count === 1 ? '' : 's'} detected: ${parts.join('; ')}`;
}

function walk(
  shapeName: string,
  value: unknown,
  path: string,
  out: Violation[],
  memberPattern: string | undefined,
): void {
  const rule: ShapeRule | undefined = shapes[shapeName];
  if (!rule) throw new Error(`no rule encoded for shape ${shapeName}`);
  const fail = (constraint: string, serialization = false): void => {
    out.push({ path, constraint, value, serialization });
  };

  switch (rule.type) {
    case 'string': {
      if (typeof value !== 'string') {
        fail('Member must be a string', true);
        return;
      }
      const length = [...value].length;
      if (rule.length?.min !== undefined && length < rule.length.min)
        fail(`Member must have length greater than or equal to ${rule.length.min}`);
      if (rule.length?.max !== undefined && length > rule.length.max)
        fail(`Member must have length less than or equal to ${rule.length.max}`);
      for (const pattern of [rule.pattern, memberPattern]) {
        if (pattern !== undefined && !new RegExp(pattern).test(value))
          fail(`Member must satisfy regular expression pattern: ${pattern}`);
      }
      if (rule.enum && !rule.enum.includes(value))
        fail(`Member must satisfy enum value set: [${rule.enum.join(', ')}]`);
      return;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        fail('Member must be an integer', true);
        return;
      }
      if (rule.range?.min !== undefined && value < rule.range.min)
        fail(`Member must have value greater than or equal to ${rule.range.min}`);
      if (rule.range?.max !== undefined && value > rule.range.max)
        fail(`Member must have value less than or equal to ${rule.range.max}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail('Member must be a boolean', true);
      return;
    case 'timestamp':
      // restJson1 sends timestamps as epoch seconds (fractional allowed).
      if (typeof value !== 'number' || !Number.isFinite(value))
        fail('Member must be a timestamp in epoch seconds', true);
      return;
    case 'list': {
      if (!Array.isArray(value)) {
        fail('Member must be a list', true);
        return;
      }
      checkCount(rule.length, value.length, fail);
      value.forEach((item, index) => {
        walk(rule.member, item, `${path}.${index + 1}.member`, out, undefined);
      });
      return;
    }
    case 'map': {
      if (!isObject(value)) {
        fail('Member must be a map', true);
        return;
      }
      const entries = Object.entries(value);
      checkCount(rule.length, entries.length, fail);
      for (const [key, item] of entries) {
        walk(rule.key, key, `${path}.${key}.key`, out, undefined);
        walk(rule.value, item, `${path}.${key}.value`, out, undefined);
      }
      return;
    }
    case 'structure': {
      if (!isObject(value)) {
        fail('Member must be a structure', true);
        return;
      }
      for (const [member, memberRule] of Object.entries(rule.members)) {
        const memberPath = path ? `${path}.${lowerFirst(member)}` : lowerFirst(member);
        const memberValue = value[member];
        if (memberValue === undefined || memberValue === null) {
          if (memberRule.required)
            out.push({
              path: memberPath,
              constraint: 'Member must not be null',
              value: null,
              serialization: false,
            });
          continue;
        }
        walk(memberRule.target, memberValue, memberPath, out, memberRule.pattern);
      }
      return;
    }
  }
}

function checkCount(
  length: { min?: number; max?: number } | undefined,
  count: number,
  fail: (constraint: string) => void,
): void {
  if (length?.min !== undefined && count < length.min)
    fail(`Member must have length greater than or equal to ${length.min}`);
  if (length?.max !== undefined && count > length.max)
    fail(`Member must have length less than or equal to ${length.max}`);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return `'${String(value)}'`;
  return `'${JSON.stringify(value)}'`;
}
