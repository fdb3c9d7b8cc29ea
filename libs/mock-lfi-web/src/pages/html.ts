/*
 * Escaping for the server-rendered pages. Every value interpolated into `html` is escaped unless
 * it is itself the result of `html` (or `raw`), so markup built from a TPP's name, a user's input
 * or an account nickname can never open a tag or leave an attribute.
 *
 * escape-html sits in node_modules only as Express's dependency (not in our package.json, no
 * types), so the same five replacements are written out here instead of relying on it.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Markup that is already safe: built by `html`, or a constant of this folder passed to `raw`. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** Marks trusted markup (constants written in this folder, never data) as safe to insert. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function piece(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  // Absent optional parts render as nothing, so templates can use `cond && html\`…\``.
  if (value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${name}</p>\`` escapes `name`; nested `html` results and arrays of them pass through. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += piece(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/**
 * A link target fit for an href: a path on this origin, a fragment or an http(s) URL (e.g. the
 * way back to a TPP). Anything else (javascript:, data:, protocol-relative `//host`) becomes '#',
 * so a hostile value cannot run script when clicked.
 */
export function safeHref(href: string): string {
  if (/^\/(?![/\\])/.test(href) || href.startsWith('#') || href.startsWith('?')) return href;
  if (/^https?:\/\/[^\s]+$/i.test(href)) return href;
  return '#';
}

/** A logo is shown only as an inline raster or SVG image: nothing is fetched from the network. */
export function safeImageDataUri(uri: string | undefined): string | undefined {
  return uri && /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i.test(uri) ? uri : undefined;
}
