export const DEFAULT_SERVER_HOSTNAMES = ['localhost', '*.localhost', '127.0.0.1', '::1'];
export const DEFAULT_RENEW_BEFORE_DAYS = 30;
