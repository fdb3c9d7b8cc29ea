import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './sandbox-process';

interface PostmanItem {
  name: string;
  item?: PostmanItem[];
  request?: {
    method: string;
    header: { key: string; value: string; disabled?: boolean }[];
    body?: { mode: string; raw?: string; urlencoded?: { key: string; value: string; disabled?: boolean }[] };
    url: { raw: string };
  };
}

/** The official Insurance v2.1 Postman collection, vendored unchanged. */
export const OFFICIAL_INSURANCE_COLLECTION = join(REPO_ROOT, 'third_party/uae-open-finance-specs/postman/insurance.postman_collection.json');

export interface PostmanRequestAsSent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The first request of the official insurance collection with this name (the collection is read, never changed). */
export function officialPostmanRequest(name: string): NonNullable<PostmanItem['request']> {
  const find = (items: PostmanItem[]): PostmanItem | undefined => items.reduce<PostmanItem | undefined>((hit, i) => hit ?? (i.name === name && i.request ? i : find(i.item ?? [])), undefined);
  const item = find((JSON.parse(readFileSync(OFFICIAL_INSURANCE_COLLECTION, 'utf8')) as { item: PostmanItem[] }).item);
  if (!item?.request) throw new Error(`no request '${name}' in the official collection`);
  return item.request;
}

/**
 * A request of the official collection as Postman sends it: method, enabled headers (lower-case
 * names), the raw body (JSON line comments removed, as Postman does for an application/json body)
 * or the enabled urlencoded fields, with Content-Length (a GET body included), every `{{variable}}`
 * from `env` (`{{$guid}}` a new UUID each time).
 */
export function asPostmanSends(name: string, env: Record<string, string>): PostmanRequestAsSent {
  const r = officialPostmanRequest(name);
  const fill = (text: string) => text.replace(/\{\{([^}]+)\}\}/g, (_all, v: string) => (v === '$guid' ? randomUUID() : (env[v] ?? `{{${v}}}`)));
  const headers = Object.fromEntries(r.header.filter((h) => !h.disabled).map((h) => [h.key.toLowerCase(), fill(h.value)]));
  let body = '';
  if (r.body?.mode === 'urlencoded') {
    body = new URLSearchParams((r.body.urlencoded ?? []).filter((f) => !f.disabled && f.key).map((f): [string, string] => [f.key, fill(f.value)])).toString();
    if (body) headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (r.body?.raw) {
    body = fill(r.body.raw);
    if (/json/.test(headers['content-type'] ?? '')) body = body.replace(/^\s*\/\/.*$/gm, '');
  }
  return { method: r.method, url: fill(r.url.raw), headers: body ? { ...headers, 'content-length': String(Buffer.byteLength(body)) } : headers, body };
}
