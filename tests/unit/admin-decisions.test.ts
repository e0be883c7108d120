// The admin commands' decisions, pure: from the roster and the command to the effects and the
// answer. The runner and the mail are the use-case suite's (tests/use-cases/users-admin.test.ts).
import { describe, expect, it } from 'vitest';
import {
  addressArgument,
  adminWording,
  decideAdminCommand,
  type Roster,
} from '../../functions/core/use-cases/admin-decisions.ts';

const now = new Date('2026-12-01T12:00:00Z');
const context = { admin: 'Coach@example.org', now, ourAddresses: ['interviews@followup.example'] };
const entry = (address: string, welcomed = true) => ({
  address,
  allowedBy: 'coach@example.org',
  allowedAt: '2026-11-01T09:00:00.000Z',
  welcomed,
});
const roster: Roster = {
  deployTime: ['alex@example.net'],
  admins: ['coach@example.org'],
  allowed: [entry('kim@example.net'), entry('sam@example.net', false)],
};

describe('admin decisions', () => {
  it('allow: a new address is written, then welcomed', () => {
    const decision = decideAdminCommand(
      { verb: 'allow', arg: '<Dana@Mail.example>' },
      roster,
      context,
    );
    const user = {
      address: 'dana@mail.example',
      allowedBy: 'coach@example.org',
      allowedAt: now.toISOString(),
      welcomed: false,
    };
    expect(decision).toEqual({
      effects: [
        { kind: 'allow', user },
        { kind: 'welcome', user },
      ],
      answer: { said: 'allowed', address: 'dana@mail.example' },
    });
  });

  it('allow again: nothing, unless the welcome never went out', () => {
    expect(decideAdminCommand({ verb: 'allow', arg: 'kim@example.net' }, roster, context)).toEqual({
      effects: [],
      answer: { said: 'already-allowed', address: 'kim@example.net', welcome: false },
    });
    expect(decideAdminCommand({ verb: 'allow', arg: 'sam@example.net' }, roster, context)).toEqual({
      effects: [{ kind: 'welcome', user: entry('sam@example.net', false) }],
      answer: { said: 'already-allowed', address: 'sam@example.net', welcome: true },
    });
  });

  it('revoke: only an address admins allowed; deploy-time ones are the deployment’s', () => {
    expect(decideAdminCommand({ verb: 'revoke', arg: 'KIM@example.net' }, roster, context)).toEqual(
      {
        effects: [{ kind: 'revoke', address: 'kim@example.net' }],
        answer: { said: 'revoked', address: 'kim@example.net' },
      },
    );
    for (const address of ['alex@example.net', 'coach@example.org']) {
      expect(decideAdminCommand({ verb: 'revoke', arg: address }, roster, context)).toEqual({
        effects: [],
        answer: { said: 'deploy-time', address, verb: 'revoke' },
      });
    }
    expect(
      decideAdminCommand({ verb: 'revoke', arg: 'nobody@example.net' }, roster, context).answer,
    ).toEqual({ said: 'not-allowed', address: 'nobody@example.net' });
  });

  it('no address, or one of our own domain: nothing changes', () => {
    expect(decideAdminCommand({ verb: 'allow', arg: 'dana@localhost' }, roster, context)).toEqual({
      effects: [],
      answer: { said: 'not-an-address', verb: 'allow' },
    });
    expect(
      decideAdminCommand({ verb: 'allow', arg: 'x@followup.example' }, roster, context).effects,
    ).toEqual([]);
    expect(addressArgument('a b@example.net')).toBeNull();
    expect(addressArgument(null)).toBeNull();
  });

  it('says what the effects found', () => {
    const revoked = adminWording(
      { said: 'revoked', address: 'kim@example.net' },
      {
        closed: 2,
        welcomed: false,
      },
    );
    expect(revoked.summary).toContain('2 open applications closed');
    expect(revoked.summary).toContain('usual retention (30 days)');
    const allowed = adminWording(
      { said: 'allowed', address: 'dana@mail.example' },
      {
        closed: 0,
        welcomed: false,
      },
    );
    expect(allowed.summary).toContain('The welcome mail could not be sent');
  });
});
