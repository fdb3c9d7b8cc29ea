import { renderDashboard, renderRevokeConfirm } from './render';
import { forms, innerHtml, nameOf, startTags, textOf } from './testing/html-probe';
import { dashboardView, revokeView } from './testing/page-fixtures';

describe('renderDashboard', () => {
  const doc = renderDashboard(dashboardView(false, { notice: 'Access of Old App revoked.' }));

  it('titles the page and announces a notice politely', () => {
    expect(textOf(innerHtml(doc, startTags(doc, 'h1')[0]))).toBe('Your consents');
    expect(textOf(innerHtml(doc, startTags(doc).find((t) => t.attrs.role === 'status')!))).toBe('Access of Old App revoked.');
  });

  it('shows each consent as an article with its TPP, type, status, permissions, accounts and dates', () => {
    const articles = startTags(doc, 'article');
    expect(articles).toHaveLength(2);
    const first = textOf(innerHtml(doc, articles[0]));
    for (const part of ['Budget Buddy', 'Account information', 'Authorized', 'Your balances', 'Your transactions', 'AE07 •••• •••• •••• 1234', '1 March 2026', '1 March 2027', '2 Mar 2026, 10:15']) {
      expect(first).toContain(part);
    }
  });

  it('offers "Revoke" only for consents that can still be revoked, named after the TPP', () => {
    const revoke = startTags(doc, 'a').filter((a) => textOf(innerHtml(doc, a)) === 'Revoke');
    expect(revoke.map((a) => [a.attrs.href, nameOf(doc, a)])).toEqual([['/esb/consents/c-123/revoke', 'Revoke access of Budget Buddy']]);
  });

  it('signs out with a POST form', () => {
    const signOut = forms(doc).find((f) => f.tag.attrs.action === '/esb/logout')!;
    expect(startTags(signOut.body, 'button').map((b) => nameOf(signOut.body, b))).toEqual(['Sign out']);
    expect(startTags(signOut.body, 'input').find((i) => i.attrs.name === 'csrf')?.attrs.value).toBe('csrf-token-2');
  });

  it('says so when there are no consents', () => {
    const empty = renderDashboard(dashboardView(false, { consents: [] }));
    expect(startTags(empty, 'article')).toHaveLength(0);
    expect(textOf(empty)).toContain('You have not given any consents yet.');
    expect(startTags(empty).some((t) => t.attrs.role === 'status')).toBe(false);
  });
});

describe('renderRevokeConfirm', () => {
  const doc = renderRevokeConfirm(revokeView());

  it('summarises the consent without a second Revoke link', () => {
    const summary = textOf(innerHtml(doc, startTags(doc, 'article')[0]));
    expect(summary).toContain('Budget Buddy');
    expect(summary).toContain('Your transactions');
    expect(startTags(doc, 'a').filter((a) => a.attrs['aria-label']?.startsWith('Revoke'))).toHaveLength(0);
  });

  it('revokes with a POST button and cancels with a link back', () => {
    const [form] = forms(doc);
    expect(form.tag.attrs.action).toBe('/esb/consents/c-123/revoke');
    expect(startTags(form.body, 'input').find((i) => i.attrs.name === 'csrf')?.attrs.value).toBe('csrf-token-3');
    expect(startTags(form.body, 'button').map((b) => [nameOf(form.body, b), b.attrs.type])).toEqual([['Yes, revoke access', 'submit']]);
    const cancel = startTags(doc, 'a').find((a) => textOf(innerHtml(doc, a)) === 'Cancel')!;
    expect(cancel.attrs.href).toBe('/esb/consents');
  });

  it('says what revoking a payment consent stops', () => {
    const payment = renderRevokeConfirm(revokeView(false, { consent: { ...revokeView().consent, typeLabel: 'Payment' } }));
    expect(textOf(payment)).toContain('Budget Buddy will no longer be able to make payments');
  });
});
