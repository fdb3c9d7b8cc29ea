import { Controller, ForbiddenException, Get, Module, Param, type INestApplication } from '@nestjs/common';
import { APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { OzoneConnectError } from '@hub/ozone-connect';
import { atLfi, noteConsent } from './api-call-context';
import { ApiCallLog, type ApiCall } from './api-call-log';
import { ApiCallRecorder } from './api-call-recorder.interceptor';

const recorded: ApiCall[] = [];

@Controller(':tenant')
class ResourcesController {
  /** Like a gateway read: the token step (later, after an await) says which consent the call stands for. */
  @Get('rs/open-finance/account-information/v2.1/accounts/:AccountId')
  async account(@Param('AccountId') id: string): Promise<unknown> {
    await sleep(1);
    noteConsent('consent-9');
    if (id === 'refused') throw new ForbiddenException();
    // The LFI's part: an answer after 5 ms, or a failure (503) of which the gateway makes a 500.
    if (id === 'lfi-down') await atLfi(() => Promise.reject(new OzoneConnectError('Ozone Connect answered 503', { permanent: false, status: 503 })));
    await atLfi(() => sleep(5));
    return { Data: { AccountId: id } };
  }

  @Get('as/other')
  other(): unknown {
    return {};
  }
}

@Module({
  controllers: [ResourcesController],
  providers: [{ provide: ApiCallLog, useValue: { record: async (c: ApiCall) => void recorded.push(c) } }, { provide: APP_INTERCEPTOR, useClass: ApiCallRecorder }],
})
class RecorderModule {}

/**
 * The recorder inside a real Nest app, as the hub wires it (a global interceptor); the caller is
 * set the way ClientCertificateGuard sets it, from a test header here.
 */
describe('the API call recorder', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    app = await NestFactory.create(RecorderModule, { logger: false });
    app.use((req: Request & { caller?: unknown }, _res: Response, next: NextFunction) => {
      const kind = req.headers['x-test-caller'];
      if (kind) req.caller = { kind, clientId: 'tpp-1', organisationId: 'org-1', softwareStatementId: 'ss-1', certificateSha256: 'x' };
      next();
    });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => app?.close());
  beforeEach(() => recorded.splice(0));

  const settled = async (count: number) => {
    for (let i = 0; i < 100 && recorded.length < count; i += 1) await sleep(10);
    return recorded;
  };

  it('records a TPP\'s answered call once it has gone: operation, outcome, interaction id and the consent the token stood for', async () => {
    const res = await fetch(`${base}/falcon-bank/rs/open-finance/account-information/v2.1/accounts/acc-1`, { headers: { 'x-test-caller': 'tpp', 'x-fapi-interaction-id': '0b5a1e2c-6b80-40ee-96a1-71910a248048' } });
    expect(res.status).toBe(200);
    const [call] = await settled(1);
    expect(call).toEqual({
      tenantId: 'falcon-bank',
      clientId: 'tpp-1',
      organisationId: 'org-1',
      method: 'GET',
      apiFamily: 'account-information',
      apiUri: '/open-finance/account-information/v2.1/accounts/{AccountId}',
      status: 200,
      latencyMicros: expect.any(Number),
      lfiLatencyMicros: expect.any(Number),
      lfiFailed: false,
      interactionId: expect.any(String),
      consentId: 'consent-9',
    });
    expect(call.lfiLatencyMicros).toBeGreaterThan(0);
    expect(call.latencyMicros).toBeGreaterThanOrEqual(call.lfiLatencyMicros!);
  });

  it('records a refused call with its status; it never reached the LFI', async () => {
    expect((await fetch(`${base}/falcon-bank/rs/open-finance/account-information/v2.1/accounts/refused`, { headers: { 'x-test-caller': 'tpp' } })).status).toBe(403);
    expect((await settled(1)).map((c) => [c.status, c.lfiLatencyMicros, c.lfiFailed])).toEqual([[403, null, false]]);
  });

  it('records that the LFI failed the call', async () => {
    expect((await fetch(`${base}/falcon-bank/rs/open-finance/account-information/v2.1/accounts/lfi-down`, { headers: { 'x-test-caller': 'tpp' } })).status).toBe(500);
    expect((await settled(1)).map((c) => [c.status, c.lfiFailed, typeof c.lfiLatencyMicros])).toEqual([[500, true, 'number']]);
  });

  it('keeps no call of another kind of caller, of no identified caller, or outside the resource servers', async () => {
    await fetch(`${base}/falcon-bank/rs/open-finance/account-information/v2.1/accounts/acc-1`, { headers: { 'x-test-caller': 'lfi' } });
    await fetch(`${base}/falcon-bank/rs/open-finance/account-information/v2.1/accounts/acc-1`);
    await fetch(`${base}/falcon-bank/as/other`, { headers: { 'x-test-caller': 'tpp' } });
    // A TPP call after them: once it is recorded, the ones before would have been too.
    await fetch(`${base}/falcon-bank/rs/open-finance/account-information/v2.1/accounts/last`, { headers: { 'x-test-caller': 'tpp' } });
    expect((await settled(1)).map((c) => c.apiUri)).toEqual(['/open-finance/account-information/v2.1/accounts/{AccountId}']);
    expect(recorded).toHaveLength(1);
  });
});
