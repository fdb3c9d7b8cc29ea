import type { ConsentRecord } from '@hub/ozone-connect';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { ConsentStatus } from '../domain/consent-status';
import { applyAugmentation } from '../domain/new-consent';
import { tokenAuthorizationDetails } from './token-authorization-details';
import { tppConsentResource } from './tpp-consent-resource';
import { AUTHORIZED, authorized, type Family, FAMILIES, moved, newConsent, revoked } from './tpp-view-test-records.fixture';

/**
 * The TPP view against the official v2.1 documents: each family's resource against the consent
 * component the token response references and against its API's GET …-consents/{ConsentId}
 * response, and whole token responses against the two grant components.
 */
const AUTHORIZATION = 'standards/v2.1-errata2/uae-authorization-endpoints-openapi.yaml';
const API_DOCS: Record<Family, [string, string]> = {
  accounts: ['standards/v2.1-errata2/uae-account-information-openapi.yaml', 'AEConsentStatus.AEBankDataSharingConsentPropertiesV21'],
  payments: ['standards/v2.1-errata2/uae-bank-initiation-openapi.yaml', 'AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties'],
  insurance: ['standards/v2.1-errata1/uae-insurance-openapi.yaml', 'AEReadInsuranceConsent1'],
};
/** The consent components of the token response's authorization_details items. */
const TOKEN_CONSENTS: Record<Family, string> = {
  accounts: 'AEConsentStatus.AEBankDataSharingConsentPropertiesV21',
  payments: 'AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties',
  insurance: 'AEInsurance.AEReadInsuranceConsent1',
};
const LODGED: Record<Family, string> = {
  accounts: 'AEAuthorizationEndpointsV21.AEBankDataSharingLodgedAuthorizationDetailsProperties',
  payments: 'AEAuthorizationEndpointsV21.AEBankServiceInitiationLodgedAuthorizationDetailsProperties',
  insurance: 'AEAuthorizationEndpointsV21.AEInsuranceDataSharingLodgedAuthorizationDetailsProperties',
};
const SCOPE: Record<Family, string> = { accounts: 'openid accounts', payments: 'openid payments', insurance: 'openid insurance' };
const SI_DATA = (doc: any) => doc.components.schemas[TOKEN_CONSENTS.payments].properties.Data.properties;
/**
 * A public host: the payment resource's Links.Self is `format: url`, which ajv-formats reads as a
 * web URL with a dotted domain, so the sandbox's default https://localhost:8443/… fails it (the
 * other families use `format: uri`, which accepts localhost).
 */
const RS = 'https://rs1.falcon-bank.sandbox.example/falcon-bank/rs';
const o = { resourceServerUrl: RS };

/**
 * In the authorization-endpoints document the payment consent's Data.CreationDateTime and
 * Data.StatusUpdateDateTime point at `AECreationDateTime` / `AEStatusUpdateDateTime`, which are
 * objects ({CreationDateTime} / {StatusUpdateDateTime}); every other consent resource, and the
 * same component in the bank-initiation document, use the date-time strings
 * `AEConsentStatus.AECreationDateTime` / `AEConsentStatus.AEStatusUpdateDateTime`. One resource
 * serves the token response and GET /payment-consents, so it keeps the strings, and the payment
 * checks read the authorization document with those two references restored.
 */
function asMeant(doc: any): any {
  const copy = structuredClone(doc);
  SI_DATA(copy).CreationDateTime = { $ref: '#/components/schemas/AEConsentStatus.AECreationDateTime' };
  SI_DATA(copy).StatusUpdateDateTime = { $ref: '#/components/schemas/AEConsentStatus.AEStatusUpdateDateTime' };
  return copy;
}

/** Records using every member the family's RAR and the LFI can contribute. */
function fullConsent(family: Family): ConsentRecord {
  if (family === 'accounts') {
    const record = newConsent('accounts', {
      BaseConsentId: randomUUID(),
      FromDate: '2025-01-01',
      ToDate: '2026-12-31',
      AccountType: ['Retail'],
      AccountSubType: ['CurrentAccount', 'Savings'],
      OnBehalfOf: { TradingName: 'Acme', LegalName: 'Acme LLC', IdentifierType: 'Other', Identifier: 'ACME-1' },
    });
    applyAugmentation(record, { OpenFinanceBilling: { IsLargeCorporate: true } });
    return moved(record, ConsentStatus.Authorized, AUTHORIZED);
  }
  if (family === 'insurance') {
    const record = newConsent('insurance', { BaseConsentId: randomUUID(), OnBehalfOf: { TradingName: 'Acme' } });
    applyAugmentation(record, { OpenFinanceBilling: { IsLargeCorporate: false } });
    return moved(record, ConsentStatus.Authorized, AUTHORIZED);
  }
  const record = newConsent('payments', {
    BaseConsentId: 'base-1',
    IsSingleAuthorization: false,
    AuthorizationExpirationDateTime: '2026-03-02T10:00:00+00:00',
    Permissions: ['ReadAccountsBasic', 'ReadBalances'],
    CurrencyRequest: { ExtendedPurpose: 'Family support', CurrencyOfTransfer: 'USD', ChargeBearer: 'Shared' },
    DebtorReference: 'rent march',
    CreditorReference: 'INV-42',
    SponsoredTPPInformation: { Name: 'Small TPP', Identification: 'stpp-1' },
    ControlParameters: {
      IsDelegatedAuthentication: false,
      ConsentSchedule: {
        MultiPayment: {
          MaximumCumulativeNumberOfPayments: 12,
          MaximumCumulativeValueOfPayments: { Amount: '1200.00', Currency: 'AED' },
          PeriodicSchedule: { Type: 'FixedPeriodicSchedule', PeriodType: 'Month', PeriodStartDate: '2026-03-01', Amount: { Amount: '100.00', Currency: 'AED' } },
        },
      },
    },
  });
  applyAugmentation(record, {
    Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '1.50', Currency: 'AED' } }],
    ExchangeRate: { UnitCurrency: 'USD', ExchangeRate: 3.6725, RateType: 'Indicative', ContractIdentification: 'fx-1', ExpirationDateTime: '2026-03-01T12:00:00+00:00' },
    OpenFinanceBilling: { IsLargeCorporate: false },
  });
  record.consentBody.Meta = {
    MultipleAuthorizers: { TotalRequired: 2, Authorizations: [{ AuthorizerId: 'a1', AuthorizerType: 'Financial', AuthorizationDate: '2026-03-01T10:01:00+00:00', AuthorizationStatus: 'Approved' }] },
  };
  return moved(record, ConsentStatus.Authorized, AUTHORIZED);
}

const STATES: [string, (f: Family) => ConsentRecord][] = [
  ['AwaitingAuthorization', (f) => newConsent(f)],
  ['Authorized', (f) => authorized(f)],
  ['Revoked', (f) => revoked(f)],
  ['with every optional member', fullConsent],
];

function tokenResponse(record: ConsentRecord, family: Family): Record<string, unknown> {
  return {
    access_token: randomUUID(),
    token_type: 'Bearer',
    expires_in: 600,
    scope: SCOPE[family],
    refresh_token: randomUUID(),
    id_token: 'a.b.c',
    authorization_details: tokenAuthorizationDetails(record, tppConsentResource(record, o)),
  };
}

describe('conformance of the TPP consent view with the official v2.1 documents', () => {
  let auth: any;
  let authAsMeant: any;
  const apiDocs: Partial<Record<Family, any>> = {};
  beforeAll(() => {
    auth = readOfficialSpec(AUTHORIZATION);
    authAsMeant = asMeant(auth);
    for (const family of FAMILIES) apiDocs[family] = readOfficialSpec(API_DOCS[family][0]);
  });
  const tokenDoc = (family: Family) => (family === 'payments' ? authAsMeant : auth);

  it('token responses reference the consent components checked here', () => {
    const items = auth.components.schemas['AEAuthorizationEndpointsV21.AELodgedAuthorizationDetailsTypes'].oneOf.map((r: { $ref: string }) => r.$ref);
    expect(items).toEqual(FAMILIES.map((f) => `#/components/schemas/${LODGED[f]}`));
    for (const family of FAMILIES) {
      expect(auth.components.schemas[LODGED[family]].properties.consent.$ref).toBe(`#/components/schemas/${TOKEN_CONSENTS[family]}`);
    }
  });

  it('the published payment consent component still has object-typed date-times (read asMeant)', () => {
    expect(SI_DATA(auth).CreationDateTime.$ref).toBe('#/components/schemas/AECreationDateTime');
    expect(SI_DATA(auth).StatusUpdateDateTime.$ref).toBe('#/components/schemas/AEStatusUpdateDateTime');
    const asPublished = validateAgainstComponent(auth, TOKEN_CONSENTS.payments, tppConsentResource(authorized('payments'), o));
    const complaints = asPublished.errors.split('\n');
    expect(complaints).toHaveLength(2);
    expect(complaints).toEqual(expect.arrayContaining([expect.stringMatching(/^data\/Data\/CreationDateTime must be object$/), expect.stringMatching(/^data\/Data\/StatusUpdateDateTime must be object$/)]));
  });

  describe.each(FAMILIES)('%s', (family) => {
    it.each(STATES)('%s: valid against the token response consent component', (_, build) => {
      const resource = tppConsentResource(build(family), o);
      expect(validateAgainstComponent(tokenDoc(family), TOKEN_CONSENTS[family], resource).errors).toBe('No errors');
    });

    it.each(STATES)('%s: valid against the GET …-consents/{ConsentId} response of its API', (_, build) => {
      const resource = tppConsentResource(build(family), o);
      expect(validateAgainstComponent(apiDocs[family], API_DOCS[family][1], resource).errors).toBe('No errors');
    });

    it('makes a valid authorization-code grant token response', () => {
      const response = tokenResponse(fullConsent(family), family);
      expect(validateAgainstComponent(tokenDoc(family), 'AEAuthorizationCodeGrantTokenResponseProperties', response).errors).toBe('No errors');
    });

    it('makes a valid refresh-token grant token response (which has no refresh_token member)', () => {
      const { refresh_token: _rotated, ...response } = tokenResponse(revoked(family), family);
      expect(validateAgainstComponent(tokenDoc(family), 'AERefreshTokenGrantTokenResponseProperties', response).errors).toBe('No errors');
      const withRefreshToken = validateAgainstComponent(tokenDoc(family), 'AERefreshTokenGrantTokenResponseProperties', { ...response, refresh_token: 'r' });
      expect(withRefreshToken.errors).toMatch(/must NOT have additional properties/);
    });
  });

  it('the token responses require and allow these members', () => {
    const members = (name: string) => ({ required: auth.components.schemas[name].required, allowed: Object.keys(auth.components.schemas[name].properties) });
    const common = ['access_token', 'token_type', 'expires_in', 'authorization_details'];
    expect(members('AEAuthorizationCodeGrantTokenResponseProperties')).toEqual({
      required: common,
      allowed: ['access_token', 'token_type', 'expires_in', 'scope', 'state', 'refresh_token', 'id_token', 'authorization_details'],
    });
    expect(members('AERefreshTokenGrantTokenResponseProperties')).toEqual({
      required: common,
      allowed: ['access_token', 'token_type', 'expires_in', 'scope', 'state', 'id_token', 'authorization_details'],
    });
  });

  it('the /token 200 oneOf holds only for an authorization-code response that carries a refresh_token', () => {
    // The refresh-token component's members are a subset of the authorization-code one's, so a
    // response without refresh_token matches both and fails `oneOf`: include refresh_token.
    const doc = structuredClone(authAsMeant);
    doc.components.schemas.TokenResponse200 = doc.paths['/token'].post.responses['200'].content['application/json'].schema;
    const response = tokenResponse(authorized('payments'), 'payments');
    expect(validateAgainstComponent(doc, 'TokenResponse200', response).errors).toBe('No errors');
    const { refresh_token: _none, ...withoutRefreshToken } = response;
    expect(validateAgainstComponent(doc, 'TokenResponse200', withoutRefreshToken).errors).toMatch(/must match exactly one schema in oneOf/);
  });

  it('rejects what the stored consentBody would add (the schemas are closed)', () => {
    const record = authorized('payments');
    const raw = { ...record.consentBody, Links: { Self: `${RS}/x`, Related: [] }, Meta: {} };
    raw.Data = { ...raw.Data, PersonalIdentifiableInformation: 'x.y.z.w.v' };
    expect(validateAgainstComponent(authAsMeant, TOKEN_CONSENTS.payments, raw).valid).toBe(false);
  });
});
