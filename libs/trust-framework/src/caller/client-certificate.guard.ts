import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '@hub/kernel';
import { CallerIdentity } from './caller-identity';
import { authorizationFailure } from './caller-authorization';
import { CallerRequirement, REQUIRE_CALLER } from './require-caller.decorator';
import { TlsRequest, TrustDirectory } from './trust-directory';

/** The parts of an Express request this guard reads and writes; no dependency on Express types. */
interface GuardedRequest extends TlsRequest {
  params?: Record<string, string | undefined>;
  caller?: CallerIdentity;
}

const ANY_CALLER: CallerRequirement = { kinds: ['tpp', 'lfi', 'hub'] };

/**
 * mTLS at the application layer: the servers request a certificate without requiring one, so this
 * guard answers missing or foreign certificates with 401 in the surface's own error format, and
 * callers of the wrong kind, role or tenant with 403.
 */
@Injectable()
export class ClientCertificateGuard implements CanActivate {
  constructor(
    private readonly directory: TrustDirectory,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const requirement =
      this.reflector.getAllAndOverride<CallerRequirement | undefined>(REQUIRE_CALLER, [context.getHandler(), context.getClass()]) ?? ANY_CALLER;
    const caller = this.identify(request);
    const failure = authorizationFailure(caller, requirement, request.params ?? {});
    if (failure) throw ApiError.forbidden(failure);
    request.caller = caller;
    return true;
  }

  /** The TLS certificate, or the caller a configured trusted proxy forwarded (caller-certificate.ts). */
  private identify(request: GuardedRequest): CallerIdentity {
    const source = this.directory.callerCertificate(request);
    if ('rejection' in source) throw ApiError.unauthorized(source.rejection);
    const result = this.directory.identification(source.certificate);
    if ('rejection' in result) throw ApiError.unauthorized(result.rejection);
    return result.identity;
  }
}
