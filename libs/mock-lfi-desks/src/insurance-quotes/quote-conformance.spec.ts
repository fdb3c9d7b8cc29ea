import type { InsuranceLine } from '@hub/mock-lfi-data';
import type { InsurancePolicyEntity, InsuranceQuoteEntity, InsuranceQuoteStatus } from '@hub/mock-lfi-store';
import { readOfficialSpec, validateOperationBody } from '@hub/testing';
import { INSURANCE_LINES } from '@hub/standards';
import { policyDatesOf } from './policy-term';
import { isDeclined, type LineQuote } from './pricing/line-quote';
import { insuranceQuoteLogPatch, type QuoteLogStatus } from './quote-log-patches';
import { pricedPlans } from './quote-offer';
import { QUOTE_REQUESTS } from './quote-requests.fixture';
import { quoteRequestOf } from './quote-request';
import { acceptedQuoteBody, createdPolicyBody, createdQuotesBody, readQuoteBody } from './quote-views';

// The desk's bodies, built without a server, against the official documents: the fixtures are
// valid requests, and every answer and quote log body the desk can produce is valid too.

const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-insurance-openapi.yaml';
const CM_DOC = 'api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml';
const TODAY = '2026-12-01';
const START = '2027-01-15';

/** Every status the desk's quotes reach: Available, accepted (two ways), the back office's and Expired. */
const READ_STATUSES: InsuranceQuoteStatus[] = ['Available', 'ApplicationPending', 'KYCCaptured', 'ApplicationApproved', 'PaymentRequired', 'PolicyIssued', 'Completed', 'Expired'];
const LOG_STATUSES: QuoteLogStatus[] = ['Expired', 'ApplicationApproved', 'PaymentRequired', 'PolicyIssued', 'Completed'];

function rowsOf(line: InsuranceLine): InsuranceQuoteEntity[] {
  const request = quoteRequestOf(line, QUOTE_REQUESTS[line]('psu-1', START), TODAY);
  const quote = request.quote as LineQuote;
  return pricedPlans(quote, { line, tenantId: 'dune-insurance', commissionBps: 1000, issuanceRequest: request.policyIssuanceRequest }).map(({ offer, plan }, i) => ({
    quoteId: `0000000${i}-0000-4000-8000-000000000000`,
    tenantId: 'dune-insurance',
    callerOrgId: 'org-1',
    callerClientId: 'tpp-client',
    line,
    customerId: 'psu-1',
    quoteReference: request.quoteReference,
    status: 'Available',
    offer,
    plan,
    acceptance: { InsuranceSubType: 'Standard', ...(line === 'health' ? { CustomerSalary: 'Over4K' as const } : {}) },
    insurancePolicyId: null,
    expirationDateTime: '2026-12-31T10:00:00.000Z',
    creationDateTime: '2026-12-01T10:00:00.000Z',
    statusUpdateDateTime: '2026-12-01T10:00:00.000Z',
    nextStatus: null,
    nextStepAt: null,
    stepAttempts: 0,
    interactionId: 'i-1',
  }));
}

function policyOf(row: InsuranceQuoteEntity): InsurancePolicyEntity {
  const { startDate, endDate } = policyDatesOf(row.plan, TODAY);
  const premium = row.offer.Premium as { PremiumAmountExcludingVAT: { Amount: string } };
  return { tenantId: row.tenantId, insurancePolicyId: '5b8a3c1e-7d2f-4a9b-8c6d-1e2f3a4b5c6d', userId: 'psu-1', line: row.line, status: 'Active', startDate, endDate, premiumAmount: premium.PremiumAmountExcludingVAT.Amount, currency: 'AED', createdAt: '2026-12-01T10:00:00.000Z' };
}

describe('quote desk bodies against the official documents', () => {
  let oc: any;
  let cm: any;
  beforeAll(() => {
    oc = readOfficialSpec(OC_DOC);
    cm = readOfficialSpec(CM_DOC);
  });

  it('would notice a body the documents refuse (the check is not vacuous)', () => {
    const [row] = rowsOf('motor');
    const { ServiceRating: _, ...withoutRating } = readQuoteBody(row).data;
    expect(validateOperationBody(oc, '/motor-insurance-quotes/{QuoteId}', 'get', '200', { data: withoutRating }).valid).toBe(false);
    expect(validateOperationBody(oc, '/motor-insurance-quotes/{QuoteId}', 'get', '200', readQuoteBody({ ...row, status: 'Accepted' as InsuranceQuoteStatus })).valid).toBe(false);
    expect(validateOperationBody(cm, '/insurance-quote-log/{logId}', 'patch', 'request', { QuoteStatus: 'Completed', PolicyTerm: 'P1Y' }).valid).toBe(false);
  });

  describe.each(INSURANCE_LINES)('%s', (line) => {
    it('the fixture is a valid Ozone Connect quote request and is priced', () => {
      const body = QUOTE_REQUESTS[line]('psu-1', START);
      expect(validateOperationBody(oc, `/${line}-insurance-quotes`, 'post', 'request', body).errors).toBe('No errors');
      expect(isDeclined(quoteRequestOf(line, body, TODAY).quote)).toBe(false);
    });

    it('the 201 answer, each read status, the acceptance and the policy answer are valid', () => {
      const rows = rowsOf(line);
      expect(validateOperationBody(oc, `/${line}-insurance-quotes`, 'post', '201', createdQuotesBody(rows)).errors).toBe('No errors');
      for (const status of READ_STATUSES) {
        const read = readQuoteBody({ ...rows[0], status });
        expect({ status, errors: validateOperationBody(oc, `/${line}-insurance-quotes/{QuoteId}`, 'get', '200', read).errors }).toEqual({ status, errors: 'No errors' });
      }
      expect(validateOperationBody(oc, `/${line}-insurance-quotes/{QuoteId}`, 'patch', '200', acceptedQuoteBody(rows[0])).errors).toBe('No errors');
      const policy = createdPolicyBody('5b8a3c1e-7d2f-4a9b-8c6d-1e2f3a4b5c6d', { ClaimsAllowed: false, EndorsementsAllowed: true, RenewalsAllowed: true, CancellationAllowed: true });
      expect(validateOperationBody(oc, `/${line}-insurance-policies`, 'post', '201', policy).errors).toBe('No errors');
    });

    it('every quote log body is valid against the Consent Manager\'s insurance-quote-log', () => {
      const row = rowsOf(line)[1];
      const issued = { policy: policyOf(row), insurerName: 'Dune Insurance' };
      for (const status of LOG_STATUSES) {
        const patch = insuranceQuoteLogPatch(row, status, issued);
        expect({ status, errors: validateOperationBody(cm, '/insurance-quote-log/{logId}', 'patch', 'request', patch).errors }).toEqual({ status, errors: 'No errors' });
      }
    });
  });
});
