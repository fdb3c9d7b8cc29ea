import { generateLfiData } from './generate-lfi-data';
import { HEADLESS_USER_ID } from './headless-profile';

const SEED = 'uae-open-finance-sandbox';

/** The ids the official insurance collection hard-codes (its 6005 PATCH body and collection-level script). */
const COLLECTION_POLICY_IDS = [1, 2, 3, 4, 5, 6, 7].flatMap((line) => [1, 2].map((n) => `1${line}000000-0000-4000-8000-00000000000${n}`));

describe('the headless model user (the official Postman collections’ fixed ids)', () => {
  it('is the first user of a headless insurer, holding exactly the fourteen policies the collection selects, two Active ones per line', () => {
    const data = generateLfiData({ id: 'model-insurer', name: 'Model Insurer', sector: 'insurance', headless: true }, SEED);
    const [first, ...others] = data.psus;
    expect(first.userId).toBe(HEADLESS_USER_ID);
    expect(first.profile).toBe('headless-model-user');
    expect([...first.insurancePolicyIds].sort()).toEqual([...COLLECTION_POLICY_IDS].sort());
    const held = data.policies.filter((p) => p.userId === HEADLESS_USER_ID);
    expect(held.map((p) => [p.insurancePolicyId.slice(0, 2), p.line, p.status])).toEqual(
      expect.arrayContaining([
        ['11', 'employment', 'Active'],
        ['12', 'health', 'Active'],
        ['13', 'home', 'Active'],
        ['14', 'life', 'Active'],
        ['15', 'motor', 'Active'],
        ['16', 'renters', 'Active'],
        ['17', 'travel', 'Active'],
      ]),
    );
    expect(others.every((p) => p.userId.startsWith('psu-') && !p.insurancePolicyIds.some((id) => COLLECTION_POLICY_IDS.includes(id)))).toBe(true);
  });

  it('is the first user of a headless bank, with accounts 100004000000000000000002 to …005 (an active AED current account first)', () => {
    const data = generateLfiData({ id: 'model-bank', name: 'Model Bank', sector: 'banking', headless: true }, SEED);
    expect(data.psus[0].userId).toBe(HEADLESS_USER_ID);
    expect(data.psus[0].accountIds).toEqual(['100004000000000000000002', '100004000000000000000003', '100004000000000000000004', '100004000000000000000005']);
    const current = data.accounts.find((a) => a.accountId === '100004000000000000000002')!;
    expect([current.accountSubType, current.currency, current.status, current.userId]).toEqual(['CurrentAccount', 'AED', 'Active', HEADLESS_USER_ID]);
    expect(data.psus.slice(1).every((p) => p.userId.startsWith('psu-') && p.accountIds.every((id) => id.startsWith('acc-')))).toBe(true);
  });

  it('changes nothing at a tenant that is not headless: the same tenant without the flag keeps its generated ids', () => {
    const plain = generateLfiData({ id: 'model-bank', name: 'Model Bank', sector: 'banking' }, SEED);
    const headless = generateLfiData({ id: 'model-bank', name: 'Model Bank', sector: 'banking', headless: true }, SEED);
    expect(plain.psus[0].userId).toMatch(/^psu-[0-9a-f]{12}$/);
    expect(plain.psus[0].accountIds.every((id) => id.startsWith('acc-'))).toBe(true);
    expect(headless.psus.slice(1)).toEqual(plain.psus.slice(1));
    expect(generateLfiData({ id: 'falcon-bank', name: 'Falcon Bank', sector: 'banking', headless: false }, SEED)).toEqual(generateLfiData({ id: 'falcon-bank', name: 'Falcon Bank', sector: 'banking' }, SEED));
  });
});
