import { describe, expect, it } from 'vitest';
import {
  encodeForgetToken,
  encodeReplyToken,
  encodeStopToken,
  isStopToken,
  replyAddress,
  tagOf,
  verifyForgetToken,
  verifyReplyToken,
  verifyStopToken,
} from '../../functions/core/reply-token.ts';

const SECRET = 'a-test-secret-that-is-long-enough-1234';
const INTAKE = 'interviews@followup.example.com';

describe('reply tokens', () => {
  const token = encodeReplyToken(
    { applicationId: 'k3m9x2p7qa', userId: 'Alex@Example.net' },
    SECRET,
  );

  it('round-trips for the user it was made for, whatever the case of the address', () => {
    expect(verifyReplyToken(token, 'alex@example.net', SECRET)).toBe('k3m9x2p7qa');
    expect(verifyReplyToken(token.toUpperCase(), 'alex@example.net', SECRET)).toBe('k3m9x2p7qa');
  });

  it("rejects another user's, an altered, a truncated or a foreign-secret token", () => {
    expect(verifyReplyToken(token, 'mallory@example.net', SECRET)).toBeNull();
    expect(verifyReplyToken(token.replace('k3m9', 'k3m8'), 'alex@example.net', SECRET)).toBeNull();
    expect(verifyReplyToken(token.slice(0, -1), 'alex@example.net', SECRET)).toBeNull();
    expect(verifyReplyToken(token, 'alex@example.net', `${SECRET}x`)).toBeNull();
    expect(verifyReplyToken('', 'alex@example.net', SECRET)).toBeNull();
  });

  it('lives in the +tag of the intake address', () => {
    const address = replyAddress(INTAKE, token);
    expect(address).toBe(`interviews+${token}@followup.example.com`);
    expect(tagOf(address, INTAKE)).toBe(token);
    expect(tagOf(INTAKE, INTAKE)).toBeNull();
    expect(tagOf('INTERVIEWS@FOLLOWUP.EXAMPLE.COM', INTAKE)).toBeNull();
    expect(tagOf('other@followup.example.com', INTAKE)).toBeUndefined();
    expect(tagOf('interviews@elsewhere.example', INTAKE)).toBeUndefined();
  });

  it('stop tokens name an application for its user only, and pass for no other kind', () => {
    const stop = encodeStopToken('k3m9x2p7qa', 'Alex@Example.net', SECRET);
    expect(stop).toMatch(/^stop-k3m9x2p7qa\.[a-z0-9_-]{16}$/);
    expect(isStopToken(stop)).toBe(true);
    expect(isStopToken(token)).toBe(false);
    expect(verifyStopToken(stop.toUpperCase(), 'alex@example.net', SECRET)).toBe('k3m9x2p7qa');
    expect(verifyStopToken(stop, 'mallory@example.net', SECRET)).toBeNull();
    expect(verifyStopToken(stop.replace('k3m9', 'k3m8'), 'alex@example.net', SECRET)).toBeNull();
    // The same id signed as another kind never passes for a stop, nor a stop for it.
    const forget = encodeForgetToken('k3m9x2p7qa', 'alex@example.net', SECRET);
    expect(
      verifyStopToken(forget.replace(/^forget-/, 'stop-'), 'alex@example.net', SECRET),
    ).toBeNull();
    expect(verifyStopToken(`stop-${token}`, 'alex@example.net', SECRET)).toBeNull();
    expect(
      verifyForgetToken(stop.replace(/^stop-/, 'forget-'), 'alex@example.net', SECRET),
    ).toBeNull();
    expect(verifyReplyToken(stop.replace(/^stop-/, ''), 'alex@example.net', SECRET)).toBeNull();
  });
});
