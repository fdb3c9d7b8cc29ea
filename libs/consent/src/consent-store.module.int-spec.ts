import { Clock, SystemClock } from '@hub/kernel';
import { testDatabases } from '@hub/testing';
import { PersistenceModule } from '@hub/persistence';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConsentStoreModule } from './consent-store.module';
import { ConsentOutbox } from './outbox/consent-outbox';
import { ConsentRevocationHooks } from './service/consent-revocation-hooks';
import { ConsentService } from './service/consent.service';
import { consentPersistence } from './store/consent-persistence';
import { accountAccessDetail, closeConsentDatabase, createCommand, DAY_MS, hubCaller, tppRecord } from './testing/consent-test-kit';

@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
class TestClockModule {}

describe.each(testDatabases('consent-module'))('ConsentStoreModule on $engine', ({ settings }) => {
  afterAll(() => closeConsentDatabase(undefined, settings));

  it('wires one service, outbox and hooks on the hub DataSource, with the LFI actions bound', async () => {
    const validate = jest.fn(async () => ({ valid: true as const }));
    const moduleRef = await Test.createTestingModule({
      imports: [TestClockModule, PersistenceModule.forRoot(settings, consentPersistence), ConsentStoreModule.forRoot({ lfiActions: { useValue: { validate } } })],
    }).compile();
    try {
      const service = moduleRef.get(ConsentService);
      expect(moduleRef.get(ConsentOutbox)).toBeInstanceOf(ConsentOutbox);
      const hooks = moduleRef.get(ConsentRevocationHooks);
      const revoked = jest.fn(async () => undefined);
      hooks.register(revoked);
      const expires = new Date(moduleRef.get(Clock).now().getTime() + DAY_MS);
      await service.create(createCommand('bank', accountAccessDetail('m1', expires), tppRecord()), hubCaller());
      expect(validate).toHaveBeenCalledTimes(1);
      await service.revoke('bank', 'm1', { revokedBy: 'LFI' }, { actor: 'LFI', interactionId: 'i-1' });
      expect(revoked).toHaveBeenCalledWith('bank', 'm1', 'Revoked');
    } finally {
      await moduleRef.close();
    }
  });
});
