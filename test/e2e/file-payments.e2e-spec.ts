import {
  AccountView,
  BANK_INITIATION_DOC,
  decimalAmount,
  disposeSandbox,
  eventually,
  ibanAtBankOf,
  minorUnits,
  webhookInbox,
  paymentLogOf,
  PaymentsTpp,
  publicLinks,
  readOfficialSpec,
  sandboxConfigFile,
  startSandbox,
  startWebhookReceiver,
  validateAgainstComponent,
  type AuthorizedPaymentConsent,
  type SandboxManifest,
  type SandboxProcess,
  type WebhookReceiver,
  type WebhookTpp,
} from '@hub/testing';
import { createHash, randomUUID } from 'node:crypto';
import { FAST_BANK } from './payments-fast-bank';

const TENANT = 'falcon-bank';
/** The sandbox's payment file format (docs: FileType sandbox.payroll.csv.v1). */
const FILE_TYPE = 'sandbox.payroll.csv.v1';

interface Transfer {
  iban: string;
  name: string;
  amount: string;
  reference: string;
}

/** The CSV file and the FilePayment terms that describe it (hash, count, control sum). */
function payrollFile(transfers: Transfer[]) {
  const csv = ['CreditorIBAN,CreditorName,Amount,Currency,Reference', ...transfers.map((t) => `${t.iban},${t.name},${t.amount},AED,${t.reference}`)].join('\n') + '\n';
  const bytes = Buffer.from(csv, 'utf8');
  const terms = {
    FileType: FILE_TYPE,
    FileHash: createHash('sha256').update(bytes).digest('base64'),
    FileReference: `payroll-${randomUUID().slice(0, 8)}`,
    NumberOfTransactions: transfers.length,
    ControlSum: decimalAmount(transfers.reduce((sum, t) => sum + minorUnits(t.amount), 0)),
  };
  return { bytes, terms };
}

/**
 * File (bulk/batch) payments end to end: a FilePayment consent whose terms describe a payroll
 * file, the file uploaded to the consent, the file payment created and followed to its report,
 * the money moved for every line.
 */
describe('file payments: a payroll file paid through the hub', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: PaymentsTpp;
  let receiver: WebhookReceiver;
  let debtor: AccountView;
  let payee: AccountView;
  const app = () => m.tpps[0] as WebhookTpp;
  const psus = () => m.psus.filter((p) => p.tenantId === TENANT);

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { SANDBOX_CONFIG: sandboxConfigFile(FAST_BANK) } });
    m = sp.manifest();
    tpp = await PaymentsTpp.connect(m, TENANT);
    receiver = await startWebhookReceiver({ certFile: app().webhookServerCertFile, keyFile: app().webhookServerKeyFile });
    const [payer, , , employee] = psus();
    debtor = await AccountView.open(m, tpp.client, TENANT, payer.userId, [payer.accountIds![0]]);
    payee = await AccountView.open(m, tpp.client, TENANT, employee.userId, [employee.accountIds![0]]);
  }, 120_000);

  afterAll(async () => {
    await receiver?.close();
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  const upload = async (consentId: string, bytes: Buffer, contentType = 'text/csv') =>
    tpp.send('POST', `/payment-consents/${consentId}/file`, {
      headers: { authorization: `Bearer ${await tpp.clientToken()}`, 'content-type': contentType, 'x-idempotency-key': randomUUID().replace(/-/g, '') },
      body: bytes.toString('utf8'),
    });

  const authorize = (terms: Record<string, unknown>): Promise<AuthorizedPaymentConsent> =>
    tpp.authorizeConsent({ schedule: { FilePayment: terms }, purpose: 'SAL', webhook: { Url: receiver.url, IsActive: true } }, { userId: debtor.userId, accountId: debtor.accountIds[0] });

  const filePayment = (consentId: string, terms: Record<string, unknown>) => ({ Data: { ConsentId: consentId, Instruction: terms, PaymentPurposeCode: 'SAL', DebtorReference: 'March payroll' } });

  it('uploads the file, creates the file payment (201 Received), moves every line\'s money, reports it, tells the TPP, and consumes the consent', async () => {
    const employeeIban = await payee.iban(payee.accountIds[0]);
    const transfers: Transfer[] = [
      { iban: employeeIban, name: 'Employee One', amount: '150.00', reference: `sal-${randomUUID().slice(0, 8)}` },
      { iban: ibanAtBankOf('oasis-bank', '9000000000000123'), name: 'Employee Two', amount: '250.25', reference: `sal-${randomUUID().slice(0, 8)}` },
    ];
    const { bytes, terms } = payrollFile(transfers);
    const consent = await authorize(terms);
    const [debtorBefore, payeeBefore] = [await debtor.available(debtor.accountIds[0]), await payee.available(payee.accountIds[0])];

    const uploaded = await upload(consent.consentId, bytes);
    expect({ status: uploaded.status, text: uploaded.text }).toEqual({ status: 200, text: '' });

    const key = randomUUID().replace(/-/g, '');
    const reply = await tpp.pay(filePayment(consent.consentId, terms), { token: consent.token, idempotencyKey: key }, '/file-payments');
    expect({ status: reply.status, text: reply.status === 201 ? '' : reply.text }).toEqual({ status: 201, text: '' });
    const created = await tpp.conformant(reply, 'AEFilePaymentIdResponseSigned');
    const paymentId: string = created.Data.PaymentId;
    expect(created.Data).toMatchObject({ ConsentId: consent.consentId, Status: 'Received', Instruction: terms, PaymentPurposeCode: 'SAL' });
    expect(created.Links).toEqual({ Self: tpp.url(`/file-payments/${paymentId}`), Related: tpp.url(`/payment-consents/${consent.consentId}`) });
    expect(reply.headers.get('x-idempotency-key')).toBe(key);

    expect((await tpp.readPayment(paymentId, '/file-payments')).Data).toMatchObject({ PaymentId: paymentId, Status: 'Received' });
    // Every line is paid: the debtor by the control sum, the same-bank employee by their line.
    await eventually(async () => debtorBefore - (await debtor.available(debtor.accountIds[0])), (moved) => moved === minorUnits(terms.ControlSum), { what: 'the debit of the control sum' });
    expect((await payee.available(payee.accountIds[0])) - payeeBefore).toBe(15000);
    expect(await payee.transactionsMentioning(payee.accountIds[0], transfers[0].reference)).toEqual([expect.objectContaining({ CreditDebitIndicator: 'Credit', Amount: { Amount: '150.00', Currency: 'AED' } })]);

    const report = await tpp.read(`/file-payments/${paymentId}/report`, { accept: '*/*' });
    expect(report.status).toBe(200);
    for (const t of transfers) expect(report.text).toContain(t.reference);

    const byKey = await tpp.read('/file-payments', { 'x-idempotency-key': key });
    const { message: query } = await tpp.opened(byKey);
    expect(validateAgainstComponent(readOfficialSpec(BANK_INITIATION_DOC), 'AEIdempotencyKeyQuery', publicLinks(query)).errors).toBe('No errors');
    expect(query.Links.Self).toBe(tpp.url(`/file-payments/${paymentId}`));

    const inbox = webhookInbox(receiver, m, TENANT, app());
    const events = await eventually(
      async () => (await inbox()).filter((o) => o.claims.message.Meta.PaymentId === paymentId),
      (list) => list.length > 0,
      { what: `a webhook of file payment ${paymentId}` },
    );
    // The webhook template has no file-payment event (its payment event is a single payment's:
    // AEPaymentStatus, Instruction.Amount) and says Data is "the same API resource … that has
    // triggered the Event": Data is checked as the file payment resource, Meta as the template's.
    expect(events[0].claims.message.Meta.EventType).toBe('Resource.Created');
    for (const o of events) {
      const { Data, Meta } = o.claims.message;
      expect(Meta).toMatchObject({ ConsentId: consent.consentId, PaymentId: paymentId, EventResource: tpp.url(`/file-payments/${paymentId}`), EventDateTime: expect.any(String) });
      const resource = { Data, Links: { Self: `https://lfi.example.ae/file-payments/${paymentId}`, Related: `https://lfi.example.ae/payment-consents/${consent.consentId}` } };
      expect(validateAgainstComponent(readOfficialSpec(BANK_INITIATION_DOC), 'AEFilePaymentIdResponse', resource).errors).toBe('No errors');
      expect(Data).toMatchObject({ PaymentId: paymentId, ConsentId: consent.consentId, Status: 'Received' });
    }

    const log = (await paymentLogOf(m, TENANT, consent.consentId)).body.data;
    expect(log).toEqual([expect.objectContaining({ paymentId, paymentType: 'cbuae-file-payment' })]);
    const read = await tpp.readConsent(consent.consentId);
    expect(read.Data).toMatchObject({ Status: 'Consumed', PaymentConsumption: { CumulativeNumberOfPayments: 1, CumulativeValueOfPayments: { Amount: terms.ControlSum, Currency: 'AED' } } });
  });

  it('refuses a file that is not the consented one (other hash) and a file payment before any upload; nothing moves', async () => {
    const transfers: Transfer[] = [{ iban: ibanAtBankOf('oasis-bank', '9000000000000456'), name: 'Contractor', amount: '99.00', reference: 'inv-77' }];
    const { bytes, terms } = payrollFile(transfers);
    const consent = await authorize(terms);
    const before = await debtor.available(debtor.accountIds[0]);

    const early = await tpp.pay(filePayment(consent.consentId, terms), { token: consent.token }, '/file-payments');
    expect(await tpp.refusal(early)).toMatchObject({ status: 400, code: 'Consent.BusinessRuleViolation' });
    const tampered = await upload(consent.consentId, Buffer.from(bytes.toString('utf8').replace('99.00', '999.00')));
    expect(await tpp.refusal(tampered)).toMatchObject({ status: 400, code: 'Consent.FailsControlParameters' });

    expect(await debtor.available(debtor.accountIds[0])).toBe(before);
    expect((await tpp.readConsent(consent.consentId)).Data.Status).toBe('Authorized');
  });
});
