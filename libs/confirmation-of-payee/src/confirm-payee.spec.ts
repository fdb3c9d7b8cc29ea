import type { CbuaeCopCustomer } from '@hub/ozone-connect';
import { confirmPayee } from './confirm-payee';

const person = (id: string, fullName: string, parts: { givenName?: string; middleName?: string; familyName?: string } = {}): CbuaeCopCustomer => ({
  id,
  verifiedClaims: [{ verification: { trustFramework: 'UAE.FI' }, claims: { fullName, ...parts } }],
});
const business = (id: string, ...names: string[]): CbuaeCopCustomer => ({
  id,
  verifiedClaims: names.map((name) => ({ verification: { trustFramework: 'UAE.FI' as const }, organisationClaims: { name } })),
});

describe('confirmPayee', () => {
  it('recognises no IBAN without customer records (204)', () => {
    expect(confirmPayee({ FullName: 'Anyone' }, [])).toBeUndefined();
  });

  it('answers Yes with the holder\'s masked name', () => {
    expect(confirmPayee({ FullName: 'fatima khan' }, [person('c1', 'Fatima Khan')])).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.Yes', MaskedName: 'F***** K***' });
  });

  it('answers Partial with the name as the bank holds it, masked', () => {
    expect(confirmPayee({ FullName: 'Mohamed Al Mansoori' }, [person('c1', 'Mohammed Al Mansoori')])).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.Partial', MaskedName: 'M******* A* M*******' });
  });

  it('answers No without any name', () => {
    expect(confirmPayee({ FullName: 'Omar Haddad' }, [person('c1', 'Fatima Khan')])).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.No' });
  });

  it('matches either holder of a joint account, the closest match deciding', () => {
    const joint = [person('c1', 'Omar Haddad'), person('c2', 'Leila Haddad')];
    expect(confirmPayee({ FullName: 'Leila Haddad' }, joint)).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.Yes', MaskedName: 'L**** H*****' });
    expect(confirmPayee({ FullName: 'Haddad Omar' }, joint)).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.Partial', MaskedName: 'O*** H*****' });
  });

  it('uses the given and last name the TPP collected, and the given and family name the bank holds', () => {
    expect(confirmPayee({ FullName: 'Khan', GivenName: 'Fatima', LastName: 'Khan' }, [person('c1', 'Fatima Khan')])?.NameMatchIndicator).toBe('ConfirmationOfPayee.Yes');
    expect(confirmPayee({ FullName: 'Fatima Noor Khan' }, [person('c1', 'F. N. Khan', { givenName: 'Fatima', middleName: 'Noor', familyName: 'Khan' })])).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.Yes', MaskedName: 'F***** N*** K***' });
  });

  it('matches a business name against the legal and the trading name', () => {
    const company = [business('c1', 'Falcon Gulf General Trading LLC', 'Falcon Gulf Traders')];
    expect(confirmPayee({ BusinessName: 'Falcon Gulf Traders' }, company)).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.Yes', MaskedName: 'F***** G*** T******' });
    expect(confirmPayee({ BusinessName: 'Falcon Gulf General Trading' }, company)).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.Partial', MaskedName: 'F***** G*** G****** T****** L**' });
    expect(confirmPayee({ BusinessName: 'Oasis Traders' }, company)).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.No' });
  });

  it('never matches a personal name against a business or a business name against a person', () => {
    expect(confirmPayee({ FullName: 'Falcon Gulf Traders' }, [business('c1', 'Falcon Gulf Traders')])).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.No' });
    expect(confirmPayee({ BusinessName: 'Fatima Khan' }, [person('c1', 'Fatima Khan')])).toEqual({ NameMatchIndicator: 'ConfirmationOfPayee.No' });
  });
});
