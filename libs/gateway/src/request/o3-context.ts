import { interactionIdOf } from '@hub/kernel';
import type { O3Context } from '@hub/ozone-connect';
import type { CallerIdentity } from '@hub/trust-framework';
import type { Request } from 'express';

/**
 * What the LFI learns of the TPP call behind a hub request (the o3 headers): the caller's ids,
 * the parameterised TPP path and method, and the interaction ids; a consented call adds its
 * consent and PSU (and, for transactions, whether only FX ones are consented).
 */
export function o3ContextOf(req: Request, caller: CallerIdentity, call: { apiUri: string; method: string }, consent?: Pick<O3Context, 'consentId' | 'psuIdentifiers' | 'fxTransactions'>): O3Context {
  const sent = req.headers['x-fapi-interaction-id'];
  return {
    callerOrgId: caller.organisationId,
    callerClientId: caller.clientId,
    callerSoftwareStatementId: caller.softwareStatementId,
    apiUri: call.apiUri,
    apiOperation: call.method,
    ...consent,
    callerInteractionId: typeof sent === 'string' ? sent : undefined,
    ozoneInteractionId: interactionIdOf(req),
  };
}
