import type { ApprovalView, AwaitingApproval, ConsentReviewView, DashboardConsent, DashboardView, LoginView, MessageView, OtpView, PageChrome, RevokeConfirmView } from '../view-models';

/*
 * View models for the page tests. `hostile` puts markup and attribute breakouts into every value
 * a TPP, a user or the data could control, to show that each one comes out escaped.
 */

export const SCRIPT = '<script>alert("x")</script>';
export const BREAKOUT = '" onmouseover="alert(1)';

export function chrome(hostile = false, over: Partial<PageChrome> = {}): PageChrome {
  return {
    tenantId: 'esb',
    bankName: hostile ? `Bank ${SCRIPT}` : 'Emirates Sandbox Bank',
    sector: 'banking',
    title: hostile ? `Title ${SCRIPT}` : 'Sign in',
    signedInAs: hostile ? `Aisha ${SCRIPT}` : undefined,
    dashboardHref: hostile ? `/esb/consents${BREAKOUT}` : '/esb/consents',
    ...over,
  };
}

function form(hostile: boolean) {
  return { action: hostile ? `/esb/login${BREAKOUT}` : '/esb/login', csrf: hostile ? `tok${BREAKOUT}` : 'csrf-token-1' };
}

export function loginView(hostile = false, over: Partial<LoginView> = {}): LoginView {
  return { ...chrome(hostile), ...form(hostile), purpose: 'authorize', tppName: hostile ? `TPP ${SCRIPT}` : 'Budget Buddy', username: hostile ? BREAKOUT : undefined, error: hostile ? SCRIPT : undefined, ...over };
}

export function otpView(hostile = false, over: Partial<OtpView> = {}): OtpView {
  return { ...chrome(hostile, { title: 'Enter your one-time code' }), ...form(hostile), maskedDestination: hostile ? SCRIPT : '+971 5• ••• ••34', error: hostile ? SCRIPT : undefined, ...over };
}

export function reviewView(hostile = false, over: Partial<ConsentReviewView> = {}): ConsentReviewView {
  const h = (s: string) => (hostile ? `${s} ${SCRIPT}` : s);
  return {
    ...chrome(hostile, { title: 'Review the request', signedInAs: 'Aisha Khan' }),
    ...form(hostile),
    kind: 'data-sharing',
    consentId: h('c-123'),
    tpp: { name: h('Budget Buddy'), organisation: h('Buddy Apps LLC'), logoDataUri: 'data:image/png;base64,iVBORw0KGgo=' },
    expires: h('21 November 2027'),
    transactionRange: { from: h('1 January 2025'), to: h('31 December 2025') },
    purpose: h('Helping you budget'),
    onBehalfOf: h('Acme Trading LLC'),
    permissionGroups: [{ title: h('Your balances'), explanation: h('How much money is in your accounts.') }],
    selection: {
      mode: 'many',
      legend: h('Choose the accounts to share'),
      items: [
        { id: hostile ? BREAKOUT : 'acc-1', title: h('Everyday · Current account'), detail: h('AE07 •••• •••• •••• 1234'), balance: h('AED 12,345.67 available'), checked: true },
        { id: 'acc-2', title: h('Savings account'), detail: h('AE07 •••• •••• •••• 9876'), status: h('Suspended'), disabled: true },
      ],
      emptyMessage: h('You have no accounts that can be shared.'),
    },
    ...over,
  };
}

export function messageView(hostile = false, over: Partial<MessageView> = {}): MessageView {
  return {
    ...chrome(hostile, { title: 'Something went wrong' }),
    tone: 'error',
    heading: hostile ? SCRIPT : 'We could not finish your request',
    message: hostile ? SCRIPT : 'The request has expired. Go back to the app and start again.',
    link: { href: hostile ? `/esb/consents${BREAKOUT}` : '/esb/consents', label: hostile ? SCRIPT : 'Go to your consents' },
    ...over,
  };
}

export function dashboardConsent(hostile = false, over: Partial<DashboardConsent> = {}): DashboardConsent {
  const h = (s: string) => (hostile ? `${s} ${SCRIPT}` : s);
  return {
    consentId: 'c-123',
    tppName: h('Budget Buddy'),
    typeLabel: 'Account information',
    status: h('Authorized'),
    permissions: [h('Your balances'), h('Your transactions')],
    resources: [h('AE07 •••• •••• •••• 1234')],
    created: h('1 March 2026'),
    expires: h('1 March 2027'),
    lastUsed: h('2 Mar 2026, 10:15'),
    revokeHref: hostile ? `/esb/consents/c-123/revoke${BREAKOUT}` : '/esb/consents/c-123/revoke',
    ...over,
  };
}

export function dashboardView(hostile = false, over: Partial<DashboardView> = {}): DashboardView {
  return {
    ...chrome(hostile, { title: 'Your consents', signedInAs: hostile ? SCRIPT : 'Aisha Khan' }),
    consents: [dashboardConsent(hostile), dashboardConsent(hostile, { consentId: 'c-9', tppName: 'Old App', status: 'Revoked', revokeHref: undefined })],
    notice: hostile ? SCRIPT : undefined,
    signOut: { action: '/esb/logout', csrf: hostile ? BREAKOUT : 'csrf-token-2' },
    ...over,
  };
}

export function revokeView(hostile = false, over: Partial<RevokeConfirmView> = {}): RevokeConfirmView {
  return {
    ...chrome(hostile, { title: 'Revoke access', signedInAs: 'Aisha Khan' }),
    action: '/esb/consents/c-123/revoke',
    csrf: hostile ? BREAKOUT : 'csrf-token-3',
    consent: dashboardConsent(hostile),
    cancelHref: hostile ? `/esb/consents${BREAKOUT}` : '/esb/consents',
    ...over,
  };
}

export function awaitingApproval(hostile = false, over: Partial<AwaitingApproval> = {}): AwaitingApproval {
  const h = (s: string) => (hostile ? `${s} ${SCRIPT}` : s);
  return {
    consentId: 'c-77',
    tppName: h('Payroll Pro'),
    requestedBy: h('Layla Haddad'),
    summary: h('Up to AED 500.00 per payment, at most AED 2,000.00 and 10 payments per month, from 1 January 2027'),
    href: hostile ? `/esb/consents/c-77/approval${BREAKOUT}` : '/esb/consents/c-77/approval',
    ...over,
  };
}

export function approvalView(hostile = false, over: Partial<ApprovalView> = {}): ApprovalView {
  const h = (s: string) => (hostile ? `${s} ${SCRIPT}` : s);
  return {
    ...chrome(hostile, { title: h('Approve a payment for Payroll Pro?'), signedInAs: h('Omar Saleh') }),
    action: hostile ? `/esb/consents/c-77/approval${BREAKOUT}` : '/esb/consents/c-77/approval',
    csrf: hostile ? BREAKOUT : 'csrf-token-4',
    consentId: h('c-77'),
    tpp: { name: h('Payroll Pro'), organisation: h('Payroll Apps LLC') },
    debtorAccount: h('Business · AE07 •••• •••• •••• 1234 · Haddad Trading LLC'),
    payment: { creditorName: h('Dubai Electricity'), creditorAccount: h('AE07 •••• •••• •••• 5678'), terms: [h('Once: AED 250.00'), h('Up to AED 99.99 every month, from 1 February 2027')], reference: h('INV-42') },
    authorizers: [h('Layla Haddad: approved on 10 Jan 2027, 12:00'), h('You: waiting for your answer')],
    deadline: h('12 Jan 2027, 12:00'),
    cancelHref: hostile ? `/esb/consents${BREAKOUT}` : '/esb/consents',
    ...over,
  };
}
