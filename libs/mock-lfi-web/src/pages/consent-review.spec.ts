import { renderConsentReview } from './render';
import { byId, forms, innerHtml, labelText, nameOf, startTags, textOf, type Tag } from './testing/html-probe';
import { BREAKOUT, reviewView, SCRIPT } from './testing/page-fixtures';
import type { ConsentReviewView } from './view-models';

function section(doc: string, headingText: RegExp): string {
  const h2 = startTags(doc, 'h2').find((h) => headingText.test(textOf(innerHtml(doc, h))));
  if (!h2) throw new Error(`no heading ${headingText}`);
  return innerHtml(doc, startTags(doc, 'section').find((s) => s.attrs['aria-labelledby'] === h2.attrs.id)!);
}

function choices(doc: string): Tag[] {
  return startTags(doc, 'input').filter((i) => i.attrs.name === 'selected');
}

const payment: ConsentReviewView['payment'] = {
  creditorName: 'Dubai Electricity',
  creditorAccount: 'AE07 •••• •••• •••• 5678',
  terms: ['Up to AED 500.00 per payment, at most AED 2,000.00 and 10 payments per month, from 1 January 2027', 'At most AED 6,000.00 and 12 payments in total'],
  reference: 'INV-42',
  purpose: 'Utility bill',
};

describe('renderConsentReview', () => {
  const doc = renderConsentReview(reviewView());

  it('names the TPP in a heading with its organisation and inline logo', () => {
    expect(textOf(innerHtml(doc, byId(doc, 'tpp-name')!))).toBe('Budget Buddy');
    expect(textOf(doc)).toContain('Buddy Apps LLC');
    expect(startTags(doc, 'img').map((i) => [i.attrs.src, i.attrs.alt])).toEqual([['data:image/png;base64,iVBORw0KGgo=', 'Budget Buddy logo']]);
  });

  it('shows no logo without a data URI (nothing is fetched from the TPP)', () => {
    expect(startTags(renderConsentReview(reviewView(false, { tpp: { name: 'X', organisation: 'Y' } })), 'img')).toHaveLength(0);
    expect(startTags(renderConsentReview(reviewView(false, { tpp: { name: 'X', organisation: 'Y', logoDataUri: 'https://x.example/l.png' } })), 'img')).toHaveLength(0);
  });

  it('lists what the TPP will see, for how long, how far back, why and for whom', () => {
    const seen = section(doc, /^What Budget Buddy will see$/);
    expect(startTags(seen, 'li').map((li) => textOf(innerHtml(seen, li)))).toEqual(['Your balances How much money is in your accounts.']);
    const terms = textOf(section(doc, /how long/));
    for (const part of ['Until 21 November 2027', 'From 1 January 2025 to 31 December 2025', 'Helping you budget', 'Acme Trading LLC', 'c-123']) expect(terms).toContain(part);
  });

  it('offers a checkbox per account in a fieldset, all named "selected", honouring checked and disabled', () => {
    const fieldset = innerHtml(doc, startTags(doc, 'fieldset')[0]);
    expect(textOf(innerHtml(fieldset, startTags(fieldset, 'legend')[0]))).toBe('Choose the accounts to share');
    expect(choices(fieldset)).toHaveLength(2);
    const [first, second] = choices(doc);
    expect([first.attrs.type, first.attrs.value, 'checked' in first.attrs, 'disabled' in first.attrs]).toEqual(['checkbox', 'acc-1', true, false]);
    expect([second.attrs.type, second.attrs.value, 'checked' in second.attrs, 'disabled' in second.attrs]).toEqual(['checkbox', 'acc-2', false, true]);
    expect(labelText(doc, first.attrs.id)).toBe('Everyday · Current account AE07 •••• •••• •••• 1234 AED 12,345.67 available');
    expect(labelText(doc, second.attrs.id)).toBe('Savings account AE07 •••• •••• •••• 9876 Suspended');
  });

  it('offers radio buttons when one account is chosen, which Reject does not require', () => {
    const one = renderConsentReview(reviewView(false, { kind: 'payment', payment, selection: { ...reviewView().selection, mode: 'one' } }));
    expect(choices(one).map((i) => i.attrs.type)).toEqual(['radio', 'radio']);
    const reject = startTags(one, 'button').find((b) => b.attrs.value === 'reject')!;
    expect('formnovalidate' in reject.attrs).toBe(true);
  });

  it('puts the choice and both decisions in the same form', () => {
    const [form] = forms(doc);
    expect(forms(doc)).toHaveLength(1);
    expect(startTags(form.body, 'input').filter((i) => i.attrs.name === 'selected')).toHaveLength(2);
    const buttons = startTags(form.body, 'button').map((b) => [nameOf(form.body, b), b.attrs.type, b.attrs.name, b.attrs.value, 'disabled' in b.attrs]);
    expect(buttons).toEqual([
      ['Approve', 'submit', 'decision', 'approve', false],
      ['Reject', 'submit', 'decision', 'reject', false],
    ]);
  });

  it('shows the empty message and cannot be approved when there is nothing to choose', () => {
    const empty = renderConsentReview(reviewView(false, { selection: { ...reviewView().selection, items: [] } }));
    expect(choices(empty)).toHaveLength(0);
    expect(textOf(empty)).toContain('You have no accounts that can be shared.');
    expect('disabled' in startTags(empty, 'button').find((b) => b.attrs.value === 'approve')!.attrs).toBe(true);
    expect('disabled' in startTags(empty, 'button').find((b) => b.attrs.value === 'reject')!.attrs).toBe(false);
  });

  it('summarises a payment as a description list', () => {
    const page = renderConsentReview(reviewView(false, { kind: 'payment', payment, permissionGroups: [] }));
    const summary = section(page, /^The payment$/);
    const dl = innerHtml(summary, startTags(summary, 'dl')[0]);
    const terms = startTags(dl, 'dt').map((dt) => textOf(innerHtml(dl, dt)));
    expect(terms).toEqual(['To', 'To account', 'Payments', 'Reference', 'Purpose']);
    const listed = innerHtml(dl, startTags(dl, 'ul')[0]);
    expect(startTags(listed, 'li').map((li) => textOf(innerHtml(listed, li)))).toEqual(payment!.terms);
    expect(startTags(page, 'h2').map((h) => textOf(innerHtml(page, h)))).not.toContain('What Budget Buddy will see');
  });

  it('names the insurance lines asked about', () => {
    const page = renderConsentReview(reviewView(false, { kind: 'insurance', insuranceLines: ['Motor', 'Health'] }));
    expect(textOf(section(page, /insurance/i))).toBe('Types of insurance Motor Health');
  });

  it('announces an error', () => {
    const page = renderConsentReview(reviewView(false, { error: 'Choose at least one account.' }));
    expect(textOf(innerHtml(page, startTags(page).find((t) => t.attrs.role === 'alert')!))).toBe('Choose at least one account.');
  });

  it('keeps hostile values inert in text and in the posted item ids', () => {
    const page = renderConsentReview(reviewView(true));
    expect(choices(page)[0].attrs.value).toBe(BREAKOUT);
    expect(startTags(page, 'img')[0].attrs.alt).toBe(`Budget Buddy ${SCRIPT} logo`);
    expect(textOf(innerHtml(page, byId(page, 'tpp-name')!))).toBe(`Budget Buddy ${SCRIPT}`);
  });
});
