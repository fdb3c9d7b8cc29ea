import type { ConsentRecord } from '@hub/ozone-connect';
import { augmentationOf, validationOf } from './consent-decisions';

function consent(id: string, consentType = 'cbuae-account-access-consents', consentId = id): ConsentRecord {
  // Only what the decisions read; the rest of the record does not matter to them.
  return { id, consentType, consentBody: { Data: { ConsentId: consentId } } } as unknown as ConsentRecord;
}

describe('validationOf', () => {
  it('finds every consent valid by default', () => {
    expect(validationOf(consent('c-1'))).toEqual({ data: { status: 'valid' }, meta: {} });
  });

  it.each([
    ['the TPP-facing ConsentId', consent('c-1', undefined, 'invalid-1')],
    ['the consent id', consent('invalid-2', undefined, 'c-2')],
  ])('refuses a consent when %s starts with invalid-', (_what, c) => {
    const { data } = validationOf(c);
    expect(data).toMatchObject({ status: 'invalid', code: 'Consent.BusinessRuleViolation' });
    expect(data.description).toContain('invalid-');
  });
});

describe('augmentationOf', () => {
  it('adds nothing to a data-sharing or insurance consent', () => {
    expect(augmentationOf(consent('c-1'))).toEqual({});
    expect(augmentationOf(consent('c-2', 'cbuae-insurance-consents'))).toEqual({});
  });

  it('tells a service-initiation consent it is not a large corporate one', () => {
    expect(augmentationOf(consent('c-3', 'cbuae-service-initiation-consents'))).toEqual({ OpenFinanceBilling: { IsLargeCorporate: false } });
  });
});
