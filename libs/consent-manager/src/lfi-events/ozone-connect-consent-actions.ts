import { InjectConfig, SandboxConfig } from '@hub/kernel';
import { AugmentConsentResponse, ConsentRecord, O3Context, OzoneConnectClients } from '@hub/ozone-connect';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ConsentLfiActions, ConsentLfiContext, ConsentValidation } from '@hub/consent';

function o3ContextFor(record: ConsentRecord, context: ConsentLfiContext, action: string): O3Context {
  return {
    callerOrgId: record.tpp.orgId,
    callerClientId: record.tpp.clientId,
    callerSoftwareStatementId: record.tpp.softwareStatementId,
    apiUri: `/consent/action/${action}`,
    apiOperation: 'POST',
    consentId: record.id,
    ozoneInteractionId: context.interactionId ?? randomUUID(),
    callerInteractionId: context.interactionId,
  };
}

/**
 * The ConsentLfiActions port bound to Ozone Connect: `POST /consent/action/validate` and
 * `/consent/action/augment` of the consent's tenant, only where that tenant enables them
 * (`tenants[].consentActions`). Any failure to get an answer fails the creation: a consent the
 * LFI could not check is not created.
 */
@Injectable()
export class OzoneConnectConsentActions implements ConsentLfiActions {
  constructor(
    private readonly clients: OzoneConnectClients,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  private enabled(tenantId: string, action: 'validate' | 'augment'): boolean {
    return Boolean(this.config.tenants.find((t) => t.id === tenantId)?.consentActions?.[action]);
  }

  async validate(record: ConsentRecord, context: ConsentLfiContext): Promise<ConsentValidation> {
    if (!this.enabled(context.tenantId, 'validate')) return { valid: true };
    const answer = await this.clients.forTenant(context.tenantId).validateConsent(record, o3ContextFor(record, context, 'validate'));
    if (answer.data.status === 'valid') return { valid: true };
    return { valid: false, code: answer.data.code ?? 'Consent.Invalid', description: answer.data.description ?? 'The LFI found the consent invalid' };
  }

  async augment(record: ConsentRecord, context: ConsentLfiContext): Promise<AugmentConsentResponse> {
    if (!this.enabled(context.tenantId, 'augment')) return {};
    return this.clients.forTenant(context.tenantId).augmentConsent(record, o3ContextFor(record, context, 'augment'));
  }
}
