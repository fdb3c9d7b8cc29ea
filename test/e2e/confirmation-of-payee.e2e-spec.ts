import { loadConfig } from '@hub/kernel';
import { bankCode, COP_PAYEES, copPayeeIban, generateLfiData, uaeIban } from '@hub/mock-lfi-data';
import {
  clientCredentialsToken,
  copCall,
  COP_DOC,
  disposeSandbox,
  hubCopQuery,
  httpsCall,
  peekJwt,
  readOfficialSpec,
  SandboxManifest,
  SandboxProcess,
  signCopMessage,
  startSandbox,
  TppClient,
  tppClient,
  validateAgainstComponent,
  withPublicLinks,
  type CopReply,
} from '@hub/testing';
import { generateKeyPair } from 'jose';

// Confirmation of Payee as an outside TPP does it: discovery at any bank, then confirmation at
// the payee's bank, for every row of the README's table of test accounts; every answer checked
// against the official document (the signed body's claims and its message), the mock bank's
// cop-query answers against the Ozone Connect document.

const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-data-sharing-openapi.yaml';
const FALCON = 'falcon-bank';
const OASIS = 'oasis-bank';
const INSURER = 'dune-insurance';

const payeeIban = (bank: string, n: number) => copPayeeIban({ id: bank, name: bank, sector: 'banking' }, COP_PAYEES[n - 1]);
const person = (FullName: string, parts: { GivenName?: string; LastName?: string } = {}) => ({ FullName, ...parts });
const business = (BusinessName: string) => ({ BusinessName });
const confirmation = (iban: string, Name: object) => ({ Data: { SchemeName: 'IBAN', Identification: iban, Name } });
const discovery = (iban: string) => ({ Data: { SchemeName: 'IBAN', Identification: iban } });

/** The README's table: the payee's account, the name the payer gives, the answer (undefined: 204). */
const TABLE: [string, number, object, string | undefined, string | undefined][] = [
  ['exact', 1, person('Mohammed Rashid Al Mansoori'), 'ConfirmationOfPayee.Yes', 'M******* R***** A* M*******'],
  ['case, spacing and punctuation', 1, person('MOHAMMED  RASHID AL-MANSOORI'), 'ConfirmationOfPayee.Yes', 'M******* R***** A* M*******'],
  ['a transliteration (Mohamed)', 1, person('Mohamed Rashid Al Mansoori'), 'ConfirmationOfPayee.Partial', 'M******* R***** A* M*******'],
  ['El- for Al-', 1, person('Mohammed Rashid El-Mansoori'), 'ConfirmationOfPayee.Partial', 'M******* R***** A* M*******'],
  ['another word order', 1, person('Al Mansoori Mohammed Rashid'), 'ConfirmationOfPayee.Partial', 'M******* R***** A* M*******'],
  ['initials', 1, person('M. R. Al Mansoori'), 'ConfirmationOfPayee.Partial', 'M******* R***** A* M*******'],
  ['a missing middle name', 1, person('Mohammed Al Mansoori'), 'ConfirmationOfPayee.Partial', 'M******* R***** A* M*******'],
  ['given and last name', 1, person('Mansoori', { GivenName: 'Muhammad', LastName: 'Al Mansoori' }), 'ConfirmationOfPayee.Partial', 'M******* R***** A* M*******'],
  ['another person', 1, person('Fatima Al Mansoori'), 'ConfirmationOfPayee.No', undefined],
  ['Abdulrahman for Abdul Rahman', 2, person('Abdulrahman Saleh Al Nuaimi'), 'ConfirmationOfPayee.Partial', 'A**** R***** S**** A* N*****'],
  ['Abd Al-Rahman for Abdul Rahman', 2, person('Abd Al-Rahman Saleh Al Nuaimi'), 'ConfirmationOfPayee.Partial', 'A**** R***** S**** A* N*****'],
  ['a joint account\'s first holder', 3, person('Omar Haddad'), 'ConfirmationOfPayee.Yes', 'O*** H*****'],
  ['a joint account\'s second holder', 3, person('Leila Haddad'), 'ConfirmationOfPayee.Yes', 'L**** H*****'],
  ['a business\'s trading name', 4, business('Desert Rose Traders'), 'ConfirmationOfPayee.Yes', 'D***** R*** T******'],
  ['a business\'s legal name', 4, business('DESERT ROSE GENERAL TRADING L.L.C.'), 'ConfirmationOfPayee.Yes', 'D***** R*** G****** T****** L.L.C.'],
  ['LLC for L.L.C.', 4, business('Desert Rose General Trading LLC'), 'ConfirmationOfPayee.Partial', 'D***** R*** G****** T****** L.L.C.'],
  ['the legal form left out', 4, business('Desert Rose General Trading'), 'ConfirmationOfPayee.Partial', 'D***** R*** G****** T****** L.L.C.'],
  ['another business', 4, business('Desert Palm Traders'), 'ConfirmationOfPayee.No', undefined],
  ['a personal name for a business account', 4, person('Desert Rose Traders'), 'ConfirmationOfPayee.No', undefined],
  ['the Arabic-script name', 5, person('فاطمة أحمد الكتبي'), 'ConfirmationOfPayee.Yes', 'ف**** أ*** ا*****'],
  ['a missing middle name (Latin)', 5, person('Fatima Al Ketbi'), 'ConfirmationOfPayee.Partial', 'F***** A**** A* K****'],
  ['a holder who opted out of CoP', 6, person('Yousef Khan'), undefined, undefined],
];

describe('Confirmation of Payee: discovery then confirmation, as a TPP', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let doc: any;
  let ocDoc: any;
  const tpps: Record<string, TppClient> = {};
  const tenant = (id: string) => m.tenants.find((t) => t.id === id)!;
  const app = () => m.tpps[0];
  const call = (bank: string, operation: 'discovery' | 'confirmation', message: unknown, o: Parameters<typeof copCall>[6] = {}) => copCall(tpps[bank], m, tenant(bank), app(), operation, message, o);

  /** A signed 200 answer: its claims (aud the TPP, as one string) and message valid against the document. */
  function signedAnswer(reply: CopReply, component: string): any {
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^application\/jwt/);
    expect(reply.claims.aud).toBe(app().clientId);
    expect(validateAgainstComponent(doc, component, { ...reply.claims, message: withPublicLinks(reply.claims.message) }).errors).toBe('No errors');
    return reply.claims.message;
  }

  /** A signed error: the document's status and code, the body valid against AEError<status>ResponseBodySigned. */
  function signedError(reply: CopReply, status: 400 | 403, code: string): void {
    expect(reply.status).toBe(status);
    expect(reply.type).toMatch(/^application\/jwt/);
    expect(validateAgainstComponent(doc, `AEError${status}ResponseBodySigned`, reply.claims).errors).toBe('No errors');
    expect(reply.claims.message.Errors[0].Code).toBe(code);
  }

  beforeAll(async () => {
    doc = readOfficialSpec(COP_DOC);
    ocDoc = readOfficialSpec(OC_DOC);
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    for (const bank of [FALCON, OASIS, INSURER]) tpps[bank] = await tppClient(tenant(bank).issuer, app(), m.caCertFile);
  });

  afterAll(async () => {
    await Promise.all(Object.values(tpps).map((c) => c?.close()));
    if (sp) await disposeSandbox(sp);
  });

  it('sends request bodies as the document types them (the test\'s own check)', async () => {
    const jwt = await signCopMessage(app(), tenant(FALCON).issuer, confirmation(payeeIban(FALCON, 1), person('A B')));
    expect(validateAgainstComponent(doc, 'NameConfirmationRequestBodySigned', peekJwt(jwt)).errors).toBe('No errors');
    const found = await signCopMessage(app(), tenant(FALCON).issuer, discovery(payeeIban(FALCON, 1)));
    expect(validateAgainstComponent(doc, 'DiscoverConfirmationSourceRequestBodySigned', peekJwt(found)).errors).toBe('No errors');
  });

  it.each([
    [FALCON, FALCON],
    [OASIS, FALCON],
    [FALCON, OASIS],
    [OASIS, OASIS],
  ])('discovery at %s finds the bank of a %s IBAN by its bank code', async (askedAt, payeeBank) => {
    const message = signedAnswer(await call(askedAt, 'discovery', discovery(payeeIban(payeeBank, 1))), 'DiscoverConfirmationSourceResponseBodySigned');
    expect(message.Data).toEqual({ DiscoveryEndpointUrl: tenant(payeeBank).discoveryUrl, ResourceServerUrl: tenant(payeeBank).resourceServerUrl });
    expect(message.Links.Self).toBe(`${tenant(askedAt).resourceServerUrl}/open-finance/confirmation-of-payee/v2.1/discovery`);
  });

  it('discovery reads the bank codes 580 (Falcon Bank) and 996 (Oasis Bank), an IBAN in groups and in lower case', async () => {
    expect([bankCode({ id: FALCON, name: FALCON, sector: 'banking' }), bankCode({ id: OASIS, name: OASIS, sector: 'banking' })]).toEqual(['580', '996']);
    const grouped = payeeIban(OASIS, 2).toLowerCase().replace(/(.{4})/g, '$1 ').trim();
    expect(signedAnswer(await call(FALCON, 'discovery', discovery(grouped)), 'DiscoverConfirmationSourceResponseBodySigned').Data.ResourceServerUrl).toBe(tenant(OASIS).resourceServerUrl);
  });

  it('discovery answers 404 without a body for a bank code no sandbox bank has, and the insurer has no CoP (404)', async () => {
    const unknownBank = await call(FALCON, 'discovery', discovery(uaeIban('260', '1234567890123456')));
    expect(unknownBank).toMatchObject({ status: 404, text: '' });
    expect(await call(INSURER, 'discovery', discovery(payeeIban(FALCON, 1)))).toMatchObject({ status: 404, text: '' });
    expect(await call(INSURER, 'confirmation', confirmation(payeeIban(FALCON, 1), person('Omar Haddad')))).toMatchObject({ status: 404, text: '' });
  });

  it.each(TABLE)('confirmation: %s', async (_row, n, name, indicator, masked) => {
    for (const bank of [FALCON, OASIS]) {
      const reply = await call(bank, 'confirmation', confirmation(payeeIban(bank, n), name));
      if (indicator === undefined) {
        expect(reply).toMatchObject({ status: 204, text: '' });
        continue;
      }
      const message = signedAnswer(reply, 'NameConfirmationResponseBodySigned');
      expect(message.Data).toEqual(masked === undefined ? { NameMatchIndicator: indicator } : { NameMatchIndicator: indicator, MaskedName: masked });
      expect(message.Links.Self).toBe(`${tenant(bank).resourceServerUrl}/open-finance/confirmation-of-payee/v2.1/confirmation`);
    }
  });

  it('confirmation answers 204 for an IBAN the bank does not hold: unknown at this bank, another sandbox bank\'s, an unknown bank\'s', async () => {
    const unknownHere = uaeIban(bankCode({ id: FALCON, name: FALCON, sector: 'banking' }), '7199999999999999');
    for (const iban of [unknownHere, payeeIban(OASIS, 1), uaeIban('260', '1234567890123456')]) {
      expect(await call(FALCON, 'confirmation', confirmation(iban, person('Mohammed Rashid Al Mansoori')))).toMatchObject({ status: 204, text: '' });
    }
  });

  it('a seeded customer\'s account answers with its holder\'s name', async () => {
    const falcon = { id: FALCON, name: FALCON, sector: 'banking' as const };
    const data = generateLfiData(falcon, loadConfig(sp.env).seed, { psuCount: 1 });
    const account = data.accounts[0];
    const message = signedAnswer(await call(FALCON, 'confirmation', confirmation(account.iban, person(data.psus[0].fullName.toUpperCase()))), 'NameConfirmationResponseBodySigned');
    expect(message.Data.NameMatchIndicator).toBe('ConfirmationOfPayee.Yes');
    expect(message.Data.MaskedName).toMatch(/^\p{L}\*+ \p{L}\*+/u);
  });

  it('the mock bank answers the hub\'s cop-query with records valid against the Ozone Connect document', async () => {
    const check = (body: unknown) => expect(validateAgainstComponent(ocDoc, 'ConfirmationResponse', body).errors).toBe('No errors');
    for (const [n, name] of [[1, { fullName: 'x' }], [3, { fullName: 'x' }], [4, { businessName: 'x' }], [5, { fullName: 'x' }], [6, { fullName: 'x' }]] as const) {
      const reply = await hubCopQuery(sp, m, FALCON, { data: { account: { schemeName: 'IBAN', identification: payeeIban(FALCON, n), name } } });
      expect(reply.status).toBe(200);
      check(reply.body);
      expect(reply.body.data.length).toBe(n === 6 ? 0 : n === 3 ? 2 : 1);
    }
  });

  it('documents both operations and the mock bank\'s cop-query in the published OpenAPI, from the DTOs that validate them', async () => {
    const hub = m.services.hub as unknown as { docs: Record<string, string> };
    const rs = (await httpsCall(`${hub.docs['resource-server']}/json`, { caFile: m.caCertFile })).json();
    const base = '/{tenant}/rs/open-finance/confirmation-of-payee/v2.1';
    expect(rs.paths[`${base}/discovery`].post.requestBody.content['application/jwt'].schema.$ref).toMatch(/ConfirmationDiscoveryRequestDto/);
    expect(rs.paths[`${base}/confirmation`].post.requestBody.content['application/jwt'].schema.$ref).toMatch(/AccountConfirmationRequestDto/);
    expect(Object.keys(rs.paths[`${base}/confirmation`].post.responses)).toEqual(expect.arrayContaining(['200', '204', '400', '401', '403', '415']));
    const lfi = (await httpsCall(`${m.services.mockLfi.url}/docs/json`, { caFile: m.caCertFile })).json();
    expect(lfi.paths['/{tenant}/ozone-connect/customers/action/cop-query'].post.requestBody.content['application/json'].schema.$ref).toMatch(/CopQueryDto/);
  });

  describe('refusals, each with the document\'s status and code', () => {
    it('refuses a malformed IBAN at both operations (400 Body.InvalidFormat, signed)', async () => {
      for (const iban of ['AE070331234567890123457', 'GB33BUKB20201555555555', 'AE12']) {
        signedError(await call(FALCON, 'discovery', discovery(iban)), 400, 'Body.InvalidFormat');
        signedError(await call(FALCON, 'confirmation', confirmation(iban, person('Omar Haddad'))), 400, 'Body.InvalidFormat');
      }
    });

    it('refuses a message that is not the document\'s (400 Body.InvalidFormat naming the member)', async () => {
      const both = await call(FALCON, 'confirmation', confirmation(payeeIban(FALCON, 3), { FullName: 'Omar Haddad', BusinessName: 'Haddad LLC' }));
      signedError(both, 400, 'Body.InvalidFormat');
      expect(both.claims.message.Errors[0].Path).toBe('Data.Name');
      signedError(await call(FALCON, 'discovery', { Data: { SchemeName: 'BBAN', Identification: payeeIban(FALCON, 1) } }), 400, 'Body.InvalidFormat');
    });

    it('refuses a body signed with another key (400 JWS.InvalidSignature) and an unsigned JSON body (415, no body)', async () => {
      const { privateKey } = await generateKeyPair('PS256');
      const forged = await signCopMessage(app(), tenant(FALCON).issuer, confirmation(payeeIban(FALCON, 3), person('Omar Haddad')), privateKey);
      signedError(await call(FALCON, 'confirmation', undefined, { jwt: forged }), 400, 'JWS.InvalidSignature');
      expect(await call(FALCON, 'discovery', discovery(payeeIban(FALCON, 1)), { body: 'json' })).toMatchObject({ status: 415, text: '' });
    });

    it('refuses a token without the confirmation-of-payee scope (403 AccessToken.InvalidScope, signed)', async () => {
      const accountsToken = await clientCredentialsToken(tpps[FALCON], 'accounts');
      signedError(await call(FALCON, 'confirmation', confirmation(payeeIban(FALCON, 3), person('Omar Haddad')), { token: accountsToken }), 403, 'AccessToken.InvalidScope');
      signedError(await call(FALCON, 'discovery', discovery(payeeIban(FALCON, 1)), { scope: 'fx' }), 403, 'AccessToken.InvalidScope');
    });

    it('refuses a missing or unknown token (401, no body) and a token of another bank (401)', async () => {
      expect(await call(FALCON, 'discovery', discovery(payeeIban(FALCON, 1)), { token: 'not-a-token' })).toMatchObject({ status: 401, text: '' });
      const oasisToken = await clientCredentialsToken(tpps[OASIS], 'confirmation-of-payee');
      expect(await call(FALCON, 'confirmation', confirmation(payeeIban(FALCON, 3), person('Omar Haddad')), { token: oasisToken })).toMatchObject({ status: 401, text: '' });
    });

    it('refuses FAPI headers of the wrong format as the other client-credentials calls do (400 Resource.InvalidFormat)', async () => {
      signedError(await call(FALCON, 'discovery', discovery(payeeIban(FALCON, 1)), { headers: { 'x-fapi-interaction-id': 'not-a-uuid' } }), 400, 'Resource.InvalidFormat');
      signedError(await call(FALCON, 'confirmation', confirmation(payeeIban(FALCON, 3), person('Omar Haddad')), { headers: { 'x-fapi-customer-ip-address': 'somewhere' } }), 400, 'Resource.InvalidFormat');
    });
  });
});
