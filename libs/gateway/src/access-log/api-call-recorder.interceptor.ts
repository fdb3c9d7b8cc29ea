import { FAPI_INTERACTION_ID, interactionIdOf } from '@hub/kernel';
import type { RequestWithCaller } from '@hub/trust-framework';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { withApiCallFacts, type ApiCallFacts } from './api-call-context';
import { ApiCallLog } from './api-call-log';
import { operationOfRoute } from './api-call-operation';

/**
 * Records every call a TPP makes to a resource server (`/:tenant/rs/…`) once its answer has gone
 * out (`finish`), so the write never delays the answer. The TPP is the one its certificate
 * identified; calls refused before that (no or foreign certificate) name no TPP and are not kept.
 */
@Injectable()
export class ApiCallRecorder implements NestInterceptor {
  constructor(private readonly log: ApiCallLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request & RequestWithCaller>();
    const res = context.switchToHttp().getResponse<Response>();
    const operation = operationOfRoute(req.route?.path);
    if (!operation) return next.handle();
    const started = process.hrtime.bigint();
    const facts: ApiCallFacts = {};
    res.once('finish', () => {
      const caller = req.caller;
      if (caller?.kind !== 'tpp') return;
      const tenantId = String(req.params.tenant);
      const sent = res.getHeader(FAPI_INTERACTION_ID);
      void this.log.record({
        tenantId,
        clientId: caller.clientId,
        organisationId: caller.organisationId,
        method: req.method,
        ...operation,
        status: res.statusCode,
        latencyMicros: Number((process.hrtime.bigint() - started) / 1000n),
        lfiLatencyMicros: facts.lfiMicros ?? null,
        lfiFailed: facts.lfiFailed ?? false,
        interactionId: typeof sent === 'string' ? sent : interactionIdOf(req),
        consentId: facts.consentId ?? consentOfPath(req) ?? null,
      });
    });
    // The handler runs inside the call's facts, so the token step can say which consent it stands for.
    return new Observable((subscriber) => withApiCallFacts(facts, () => next.handle().subscribe(subscriber)));
  }
}

/** The consent resources name their consent in the path (`/account-access-consents/{ConsentId}`). */
function consentOfPath(req: Request): string | undefined {
  const id = req.params?.ConsentId ?? req.params?.consentId;
  return typeof id === 'string' && id ? id : undefined;
}
