import { REPO_ROOT } from '@hub/testing';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POSTMAN_VARIABLES, postmanEnvironment } from './postman-environment';

interface Item {
  item?: Item[];
  request?: unknown;
  event?: { script: { exec: string[] } }[];
}

const collection = JSON.parse(readFileSync(join(REPO_ROOT, 'third_party/uae-open-finance-specs/postman/insurance.postman_collection.json'), 'utf8')) as Item;
const SET = /(?:pm\.(?:environment|globals|collectionVariables|variables)\.set|postman\.set(?:Environment|Global)Variable)\(\s*['"]([^'"]+)['"]/g;
const GET = /(?:pm\.(?:environment|globals|collectionVariables|variables)\.get|postman\.get(?:Environment|Global)Variable)\(\s*['"]([^'"]+)['"]/g;

/** Every variable the collection reads (in requests and scripts) and none of its scripts sets: what an environment must give. */
function variablesTheCollectionNeeds(root: Item): string[] {
  const read = new Set<string>();
  const set = new Set<string>();
  const visit = (i: Item) => {
    for (const e of i.event ?? []) {
      const script = e.script.exec.join('\n');
      for (const [, name] of script.matchAll(SET)) set.add(name);
      for (const [, name] of script.matchAll(GET)) read.add(name);
    }
    // Handlebars of the visualiser templates ({{#each}}, {{response.x}}) and Postman's dynamic variables ({{$guid}}) are not environment variables.
    if (i.request) for (const [, name] of JSON.stringify(i.request).matchAll(/\{\{([^}#/$@]+)\}\}/g)) if (!name.startsWith('response') && name !== 'this') read.add(name);
    i.item?.forEach(visit);
  };
  visit(root);
  return [...read].filter((v) => !set.has(v)).sort();
}

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const urls = {
  base: 'https://localhost:8443/dune-insurance',
  issuer: 'https://localhost:8443/dune-insurance/as',
  discoveryUrl: 'https://localhost:8443/dune-insurance/as/.well-known/openid-configuration',
  resourceServerUrl: 'https://localhost:8443/dune-insurance/rs',
  headlessHeimdallUrl: 'https://localhost:8443/dune-insurance/hh',
  consentManagerUrl: 'https://localhost:8443/dune-insurance/cm',
  authorizationEndpoint: 'https://localhost:9443/dune-insurance/authorize',
  ozoneConnectUrl: 'https://localhost:9443/dune-insurance/ozone-connect',
};
const environment = postmanEnvironment({
  id: 'env-1',
  name: 'Dune Insurance',
  urls,
  tpp: { clientId: 'tpp-1', signingKid: 'tpp-kid', signingKeyPem: pem, redirectUri: 'https://localhost:8080/callback' },
  lfi: { clientId: 'lfi-1', signingKid: 'lfi-kid', signingKeyPem: pem },
});
const valueOf = (key: string) => environment.values.find((v) => v.key === key)?.value;

describe('postmanEnvironment', () => {
  it('gives exactly the variables the official insurance collection reads and never sets, plus the two it sets too late or out of reach', () => {
    // authEndpoint: the collection sets it as a global from discovery (authorization_endpoint minus '/auth'), which an
    // environment variable overrides; Headless Heimdall's /auth is what its doConfirm step needs here.
    // userId: the collection-level script sets it after each request (to a user of the hosted bank), so the first request reads the environment's.
    const setButGiven = ['authEndpoint', 'userId'];
    expect([...POSTMAN_VARIABLES].sort()).toEqual([...variablesTheCollectionNeeds(collection), ...setButGiven].sort());
    expect(environment.values.map((v) => v.key)).toEqual([...POSTMAN_VARIABLES]);
  });

  it('points the collection at the tenant: rs, issuer, cs, the token endpoint and Headless Heimdall /auth', () => {
    expect({ rs: valueOf('rs'), issuer: valueOf('issuer'), cs: valueOf('cs'), tokenEndpoint: valueOf('tokenEndpoint'), authEndpoint: valueOf('authEndpoint') }).toEqual({
      rs: urls.resourceServerUrl,
      issuer: urls.issuer,
      cs: urls.consentManagerUrl,
      tokenEndpoint: `${urls.issuer}/token`,
      authEndpoint: `${urls.headlessHeimdallUrl}/auth`,
    });
    expect({ _clientId: valueOf('_clientId'), redirectUrl: valueOf('redirectUrl'), kid: valueOf('kid-local'), lfiKid: valueOf('kid-local-ozone') }).toEqual({ _clientId: 'tpp-1', redirectUrl: 'https://localhost:8080/callback', kid: 'tpp-kid', lfiKid: 'lfi-kid' });
  });

  it('writes the keys so that the collection\'s raw JSON bodies stay JSON and carry the PEM intact (secret variables)', () => {
    const raw = '{"header": {"alg": "PS256", "kid": "{{kid-local}}"}, "signingKeyPEM": "{{pem-local}}", "lfi": "{{pem-local-ozone}}"}';
    const body = JSON.parse(raw.replace(/\{\{([^}]+)\}\}/g, (_m, v: string) => valueOf(v)!));
    expect(body.signingKeyPEM).toBe(pem.trim());
    expect(body.lfi).toBe(pem.trim());
    expect(environment.values.filter((v) => v.type === 'secret').map((v) => v.key)).toEqual(['pem-local', 'pem-local-ozone']);
  });
});
