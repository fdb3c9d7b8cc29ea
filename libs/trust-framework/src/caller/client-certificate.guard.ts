import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '@hub/kernel';
import type { X509Certificate } from 'node:crypto';
import { CallerIdentity } from './caller-identity';
import { authorizationFailure } from './caller-authorization';
import { CallerRequirement, REQUIRE_CALLER } from './require-caller.decorator';
import { TrustDirectory } from './trust-directory';

/** The parts of an Express request over TLS this guard reads; no dependency on Express types. */
interface TlsRequest {
  socket: {
    authorized?: boolean;
    authorizationError?: Error | string | null;
    getPeerX509Certificate?: () => X509Certificate | undefined;
  };
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
    const request = context.switchToHttp().getRequest<TlsRequest>();
    const requirement =
      this.reflector.getAllAndOverride<CallerRequirement | undefined>(REQUIRE_CALLER, [context.getHandler(), context.getClass()]) ?? ANY_CALLER;
    const caller = this.identify(request);
    const failure = authorizationFailure(caller, requirement, request.params ?? {});
    if (failure) throw ApiError.forbidden(failure);
    request.caller = caller;
    return true;
  }

  private identify(request: TlsRequest): CallerIdentity {
    const { socket } = request;
    const cert = socket.getPeerX509Certificate?.();
    if (!cert) throw ApiError.unauthorized('a client (transport) certificate is required: call this API over mTLS');
    if (!socket.authorized) {
      throw ApiError.unauthorized(`the client certificate does not chain to the sandbox CA (${String(socket.authorizationError ?? 'not authorized')})`);
    }
    const result = this.directory.identification(cert);
    if ('rejection' in result) throw ApiError.unauthorized(result.rejection);
    return result.identity;
  }
}
