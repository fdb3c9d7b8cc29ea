import { CallerIdentity } from './caller-identity';
import { CallerRequirement } from './require-caller.decorator';

const DEFAULT_TENANT_PARAM = 'tenant';

/** Why an identified caller may not use a route, or undefined when it may. */
export function authorizationFailure(
  caller: CallerIdentity,
  requirement: CallerRequirement,
  params: Record<string, string | undefined>,
): string | undefined {
  if (!requirement.kinds.includes(caller.kind)) {
    return `this API is for ${requirement.kinds.map(describeKind).join(' or ')} only; the client certificate belongs to ${describeKind(caller.kind)} ${caller.clientId}`;
  }
  if (caller.kind === 'tpp') return roleFailure(caller.roles, requirement.roles);
  return tenantFailure(caller.tenantId, params[requirement.tenantParam ?? DEFAULT_TENANT_PARAM]);
}

function roleFailure(held: string[], required: string[] | undefined): string | undefined {
  if (!required?.length || required.some((role) => held.includes(role))) return undefined;
  return `this API needs one of the roles ${required.join(', ')}; the TPP application holds ${held.join(', ') || 'none'}`;
}

/** Fails closed: a route without the tenant parameter cannot tell whose data it serves. */
function tenantFailure(callerTenant: string, routeTenant: string | undefined): string | undefined {
  if (routeTenant === callerTenant) return undefined;
  return routeTenant
    ? `the client certificate belongs to tenant ${callerTenant}, not to ${routeTenant}`
    : 'this route names no tenant, so a tenant-bound client certificate cannot be accepted';
}

function describeKind(kind: CallerIdentity['kind']): string {
  return { tpp: 'a TPP', lfi: 'an LFI', hub: 'the hub' }[kind];
}
