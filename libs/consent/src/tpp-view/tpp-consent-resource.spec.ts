import type { ConsentRecord } from '@hub/ozone-connect';
import { ConsentStatus } from '../domain/consent-status';
import { applyAugmentation } from '../domain/new-consent';
import { tokenAuthorizationDetails } from './token-authorization-details';
import { tppConsentResource, tppConsentSelfUrl } from './tpp-consent-resource';
import { authorized, AUTHORIZED, CREATED, EXPIRES, FAMILIES, moved, newConsent, newConsentFrom, rarFor, revoked, REVOKED, RS } from './tpp-view-test-records.fixture';

const o = { resourceServerUrl: RS };
const stamp = (d: Date) => d.toISOString().replace(/Z$/, '+00:00');

describe('tppConsentResource', () => {
  it('shows a new data-sharing consent as the standard resource: Data, Subscription, Links.Self, Meta', () => {
    const record = newConsent('accounts');
    expect(tppConsentResource(record, o)).toEqual({
      Data: {
        ConsentId: record.id,
        CreationDateTime: stamp(CREATED),
        Status: 'AwaitingAuthorization',
        StatusUpdateDateTime: stamp(CREATED),
        Permissions: ['ReadAccountsBasic', 'ReadBalances'],
        ExpirationDateTime: EXPIRES.toISOString(),
        OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' },
      },
      Subscription: { Webhook: { Url: 'https://tpp.example/webhook', IsActive: true } },
      Links: { Self: `${RS}/open-finance/account-information/v2.1/account-access-consents/${record.id}` },
      Meta: {},
    });
  });

  it('lists Data members in the order of the standard schema', () => {
    expect(Object.keys(tppConsentResource(revoked('accounts'), o).Data)).toEqual([
      'ConsentId',
      'CreationDateTime',
      'Status',
      'StatusUpdateDateTime',
      'Permissions',
      'ExpirationDateTime',
      'OpenFinanceBilling',
      'RevokedBy',
    ]);
  });

  it.each(FAMILIES)('%s: an authorized consent shows the new status and when it changed, and no RevokedBy', (family) => {
    const { Data } = tppConsentResource(authorized(family), o);
    expect(Data).toMatchObject({ Status: 'Authorized', StatusUpdateDateTime: stamp(AUTHORIZED), CreationDateTime: stamp(CREATED) });
    expect(Data).not.toHaveProperty('RevokedBy');
  });

  it.each(FAMILIES)('%s: a revoked consent says who revoked it', (family) => {
    const { Data } = tppConsentResource(revoked(family, 'LFI.InitiatedByUser'), o);
    expect(Data).toMatchObject({ Status: 'Revoked', StatusUpdateDateTime: stamp(REVOKED), RevokedBy: 'LFI.InitiatedByUser' });
  });

  it('takes the status from the record, and shows RevokedBy only while the consent is Revoked', () => {
    const record = revoked('accounts');
    record.status = ConsentStatus.Expired; // e.g. a view written before the record moved on
    const { Data } = tppConsentResource(record, o);
    expect(Data.Status).toBe('Expired');
    expect(Data).not.toHaveProperty('RevokedBy');
  });

  it('falls back to CreationDateTime when the record has no status-update time', () => {
    const record = newConsent('insurance');
    record.ozoneSupplementaryInformation = {};
    expect(tppConsentResource(record, o).Data.StatusUpdateDateTime).toBe(stamp(CREATED));
  });

  it('gives BaseConsentId only when the TPP sent one', () => {
    expect(tppConsentResource(newConsent('accounts'), o).Data).not.toHaveProperty('BaseConsentId');
    expect(tppConsentResource(newConsent('accounts', { BaseConsentId: 'root-1' }), o).Data.BaseConsentId).toBe('root-1');
  });

  it('never shows PersonalIdentifiableInformation, even if it reached consentBody', () => {
    const record = authorized('payments');
    const pii = String(record.request.consent.PersonalIdentifiableInformation);
    record.consentBody.Data.PersonalIdentifiableInformation = pii;
    const resource = tppConsentResource(record, o);
    expect(resource.Data).not.toHaveProperty('PersonalIdentifiableInformation');
    expect(JSON.stringify(resource)).not.toContain(pii);
  });

  it('drops members the family schema does not name, including foreign billing members', () => {
    const record = authorized('payments');
    Object.assign(record.consentBody.Data, { Foo: 1, Permissions: ['ReadBalances'], OpenFinanceBilling: { UserType: 'SME', IsLargeCorporate: true } });
    record.consentBody.Meta = { Foo: 2 };
    const resource = tppConsentResource(record, o);
    expect(resource.Data).not.toHaveProperty('Foo');
    expect(resource.Data).toMatchObject({ Permissions: ['ReadBalances'], OpenFinanceBilling: { IsLargeCorporate: true } });
    expect(resource.Data.OpenFinanceBilling).not.toHaveProperty('UserType');
    expect(resource.Meta).toEqual({});
  });

  it('leaves out a payment consent billing object that has nothing the TPP may see', () => {
    expect(tppConsentResource(newConsent('payments'), o).Data).not.toHaveProperty('OpenFinanceBilling');
  });

  it('gives every date-time a timezone, echoing those that have one', () => {
    const record = newConsent('payments', { AuthorizationExpirationDateTime: '2026-03-01T16:00:00+04:00' });
    record.consentBody.Data.ExpirationDateTime = '2026-05-30T10:00:00';
    const { Data } = tppConsentResource(record, o);
    expect(Data.AuthorizationExpirationDateTime).toBe('2026-03-01T16:00:00+04:00');
    expect(Data.ExpirationDateTime).toMatch(/^2026-05-\d\dT\d\d:\d\d:00\.000\+00:00$/);
  });

  it('does not change the record', () => {
    const record = revoked('payments');
    const before = structuredClone(record);
    tppConsentResource(record, o);
    expect(record).toEqual(before);
  });

  it('refuses a record of an unknown consent type', () => {
    const record: ConsentRecord = { ...newConsent('accounts'), consentType: 'cbuae-fx-consents' };
    expect(() => tppConsentResource(record, o)).toThrow(/No TPP consent resource for consentType cbuae-fx-consents/);
  });
});

describe('payment consents', () => {
  it('add Links.Related and Meta; PaymentConsumption only from the payment log (@hub/payments)', () => {
    const resource = tppConsentResource(authorized('payments'), o);
    expect(resource.Data).toMatchObject({
      ControlParameters: { ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '100.00', Currency: 'AED' } } } },
      PaymentPurposeCode: 'ACM',
    });
    expect(resource.Data).not.toHaveProperty('PaymentConsumption');
    expect(resource.Data).not.toHaveProperty('Charges');
    expect(resource.Data).not.toHaveProperty('ExchangeRate');
    expect(resource.Links).toEqual({ Self: `${RS}/open-finance/payment/v2.1/payment-consents/${resource.Data.ConsentId}`, Related: [] });
    expect(resource.Meta).toEqual({});
  });

  it('show the consumption and the payments the caller counted from the payment log', () => {
    const consumed = { CumulativeNumberOfPayments: 2, CumulativeValueOfPayments: { Amount: '150.00', Currency: 'AED' } };
    const related = [`${RS}/open-finance/payment/v2.1/payments/p-1`, `${RS}/open-finance/payment/v2.1/payments/p-2`];
    const resource = tppConsentResource(authorized('payments'), { ...o, paymentConsumption: consumed, relatedPayments: related });
    expect(resource.Data.PaymentConsumption).toEqual(consumed);
    expect(resource.Links.Related).toEqual(related);
  });

  it('ignore a consumption given for a data-sharing consent, which has none', () => {
    const consumed = { CumulativeNumberOfPayments: 1, CumulativeValueOfPayments: { Amount: '1.00', Currency: 'AED' } };
    const resource = tppConsentResource(authorized('accounts'), { ...o, paymentConsumption: consumed, relatedPayments: ['x'] });
    expect(resource.Data).not.toHaveProperty('PaymentConsumption');
    expect(resource.Links).not.toHaveProperty('Related');
  });

  it('show the LFI pricing and authorizers when present, in their closed shapes', () => {
    const record = newConsent('payments');
    applyAugmentation(record, {
      Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '1.50', Currency: 'AED' }, Internal: 'x' }],
      ExchangeRate: { UnitCurrency: 'USD', ExchangeRate: 3.6725, RateType: 'Indicative', ExpirationDateTime: '2026-03-01T12:00:00' },
      OpenFinanceBilling: { IsLargeCorporate: false },
    });
    record.consentBody.Meta = {
      MultipleAuthorizers: { TotalRequired: 2, Authorizations: [{ AuthorizerId: 'a1', AuthorizationStatus: 'Approved', AuthorizationDate: '2026-03-01T10:01:00Z', Note: 'n' }] },
    };
    const resource = tppConsentResource(moved(record, ConsentStatus.Authorized, AUTHORIZED), o);
    expect(resource.Data).toMatchObject({
      Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '1.50', Currency: 'AED' } }],
      ExchangeRate: { UnitCurrency: 'USD', ExchangeRate: 3.6725, RateType: 'Indicative' },
      OpenFinanceBilling: { IsLargeCorporate: false },
    });
    expect(resource.Data.Charges).toEqual([{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '1.50', Currency: 'AED' } }]);
    expect((resource.Data.ExchangeRate as { ExpirationDateTime: string }).ExpirationDateTime).toMatch(/\+00:00$/);
    expect(resource.Meta).toEqual({
      MultipleAuthorizers: { TotalRequired: 2, Authorizations: [{ AuthorizerId: 'a1', AuthorizationDate: '2026-03-01T10:01:00Z', AuthorizationStatus: 'Approved' }] },
    });
  });
});

describe('tppConsentSelfUrl', () => {
  it.each([
    ['accounts', '/open-finance/account-information/v2.1/account-access-consents/'],
    ['payments', '/open-finance/payment/v2.1/payment-consents/'],
    ['insurance', '/open-finance/insurance/v2.1/insurance-consents/'],
  ] as const)('%s: %s{ConsentId} under the resource server', (family, path) => {
    const record = newConsent(family);
    expect(tppConsentSelfUrl(record, o)).toBe(`${RS}${path}${record.id}`);
    expect(tppConsentResource(record, o).Links.Self).toBe(`${RS}${path}${record.id}`);
  });

  it('tolerates a trailing slash and escapes the TPP-chosen ConsentId', () => {
    const record = newConsentFrom(rarFor('accounts', {}, 'a b/c'));
    expect(tppConsentSelfUrl(record, { resourceServerUrl: `${RS}/` })).toBe(`${RS}/open-finance/account-information/v2.1/account-access-consents/a%20b%2Fc`);
  });
});

describe('tokenAuthorizationDetails', () => {
  it.each(FAMILIES)('%s: one item, the lodged RAR type with the current consent resource', (family) => {
    const record = authorized(family);
    const consent = tppConsentResource(record, o);
    expect(tokenAuthorizationDetails(record, consent)).toEqual([{ type: record.rarType, consent }]);
  });

  it('shows the insurance subscription and an empty Meta', () => {
    const record = newConsent('insurance');
    const [{ type, consent }] = tokenAuthorizationDetails(record, tppConsentResource(record, o));
    expect(type).toBe('urn:openfinanceuae:insurance-consent:v2.1');
    expect(consent.Subscription).toEqual({ Webhook: { Url: 'https://tpp.example/insurance-webhook', IsActive: false } });
    expect(consent.Meta).toEqual({});
  });
});
