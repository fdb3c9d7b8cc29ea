import { html, safeHref } from './html';
import { layout } from './layout';
import type { MessageView } from './view-models';

/*
 * The mock LFI's pages as full HTML documents: pure functions of their view models (see
 * view-models.ts). Every value is escaped by `html`; forms post to `v.action` with a hidden `csrf`.
 */
export { renderApproval } from './approval';
export { renderConsentReview } from './consent-review';
export { renderDashboard, renderRevokeConfirm } from './dashboard';
export { renderLogin, renderOtp } from './sign-in-pages';

/** Information, success or error, with an optional way on. An error is announced (role="alert"). */
export function renderMessage(v: MessageView): string {
  // The page title is the <h1>; the heading is repeated only when it says something more.
  const heading = v.heading && v.heading !== v.title ? html`<h2>${v.heading}</h2>` : '';
  const main = html`<div class="alert ${v.tone}"${v.tone === 'error' ? html` role="alert"` : ''}>${heading}<p>${v.message}</p></div>
${v.link ? html`<p><a class="button primary" href="${safeHref(v.link.href)}">${v.link.label}</a></p>` : ''}`;
  return layout(v, main.value);
}
