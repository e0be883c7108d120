import { describe, expect, it } from 'vitest';
import { judgeSender, type MailVerdicts } from '../../functions/core/sender-check.ts';

const ALLOWED = ['alex.rivera@example.net'];
const passing: MailVerdicts = {
  spf: 'PASS',
  dkim: 'PASS',
  dmarc: 'GRAY',
  spam: 'PASS',
  virus: 'PASS',
};

describe('judgeSender', () => {
  it('accepts an allowed sender with SPF or DKIM passing, case-insensitively', () => {
    expect(judgeSender('Alex.Rivera@Example.net', passing, ALLOWED)).toEqual({
      accepted: true,
      userId: 'alex.rivera@example.net',
    });
    expect(
      judgeSender('alex.rivera@example.net', { ...passing, spf: 'FAIL' }, ALLOWED).accepted,
    ).toBe(true);
    expect(
      judgeSender('alex.rivera@example.net', { ...passing, dkim: 'GRAY' }, ALLOWED).accepted,
    ).toBe(true);
  });

  it.each([
    ['a stranger', 'mallory@evil.example', passing, 'not-allowed'],
    ['no sender', null, passing, 'no-sender'],
    [
      'SPF and DKIM failed',
      'alex.rivera@example.net',
      { ...passing, spf: 'FAIL', dkim: 'FAIL' },
      'not-authenticated',
    ],
    ['DMARC failed', 'alex.rivera@example.net', { ...passing, dmarc: 'FAIL' }, 'not-authenticated'],
    ['spam', 'alex.rivera@example.net', { ...passing, spam: 'FAIL' }, 'spam-or-virus'],
    ['a virus', 'alex.rivera@example.net', { ...passing, virus: 'FAIL' }, 'spam-or-virus'],
  ] as const)('drops %s', (_name, from, verdicts, reason) => {
    expect(judgeSender(from, verdicts, ALLOWED)).toEqual({ accepted: false, reason });
  });
});
