import { dtoProblems } from '../testing/dto-problems';
import { AccountConfirmationRequestDto, ConfirmationDiscoveryRequestDto } from './cop-requests.dto';

const IBAN = 'AE070331234567890123456';
const discovery = (data: object = {}) => ({ Data: { SchemeName: 'IBAN', Identification: IBAN, ...data } });
const confirmation = (name: object, data: object = {}) => ({ Data: { SchemeName: 'IBAN', Identification: IBAN, Name: name, ...data } });

describe('Confirmation of Payee discovery request (AEConfirmationDiscoveryRequest)', () => {
  it('accepts an IBAN', () => {
    expect(dtoProblems(ConfirmationDiscoveryRequestDto, discovery())).toEqual({});
  });

  it.each([
    ['another scheme', { SchemeName: 'AccountNumber' }, 'Data.SchemeName'],
    ['an empty Identification', { Identification: '' }, 'Data.Identification'],
    ['an Identification over 34 characters', { Identification: 'A'.repeat(35) }, 'Data.Identification'],
    ['a member of no schema', { Name: { FullName: 'X' } }, 'Data.Name'],
  ])('refuses %s', (_name, data, path) => {
    expect(Object.keys(dtoProblems(ConfirmationDiscoveryRequestDto, discovery(data)))).toEqual([path]);
  });
});

describe('Confirmation of Payee confirmation request (AEAccountConfirmationRequest)', () => {
  it.each([
    ['a full name', { FullName: 'Mohammed Al Mansoori' }],
    ['a full name with its parts', { FullName: 'Mohammed Al Mansoori', GivenName: 'Mohammed', LastName: 'Al Mansoori' }],
    ['a business name', { BusinessName: 'Falcon Trading LLC' }],
  ])('accepts %s', (_name, name) => {
    expect(dtoProblems(AccountConfirmationRequestDto, confirmation(name))).toEqual({});
  });

  it.each([
    ['no name', {}, 'Data.Name'],
    ['a personal and a business name at once', { FullName: 'A B', BusinessName: 'C LLC' }, 'Data.Name'],
    ['a given name without the full name', { GivenName: 'Mohammed' }, 'Data.Name'],
    ['a full name over 140 characters', { FullName: 'x'.repeat(141) }, 'Data.Name.FullName'],
    ['a member of neither variant', { FullName: 'A B', MiddleName: 'C' }, 'Data.Name.MiddleName'],
  ])('refuses %s', (_name, name, path) => {
    expect(Object.keys(dtoProblems(AccountConfirmationRequestDto, confirmation(name)))).toEqual([path]);
  });

  it('refuses a missing Name', () => {
    expect(Object.keys(dtoProblems(AccountConfirmationRequestDto, { Data: { SchemeName: 'IBAN', Identification: IBAN } }))).toEqual(['Data.Name']);
  });
});
