import { ApiError } from '@hub/kernel';
import type { LfiProfile } from '@hub/mock-lfi-data';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { TLSSocket } from 'node:tls';
import { LFI_PROFILE } from '../lfi-profile';

function subjectField(subject: string, field: string): string | undefined {
  return subject.split('\n').find((line) => line.startsWith(`${field}=`))?.slice(field.length + 1);
}

/**
 * The fault admin API belongs to the LFI's operator: the client certificate must chain to the
 * trust framework CA and name this tenant's own LFI application (OU = organisation id, CN =
 * client id). Neither a TPP, the hub, nor another LFI may make this bank fail.
 */
@Injectable()
export class LfiOperatorGuard implements CanActivate {
  constructor(@Inject(LFI_PROFILE) private readonly profile: LfiProfile) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const socket = req.socket as TLSSocket;
    const cert = socket.getPeerX509Certificate?.();
    if (!cert || !socket.authorized) throw ApiError.unauthorized("The fault admin API requires the LFI's client certificate (mTLS)");
    const tenant = this.profile.tenants.find((t) => t.id === req.params.tenant);
    if (!tenant) throw ApiError.notFound(`No LFI tenant '${String(req.params.tenant)}' here`);
    const org = subjectField(cert.subject, 'OU');
    const client = subjectField(cert.subject, 'CN');
    if (org !== tenant.organisationId || client !== tenant.clientId) {
      throw ApiError.forbidden(`The certificate ${client ?? '?'} is not the LFI application of ${tenant.id}`);
    }
    return true;
  }
}
