import { asApi, ConsentPatch, ConsentService, ConsentStatus } from '@hub/consent';
import { interactionIdOf } from '@hub/kernel';
import type { CallerIdentity } from '@hub/trust-framework';
import type { Request } from 'express';
import type { parsePatchConsent } from './patch-consent-body';

/**
 * A TPP's PATCH of its consent (any family) as ONE domain change: revoked and resubscribed
 * together or, if refused, neither; the received message is kept for the audit row.
 */
export async function applyTppConsentPatch(
  consents: ConsentService,
  tenantId: string,
  consentId: string,
  change: ReturnType<typeof parsePatchConsent>,
  message: unknown,
  clientId: string,
  caller: CallerIdentity,
  req: Request,
): Promise<void> {
  const patch: ConsentPatch = {
    ...(change.revokedBy ? { status: ConsentStatus.Revoked, revokedBy: change.revokedBy } : {}),
    ...(change.webhook ? { subscription: { Webhook: change.webhook } } : {}),
    raw: message as Record<string, unknown>,
  };
  await asApi(() =>
    consents.patch(tenantId, consentId, patch, {
      actor: 'TPP',
      clientId,
      orgId: caller.organisationId,
      softwareStatementId: caller.softwareStatementId,
      interactionId: interactionIdOf(req),
    }),
  );
}
