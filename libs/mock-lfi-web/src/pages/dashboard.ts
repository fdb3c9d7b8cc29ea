import { html, safeHref, type SafeHtml } from './html';
import { layout } from './layout';
import { postForm } from './parts';
import type { AwaitingApproval, DashboardConsent, DashboardView, PageChrome, RevokeConfirmView } from './view-models';

/** Every consent the user has given, each with a way to revoke it while it can still be used. */
export function renderDashboard(v: DashboardView): string {
  const list = v.consents.length
    ? html`<ul class="consents">${v.consents.map((c, i) => html`<li>${consentCard(v, c, `consent-${i}`, true)}</li>`)}</ul>`
    : html`<p class="empty">You have not given any consents yet.</p>`;
  const main = html`${v.notice ? html`<div class="alert success" role="status"><p>${v.notice}</p></div>` : ''}
${v.awaiting?.length ? awaitingSection(v.awaiting) : ''}
<p class="lead">These are the apps you have allowed to see your information or make payments. You can revoke access at any time.</p>
${list}
${postForm(v.signOut, html`<button type="submit" class="button secondary">Sign out</button>`, 'sign-out')}`;
  return layout(v, main.value);
}

/** Payments of the user's business that wait for this user's approval, each with a way to answer. */
function awaitingSection(awaiting: AwaitingApproval[]): SafeHtml {
  return html`<section class="card" aria-labelledby="awaiting-heading">
<h2 id="awaiting-heading">Waiting for your approval</h2>
<ul class="awaiting">${awaiting.map(
    (a) => html`<li><p><strong>${a.tppName}</strong>: ${a.summary}. Approved by ${a.requestedBy}.</p><p><a class="button primary" href="${safeHref(a.href)}" aria-label="Review the payment of ${a.tppName} approved by ${a.requestedBy}">Review</a></p></li>`,
  )}</ul>
</section>`;
}

/** "Are you sure?": the consent again, a button that revokes it (POST) and a way back. */
export function renderRevokeConfirm(v: RevokeConfirmView): string {
  const c = v.consent;
  const actions = html`<div class="actions">
<button type="submit" class="button danger">Yes, revoke access</button>
<a class="button secondary" href="${safeHref(v.cancelHref)}">Cancel</a>
</div>`;
  const main = html`<p class="lead">${consequence(c)} You cannot undo this: to share again, you would give a new consent through the app.</p>
${consentCard(v, { ...c, revokeHref: undefined }, 'consent', false)}
${postForm(v, actions)}`;
  return layout(v, main.value);
}

function consequence(c: DashboardConsent): SafeHtml {
  if (c.typeLabel === 'Payment') return html`${c.tppName} will no longer be able to make payments from your account under this consent.`;
  return html`${c.tppName} will no longer be able to see the information you shared with it.`;
}

function consentCard(chrome: PageChrome, c: DashboardConsent, id: string, withRevoke: boolean): SafeHtml {
  const resources = chrome.sector === 'insurance' ? 'Policies' : 'Accounts';
  const statusClass = `badge status-${c.status.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return html`<article class="card consent" aria-labelledby="${id}">
<header><h2 id="${id}">${c.tppName}</h2><p class="${statusClass}"><span class="visually-hidden">Status: </span>${c.status}</p></header>
<dl class="summary">
<dt>Type</dt><dd>${c.typeLabel}</dd>
${list('Access to', c.permissions)}
${list(resources, c.resources)}
${row('Approvals', c.approvals)}
${row('Requested on', c.created)}
${row('Expires', c.expires)}
${row('Last used', c.lastUsed)}
</dl>
${withRevoke && c.revokeHref ? html`<p><a class="button secondary" href="${safeHref(c.revokeHref)}" aria-label="Revoke access of ${c.tppName}">Revoke</a></p>` : ''}
</article>`;
}

function list(term: string, values: string[]): SafeHtml | '' {
  return values.length ? html`<dt>${term}</dt><dd><ul>${values.map((v) => html`<li>${v}</li>`)}</ul></dd>` : '';
}

function row(term: string, value: string | undefined): SafeHtml | '' {
  return value ? html`<dt>${term}</dt><dd>${value}</dd>` : '';
}
