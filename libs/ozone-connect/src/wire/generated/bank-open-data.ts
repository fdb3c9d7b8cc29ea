/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: ozone-connect/v2.1.x/uae-ozone-connect-bank-open-data-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/atm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve ATM data
         * @description Retrieve all ATM data for ATMs provided by the LFI.
         */
        get: operations["ReadAtmData_read"];
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
        AECustomErrorCode: string;
        /** @description Custom error code without prefix, retained for compatibility with version 1.2. */
        AEDefaultErrorCode: string;
        /** @enum {string} */
        AEError400Codes: "Consent.Invalid" | "Consent.BusinessRuleViolation" | "Consent.FailsControlParameters" | "Consent.InvalidUserIdentifier" | "JWS.InvalidSignature" | "JWS.Malformed" | "JWS.InvalidClaim" | "JWS.InvalidHeader" | "JWS.InvalidPayload" | "JWE.DecryptionError" | "JWE.InvalidHeader" | "GenericRecoverableError" | "GenericError" | "Event.UnexpectedEvent" | "Body.InvalidFormat" | "Resource.InvalidFormat";
        /** @enum {string} */
        AEError403Codes: "AccessToken.InvalidScope" | "Consent.TransientAccountAccessFailure" | "Consent.AccountTemporarilyBlocked" | "Consent.PermanentAccountAccessFailure" | "GenericRecoverableError" | "GenericError";
        /** @enum {string} */
        AEErrorGenericCodes: "GenericRecoverableError" | "GenericError";
        /** @description List of ATMs */
        AEReadAtmsData1: {
            /** LFIId */
            LFIId: string;
            /** LFIBrandId */
            LFIBrandId: string;
            /** ATMId */
            ATMId: string;
            /** SupportedLanguages */
            SupportedLanguages?: string[];
            /** Services */
            Services?: (("Balance" | "BillPayments" | "CashDeposits" | "CharityDonation" | "ChequeDeposits" | "CashWithdrawal" | "EnvelopeDeposit" | "FastCash" | "MobileBankingRegistration" | "MobilePaymentRegistration" | "MobilePhoneTopUp" | "OrderStatement" | "Other" | "PINActivation" | "PINChange" | "PINUnblock" | "MiniStatement") | components["schemas"]["UAEATMAPI.AENamespacedPattern"])[];
            /** Accessibility */
            Accessibility?: ("AudioCashMachine" | "AutomaticDoors" | "ExternalRamp" | "InductionLoop" | "InternalRamp" | "LevelAccess" | "LowerLevelCounter" | "Other" | "WheelchairAccess")[];
            /** IsAccess24Hour */
            IsAccess24Hour?: boolean;
            /** Availability */
            Availability?: {
                /** @enum {string} */
                Status?: "Available" | "Unavailable" | "UnderMaintenance";
                OperatingHours?: {
                    Days: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
                    OpenTime: string;
                    CloseTime: string;
                }[];
            };
            /** SupportedCurrencies */
            SupportedCurrencies: string[];
            MinimumPossibleAmount?: components["schemas"]["UAEATMAPI.AEActiveOrHistoricCurrencyAndAmount_0"];
            MaximumPossibleAmount?: components["schemas"]["UAEATMAPI.AEActiveOrHistoricCurrencyAndAmount_0"];
            /** Note */
            Notes?: string[];
            /** Branch */
            Branch?: {
                /** @enum {string} */
                SchemeName?: "BICFI" | "Other";
                /** Identification */
                Identification?: string;
            };
            /** Location */
            Location: {
                /** LocationCategory */
                LocationCategory?: ("BranchExternal" | "BranchInternal" | "BranchLobby" | "Other" | "RetailerOutlet" | "RemoteUnit" | "DriveThru")[];
                /** Site */
                Site?: {
                    /** Identification */
                    Identification?: string;
                    /** Name */
                    Name?: string;
                };
                PostalAddress: {
                    /** @enum {string} */
                    AddressType?: "Business" | "Other";
                    AddressLine?: string[];
                    BuildingNumber?: string;
                    BuildingName?: string;
                    Floor?: string;
                    StreetName?: string;
                    DistrictName?: string;
                    PostBox?: string;
                    TownName?: string;
                    /** @enum {string} */
                    CountrySubDivision?: "AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain";
                    Country?: string;
                };
                GeoLocation: components["schemas"]["UAEATMAPI.GeoLocation"];
            };
            Links?: {
                /** Format: uri */
                FeesUri?: string;
            };
            ATMFee?: {
                /** @enum {string} */
                Type: "Withdrawal" | "BalanceInquiry" | "MiniStatement" | "PINChange" | "CashDeposit" | "CardlessWithdrawal" | "InternationalWithdrawal" | "CrossBankWithdrawal" | "OverLimit" | "DeclinedTransaction" | "EmergencyCashWithdrawal" | "ForeignATMUsage" | "ServiceDenial" | "FastCashWithdrawal" | "NetworkSurcharge" | "ForeignExchange" | "DomesticCrossBank" | "InternationalCrossBank" | "Other";
                Amount?: components["schemas"]["UAEATMAPI.AEActiveOrHistoricCurrencyAndAmount_0"];
                Percentage?: number;
                ApplicableNetworks?: ("Visa" | "Mastercard" | "AmericanExpress" | "Diners" | "Other")[];
                Conditions?: string;
            }[];
        }[];
        DefaultError: {
            /** @description Generic error code set by the LFI. Non-namespaced error codes are allowed for compatibility versions prior to v2.0. */
            errorCode?: components["schemas"]["AEDefaultErrorCode"];
            /** @description Message describing what problem has occurred */
            errorMessage?: string;
        };
        /** @description Default error response payload structure for Ozone Connect */
        Error400: {
            /**
             * @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. organisation or system.
             *
             *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
             */
            errorCode: components["schemas"]["AEError400Codes"] | components["schemas"]["AECustomErrorCode"] | components["schemas"]["AEDefaultErrorCode"];
            /** @description Message describing what problem has occurred */
            errorMessage: string;
        };
        /** @description Error code identifying the problem that occurred. The first part of the code is the namespace, which is the name of the organisation or system that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system. */
        Error403: {
            /**
             * @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation.
             *
             *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
             */
            errorCode: components["schemas"]["AEError403Codes"] | components["schemas"]["AECustomErrorCode"] | components["schemas"]["AEDefaultErrorCode"];
            /** @description Message describing what problem has occurred */
            errorMessage: string;
        };
        /** @description Error code identifying the problem that occurred. The first part of the code is the namespace, which is the name of the organisation or system that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system. */
        Error500: {
            /**
             * @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation.
             *
             *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
             */
            errorCode: components["schemas"]["AEErrorGenericCodes"] | components["schemas"]["AECustomErrorCode"] | components["schemas"]["AEDefaultErrorCode"];
            /** @description Message describing what problem has occurred */
            errorMessage: string;
        };
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        "UAEATMAPI.AEActiveCurrencyAndAmount_SimpleType": string;
        /** @description This is the value of the amount in the currency */
        "UAEATMAPI.AEActiveOrHistoricCurrencyAndAmount_0": {
            Amount: components["schemas"]["UAEATMAPI.AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["UAEATMAPI.ActiveOrHistoricCurrencyCode_0"];
        };
        "UAEATMAPI.AENamespacedPattern": string;
        "UAEATMAPI.AEReadAtmsMeta1": {
            /** Format: date-time */
            LastUpdatedDateTime: string;
            TotalRecords: number;
        };
        /** @description Identification of the currency in which the account is held. A code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "UAEATMAPI.ActiveOrHistoricCurrencyCode_0": string;
        /** @description GPS to identify the whereabouts of the ATM. */
        "UAEATMAPI.GeoLocation": {
            /** @description latitude */
            Latitude: string;
            /** @description longitude */
            Longitude: string;
        };
    };
    responses: {
        /** @description Operation failed due to a invalid request parameter */
        error400Response: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"];
            };
        };
        /** @description Operation failed as access to the requested resource is forbidden */
        error403Response: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error403"];
            };
        };
        /** @description Operation failed due to an internal server error */
        error500Response: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error500"];
            };
        };
        /** @description Default error response */
        errorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DefaultError"];
            };
        };
    };
    parameters: {
        /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
        apiOperation: string;
        /** @description The URL of the API being called by the caller */
        apiUri: string;
        /** @description An identifier for the OIDC clientId calling the API */
        callerClientId: string;
        /** @description The interaction ID passed in by the caller, if any */
        callerInteractionId: string;
        /** @description An identifier for the organization calling the API */
        callerOrgId: string;
        /** @description An identifier for the software statement calling the API */
        callerSoftwareStatementId: string;
        /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
        ozoneInteractionId: string;
        /** @description Identifier for the financial institution that the request is targeted to */
        providerId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ReadAtmData_read: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the financial institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AEReadAtmsData1"];
                        /** @description Metadata reflecting the state of the ATM data. */
                        meta: components["schemas"]["UAEATMAPI.AEReadAtmsMeta1"];
                    };
                };
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
}
