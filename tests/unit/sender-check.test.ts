import { describe, expect, it } from 'vitest';
import { fromMailboxes } from '../../functions/core/from-header.ts';
import { judgeSender, type MailVerdicts } from '../../functions/core/sender-check.ts';

const ALLOWED = ['alex.rivera@example.net'];
const ALEX = 'alex.rivera@example.net';
/** The From mailboxes of a message whose header section is `headers`. */
const from = (...headers: string[]) => fromMailboxes(`${headers.join('\r\n')}\r\n\r\nHello\r\n`);
const only = (address: string | null) => (address ? from(`From: ${address}`) : []);

const passing: MailVerdicts = {
  spf: 'PASS',
  dkim: 'PASS',
  dmarc: 'GRAY',
  spam: 'PASS',
  virus: 'PASS',
};

describe('judgeSender', () => {
  it('accepts an allowed sender case-insensitively, as its lower-cased address', () => {
    expect(judgeSender(only('Alex.Rivera@Example.net'), passing, ALLOWED, ALEX)).toEqual({
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
    expect(judgeSender(only(ALEX), { ...passing, ...verdicts }, ALLOWED, envelopeSender)).toEqual({
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
  ] as const)('drops %s', (_name, address, verdicts, envelopeSender, reason) => {
    expect(judgeSender(only(address), verdicts, ALLOWED, envelopeSender)).toEqual({
      accepted: false,
      reason,
    });
  });

  // DMARC aligns one From domain; acting for another mailbox of the same message would let a
  // stranger speak as the user (RFC 5322 allows one From header).
  it.each([
    ['two From headers, the user first', [`From: ${ALEX}`, 'From: mallory@evil.example']],
    ['two From headers, the user last', ['From: mallory@evil.example', `From: ${ALEX}`]],
    ['one header with two mailboxes', [`From: Alex <${ALEX}>, Mallory <mallory@evil.example>`]],
    ['the user twice', [`From: ${ALEX}`, `From: Alex <${ALEX}>`]],
    ['a group of two', [`From: us: ${ALEX}, mallory@evil.example;`]],
    ['a second From folded over lines', [`From: ${ALEX}`, 'FROM :\r\n  mallory@evil.example']],
  ])('drops %s as several senders', (_name, headers) => {
    const verdicts = { ...passing, dmarc: 'PASS' } as const;
    expect(judgeSender(from(...headers), verdicts, ALLOWED, ALEX)).toEqual({
      accepted: false,
      reason: 'several-senders',
    });
  });
});

describe('fromMailboxes', () => {
  it('reads one mailbox, its encoded name decoded and its address lower-cased', () => {
    expect(from('Subject: hi', 'From: =?UTF-8?Q?Alex_Rivera?= <Alex.Rivera@Example.NET>')).toEqual([
      { name: 'Alex Rivera', email: ALEX },
    ]);
  });

  it('reads a name with an unquoted comma as one mailbox', () => {
    expect(from(`From: Rivera, Alex <${ALEX}>`).map((mailbox) => mailbox.email)).toEqual([ALEX]);
  });

  it('reads the header section only, not a From line in the body or an mbox separator', () => {
    const raw = `From alex Thu Dec  3 10:00:00 2026\r\nFrom: ${ALEX}\r\n\r\nFrom: mallory@evil.example\r\n`;
    expect(fromMailboxes(raw)).toEqual([{ name: null, email: ALEX }]);
  });

  it('finds no mailbox in a bare name or an empty group', () => {
    expect(from('From: Alex Rivera')).toEqual([]);
    expect(from('From: undisclosed-senders:;')).toEqual([]);
  });
});
