import type { PortalLinkProblem } from '@helpdock/sdk/schemas';
import { statusOf } from '../core/errors.js';

const reasons: readonly PortalLinkProblem[] = ['invalid', 'revoked', 'expired'];

/**
 * Why a portal call was refused, when it was: the 401's `details` entry for `token` names the
 * reason (`invalid`, `revoked`, `expired`); a 401 without one is treated as an invalid link.
 * `undefined` for any other failure (network, 5xx…), which is not the link's fault.
 */
export function linkProblemOf(error: unknown): PortalLinkProblem | undefined {
  if (statusOf(error) !== 401) return undefined;
  const details = (error as { details?: readonly { path: string; message: string }[] }).details ?? [];
  const reason = details.find((detail) => detail.path === 'token')?.message;
  return reasons.find((known) => known === reason) ?? 'invalid';
}
