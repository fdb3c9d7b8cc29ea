import { html, safeHref, type SafeHtml } from './html';
import type { FormTarget } from './view-models';

/** Pieces shared by the pages' forms. */

/** `<form method="post">` to the target, with the anti-forgery token as the hidden `csrf` field. */
export function postForm(target: FormTarget, body: SafeHtml, className = ''): SafeHtml {
  return html`<form method="post" action="${safeHref(target.action)}"${className ? html` class="${className}"` : ''}>
<input type="hidden" name="csrf" value="${target.csrf}">
${body}
</form>`;
}

export const ERROR_ID = 'form-error';

/**
 * The error of a submitted form, announced by screen readers (role="alert") and pointed at by the
 * inputs' aria-describedby. Attempts left are shown even without an error message.
 */
export function errorBox(error: string | undefined, attemptsLeft?: number): SafeHtml | '' {
  if (!error && attemptsLeft === undefined) return '';
  const attempts = attemptsLeft === undefined ? '' : html`<p class="attempts">${attemptsLeft} ${attemptsLeft === 1 ? 'attempt' : 'attempts'} left</p>`;
  return html`<div class="alert error" id="${ERROR_ID}" role="alert">${error ? html`<p>${error}</p>` : ''}${attempts}</div>`;
}

/** Marks an input invalid and ties it to the error box when there is one. */
export function invalidIf(error: string | undefined): SafeHtml | '' {
  return error ? html` aria-invalid="true" aria-describedby="${ERROR_ID}"` : '';
}
