import { dtoProblems } from '../testing/dto-problems';
import { INSURANCE_LINES } from './insurance-codes';
import { CREATE_QUOTE_REQUEST_DTOS, UpdateInsuranceQuoteRequestDto } from './insurance-quote-requests.dto';
import { QUOTE_REQUEST_MEMBERS } from './quote-request-members';

const common = { CustomerId: 'c-1', QuoteReference: 'r-1', QuoteType: 'New', PolicyIssuanceRequest: { CustomerVerification: true, Payment: true, PolicyDocuments: false }, Policy: {} };
/** A line's quote request with its required members (as empty objects or arrays). */
const requestOf = (line: (typeof INSURANCE_LINES)[number]) => ({
  Data: { ...common, ...Object.fromEntries(Object.entries(QUOTE_REQUEST_MEMBERS[line]).filter(([, m]) => m.required).map(([name, m]) => [name, m.shape === 'array' ? [] : {}])) },
});

describe('insurance quote requests (AECreate{Line}InsuranceQuoteRequestBody1)', () => {
  it('has one request DTO per line of the document', () => {
    expect(Object.keys(CREATE_QUOTE_REQUEST_DTOS)).toEqual([...INSURANCE_LINES]);
  });

  it.each(INSURANCE_LINES)('accepts a %s quote request with its required members', (line) => {
    expect(dtoProblems(CREATE_QUOTE_REQUEST_DTOS[line], requestOf(line))).toEqual({});
  });

  it('refuses a motor quote request without VehicleDetails, and a member of another line', () => {
    const body = requestOf('motor');
    delete (body.Data as Record<string, unknown>).VehicleDetails;
    expect(Object.keys(dtoProblems(CREATE_QUOTE_REQUEST_DTOS.motor, { Data: { ...body.Data, PropertyDetails: {} } })).sort()).toEqual(['Data.PropertyDetails', 'Data.VehicleDetails']);
  });

  it('refuses a QuoteType of no list', () => {
    expect(Object.keys(dtoProblems(CREATE_QUOTE_REQUEST_DTOS.travel, { Data: { ...requestOf('travel').Data, QuoteType: 'Upgrade' } }))).toEqual(['Data.QuoteType']);
  });
});

describe('insurance quote acceptance (Update{Line}InsuranceQuoteStatusMessageProperties)', () => {
  const data = { QuoteStatus: 'ApplicationPending', QuoteReference: 'r-1', InsuranceSubType: 'Comprehensive', Premium: {}, Commission: {}, QuoteCreationDateTime: '2026-05-01T10:00:00Z' };

  it('accepts ApplicationPending and KYCCaptured, the statuses a TPP may set', () => {
    expect(dtoProblems(UpdateInsuranceQuoteRequestDto, { Data: data })).toEqual({});
    expect(dtoProblems(UpdateInsuranceQuoteRequestDto, { Data: { ...data, QuoteStatus: 'KYCCaptured' } })).toEqual({});
  });

  it.each([
    ['another QuoteStatus', { QuoteStatus: 'Completed' }, 'Data.QuoteStatus'],
    ['a creation time without its timezone', { QuoteCreationDateTime: '2026-05-01T10:00:00' }, 'Data.QuoteCreationDateTime'],
    ['a CustomerSalary of no band', { CustomerSalary: 'High' }, 'Data.CustomerSalary'],
  ])('refuses %s', (_name, change, path) => {
    expect(Object.keys(dtoProblems(UpdateInsuranceQuoteRequestDto, { Data: { ...data, ...change } }))).toEqual([path]);
  });
});
