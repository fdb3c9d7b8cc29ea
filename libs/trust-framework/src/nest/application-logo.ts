import { createHash } from 'node:crypto';

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A logo for a TPP application of the local trust framework: its initials on a colour derived
 * from its name, as an SVG. The real directory holds logos the TPPs upload; ours draws them so
 * that every software statement has a `logo_uri` an LFI page can show.
 */
export function applicationLogoSvg(name: string): string {
  const initials = name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('') || '?';
  const hue = parseInt(createHash('sha256').update(name).digest('hex').slice(0, 4), 16) % 360;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img">',
    `<title>${escapeXml(name)}</title>`,
    `<rect width="96" height="96" rx="20" fill="hsl(${hue} 55% 38%)"/>`,
    `<text x="48" y="60" font-family="Arial, Helvetica, sans-serif" font-size="38" font-weight="700" fill="#fff" text-anchor="middle">${escapeXml(initials)}</text>`,
    '</svg>',
  ].join('');
}
