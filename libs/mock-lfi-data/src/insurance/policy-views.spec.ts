import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { generateLfiData } from '../generator/generate-lfi-data';
import type { InsuranceLine, LfiTenant } from '../model';
import { MOCK_LFI_DEFAULT_SEED } from '../seed-inputs';
import { ocPolicyStatusOf } from './policy-status';
import { policyDetailOf, policyPaymentDetailsOf, policySummaryOf } from './policy-views';

const insurer: LfiTenant = { id: 'gamma-insurance', name: 'Gamma Insurance', sector: 'insurance' };
const SEED = MOCK_LFI_DEFAULT_SEED;
const data = generateLfiData(insurer, SEED);
const LINES: InsuranceLine[] = ['employment', 'health', 'home', 'life', 'motor', 'renters', 'travel'];
const psuOf = (userId: string) => data.psus.find((p) => p.userId === userId)!;

describe('insurance policy coverage of the default data', () => {
  it('puts all seven lines and all three statuses on the first three PSUs', () => {
    const covering = generateLfiData(insurer, SEED, { psuCount: 3 });
    expect(new Set(covering.policies.map((p) => p.line))).toEqual(new Set(LINES));
    expect(new Set(covering.policies.map((p) => p.status))).toEqual(new Set(['Active', 'Expired', 'Cancelled']));
    for (const psu of covering.psus) expect(psu.insurancePolicyIds).toHaveLength(3);
  });

  it('is deterministic and names statuses per line', () => {
    const p = data.policies[0];
    expect(policyDetailOf(SEED, p, psuOf(p.userId))).toEqual(policyDetailOf(SEED, p, psuOf(p.userId)));
    expect(ocPolicyStatusOf({ line: 'life', status: 'Expired', startDate: '2000-01-01' })).toBe('Lapsed');
    expect(ocPolicyStatusOf({ line: 'motor', status: 'Cancelled', startDate: '2025-01-01' })).toBe('Cancelled');
  });
});

describe('insurance policy views validate against the Ozone Connect schemas', () => {
  let doc: any;
  beforeAll(() => (doc = readOfficialSpec('ozone-connect/v2.1.x/uae-ozone-connect-insurance-openapi.yaml')));
  const inline = (path: string, name: string) => {
    doc.components.schemas[name] = doc.paths[path].get.responses['200'].content['application/json'].schema;
    return name;
  };

  it.each(LINES)('%s: summary, detail and payment details', (line) => {
    // Every line is generated at least once with the default seed, whatever its status.
    for (const p of data.policies.filter((x) => x.line === line)) {
      const psu = psuOf(p.userId);
      const list = line === 'life' ? 'AEReadLifeInsurancePolicies1' : line === 'motor' ? 'AEReadMotorInsurancePolicies1' : 'AEReadInsurancePolicies1';
      const listBody = { data: { Policies: [policySummaryOf(p)] }, meta: { page: 1, pageSize: 100, totalPages: 1, totalRecords: 1 } };
      expect(validateAgainstComponent(doc, list, listBody).errors).toBe('No errors');
      const detail = inline(`/${line}-insurance-policies/{InsurancePolicyId}`, `Detail_${line}`);
      expect(validateAgainstComponent(doc, detail, { data: policyDetailOf(SEED, p, psu) }).errors).toBe('No errors');
      const pay = inline(`/${line}-insurance-policies/{InsurancePolicyId}/payment-details`, `Payment_${line}`);
      expect(validateAgainstComponent(doc, pay, { data: policyPaymentDetailsOf(SEED, p, psu) }).errors).toBe('No errors');
    }
  });
});
