import { operationOfRoute } from './api-call-operation';

describe('the operation of a resource-server route', () => {
  it.each([
    ['/:tenant/rs/open-finance/fx/v2.1/fx-quotes/:FxQuoteId', '/open-finance/fx/v2.1/fx-quotes/{FxQuoteId}', 'fx'],
    ['/:tenant/rs/open-finance/atm/v2.1/atms', '/open-finance/atm/v2.1/atms', 'atm'],
    ['/:tenant/rs/open-finance/insurance/v2.1/:line-insurance-quotes/:QuoteId', '/open-finance/insurance/v2.1/{line}-insurance-quotes/{QuoteId}', 'insurance'],
    ['/:tenant/rs/open-finance/account-information/v2.1/accounts/:AccountId/', '/open-finance/account-information/v2.1/accounts/{AccountId}', 'account-information'],
    ['/:tenant/rs/review-emitted-events', '/review-emitted-events', 'review-emitted-events'],
  ])('%s → %s (%s)', (route, apiUri, apiFamily) => {
    expect(operationOfRoute(route)).toEqual({ apiUri, apiFamily });
  });

  it.each([['/:tenant/as/token'], ['/health'], [undefined], [['/:tenant/rs/a', '/:tenant/rs/b']]])('is no resource-server operation for %j', (route) => {
    expect(operationOfRoute(route)).toBeUndefined();
  });
});
