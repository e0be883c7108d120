// Tests -> the one meaning of "a time zone": what the reader, the planner, the configuration, the CDK
// settings and the Scheduler emulator accept, and how a zone is spelled once accepted.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../functions/config.ts';
import { canonicalZone, isIanaZone } from '../../functions/core/iana-zone.ts';
import { parseSettingCommand } from '../../functions/core/planning/policy.ts';
import { readStackSettings } from '../../infra/settings.ts';
import { isKnownTimeZone } from '../../local/scheduler-emulator/expressions.ts';

const ZONES = ['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+5', 'EST5EDT'];
// Offsets are accepted as zones by newer engines' Intl (Node 22+, so Lambda's): never by us.
const NOT_ZONES = ['+02:00', '-0500', 'UTC+2', 'GMT+02:00', 'Mars/Olympus_Mons', '', ' ', 'Z'];

describe('isIanaZone', () => {
  it.each(ZONES)('accepts %s, in any letter case', (zone) => {
    expect(isIanaZone(zone)).toBe(true);
    expect(isIanaZone(zone.toLowerCase())).toBe(true);
  });

  it.each(NOT_ZONES)('rejects %j', (text) => {
    expect(isIanaZone(text)).toBe(false);
  });
});

describe('canonicalZone', () => {
  it.each([
    ['europe/berlin', 'Europe/Berlin'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    [' asia/kolkata ', 'Asia/Kolkata'],
    ['utc', 'UTC'],
    ['etc/gmt+5', 'Etc/GMT+5'],
    // Names the tz database has changed, which ICU still gives as the zone's own.
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['asia/saigon', 'Asia/Ho_Chi_Minh'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['europe/uzhgorod', 'Europe/Kyiv'],
    ['America/Nipigon', 'America/Toronto'],
  ])('spells %j as %s', (text, zone) => {
    expect(canonicalZone(text)).toBe(zone);
  });

  it.each(NOT_ZONES)('has no spelling for %j', (text) => {
    expect(canonicalZone(text)).toBeNull();
  });
});

describe('every border asks the same question', () => {
  const env = {
    FOLLOWUP_ALLOWED_SENDERS: 'alex.rivera@example.net',
    FOLLOWUP_REPLY_SECRET: 'x'.repeat(32),
    FOLLOWUP_TABLE_NAME: 'followup',
    FOLLOWUP_RAW_MAIL_BUCKET: 'raw',
    FOLLOWUP_MILESTONE_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:1:function:m',
    FOLLOWUP_SCHEDULER_ROLE_ARN: 'arn:aws:iam::1:role/s',
  };
  const config = (zone: string) => () => readConfig({ ...env, FOLLOWUP_DEFAULT_TIMEZONE: zone });
  const stack = (zone: string) => () =>
    readStackSettings((key) => (key === 'defaultTimezone' ? zone : undefined));
  const setting = (zone: string) => () => parseSettingCommand(`set timezone ${zone}`);

  it.each(NOT_ZONES.filter((text) => text.trim() !== ''))('%j is refused everywhere', (text) => {
    expect(config(text)).toThrow(/FOLLOWUP_DEFAULT_TIMEZONE must be an IANA time zone/);
    expect(stack(text)).toThrow(/context defaultTimezone must be an IANA time zone/);
    expect(setting(text)).toThrow(/is not an IANA time zone/);
    expect(isKnownTimeZone(text)).toBe(false);
  });

  it('a zone in any case is taken everywhere and spelled as the Scheduler wants it', () => {
    expect(config('europe/berlin')().defaultTimezone).toBe('Europe/Berlin');
    expect(stack('europe/berlin')().defaultTimezone).toBe('Europe/Berlin');
    expect(setting('europe/berlin')()).toEqual({ kind: 'timezone', zone: 'Europe/Berlin' });
    // The service itself is case-sensitive, which is why the borders above spell it first.
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('europe/berlin')).toBe(false);
  });
});
