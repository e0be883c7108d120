// Delivers a raw message to the local intake over SMTP, resolving once the intake answered 250 —
// which it does only after the inbound handler has finished with the message.
import nodemailer from 'nodemailer';
import PostalMime from 'postal-mime';

/** The local stack's intake address: where `followup forward` delivers unless told otherwise. */
export const LOCAL_INTAKE_ADDRESS = 'interviews@followup.example.com';

/** Local default senders: the example users of the mail that ships in tests/fixtures. */
export const DEFAULT_ALLOWED_SENDERS = 'alex.rivera@example.net,priya.n@example.org';

export interface Delivery {
  raw: Uint8Array | string;
  /** Envelope sender and recipient; default to the message's own From and first To. */
  from?: string;
  to?: string;
  port: number;
  host?: string;
}

export class DeliveryError extends Error {
  override name = 'DeliveryError';
}

export async function deliver(delivery: Delivery): Promise<string> {
  let { from, to } = delivery;
  if (!from || !to) {
    const parsed = await PostalMime.parse(delivery.raw);
    from ??= parsed.from?.address;
    to ??= parsed.to?.[0]?.address;
  }
  if (!from) throw new DeliveryError('the message has no From address; pass --from ADDRESS');
  if (!to) throw new DeliveryError('the message has no To address; pass --to ADDRESS');
  const transport = nodemailer.createTransport({
    host: delivery.host ?? '127.0.0.1',
    port: delivery.port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    const info = await transport.sendMail({
      envelope: { from, to: [to] },
      raw: typeof delivery.raw === 'string' ? delivery.raw : Buffer.from(delivery.raw),
    });
    return info.response;
  } catch (error) {
    // The intake refused the message (a recipient not ours, a failed handler): say what it said.
    const said = (error as { response?: unknown }).response;
    if (typeof said === 'string') {
      throw new DeliveryError(`the intake refused the message for ${to}: ${said}`, {
        cause: error,
      });
    }
    throw error;
  } finally {
    transport.close();
  }
}
