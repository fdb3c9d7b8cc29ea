import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** Port 0 means "any free port" (tests); the launcher resolves it before starting the apps. */
class PortsConfig {
  @IsInt() @Min(0) @Max(65535) hub: number;
  @IsInt() @Min(0) @Max(65535) mockLfi: number;
  @IsInt() @Min(0) @Max(65535) webhookWorker: number;
}

class DatabaseConfig {
  /** postgres://… selects PostgreSQL; absent means the embedded SQLite files under dataDir. */
  @IsOptional() @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' }) url?: string;
  /** Prefix of the PostgreSQL schemas (`<prefix>hub`, `<prefix>mock_lfi`), so several sandboxes can share one database. */
  @IsOptional() @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'must be lower-case letters, digits and _' }) schemaPrefix?: string;
}

class RedisConfig {
  @IsOptional() @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// URL' }) url?: string;
}

class ConsentsConfig {
  /** How often the hub sweeps for consents past their expiry (they also expire at every read). */
  @IsInt() @Min(1) @Max(3600) expirySweepSeconds: number;
  /** How often the hub looks for consent events still owed to an LFI. */
  @IsInt() @Min(50) @Max(60000) lfiEventPollMs: number;
}

/**
 * Which client-credentials scopes each trust framework role grants. The standard names roles for
 * the consent families only (BDSP, BSIP, IDSP); the mapping of fx, account-opening,
 * confirmation-of-payee, products and atm is the sandbox's choice (README) and can be changed here,
 * or per application in `clientScopes` (client id → scopes).
 */
class AuthorizationPolicyConfig {
  @IsObject() roleScopes: Record<string, string[]>;
  @IsOptional() @IsObject() clientScopes?: Record<string, string[]>;
  /** Seconds of clock skew accepted on client assertions and request objects. */
  @IsInt() @Min(0) @Max(60) clockToleranceSeconds: number;
}

/**
 * Webhook delivery: attempt n (1-based) waits backoffBaseMs × backoffFactor^(n−1), ± jitter, after
 * the previous one; the defaults (14 attempts from 10 s, doubling) span about a day.
 */
class WebhooksConfig {
  @IsInt() @Min(1) @Max(50) maxAttempts: number;
  @IsInt() @Min(1) @Max(3_600_000) backoffBaseMs: number;
  @IsNumber() @Min(1) @Max(10) backoffFactor: number;
  /** 0.2 = each delay is drawn from ±20 % of its nominal value. */
  @IsNumber() @Min(0) @Max(1) jitter: number;
  @IsInt() @Min(100) @Max(120_000) timeoutMs: number;
  /** How long a worker holds a job before another may take it over (a crashed worker's job restarts after this). */
  @IsInt() @Min(1000) @Max(600_000) lockDurationMs: number;
  /** How often the relay looks for new events and for deliveries to (re)queue. */
  @IsInt() @Min(20) @Max(60_000) pollMs: number;
  /** Trust the system CAs as well as the sandbox CA for TPP receivers. */
  @IsBoolean() trustSystemCas: boolean;
}

class GatewayConfig {
  /** Requests per second each TPP may make to one LFI's resource APIs (a burst of twice that is allowed). */
  @IsInt() @Min(1) @Max(100000) requestsPerSecondPerTpp: number;
}

class TokenConfig {
  /** The UAE hub issues 10-minute access tokens. */
  @IsInt() @Min(30) @Max(86400) accessTokenTtlSeconds: number;
  @IsInt() @Min(10) @Max(600) authorizationCodeTtlSeconds: number;
  @IsInt() @Min(10) @Max(600) pushedAuthorizationRequestTtlSeconds: number;
  /** How long a user has at the LFI's pages (the Headless Heimdall interaction) before it expires. */
  @IsInt() @Min(2) @Max(86400) interactionTtlSeconds: number;
}

/** Ozone Connect consent actions the hub calls before creating a consent, when the LFI enables them. */
class ConsentActionsConfig {
  @IsOptional() @IsBoolean() validate?: boolean;
  @IsOptional() @IsBoolean() augment?: boolean;
}

export class TenantConfig {
  /** Provider id: path prefix, host label and o3-provider-id. */
  @Matches(/^[a-z][a-z0-9-]{1,30}$/, { message: 'must be lower-case letters, digits and -' }) id: string;
  @IsString() @MinLength(2) name: string;
  @IsIn(['banking', 'insurance']) sector: 'banking' | 'insurance';
  /**
   * A bank's code inside its IBANs (3 digits), which Confirmation of Payee discovery resolves.
   * Absent: derived from the id (bank-code.ts), as the mock banks' IBANs carry it.
   */
  @IsOptional() @Matches(/^\d{3}$/, { message: 'must be a 3-digit UAE bank code, e.g. 033' }) bankCode?: string;
  /** Point the hub at an LFI's own Ozone Connect instead of the mock LFI. */
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['https'] }) ozoneConnectUrl?: string;
  /** The LFI's own authorization page, published as authorization_endpoint. */
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['https'] }) authorizationEndpoint?: string;
  /**
   * The caller plays the LFI, as at the hosted model bank and model insurer the official Postman
   * collections target: authorization_endpoint is Headless Heimdall's /auth, doConfirm answers
   * the authorization code in its body, and the seeded data has the collections' fixed ids
   * (mock-lfi-data headless-profile.ts). Excludes authorizationEndpoint.
   */
  @IsOptional() @IsBoolean() headless?: boolean;
  @IsOptional() @ValidateNested() @Type(() => ConsentActionsConfig) consentActions?: ConsentActionsConfig;
  /** DPoP-bound tokens as an alternative to mTLS binding; off by default (the UAE profile uses mTLS). */
  @IsOptional() @IsBoolean() dpop?: boolean;
}

export class TppApplicationSeed {
  @IsUUID('4') clientId: string;
  @IsUUID('4') organisationId: string;
  @IsString() @MinLength(2) organisationName: string;
  @IsString() @MinLength(1) softwareStatementId: string;
  @IsString() @MinLength(2) name: string;
  @IsArray() @ArrayMinSize(1) @Matches(/^[A-Z]{3,5}$/, { each: true, message: 'roles must be trust framework role codes such as BDSP' }) roles: string[];
  @IsArray() @ArrayMinSize(1) @IsUrl({ require_tld: false, protocols: ['https'] }, { each: true }) redirectUris: string[];
}

/** Conveniences that exist only because this is a sandbox; a deployment may switch each off. */
class SandboxHelpersConfig {
  /** The Postman collections' `{rs}/o3/v1.0/...` helpers (message signature, encryption); on unless false. */
  @IsOptional() @IsBoolean() o3Utilities?: boolean;
}

/**
 * A TLS-terminating proxy in front of the hub; absent (the default) means callers are identified by
 * their own TLS certificate only and forwarded-identity headers are ignored. The proxy is pinned by
 * its certificate's SHA-256 fingerprint (a subject could be issued again, by `tf add-tpp` even).
 */
class TrustedProxyConfig {
  @Matches(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/i, { message: 'must be a SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints it (AB:CD:…)' })
  certificateFingerprint256: string;
  /** The header holding the caller's certificate subject DN (RFC 4514, e.g. nginx $ssl_client_s_dn); default x-cert-dn. */
  @IsOptional() @Matches(/^[a-z0-9-]+$/, { message: 'must be a lower-case header name' }) dnHeader?: string;
  /** The header holding the caller's URL-encoded PEM certificate (e.g. nginx $ssl_client_escaped_cert); preferred over the DN when present. */
  @IsOptional() @Matches(/^[a-z0-9-]+$/, { message: 'must be a lower-case header name' }) certificateHeader?: string;
}

class LogConfig {
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) level: string;
  /** `pretty` for people at a terminal, `json` for machines; `auto` picks by whether stdout is a TTY. */
  @IsIn(['auto', 'json', 'pretty']) format: 'auto' | 'json' | 'pretty';
}

export class SandboxConfig {
  /** Absolute after loading. */
  @IsString() rootDir: string;
  @IsString() dataDir: string;
  @IsString() certsDir: string;
  @IsString() manifestPath: string;
  @Matches(/^[a-z0-9.-]+$/i, { message: 'must be a host name' }) publicHost: string;
  @IsIn(['path', 'host']) tenantRouting: 'path' | 'host';
  @IsString() @MinLength(1) seed: string;
  @ValidateNested() @Type(() => PortsConfig) ports: PortsConfig;
  @ValidateNested() @Type(() => DatabaseConfig) database: DatabaseConfig;
  @ValidateNested() @Type(() => RedisConfig) redis: RedisConfig;
  @ValidateNested() @Type(() => TokenConfig) tokens: TokenConfig;
  @ValidateNested() @Type(() => ConsentsConfig) consents: ConsentsConfig;
  @ValidateNested() @Type(() => AuthorizationPolicyConfig) authorization: AuthorizationPolicyConfig;
  @ValidateNested() @Type(() => GatewayConfig) gateway: GatewayConfig;
  @ValidateNested() @Type(() => WebhooksConfig) webhooks: WebhooksConfig;
  @ValidateNested() @Type(() => LogConfig) log: LogConfig;
  @IsOptional() @ValidateNested() @Type(() => SandboxHelpersConfig) sandbox?: SandboxHelpersConfig;
  @IsOptional() @ValidateNested() @Type(() => TrustedProxyConfig) trustedProxy?: TrustedProxyConfig;
  /**
   * The mock LFI's service desks. The kernel only reserves the key: the desks library owns the
   * section's type and validates it (`MOCK_LFI_DESK_SETTINGS`, a `ConfigSection`).
   */
  @IsObject() mockLfi: Record<string, unknown>;
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => TenantConfig) tenants: TenantConfig[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => TppApplicationSeed) tppApplications: TppApplicationSeed[];
}
