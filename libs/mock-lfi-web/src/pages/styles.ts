/*
 * The mock LFI's one stylesheet, served by the controllers at /assets/lfi.css. System fonts only
 * and no url(): the pages must not reach the network. Colours meet WCAG AA contrast on their
 * backgrounds (brand colours are dark enough for white text); <body data-sector> switches the
 * brand between a bank (teal) and an insurer (plum).
 */
export const LFI_CSS = `
:root {
  --brand: #0b5d56;
  --brand-dark: #073f3a;
  --brand-tint: #e5f2f0;
  --text: #1b1f23;
  --muted: #4a5560;
  --line: #c9d1d8;
  --page: #f5f7f8;
  --card: #ffffff;
  --error: #b42318;
  --error-tint: #fef3f2;
  --success: #05603a;
  --success-tint: #ecfdf3;
  --info-tint: #eef4fb;
  --focus: #ffbf47;
  --radius: 0.5rem;
}
body[data-sector="insurance"] {
  --brand: #5b2a86;
  --brand-dark: #3f1c5e;
  --brand-tint: #f3ecf9;
}
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  padding-bottom: 4rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  font-size: 1rem;
  line-height: 1.5;
  color: var(--text);
  background: var(--page);
}
a { color: var(--brand); text-decoration-thickness: 0.08em; text-underline-offset: 0.15em; }
a:hover { color: var(--brand-dark); text-decoration-thickness: 0.15em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--text); }
main:focus { outline: none; box-shadow: none; }
.skip-link { position: absolute; left: 1rem; top: -4rem; z-index: 20; padding: 0.5rem 1rem; background: var(--focus); color: var(--text); font-weight: 600; }
.skip-link:focus { top: 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

.site-header { background: var(--brand); color: #fff; }
.header-inner { max-width: 40rem; margin: 0 auto; padding: 0.875rem 1rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; }
.logo { display: inline-flex; align-items: center; gap: 0.5rem; font-weight: 700; font-size: 1.125rem; letter-spacing: 0.01em; }
.logo-mark { display: inline-grid; place-items: center; width: 2.25rem; height: 2.25rem; border-radius: 50%; background: #fff; color: var(--brand); font-size: 0.875rem; }
.session { font-size: 0.9375rem; }
.session a { color: #fff; margin-left: 0.5rem; }
.session a:hover { color: #fff; }

main { display: block; max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem 2rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.0625rem; margin: 1rem 0 0.25rem; }
p { margin: 0 0 1rem; }
.lead { font-size: 1.125rem; }
.muted { color: var(--muted); font-size: 0.9375rem; }

.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; margin: 0 0 1rem; }
.card > h2:first-child, .card > h3:first-child { margin-top: 0; }
.tpp { display: flex; gap: 1rem; align-items: center; border-left: 0.375rem solid var(--brand); }
.tpp h2 { margin: 0; }
.tpp p { margin: 0; }
.tpp-logo { width: 3rem; height: 3rem; object-fit: contain; border-radius: 0.375rem; background: #fff; flex: none; }

.permissions { list-style: none; margin: 0 0 1rem; padding: 0; }
.permissions li { padding: 0.625rem 0 0.625rem 1.75rem; border-bottom: 1px solid var(--line); position: relative; }
.permissions li::before { content: ""; position: absolute; left: 0.25rem; top: 1rem; width: 0.625rem; height: 0.625rem; border-radius: 50%; background: var(--brand); }
.permissions li:last-child { border-bottom: 0; }
.permissions strong { display: block; }

dl.summary { display: grid; grid-template-columns: minmax(7rem, 35%) 1fr; gap: 0.5rem 1rem; margin: 0 0 1rem; }
dl.summary dt { font-weight: 600; color: var(--muted); }
dl.summary dd { margin: 0; overflow-wrap: anywhere; }
dl.summary ul { margin: 0; padding-left: 1.25rem; }
@media (max-width: 30rem) { dl.summary { grid-template-columns: 1fr; gap: 0.125rem; } dl.summary dd { margin-bottom: 0.5rem; } }

form { margin: 0 0 1rem; }
.field { margin: 0 0 1.25rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input[type="text"], input[type="password"] {
  display: block; width: 100%; max-width: 24rem; padding: 0.625rem 0.75rem; font: inherit; color: var(--text);
  background: #fff; border: 2px solid var(--muted); border-radius: 0.375rem;
}
input[aria-invalid="true"] { border-color: var(--error); }
input.code { max-width: 10rem; font-size: 1.25rem; letter-spacing: 0.2em; font-variant-numeric: tabular-nums; }

fieldset { border: 0; padding: 0; margin: 0 0 1.5rem; min-width: 0; }
legend { font-weight: 700; font-size: 1.125rem; margin-bottom: 0.75rem; padding: 0; }
.choices { list-style: none; margin: 0; padding: 0; }
.choice-card {
  display: grid; grid-template-columns: auto 1fr; gap: 0.125rem 0.75rem; align-items: start;
  font-weight: 400; background: var(--card); border: 2px solid var(--line); border-radius: var(--radius);
  padding: 0.875rem 1rem; margin: 0 0 0.75rem; cursor: pointer;
}
.choice-card:hover { border-color: var(--brand); }
.choice-card:has(input:checked) { border-color: var(--brand); background: var(--brand-tint); }
.choice-card:has(input:disabled) { cursor: not-allowed; background: #eef0f2; color: var(--muted); border-style: dashed; }
.choice-card input { grid-row: 1 / span 4; width: 1.375rem; height: 1.375rem; margin: 0.125rem 0 0; accent-color: var(--brand); }
.choice-title { font-weight: 700; }
.choice-detail { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9375rem; }
.choice-balance { font-variant-numeric: tabular-nums; }
.choice-status, .badge { display: inline-block; justify-self: start; font-size: 0.8125rem; font-weight: 600; padding: 0.0625rem 0.5rem; border-radius: 1rem; background: #fff4e5; color: #7a3e00; border: 1px solid #f0c48a; }

.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin-top: 1.5rem; }
.button {
  display: inline-block; min-height: 2.75rem; padding: 0.625rem 1.375rem; font: inherit; font-weight: 600; line-height: 1.5;
  text-align: center; text-decoration: none; border: 2px solid var(--brand); border-radius: 0.375rem; cursor: pointer;
}
.button.primary { background: var(--brand); color: #fff; }
.button.primary:hover { background: var(--brand-dark); border-color: var(--brand-dark); color: #fff; }
.button.secondary { background: #fff; color: var(--brand); }
.button.secondary:hover { background: var(--brand-tint); color: var(--brand-dark); }
.button.danger { background: var(--error); border-color: var(--error); color: #fff; }
.button.danger:hover { background: #8a1c12; border-color: #8a1c12; }
.button:disabled { background: #d5dade; border-color: #d5dade; color: #3d454d; cursor: not-allowed; }
@media (max-width: 30rem) { .actions .button { width: 100%; } }

.alert { border-left: 0.375rem solid; border-radius: 0.25rem; padding: 0.875rem 1rem; margin: 0 0 1.25rem; }
.alert p:last-child { margin-bottom: 0; }
.alert h2 { margin-top: 0; }
.alert.error { border-color: var(--error); background: var(--error-tint); color: #7a1b12; }
.alert.success { border-color: var(--success); background: var(--success-tint); color: var(--success); }
.alert.info { border-color: var(--brand); background: var(--info-tint); }
.attempts { font-weight: 600; }

.consents { list-style: none; margin: 0; padding: 0; }
.consent header { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; justify-content: space-between; }
.consent h2 { margin: 0 0 0.75rem; }
.badge.status-authorized { background: var(--success-tint); color: var(--success); border-color: #8dd3b0; }
.badge.status-revoked, .badge.status-rejected, .badge.status-expired { background: #eef0f2; color: #3d454d; border-color: var(--line); }
.empty { padding: 1.25rem; text-align: center; background: var(--card); border: 1px dashed var(--line); border-radius: var(--radius); }
.sign-out { margin-top: 2rem; }

.site-footer { max-width: 40rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: 0.875rem; border-top: 1px solid var(--line); }
.sandbox-ribbon {
  position: fixed; right: 0.75rem; bottom: 0.75rem; z-index: 10; pointer-events: none;
  padding: 0.375rem 0.875rem; border-radius: 0.375rem; background: #1b1f23; color: #ffd54a;
  font-size: 0.8125rem; font-weight: 700; letter-spacing: 0.04em; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.25);
}
@media print { .sandbox-ribbon { position: static; display: block; margin: 1rem; } .skip-link { display: none; } }
`;
