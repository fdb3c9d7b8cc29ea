import { validateAuthorizationDetail } from './validate-authorization-detail';
import { ACCOUNT_ACCESS_CASES, INSURANCE_CASES, SERVICE_INITIATION_CASES, type RarCase } from './testing/rar-cases';
import { accountAccessDetail, changed, RAR_TEST_NOW, REMOVE, serviceInitiationDetail } from './testing/rar-fixtures';

const FAMILIES: [string, RarCase[]][] = [
  ['Bank Data Sharing (account-access-consent)', ACCOUNT_ACCESS_CASES],
  ['Bank Service Initiation (service-initiation-consent)', SERVICE_INITIATION_CASES],
  ['Insurance Data Sharing (insurance-consent)', INSURANCE_CASES],
];

describe('validateAuthorizationDetail', () => {
  describe.each(FAMILIES)('%s', (_family, cases) => {
    const valid = cases.filter((c) => !c.problem).map((c) => [c.name, c] as const);
    const invalid = cases.filter((c) => c.problem).map((c) => [c.name, c] as const);

    it.each(valid)('accepts %s', (_name, c) => {
      expect(validateAuthorizationDetail(c.detail, RAR_TEST_NOW)).toEqual([]);
    });

    it.each(invalid)('refuses %s', (_name, c) => {
      const [first] = validateAuthorizationDetail(c.detail, RAR_TEST_NOW);
      expect(first).toEqual({ path: c.problem!.path, message: expect.stringMatching(c.problem!.message) });
    });
  });

  it('writes every message in the ASCII an OAuth error_description allows (before echoing input)', () => {
    const messages = [...ACCOUNT_ACCESS_CASES, ...SERVICE_INITIATION_CASES, ...INSURANCE_CASES].flatMap((c) =>
      validateAuthorizationDetail(c.detail, RAR_TEST_NOW).map((p) => p.message),
    );
    expect(messages.filter((m) => /[^\x20-\x21\x23-\x5b\x5d-\x7e]/.test(m))).toEqual([]);
  });

  it('judges expiry against the given now', () => {
    const detail = accountAccessDetail();
    expect(validateAuthorizationDetail(detail, RAR_TEST_NOW)).toEqual([]);
    expect(validateAuthorizationDetail(detail, new Date('2026-07-15T05:00:00Z'))).toEqual([
      { path: 'consent.ExpirationDateTime', message: 'must be in the future (now is 2026-07-15T05:00:00.000Z)' },
    ]);
  });

  it('lists the most important problems first: the shape, then missing, wrong and unknown members', () => {
    const detail = changed(changed(changed(accountAccessDetail(), 'consent.Extra', 1), 'consent.ConsentId', REMOVE), 'consent.AccountType', ['Personal']);
    expect(validateAuthorizationDetail({ ...detail, Subscription: {} }, RAR_TEST_NOW).map((p) => p.path)).toEqual([
      'Subscription',
      'consent.ConsentId',
      'consent.AccountType[0]',
      'consent.Extra',
    ]);
  });

  it('does not look into the consent of a type it does not serve', () => {
    expect(validateAuthorizationDetail({ type: 'urn:openfinanceuae:fx-consent:v2.1', consent: { anything: true } }, RAR_TEST_NOW)).toEqual([
      { path: 'type', message: expect.stringMatching(/^must be one of /) },
    ]);
  });

  it('reports every wrong member of a consent, not only the first', () => {
    const detail = changed(changed(serviceInitiationDetail(), 'consent.PaymentPurposeCode', 'x'), 'consent.DebtorReference', '');
    expect(validateAuthorizationDetail(detail, RAR_TEST_NOW).map((p) => p.path)).toEqual(['consent.DebtorReference', 'consent.PaymentPurposeCode']);
  });

  it.each([null, 'urn:openfinanceuae:account-access-consent:v2.1', 42])('refuses %p as a detail', (detail) => {
    expect(validateAuthorizationDetail(detail, RAR_TEST_NOW)).toEqual([{ path: '', message: expect.stringContaining('must be a JSON object') }]);
  });

  it('leaves the detail it validates untouched', () => {
    const detail = serviceInitiationDetail();
    const before = structuredClone(detail);
    validateAuthorizationDetail(detail, RAR_TEST_NOW);
    expect(detail).toEqual(before);
  });
});
