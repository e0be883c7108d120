// Contracts of the two mail ports. Mailer: each send is delivered byte for byte and answered
// with its own message id, one that makes a Message-ID (`<id>@amazonses.com`); a send whose answer
// is lost rejects with MailOutcomeUnknownError (it was delivered, once), a refused one otherwise. RawMailStore:
// the message as stored, or only its size when it is over the limit; a missing key fails; a
// deleted one is gone (deleting a missing one is success).
// Run against SES's emulator and our S3 stand-in, and against the in-memory ports, by
// mail.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailOutcomeUnknownError } from '../../functions/core/errors.ts';
import type { Mailer, RawMailStore } from '../../functions/core/ports.ts';

export interface MailerUnderTest {
  mailer: Mailer;
  /** What the service holds as sent, by the message id its send answered. */
  sentRaw(messageId: string): Promise<Uint8Array | undefined>;
  /** How many mails the service holds as sent. */
  sentCount(): Promise<number>;
  /** The next send reaches the service, which sends it; its answer is lost on the way back. */
  loseNextAnswer(): void;
  /** Every send from now on is refused before it is sent (until `heal`). */
  refuseAll(): void;
  heal(): void;
  close(): Promise<void>;
}

export interface RawMailUnderTest {
  rawMail: RawMailStore;
  /** Stores an object as SES receiving does. */
  put(key: string, raw: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

const message = (n: number) =>
  new TextEncoder().encode(
    `From: followup <interviews@followup.example.com>\r\nTo: alex@example.net\r\nSubject: Test ${n}\r\nMessage-ID: <t${n}@followup.example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello ${n}, caf\u00e9.\r\n`,
  );

/** What a send rejected with; undefined when it went through. */
const failureOf = (mailer: Mailer, raw: Uint8Array) =>
  mailer.send({ from: 'interviews@followup.example.com', to: 'alex@example.net', raw }).then(
    () => undefined,
    (error: unknown) => error,
  );

export function describeMailerContract(name: string, make: () => Promise<MailerUnderTest>) {
  describe(`Mailer contract: ${name}`, () => {
    let m: MailerUnderTest;
    beforeAll(async () => {
      m = await make();
    });
    afterAll(async () => {
      await m?.close();
    });

    it('delivers each raw message as it was composed, under a message id of its own', async () => {
      const mails = [message(1), message(2)];
      const ids: string[] = [];
      for (const raw of mails) {
        const { messageId } = await m.mailer.send({
          from: 'interviews@followup.example.com',
          to: 'alex@example.net',
          raw,
        });
        ids.push(messageId);
      }
      expect(new Set(ids).size).toBe(2);
      for (const [index, id] of ids.entries()) {
        // Our mails are threaded by the Message-ID recipients see, which the mailer knows as its own.
        expect(id).toMatch(/^[A-Za-z0-9._-]+@amazonses\.com$/);
        expect(m.mailer.isOwnMessageId(id)).toBe(true);
        expect(m.mailer.isOwnMessageId('CAHv2k9Q@mail.gmail.com')).toBe(false);
        // A reply may name it under a regional domain; it still compares as this mail.
        const regional = id.replace(/@amazonses\.com$/, '@eu-west-1.amazonses.com').toLowerCase();
        expect(m.mailer.canonicalMessageId(regional)).toBe(id.toLowerCase());
        expect(m.mailer.canonicalMessageId('cahv2k9q@mail.gmail.com')).toBe(
          'cahv2k9q@mail.gmail.com',
        );
        expect(Buffer.from((await m.sentRaw(id)) ?? [])).toEqual(Buffer.from(mails[index] ?? []));
      }
    });

    it('a send whose answer is lost was delivered once, and says it may have been', async () => {
      const before = await m.sentCount();
      m.loseNextAnswer();
      const failed = await failureOf(m.mailer, message(4));
      expect(failed).toBeInstanceOf(MailOutcomeUnknownError);
      expect(await m.sentCount()).toBe(before + 1);
    });

    it('a refused send was not delivered, and does not say it may have been', async () => {
      const before = await m.sentCount();
      m.refuseAll();
      const failed = await failureOf(m.mailer, message(5));
      m.heal();
      expect(failed).toBeInstanceOf(Error);
      expect(failed).not.toBeInstanceOf(MailOutcomeUnknownError);
      expect(await m.sentCount()).toBe(before);
    });
  });
}

export function describeRawMailContract(name: string, make: () => Promise<RawMailUnderTest>) {
  describe(`RawMailStore contract: ${name}`, () => {
    let r: RawMailUnderTest;
    beforeAll(async () => {
      r = await make();
    });
    afterAll(async () => {
      await r?.close();
    });

    it('reads a stored message back whole, up to the limit', async () => {
      const raw = message(3);
      await r.put('inbound/abc123', raw);
      const read = await r.rawMail.get('inbound/abc123', raw.byteLength);
      expect(read.kind).toBe('mail');
      if (read.kind === 'mail') expect(Buffer.from(read.raw)).toEqual(Buffer.from(raw));
    });

    it('answers a message over the limit by its size alone', async () => {
      const raw = message(4);
      await r.put('inbound/big', raw);
      expect(await r.rawMail.get('inbound/big', raw.byteLength - 1)).toEqual({
        kind: 'too-large',
        bytes: raw.byteLength,
      });
    });

    it('fails on a key that holds nothing', async () => {
      await expect(r.rawMail.get('inbound/missing', 1024)).rejects.toThrow();
    });

    it('deletes a message for good, and only it; deleting a missing one is success', async () => {
      const raw = message(5);
      await r.put('inbound/gone', raw);
      await r.put('inbound/kept', raw);
      await r.rawMail.delete('inbound/gone');
      await r.rawMail.delete('inbound/gone');
      await r.rawMail.delete('inbound/never-stored');
      await expect(r.rawMail.get('inbound/gone', 1024)).rejects.toThrow();
      expect((await r.rawMail.get('inbound/kept', raw.byteLength)).kind).toBe('mail');
    });
  });
}
