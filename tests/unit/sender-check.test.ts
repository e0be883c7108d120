import { describe, expect, it } from 'vitest';
import { judgeSender, type MailVerdicts } from '../../functions/core/sender-check.ts';

const ALLOWED = ['alex.rivera@example.net'];
const ALEX = 'alex.rivera@example.net';
const passing: MailVerdicts = {
  spf: 'PASS',
  dkim: 'PASS',
  dmarc: 'GRAY',
  spam: 'PASS',
  virus: 'PASS',
};

describe('judgeSender', () => {
  it('accepts an allowed sender case-insensitively, as its lower-cased address', () => {
    expect(judgeSender('Alex.Rivera@Example.net', passing, ALLOWED, ALEX)).toEqual({
      accepted: true,
      userId: ALEX,
    });
  });

  it.each([
    [
      'DMARC PASS, SPF and DKIM of other domains',
      { dmarc: 'PASS', spf: 'FAIL' },
      'x@relay.example',
    ],
    ['DMARC PASS without an envelope sender (a bounce)', { dmarc: 'PASS' }, ''],
    ['DMARC GRAY, SPF PASS for the same domain', { dkim: 'FAIL' }, ALEX],
    ['DMARC GRAY, SPF PASS, domain in another case', {}, 'Bounces@EXAMPLE.NET'],
    ['DMARC GRAY, SPF PASS, a prvs= envelope sender', {}, 'prvs=144d0cba7=alex.rivera@example.net'],
    [
      'DMARC GRAY, SPF PASS, an SRS envelope sender of the From domain',
      {},
      'SRS0=HHH=TT=other.example=u@example.net',
    ],
    ['DMARC GRAY, SPF PASS, a bracketed envelope sender', {}, `<${ALEX}>`],
  ] as const)('accepts %s', (_name, verdicts, envelopeSender) => {
    expect(judgeSender(ALEX, { ...passing, ...verdicts }, ALLOWED, envelopeSender)).toEqual({
      accepted: true,
      userId: ALEX,
    });
  });

  it.each([
    ['a stranger', 'mallory@evil.example', passing, ALEX, 'not-allowed'],
    ['no sender', null, passing, ALEX, 'no-sender'],
    [
      'SPF and DKIM failed',
      ALEX,
      { ...passing, spf: 'FAIL', dkim: 'FAIL' },
      ALEX,
      'not-authenticated',
    ],
    // Anyone's own server passes SPF for its own domain: that says nothing about the From.
    [
      'DMARC GRAY, SPF PASS for another domain',
      ALEX,
      passing,
      'mallory@evil.example',
      'not-authenticated',
    ],
    [
      'DMARC GRAY, SPF PASS for a subdomain',
      ALEX,
      passing,
      'x@mail.example.net',
      'not-authenticated',
    ],
    [
      'DMARC GRAY, SPF PASS for a look-alike',
      ALEX,
      passing,
      'x@evilexample.net',
      'not-authenticated',
    ],
    ['DMARC GRAY, SPF PASS, no envelope sender', ALEX, passing, '', 'not-authenticated'],
    [
      'DMARC GRAY, SPF PASS, envelope sender unknown',
      ALEX,
      passing,
      undefined,
      'not-authenticated',
    ],
    // DKIM PASS alone is for the signing domain, which SES does not tell us: not enough.
    ['DMARC GRAY, DKIM PASS only', ALEX, { ...passing, spf: 'FAIL' }, ALEX, 'not-authenticated'],
    ['DMARC GRAY, SPF GRAY', ALEX, { ...passing, spf: 'GRAY' }, ALEX, 'not-authenticated'],
    ['DMARC failed, SPF aligned', ALEX, { ...passing, dmarc: 'FAIL' }, ALEX, 'not-authenticated'],
    ['spam', ALEX, { ...passing, dmarc: 'PASS', spam: 'FAIL' }, ALEX, 'spam-or-virus'],
    ['a virus', ALEX, { ...passing, dmarc: 'PASS', virus: 'FAIL' }, ALEX, 'spam-or-virus'],
  ] as const)('drops %s', (_name, from, verdicts, envelopeSender, reason) => {
    expect(judgeSender(from, verdicts, ALLOWED, envelopeSender)).toEqual({
      accepted: false,
      reason,
    });
  });
});
