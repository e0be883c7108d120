// Scheduler emulator -> the operations: a validated request in, the service's answer out, or a
// SchedulerApiError carrying the model's error shape (ConflictException, ResourceNotFound…).
import { isKnownTimeZone, parseScheduleExpression } from './expressions.ts';
import {
  errorStatus,
  type ModelErrorName,
  type OperationName,
  serviceDefaults,
} from './model-rules.ts';
import {
  type EmulatorState,
  type StoredGroup,
  type StoredSchedule,
  type StoredTag,
  scheduleKey,
} from './state.ts';
import { isObject } from './validation.ts';

export type ApiErrorCode = ModelErrorName | 'SerializationException' | 'UnknownOperationException';

export class SchedulerApiError extends Error {
  override name = 'SchedulerApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number = statusOf(code),
  ) {
    super(message);
  }
}

function statusOf(code: ApiErrorCode): number {
  if (code === 'SerializationException') return 400;
  if (code === 'UnknownOperationException') return 404;
  return errorStatus[code];
}

export interface EmulatorClock {
  now(): Date;
}

export interface ApiContext {
  state: EmulatorState;
  clock: EmulatorClock;
  region: string;
}

type Input = Record<string, unknown>;
type Output = Record<string, unknown>;

export const accountId = '000000000000';
const idempotencyMemory = 1000;

export function createSchedulerApi(context: ApiContext) {
  const { state, clock, region } = context;
  const arnPrefix = `arn:aws:scheduler:${region}:${accountId}`;
  const seconds = () => clock.now().getTime() / 1000;
  const answered = new Map<string, { fingerprint: string; output: Output }>();

  function ensureDefaultGroup(): void {
    if (state.groups.has(serviceDefaults.GroupName)) return;
    const now = seconds();
    state.groups.set(serviceDefaults.GroupName, {
      Name: serviceDefaults.GroupName,
      Arn: `${arnPrefix}:schedule-group/${serviceDefaults.GroupName}`,
      State: 'ACTIVE',
      CreationDate: now,
      LastModificationDate: now,
      Tags: [],
    });
    state.save();
  }

  function group(name: string): StoredGroup {
    const found = state.groups.get(name);
    if (!found)
      throw new SchedulerApiError(
        'ResourceNotFoundException',
        `Schedule group ${name} does not exist.`,
      );
    return found;
  }

  function schedule(groupName: string, name: string): StoredSchedule {
    const found = state.schedules.get(scheduleKey(groupName, name));
    if (!found)
      throw new SchedulerApiError('ResourceNotFoundException', `Schedule ${name} does not exist.`);
    return found;
  }

  /** The checks beyond the model's traits that the service applies to a schedule definition. */
  function checkDefinition(input: Input): void {
    const expression = input.ScheduleExpression as string;
    const parsed = parseScheduleExpression(expression);
    if (!parsed)
      throw new SchedulerApiError(
        'ValidationException',
        `Invalid Schedule Expression ${expression}.`,
      );
    const zone = input.ScheduleExpressionTimezone as string | undefined;
    if (zone !== undefined && !isKnownTimeZone(zone))
      throw new SchedulerApiError(
        'ValidationException',
        `Invalid ScheduleExpressionTimezone ${zone}.`,
      );
    const start = input.StartDate as number | undefined;
    const end = input.EndDate as number | undefined;
    if (start !== undefined && end !== undefined && end <= start)
      throw new SchedulerApiError(
        'ValidationException',
        'The EndDate must be after the StartDate.',
      );
    const window = input.FlexibleTimeWindow as Input;
    if (window.Mode === 'FLEXIBLE' && window.MaximumWindowInMinutes === undefined)
      throw new SchedulerApiError(
        'ValidationException',
        'MaximumWindowInMinutes is required when FlexibleTimeWindow Mode is FLEXIBLE.',
      );
  }

  function definition(input: Input, groupName: string, name: string) {
    return {
      Name: name,
      GroupName: groupName,
      Arn: `${arnPrefix}:schedule/${groupName}/${name}`,
      ScheduleExpression: input.ScheduleExpression as string,
      ScheduleExpressionTimezone: input.ScheduleExpressionTimezone as string | undefined,
      StartDate: input.StartDate as number | undefined,
      EndDate: input.EndDate as number | undefined,
      Description: input.Description as string | undefined,
      State: (input.State as StoredSchedule['State'] | undefined) ?? serviceDefaults.State,
      KmsKeyArn: input.KmsKeyArn as string | undefined,
      Target: input.Target as Input,
      FlexibleTimeWindow: input.FlexibleTimeWindow as Input,
      ActionAfterCompletion:
        (input.ActionAfterCompletion as StoredSchedule['ActionAfterCompletion'] | undefined) ??
        serviceDefaults.ActionAfterCompletion,
    };
  }

  /**
   * A repeated ClientToken with the same request gets the first answer again (the SDK reuses the
   * token when it retries a request whose answer was lost); with another request, a conflict.
   */
  function idempotent(operation: OperationName, input: Input, run: () => Output): Output {
    const token = input.ClientToken as string | undefined;
    if (token === undefined) return run();
    const key = `${operation}:${token}`;
    const { ClientToken: _ignored, ...rest } = input;
    const fingerprint = JSON.stringify(rest);
    const previous = answered.get(key);
    if (previous) {
      if (previous.fingerprint === fingerprint) return previous.output;
      throw new SchedulerApiError(
        'ConflictException',
        `ClientToken ${token} was already used with a different request.`,
      );
    }
    const output = run();
    answered.set(key, { fingerprint, output });
    if (answered.size > idempotencyMemory) {
      const oldest = answered.keys().next().value;
      if (oldest !== undefined) answered.delete(oldest);
    }
    return output;
  }

  ensureDefaultGroup();

  const operations: Record<OperationName, (input: Input) => Output> = {
    CreateSchedule: (input) =>
      idempotent('CreateSchedule', input, () => {
        const name = input.Name as string;
        const groupName = (input.GroupName as string | undefined) ?? serviceDefaults.GroupName;
        checkDefinition(input);
        group(groupName);
        if (state.schedules.has(scheduleKey(groupName, name)))
          throw new SchedulerApiError('ConflictException', `Schedule ${name} already exists.`);
        const now = seconds();
        const created: StoredSchedule = {
          ...definition(input, groupName, name),
          CreationDate: now,
          LastModificationDate: now,
          revision: 1,
        };
        state.schedules.set(scheduleKey(groupName, name), withoutUndefined(created));
        state.save();
        return { ScheduleArn: created.Arn };
      }),

    UpdateSchedule: (input) =>
      idempotent('UpdateSchedule', input, () => {
        const name = input.Name as string;
        const groupName = (input.GroupName as string | undefined) ?? serviceDefaults.GroupName;
        checkDefinition(input);
        group(groupName);
        const existing = schedule(groupName, name);
        // UpdateSchedule replaces the whole definition; omitted members fall back to defaults.
        const updated: StoredSchedule = {
          ...definition(input, groupName, name),
          CreationDate: existing.CreationDate,
          LastModificationDate: seconds(),
          revision: existing.revision + 1,
        };
        state.schedules.set(scheduleKey(groupName, name), withoutUndefined(updated));
        state.save();
        return { ScheduleArn: updated.Arn };
      }),

    GetSchedule: (input) => {
      const groupName = (input.GroupName as string | undefined) ?? serviceDefaults.GroupName;
      return publicSchedule(schedule(groupName, input.Name as string));
    },

    DeleteSchedule: (input) =>
      idempotent('DeleteSchedule', input, () => {
        const name = input.Name as string;
        const groupName = (input.GroupName as string | undefined) ?? serviceDefaults.GroupName;
        schedule(groupName, name);
        state.schedules.delete(scheduleKey(groupName, name));
        state.save();
        return {};
      }),

    ListSchedules: (input) => {
      const groupName = input.GroupName as string | undefined;
      if (groupName !== undefined) group(groupName);
      const prefix = input.NamePrefix as string | undefined;
      const wanted = input.State as string | undefined;
      const matching = [...state.schedules.values()]
        .filter((s) => groupName === undefined || s.GroupName === groupName)
        .filter((s) => prefix === undefined || s.Name.startsWith(prefix))
        .filter((s) => wanted === undefined || s.State === wanted);
      const page = paginate(matching, (s) => scheduleKey(s.GroupName, s.Name), input);
      return {
        Schedules: page.items.map((s) => ({
          Arn: s.Arn,
          Name: s.Name,
          GroupName: s.GroupName,
          State: s.State,
          CreationDate: s.CreationDate,
          LastModificationDate: s.LastModificationDate,
          Target: { Arn: s.Target.Arn },
        })),
        ...(page.nextToken ? { NextToken: page.nextToken } : {}),
      };
    },

    CreateScheduleGroup: (input) =>
      idempotent('CreateScheduleGroup', input, () => {
        const name = input.Name as string;
        if (state.groups.has(name))
          throw new SchedulerApiError(
            'ConflictException',
            `Schedule group ${name} already exists.`,
          );
        const now = seconds();
        const created: StoredGroup = {
          Name: name,
          Arn: `${arnPrefix}:schedule-group/${name}`,
          State: 'ACTIVE',
          CreationDate: now,
          LastModificationDate: now,
          Tags: (input.Tags as StoredTag[] | undefined) ?? [],
        };
        state.groups.set(name, created);
        state.save();
        return { ScheduleGroupArn: created.Arn };
      }),

    GetScheduleGroup: (input) => publicGroup(group(input.Name as string)),

    DeleteScheduleGroup: (input) =>
      idempotent('DeleteScheduleGroup', input, () => {
        const name = input.Name as string;
        if (name === serviceDefaults.GroupName)
          throw new SchedulerApiError('ValidationException', 'Cannot delete the default group.');
        group(name);
        // The service deletes the group's schedules with it (asynchronously; here at once).
        for (const [key, s] of state.schedules)
          if (s.GroupName === name) state.schedules.delete(key);
        state.groups.delete(name);
        state.save();
        return {};
      }),

    ListScheduleGroups: (input) => {
      const prefix = input.NamePrefix as string | undefined;
      const matching = [...state.groups.values()].filter(
        (g) => prefix === undefined || g.Name.startsWith(prefix),
      );
      const page = paginate(matching, (g) => g.Name, input);
      return {
        ScheduleGroups: page.items.map(publicGroup),
        ...(page.nextToken ? { NextToken: page.nextToken } : {}),
      };
    },

    ListTagsForResource: (input) => ({ Tags: groupByArn(input.ResourceArn as string).Tags }),

    TagResource: (input) => {
      const found = groupByArn(input.ResourceArn as string);
      for (const tag of input.Tags as StoredTag[]) {
        found.Tags = [
          ...found.Tags.filter((t) => t.Key !== tag.Key),
          { Key: tag.Key, Value: tag.Value },
        ];
      }
      state.save();
      return {};
    },

    UntagResource: (input) => {
      const found = groupByArn(input.ResourceArn as string);
      const keys = new Set(input.TagKeys as string[]);
      found.Tags = found.Tags.filter((t) => !keys.has(t.Key));
      state.save();
      return {};
    },
  };

  function groupByArn(arn: string): StoredGroup {
    for (const g of state.groups.values()) if (g.Arn === arn) return g;
    throw new SchedulerApiError('ResourceNotFoundException', `Resource ${arn} does not exist.`);
  }

  return operations;
}

export function publicSchedule(s: StoredSchedule): Output {
  const { revision: _revision, completedRevision: _completed, ...visible } = s;
  return visible;
}

function publicGroup(g: StoredGroup): Output {
  return {
    Arn: g.Arn,
    Name: g.Name,
    State: g.State,
    CreationDate: g.CreationDate,
    LastModificationDate: g.LastModificationDate,
  };
}

/** Stable order (by key) and an opaque token naming the last key returned. */
function paginate<T>(
  items: T[],
  keyOf: (item: T) => string,
  input: Input,
): { items: T[]; nextToken: string | undefined } {
  const sorted = [...items].sort((a, b) =>
    keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0,
  );
  const max = (input.MaxResults as number | undefined) ?? serviceDefaults.MaxResults;
  let start = 0;
  const token = input.NextToken as string | undefined;
  if (token !== undefined) {
    const after = decodeToken(token);
    start = sorted.findIndex((item) => keyOf(item) > after);
    if (start < 0) start = sorted.length;
  }
  const page = sorted.slice(start, start + max);
  const last = page.at(-1);
  const more = start + max < sorted.length && last !== undefined;
  return { items: page, nextToken: more ? encodeToken(keyOf(last)) : undefined };
}

function encodeToken(after: string): string {
  return Buffer.from(JSON.stringify({ after }), 'utf8').toString('base64url');
}

function decodeToken(token: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (isObject(parsed) && typeof parsed.after === 'string') return parsed.after;
  } catch {
    // falls through to the service's answer for a token it did not issue
  }
  throw new SchedulerApiError('ValidationException', 'Invalid NextToken.');
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
