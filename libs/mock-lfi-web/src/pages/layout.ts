import { html, raw, safeHref } from './html';
import type { PageChrome } from './view-models';

/** Where the controllers serve LFI_CSS (same origin as the pages, so no external fetch). */
export const LFI_CSS_PATH = '/assets/lfi.css';

/**
 * The frame of every page: header with the bank's text logo, one <h1> (the page title) at the
 * top of <main>, and the sandbox ribbon. `main` is markup already built with `html` (escaped).
 * No scripts, fonts or images from anywhere: the pages work offline and with keyboard only.
 */
export function layout(chrome: PageChrome, main: string): string {
  const kind = chrome.sector === 'insurance' ? 'insurer' : 'bank';
  const user = chrome.signedInAs
    ? html`<div class="session"><span class="signed-in">Signed in as <strong>${chrome.signedInAs}</strong></span> <a href="${safeHref(chrome.dashboardHref)}">Your consents</a></div>`
    : '';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="color-scheme" content="light">
<title>${chrome.title} · ${chrome.bankName}</title>
<link rel="stylesheet" href="${LFI_CSS_PATH}">
</head>
<body data-sector="${chrome.sector}">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="header-inner">
<span class="logo"><span class="logo-mark" aria-hidden="true">${initials(chrome.bankName)}</span> <span class="logo-name">${chrome.bankName}</span></span>
${user}
</div>
</header>
<main id="main" tabindex="-1">
<h1>${chrome.title}</h1>
${raw(main)}
</main>
<footer class="site-footer"><p>${chrome.bankName} is a sandbox ${kind} for testing UAE Open Finance apps. No real money or personal data is involved.</p></footer>
<div class="sandbox-ribbon" role="note" aria-label="Sandbox notice">SANDBOX — not a real ${kind}</div>
</body>
</html>
`.value.replace(/\n\s*\n/g, '\n'); // optional parts that rendered as nothing leave blank lines
}

/** Up to two letters for the text logo's mark, e.g. "Emirates Sandbox Bank" → "ES". */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w[0].toUpperCase());
  return letters.slice(0, 2).join('') || '•';
}
