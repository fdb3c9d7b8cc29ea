import { CONSENT_RAR_TYPES, RAR_TYPES_BY_ROLE, RAR_TYPES_BY_SECTOR } from './rar-types';

describe('RAR types', () => {
  it('gives each consent role its one family', () => {
    expect(RAR_TYPES_BY_ROLE).toEqual({
      BDSP: ['urn:openfinanceuae:account-access-consent:v2.1'],
      BSIP: ['urn:openfinanceuae:service-initiation-consent:v2.1'],
      IDSP: ['urn:openfinanceuae:insurance-consent:v2.1'],
    });
  });

  it('serves accounts and payments at banks, policies at insurers', () => {
    expect(RAR_TYPES_BY_SECTOR.banking).toEqual([CONSENT_RAR_TYPES.accountAccess, CONSENT_RAR_TYPES.serviceInitiation]);
    expect(RAR_TYPES_BY_SECTOR.insurance).toEqual([CONSENT_RAR_TYPES.insurance]);
  });
});
