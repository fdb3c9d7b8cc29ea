import { html, type SafeHtml } from '../pages/html';
import { layout } from '../pages/layout';
import { errorBox, postForm } from '../pages/parts';
import type { OpeningChoiceOption, OpeningReviewView, OpeningStatusView } from './opening-page-views';

/*
 * The account opening page: server-rendered from its view model, every value escaped by `html`,
 * no scripts. One form carries the choice and the answer together (`decision=open|cancel`).
 */

export function renderOpeningReview(v: OpeningReviewView): string {
  const form = html`${choices('Kind of account', 'accountSubType', v.subTypes, v.chosen.accountSubType)}
${choices('Currency', 'currency', v.currencies, v.chosen.currency)}
<div class="actions">
<button type="submit" name="decision" value="open" class="button primary">Open the account</button>
<button type="submit" name="decision" value="cancel" class="button secondary" formnovalidate>Cancel</button>
</div>`;
  const main = html`<p class="lead">An app has asked ${v.bankName} to open an account for you. Check what it sent, choose the kind of account, then open it or cancel.</p>
${errorBox(v.error)}
<section class="card" aria-labelledby="request-heading">
<h2 id="request-heading">What the app sent</h2>
<dl class="summary">
${row('Name', v.partyName)}
${row('Customer', v.partyKind)}
${row('Emirates ID', v.emiratesId)}
${row('Account for deposits and withdrawals', v.depositAccount)}
${row('For the currency exchange', v.fxQuoteId)}
${row('Expected transactions', v.annualTransactions)}
${v.changes.length ? html`<dt>Changed by you at the app</dt><dd><ul>${v.changes.map((c) => html`<li>${c}</li>`)}</ul></dd>` : ''}
${row('Application reference', v.reference)}
</dl>
</section>
${postForm(v, form)}`;
  return layout(v, main.value);
}

export function renderOpeningStatus(v: OpeningStatusView): string {
  const account = v.account
    ? html`<section class="card" aria-labelledby="account-heading">
<h2 id="account-heading">Your new account</h2>
<dl class="summary">
${row('Account', v.account.kind)}
${row('Currency', v.account.currency)}
${row('IBAN', v.account.iban)}
</dl>
</section>`
    : '';
  const main = html`<div class="alert ${v.tone}"${v.tone === 'error' ? html` role="alert"` : html` role="status"`}><h2>${v.heading}</h2><p>${v.message}</p></div>
${account}
<dl class="summary">${row('Application reference', v.reference)}</dl>`;
  return layout(v, main.value);
}

/** Radio buttons as choice cards; the first option is checked when nothing (valid) was chosen. */
function choices(legend: string, name: string, options: OpeningChoiceOption[], chosen: string): SafeHtml {
  const checked = options.some((o) => o.value === chosen) ? chosen : options[0]?.value;
  return html`<fieldset>
<legend>${legend}</legend>
<ul class="choices">${options.map(
    (o, i) => html`<li><label class="choice-card" for="${name}-${i}">
<input type="radio" id="${name}-${i}" name="${name}" value="${o.value}"${o.value === checked ? html` checked` : ''} required>
<span class="choice-title">${o.label}</span>
</label></li>`,
  )}</ul>
</fieldset>`;
}

function row(term: string, value: string | undefined): SafeHtml | '' {
  return value ? html`<dt>${term}</dt><dd>${value}</dd>` : '';
}
