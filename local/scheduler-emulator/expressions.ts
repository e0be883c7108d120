// Scheduler emulator -> schedule expressions: the `at()`, `rate()` and `cron()` grammars the
// service accepts, the IANA time zones it evaluates them in, and when a one-time schedule is due.
import { DateTime } from 'luxon';
import { isIanaZone } from '../../functions/core/iana-zone.ts';

export interface AtExpression {
  kind: 'at';
  /** Wall-clock fields, read in the schedule's ScheduleExpressionTimezone. */
  local: { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

export interface RateExpression {
  kind: 'rate';
  value: number;
  unit: 'minute' | 'hour' | 'day';
}

export interface CronExpression {
  kind: 'cron';
  /** minutes hours day-of-month month day-of-week year */
  fields: readonly string[];
}

export type ScheduleExpression = AtExpression | RateExpression | CronExpression;

const atPattern = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;
const ratePattern = /^rate\(([1-9]\d*) (minute|minutes|hour|hours|day|days)\)$/;
const cronPattern = /^cron\((.*)\)$/;

/** The expression, or undefined when the service would answer "Invalid Schedule Expression". */
export function parseScheduleExpression(text: string): ScheduleExpression | undefined {
  const at = atPattern.exec(text);
  if (at) {
    const [year, month, day, hour, minute, second] = at.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    // Checked in UTC so a wall time that a DST jump skips is still a valid calendar date.
    const calendar = DateTime.fromObject(
      { year, month, day, hour, minute, second },
      { zone: 'UTC' },
    );
    if (!calendar.isValid) return undefined;
    return { kind: 'at', local: { year, month, day, hour, minute, second } };
  }
  const rate = ratePattern.exec(text);
  if (rate) {
    const value = Number(rate[1]);
    if (!Number.isSafeInteger(value)) return undefined;
    const unit = (rate[2] ?? '').replace(/s$/, '') as RateExpression['unit'];
    return { kind: 'rate', value, unit };
  }
  const cron = cronPattern.exec(text);
  if (cron) {
    const fields = (cron[1] ?? '').trim().split(/\s+/);
    return isValidCron(fields) ? { kind: 'cron', fields } : undefined;
  }
  return undefined;
}

/**
 * An IANA zone name as the service accepts it. Intl also accepts any letter case
 * (`america/new_york`); the service's zone ids are case-sensitive, so each path segment must
 * start as the tz database spells it.
 */
export function isKnownTimeZone(zone: string): boolean {
  if (!isIanaZone(zone)) return false;
  return zone.split('/').every((segment) => /^[A-Z]/.test(segment));
}

/**
 * The instant a one-time schedule is due. A wall time skipped by a DST jump moves forward by the
 * jump (02:30 on a spring-forward night is 03:30); a repeated one resolves to its first occurrence.
 */
export function atInstant(expression: AtExpression, zone: string): Date {
  return DateTime.fromObject(expression.local, { zone }).toJSDate();
}

interface CronField {
  min: number;
  max: number;
  names?: readonly string[];
}

const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const weekdays = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const cronFields: readonly CronField[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: months },
  { min: 1, max: 7, names: weekdays },
  { min: 1970, max: 2199 },
];

const dayOfMonth = 2;
const dayOfWeek = 4;

function isValidCron(fields: readonly string[]): boolean {
  if (fields.length !== 6) return false;
  // One of the two day fields must be `?`, never both.
  if ((fields[dayOfMonth] === '?') === (fields[dayOfWeek] === '?')) return false;
  return fields.every((field, index) => isValidCronField(field, index));
}

function isValidCronField(field: string, index: number): boolean {
  if (field === '?') return index === dayOfMonth || index === dayOfWeek;
  const spec = cronFields[index];
  if (!spec) return false;
  const value = (text: string): boolean => {
    const upper = text.toUpperCase();
    if (spec.names?.includes(upper)) return true;
    if (!/^\d+$/.test(text)) return false;
    const n = Number(text);
    return n >= spec.min && n <= spec.max;
  };
  return field.split(',').every((item) => {
    if (index === dayOfMonth && /^(L|LW|\d{1,2}W)$/.test(item))
      return item.startsWith('L') || value(item.slice(0, -1));
    if (index === dayOfWeek) {
      if (item === 'L') return true;
      const nth = /^(\w+)#([1-5])$/.exec(item);
      if (nth) return value(nth[1] ?? '');
      const last = /^(\w+)L$/.exec(item);
      if (last) return value(last[1] ?? '');
    }
    const [base = '', step, ...rest] = item.split('/');
    if (rest.length > 0) return false;
    if (step !== undefined && !/^[1-9]\d*$/.test(step)) return false;
    if (base === '*') return true;
    const [from = '', to, ...more] = base.split('-');
    if (more.length > 0) return false;
    return value(from) && (to === undefined || value(to));
  });
}
