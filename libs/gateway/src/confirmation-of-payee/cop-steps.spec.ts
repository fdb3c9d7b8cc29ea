import { ApiError } from '@hub/kernel';
import { copCustomersOf, copQueryOf, payeeIbanOrRefuse } from './cop-steps';

describe('Confirmation of Payee gateway steps', () => {
  it('reads the payee IBAN in groups and lower case', () => {
    expect(payeeIbanOrRefuse('ae07 0331 2345 6789 0123 456')).toEqual({ valid: true, iban: 'AE070331234567890123456', bankCode: '033' });
  });

  it.each(['GB33BUKB20201555555555', 'AE070331234567890123457', 'AE07'])('refuses %s as 400 Body.InvalidFormat at Data.Identification', (identification) => {
    let error: unknown;
    try {
      payeeIbanOrRefuse(identification);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'Body.InvalidFormat', path: 'Data.Identification' });
  });

  it('passes a personal name on as PersonName and a business name as BusinessName', () => {
    expect(copQueryOf('AE1', { FullName: 'Omar Haddad', GivenName: 'Omar', LastName: 'Haddad' })).toEqual({ data: { account: { schemeName: 'IBAN', identification: 'AE1', name: { fullName: 'Omar Haddad', firstName: 'Omar', lastName: 'Haddad' } } } });
    expect(copQueryOf('AE1', { BusinessName: 'Desert Rose Traders' }).data?.account?.name).toEqual({ businessName: 'Desert Rose Traders' });
  });

  it('takes an empty data list or object as no customer, and refuses a body without records (500)', () => {
    expect(copCustomersOf({ data: [] })).toEqual([]);
    expect(copCustomersOf({ data: {} })).toEqual([]);
    const records = [{ id: 'c1', verifiedClaims: [] }];
    expect(copCustomersOf({ data: records })).toBe(records);
    for (const body of [undefined, {}, { data: 'x' }, { data: [{ id: 'c1' }] }]) expect(() => copCustomersOf(body)).toThrow(expect.objectContaining({ status: 500, code: 'GenericError' }));
  });
});
