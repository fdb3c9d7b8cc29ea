import { quoteRequestOf } from './quote-request';
import { motorQuoteRequest, withMember } from './quote-requests.fixture';

const TODAY = '2026-12-01';
const REQUEST = motorQuoteRequest('psu-1', '2027-01-15');

describe('quote request', () => {
  it('reads the members every line shares', () => {
    expect(quoteRequestOf('motor', REQUEST, TODAY)).toMatchObject({
      customerId: 'psu-1',
      quoteReference: 'tpp-motor-0001',
      policyIssuanceRequest: { CustomerVerification: true, Payment: false, PolicyDocuments: true },
      pricedOn: '2027-01-15',
    });
  });

  it('prices on the start date, or today when the policy would start earlier', () => {
    expect(quoteRequestOf('motor', withMember(REQUEST, 'data.Policy.PolicyStartDate', '2026-01-01'), TODAY).pricedOn).toBe(TODAY);
    expect(quoteRequestOf('motor', withMember(REQUEST, 'data.Policy.PolicyStartDate', undefined), TODAY).pricedOn).toBe(TODAY);
  });

  it('refuses a body that is not {"data": {...}}', () => {
    for (const body of [undefined, [], 'x', { Data: REQUEST.data }]) expect(() => quoteRequestOf('motor', body, TODAY)).toThrow(/data is required/);
  });

  it('names the shared members that are missing, with the line\'s own, in one 400', () => {
    let error: any;
    try {
      quoteRequestOf('motor', withMember(withMember(withMember(REQUEST, 'data.CustomerId', undefined), 'data.QuoteType', 'Quote'), 'data.VehicleDetails', undefined), TODAY);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ status: 400, code: 'Body.InvalidFormat', path: 'data.CustomerId' });
    expect(error.message).toMatch(/data\.CustomerId is required.*data\.QuoteType must be one of New, Switch, Renewal.*data\.VehicleDetails\.ModelYear is required.*data\.VehicleDetails\.BodyType is required/);
  });
});
