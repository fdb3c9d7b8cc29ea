/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: standards/v2.1-errata2/uae-confirmation-of-payee-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the account details are correct based on the parameters supplied
         * @description Provide the properties that can be used to verify the payee account.
         *     An empty response will be returned if the IBAN is not recognised.
         */
        post: operations["ConfirmationOfPayeeConfirmation_signedConfirmationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/discovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discover the LFI that will confirm the payee attributes
         * @description Before a Confirmation of Payee (CoP) operation takes place the TPP will need to resolve the LFI that will service the account properties request. This requirement is based on the separation of concerns implemented in the OFP, which ensures that the APIs for a given LFI are always physically separated.
         *
         *     The TPP will call this endpoint with the Creditor Account IBAN, which will be used to resolve the correct URL with which to make the CoP operation.
         */
        post: operations["ConfirmationOfPayeeDiscovery_signedDiscoveryRequest"];
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
        AEAccountConfirmationRequest: {
            Data: components["schemas"]["AEAccountConfirmationRequestProperties"];
        };
        /** @description Properties to request a the Confirmation of Payee */
        AEAccountConfirmationRequestProperties: {
            /**
             * @description Name of the identification scheme, in a coded form as published in an external list.
             * @enum {string}
             */
            SchemeName: "IBAN";
            /** @description Identification for the account assigned by the LFI based on the Account Scheme Name, as understood by the Debtor. */
            Identification: string;
            Name: components["schemas"]["AEAccountNameConfirmationProperties"];
        };
        AEAccountConfirmationResponse: {
            Data: components["schemas"]["AEAccountConfirmationResponseProperties"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEAccountConfirmationResponseProperties: {
            NameMatchIndicator: components["schemas"]["AEAccountNameMatchIndicators"];
            /** @description The masked matched account name. This is provided to allow the User to review the account name return from the Confirmation operation. */
            MaskedName?: string;
        };
        AEAccountNameConfirmationProperties: components["schemas"]["AEPersonalAccountNameConfirmationProperties"] | components["schemas"]["AEBusinessAccountNameConfirmationProperties"];
        /**
         * @description Indicator for whether the payee name is matched with the account name held at the LFI
         * @enum {string}
         */
        AEAccountNameMatchIndicators: "ConfirmationOfPayee.Yes" | "ConfirmationOfPayee.Partial" | "ConfirmationOfPayee.No";
        /** @description The properties required to verify a business account */
        AEBusinessAccountNameConfirmationProperties: {
            /** @description The business name of the account holder, as understood by the Debtor */
            BusinessName: string;
        };
        AEConfirmationDiscoveryRequest: {
            Data: components["schemas"]["AEConfirmationOfPayeeCreditorAccount"];
        };
        AEConfirmationDiscoveryResponse: {
            Data: components["schemas"]["AEConfirmationSourceProperties"];
            Links: components["schemas"]["LinksSelf"];
            Meta: components["schemas"]["Meta"];
        };
        AEConfirmationOfPayeeCreditorAccount: {
            /**
             * @description Name of the identification scheme, in a coded form as published in an external list.
             * @enum {string}
             */
            SchemeName: "IBAN";
            /** @description Identification for the account assigned by the LFI based on the Account Scheme Name, as understood by the Debtor. */
            Identification: string;
        };
        AEConfirmationSourceProperties: {
            /** @description Discovery or .well-known endpoint hosted at the API Hub that provides the information to request an Access Token from the target LFI Authorisation Server. */
            DiscoveryEndpointUrl: string;
            /** @description Resource Server URL at which the Confirmation of Payee operation should be invoked */
            ResourceServerUrl: string;
        };
        AECustomErrorCode: string;
        AEError400: components["schemas"]["AEError400Codes"] | components["schemas"]["AECustomErrorCode"];
        /** @enum {string} */
        AEError400Codes: "Consent.Invalid" | "Consent.BusinessRuleViolation" | "Consent.FailsControlParameters" | "Consent.InvalidUserIdentifier" | "JWS.InvalidSignature" | "JWS.Malformed" | "JWS.InvalidClaim" | "JWS.InvalidHeader" | "JWS.InvalidPayload" | "JWE.DecryptionError" | "JWE.InvalidHeader" | "GenericRecoverableError" | "GenericError" | "Event.UnexpectedEvent" | "Body.InvalidFormat" | "Resource.InvalidFormat";
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError400ResponseBody: {
            Errors: {
                Code: components["schemas"]["AEError400"];
                /**
                 * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
                 *     UAEOF doesn't standardise this field
                 */
                Message: string;
                /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., $.Data.Initiation.InstructedAmount.Currency */
                Path?: string;
                /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
                Url?: string;
            }[];
        };
        AEError400ResponseBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description The identifier of the intended recipient of the JWT. A single StringOrURI per RFC 7519 §4.1.3 (single-audience form). [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEError400ResponseBody"];
        };
        AEError403: components["schemas"]["AEError403Codes"] | components["schemas"]["AECustomErrorCode"];
        /** @enum {string} */
        AEError403Codes: "AccessToken.InvalidScope" | "Consent.TransientAccountAccessFailure" | "Consent.AccountTemporarilyBlocked" | "Consent.PermanentAccountAccessFailure" | "GenericRecoverableError" | "GenericError";
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError403ResponseBody: {
            Errors: {
                Code: components["schemas"]["AEError403"];
                /**
                 * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
                 *     UAEOF doesn't standardise this field
                 */
                Message: string;
                /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., $.Data.Initiation.InstructedAmount.Currency */
                Path?: string;
                /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
                Url?: string;
            }[];
        };
        AEError403ResponseBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description The identifier of the intended recipient of the JWT. A single StringOrURI per RFC 7519 §4.1.3 (single-audience form). [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEError403ResponseBody"];
        };
        AEError500: components["schemas"]["AEErrorGenericCodes"] | components["schemas"]["AECustomErrorCode"];
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError500ResponseBody: {
            Errors: {
                Code: components["schemas"]["AEError500"];
                /**
                 * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
                 *     UAEOF doesn't standardise this field
                 */
                Message: string;
                /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., $.Data.Initiation.InstructedAmount.Currency */
                Path?: string;
                /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
                Url?: string;
            }[];
        };
        AEError500ResponseBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description The identifier of the intended recipient of the JWT. A single StringOrURI per RFC 7519 §4.1.3 (single-audience form). [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEError500ResponseBody"];
        };
        /** @enum {string} */
        AEErrorGenericCodes: "GenericRecoverableError" | "GenericError";
        /** @description The properties required to verify a personal account */
        AEPersonalAccountNameConfirmationProperties: {
            /** @description The full name of the account holder, as understood by the Debtor */
            FullName: string;
            /** @description The given or first name of the account holder, as understood by the Debtor */
            GivenName?: string;
            /** @description The family or surname of the account holder, as understood by the Debtor */
            LastName?: string;
        };
        DiscoverConfirmationSourceRequestBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description The identifier of the intended recipient of the JWT. A single StringOrURI per RFC 7519 §4.1.3 (single-audience form). [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEConfirmationDiscoveryRequest"];
        };
        DiscoverConfirmationSourceResponseBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description The identifier of the intended recipient of the JWT. A single StringOrURI per RFC 7519 §4.1.3 (single-audience form). [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEConfirmationDiscoveryResponse"];
        };
        /** @description Links relevant to the resource */
        LinksSelf: {
            Self: components["schemas"]["Self"];
        };
        /** @description Metadata relevant to the resource */
        Meta: Record<string, never>;
        NameConfirmationRequestBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description The identifier of the intended recipient of the JWT. A single StringOrURI per RFC 7519 §4.1.3 (single-audience form). [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEAccountConfirmationRequest"];
        };
        NameConfirmationResponseBodySigned: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description The identifier of the intended recipient of the JWT. A single StringOrURI per RFC 7519 §4.1.3 (single-audience form). [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
            message: components["schemas"]["AEAccountConfirmationResponse"];
        };
        /**
         * Format: uri
         * @description A link to the current resource
         */
        Self: string;
    };
    responses: {
        /** @description Bad request */
        "400Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEError400ResponseBodySigned"];
            };
        };
        /** @description Unauthorized */
        "401Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEError403ResponseBodySigned"];
            };
        };
        /** @description Not found */
        "404Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Method Not Allowed */
        "405Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                /** @description Number in seconds to wait */
                "retry-after": number;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEError500ResponseBodySigned"];
            };
        };
    };
    parameters: {
        /** @description An Access Token as per https://tools.ietf.org/html/rfc6750 */
        Authorization: string;
        /** @description Indicates the user-agent that the User is using. */
        "x-customer-user-agent": string;
        /**
         * @description The time when the User last logged in with the TPP.
         *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
         *     Sun, 10 Sep 2017 19:43:31 UTC
         */
        "x-fapi-auth-date": string;
        /** @description The User's IP address if the User is currently logged in with the TPP. */
        "x-fapi-customer-ip-address": string;
        /** @description An RFC4122 UID used as a correlation ID. */
        "x-fapi-interaction-id": string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ConfirmationOfPayeeConfirmation_signedConfirmationRequest: {
        parameters: {
            query?: never;
            header: {
                /** @description An Access Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation ID. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/jwt": components["schemas"]["NameConfirmationRequestBodySigned"];
            };
        };
        responses: {
            /** @description Confirmation of Payee operation completed with name matching result */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/jwt": components["schemas"]["NameConfirmationResponseBodySigned"];
                };
            };
            /** @description IBAN is not recognised */
            204: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            404: components["responses"]["404Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            415: components["responses"]["415Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    ConfirmationOfPayeeDiscovery_signedDiscoveryRequest: {
        parameters: {
            query?: never;
            header: {
                /** @description An Access Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
                /** @description Indicates the user-agent that the User is using. */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2017 19:43:31 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /** @description The User's IP address if the User is currently logged in with the TPP. */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /** @description An RFC4122 UID used as a correlation ID. */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/jwt": components["schemas"]["DiscoverConfirmationSourceRequestBodySigned"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/jwt": components["schemas"]["DiscoverConfirmationSourceResponseBodySigned"];
                };
            };
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            404: components["responses"]["404Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            415: components["responses"]["415Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
}
