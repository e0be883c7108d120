import { describe, expect, it } from 'vitest';
import {
  encodeReplyToken,
  replyAddress,
  tagOf,
  verifyReplyToken,
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
});
