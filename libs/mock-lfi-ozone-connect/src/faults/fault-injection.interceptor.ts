import { ApiError } from '@hub/kernel';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { from, mergeMap, Observable } from 'rxjs';
import { FaultStore } from './fault-store';

/**
 * Health checks stay truthful: the hub's readiness and an operator's connectivity test must not
 * be what a fault rehearsal breaks. Consent events and actions are Ozone Connect calls like the
 * data reads, so a rule naming `/consent/...` (or a `/**` catch-all) affects them too.
 */
const HEALTH_PATHS = new Set(['/hello', '/hello-mtls', '/echo-cert']);

/**
 * Applies the tenant's fault rules to Ozone Connect calls. An interceptor rather than a
 * middleware: it runs after the guards, so only calls the LFI admitted (the hub's, with valid
 * JWT auth and o3 headers) are slowed or failed, as a real LFI failing behind its gateway would.
 */
@Injectable()
export class FaultInjectionInterceptor implements NestInterceptor {
  constructor(private readonly faults: FaultStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const tenantId = typeof req.params?.tenant === 'string' ? req.params.tenant : undefined;
    const prefix = `/${tenantId}/ozone-connect`;
    if (!tenantId || !req.path.startsWith(`${prefix}/`)) return next.handle();
    const path = req.path.slice(prefix.length);
    if (HEALTH_PATHS.has(path)) return next.handle();
    const decision = this.faults.decide(tenantId, path);
    if (!decision) return next.handle();
    const { rule, fail } = decision;
    const delayed = new Promise<void>((resolve) => setTimeout(resolve, rule.latencyMs));
    return from(delayed).pipe(
      mergeMap(() => {
        if (fail) throw new ApiError(rule.status, rule.errorCode, rule.errorMessage);
        return next.handle();
      }),
    );
  }
}
