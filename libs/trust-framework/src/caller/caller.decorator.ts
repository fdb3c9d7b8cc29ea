import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { CallerIdentity } from './caller-identity';

/** Requests that passed ClientCertificateGuard carry the identified caller. */
export interface RequestWithCaller {
  caller?: CallerIdentity;
}

/** The caller identified by ClientCertificateGuard from the request's client certificate. */
export const Caller = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): CallerIdentity | undefined => ctx.switchToHttp().getRequest<RequestWithCaller>().caller,
);
