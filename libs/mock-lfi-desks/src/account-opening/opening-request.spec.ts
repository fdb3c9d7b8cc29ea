import { ApiError } from '@hub/kernel';
import { openingRequestProblems, parseOpeningRequest, partyNameOf, type AccountOpeningRequest } from './opening-request';

/** The standard's CreateAccountSignedRequest example, as the hub passes it on. */
const example = () => ({
  data: {
    LinkedOperations: { FxQuoteId: '1d747c7b-7285-43e2-bb26-f7d6f195177e' },
    Account: { SchemeName: 'IBAN', Identification: 'SA4420000001234567891234', Name: 'Hamad Ali' },
    Party: {
      Claims: {
        IdentityType: 'Person',
        FullName: 'Hamad Ali',
        GivenName: 'Hamad',
        Surname: 'Ali',
        EmiratesId: '7841-1234-1234567-1',
        EmiratesIdExpiryDate: '2032-05-05',
        ResidentialAddress: { AddressLine: ['Example Address Line'], Country: 'AE' },
      },
    },
  } as Record<string, any>,
});

const paths = (body: unknown) => openingRequestProblems(body).map((p) => p.path);

describe('the account opening request', () => {
  it("accepts the standard's example and a request with data only (everything in data is optional)", () => {
    expect(openingRequestProblems(example())).toEqual([]);
    expect(openingRequestProblems({ data: {} })).toEqual([]);
    expect(parseOpeningRequest(example()).LinkedOperations?.FxQuoteId).toBe('1d747c7b-7285-43e2-bb26-f7d6f195177e');
  });

  it('needs data, as an object', () => {
    expect(paths({})).toEqual(['body.data']);
    expect(paths({ data: [] })).toEqual(['body.data']);
    expect(paths('text')).toEqual(['body']);
    expect(paths({ Data: {} })).toEqual(['body.data']);
  });

  it("names every missing or malformed member of a person's claims", () => {
    const body = example();
    const claims = body.data.Party.Claims;
    delete claims.GivenName;
    delete claims.ResidentialAddress.Country;
    claims.EmiratesIdExpiryDate = '2032-02-30';
    claims.DateOfBirth = 'yesterday';
    expect(paths(body)).toEqual(['data.Party.Claims.GivenName', 'data.Party.Claims.EmiratesIdExpiryDate', 'data.Party.Claims.DateOfBirth', 'data.Party.Claims.ResidentialAddress.Country']);
  });

  it('knows business claims need only their identity type', () => {
    const body = { data: { Party: { Claims: { IdentityType: 'Business', BusinessName: 'Acme Trading LLC' } } } };
    expect(openingRequestProblems(body)).toEqual([]);
    expect(partyNameOf(body.data as AccountOpeningRequest)).toBe('Acme Trading LLC');
    expect(paths({ data: { Party: { Claims: { IdentityType: 'Robot' } } } })).toEqual(['data.Party.Claims.IdentityType']);
    expect(paths({ data: { Party: {} } })).toEqual(['data.Party.Claims']);
  });

  it('checks the linked quote, the account, the volume and the audit trail', () => {
    const body = example();
    body.data.LinkedOperations = { FxQuoteId: 'quote-1' };
    body.data.Account.SchemeName = 'SortCode';
    body.data.AnnualTransactionVolume = 12.5;
    body.data.DataSharingAudit = [{ JSONPath: '$.Data.Party.GivenName', Action: 'Updated', OriginalValue: 'Harold' }, { Action: 'Changed' }, 'x'];
    expect(paths(body)).toEqual([
      'data.LinkedOperations.FxQuoteId',
      'data.Account.SchemeName',
      'data.AnnualTransactionVolume',
      'data.DataSharingAudit[1].JSONPath',
      'data.DataSharingAudit[1].Action',
      'data.DataSharingAudit[2]',
    ]);
    expect(paths({ data: { LinkedOperations: {} } })).toEqual(['data.LinkedOperations.FxQuoteId']);
  });

  it('answers a bad request with one 400 that names every problem', () => {
    const body = example();
    delete body.data.Party.Claims.Surname;
    body.data.AnnualTransactionVolume = 'many';
    let error: unknown;
    try {
      parseOpeningRequest(body);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'Body.InvalidFormat', path: 'data.AnnualTransactionVolume' });
    expect((error as Error).message).toContain('data.Party.Claims.Surname is required');
  });

  it("builds the party's name from the claims when FullName is missing", () => {
    const request = { Party: { Claims: { IdentityType: 'Person', GivenName: 'Hamad', MiddleName: 'bin', Surname: 'Ali' } } } as unknown as AccountOpeningRequest;
    expect(partyNameOf(request)).toBe('Hamad bin Ali');
    expect(partyNameOf({})).toBeUndefined();
  });
});
