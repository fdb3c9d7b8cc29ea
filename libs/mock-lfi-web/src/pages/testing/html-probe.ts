/*
 * Just enough HTML reading for the page tests (no HTML parser is installed). It relies on what
 * the pages guarantee: attribute values are always double-quoted and escaped, so a tag cannot
 * contain a raw `"`, `<` or `>` inside a value.
 */

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Offset of `<` and just after `>` in the document. */
  start: number;
  end: number;
}

const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*>/g;
const ATTR = /([^\s"'>/=]+)(?:="([^"]*)")?/g;
const END_TAG = /<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/g;

export function startTags(doc: string, name?: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of doc.matchAll(START_TAG)) {
    if (name && m[1].toLowerCase() !== name) continue;
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(ATTR)) attrs[a[1].toLowerCase()] = decode(a[2] ?? '');
    tags.push({ name: m[1].toLowerCase(), attrs, start: m.index!, end: m.index! + m[0].length });
  }
  return tags;
}

export function endTagCount(doc: string): number {
  return [...doc.matchAll(END_TAG)].length;
}

export function byId(doc: string, id: string): Tag | undefined {
  return startTags(doc).find((t) => t.attrs.id === id);
}

/** The markup between a tag and its matching end tag (same-name nesting counted). */
export function innerHtml(doc: string, tag: Tag): string {
  const open = new RegExp(`<${tag.name}[\\s>]|</${tag.name}\\s*>`, 'gi');
  open.lastIndex = tag.end;
  let depth = 1;
  for (let m = open.exec(doc); m; m = open.exec(doc)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return doc.slice(tag.end, m.index);
  }
  throw new Error(`<${tag.name}> at ${tag.start} is never closed`);
}

export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

/** Text a person reads: tags removed, entities decoded, spaces collapsed. */
export function textOf(fragment: string): string {
  return decode(fragment.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The accessible name of a tag: aria-label, else its text content. */
export function nameOf(doc: string, tag: Tag): string {
  return tag.attrs['aria-label'] ?? textOf(innerHtml(doc, tag));
}

export function labelText(doc: string, id: string): string | undefined {
  const label = startTags(doc, 'label').find((l) => l.attrs.for === id);
  return label && textOf(innerHtml(doc, label));
}

/** Each <form> with its own markup. */
export function forms(doc: string): { tag: Tag; body: string }[] {
  return startTags(doc, 'form').map((tag) => ({ tag, body: innerHtml(doc, tag) }));
}
