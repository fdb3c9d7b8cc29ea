/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: standards/v2.1/uae-atm-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/atms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve ATM
         * @description Retrieve all ATM
         */
        get: operations["getAtms"];
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
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError400Response: {
            Errors: components["schemas"]["AEError400"][];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError403Response: {
            Errors: components["schemas"]["AEError403"][];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError500Response: {
            Errors: components["schemas"]["AEError500"][];
        };
        /**
         * @description A description of the error that occurred. e.g., 'A mandatory field isn't supplied' or 'RequestedExecutionDateTime must be in future'
         *     This field is not standardised
         */
        AEMessage: string;
        /** @description Error */
        AEError400: {
            Code: components["schemas"]["AEError400Code"];
            Message: components["schemas"]["AEMessage"];
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /** @description Error Code. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
        AEError400Code: ("Consent.Invalid" | "Consent.BusinessRuleViolation" | "Consent.FailsControlParameters" | "Consent.InvalidUserIdentifier" | "JWS.InvalidSignature" | "JWS.Malformed" | "JWS.InvalidClaim" | "JWS.InvalidHeader" | "JWE.DecryptionError" | "JWE.InvalidHeader" | "GenericRecoverableError" | "GenericError" | "Event.UnexpectedEvent" | "Body.InvalidFormat" | "Resource.InvalidFormat") | string;
        /** @description Error */
        AEError403: {
            Code: components["schemas"]["AEError403Code"];
            Message: components["schemas"]["AEMessage"];
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /** @description Error Code. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
        AEError403Code: ("AccessToken.InvalidScope" | "Consent.TransientAccountAccessFailure" | "Consent.AccountTemporarilyBlocked" | "Consent.PermanentAccountAccessFailure" | "GenericRecoverableError" | "GenericError") | string;
        /** @description Error */
        AEError500: {
            Code: components["schemas"]["AEError500Code"];
            Message: components["schemas"]["AEMessage"];
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /** @description Error Code. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
        AEError500Code: ("GenericRecoverableError" | "GenericError") | string;
        /** @description List of ATMs */
        AEReadAtmsData1: {
            /**
             * LFIId
             * @description LFI identification.
             */
            LFIId: string;
            /**
             * LFIBrandId
             * @description LFI identification for a brand - that an LFI uses to market its products or services to a User
             */
            LFIBrandId: string;
            /**
             * ATMId
             * @description ATM terminal device identification for the LFI and the issuer.
             */
            ATMId: string;
            /**
             * SupportedLanguages
             * @description Identification of the language name according to the ISO 639-1 codes. The type is validated by the list of values coded with two alphabetic characters, defined in the standard.
             */
            SupportedLanguages?: string[];
            /**
             * Services
             * @description Describes the type of transaction available for a customer on an ATM.
             */
            Services?: (("Balance" | "BillPayments" | "CashDeposits" | "CharityDonation" | "ChequeDeposits" | "CashWithdrawal" | "EnvelopeDeposit" | "FastCash" | "MobileBankingRegistration" | "MobilePaymentRegistration" | "MobilePhoneTopUp" | "OrderStatement" | "Other" | "PINActivation" | "PINChange" | "PINUnblock" | "MiniStatement") | components["schemas"]["AENamespacedPattern"])[];
            /**
             * Accessibility
             * @description Indicates Types of Accessibility
             */
            Accessibility?: ("AudioCashMachine" | "AutomaticDoors" | "ExternalRamp" | "InductionLoop" | "InternalRamp" | "LevelAccess" | "LowerLevelCounter" | "Other" | "WheelchairAccess")[];
            /**
             * IsAccess24Hour
             * @description Indicates that the ATM is available for use by customers 24 hours per day
             */
            IsAccess24Hour?: boolean;
            /**
             * Availability
             * @description Indicates the availability status of the ATM
             */
            Availability?: {
                /**
                 * @description Current operational status of the ATM
                 * @enum {string}
                 */
                Status?: "Available" | "Unavailable" | "UnderMaintenance";
                OperatingHours?: {
                    Days: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
                    OpenTime: string;
                    CloseTime: string;
                }[];
            };
            /**
             * SupportedCurrencies
             * @description All ISO 4217 defined currency supported by the ATM.
             */
            SupportedCurrencies: string[];
            MinimumPossibleAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            MaximumPossibleAmount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            /**
             * Note
             * @description Summary description of the ATM.
             */
            Notes?: string[];
            /**
             * Branch
             * @description Information that locates and identifies a specific branch of a LFI.
             */
            Branch?: {
                /**
                 * @description The scheme name that qualifies the identifier for the branch.
                 * @enum {string}
                 */
                SchemeName?: "BICFI" | "Other";
                /**
                 * Identification
                 * @description Unique and unambiguous identification of a branch of a LFI.
                 */
                Identification?: string;
            };
            /**
             * Location
             * @description Location of the ATM.
             */
            Location: {
                /**
                 * LocationCategory
                 * @description Indicates the environment of the ATM.
                 */
                LocationCategory?: ("BranchExternal" | "BranchInternal" | "BranchLobby" | "Other" | "RetailerOutlet" | "RemoteUnit" | "DriveThru")[];
                /**
                 * Site
                 * @description Used by the LFI internally to identify the location of an ATM.
                 */
                Site?: {
                    /**
                     * Identification
                     * @description ATM site identification for the LFI.
                     */
                    Identification?: string;
                    /**
                     * Name
                     * @description ATM site name as used by LFI.
                     */
                    Name?: string;
                };
                /** @description Address properties based on ISO 20022 `PostalAddress27` definition, populated based on information held at the LFIs. */
                PostalAddress: {
                    /**
                     * @description The type of address, restricted to `Business` or `Other`. Omitted if type not held.
                     * @enum {string}
                     */
                    AddressType?: "Business" | "Other";
                    /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
                    AddressLine?: string[];
                    /** @description The unit, apartment, or villa number within a building or community */
                    BuildingNumber?: string;
                    /** @description Name of the building or house. */
                    BuildingName?: string;
                    /** @description Floor or storey within a building. */
                    Floor?: string;
                    /** @description The name of the street or road where the property is located. */
                    StreetName?: string;
                    /** @description The district, community, or neighbourhood where the property is located. */
                    DistrictName?: string;
                    /** @description The P.O. Box number assigned to the recipient for mail delivery. */
                    PostBox?: string;
                    /** @description Name of a built-up area, such as a town or city. */
                    TownName?: string;
                    /**
                     * @description Country subdivision, such as state or province. Where the address is in the UAE this is the Emirate where the address is registered.
                     * @enum {string}
                     */
                    CountrySubDivision?: "AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain";
                    /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
                    Country?: string;
                };
                GeoLocation: components["schemas"]["GeoLocation"];
            };
            /** @description Additional links to the ATM details */
            Links?: {
                /**
                 * Format: uri
                 * @description A link to the Fees ATM.
                 */
                FeesUri?: string;
            };
            /** @description Details of fees applicable when a cardholder uses the ATM */
            ATMFee?: {
                /**
                 * @description The type of cross-bank ATM fee.
                 * @enum {string}
                 */
                Type: "Withdrawal" | "BalanceInquiry" | "MiniStatement" | "PINChange" | "CashDeposit" | "CardlessWithdrawal" | "InternationalWithdrawal" | "CrossBankWithdrawal" | "OverLimit" | "DeclinedTransaction" | "EmergencyCashWithdrawal" | "ForeignATMUsage" | "ServiceDenial" | "FastCashWithdrawal" | "NetworkSurcharge" | "ForeignExchange" | "DomesticCrossBank" | "InternationalCrossBank" | "Other";
                Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                /** @description Percentage-based fee applied to the transaction amount (if applicable). */
                Percentage?: number;
                /** @description List of ATM networks where the cross-bank fee applies. */
                ApplicableNetworks?: ("Visa" | "Mastercard" | "AmericanExpress" | "Diners" | "Other")[];
                /**
                 * @description Conditions under which the fee applies (e.g., number of free transactions allowed,
                 *     withdrawal limits, special partnerships).
                 * @example Fee applies after the first 3 free withdrawals per month.
                 */
                Conditions?: string;
            }[];
        }[];
        AEReadAtmsMeta1: {
            /** Format: date-time */
            LastUpdatedDateTime: string;
            TotalRecords: number;
        };
        AEReadAtms1: {
            Data: components["schemas"]["AEReadAtmsData1"];
            Meta: components["schemas"]["AEReadAtmsMeta1"];
        };
        /** @description GPS to identify the whereabouts of the ATM. */
        GeoLocation: {
            /** @description latitude */
            Latitude: string;
            /** @description longitude */
            Longitude: string;
        };
        /** @description This is the value of the amount in the currency */
        AEActiveOrHistoricCurrencyAndAmount_0: {
            Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_0"];
        };
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        AEActiveCurrencyAndAmount_SimpleType: string;
        /**
         * @description Identification of the currency in which the account is held. A code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'.
         * @example AED
         */
        ActiveOrHistoricCurrencyCode_0: string;
        AENamespacedPattern: string;
    };
    responses: {
        /** @description Bad request */
        "400Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEError400Response"];
                "application/json": components["schemas"]["AEError400Response"];
            };
        };
        /** @description Unauthorized */
        "401Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden */
        "403Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEError403Response"];
                "application/json": components["schemas"]["AEError403Response"];
            };
        };
        /** @description Method Not Allowed */
        "405Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not Acceptable */
        "406Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unsupported Media Type */
        "415Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too Many Requests */
        "429Error": {
            headers: {
                /** @description Number in seconds to wait */
                "Retry-After"?: number;
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Internal Server Error */
        "500Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json; charset=utf-8": components["schemas"]["AEError500Response"];
                "application/json": components["schemas"]["AEError500Response"];
            };
        };
    };
    parameters: {
        /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
        Authorization: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description An RFC4122 UID used as a correlation id.
         * @example 49df2c2c-6b80-40ee-96a1-71910a248048
         */
        "x-fapi-interaction-id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAtms: {
        parameters: {
            query?: never;
            header: {
                /** @description An authorization Token as per https://tools.ietf.org/html/rfc6750 */
                authorization: components["parameters"]["Authorization"];
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
                    "application/json; charset=utf-8": components["schemas"]["AEReadAtms1"];
                    "application/json": components["schemas"]["AEReadAtms1"];
                };
            };
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            415: components["responses"]["415Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
}
