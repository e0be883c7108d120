import { describe, expect, it } from 'vitest';
import { replySecretFrom } from '../../functions/commons/runtime.ts';
import { readConfig } from '../../functions/config.ts';
import { ConfigError } from '../../functions/core/errors.ts';

const valid = {
  FOLLOWUP_ALLOWED_SENDERS: ' Alex.Rivera@example.net , priya.n@example.org',
  FOLLOWUP_REPLY_SECRET: 'x'.repeat(32),
  FOLLOWUP_TABLE_NAME: 'followup',
  FOLLOWUP_RAW_MAIL_BUCKET: 'raw',
  FOLLOWUP_MILESTONE_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:1:function:m',
  FOLLOWUP_SCHEDULER_ROLE_ARN: 'arn:aws:iam::1:role/s',
};

const secretArn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:ReplySecret-AbCdEf';

describe('configuration', () => {
  it('reads, normalizes and defaults', () => {
    const config = readConfig(valid);
    expect(config.allowedSenders).toEqual(['alex.rivera@example.net', 'priya.n@example.org']);
    expect(config.intakeAddress).toBe('interviews@followup.example.com');
    expect(config.fromAddress).toBe(config.intakeAddress);
    expect(config.defaultTimezone).toBe('America/New_York');
    expect(config.rawMailPrefix).toBe('inbound/');
    expect(config.policy.followUps.count).toBe(2);
    expect(config.admins).toEqual([]);
  });

  it('takes admins, who may stand alone: a coaching team allows its clients by mail', () => {
    const config = readConfig({
      ...valid,
      FOLLOWUP_ALLOWED_SENDERS: '',
      FOLLOWUP_ADMINS: 'Coach@Example.org, lead@example.org',
    });
    expect(config.admins).toEqual(['coach@example.org', 'lead@example.org']);
    expect(config.allowedSenders).toEqual([]);
  });

  it('takes the local stack SDK request timeout in whole milliseconds; unset, the SDK default', () => {
    expect(readConfig(valid).sdkRequestTimeoutMs).toBeUndefined();
    expect(
      readConfig({ ...valid, FOLLOWUP_SDK_REQUEST_TIMEOUT_MS: '3000' }).sdkRequestTimeoutMs,
    ).toBe(3000);
    for (const bad of ['0', '3s', '-1', '1.5', ''])
      expect(() => readConfig({ ...valid, FOLLOWUP_SDK_REQUEST_TIMEOUT_MS: bad }), bad).toThrow(
        /FOLLOWUP_SDK_REQUEST_TIMEOUT_MS must be a whole number of milliseconds/,
      );
  });

  it('takes a policy override as JSON', () => {
    const config = readConfig({ ...valid, FOLLOWUP_POLICY: '{"followUps":{"count":1}}' });
    expect(config.policy.followUps.count).toBe(1);
    expect(config.policy.wakingHours.start).toBe('08:00');
  });

  it.each([
    [{ FOLLOWUP_ALLOWED_SENDERS: undefined }, 'FOLLOWUP_ALLOWED_SENDERS'],
    [{ FOLLOWUP_ALLOWED_SENDERS: 'not-an-address' }, 'FOLLOWUP_ALLOWED_SENDERS'],
    [{ FOLLOWUP_ALLOWED_SENDERS: ' , ' }, 'FOLLOWUP_ALLOWED_SENDERS must name at least one'],
    [{ FOLLOWUP_ADMINS: 'coach' }, 'FOLLOWUP_ADMINS'],
    [{ FOLLOWUP_REPLY_SECRET: 'short' }, 'FOLLOWUP_REPLY_SECRET'],
    [{ FOLLOWUP_REPLY_SECRET: undefined }, 'FOLLOWUP_REPLY_SECRET'],
    [{ FOLLOWUP_REPLY_SECRET_ARN: 'my-secret' }, 'FOLLOWUP_REPLY_SECRET_ARN'],
    [{ FOLLOWUP_REPLY_SECRET_ARN: secretArn }, 'only one of'],
    [{ FOLLOWUP_DEFAULT_TIMEZONE: 'Mars/Olympus' }, 'FOLLOWUP_DEFAULT_TIMEZONE'],
    [{ FOLLOWUP_MILESTONE_FUNCTION_ARN: 'milestone' }, 'FOLLOWUP_MILESTONE_FUNCTION_ARN'],
    [{ FOLLOWUP_POLICY: '{nope' }, 'FOLLOWUP_POLICY'],
    [{ FOLLOWUP_POLICY: '{"wakingHours":{"start":"21:00","end":"07:00"}}' }, 'FOLLOWUP_POLICY'],
  ])('fails fast naming the variable: %j', (override, variable) => {
    expect(() => readConfig({ ...valid, ...override })).toThrow(ConfigError);
    expect(() => readConfig({ ...valid, ...override })).toThrow(variable);
  });
});

describe('the reply secret', () => {
  it('is the environment value locally, with nothing to fetch', async () => {
    const source = readConfig(valid).replySecret;
    expect(source).toEqual({ kind: 'value', value: 'x'.repeat(32) });
    const secret = replySecretFrom(source, () => Promise.reject(new Error('no network here')));
    await secret.load();
    expect(secret.current()).toBe('x'.repeat(32));
  });

  it('is read by ARN on AWS once per container, and refuses use before that', async () => {
    const source = readConfig({
      ...valid,
      FOLLOWUP_REPLY_SECRET: undefined,
      FOLLOWUP_REPLY_SECRET_ARN: secretArn,
    }).replySecret;
    expect(source).toEqual({ kind: 'secretArn', arn: secretArn });
    const asked: string[] = [];
    const secret = replySecretFrom(source, async (arn) => {
      asked.push(arn);
      return 'k'.repeat(64);
    });
    expect(() => secret.current()).toThrow(ConfigError);
    await Promise.all([secret.load(), secret.load()]);
    await secret.load();
    expect(secret.current()).toBe('k'.repeat(64));
    expect(asked).toEqual([secretArn]);
  });

  it('tries a failed read again on the next event, and rejects a short secret', async () => {
    const source = { kind: 'secretArn', arn: secretArn } as const;
    const answers = [Promise.reject(new Error('throttled')), Promise.resolve('short')];
    const secret = replySecretFrom(
      source,
      () => answers.shift() ?? Promise.resolve('k'.repeat(32)),
    );
    await expect(secret.load()).rejects.toThrow('throttled');
    await expect(secret.load()).rejects.toThrow(/FOLLOWUP_REPLY_SECRET_ARN/);
    expect(() => secret.current()).toThrow(ConfigError);
  });
});
