// Scheduler emulator -> its state: schedule groups, schedules and dead letters, kept in memory
// and rewritten atomically to a JSON file after each change so a restarted stack keeps them.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface StoredTag {
  Key: string;
  Value: string;
}

export interface StoredGroup {
  Name: string;
  Arn: string;
  State: 'ACTIVE';
  /** Epoch seconds, as the API returns timestamps. */
  CreationDate: number;
  LastModificationDate: number;
  Tags: StoredTag[];
}

/** A schedule in the API's own member names, plus the emulator's firing bookkeeping. */
export interface StoredSchedule {
  Name: string;
  GroupName: string;
  Arn: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  StartDate?: number;
  EndDate?: number;
  Description?: string;
  State: 'ENABLED' | 'DISABLED';
  KmsKeyArn?: string;
  Target: Record<string, unknown>;
  FlexibleTimeWindow: Record<string, unknown>;
  ActionAfterCompletion: 'NONE' | 'DELETE';
  CreationDate: number;
  LastModificationDate: number;
  /** Bumped by every create/update, so a firing can tell whether it still owns the schedule. */
  revision: number;
  /** Set once the one-time schedule of this revision has completed (ActionAfterCompletion NONE). */
  completedRevision?: number;
}

export interface DeadLetter {
  scheduleArn: string;
  scheduleName: string;
  groupName: string;
  targetArn: string;
  input: string | undefined;
  /** Target.DeadLetterConfig.Arn; the service would drop the event when there is none. */
  deadLetterQueueArn: string | undefined;
  /** ISO-8601 UTC: the time the schedule was due. */
  scheduledTime: string;
  attempts: number;
  exhaustedRetryCondition: 'MaximumRetryAttemptsExhausted' | 'MaximumEventAgeExhausted';
  /** Name and message of the last error the target raised. */
  lastError: string;
  recordedAt: string;
}

interface DataFile {
  format: typeof dataFormat;
  groups: StoredGroup[];
  schedules: StoredSchedule[];
  deadLetters: DeadLetter[];
}

const dataFormat = 'followup-scheduler-emulator/1';
const deadLetterLimit = 1000;

export class SchedulerEmulatorError extends Error {
  override name = 'SchedulerEmulatorError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function scheduleKey(groupName: string, name: string): string {
  return `${groupName}/${name}`;
}

export class EmulatorState {
  readonly groups = new Map<string, StoredGroup>();
  readonly schedules = new Map<string, StoredSchedule>();
  readonly deadLetters: DeadLetter[] = [];

  constructor(private readonly dataFile: string | undefined) {}

  /** Reads the data file if there is one; a missing file is an empty state. */
  load(): void {
    if (!this.dataFile) return;
    let text: string;
    try {
      text = readFileSync(this.dataFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new SchedulerEmulatorError(`cannot read ${this.dataFile}`, { cause: error });
    }
    let data: DataFile;
    try {
      data = JSON.parse(text) as DataFile;
    } catch (error) {
      throw new SchedulerEmulatorError(`${this.dataFile} is not JSON`, { cause: error });
    }
    if (data?.format !== dataFormat)
      throw new SchedulerEmulatorError(`${this.dataFile} is not a ${dataFormat} file`);
    for (const group of data.groups) this.groups.set(group.Name, group);
    for (const schedule of data.schedules)
      this.schedules.set(scheduleKey(schedule.GroupName, schedule.Name), schedule);
    this.deadLetters.push(...data.deadLetters);
  }

  addDeadLetter(letter: DeadLetter): void {
    this.deadLetters.push(letter);
    if (this.deadLetters.length > deadLetterLimit)
      this.deadLetters.splice(0, this.deadLetters.length - deadLetterLimit);
  }

  /** Synchronous on purpose: each change is on disk before its API answer is sent. */
  save(): void {
    if (!this.dataFile) return;
    const data: DataFile = {
      format: dataFormat,
      groups: [...this.groups.values()],
      schedules: [...this.schedules.values()],
      deadLetters: this.deadLetters,
    };
    mkdirSync(dirname(this.dataFile), { recursive: true });
    const temporary = `${this.dataFile}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`);
    renameSync(temporary, this.dataFile);
  }
}
