import { certificateSource, CertificateSource, dnSubject, TlsPeer, TrustedProxy } from './caller-certificate';

const DN = 'CN=e14a49e6-8ad4-4dcf-bd2e-85a38fe8752c,OU=233bcd1d-4216-4b3c-a362-9e4a9282bba7,O=RAIDIAM SERVICES LIMITED,C=UK';
const PEM = '-----BEGIN%20CERTIFICATE-----%0A...';
const proxy: TrustedProxy = { certificateFingerprint256: 'AB:'.repeat(31) + 'AB' };
const withCertHeader: TrustedProxy = { ...proxy, certificateHeader: 'x-client-cert' };
const customDn: TrustedProxy = { ...proxy, dnHeader: 'x-ssl-client-dn' };

const tls: CertificateSource = { from: 'tls' };
const required = { rejection: expect.stringMatching(/certificate is required/) };
const unchained = { rejection: expect.stringMatching(/does not chain to the sandbox CA/) };

/** [case, TLS peer, headers, trusted proxy setting, where the caller's certificate comes from] */
const cases: [string, TlsPeer, Record<string, string | string[]>, TrustedProxy | undefined, unknown][] = [
  ['no proxy configured: no certificate, a DN header is still unauthenticated', 'none', { 'x-cert-dn': DN }, undefined, required],
  ['no proxy configured: a foreign certificate, a DN header does not help', 'unverified', { 'x-cert-dn': DN }, undefined, unchained],
  ['no proxy configured: the TLS certificate, x-cert-dn ignored', 'other', { 'x-cert-dn': DN }, undefined, tls],
  ['no proxy configured: the TLS certificate, x-client-cert ignored', 'other', { 'x-client-cert': PEM }, undefined, tls],
  ['proxy configured: no certificate, a DN header is still unauthenticated', 'none', { 'x-cert-dn': DN }, proxy, required],
  ['proxy configured: a foreign certificate (even with the pinned fingerprint) is never the proxy', 'unverified', { 'x-cert-dn': DN }, proxy, unchained],
  ['proxy configured: any other peer is its TLS certificate, x-cert-dn ignored', 'other', { 'x-cert-dn': DN }, proxy, tls],
  ['proxy configured: any other peer is its TLS certificate, x-client-cert ignored', 'other', { 'x-client-cert': PEM }, withCertHeader, tls],
  ['the proxy with x-cert-dn: the DN', 'trusted-proxy', { 'x-cert-dn': DN }, proxy, { from: 'forwarded-dn', dn: DN }],
  ['the proxy with the configured DN header: the DN', 'trusted-proxy', { 'x-ssl-client-dn': DN }, customDn, { from: 'forwarded-dn', dn: DN }],
  ['the proxy with x-cert-dn when another DN header is configured: nothing', 'trusted-proxy', { 'x-cert-dn': DN }, customDn, { rejection: 'the trusted proxy forwarded no caller (x-ssl-client-dn header)' }],
  ['the proxy with a certificate and a DN: the certificate', 'trusted-proxy', { 'x-client-cert': PEM, 'x-cert-dn': DN }, withCertHeader, { from: 'forwarded-certificate', pem: PEM }],
  ['the proxy with a certificate header that is not configured: the DN', 'trusted-proxy', { 'x-client-cert': PEM, 'x-cert-dn': DN }, proxy, { from: 'forwarded-dn', dn: DN }],
  ['the proxy forwarding nothing: refused, not the proxy itself', 'trusted-proxy', {}, withCertHeader, { rejection: 'the trusted proxy forwarded no caller (x-client-cert or x-cert-dn header)' }],
  ['the proxy forwarding the DN twice: refused', 'trusted-proxy', { 'x-cert-dn': [DN, DN] }, proxy, { rejection: 'the trusted proxy forwarded the caller more than once' }],
  ['the proxy forwarding the certificate twice: refused', 'trusted-proxy', { 'x-client-cert': [PEM, PEM] }, withCertHeader, { rejection: 'the trusted proxy forwarded the caller more than once' }],
];

describe('certificateSource: whose certificate a request carries', () => {
  it.each(cases)('%s', (_case, peer, headers, trusted, expected) => {
    expect(certificateSource(peer, headers, trusted)).toEqual(expected);
  });
});

describe('dnSubject', () => {
  it("reads OU and CN of the official collection's DN", () => {
    expect(dnSubject(DN)).toEqual({ organisationId: '233bcd1d-4216-4b3c-a362-9e4a9282bba7', clientId: 'e14a49e6-8ad4-4dcf-bd2e-85a38fe8752c' });
  });

  it('reads them in any order, with spaces and escaped commas in other values', () => {
    expect(dnSubject('C=AE, O=Acme\\, Inc., OU=org-1, CN=client-1')).toEqual({ organisationId: 'org-1', clientId: 'client-1' });
  });

  it('names nothing that is not there', () => {
    expect(dnSubject('O=Acme,C=AE')).toEqual({ organisationId: undefined, clientId: undefined });
    expect(dnSubject('garbage')).toEqual({ organisationId: undefined, clientId: undefined });
  });
});
