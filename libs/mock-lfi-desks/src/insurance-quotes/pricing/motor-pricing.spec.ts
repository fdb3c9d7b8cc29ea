import { quoteRequestOf } from '../quote-request';
import { essentialPremium, motorQuoteRequest, withMember } from '../quote-requests.fixture';
import { amountText } from './quote-money';

const TODAY = '2026-12-01';
const REQUEST = motorQuoteRequest('psu-1', '2027-01-15');
const net = (body: object) => essentialPremium('motor', body, TODAY).net;

describe('motor pricing', () => {
  it('prices the same request the same way, to the fils', () => {
    expect(quoteRequestOf('motor', structuredClone(REQUEST), TODAY)).toEqual(quoteRequestOf('motor', REQUEST, TODAY));
    // 2.5 % of AED 85,000, a 5-year-old car (+10 %), four add-ons, less 15 % for three claim-free years.
    const figures = essentialPremium('motor', REQUEST, TODAY);
    expect([figures.gross, figures.net, figures.vat, figures.total, figures.commission].map(amountText)).toEqual(['2877.50', '2445.87', '122.29', '2568.16', '244.59']);
  });

  it.each([
    ['a dearer car', 'data.Policy.CarValuation.Amount', '150000.00'],
    ['an older car', 'data.VehicleDetails.ModelYear', '2014'],
    ['a 4WD', 'data.VehicleDetails.BodyType', '4WD'],
    ['a motorcycle', 'data.VehicleDetails.BodyType', 'Motorcycle'],
    ['a main driver under 25', 'data.MainDriver.DateOfBirth', '2005-03-01'],
    ['a main driver over 70', 'data.MainDriver.DateOfBirth', '1950-03-01'],
    ['less than a year of driving in the UAE', 'data.MainDriver.DrivingLicenseHistory.TimeDrivingInUAE', 'P6M'],
    ['a claim in the last 24 months', 'data.MainDriver.MotorClaims.MotorClaimInLast24Months', true],
    ['no no-claims certificate', 'data.MainDriver.MotorClaims.NoClaimsCertificate', 'NoNCD'],
    ['commercial use', 'data.Policy.CarUsage', 'Commercial'],
    ['agency repairs', 'data.Policy.OptionalCoverAddOns.AgencyRepairs', true],
  ])('costs more for %s', (_, path, value) => {
    expect(net(withMember(REQUEST, path, value))).toBeGreaterThan(net(REQUEST));
  });

  it('gives more no-claims discount for more claim-free years', () => {
    expect(net(withMember(REQUEST, 'data.MainDriver.MotorClaims.NoClaimsCertificate', '5+Years'))).toBeLessThan(net(REQUEST));
  });

  it('prices third party liability flat, below comprehensive cover and whatever the car is worth', () => {
    const thirdParty = withMember(REQUEST, 'data.Policy.CoverType', 'ThirdPartyLiability');
    expect(net(thirdParty)).toBeLessThan(net(REQUEST));
    expect(net(withMember(thirdParty, 'data.Policy.CarValuation.Amount', '400000.00'))).toBe(net(thirdParty));
  });

  it('ages the driver and the car on the policy start date', () => {
    const turning25 = withMember(REQUEST, 'data.MainDriver.DateOfBirth', '2002-01-20');
    expect(net(turning25)).toBeGreaterThan(net(withMember(turning25, 'data.Policy.PolicyStartDate', '2027-01-20')));
  });

  it('names the members it needs when they are missing or implausible', () => {
    const missing = withMember(withMember(REQUEST, 'data.MainDriver.DateOfBirth', undefined), 'data.Policy.CarValuation', undefined);
    expect(() => quoteRequestOf('motor', missing, TODAY)).toThrow(/data\.MainDriver\.DateOfBirth is required.*data\.Policy\.CarValuation is required/);
    expect(() => quoteRequestOf('motor', withMember(REQUEST, 'data.MainDriver.DateOfBirth', '2012-01-01'), TODAY)).toThrow(/main driver must be 18 to 100/);
    expect(() => quoteRequestOf('motor', withMember(REQUEST, 'data.VehicleDetails.ModelYear', '2031'), TODAY)).toThrow(/ModelYear must be a year from 1950 to 2028/);
    expect(() => quoteRequestOf('motor', withMember(REQUEST, 'data.Policy.CarValuation.Currency', 'USD'), TODAY)).toThrow(/Currency must be AED/);
  });
});
