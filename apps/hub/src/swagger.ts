import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** One OpenAPI document and Swagger UI per hub surface, all generated from the same controllers and DTOs. */
const SURFACES: { slug: string; title: string; match: (path: string) => boolean }[] = [
  { slug: 'resource-server', title: 'Resource server (TPP-facing)', match: (p) => p.split('/')[2] === 'rs' },
  { slug: 'headless-heimdall', title: 'Headless Heimdall (LFI-facing)', match: (p) => p.split('/')[2] === 'hh' },
  { slug: 'consent-manager', title: 'Consent Manager (LFI-facing)', match: (p) => p.split('/')[2] === 'cm' },
  { slug: 'trust-framework', title: 'Local trust framework keystore', match: (p) => p.startsWith('/trust-framework') },
  { slug: 'health', title: 'Health', match: (p) => p.startsWith('/health') },
];

function onlyPaths(doc: OpenAPIObject, match: (path: string) => boolean, title: string): OpenAPIObject {
  const paths = Object.fromEntries(Object.entries(doc.paths).filter(([p]) => match(p)));
  return { ...doc, info: { ...doc.info, title: `Hub sandbox: ${title}` }, paths };
}

/** Returns the UI paths it published, for the banner and the manifest. */
export function publishHubDocs(app: INestApplication): Record<string, string> {
  const config = new DocumentBuilder()
    .setTitle('UAE Open Finance API Hub sandbox')
    .setDescription('Every route of the hub. Tenant routes start with /{tenant}/ (as, rs, hh, cm).')
    .setVersion('2.1')
    .build();
  const all = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, all, { jsonDocumentUrl: 'docs/json' });
  const published: Record<string, string> = { hub: '/docs' };
  for (const s of SURFACES) {
    SwaggerModule.setup(`docs/${s.slug}`, app, onlyPaths(all, s.match, s.title), { jsonDocumentUrl: `docs/${s.slug}/json` });
    published[s.slug] = `/docs/${s.slug}`;
  }
  return published;
}
