import type { AugmentConsentResponse, ConsentRecord, ConsentValidateResponse } from '@hub/ozone-connect';

/** Consents whose id starts with this are refused by validation, so tests can fail it on purpose. */
export const INVALID_CONSENT_PREFIX = 'invalid-';

export const SERVICE_INITIATION_CONSENT_TYPE = 'cbuae-service-initiation-consents';

/**
 * The sandbox LFI's answer to `/consent/action/validate`: every consent is valid, except those a
 * test marks by an id (the consent's own or the TPP-facing `ConsentId`) starting with `invalid-`.
 */
export function validationOf(consent: ConsentRecord): ConsentValidateResponse {
  const ids = [consent.id, consent.consentBody?.Data?.ConsentId].filter((id): id is string => typeof id === 'string');
  const marked = ids.find((id) => id.startsWith(INVALID_CONSENT_PREFIX));
  if (marked) {
    return {
      data: {
        status: 'invalid',
        code: 'Consent.BusinessRuleViolation',
        description: `The LFI refuses consent ${marked}: this sandbox LFI refuses every consent whose id starts with '${INVALID_CONSENT_PREFIX}'`,
      },
      meta: {},
    };
  }
  return { data: { status: 'valid' }, meta: {} };
}

/**
 * The sandbox LFI's answer to `/consent/action/augment`: it levies no charges; a payment consent
 * is told it is not a large corporate one, which keeps the standard billing rules.
 */
export function augmentationOf(consent: ConsentRecord): AugmentConsentResponse {
  return consent.consentType === SERVICE_INITIATION_CONSENT_TYPE ? { OpenFinanceBilling: { IsLargeCorporate: false } } : {};
}
