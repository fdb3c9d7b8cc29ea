import { paymentSection } from './consent-review';
import { html, safeHref } from './html';
import { layout } from './layout';
import { postForm } from './parts';
import type { ApprovalView } from './view-models';

/**
 * A later authorizer of a business's payment consent: what the app may pay, from which account,
 * who approved it already, and one form with Approve and Reject.
 */
export function renderApproval(v: ApprovalView): string {
  const actions = html`<div class="actions">
<button type="submit" name="decision" value="approve" class="button primary">Approve</button>
<button type="submit" name="decision" value="reject" class="button secondary">Reject</button>
<a class="button secondary" href="${safeHref(v.cancelHref)}">Not now</a>
</div>`;
  const main = html`<p class="lead">${v.tpp.name} (${v.tpp.organisation}) asks to make payments from your business's account. Another user of your business approved; the app can pay once you approve too.</p>
${paymentSection(v.payment)}
<section aria-labelledby="approvals-heading">
<h2 id="approvals-heading">Who approves</h2>
<dl class="summary">
${v.debtorAccount ? html`<dt>From account</dt><dd>${v.debtorAccount}</dd>` : ''}
<dt>Approvals</dt><dd><ul>${v.authorizers.map((a) => html`<li>${a}</li>`)}</ul></dd>
${v.deadline ? html`<dt>Answer by</dt><dd>${v.deadline}</dd>` : ''}
<dt>Consent reference</dt><dd>${v.consentId}</dd>
</dl>
</section>
${postForm(v, actions)}`;
  return layout(v, main.value);
}
