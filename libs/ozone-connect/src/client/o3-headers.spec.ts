import { encodePsuIdentifiers, o3Headers, REQUIRED_O3_HEADERS, REQUIRED_SERVICE_O3_HEADERS, type O3Context } from './o3-headers';

const required: O3Context = {
  callerOrgId: 'org-1',
  callerClientId: 'client-1',
  callerSoftwareStatementId: 'ssa-1',
  apiUri: '/open-finance/account-information/v2.1/accounts/{AccountId}',
  apiOperation: 'get',
  ozoneInteractionId: 'ozone-1',
};

describe('o3Headers', () => {
  it('sends the required set, with the deprecated o3-aspsp-id equal to o3-provider-id', () => {
    expect(o3Headers('alpha-bank', required)).toEqual({
      'o3-provider-id': 'alpha-bank',
      'o3-aspsp-id': 'alpha-bank',
      'o3-caller-org-id': 'org-1',
      'o3-caller-client-id': 'client-1',
      'o3-caller-software-statement-id': 'ssa-1',
      'o3-api-uri': '/open-finance/account-information/v2.1/accounts/{AccountId}',
      'o3-api-operation': 'GET',
      'o3-ozone-interaction-id': 'ozone-1',
    });
  });

  it.each([
    ['o3-caller-interaction-id', { callerInteractionId: 'tpp-1' }, 'tpp-1'],
    ['o3-consent-id', { consentId: 'consent-1' }, 'consent-1'],
    ['o3-psu-identifier', { psuIdentifiers: { userId: 'psu-1' } }, Buffer.from('{"userId":"psu-1"}').toString('base64')],
    ['o3-fx-transactions', { fxTransactions: true }, 'true'],
  ])('adds %s only when given', (name, extra, value) => {
    expect(o3Headers('alpha-bank', required)).not.toHaveProperty([name]);
    expect(o3Headers('alpha-bank', { ...required, ...extra })[name]).toBe(value);
  });

  it('sends o3-fx-transactions: false as a value, not as an absent header, when the read is told so', () => {
    expect(o3Headers('alpha-bank', { ...required, fxTransactions: false })['o3-fx-transactions']).toBe('false');
  });

  it('requires the same set of every consented call but o3-consent-id on the consent-less service calls', () => {
    const service = ['o3-provider-id', 'o3-caller-org-id', 'o3-caller-client-id', 'o3-caller-software-statement-id', 'o3-api-uri', 'o3-api-operation', 'o3-ozone-interaction-id'];
    expect([...REQUIRED_SERVICE_O3_HEADERS].sort()).toEqual([...service].sort());
    expect([...REQUIRED_O3_HEADERS].sort()).toEqual([...service, 'o3-consent-id'].sort());
  });

  it('leaves out optional headers given as empty strings', () => {
    const headers = o3Headers('alpha-bank', { ...required, consentId: '', callerInteractionId: '' });
    expect(Object.keys(headers)).toHaveLength(8);
  });

  it('encodes the PSU identifiers as base64 of their JSON, keeping non-ASCII text', () => {
    const psu = { userId: 'psu-1', name: 'محمد' };
    expect(JSON.parse(Buffer.from(encodePsuIdentifiers(psu), 'base64').toString('utf8'))).toEqual(psu);
  });
});
