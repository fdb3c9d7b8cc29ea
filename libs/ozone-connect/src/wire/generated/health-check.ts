/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: ozone-connect/v2.1.x/uae-ozone-connect-health-check-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/hello": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * check connectivity without a mutual tls check
         * @description Check connectivity without a mutual tls CheckDetails.
         *     This health check is used to check that the end-to-end network connectivity is working as expected. This is a simple health check that does not require mutual TLS.
         */
        get: operations["hello"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hello-mtls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * check connectivity including mtls
         * @description Check connectivity including mutual TLS CheckDetails.
         *     This health check is used to check that the end-to-end network connectivity is working as expected including mutual tls.
         */
        get: operations["helloMtls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/echo-cert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Provides information about the client cert that the server received
         * @description This health check endpoint assists in debugging mutual tls client issues.
         *     The health check returns information about the client certificate and the issuer of the client certificate that the server received.
         *     Where mtls cannot be established, the server will return a 401 response.
         */
        get: operations["echoCert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Successful response on a health check */
        HealthCheck200Response: {
            connectionEstablished: components["schemas"]["ConnectionEstablished"];
            /**
             * @description Describes the status of the mTLS connection
             * @enum {string}
             */
            mtlsStatus: "established" | "not-established" | "not-checked";
            hostName: components["schemas"]["HostName"];
        };
        /** @description Response when connection could not be established */
        HealthCheck4xxResponse: {
            /** @description A description of the error being experienced. */
            errorMessage: string;
        };
        HealthCheckCertResponse: {
            connectionEstablished: components["schemas"]["ConnectionEstablished"];
            /** @enum {string} */
            mtlsStatus: "established" | "not-established";
            hostName: components["schemas"]["HostName"];
            /** @description Properties of the client certificate presented by the caller during the mTLS handshake. */
            clientCertificate: {
                /**
                 * @description The Distinguished Name of the client certificate's subject. For Open Finance UAE callers, the OU contains the caller's organisation ID from the Trust Framework directory.
                 * @example C=UK, O=OZONE FINANCIAL TECHNOLOGY LIMITED, OU=233bcd1d-4216-4b3c-a362-9e4a9282bba7
                 */
                subject: string;
                /**
                 * @description The Distinguished Name of the issuing Certificate Authority.
                 * @example C=AE, O=Open Finance UAE, OU=Open Finance UAE Sandbox Trust Framework, CN=Open Finance UAE Sandbox Issuing CA - G1
                 */
                issuer: string;
            };
        };
        /**
         * @description The hostname to which the connection was attempted. Should match the hostname of the server on which the health check implementation is running.
         * @example auth.open-finance-apihub.ae
         */
        HostName: string;
        /** @description Indicator of whether a connection was established */
        ConnectionEstablished: boolean;
    };
    responses: {
        /** @description Unauthorized response */
        UnauthorizedResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HealthCheck4xxResponse"];
            };
        };
        /** @description Default error response */
        DefaultErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HealthCheck4xxResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    hello: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheck200Response"];
                };
            };
            default: components["responses"]["DefaultErrorResponse"];
        };
    };
    helloMtls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheck200Response"];
                };
            };
            401: components["responses"]["UnauthorizedResponse"];
            default: components["responses"]["DefaultErrorResponse"];
        };
    };
    echoCert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheckCertResponse"];
                };
            };
            401: components["responses"]["UnauthorizedResponse"];
            default: components["responses"]["DefaultErrorResponse"];
        };
    };
}
