import { checkFapiHeaders, dateTimeParam, pageOf } from './request-headers';

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return `${(e as { status: number }).status} ${(e as { code: string }).code} ${(e as { path?: string }).path}`;
  }
};

describe('request checks (gateway step 3)', () => {
  it('accepts well-formed FAPI headers and refuses malformed ones with 400 Resource.InvalidFormat naming the header', () => {
    expect(code(() => checkFapiHeaders({ 'x-fapi-interaction-id': '6f0e2a4c-1d53-4f7e-9a6b-2a1c3e5d7f90', 'x-fapi-auth-date': 'Sun, 10 Sep 2017 19:43:31 GMT', 'x-fapi-customer-ip-address': '10.1.2.3' }))).toBe('ok');
    expect(code(() => checkFapiHeaders({ 'x-fapi-interaction-id': 'abc' }))).toBe('400 Resource.InvalidFormat x-fapi-interaction-id');
    expect(code(() => checkFapiHeaders({ 'x-fapi-auth-date': '2017-09-10' }))).toBe('400 Resource.InvalidFormat x-fapi-auth-date');
    expect(code(() => checkFapiHeaders({ 'x-fapi-customer-ip-address': 'localhost' }))).toBe('400 Resource.InvalidFormat x-fapi-customer-ip-address');
  });

  it.each(['Sun, 10 Sep 2017 19:43:31 GMT', 'Sun, 10 Sep 2017 19:43:31 UTC'])('accepts x-fapi-auth-date %s (the documents allow GMT or UTC)', (date) => {
    expect(code(() => checkFapiHeaders({ 'x-fapi-auth-date': date }))).toBe('ok');
  });

  it.each([
    'Sun, 10 Sep 2017 19:43:31 CET',
    'Sun, 10 Sep 2017 19:43:31 utc',
    'Sun, 10 Sep 2017 19:43:31',
    'Sun, 10 Sep 2017 19:43:31 UTC+4',
    'Sunday, 10 Sep 2017 19:43:31 GMT',
    '2017-09-10T19:43:31Z',
  ])('refuses x-fapi-auth-date %j with 400 Resource.InvalidFormat', (date) => {
    expect(code(() => checkFapiHeaders({ 'x-fapi-auth-date': date }))).toBe('400 Resource.InvalidFormat x-fapi-auth-date');
  });

  it('reads paging with defaults and refuses bad values', () => {
    expect(pageOf({})).toEqual({ page: 1, pageSize: 100 });
    expect(pageOf({ page: '3', 'page-size': '25' })).toEqual({ page: 3, pageSize: 25 });
    expect(code(() => pageOf({ page: '0' }))).toBe('400 Resource.InvalidFormat page');
    expect(code(() => pageOf({ 'page-size': 'ten' }))).toBe('400 Resource.InvalidFormat page-size');
  });

  it('reads booking date-times and refuses what is not one', () => {
    expect(dateTimeParam({ fromBookingDateTime: '2026-01-01T00:00:00Z' }, 'fromBookingDateTime')).toBe('2026-01-01T00:00:00Z');
    expect(code(() => dateTimeParam({ fromBookingDateTime: 'yesterday' }, 'fromBookingDateTime'))).toBe('400 Resource.InvalidFormat fromBookingDateTime');
  });
});
