// Adapters -> the AWS SDK: the options every client is made with. Without timeouts a hung
// connection holds a handler until its Lambda times out, with the claim it made still taken.
/** Reaching a service takes well under this inside AWS. */
export const CONNECTION_TIMEOUT_MS = 3_000;
/**
 * One request, sent to its answer read. The SDK tries a request 3 times, so one call gives up
 * after about 3 × (3 + 6) s plus backoff: within the handlers' 30 and 60 s timeouts.
 */
export const REQUEST_TIMEOUT_MS = 6_000;

/**
 * Client options with connection and request timeouts (a timeout throws and is retried, except by
 * SES's client: a send that timed out may be out, see ses-mailer.ts).
 */
export function sdkClientOptions(timeouts: { connectionMs?: number; requestMs?: number } = {}) {
  return {
    requestHandler: {
      connectionTimeout: timeouts.connectionMs ?? CONNECTION_TIMEOUT_MS,
      requestTimeout: timeouts.requestMs ?? REQUEST_TIMEOUT_MS,
      // Without it a request over its timeout is only logged, and waits on.
      throwOnRequestTimeout: true,
    },
  };
}
