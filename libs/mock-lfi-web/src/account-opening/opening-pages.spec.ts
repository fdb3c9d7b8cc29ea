import { CUSTOMER_CANCELLED, type AccountEntity, type AccountOpeningEntity } from '@hub/mock-lfi-store';
import { byId, startTags } from '../pages/testing/html-probe';
import { changeInWords, maskEmiratesId, openingPageStateOf, reviewContentOf, statusContentOf } from './opening-page-content';
import { renderOpeningReview, renderOpeningStatus } from './opening-pages';

const HOSTILE = `"><script>alert(1)</script>`;
const chrome = { tenantId: 'falcon-bank', bankName: 'Falcon Bank', sector: 'banking' as const, title: 'Open a new account', dashboardHref: '/falcon-bank/consents', signedInAs: 'Hamad Ali' };

const opening = (over: Partial<AccountOpeningEntity> = {}): AccountOpeningEntity =>
  ({
    tenantId: 'falcon-bank',
    accountId: 'acc-1',
    request: {
      Account: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: `Hamad ${HOSTILE}` },
      AnnualTransactionVolume: 1200,
      Party: { Claims: { IdentityType: 'Person', FullName: `Hamad ${HOSTILE}`, EmiratesId: '784-1990-1234567-1' } },
      DataSharingAudit: [{ JSONPath: '$.Data.Party.GivenName', Action: 'Updated', OriginalValue: HOSTILE }],
    },
    fxQuoteId: '1d747c7b-7285-43e2-bb26-f7d6f195177e',
    openingStatus: 'AwaitingUserInput',
    additionalStatusInformation: null,
    nextStatus: null,
    nextStatusInformation: null,
    decidedAt: null,
    ...over,
  }) as AccountOpeningEntity;

const review = (over: Partial<AccountOpeningEntity> = {}, chosen = { accountSubType: 'CurrentAccount', currency: 'AED' }) =>
  renderOpeningReview({ ...chrome, ...reviewContentOf(opening(over)), chosen, action: '/falcon-bank/account-opening/acc-1/decision', csrf: 'token-1' });

describe('the account opening page', () => {
  it('escapes everything the app sent and runs no script', () => {
    const page = review();
    expect(page).not.toContain('<script>');
    expect(page).toContain('Hamad &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(startTags(page, 'script')).toEqual([]);
  });

  it('says in plain words what the app asked for', () => {
    const page = review();
    expect(page).toContain('784-••••-•••••••-1');
    expect(page).toContain('AE07 •••• •••• •••• 3456');
    expect(page).toContain('1d747c7b-7285-43e2-bb26-f7d6f195177e');
    expect(page).toContain('About 1,200 a year');
    expect(page).toContain('You changed your given name');
  });

  it('posts the choice and the answer in one form with the anti-forgery token', () => {
    const page = review({}, { accountSubType: 'Savings', currency: 'nonsense' });
    const forms = startTags(page, 'form');
    expect(forms.map((f) => [f.attrs.method, f.attrs.action])).toEqual([['post', '/falcon-bank/account-opening/acc-1/decision']]);
    expect(startTags(page, 'input').find((i) => i.attrs.name === 'csrf')?.attrs.value).toBe('token-1');
    const checked = startTags(page, 'input').filter((i) => 'checked' in i.attrs).map((i) => `${i.attrs.name}=${i.attrs.value}`);
    expect(checked).toEqual(['accountSubType=Savings', 'currency=AED']); // an unknown choice falls back to the first
    expect(startTags(page, 'button').map((b) => b.attrs.value)).toEqual(['open', 'cancel']);
  });

  it('shows an opened account, and why an opening was cancelled or rejected', () => {
    const account = { accountSubType: 'Savings', currency: 'USD', iban: 'AE070331234567890123456' } as AccountEntity;
    const opened = renderOpeningStatus({ ...chrome, ...statusContentOf(opening({ openingStatus: 'Completed' }), account) });
    expect(opened).toContain('Your account is open');
    expect(opened).toContain('AE070331234567890123456');
    const cancelled = statusContentOf(opening({ nextStatus: 'Rejected', nextStatusInformation: CUSTOMER_CANCELLED }), undefined);
    expect(cancelled.heading).toBe('You cancelled this application');
    const rejected = renderOpeningStatus({ ...chrome, ...statusContentOf(opening({ openingStatus: 'Rejected', additionalStatusInformation: HOSTILE }), undefined) });
    expect(rejected).not.toContain('<script>');
    expect(byId(rejected, 'main')).toBeDefined();
  });
});

describe('where the page stands', () => {
  it('asks for the answer only while the opening waits for it', () => {
    expect(openingPageStateOf(opening())).toBe('review');
    expect(openingPageStateOf(opening({ openingStatus: 'Pending', nextStatus: 'AwaitingUserInput' }))).toBe('review');
    expect(openingPageStateOf(opening({ decidedAt: '2026-01-01T00:00:00.000Z', nextStatus: 'AwaitingLFIProcesses' }))).toBe('processing');
    expect(openingPageStateOf(opening({ openingStatus: 'AwaitingLFIProcesses', nextStatus: 'Completed' }))).toBe('processing');
    expect(openingPageStateOf(opening({ nextStatus: 'Rejected' }))).toBe('rejected');
    expect(openingPageStateOf(opening({ openingStatus: 'Completed' }))).toBe('opened');
  });

  it('masks an Emirates ID and words the audit trail', () => {
    expect(maskEmiratesId('784-1990-1234567-1')).toBe('784-••••-•••••••-1');
    expect(maskEmiratesId('12')).toBe('••');
    expect(changeInWords({ JSONPath: '$.Data.Party.EmiratesIdExpiryDate', Action: 'Added' })).toBe('You added your emirates id expiry date');
    expect(changeInWords({ JSONPath: "$['Data']['Party']['Surname']", Action: 'Removed', OriginalValue: 'Smith' })).toBe('You removed your surname (it was “Smith”)');
  });
});
