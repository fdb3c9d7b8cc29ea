import { renderApproval, renderDashboard } from './render';
import { forms, innerHtml, nameOf, startTags, textOf } from './testing/html-probe';
import { approvalView, awaitingApproval, dashboardConsent, dashboardView } from './testing/page-fixtures';

function section(doc: string, headingId: string): string {
  return innerHtml(doc, startTags(doc, 'section').find((s) => s.attrs['aria-labelledby'] === headingId)!);
}

describe('renderApproval', () => {
  const doc = renderApproval(approvalView());

  it('shows the payment in plain words, one term per item', () => {
    const payment = section(doc, 'payment-heading');
    expect(startTags(payment, 'li').map((li) => textOf(innerHtml(payment, li)))).toEqual(['Once: AED 250.00', 'Up to AED 99.99 every month, from 1 February 2027']);
    expect(textOf(payment)).toContain('Dubai Electricity');
  });

  it('says which account pays, who approved, who is awaited and by when', () => {
    const who = textOf(section(doc, 'approvals-heading'));
    for (const part of ['Business · AE07 •••• •••• •••• 1234 · Haddad Trading LLC', 'Layla Haddad: approved on 10 Jan 2027, 12:00', 'You: waiting for your answer', 'Answer by 12 Jan 2027, 12:00', 'c-77']) expect(who).toContain(part);
  });

  it('answers with one POST form: Approve or Reject, and a way back without answering', () => {
    const [form] = forms(doc);
    expect(forms(doc)).toHaveLength(1);
    expect(form.tag.attrs.action).toBe('/esb/consents/c-77/approval');
    expect(startTags(form.body, 'button').map((b) => [nameOf(form.body, b), b.attrs.name, b.attrs.value])).toEqual([
      ['Approve', 'decision', 'approve'],
      ['Reject', 'decision', 'reject'],
    ]);
    expect(startTags(form.body, 'a').map((a) => [nameOf(form.body, a), a.attrs.href])).toEqual([['Not now', '/esb/consents']]);
  });
});

describe('renderDashboard: approvals waiting', () => {
  it('lists each payment waiting for the user before their own consents, with a named link to answer it', () => {
    const doc = renderDashboard(dashboardView(false, { awaiting: [awaitingApproval()] }));
    const waiting = section(doc, 'awaiting-heading');
    expect(textOf(waiting)).toContain('Payroll Pro : Up to AED 500.00 per payment, at most AED 2,000.00 and 10 payments per month, from 1 January 2027. Approved by Layla Haddad.');
    expect(startTags(waiting, 'a').map((a) => [a.attrs.href, nameOf(waiting, a)])).toEqual([['/esb/consents/c-77/approval', 'Review the payment of Payroll Pro approved by Layla Haddad']]);
    expect(doc.indexOf('awaiting-heading')).toBeLessThan(doc.indexOf('<article'));
  });

  it('shows no such section when nothing waits, and the approvals of a consent still waiting', () => {
    const doc = renderDashboard(dashboardView(false, { awaiting: [], consents: [dashboardConsent(false, { status: 'AwaitingAuthorization', approvals: '1 of 2 approvals', revokeHref: undefined })] }));
    expect(doc).not.toContain('awaiting-heading');
    expect(textOf(innerHtml(doc, startTags(doc, 'article')[0]))).toContain('Approvals 1 of 2 approvals');
  });
});
