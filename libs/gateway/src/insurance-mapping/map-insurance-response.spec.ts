import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { INSURANCE_LINES, insuranceOperationAllowed, mapInsuranceResponse, type InsuranceLine, type InsuranceOperation } from './index-internal';
import { ocPaymentDetails, ocPolicies, ocPolicy, POLICY_ID } from './testing/oc-fixtures';

const ALL = ['ReadInsurancePolicies', 'ReadCustomerBasic', 'ReadCustomerDetail', 'ReadCustomerPaymentDetails', 'ReadInsuranceProduct', 'ReadCustomerClaims', 'ReadInsurancePremium'];
const base = (line: InsuranceLine) => `https://hub.example/gamma/rs/open-finance/insurance/v2.1/${line}-insurance-policies`;
const ctxOf = (url: string, page = 1, pageSize = 100) => ({ selfUrl: url, page, pageSize });
const cap = (line: string) => line[0].toUpperCase() + line.slice(1);

describe('mapInsuranceResponse', () => {
  it('maps a paged list with the links of the TPP\'s URL and TotalPages', () => {
    const out = mapInsuranceResponse('motor', 'policies', ocPolicies('motor'), ctxOf(`${base('motor')}?page=2&page-size=2`, 2, 2), { permissions: ['ReadInsurancePolicies'] });
    expect(out.Data).toEqual({ Policies: ocPolicies('motor').data.Policies });
    expect(out.Meta).toEqual({ TotalPages: 3 });
    expect(out.Links).toEqual({
      Self: `${base('motor')}?page=2&page-size=2`,
      First: `${base('motor')}?page=1&page-size=2`,
      Prev: `${base('motor')}?page=1&page-size=2`,
      Next: `${base('motor')}?page=3&page-size=2`,
      Last: `${base('motor')}?page=3&page-size=2`,
    });
  });

  it('answers an unpaged list as one page with only a Self link', () => {
    const out = mapInsuranceResponse('home', 'policies', { data: { Policies: [] } }, ctxOf(base('home')), { permissions: ['ReadInsurancePolicies'] });
    expect(out).toEqual({ Data: { Policies: [] }, Links: { Self: base('home') }, Meta: { TotalPages: 1 } });
  });

  it('keeps only the clusters the permissions unlock', () => {
    const url = `${base('health')}/${POLICY_ID}`;
    const only = mapInsuranceResponse('health', 'policy', ocPolicy('health'), ctxOf(url), { permissions: ['ReadInsurancePolicies'] });
    expect(only).toEqual({ Data: { InsurancePolicyId: POLICY_ID }, Links: { Self: url }, Meta: {} });
    const basic = mapInsuranceResponse('health', 'policy', ocPolicy('health'), ctxOf(url), { permissions: ['ReadInsurancePolicies', 'ReadCustomerBasic', 'ReadInsurancePremium'] });
    expect(Object.keys(basic.Data).sort()).toEqual(['InsurancePolicyId', 'PolicyHolder', 'Premium']);
    expect(basic.Data.PolicyHolder).not.toHaveProperty('Employment');
    const detail = mapInsuranceResponse('health', 'policy', ocPolicy('health'), ctxOf(url), { permissions: ALL });
    expect(Object.keys(detail.Data).sort()).toEqual(['Claims', 'Identity', 'InsurancePolicyId', 'PolicyHolder', 'Premium', 'Product']);
    expect(detail.Data.PolicyHolder).toHaveProperty('Employment');
    // Detail without Basic: no PolicyHolder at all (its required names are Basic data).
    const noBasic = mapInsuranceResponse('health', 'policy', ocPolicy('health'), ctxOf(url), { permissions: ['ReadInsurancePolicies', 'ReadCustomerDetail'] });
    expect(Object.keys(noBasic.Data).sort()).toEqual(['Identity', 'InsurancePolicyId']);
  });

  it('does not change its input and drops members the standard does not know', () => {
    const oc = ocPolicies('life');
    (oc.data.Policies[0] as Record<string, unknown>).InternalRef = 'x';
    const before = JSON.stringify(oc);
    const out = mapInsuranceResponse('life', 'policies', oc, ctxOf(base('life')), { permissions: ['ReadInsurancePolicies'] });
    expect(JSON.stringify(oc)).toBe(before);
    expect((out.Data.Policies as object[])[0]).not.toHaveProperty('InternalRef');
  });

  it('refuses to map an operation whose permission the consent lacks', () => {
    expect(insuranceOperationAllowed('payment-details', ['ReadInsurancePolicies'])).toBe(false);
    expect(() => mapInsuranceResponse('motor', 'payment-details', ocPaymentDetails(), ctxOf(base('motor')), { permissions: ['ReadInsurancePolicies'] })).toThrow('ReadCustomerPaymentDetails');
  });
});

describe('insurance mapping conformance: OC answer valid → mapped answer valid', () => {
  let oc: any;
  let std: any;
  beforeAll(() => {
    oc = readOfficialSpec('ozone-connect/v2.1.x/uae-ozone-connect-insurance-openapi.yaml');
    std = readOfficialSpec('standards/v2.1-errata1/uae-insurance-openapi.yaml');
  });
  /** The OC 200 schema of an operation, named so it validates like a component (several are inline). */
  const ocComponent = (path: string) => {
    const name = `Response_${path.replace(/[^A-Za-z]/g, '_')}`;
    oc.components.schemas[name] = oc.paths[path].get.responses['200'].content['application/json'].schema;
    return name;
  };
  const STD_COMPONENT: Record<InsuranceOperation, (line: InsuranceLine) => string> = {
    policies: (line) => (line === 'life' ? 'AEReadLifeInsurancePolicies1' : 'AEReadInsurancePolicies1'),
    policy: (line) => `AERead${cap(line)}InsurancePolicy1`,
    'payment-details': () => 'AEReadPaymentDetails1',
  };
  const cases = INSURANCE_LINES.flatMap((line) => [
    [line, 'policies', `/${line}-insurance-policies`, () => ocPolicies(line)],
    [line, 'policy', `/${line}-insurance-policies/{InsurancePolicyId}`, () => ocPolicy(line)],
    [line, 'payment-details', `/${line}-insurance-policies/{InsurancePolicyId}/payment-details`, () => ocPaymentDetails()],
  ] as const);

  it.each(cases)('%s %s', (line, operation, path, answer) => {
    const body = answer();
    expect(validateAgainstComponent(oc, ocComponent(path), body).errors).toBe('No errors');
    for (const permissions of [ALL, ['ReadInsurancePolicies', 'ReadCustomerPaymentDetails']]) {
      const mapped = mapInsuranceResponse(line, operation, body, ctxOf(`${base(line)}?page=2`, 2, 2), { permissions });
      expect(validateAgainstComponent(std, STD_COMPONENT[operation](line), mapped).errors).toBe('No errors');
    }
  });
});
