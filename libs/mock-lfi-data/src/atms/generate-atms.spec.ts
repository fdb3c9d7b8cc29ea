import { readOfficialSpec, validateOperationBody } from '@hub/testing';
import { EMIRATE_BOUNDS, EMIRATES } from './emirate-sites';
import { lfiAtms } from './generate-atms';

const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-open-data-openapi.yaml';
const SEED = 'uae-open-finance-sandbox';
const FALCON = { id: 'falcon-bank', name: 'Falcon Bank' };
const OASIS = { id: 'oasis-bank', name: 'Oasis Bank' };

describe('a bank\'s ATM network (Ozone Connect GET /atm)', () => {
  it('is valid against the official Ozone Connect Bank Open Data document', () => {
    for (const bank of [FALCON, OASIS]) {
      expect(validateOperationBody(readOfficialSpec(OC_DOC), '/atm', 'get', '200', lfiAtms(bank, SEED)).errors).toBe('No errors');
    }
  });

  it('is the same for the same seed and bank, and another for another bank or seed', () => {
    expect(lfiAtms(FALCON, SEED)).toEqual(lfiAtms(FALCON, SEED));
    const ids = (atms: ReturnType<typeof lfiAtms>) => atms.data.map((a) => a.ATMId);
    expect(ids(lfiAtms(OASIS, SEED))).not.toEqual(ids(lfiAtms(FALCON, SEED)));
    expect(ids(lfiAtms(FALCON, 'another-seed'))).not.toEqual(ids(lfiAtms(FALCON, SEED)));
    expect(new Set(ids(lfiAtms(FALCON, SEED))).size).toBe(lfiAtms(FALCON, SEED).data.length);
  });

  it.each([FALCON, OASIS])('places $name\'s machines in all seven Emirates, each inside the Emirate its address names', (bank) => {
    const { data, meta } = lfiAtms(bank, SEED);
    expect(meta.TotalRecords).toBe(data.length);
    expect(new Set(data.map((a) => a.Location.PostalAddress.CountrySubDivision))).toEqual(new Set(EMIRATES));
    for (const atm of data) {
      const bounds = EMIRATE_BOUNDS[atm.Location.PostalAddress.CountrySubDivision!];
      const lat = Number(atm.Location.GeoLocation.Latitude);
      const lon = Number(atm.Location.GeoLocation.Longitude);
      expect([atm.ATMId, lat >= bounds.lat[0] && lat <= bounds.lat[1] && lon >= bounds.lon[0] && lon <= bounds.lon[1]]).toEqual([atm.ATMId, true]);
      expect(atm).toMatchObject({ LFIId: bank.id, LFIBrandId: bank.name, SupportedCurrencies: expect.arrayContaining(['AED']) });
      expect(atm.Services).toEqual(expect.arrayContaining(['CashWithdrawal', 'Balance']));
      expect(atm.Accessibility!.length).toBeGreaterThan(0);
      expect(atm.Availability!.OperatingHours!.flatMap((h) => h.Days)).toHaveLength(7);
    }
  });

  it('gives each bank its own fees and limits', () => {
    const policy = (bank: typeof FALCON) => {
      const atm = lfiAtms(bank, SEED).data[0];
      return [atm.MaximumPossibleAmount, atm.ATMFee];
    };
    expect(policy(FALCON)).not.toEqual(policy(OASIS));
  });
});
