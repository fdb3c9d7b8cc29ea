import type { AugmentConsentResponse, ConsentRecord } from '@hub/ozone-connect';

export type ConsentValidation = { valid: true } | { valid: false; code: string; description: string };

/** What the LFI's call is about: the consent's tenant picks the Ozone Connect endpoint to call. */
export interface ConsentLfiContext {
  tenantId: string;
  interactionId?: string;
}

/**
 * The LFI's optional say at consent creation (Ozone Connect `POST /consent/action/validate` and
 * `/consent/action/augment`). A port: the hub binds it to the Ozone Connect client per tenant;
 * the consent domain only sees this interface. Either method may be absent (the LFI did not
 * configure it), in which case nothing is called.
 */
export interface ConsentLfiActions {
  validate?(record: ConsentRecord, context: ConsentLfiContext): Promise<ConsentValidation>;
  augment?(record: ConsentRecord, context: ConsentLfiContext): Promise<AugmentConsentResponse>;
}

/** Injection token of the optional ConsentLfiActions provider. */
export const CONSENT_LFI_ACTIONS = Symbol('CONSENT_LFI_ACTIONS');
