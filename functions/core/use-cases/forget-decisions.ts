// Use-cases -> `forget`, decided: pure functions from the user's profile, the request or its
// confirmation, and now to the pending request stored with the user and what the user is told.
// forget.ts applies them and, once confirmed, deletes everything.
import type { Application, UserProfile } from '../model.ts';
import type { UserContext } from '../planning/index.ts';
import { encodeForgetToken, replyAddress } from '../reply-token.ts';
import type { Settings } from './deps.ts';
import type { UserDecision } from './effects.ts';

/** How long a forget confirmation stays valid. */
export const FORGET_WINDOW_MS = 24 * 60 * 60 * 1000;

export const FORGET_SAID = {
  kept: 'Nothing deleted. To delete everything, reply forget to the confirmation mail.',
  invalid:
    'That confirmation is no longer valid (it expired or was used): nothing deleted. Reply forget to start again.',
} as const;

/**
 * `forget`: the request pending with the user (a second `forget` within its day is the same
 * request, with the same nonce; else a new one with `nonce`) and the mail that says what would go
 * and where to confirm: a reply address carrying the nonce, signed for the user.
 */
export function decideForgetRequest(
  profile: UserProfile | undefined,
  request: { userId: string; nonce: string; applications: Application[] },
  ctx: Pick<UserContext, 'userTimezone' | 'now'>,
  settings: Pick<Settings, 'intakeAddress' | 'replySecret'>,
): UserDecision<'answered'> {
  const pending = profile?.forget;
  const reuse = pending && Date.parse(pending.expiresAt) > ctx.now.getTime() ? pending : null;
  const forget = reuse ?? {
    nonce: request.nonce,
    expiresAt: new Date(ctx.now.getTime() + FORGET_WINDOW_MS).toISOString(),
  };
  return {
    profile: reuse ? null : { forget },
    mail: {
      render: 'forgetRequest',
      applications: request.applications,
      expiresAt: forget.expiresAt,
      timezone: ctx.userTimezone,
      repeated: reuse !== null,
    },
    replyTo: replyAddress(
      settings.intakeAddress,
      encodeForgetToken(forget.nonce, request.userId, settings.replySecret),
    ),
    outcome: 'answered',
  };
}

/**
 * A reply to the confirmation mail (`confirmed`: it says forget, or yes): `forget` when its nonce
 * is the one pending and still valid, or when this confirmation was already acted on (`acted`: its
 * one-shot marker was there; the nonce went with the profile, and the redelivery finishes and
 * answers as the first attempt did); otherwise nothing is deleted and the user is told why.
 */
export function decideForgetConfirmation(
  profile: UserProfile | undefined,
  nonce: string,
  confirmed: boolean,
  now: Date,
  acted = false,
): UserDecision<'forget' | 'answered'> {
  const pending = profile?.forget;
  const valid = pending?.nonce === nonce && Date.parse(pending.expiresAt) > now.getTime();
  if ((valid || acted) && confirmed) return { profile: null, mail: null, outcome: 'forget' };
  return {
    profile: null,
    mail: {
      render: 'commandConfirmation',
      application: null,
      summary: valid ? FORGET_SAID.kept : FORGET_SAID.invalid,
    },
    outcome: 'answered',
  };
}
