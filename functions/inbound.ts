// Lambda entry point: SES receipt-rule event -> validated (zod/mini) -> handleInboundMail per record.
import type { Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { createInboundRuntime, type InboundRuntime } from './commons/inbound-runtime.ts';
import { entryPoint } from './commons/middleware.ts';
import { handleInboundMail } from './core/use-cases/handle-inbound-mail.ts';

const verdictStatus = z.enum(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']);
const verdict = z.pipe(
  z.optional(z.object({ status: verdictStatus })),
  z.transform(
    (value: { status: z.infer<typeof verdictStatus> } | undefined) => value?.status ?? 'GRAY',
  ),
);

const sesEventSchema = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        ses: z.object({
          mail: z.object({
            messageId: z.string().check(z.regex(/^[\w.-]{1,200}$/)),
            // When SES received it: every retry of this event carries the same.
            timestamp: z.iso.datetime(),
            // The SMTP MAIL FROM that SPF checked; empty for a bounce (`MAIL FROM:<>`).
            source: z.string().check(z.maxLength(1000)),
          }),
          receipt: z.object({
            recipients: z.array(z.string()).check(z.minLength(1)),
            spfVerdict: verdict,
            dkimVerdict: verdict,
            dmarcVerdict: verdict,
            spamVerdict: verdict,
            virusVerdict: verdict,
          }),
        }),
      }),
    )
    .check(z.minLength(1)),
});

export type SesReceiptEvent = z.input<typeof sesEventSchema>;

async function run(
  event: z.infer<typeof sesEventSchema>,
  runtime: InboundRuntime,
  context: Context,
) {
  const outcomes = [];
  for (const record of event.Records) {
    const { mail, receipt } = record.ses;
    outcomes.push(
      await handleInboundMail(
        {
          sesMessageId: mail.messageId,
          recipients: receipt.recipients,
          envelopeSender: mail.source,
          receivedAt: new Date(mail.timestamp),
          verdicts: {
            spf: receipt.spfVerdict,
            dkim: receipt.dkimVerdict,
            dmarc: receipt.dmarcVerdict,
            spam: receipt.spamVerdict,
            virus: receipt.virusVerdict,
          },
        },
        runtime,
        { timeLeftMs: () => context.getRemainingTimeInMillis() },
      ),
    );
  }
  return { outcomes };
}

/** The handler over `runtime`: Lambda's is made once per container, at its cold start. */
export function inboundHandler(runtime: InboundRuntime) {
  return entryPoint(runtime, sesEventSchema, run);
}

export const handler = inboundHandler(createInboundRuntime());
