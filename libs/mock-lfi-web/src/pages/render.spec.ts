import { escapeHtml, html, safeHref, safeImageDataUri } from './html';
import { renderApproval, renderConsentReview, renderDashboard, renderLogin, renderMessage, renderOtp, renderRevokeConfirm } from './render';
import { LFI_CSS } from './styles';
import { byId, endTagCount, forms, innerHtml, labelText, nameOf, startTags, textOf } from './testing/html-probe';
import { approvalView, awaitingApproval, chrome, dashboardView, loginView, messageView, otpView, revokeView, reviewView, SCRIPT } from './testing/page-fixtures';

const PAGES: [string, (hostile: boolean) => string][] = [
  ['login', (h) => renderLogin(loginView(h))],
  ['one-time code', (h) => renderOtp(otpView(h))],
  ['consent review', (h) => renderConsentReview(reviewView(h))],
  ['message', (h) => renderMessage(messageView(h))],
  ['dashboard', (h) => renderDashboard(dashboardView(h))],
  ['dashboard with approvals waiting', (h) => renderDashboard(dashboardView(h, { awaiting: [awaitingApproval(h)] }))],
  ['approval', (h) => renderApproval(approvalView(h))],
  ['revoke confirmation', (h) => renderRevokeConfirm(revokeView(h))],
];

describe.each(PAGES)('the %s page', (_name, render) => {
  const doc = render(false);

  it('is a complete English document that loads only the LFI stylesheet', () => {
    expect(doc.startsWith('<!doctype html>')).toBe(true);
    expect(startTags(doc, 'html')[0].attrs.lang).toBe('en');
    expect(startTags(doc, 'meta').some((m) => m.attrs.charset === 'utf-8')).toBe(true);
    expect(startTags(doc, 'meta').find((m) => m.attrs.name === 'viewport')?.attrs.content).toContain('width=device-width');
    expect(startTags(doc, 'title')).toHaveLength(1);
    expect(startTags(doc, 'link').map((l) => [l.attrs.rel, l.attrs.href])).toEqual([['stylesheet', '/assets/lfi.css']]);
    expect(startTags(doc, 'script')).toHaveLength(0);
    expect(doc).not.toMatch(/https?:\/\//i);
  });

  it('has one <h1> inside <main id="main">, a skip link to it, and the bank name in the header', () => {
    expect(startTags(doc, 'h1')).toHaveLength(1);
    const main = startTags(doc, 'main');
    expect(main).toHaveLength(1);
    expect(main[0].attrs.id).toBe('main');
    expect(innerHtml(doc, main[0])).toContain('<h1>');
    expect(startTags(doc, 'a')[0].attrs.href).toBe('#main');
    expect(textOf(innerHtml(doc, startTags(doc, 'header')[0]))).toContain('Emirates Sandbox Bank');
  });

  it('shows the sandbox ribbon as a labelled note', () => {
    const ribbon = startTags(doc).find((t) => t.attrs.role === 'note');
    expect(ribbon?.attrs['aria-label']).toBeTruthy();
    expect(textOf(innerHtml(doc, ribbon!))).toBe('SANDBOX — not a real bank');
  });

  it('labels every visible input, posts every form with a csrf field, and never repeats an id', () => {
    for (const input of startTags(doc, 'input').filter((i) => i.attrs.type !== 'hidden')) {
      expect(labelText(doc, input.attrs.id)).toBeTruthy();
    }
    for (const { tag, body } of forms(doc)) {
      expect(tag.attrs.method).toBe('post');
      expect(tag.attrs.action).toMatch(/^\//);
      expect(startTags(body, 'input').filter((i) => i.attrs.type === 'hidden' && i.attrs.name === 'csrf')).toHaveLength(1);
    }
    const ids = startTags(doc).map((t) => t.attrs.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes every value a TPP, the user or the data controls', () => {
    const hostile = render(true);
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain('&lt;script&gt;');
    // No attribute was broken out of: no event handlers appear on any element.
    expect(startTags(hostile).flatMap((t) => Object.keys(t.attrs)).filter((a) => a.startsWith('on'))).toEqual([]);
    // Every `<` left in the page starts a tag the page itself wrote.
    expect(hostile.split('<').length - 1).toBe(startTags(hostile).length + endTagCount(hostile) + 1);
  });
});

describe('layout', () => {
  it('switches to the insurer look and wording for an insurance tenant', () => {
    const doc = renderMessage(messageView(false, { ...chrome(false, { sector: 'insurance', bankName: 'Gulf Sandbox Insurance' }), tone: 'info' }));
    expect(startTags(doc, 'body')[0].attrs['data-sector']).toBe('insurance');
    expect(doc).toContain('SANDBOX — not a real insurer');
  });

  it('shows who is signed in with a link to the dashboard', () => {
    const doc = renderLogin(loginView(false, chrome(false, { signedInAs: 'Aisha Khan' })));
    const header = innerHtml(doc, startTags(doc, 'header')[0]);
    expect(textOf(header)).toContain('Signed in as Aisha Khan');
    expect(startTags(header, 'a').map((a) => a.attrs.href)).toEqual(['/esb/consents']);
  });
});

describe('renderLogin', () => {
  it('asks for username and password with labels, autocomplete and a "Sign in" button', () => {
    const doc = renderLogin(loginView());
    const [username, password] = startTags(doc, 'input').filter((i) => i.attrs.type !== 'hidden');
    expect([username.attrs.name, labelText(doc, username.attrs.id), username.attrs.autocomplete]).toEqual(['username', 'Username', 'username']);
    expect([password.attrs.name, password.attrs.type, labelText(doc, password.attrs.id), password.attrs.autocomplete]).toEqual(['password', 'password', 'Password', 'current-password']);
    expect(startTags(doc, 'button').map((b) => [nameOf(doc, b), b.attrs.type])).toEqual([['Sign in', 'submit']]);
    expect(startTags(doc, 'input').find((i) => i.attrs.name === 'csrf')?.attrs.value).toBe('csrf-token-1');
    expect(textOf(doc)).toContain('Budget Buddy');
    expect(startTags(doc).some((t) => t.attrs.role === 'alert')).toBe(false);
  });

  it('announces an error with the attempts left and keeps the username', () => {
    const doc = renderLogin(loginView(false, { username: 'aisha', error: 'Wrong username or password.', attemptsLeft: 2 }));
    const alert = startTags(doc).find((t) => t.attrs.role === 'alert')!;
    expect(textOf(innerHtml(doc, alert))).toBe('Wrong username or password. 2 attempts left');
    const username = startTags(doc, 'input').find((i) => i.attrs.name === 'username')!;
    expect(username.attrs.value).toBe('aisha');
    expect(username.attrs['aria-invalid']).toBe('true');
    expect(byId(doc, username.attrs['aria-describedby'])).toEqual(alert);
  });

  it('explains a dashboard sign-in without naming a TPP', () => {
    expect(textOf(renderLogin(loginView(false, { purpose: 'dashboard', tppName: undefined })))).toContain('manage the apps');
  });
});

describe('renderOtp', () => {
  it('asks for a numeric one-time code and a "Verify" button', () => {
    const doc = renderOtp(otpView());
    const otp = startTags(doc, 'input').find((i) => i.attrs.name === 'otp')!;
    expect(labelText(doc, otp.attrs.id)).toBe('One-time code');
    expect([otp.attrs.inputmode, otp.attrs.autocomplete]).toEqual(['numeric', 'one-time-code']);
    expect(startTags(doc, 'button').map((b) => nameOf(doc, b))).toEqual(['Verify']);
    expect(textOf(doc)).toContain('+971 5• ••• ••34');
  });

  it('says "1 attempt left" in the alert', () => {
    const doc = renderOtp(otpView(false, { error: 'That code is not right.', attemptsLeft: 1 }));
    const alert = startTags(doc).find((t) => t.attrs.role === 'alert')!;
    expect(textOf(innerHtml(doc, alert))).toBe('That code is not right. 1 attempt left');
  });
});

describe('renderMessage', () => {
  it('announces an error and offers the way on as a prominent link', () => {
    const doc = renderMessage(messageView());
    const alert = startTags(doc).find((t) => t.attrs.role === 'alert')!;
    expect(textOf(innerHtml(doc, alert))).toContain('The request has expired.');
    expect(textOf(innerHtml(doc, startTags(doc, 'h2')[0]))).toBe('We could not finish your request');
    const link = startTags(doc, 'a').find((a) => a.attrs.href === '/esb/consents' && a.attrs.class?.includes('button'))!;
    expect(nameOf(doc, link)).toBe('Go to your consents');
  });

  it('does not raise an alert for information or success, nor repeat a heading equal to the title', () => {
    const doc = renderMessage(messageView(false, { tone: 'success', heading: 'Something went wrong', link: undefined }));
    expect(startTags(doc).some((t) => t.attrs.role === 'alert')).toBe(false);
    expect(startTags(doc, 'h2')).toHaveLength(0);
  });
});

describe('stylesheet', () => {
  it('fetches nothing and styles both sectors, focus and the ribbon', () => {
    expect(LFI_CSS).not.toMatch(/url\(|@import|https?:\/\//i);
    expect(LFI_CSS).toContain('body[data-sector="insurance"]');
    expect(LFI_CSS).toContain(':focus-visible');
    expect(LFI_CSS).toContain('.sandbox-ribbon');
    expect(LFI_CSS.split('{').length).toBe(LFI_CSS.split('}').length);
  });
});

describe('html helpers', () => {
  it('escapes the five characters that matter, and nested html only once', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const inner = html`<b>${SCRIPT}</b>`;
    expect(html`<p>${inner}${[html`<i>1</i>`, '<2>']}${undefined}${false}</p>`.value).toBe(
      '<p><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</b><i>1</i>&lt;2&gt;</p>',
    );
  });

  it('lets only same-origin paths and http(s) URLs into links, and only image data URIs into logos', () => {
    expect(['/esb/consents', '#main', 'https://tpp.example/cb'].map(safeHref)).toEqual(['/esb/consents', '#main', 'https://tpp.example/cb']);
    expect(['javascript:alert(1)', '//evil.example/', 'data:text/html,x', '/\\evil'].map(safeHref)).toEqual(['#', '#', '#', '#']);
    expect(safeImageDataUri('data:image/svg+xml;base64,PHN2Zy8+')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    expect([safeImageDataUri('https://tpp.example/logo.png'), safeImageDataUri('data:text/html,<b>'), safeImageDataUri(undefined)]).toEqual([undefined, undefined, undefined]);
  });
});
