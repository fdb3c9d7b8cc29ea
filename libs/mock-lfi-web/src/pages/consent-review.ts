import { html, safeImageDataUri, type SafeHtml } from './html';
import { layout } from './layout';
import { errorBox, postForm } from './parts';
import type { ConsentReviewView, PaymentSummary, SelectableItem } from './view-models';

/**
 * What the TPP asks for, the accounts or policies to share, and Approve / Reject: one form, so the
 * choice and the decision arrive together (`selected` values and `decision=approve|reject`).
 */
export function renderConsentReview(v: ConsentReviewView): string {
  const tpp = v.tpp.name;
  const logo = safeImageDataUri(v.tpp.logoDataUri);
  const noItems = v.selection.items.length === 0;
  const form = html`${selection(v)}
<div class="actions">
<button type="submit" name="decision" value="approve" class="button primary"${noItems ? html` disabled` : ''}>Approve</button>
<button type="submit" name="decision" value="reject" class="button secondary" formnovalidate>Reject</button>
</div>`;
  const main = html`<section class="card tpp" aria-labelledby="tpp-name">
${logo ? html`<img class="tpp-logo" src="${logo}" alt="${tpp} logo" width="48" height="48">` : ''}
<div><h2 id="tpp-name">${tpp}</h2><p class="muted">${v.tpp.organisation}</p></div>
</section>
<p class="lead">${intro(v)}</p>
${v.notice ? html`<div class="alert info"><p>${v.notice}</p></div>` : ''}
${errorBox(v.error)}
${v.payment ? paymentSection(v.payment) : ''}
${v.permissionGroups.length ? permissionsSection(v) : ''}
${v.insuranceLines?.length ? html`<section aria-labelledby="lines-heading"><h2 id="lines-heading">Types of insurance</h2><ul>${v.insuranceLines.map((l) => html`<li>${l}</li>`)}</ul></section>` : ''}
${terms(v)}
${postForm(v, form)}`;
  return layout(v, main.value);
}

function intro(v: ConsentReviewView): SafeHtml {
  const tpp = v.tpp.name;
  switch (v.kind) {
    case 'payment':
      return html`${tpp} is asking for your permission to make payments from your ${v.bankName} account. Check the details, choose the account to pay from, then approve or reject.`;
    case 'insurance':
      return html`${tpp} is asking to see information about your insurance with ${v.bankName}. Check what it is asking for, choose the policies to share, then approve or reject.`;
    default:
      return html`${tpp} is asking to see information from your ${v.bankName} accounts. Check what it is asking for, choose the accounts to share, then approve or reject.`;
  }
}

/** The payment a consent allows, in plain words; also shown to a second authorizer. */
export function paymentSection(p: PaymentSummary): SafeHtml {
  return html`<section class="card" aria-labelledby="payment-heading">
<h2 id="payment-heading">The payment</h2>
<dl class="summary">
${row('To', p.creditorName)}
${row('To account', p.creditorAccount)}
<dt>Payments</dt><dd><ul class="terms">${p.terms.map((t) => html`<li>${t}</li>`)}</ul></dd>
${row('Reference', p.reference)}
${row('Purpose', p.purpose)}
</dl>
</section>`;
}

function permissionsSection(v: ConsentReviewView): SafeHtml {
  return html`<section aria-labelledby="permissions-heading">
<h2 id="permissions-heading">What ${v.tpp.name} will see</h2>
<ul class="permissions card">${v.permissionGroups.map((g) => html`<li><strong>${g.title}</strong> ${g.explanation}</li>`)}</ul>
</section>`;
}

/** How long, how far back, why and for whom: only the parts the consent has. */
function terms(v: ConsentReviewView): SafeHtml {
  const range = v.transactionRange;
  const rangeText = range?.from && range.to ? `From ${range.from} to ${range.to}` : range?.from ? `From ${range.from}` : range?.to ? `Up to ${range.to}` : undefined;
  return html`<section aria-labelledby="terms-heading">
<h2 id="terms-heading">For how long and why</h2>
<dl class="summary">
${row('Access', v.expires ? `Until ${v.expires}` : undefined)}
${row('Transactions', rangeText)}
${row('Purpose', v.purpose)}
${row('On behalf of', v.onBehalfOf)}
${row('Consent reference', v.consentId)}
</dl>
</section>`;
}

function selection(v: ConsentReviewView): SafeHtml {
  const { mode, legend, items, emptyMessage } = v.selection;
  const type = mode === 'one' ? 'radio' : 'checkbox';
  // A choice is required for one account; Reject skips the check (formnovalidate).
  const required = mode === 'one' && items.some((i) => !i.disabled);
  const body = items.length
    ? html`<ul class="choices">${items.map((item, i) => html`<li>${choice(item, `selected-${i}`, type, required)}</li>`)}</ul>`
    : html`<p class="empty">${emptyMessage}</p>`;
  return html`<fieldset>
<legend>${legend}</legend>
${body}
</fieldset>`;
}

/** The whole card is the input's label, so its title, number, balance and status are its accessible name. */
function choice(item: SelectableItem, id: string, type: string, required: boolean): SafeHtml {
  return html`<label class="choice-card" for="${id}">
<input type="${type}" id="${id}" name="selected" value="${item.id}"${item.checked ? html` checked` : ''}${item.disabled ? html` disabled` : ''}${required ? html` required` : ''}>
<span class="choice-title">${item.title}</span>
<span class="choice-detail">${item.detail}</span>
${item.balance ? html`<span class="choice-balance">${item.balance}</span>` : ''}
${item.status ? html`<span class="choice-status">${item.status}</span>` : ''}
</label>`;
}

function row(term: string, value: string | undefined): SafeHtml | '' {
  return value ? html`<dt>${term}</dt><dd>${value}</dd>` : '';
}
