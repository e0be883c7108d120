// The etiquette policy: the design table's defaults, validation with clear errors, and the
// per-user settings sent by reply (`set hours 8-19`, `set timezone Europe/Berlin`).
import { describe, expect, it } from 'vitest';
import {
  InvalidPolicyError,
  InvalidSettingError,
} from '../../../functions/core/planning/errors.ts';
import {
  applyPolicyOverride,
  defaultPolicy,
  parsePolicy,
  parseSettingCommand,
} from '../../../functions/core/planning/policy.ts';

describe('defaultPolicy', () => {
  it('is the design table: 2 h / 24 h thank-you, 08-20 waking, Mon-Fri, two follow-ups a week apart', () => {
    expect(defaultPolicy).toEqual({
      thankYou: { delayMinutes: 120, sendByHours: 24, lateForwardHours: 48 },
      wakingHours: { start: '08:00', end: '20:00' },
      businessDays: [1, 2, 3, 4, 5],
      country: null,
      followUps: { count: 2, firstAfterDays: 7, timeOfDay: '09:30', spacingDays: 7 },
      closeOut: { afterLastFollowUpDays: 7 },
    });
  });
});

describe('parsePolicy', () => {
  it('fills what a deployment leaves out with the defaults', () => {
    const policy = parsePolicy({
      followUps: { spacingDays: 10 },
      businessDays: ['Sunday', 'mon', 4, 'tue', 4],
    });
    expect(policy.followUps).toEqual({ ...defaultPolicy.followUps, spacingDays: 10 });
    expect(policy.businessDays).toEqual([1, 2, 4, 7]);
    expect(policy.thankYou).toEqual(defaultPolicy.thankYou);
    expect(parsePolicy(undefined)).toEqual(defaultPolicy);
  });

  it.each([
    [{ wakingHours: { start: '20:00', end: '08:00' } }, /wakingHours: must span at least one hour/],
    [{ wakingHours: { start: '8am' } }, /wakingHours\.start: must be a clock time HH:MM/],
    [{ followUps: { count: 3 } }, /followUps\.count/],
    [
      { thankYou: { sendByHours: 24, lateForwardHours: 20 } },
      /thankYou\.lateForwardHours: must be at least thankYou\.sendByHours/,
    ],
    [
      { thankYou: { delayMinutes: 720, sendByHours: 12 } },
      /thankYou\.delayMinutes: must be shorter/,
    ],
    [{ businessDays: [] }, /businessDays: must name at least one day/],
    [{ businessDays: ['someday'] }, /businessDays\.0: must be a weekday name/],
    ['not a policy', /policy: /],
  ])('rejects %j with a message naming the field', (input, message) => {
    expect(() => parsePolicy(input)).toThrow(InvalidPolicyError);
    expect(() => parsePolicy(input)).toThrow(message);
  });

  it('keeps the validation failure as the cause', () => {
    try {
      parsePolicy({ followUps: { count: -1 } });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidPolicyError).cause).toBeDefined();
    }
  });
});

describe('parseSettingCommand', () => {
  it.each([
    ['set timezone Europe/Berlin', { kind: 'timezone', zone: 'Europe/Berlin' }],
    ['Set Time Zone: asia/kolkata', { kind: 'timezone', zone: 'Asia/Kolkata' }],
    ['set tz UTC\n\n> quoted mail below', { kind: 'timezone', zone: 'UTC' }],
    ['set hours 8-19', { kind: 'hours', start: '08:00', end: '19:00' }],
    ['set hours 08:30 - 19:45', { kind: 'hours', start: '08:30', end: '19:45' }],
    ['set waking hours 7am to 6:30pm', { kind: 'hours', start: '07:00', end: '18:30' }],
    ['set hours 9–24', { kind: 'hours', start: '09:00', end: '24:00' }],
    ['set hours 10am-12am', { kind: 'hours', start: '10:00', end: '24:00' }],
  ])('%j -> %j', (text, setting) => {
    expect(parseSettingCommand(text)).toEqual(setting);
  });

  it.each(['stop', 'snooze 3d', 'set', 'timezone Europe/Berlin', ''])(
    '%j is no setting',
    (text) => {
      expect(parseSettingCommand(text)).toBeNull();
    },
  );

  it.each([
    ['set timezone Mars/Olympus', /not an IANA time zone/],
    ['set timezone +02:00', /not an IANA time zone/],
    ['set hours 19-8', /must start before they end/],
    ['set hours 8-8:30', /span at least one hour/],
    ['set hours 25-26', /not a range of hours/],
    ['set hours early', /not a range of hours/],
  ])('%j is a setting that cannot be used', (text, message) => {
    expect(() => parseSettingCommand(text)).toThrow(InvalidSettingError);
    expect(() => parseSettingCommand(text)).toThrow(message);
  });
});

describe('applyPolicyOverride', () => {
  it('set hours 8-19 changes the waking hours and nothing else', () => {
    const policy = applyPolicyOverride(defaultPolicy, 'set hours 8-19');
    expect(policy).toEqual({ ...defaultPolicy, wakingHours: { start: '08:00', end: '19:00' } });
    expect(defaultPolicy.wakingHours).toEqual({ start: '08:00', end: '20:00' });
  });

  it('leaves the policy alone for a time zone, which is stored with the user', () => {
    expect(applyPolicyOverride(defaultPolicy, 'set timezone Europe/Berlin')).toBe(defaultPolicy);
  });

  it('accepts an already parsed setting and refuses text that is no setting', () => {
    const setting = parseSettingCommand('set hours 9-17');
    if (!setting) throw new Error('expected a setting');
    expect(applyPolicyOverride(defaultPolicy, setting).wakingHours).toEqual({
      start: '09:00',
      end: '17:00',
    });
    expect(() => applyPolicyOverride(defaultPolicy, 'hello')).toThrow(InvalidSettingError);
  });
});
