import { html } from './html';
import { layout } from './layout';
import { errorBox, invalidIf, postForm } from './parts';
import type { LoginView, OtpView } from './view-models';

/** Username and password, posted as `username` and `password`. */
export function renderLogin(v: LoginView): string {
  const intro =
    v.purpose === 'dashboard'
      ? html`<p class="lead">Sign in to see and manage the apps you have given access to your information.</p>`
      : v.tppName
        ? html`<p class="lead">Sign in to ${v.bankName} to review the request from <strong>${v.tppName}</strong>.</p>`
        : html`<p class="lead">Sign in to ${v.bankName} to review an app’s request.</p>`;
  const invalid = invalidIf(v.error);
  const fields = html`<div class="field">
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${v.username ?? ''}"${invalid}>
</div>
<div class="field">
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required${invalid}>
</div>
<div class="actions"><button type="submit" class="button primary">Sign in</button></div>`;
  return layout(v, html`${intro}
${errorBox(v.error, v.attemptsLeft)}
${postForm(v, fields, 'card')}`.value);
}

/** The one-time code of strong customer authentication, posted as `otp`. */
export function renderOtp(v: OtpView): string {
  const fields = html`<div class="field">
<label for="otp">One-time code</label>
<input type="text" id="otp" name="otp" class="code" inputmode="numeric" autocomplete="one-time-code" autocapitalize="none" spellcheck="false" required${invalidIf(v.error)}>
</div>
<div class="actions"><button type="submit" class="button primary">Verify</button></div>`;
  return layout(v, html`<p class="lead">We have sent a one-time code to <strong>${v.maskedDestination}</strong>. Enter it to confirm it is you.</p>
${errorBox(v.error, v.attemptsLeft)}
${postForm(v, fields, 'card')}`.value);
}
