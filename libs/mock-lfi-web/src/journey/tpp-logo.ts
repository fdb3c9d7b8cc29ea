import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';

const MAX_BYTES = 64 * 1024;
const IMAGE_TYPES = new Set(['image/svg+xml', 'image/png', 'image/jpeg', 'image/webp']);

/**
 * The TPP's logo from its software statement's `logo_uri`, fetched by the LFI's back end and
 * inlined as a data: URI, so the user's browser never calls the TPP's host (and the page works
 * without network). An <img> never runs scripts, even of an SVG. Any failure shows no logo.
 */
export async function logoDataUri(logoUri: string | undefined, caFile: string): Promise<string | undefined> {
  if (!logoUri || !logoUri.startsWith('https://')) return undefined;
  const agent = new Agent({ connect: { ca: readFileSync(caFile) } });
  try {
    const res = await request(logoUri, { dispatcher: agent, headersTimeout: 3000, bodyTimeout: 3000 });
    const type = String(res.headers['content-type'] ?? '').split(';')[0].trim();
    const body = Buffer.from(await res.body.arrayBuffer());
    if (res.statusCode !== 200 || !IMAGE_TYPES.has(type) || body.length > MAX_BYTES) return undefined;
    return `data:${type};base64,${body.toString('base64')}`;
  } catch {
    return undefined;
  } finally {
    await agent.close();
  }
}
