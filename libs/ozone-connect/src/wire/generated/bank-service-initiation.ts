/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: ozone-connect/v2.1.x/uae-ozone-connect-bank-service-initiation-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a payment
         * @description This API is called by Ozone Connect to instruct a Financial Institution to initiate a payment once it has received a payment
         *     instruction from a TPP that has passed all local validations.
         *
         *     The Financial Institution must process the payment and indicate a failure response (if the payment fails technical validation) or a
         *     success response (if the payment passes technical validation and is submitted to the payment rails for processing)
         *
         *     The Financial Institution must generate a unique `PaymentId` that can be sent on to the TPP as a reference for the payment.
         *
         *     If the underlying consent has been patched with a `bankConnectToken`, then the token is passed in as the authorization header.
         */
        post: operations["makePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a payment
         * @description Ozone can call this API from Financial Institutions to retrieve payment information.
         */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{paymentId}/report-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * report file for bulk payments
         * @description This API is called by Ozone Bank Connect to get a report file for a set of bulk payments
         */
        get: operations["reportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a payment consent for file payment operations
         * @description This operation allows a consent to be created for Bulk/Batch payment operations
         *     **ONLY**. This is supported due to the ordering of Bulk/Batch payment
         *     instructions, where the Pushed Authorization Request is submitted and
         *     the payment file is then uploaded before Authentication and Authorization
         *     takes place. Creating the consent at the LFI allows the payment file data to
         *     be validated on receipt.
         *
         *     Please note that the Consent Manager API continues to be the source-of-truth for
         *     all consent types.
         */
        post: operations["createBulkBatchPaymentConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-consents/{consentId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit payment instruction file for bulk/batch payments
         * @description This operation allows a Bulk/Batch payment file to be transmitted to the LFI. The data herein will be encoded according to the format already supported by the LFI, with the API Hub acting as a passthrough.
         */
        post: operations["createBulkBatchPaymentInstructionFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-consents/{consentId}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Refund Account Details for a Payment Consent
         * @description Ozone can call this API from Financial Institutions to retrieve payment information.
         */
        get: operations["getRefund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Create an Account based on data shared from the LFI. The response provides
         *     an account identifier that can be used to retrieve the account details when
         *     the provisioning process is complete.
         *
         *     Invoking this operation is driven by the User sharing with the TPP whether they
         *     already hold an account with a given LFI. There is no expectation that the TPP
         *     will automatically discover whether an account at this stage in the design as
         *     this could compromise data being provided by LFI with the quote.
         */
        post: operations["CreateAccount_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{AccountId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the status of an account opening request
         * @description Retrieve the status of a account opening request based on a given account identifier. The response provides the status of the account and, when opened, the account details so the TPP can stage a payment for a given FX  transaction to be executed.
         *     A TPP will require the explicit consent of the User to see all account details, as implemented in Bank Data Sharing.
         *     An Access Token granted for account opening operation does not have the relevant scope to retrieve the full account details.
         */
        get: operations["Account_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fx-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an FX quote
         * @description Create an FX quote based on a given currency pair.
         *
         *     The User may already have a relationship with a given LFI. The TPP can
         *     therefore include party data in the request to help the LFI correlate the User
         *     with an existing account or relationship. Including party data is optional but
         *     will allow contractual or pre-agreed rates to be generated by the LFI to help
         *     provide an informed choice to the User.
         *
         *     If a User selects a quote from an LFI that they do not have a relationship with
         *     the TPP will be able to use the Account Opening API to initiate the creation of
         *     a new account for User.
         */
        post: operations["CreateFxQuote_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fx-quotes/{FxQuoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an FX quote
         * @description Retrieve an FX quote based on a given quote identifier. The quote will include
         *     all the details submitted in the quote request together with the status of the
         *     quote.
         */
        get: operations["FxQuote_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an FX quote status
         * @description Update the status of a quote to Accepted as an indicator that the User has
         *     accepted the quote and will proceed with the FX trade. Completion of the trade
         *     is reliant on a funding account being available, which may require the creation
         *     of a new account at the LFI to complete the trade. The TPP will invoke the
         *     Account Opening API to initiate the creation of a new account for the User,
         *     sending the party data they previously retrieved through Bank Data Sharing or
         *     that the User shared with the TPP manually.
         *
         *     If the User does not have an account with the LFI they will indicate this to the
         *     TPP, who will optionally invoke the Account Opening API to initiate the creation
         *     of a new account for the User, sending User agreed through an existing consent
         *     to the LFI.
         */
        patch: operations["FxQuote_patch"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The properties of a payment request */
        PaymentPostRequest: {
            /** @description The (Ozone) URL at which the TPP requested for the payment */
            requestUrl?: string;
            paymentType: components["schemas"]["PaymentType"];
            request: components["schemas"]["AEPaymentAndFilePaymentRequest"];
            requestHeaders: components["schemas"]["PaymentRequestHeaders"];
            tpp: components["schemas"]["tpp"];
            supplementaryInformation?: components["schemas"]["SupplementaryInformation"];
        };
        /** @description The payment request body as received from the TPP */
        AEPaymentAndFilePaymentRequest: components["schemas"]["AEPaymentRequest"] | components["schemas"]["AEFilePaymentRequest"];
        /** @description Payment Request Schema */
        AEPaymentRequest: {
            /** @description Primary data for the request */
            Data: {
                ConsentId: components["schemas"]["AEConsentId"];
                /** @description The Initiation payload is sent by the initiating party to the LFI. It is used to request movement of funds from the debtor account to a creditor for a single payment. */
                Instruction: {
                    /** @description The Currency and Amount relating to the Payment */
                    Amount: {
                        Amount: components["schemas"]["AEActiveOrHistoricAmount"];
                        Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
                    };
                };
                /** @description The details of the non-local currency or FX request that has been agreed between the User and the TPP. The requested ChargeBearer and ExchangeRateInformation are included in this object may be overwritten by the LFI in the returned Consent object. */
                CurrencyRequest?: {
                    /**
                     * @description Indicator of the urgency or order of importance that the instructing party would like the instructed party to apply to the processing of the instruction.
                     * @enum {string}
                     */
                    InstructionPriority?: "Normal" | "Urgent";
                    /** @description Specifies the purpose of an international payment. */
                    ExtendedPurpose: string;
                    ChargeBearer?: components["schemas"]["AEChargeBearerType1Code"];
                    /** @description Specifies the currency of the to be transferred amount, which is different from the currency of the debtor's account. */
                    CurrencyOfTransfer: string;
                    /** @description Country in which Credit Account is domiciled. Code to identify a country, a dependency, or another area of particular geopolitical interest, on the basis of country names obtained from the United Nations (ISO 3166, Alpha-2 code). */
                    DestinationCountryCode?: string;
                    /** @description Provides details on the currency exchange rate and contract. */
                    ExchangeRateInformation?: {
                        /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
                        UnitCurrency: string;
                        /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
                        ExchangeRate?: number;
                        /**
                         * @description Specifies the type used to complete the currency exchange.
                         * @enum {string}
                         */
                        RateType: "Actual" | "Agreed" | "Indicative";
                        /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
                        ContractIdentification?: string;
                    };
                };
                FxQuoteId?: components["schemas"]["FxQuoteId"];
                /**
                 * @description Personal Identifiable Information, represented in both encoded and decoded form using a `anyOf`, to help implementers readily understand both the structure and serialized form of the property. Schema Objects are provided for both Domestic and International payments.
                 *
                 *     **Implementations MUST reflect the AEJWEPaymentPII Schema Object structure and the notes provided on** **implementing a JWS and JWE.**
                 *
                 *     **The decoded form AEPaymentPII is for guidance on content only.**
                 */
                PersonalIdentifiableInformation?: components["schemas"]["AEBankServiceInitiation.AEDomesticPaymentPIIProperties"] | components["schemas"]["AEBankServiceInitiation.AEInternationalPaymentPIIProperties"] | components["schemas"]["AEJWEPaymentPII"];
                PaymentPurposeCode: components["schemas"]["AEPaymentPurposeCode"];
                DebtorReference?: components["schemas"]["AEDebtorReference"];
                CreditorReference?: components["schemas"]["AECreditorReference"];
                OpenFinanceBilling: components["schemas"]["AEServiceInitiationOpenFinancePaymentBilling"];
            };
        };
        /** @description Billing parameters specified by the TPP for a payment initiation */
        AEServiceInitiationOpenFinancePaymentBilling: {
            /**
             * @description The type payment for billing
             * @enum {string}
             */
            Type: "Collection" | "LargeValueCollection" | "PushP2P" | "PullP2P" | "Me2Me";
            /** @description MerchantId */
            MerchantId?: string;
        };
        /** @description Billing parameters specified by the TPP for a payment initiation */
        AEServiceInitiationOpenFinancePaymentBillingGet: {
            /**
             * @description Number of individual transactions successfully executed by the LFI.
             *     This is returned by the LFI after the file is fully processed.
             */
            NumberOfSuccessfulTransactions?: number;
            /**
             * @description The type payment for billing
             * @enum {string}
             */
            Type: "Collection" | "LargeValueCollection" | "PushP2P" | "PullP2P" | "Me2Me";
            /** @description MerchantId */
            MerchantId?: string;
        };
        /**
         * @description A JSON Web Encryption (JWE) object, which encapsulates a JWS. The value is a compact serialization of a JWE, which is a string consisting of five base64url-encoded parts joined by dots.
         *     It encapsulates encrypted content using JSON data structures. The decrypted JWS content has the structure of the AEPaymentPII schema.
         * @example eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ....
         */
        AEJWEPaymentPII: string;
        /** @description Properties of the Creditor Agent, which provides information on the Financial Institution that holds the Creditor Account. */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorAgentProperties": {
            /**
             * @description The identification scheme for uniquely identifying the Agent.
             *     * BICFI: The BIC/SWIFT Code
             *     * Other: Identifier based on non-SWIFT payment system or local market scheme.
             * @enum {string}
             */
            SchemeName: "BICFI" | "Other";
            /** @description Identifier that can be the BIC/SWIFT code or target payment scheme identifier. */
            Identification: string;
            /** @description Name by which an agent is known and which is usually used to identify that agent. */
            Name?: string;
            PostalAddress?: components["schemas"]["AEAddress"];
        };
        /** @description One-or-more addresses related to a given subject. */
        AEAddress: {
            /**
             * @description The type of address.
             * @enum {string}
             */
            AddressType: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
            AddressLine: string[];
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
            /** @description Country subdivision, such as state or province. Where the address is in the UAE this is the Emirate where the address is registered. */
            CountrySubDivision?: ("AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain") | string;
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            Country: string;
        }[];
        /** @description Debtor (User) Indicators */
        AEDebtorIndicators: {
            /** @description The authentication method used by the User to access their account with the TPP */
            Authentication?: {
                /**
                 * @description Channel on which the User was authenticated
                 * @enum {string}
                 */
                AuthenticationChannel?: "App" | "Web";
                /** @description The User's possession, that only the User possesses */
                PossessionFactor?: {
                    IsUsed?: boolean;
                    /** @enum {string} */
                    Type?: "FIDO2SecurityKey" | "Passkey" | "OTPDevice" | "OTPApp" | "SMSOTP" | "EmailOTP" | "PushNotification" | "WebauthnToken" | "SecureEnclaveKey" | "HardwareOTPKey" | "TrustedDevice" | "Other";
                };
                /** @description The User's knowledge, that only the User knows */
                KnowledgeFactor?: {
                    IsUsed?: boolean;
                    /** @enum {string} */
                    Type?: "PIN" | "Password" | "SecurityQuestion" | "SMSOTP" | "EmailOTP" | "OTPPush" | "Other";
                };
                /** @description The User's inherance, that is unique to the User's physical characteristics */
                InherenceFactor?: {
                    IsUsed?: boolean;
                    /** @enum {string} */
                    Type?: "Biometric" | "Fingerprint" | "FaceRecognition" | "IrisScan" | "VoiceRecognition" | "FIDOBiometric" | "DeviceBiometrics" | "Other";
                };
                /**
                 * @description The result of multi-factor authentication performed by the TPP, with NotPerformed indication the User was not required to authenticate before consenting to the requested payment
                 * @enum {string}
                 */
                ChallengeOutcome?: "Pass" | "Fail" | "NotPerformed";
                /** @enum {string} */
                AuthenticationFlow?: "MFA" | "Other";
                /** @description Cryptographic proof of authentication where supported by the device and protocol. */
                AuthenticationValue?: string;
                /** Format: date-time */
                ChallengeDateTime?: string;
            };
            /** @description The Name of the User initiating the Payment */
            UserName?: {
                /** @description English value of the string */
                en?: string;
                /** @description Arabic value of the string */
                ar?: string;
            };
            /** @description GPS to identify and track the whereabouts of the connected electronic device. */
            GeoLocation?: {
                /** @description latitude */
                Latitude: string;
                /** @description longitude */
                Longitude: string;
            };
            /** @description Detailed device information */
            DeviceInformation?: {
                /** @description IMEISV number of the connected electronic device */
                DeviceId?: string;
                /** @description Alternative identifier for the connected electronic device */
                AlternativeDeviceId?: string;
                /** @description Device operating system */
                DeviceOperatingSystem?: string;
                /** @description Device operating system version */
                DeviceOperatingSystemVersion?: string;
                /** @description An identifier that associates a device uniquely with a specific application */
                DeviceBindingId?: string;
                /**
                 * Format: date-time
                 * @description Date and time when the device was last bound to the application
                 */
                LastBindingDateTime?: string;
                /**
                 * Format: duration
                 * @description ISO 8601 duration since device was last bound (e.g., P30D for 30 days)
                 */
                BindingDuration?: string;
                /**
                 * @description Current status of the device binding
                 * @enum {string}
                 */
                BindingStatus?: "Active" | "Expired" | "Revoked" | "Suspended";
                /**
                 * @description Type of device used
                 * @enum {string}
                 */
                DeviceType?: "Mobile" | "Desktop" | "Tablet" | "Wearable" | "Other";
                DeviceManufacturer?: {
                    /** @description Device model name */
                    Model?: string;
                    /** @description Device manufacturer */
                    Manufacturer?: string;
                };
                /** @description Device language */
                DeviceLanguage?: string;
                /** @description Device local time */
                DeviceLocalDateTime?: string;
                /**
                 * @description Type of connection to the internet
                 * @enum {string}
                 */
                ConnectionType?: "WiFi" | "Cellular" | "Other";
                ScreenInformation?: {
                    /** @description Screen pixel density */
                    PixelDensity?: number;
                    /** @enum {string} */
                    Orientation?: "Portrait" | "Landscape";
                };
                BatteryStatus?: {
                    Level?: number;
                    IsCharging?: boolean;
                };
                TouchSupport?: {
                    Supported?: boolean;
                    MaxTouchPoints?: number;
                };
                MotionSensors?: {
                    /** @enum {string} */
                    Status?: "InMotion" | "Stationary";
                    Accelerometer?: boolean;
                    Gyroscope?: boolean;
                };
                /** @description List of device environment context */
                DeviceEnvironmentContext?: ("VPNDetected" | "EmulatorDetected")[];
            };
            /** @description Device biometric capabilities */
            BiometricCapabilities?: {
                /** @description Whether device supports biometric authentication */
                SupportsBiometric?: boolean;
                /** @description Types of biometric authentication supported */
                BiometricTypes?: ("Fingerprint" | "FacialRecognition" | "Iris" | "VoicePrint" | "Other")[];
            };
            /** @description Mobile application specific information */
            AppInformation?: {
                /** @description Version of the mobile application */
                AppVersion?: string;
                /** @description Application package identifier */
                PackageName?: string;
                /** @description Application build number */
                BuildNumber?: string;
            };
            /** @description Browser-specific information */
            BrowserInformation?: {
                /** @description Complete browser user agent string */
                UserAgent?: string;
                /** @description Whether cookies are enabled in the browser */
                IsCookiesEnabled?: boolean;
                /** @description List of available fonts */
                AvailableFonts?: string[];
                /** @description List of installed browser plugins */
                Plugins?: string[];
                /** @description Device pixel ratio for scaling */
                PixelRatio?: number;
            };
            /** @description User behavior indicators */
            UserBehavior?: {
                ScrollBehavior?: {
                    /** @enum {string} */
                    Direction?: "Up" | "Down" | "Both";
                    /** @description Average scroll speed in pixels per second */
                    Speed?: number;
                    /** @description Number of scroll events per minute */
                    Frequency?: number;
                };
            };
            /** @description Risk indicators related to the account */
            AccountRiskIndicators?: {
                /**
                 * Format: date-time
                 * @description The exact date and time when the User account was activated with the TPP.
                 */
                UserOnboardingDateTime?: string;
                /**
                 * Format: date
                 * @description Date that the User's account was last changed
                 */
                LastAccountChangeDate?: string;
                /**
                 * Format: date
                 * @description Date of the last password change by the User
                 */
                LastPasswordChangeDate?: string;
                /**
                 * @description Indicates any suspicious activity associated with the account
                 * @enum {string}
                 */
                SuspiciousActivity?: "NoSuspiciousActivity" | "SuspiciousActivityDetected";
                TransactionHistory?: {
                    /** @description Total transactions made by the account in the last 24 hours */
                    LastDay?: number;
                    /** @description Total transactions made by the account in the past year */
                    LastYear?: number;
                };
            };
            /**
             * @description Additional information that cannot be captured in the structured fields and/or any other specific block
             *     This may include information that is not available in the structured fields, such as a user's behavioural data
             *     like their typing speed and typing patterns.
             */
            SupplementaryData?: Record<string, never>;
        };
        /** @description Transaction Indicators */
        AETransactionIndicators: {
            /** @description This field differentiates between automatic and manual payment initiation. */
            IsCustomerPresent?: boolean;
            /** @description Indicates if the Creditor has a contractual relationship with the TPP. */
            IsContractPresent?: boolean;
            /**
             * @description Where the payment has been initiated from.
             * @enum {string}
             */
            Channel?: "Web" | "Mobile";
            /**
             * @description The channel through which the transaction is being conducted
             * @enum {string}
             */
            ChannelType?: "ECommerce" | "InStore" | "InApp" | "Telephone" | "Mail" | "RecurringPayment" | "Other";
            /**
             * @description More specific classification of the transaction channel
             * @enum {string}
             */
            SubChannelType?: "WebBrowser" | "MobileApp" | "SmartTV" | "WearableDevice" | "POSTerminal" | "ATM" | "KioskTerminal" | "Other";
            /** @description Metrics related to the payment process duration and attempts */
            PaymentProcess?: {
                /** @description Total time in seconds from payment initiation to completion */
                TotalDuration?: number;
                /** @description Number of payment attempts in the current session */
                CurrentSessionAttempts?: number;
                /** @description Number of failed payment attempts in the current session */
                CurrentSessionFailedAttempts?: number;
                /** @description Number of payment attempts in the last 24 hours */
                Last24HourAttempts?: number;
                /** @description Number of failed payment attempts in the last 24 hours */
                Last24HourFailedAttempts?: number;
            };
            /** @description Risk indicator details provided by the merchant */
            MerchantRisk?: {
                /**
                 * @description Timeframe for the delivery of purchased items
                 * @enum {string}
                 */
                DeliveryTimeframe?: "ElectronicDelivery" | "SameDayShipping" | "OvernightShipping" | "MoreThan1DayShipping";
                /**
                 * @description Indicates if the transaction is a reorder
                 * @enum {string}
                 */
                ReorderItemsIndicator?: "FirstTimeOrder" | "Reorder";
                /**
                 * @description Indicates if this is a pre-ordered item
                 * @enum {string}
                 */
                PreOrderPurchaseIndicator?: "MerchandiseAvailable" | "FutureAvailability";
                /** @description Indicates if the transaction includes a gift card */
                IsGiftCardPurchase?: boolean;
                /** @description Indicates if delivery address matches billing address */
                IsDeliveryAddressMatchesBilling?: boolean;
                /**
                 * @description Level of match between delivery and billing addresses
                 * @enum {string}
                 */
                AddressMatchLevel?: "FullMatch" | "PartialMatch" | "NoMatch" | "NotApplicable";
            };
            /** @description Additional information that cannot be captured in the structured fields and/or any other specific block */
            SupplementaryData?: Record<string, never>;
        };
        /** @description Creditor Indicators */
        AECreditorIndicators: {
            AccountType?: components["schemas"]["AEAccountTypeCode"];
            IsCreditorPrePopulated?: components["schemas"]["AEIsCreditorPrePopulated"];
            TradingName?: components["schemas"]["AETradingName"];
            IsVerifiedByTPP?: components["schemas"]["AEIsVerifiedbyTPP"];
            AdditionalAccountHolderIdentifiers?: components["schemas"]["AEAdditionalAccountHolderIdentifiers"];
            /**
             * @description Details of the Merchant involved in the transaction.
             *     Merchant Details are specified only for those merchant categories that are generally expected to originate retail financial transactions
             */
            MerchantDetails?: {
                /** @description MerchantId */
                MerchantId?: string;
                /** @description Name by which the merchant is known. */
                MerchantName?: string;
                /**
                 * @description SIC code stands for standard industrial classification (SIC) code.
                 *     This four digit-number identifies a very specific short descriptor of the type of business a company is engaged in.
                 *     SIC can be obtained from the Chamber of Commerce.
                 */
                MerchantSICCode?: string;
                /**
                 * @description Category code values are used to enable the classification of merchants into specific categories based on the type of business, trade or services supplied.
                 *     Category code conforms to ISO 18245, related to the type of services or goods the merchant provides for the transaction.
                 */
                MerchantCategoryCode?: string;
            };
            /** @description Creditor account details have been confirmed successfully using Confirmation of Payee */
            IsCreditorConfirmed?: boolean;
            /** @description Additional information that cannot be captured in the structured fields and/or any other specific block */
            SupplementaryData?: Record<string, never>;
        };
        /**
         * @description Specifies the type of account (Retail, SME or Corporate).
         * @enum {string}
         */
        AEAccountTypeCode: "Retail" | "SME" | "Corporate";
        /** @description Is Creditor populated */
        AEIsCreditorPrePopulated: boolean;
        /** @description The TPP has onboarded the Creditor */
        AEIsVerifiedbyTPP: boolean;
        AEAdditionalAccountHolderIdentifiers: {
            SchemeName: components["schemas"]["AERiskExternalAccountIdentificationCode"];
            Identification: components["schemas"]["AEIdentification"];
            Name?: components["schemas"]["AEName"];
        }[];
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list.
         * @enum {string}
         */
        AERiskExternalAccountIdentificationCode: "EmiratesID" | "TradeLicenceNumber";
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list. For international payments TPP may use `IBAN`, but must use `AccountNumber` where a local scheme is used to identify the Creditor Account.
         * @enum {string}
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorExternalAccountIdentificationCode": "IBAN" | "AccountNumber";
        /**
         * @description Identification for the account assigned by the LFI based on the Account Scheme Name.
         *     This identification is known by the User account owner.
         */
        AEIdentification: string;
        /**
         * @description The Trading Brand Name (if applicable) for the Creditor.
         *     Applicable to Payments.
         */
        AETradingName: {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /** @description The Risk section is sent by the TPP to the LFI. It is used to specify additional details for risk/fraud scoring regarding Payments. */
        AERisk: {
            DebtorIndicators?: components["schemas"]["AEDebtorIndicators"];
            /** @description Destination Delivery Address */
            DestinationDeliveryAddress?: {
                /**
                 * @description The recipient of the goods whether an individual or a corporation.
                 * @enum {string}
                 */
                RecipientType?: "Individual" | "Corporate";
                /** @description The name of the recipient of the goods, whether an individual or a corporation. */
                RecipientName?: {
                    /** @description English value of the string */
                    en?: string;
                    /** @description Arabic value of the string */
                    ar?: string;
                };
                NationalAddress?: components["schemas"]["AEAddress"];
            };
            TransactionIndicators?: components["schemas"]["AETransactionIndicators"];
            CreditorIndicators?: components["schemas"]["AECreditorIndicators"];
        };
        /** @description Unique identification assigned by the TPP to identify the consent resource. */
        AEConsentId: string;
        /** @description File Payment Request Schema */
        AEFilePaymentRequest: {
            /** @description Primary data for the request */
            Data: {
                ConsentId: components["schemas"]["AEConsentId"];
                Instruction?: components["schemas"]["AEFilePaymentConsent"];
                PaymentPurposeCode: components["schemas"]["AEPaymentPurposeCode"];
                DebtorReference?: components["schemas"]["AEDebtorReference"];
            };
        };
        /**
         * @description A file based payment consent.
         *     A Consent definition for defining Multi Payments
         */
        AEFilePaymentConsent: {
            FileType: components["schemas"]["AEFileType"];
            FileHash: components["schemas"]["AEFileHash"];
            FileReference?: components["schemas"]["AEReference"];
            NumberOfTransactions: components["schemas"]["AEFileNumberOfTransactions"];
            ControlSum: components["schemas"]["AEControlSum"];
            RequestedExecutionDate?: components["schemas"]["AERequestedExecutionDate"];
        };
        /**
         * Format: date
         * @description The date when the TPP expects the LFI to execute the payment.
         *     The date must be in the future and cannot be on the same day or a day in the past.
         *     The maximum date in the future that can be specified is 1 year from the day of the consent of the User to the TPP.
         *     All dates in the JSON payloads are represented in ISO 8601 date format.
         */
        AERequestedExecutionDate: string;
        /** @description Number of individual transactions contained in the payment information group. */
        AEFileNumberOfTransactions: number;
        /**
         * @description Total of all individual amounts included in the group, irrespective of currencies.
         * @example 100.00
         */
        AEControlSum: string;
        /**
         * @description A reason or reference in relation to a payment.
         *     Reason or reference for the beneficiary regarding the Payment
         */
        AEReference: string;
        /** @description Specifies the payment file type */
        AEFileType: string;
        /** @description A base64 encoding of a SHA256 hash of the file to be uploaded. */
        AEFileHash: string;
        /** @description A Creditor Reference is a note for a given Creditor or Creditor LFI that supports reconciliation of a given payment instruction. */
        AECreditorReference: string;
        /** @description The Initiation payload is sent by the initiating party to the LFI. It is used to request movement of funds from the debtor account to a creditor for a single payment. */
        AEPaymentInstruction: {
            Amount: components["schemas"]["AEActiveCurrencyAmount"];
        };
        /**
         * @description The type of the payment that is being created.
         *
         *     Each LFI's instance may support a different set of payment types
         *     depending on the standards supported.
         *
         *     For example,
         *
         *       - cbuae-payment (Single Instant Payment, Multi Payment - Fixed and Variable Recurring Payment, Future Dated Payment etc)
         *       - cbuae-file-payment
         */
        PaymentType: string;
        /** @description The entire set of HTTP request headers that was received by Ozone from the TPP */
        PaymentRequestHeaders: Record<string, never>;
        /** @description The TPP record as held by Ozone. If Ozone TPP Connect has been integrated into a directory, the `directoryRecord` provides the TPP's directory record as held by Ozone in base 64 encoded format. */
        tpp: {
            /** @description The client identifier for the TPP as issued by the Trust Framework */
            clientId: string;
            /** @description The identifier used by the API Hub to uniquely identify the TPP */
            tppId: string;
            /** @description The TPP name recorded in the Trust Framework */
            tppName: string;
            /**
             * @deprecated
             * @description The UK market TPP identifier. This property is not used for CBUAE and is therefore marked as deprecated.
             */
            obieTppId?: string;
            /** @description The software statement identifier for the Client. */
            softwareStatementId: string;
            /**
             * @deprecated
             * @description The UK market software statement identifier. This property is not used for CBUAE and is therefore marked as deprecated.
             */
            obieSoftwareStatementId?: string;
            /**
             * @deprecated
             * @description The UK market software statement name. This property is not used for CBUAE and is therefore marked as deprecated.
             */
            obieSoftwareStatementName?: string;
            /**
             * Format: base64
             * @description The latest copy of the TPP directory record retrieve from the CBUAE Trust Framework directory, encoded as a Base 64 string
             */
            directoryRecord?: string;
            /**
             * @deprecated
             * @description The encoded Software Statement Assertion. This property is not used for CBUAE and is therefore marked as deprecated.
             */
            ssa?: string;
            decodedSsa: components["schemas"]["softwareStatementProperties"];
            /** @description The organization identifier for the TPP */
            orgId: string;
        };
        /**
         * @description The decoded software statement retrieved from the Trust Framework that provides
         *     the properties of the Client.
         *
         *     Please note:
         *
         *       - The JSON payload will contain other properties in addition to those listed
         *         here. The properties listed here are considered most relevant for activities
         *         such as TPP logo retrieval and JWS verification.
         *       - The content reflects elements of discovery metadata, which in generally
         *         defined as a file rather than an API. Providing constraints such as
         *         `minLength` and `maxLength` is impractical in this context
         *
         *     The full software statement record is also available in the Trust Framework.
         *     Please also refer the Registration Framework page in the CBUAE standards for
         *     additional guidance on these properties.
         */
        softwareStatementProperties: {
            /** @description The redirect URIs registered by the TPP at the Trust Framework */
            redirect_uris?: string[];
            /** @description Name of the Client to be presented to the End-User. */
            client_name?: string;
            /** @description URL of the home page of the Client. */
            client_uri?: string;
            /** @description URL of the Client logo. */
            logo_uri?: string;
            /** @description URL of the Client JSON Web Key Set (JWKS) at the Trust Framework. */
            jwks_uri?: string;
            /** @description Unique Client Identifier. */
            client_id?: string;
            /** @description The roles under which the organization is registered at the Trust Framework. */
            roles?: string[];
            /** @description URL using the https scheme to be used in calculating Pseudonymous Identifiers by the OP. Allows redirect URI values to be grouped, easing registration management. */
            sector_identifier_uri?: string;
            /** @description Client application type. */
            application_type?: string;
            /** @description Organization identifier for organization that owns the Client. */
            organisation_id?: string;
        };
        /** @description The `SupplementaryInformation` object may have arbitrary custom fields that a Financial Institution may use */
        SupplementaryInformation: Record<string, never>;
        /**
         * @description The payment response to be passed on to the TPP.
         *
         *     The structure of this response is aligned to the structure of the response for the CBUAE payment initiation API.
         */
        AEPaymentIdResponse: {
            /** @description Required fields are common for all the payments including file payment. Apart from that, paymentTransactionId is required for all payments except file payments */
            data: {
                /** @description An API specific unique identification as assigned by the LFI to identify the domestic Payment resource. */
                id: string;
                /** @description Unique identification assigned by the TPP to identify the consent resource. */
                consentId?: string;
                /**
                 * @description This is an end-to-end identifier that is generated by the underlying payment rails when it is sent from an Originating LFI to a Receiving LFI.
                 *     For IPP transactions, this is the IPP generated identifier.
                 *
                 *     This property is not the same as the `transactionId` in the Bank Data Sharing Transactions API.
                 *
                 *     The `paymentTransactionId` must be populated if the payment is processed by the LFI, and updated at the Consent Manager Payment Log API using the `patch` operation.
                 */
                paymentTransactionId?: string;
                /**
                 * @description Specifies the status of the payment information group
                 *     * Pending: Payment initiation or individual transaction included in the payment initiation is pending. Further checks and status update will be performed.
                 *     * Rejected: The payment initiation has been rejected
                 *     * AcceptedSettlementCompleted: Settlement of the Debtor's account has been completed
                 *     * AcceptedCreditSettlementCompleted: When the Creditor account has been credited with the funds of the payment initiated via the TPP
                 *     * AcceptedWithoutPosting:  When the Recipient Bank has accepted the payment but has not applied the credit to the Creditor account yet.
                 * @enum {string}
                 */
                status: "Pending" | "AcceptedSettlementCompleted" | "AcceptedCreditSettlementCompleted" | "AcceptedWithoutPosting" | "Rejected" | "Received";
                /**
                 * Format: date-time
                 * @description Date and time at which the resource status was updated.
                 */
                statusUpdateDateTime: string;
                rejectReasonCode?: {
                    /**
                     * @description Rejected Reason Code is a namespaced rejection reason code. The first part of the code is the namespace, which is the name of the organisation or system (e.g., AANI) that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system.
                     *     Payments that are rejected by AANI will have the AANI prefix, followed by the specific ANNI reason code.
                     *
                     *     The Payment resouce is updated with the rejection reason code if a Rejected payment is initially created in a Pending state.
                     *     If the Payment resource is rejected, and no Payment resource is created - a 4xx HTTP status code is returned to the TPP with the appropriate Error Response.
                     */
                    code: string;
                    /** @description Message */
                    message: string;
                }[];
                /**
                 * Format: date-time
                 * @description Date and time at which the message was created.
                 */
                creationDateTime: string;
                charges?: components["schemas"]["AECharges"];
                exchangeRate?: components["schemas"]["AEExchangeRateInformation"];
                currencyRequest?: components["schemas"]["AECurrencyRequest"];
                instruction?: components["schemas"]["AEPaymentInstruction"];
                paymentPurposeCode: components["schemas"]["AEPaymentPurposeCode"];
                debtorReference?: components["schemas"]["AEDebtorReference"];
                openFinanceBilling?: components["schemas"]["AEServiceInitiationOpenFinancePaymentBillingGet"];
            };
            meta?: components["schemas"]["Meta"];
        };
        /** @description List of charges associated with the payment request */
        AECharges: {
            chargeBearer: components["schemas"]["AEChargeBearerType1Code"];
            type: components["schemas"]["AEExternalPaymentChargeTypeCode"];
            amount: components["schemas"]["AEActiveCurrencyAmount"];
        }[];
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction.
         * @enum {string}
         */
        AEChargeBearerType1Code: "BorneByCreditor" | "BorneByDebtor" | "Shared";
        /**
         * @description Charge type, in a coded form.
         * @enum {string}
         */
        AEExternalPaymentChargeTypeCode: "VAT" | "Fees";
        /** @description The Currency and Amount relating to the Payment */
        AEActiveCurrencyAmount: {
            amount: components["schemas"]["AEActiveOrHistoricAmount"];
            currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
        };
        /**
         * @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217.
         * @example 100.00
         */
        AEActiveOrHistoricAmount: string;
        /**
         * @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'.
         * @example AED
         */
        AEActiveOrHistoricCurrencyCode: string;
        /** @description Further detailed information on the exchange rate that has been used in the payment transaction. */
        AEExchangeRateInformation: {
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
            unitCurrency: string;
            /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
            exchangeRate: number;
            /**
             * @description Specifies the type used to complete the currency exchange.
             * @enum {string}
             */
            rateType: "Actual" | "Agreed" | "Indicative";
            /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
            contractIdentification?: string;
            /**
             * Format: date-time
             * @description Specified date and time the exchange rate agreement will expire.All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            expirationDateTime?: string;
        };
        /**
         * @description The details of the non-local currency or FX request that has been agreed between the User and the TPP.
         *     The requested ChargeBearer and ExchangeRateInformation are included in this object may be overwritten by the LFI in the returned Consent object.
         */
        AECurrencyRequest: {
            /**
             * @description Indicator of the urgency or order of importance that the instructing party would like the instructed party to apply to the processing of the instruction.
             * @enum {string}
             */
            instructionPriority?: "Normal" | "Urgent";
            /** @description Specifies the purpose of an international payment. */
            extendedPurpose?: string;
            chargeBearer?: components["schemas"]["AEChargeBearerType1Code"];
            /** @description Specifies the currency of the to be transferred amount, which is different from the currency of the debtor's account. */
            currencyOfTransfer: string;
            /** @description Country in which Credit Account is domiciled. Code to identify a country, a dependency, or another area of particular geopolitical interest, on the basis of country names obtained from the United Nations (ISO 3166, Alpha-2 code). */
            destinationCountryCode?: string;
            /** @description Provides details on the currency exchange rate and contract. */
            exchangeRateInformation?: {
                /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
                unitCurrency: string;
                /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
                exchangeRate?: number;
                /**
                 * @description Specifies the type used to complete the currency exchange.
                 * @enum {string}
                 */
                rateType: "Actual" | "Agreed" | "Indicative";
                /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
                contractIdentification?: string;
            };
            fxQuoteId?: components["schemas"]["FxQuoteId"];
        };
        /** @description A category code that relates to the type of services or goods that corresponds to the underlying purpose of the payment. The code must conform to the published AANI payment purpose code list. */
        AEPaymentPurposeCode: string;
        /** @description A Debtor Reference is a note is for the reference of a given User that may be available as additional information in relation to a given payment instruction. */
        AEDebtorReference: string;
        /** @description Response to a request to the Debtor details for a given payment, in order to initiate a refund. Requires the consent of the Debtor to be retrieved, enforced at the API Hub. */
        RefundGetResponse: {
            data?: components["schemas"]["RefundGetResponseBody"];
            meta?: components["schemas"]["Meta"];
        };
        /** @description Primary data for the response */
        RefundGetResponseBody: {
            /** @description Unique identification assigned by the TPP to identify the consent resource. */
            consentId?: string;
            refundAccount: components["schemas"]["AEDebtorAccount"];
        };
        /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made. */
        AEDebtorAccount: {
            /**
             * @description Name of the identification scheme, in a coded form as published in an external list.
             * @enum {string}
             */
            schemeName: "IBAN";
            /**
             * @description Identification for the account assigned by the LFI based on the Account Scheme Name.
             *     This identification is known by the User account owner.
             */
            identification: string;
            name: components["schemas"]["AEName"];
        };
        /** @description The Account Holder Name is the name or names of the Account owner(s) represented at the account level */
        AEName: {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /** @description Metadata relevant to the resource. */
        Meta: Record<string, never>;
        /** @description Message describing what problem has occurred */
        ErrorMessage: string;
        /** @description Default error response payload structure for Ozone Connect */
        Error400: {
            /**
             * @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. organisation or system.
             *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
             */
            errorCode: ("Consent.Invalid" | "Consent.BusinessRuleViolation" | "Consent.FailsControlParameters" | "Consent.InvalidUserIdentifier" | "JWS.InvalidSignature" | "JWS.Malformed" | "JWS.InvalidClaim" | "JWS.InvalidHeader" | "JWE.DecryptionError" | "JWE.InvalidHeader" | "GenericRecoverableError" | "GenericError" | "Event.UnexpectedEvent" | "Body.InvalidFormat" | "Resource.InvalidFormat") | string;
            errorMessage: components["schemas"]["ErrorMessage"];
        };
        /**
         * @description Error code identifying the problem that occurred. The first part of the code is the namespace, which is the name of the organisation or system that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system.
         *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
         */
        Error403: {
            /** @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
            errorCode: ("AccessToken.InvalidScope" | "Consent.TransientAccountAccessFailure" | "Consent.AccountTemporarilyBlocked" | "Consent.PermanentAccountAccessFailure" | "GenericRecoverableError" | "GenericError") | string;
            errorMessage: components["schemas"]["ErrorMessage"];
        };
        /** @description Error code identifying the problem that occurred. The first part of the code is the namespace, which is the name of the organisation or system that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system. */
        Error409: {
            /** @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
            errorCode: ("GenericRecoverableError" | "GenericError") | string;
            /** @description Message describing what problem has occurred */
            errorMessage: string;
        };
        /**
         * @description Error code identifying the problem that occurred. The first part of the code is the namespace, which is the name of the organisation or system that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system.
         *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
         */
        Error500: {
            /** @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
            errorCode: ("GenericRecoverableError" | "GenericError") | string;
            errorMessage: components["schemas"]["ErrorMessage"];
        };
        AECreateAccountResponseBody1: {
            data: components["schemas"]["AccountOpeningServiceInitiation.AEAccount"];
            links: components["schemas"]["AEAccountOpeningLinks1"];
        };
        /** @enum {string} */
        AEAccountOpeningCompletedStatusCode: "Completed";
        /**
         * Format: date-time
         * @description The date and time the opening status was last updated.
         */
        AEAccountOpeningStatusUpdateDateTime: string;
        /** @enum {string} */
        AEAccountOpeningStatusCodes: "Pending" | "AwaitingUserInput" | "AwaitingLFIProcesses" | "Rejected";
        /**
         * @description The account status object, which includes the account properties and the status of the account opening process. The
         *     properties of the account share the same structure as the Bank Data Sharing API description, in an effort to maintain
         *     consistency with other open finance APIs, but are reduced to ensure only the data required to execute an FX
         *     transaction are provided.
         *
         *     A TPP must request access through Bank Data Sharing to be provided with all details of the account.
         */
        "AccountOpeningServiceInitiation.AEAccount": {
            AccountId: components["schemas"]["AEAccountIdType"];
            OpeningStatusUpdateDateTime: components["schemas"]["AEAccountOpeningStatusUpdateDateTime"];
            /**
             * @description The status of the opening of the account, based on progress at the LFI, prior to the account being created
             *
             *     The values are defined as follows:
             *
             *     * Pending: This is the initial state for the resource. The account is pending opening, based on LFI processes being completed.
             *     * AwaitingUserInput: The account opening process has started and input is required from the User to progress the application.
             *     * AwaitingLFIProcesses: The account opening process has started and is awaiting the completion of LFI processes.
             *     * Rejected: The account opening has been rejected by the LFI due to insufficient data or failure to validate the User data.
             */
            OpeningStatus: components["schemas"]["AEAccountOpeningStatusCodes"];
            /** @description Additional information provided to the TPP by the LFI that qualifies the status, including next steps such as where further information is required, or reasons for rejection. */
            AdditionalStatusInformation?: string;
        } | {
            AccountId: components["schemas"]["AEAccountIdType"];
            /** @description Currency of the account. */
            Currency: components["schemas"]["UAEAccountInformationAPI.ActiveOrHistoricCurrencyCode_0"];
            /** @description Identification of the account at the LFI, which must be an IBAN in the Open Finance Framework. */
            AccountIdentifiers: {
                /**
                 * @description Name of the identification scheme for the account. Encoded with allowable values published in an external list.
                 * @enum {string}
                 */
                SchemeName: "IBAN";
                Identification: components["schemas"]["UAEAccountInformationAPI.Identification_0"];
                Name?: components["schemas"]["UAEAccountInformationAPI.Name_0"];
            }[];
            /** @description Account-holding LFI identification, provided where this cannot be deterministically correlated using the IBAN. */
            Servicer?: {
                /** @description The scheme name that identifies the LFI, which can be `BICFI` (SWIFT code) or `Other` */
                SchemeName: components["schemas"]["UAEAccountInformationAPI.AEExternalFinancialInstitutionIdentificationCode"];
                /** @description The LFI identification value. */
                Identification: components["schemas"]["UAEAccountInformationAPI.Identification_1"];
            };
            OpeningStatusUpdateDateTime: components["schemas"]["AEAccountOpeningStatusUpdateDateTime"];
            /** @description The account has been created, and the values for executing the FX transaction are now available. */
            OpeningStatus: components["schemas"]["AEAccountOpeningCompletedStatusCode"];
            CreationDateTime: components["schemas"]["CreationDateTime"];
        };
        /** @description A unique and immutable identifier produced by the LFI to identify the account resource. This identifier has no meaning to the account owner. */
        AEAccountIdType: string;
        /** @description Identification of the currency in which the account is held. A code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "UAEAccountInformationAPI.ActiveOrHistoricCurrencyCode_0": string;
        /**
         * @description Name of the identification scheme for the account. Encoded with allowable values published in an external list.
         * @enum {string}
         */
        "UAEAccountInformationAPI.AEExternalAccountIdentificationCode": "IBAN" | "AccountNumber" | "MaskedPAN" | "MortgageReference" | "FinanceReference";
        /** @description Identification for the account assigned by the LFI based on the Account Scheme Name. This identification is known by the User 1 account owner. For IBAN, refer to the ISO Standard 13616. */
        "UAEAccountInformationAPI.Identification_0": string;
        /** @description The account name is the name or names of the User 1 account owner(s) represented at an account level, as displayed by the LFI's online channels. Note: The account name is not the product name or the nickname of the account. */
        "UAEAccountInformationAPI.Name_0": string;
        /**
         * @description * /accounts resource
         *     The name of the identification scheme for the LFI as the account services provider. Encoded with allowable value as published in an external list.
         *
         *     * /beneficiaries resource
         *     Refers to the Financial Institution that manages the account on behalf of the Beneficiary party, managing registration, booking of entries on the account, calculating balances on the account and providing information about the account. This is the servicing Financial Institution of the Beneficiary account.
         *
         *     * /scheduled-payments resource
         *     Refers to the identification scheme for uniquely identifying the Creditor Agent.
         *
         *     * /standing-orders resource
         *     Refers to the identification scheme for uniquely identifying the Creditor Agent.
         *
         *     * /transactions resource
         *     Refers to the identification scheme for uniquely identifying the Creditor Agent.
         * @enum {string}
         */
        "UAEAccountInformationAPI.AEExternalFinancialInstitutionIdentificationCode": "BICFI" | "Other";
        /**
         * @description * /accounts resource
         *     Unique and unambiguous identification of the LFI as the account servicing institution for the Open Banking Services.
         *
         *     * /beneficiaries resource
         *     Unique and unambiguous identification of the Creditor Agency as the servicing institution of the Beneficiary.
         *
         *     * /scheduled-payments resource
         *     Unique and unambiguous identification of the LFI as the account servicing institution for the Open Banking Services.
         *
         *     * /standing-orders resource
         *     Unique and unambiguous identification of the LFI as the account servicing institution for the Open Banking Services.
         *
         *     * /transactions resource
         *     Unique and unambiguous identification of the LFI as the account servicing institution for the Open Banking Services.
         *
         *     *  Notes:
         *     Based on the value of the field **SchemeName**, this entry may be :
         *     * BICFI: The BIC/SWIFT Code
         *     * Other: Identifier based on non-SWIFT payment system or local market scheme.
         */
        "UAEAccountInformationAPI.Identification_1": string;
        /**
         * Format: date-time
         * @description The resource creation date and time.
         */
        CreationDateTime: string;
        AEAccountOpeningLinks1: {
            Self: components["schemas"]["Self"];
            /**
             * Format: uri
             * @description A redirect URL provided by the LFI to complete the FX trade. The TPP must redirect the User to this URL.
             *     The URL is optional as the LFI may have all required information through party data to complete account creation.
             */
            AccountOpeningRedirectUrl?: string;
        };
        /**
         * Format: uri
         * @description A link to the current resource
         */
        Self: string;
        AECreateAccountRequestBody1: {
            /** @description Properties of the accepted quote. The request will be rejected if the account opening request is replayed. */
            data: components["schemas"]["AccountOpeningServiceInitiation.AEAccountOpeningRequest"];
        };
        /**
         * @description Request body for creating a new account based on a quote and shared user data.
         *
         *     PartyData is optional as LFI can support manual data entry by the User when they
         *     use the LFI user interface.
         */
        "AccountOpeningServiceInitiation.AEAccountOpeningRequest": {
            /**
             * @description Operations that are linked to the account opening request, such as an accepted FX quote where no settlement account is available at the LFI for the deposit of a funding payment.
             *
             *     At least one property must be supplied, or the property omitted.
             */
            LinkedOperations?: {
                /** @description The quote identifier returned by the LFI in the FX Quote. */
                FxQuoteId: components["schemas"]["FxServiceInitiation.FxQuoteIdType"];
            };
            /** @description Details of the bank account details shared from the LFI through a data sharing consent with the TPP. */
            Account?: components["schemas"]["UAEAccountInformationAPI.AECashAccount6_1"];
            Party?: components["schemas"]["AEIdentityAssurance"];
            /**
             * @description List of changes to account data shared with TPP made by User.
             * @example [
             *       {
             *         "JSONPath": "$.Data.Party.GivenName",
             *         "Action": "Updated",
             *         "OriginalValue": "Harold"
             *       },
             *       {
             *         "JSONPath": "$.Data.Party.FamilyName",
             *         "Action": "Updated",
             *         "OriginalValue": "Smith"
             *       }
             *     ]
             */
            DataSharingAudit?: components["schemas"]["AccountOpeningServiceInitiation.AEAccountOpeningDataSharingAudit"][];
        };
        /** Format: uuid */
        "FxServiceInitiation.FxQuoteIdType": string;
        /**
         * @description Account details of the Debtor in case the transaction is a Credit transaction.
         *
         *     These are optional because there are situations where this cannot be populated for the following Credit transactions
         *     - cash deposits (no creditor account/agent)
         *     - cheques and DDs may not have this information at least during the process of clearing and sometimes (e.g. for agency banks) may not be reconciled ever
         *     - some corner situations with international payments
         *     - for refunds with card payments  (instead merchant information fields should be populated)
         */
        "UAEAccountInformationAPI.AECashAccount6_1": {
            SchemeName?: components["schemas"]["UAEAccountInformationAPI.AEExternalAccountIdentificationCode"];
            Identification?: components["schemas"]["UAEAccountInformationAPI.Identification_0"];
            Name?: components["schemas"]["UAEAccountInformationAPI.Name_0"];
        };
        /** @description Verified identity assurance data and claims. Data can collected from LFIs under Data Sharing consent or provided manually by the TPP using data collected from the User. */
        AEIdentityAssurance: {
            Verification?: components["schemas"]["UAEAccountInformationAPI.VerifiedClaimVerification"];
            /**
             * @description Standard Claims:
             *     [https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims](https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims)
             *     IdentityAssurance Claims:
             *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims)
             */
            Claims: components["schemas"]["UAEAccountInformationAPI.Claims"] | components["schemas"]["UAEAccountInformationAPI.CorporateClaims"];
        };
        /**
         * @description Verification
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element)
         */
        "UAEAccountInformationAPI.VerifiedClaimVerification": {
            TrustFramework: components["schemas"]["UAEAccountInformationAPI.TrustFrameworkCode"];
            /**
             * @description Determines the assurance level associated with the User in the respective VerifiedClaims. The value range depends on the respective TrustFramework value.
             *     Assurance Level: [https://bitbucket.org/openid/ekyc-ida/wiki/identifiers](https://bitbucket.org/openid/ekyc-ida/wiki/identifiers)
             */
            AssuranceLevel?: string;
            AssuranceProcess?: components["schemas"]["UAEAccountInformationAPI.AssuranceProcess"];
            /** @description Representing the date and time when the identity verification process took place. All dates in the JSON payloads are represented in ISO 8601 date-time format. All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00 */
            Time?: unknown;
            /** @description Unique reference to the identity verification process as performed by the OP. Used for identifying and retrieving details in case of disputes or audits. Presence of this element might be required for certain trust frameworks. */
            VerificationProcess?: string;
            /**
             * @description The type of evidence allowed for providing verification.
             *     OpenID Connect for Identity Assurance 1.0: [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element)
             */
            Evidence?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceTypeDocument"] | components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceTypeElectronicRecord"];
        };
        /**
         * @description Identifies the trust framework used for verification. This consists of a set of rules and standards and sets out requirements so that organisations know what ‘good’ identity verification looks like.
         *     Trust Frameworks: [https://bitbucket.org/openid/ekyc-ida/wiki/identifiers](https://bitbucket.org/openid/ekyc-ida/wiki/identifiers)
         * @enum {string}
         */
        "UAEAccountInformationAPI.TrustFrameworkCode": "Undefined";
        /**
         * @description Determines the assurance process that was followed. This reflects how the evidence meets the requirements of the TrustFramework and AssuranceLevel. The factual record of the evidence and the procedures followed are recorded in the evidence element, this element is used to cross reference the evidence to the AssuranceLevel followed
         *     OpenID Connect for Identity Assurance 1.0: [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-verification-element)
         */
        "UAEAccountInformationAPI.AssuranceProcess": {
            /** @description Representing the standard or policy that was followed. */
            Policy: string;
            /** @description Representing a specific procedure from the policy that was followed. */
            Procedure: string;
            AssuranceDetails: components["schemas"]["UAEAccountInformationAPI.AssuranceDetails"][];
        };
        /** @description Denoting the details about how the evidence complies with the policy */
        "UAEAccountInformationAPI.AssuranceDetails": {
            /** @description String denoting which part of the assurance_process the evidence fulfils */
            AssuranceType: string;
            /** @description String reflecting how the evidence has been classified or measured as required by the TrustFramework */
            AssuranceClassification: string;
            EvidenceRef: components["schemas"]["UAEAccountInformationAPI.EvidenceRef"][];
        };
        /** @description Evidence being referred to */
        "UAEAccountInformationAPI.EvidenceRef": {
            /** @description Identifier referring to the txn used in the CheckDetails. */
            Txn: string;
            EvidenceMetadata: components["schemas"]["UAEAccountInformationAPI.EvidenceMetadata"];
        };
        /** @description Object indicating any meta data about the evidence that is required by the AssuranceProcess in order to demonstrate compliance with the TrustFramework. It has the following sub-elements */
        "UAEAccountInformationAPI.EvidenceMetadata": {
            EvidenceClassification: string;
        };
        /**
         * @description Standard Claims:
         *     [https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims](https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims)
         *     IdentityAssurance Claims:
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims)
         *     An LFI MUST provide both GivenName and Surname for a Retail customer
         */
        "UAEAccountInformationAPI.Claims": {
            /** @enum {string} */
            IdentityType: "Person";
            /** @description The full name of the account holder, as it appears on the account, as a single string. Used where LFIs hold the account name as a single value. */
            FullName: string;
            /** @description Given name of the Party. Given name (also called forename) is used to differentiate from the surname or family name. */
            GivenName: string;
            /** @description Surname of the Party */
            Surname: string;
            /** @description Middle name of the Party */
            MiddleName?: string;
            /** @description Nickname of the Party */
            Nickname?: string;
            /** @description Emirates ID number of the Party */
            EmiratesId: string;
            /**
             * Format: date
             * @description Emirates ID card expiry date
             */
            EmiratesIdExpiryDate: string;
            /**
             * Format: date
             * @description Date of birth of the Party
             */
            DateOfBirth?: string;
            SourceOfIncome?: string;
            Salary?: number;
            Nationality?: string;
            ResidentialAddress: components["schemas"]["UAEAccountInformationAPI.AEPartyPostalAddress"];
            MobileNumber?: string;
            Email?: string;
            MaritalStatus?: string;
            Salutation?: string;
            Language?: string;
            EmployerName?: string;
            /** Format: date */
            EmploymentSinceDate?: string;
            PowerofAttorney?: boolean;
            SalaryTransfer?: boolean;
            Profession?: string;
            /**
             * Format: date-time
             * @description The date and time at which the claims were last updated, in ISO 8601 format
             */
            UpdatedAt?: string;
        };
        "UAEAccountInformationAPI.AEPartyPostalAddress": {
            /**
             * @description The type of address. Omitted if type not held.
             * @enum {string}
             */
            AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
            AddressLine: string[];
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
             * @description Country subdivision, such as state or province. This is the Emirate where the address is registered.
             * @enum {string}
             */
            CountrySubDivision?: "AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain";
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            Country: string;
        };
        /** @description Standard claims for corporate or SME entities. */
        "UAEAccountInformationAPI.CorporateClaims": {
            /** @enum {string} */
            IdentityType: "Business";
            /** @description The name of the business */
            BusinessName?: string;
            /** @description Trade License Number of the business. */
            TradeLicenceNumber?: string;
            /** @description The tax identification number or VAT number for the company. */
            TaxIdentificationNumber?: string;
            /**
             * Format: date
             * @description The date the company was legally incorporated.
             */
            DateOfIncorporation?: string;
            /** @description The country where the company is incorporated. */
            CountryOfIncorporation?: string;
            CorporateAddress?: components["schemas"]["UAEAccountInformationAPI.AEPostalAddress"];
            /**
             * Format: email
             * @description The primary email address for corporate communications.
             */
            CorporateContactEmail?: string;
            /** @description The primary phone number for corporate communications. */
            CorporateContactPhoneNumber?: string;
            /** @description The industry or sector in which the company operates. */
            Industry?: string;
            /**
             * Format: uri
             * @description The official website of the company.
             */
            CompanyWebsite?: string;
        };
        /**
         * @description Provides an audit trail of changes made by a User to the data shared from the LFI through Bank Data Sharing.
         *
         *     Each element in the array is a JSONPath expression that points to the data that has been changed and the original value supplied through data sharing.
         *
         *     TPP must adhere to [RFC 9535](https://datatracker.ietf.org/doc/html/rfc9535) when constructing JSON Path expressions. This value can be omitted when no changes are made by the User.
         */
        "AccountOpeningServiceInitiation.AEAccountOpeningDataSharingAudit": {
            /**
             * @description The JSONPath expression pointing to the data that has been changed in the original shared data payload.
             * @example $.Data.Party.EmiratesId
             */
            JSONPath: string;
            /**
             * @description The action that was taken by the User
             * @enum {string}
             */
            Action: "Added" | "Updated" | "Removed";
            /** @description The original value that was shared through Bank Data Sharing. Only applies if the Action is Updated or Removed. */
            OriginalValue?: string;
        };
        /** @description A unique and immutable identifier produced by the LFI to identify the account resource.This identifier has no meaning to the account owner (User 1). */
        "AccountOpeningServiceInitiation.AEAccountIdType": string;
        AEReadAccountResponseBody1: {
            data: components["schemas"]["AccountOpeningServiceInitiation.AEAccount"];
            links: components["schemas"]["AEAccountOpeningLinks1"];
        };
        AECreateFxQuoteResponseBody1: {
            data: components["schemas"]["FxServiceInitiation.AEFxQuoteProperties"];
            /** @description Links to information associated with the quote response. */
            links: {
                /** @description Link to liability policy, provided by LFI for display to the User. */
                LiabilityPolicy: components["schemas"]["Uri"];
                /** @description Link to refund and cancellation policy, provided by LFI for display to the User. */
                RefundCancellationPolicy: components["schemas"]["Uri"];
            };
        };
        "FxServiceInitiation.AEFxQuoteProperties": {
            /** @description The unique identifier for the quote. */
            FxQuoteId: components["schemas"]["FxServiceInitiation.FxQuoteIdType"];
            /** @description The unique quote reference number generated by the TPP for tracking a quote across multiple LFIs. */
            QuoteReference: components["schemas"]["AEQuoteReferenceType"];
            /** @description The amount of the currency being bought. */
            BuyAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
            /** @description The amount of the currency being sold. */
            SellAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1AED = xxxCUR, the unit currency is AED. This equates to the "sell" side of the currency exchange. */
            UnitCurrency: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricCurrencyCode"];
            /** @description Currency into which the base currency is converted, in a currency exchange. This equates to the "buy" side of the currency exchange. */
            QuotedCurrency: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricCurrencyCode"];
            /**
             * @description Specifies the type used to complete the currency exchange.
             * @enum {string}
             */
            RateType: "Actual" | "Agreed" | "Indicative";
            /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
            ExchangeRate: number;
            /**
             * @description Status of User identification based on supplied Party data. The status code values are defined as follows:
             *
             *     * UserIdentified: The User has been identified by the LFI based on the supplied Party data.
             *     * UserNotIdentified: The User has not been identified by the LFI based on the supplied Party data. The User may be able to open an account at the LFI when data requirements are Completed.
             *     * AccountOpeningNotSupported: The User has not been identified and the LFI does not support account opening based on the supplied Party data.
             *
             *     Please note that there is no status code associated with a User logging into the LFI at this stage as this will be completed after the quote has been accepted and consent for the trade is granted through Bank Service Initiation.
             * @enum {string}
             */
            UserIdentificationStatus: "UserIdentified" | "UserNotIdentified" | "AccountOpeningNotSupported";
            /** @description The charges associated with the request currency exchange. */
            Charges?: components["schemas"]["FxServiceInitiation.AECharges"][];
            FundingAccount?: components["schemas"]["FxServiceInitiation.AEFxFundingAccountProperties"];
            /**
             * @description The balance of the funding account, if available. This will only be provided if the value of `UserIdentificationStatus` is `UserIdentified`.
             *
             *     The model for balances is based on Bank Data Sharing, and multiple balances will therefore be returned. How balances are displayed to the User is at the discretion of the TPP.
             */
            FundingAccountBalance?: components["schemas"]["UAEAccountInformationAPI.AEBalance"][];
            /** @description The quote expiration data and time. */
            ExpirationDateTime: components["schemas"]["AEOpenFinanceFrameworkDateTime"];
            /** @description The commission amount, calculated based on the quoted currency exchange. This value may be subject to change based on the fulfillment value. */
            Commission: {
                /** @description The commission payable for the FX Service Initiation trade. */
                CommissionAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully completes the trade.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
        };
        AEQuoteReferenceType: string;
        "FxServiceInitiation.AECharges": {
            ChargeBearer: components["schemas"]["UAEPaymentAPI.AEChargeBearerType1Code"];
            Type: components["schemas"]["UAEPaymentAPI.AEExternalPaymentChargeTypeCode"];
            Amount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
            /** @description Description of the charge, for display to the User to help explain why the charge is levied. */
            Description?: string;
        };
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction.
         * @enum {string}
         */
        "UAEPaymentAPI.AEChargeBearerType1Code": "BorneByCreditor" | "BorneByDebtor" | "Shared";
        /**
         * @description Charge type, in a coded form.
         * @enum {string}
         */
        "UAEPaymentAPI.AEExternalPaymentChargeTypeCode": "VAT" | "Fees";
        /**
         * @description Destination account for funding the currency account to complete the trade.
         *
         *     Creditor Account properties may not be available at quote if account opening is required so this is marked as optional.
         */
        "FxServiceInitiation.AEFxFundingAccountProperties": {
            CreditorAgent?: components["schemas"]["UAEPaymentAPI.AECreditorAgent"];
            Creditor?: {
                Name?: string;
                PostalAddress?: components["schemas"]["AEAddress"];
            };
            CreditorAccount?: components["schemas"]["UAEPaymentAPI.AECreditorAccount"];
            /** @description Payment reference for the remittance to fund the currency account for completing the trade. */
            PaymentReference?: string;
        };
        /** @description Refers to the Financial Institution. */
        "UAEPaymentAPI.AECreditorAgent": {
            /**
             * @description The identification scheme for uniquely identifying the Agent.
             *
             *     * BICFI: The BIC/SWIFT Code
             *     * Other: Identifier based on non-SWIFT payment system or local market scheme.
             * @enum {string}
             */
            SchemeName: "BICFI" | "Other";
            /** @description Identifier that can be the BIC/SWIFT code or target payment scheme identifier. */
            Identification: string;
            /** @description Name by which an agent is known and which is usually used to identify that agent. */
            Name?: string;
            PostalAddress?: components["schemas"]["AEAddress"];
        };
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list.
         * @enum {string}
         */
        "UAEPaymentAPI.AECreditorExternalAccountIdentificationCode": "IBAN" | "AccountNumber";
        /**
         * @description Identification for the account assigned by the LFI based on the Account Scheme Name.
         *     This identification is known by the User account owner.
         */
        "UAEPaymentAPI.AEIdentification": string;
        /** @description The Account Holder Name is the name or names of the Account owner(s) represented at the account level */
        "AEBankServiceInitiationRichAuthorizationRequests.AEName": {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /**
         * @description The Trading Brand Name (if applicable) for the Creditor.
         *     Applicable to Payments.
         */
        "UAEPaymentAPI.AETradingName": {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /** @description Set of elements used to define the balance details. */
        "UAEAccountInformationAPI.AEBalance": {
            CreditDebitIndicator: components["schemas"]["UAEAccountInformationAPI.AECreditDebitCode_2"];
            Type: components["schemas"]["UAEAccountInformationAPI.AEBalanceTypeCode"];
            /**
             * Format: date-time
             * @description Indicates the date (and time) that the account balance was checked.All dates in the JSON payloads are represented in ISO 8601 date-time format. All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00
             */
            DateTime: string;
            /** @description Amount of money of the cash balance. */
            Amount: {
                Amount: components["schemas"]["UAEAccountInformationAPI.AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["UAEAccountInformationAPI.ActiveOrHistoricCurrencyCode_1"];
            };
            CreditLine?: {
                Included: boolean;
                /** @enum {string} */
                Type: "Available" | "Credit" | "Emergency" | "Pre-Agreed" | "Temporary";
                Amount: {
                    Amount: components["schemas"]["UAEAccountInformationAPI.AEActiveCurrencyAndAmount_SimpleType"];
                    Currency: components["schemas"]["UAEAccountInformationAPI.ActiveOrHistoricCurrencyCode_1"];
                };
            }[];
        };
        /**
         * @description Indicates whether the balance of the account is a credit or a debit balance. Encoded with allowable values: 'Credit', 'Debit' Usage: A zero balance is considered to be a credit balance.
         * @enum {string}
         */
        "UAEAccountInformationAPI.AECreditDebitCode_2": "Credit" | "Debit";
        /**
         * @description The type of balance for the account.
         *     Encoded with allowable values of:
         *     * 'ClosingAvailable' - end of day balance specifying the amount available to User 1 to withdraw or use.
         *     * 'ClosingBooked' - end of day balance including value of payments for cheques or payments which have not been cleared yet.
         *     * 'ClosingCleared' - end of day balance including value of payments for cheques or payments which have been cleared.
         *     * 'Expected' - intra day balance including value of payments for cheques or payments which have been cleared.
         *     * 'ForwardAvailable' - intraday balance specifying the amount available to User 1 to withdraw or use considering forward dated payments or other intraday payments or cheques that will be clearing to the account.
         *     * 'Information' - TBC.
         *     * 'InterimAvailable' - intraday balance specifying the amount available to User 1 to withdraw or use (most probably real-time.'InterimBooked' - intraday balance including value of payments for cheques or payments which have not been cleared yet.
         *     * 'InterimCleared' - intraday balance including value of payments for cheques or payments which have been cleared (probably real-time).
         *     * 'OpeningAvailable' - start of day balance specifying the amount available to User 1 to withdraw or use.
         *     * 'OpeningBooked' - start of day balance including value of payments for cheques or payments which have not been cleared yet.
         *     * 'OpeningCleared' - start of day balance including value of payments for cheques or payments which have been cleared.
         *     * 'PreviouslyClosedBooked' -TBC.
         *
         *     Note: LFIs support different types for presenting account balance, so this list is used to support different LFI systems in UAE.
         * @enum {string}
         */
        "UAEAccountInformationAPI.AEBalanceTypeCode": "ClosingAvailable" | "ClosingBooked" | "ClosingCleared" | "Expected" | "ForwardAvailable" | "Information" | "InterimAvailable" | "InterimBooked" | "InterimCleared" | "OpeningAvailable" | "OpeningBooked" | "OpeningCleared" | "PreviouslyClosedBooked";
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        "UAEAccountInformationAPI.AEActiveCurrencyAndAmount_SimpleType": string;
        /** @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "UAEAccountInformationAPI.ActiveOrHistoricCurrencyCode_1": string;
        /** Format: date-time */
        AEOpenFinanceFrameworkDateTime: string;
        /** Format: uri */
        Uri: string;
        /** @description Request body for creating a new FX quote */
        AECreateFxQuoteRequestBody1: {
            data: components["schemas"]["FxServiceInitiation.AEFxQuoteRequestProperties"];
        };
        /**
         * @description A foreign exchange request based on a given currency pair.
         *
         *     The buy or sell amount is stated in the TradeAmount property, which is qualified with the currency code, and must be correlated with the `UnitCurrency` or `QuotedCurrency` values.
         */
        "FxServiceInitiation.AEFxQuoteRequestProperties": {
            /** @description The unique quote reference number generated by the TPP for tracking a quote across multiple LFIs. */
            QuoteReference: components["schemas"]["AEQuoteReferenceType"];
            /**
             * @description The trade type, with the following values supported:
             *
             *     * `Spot`: A currency exchange at market rates, deposited at a settlement account at the LFI. Any remittance information provided will be ignored.
             *     * `Remittance`: A same-currency remittance, executed with existing funds held by the User. Remittance information must be provided.
             *     * `SpotAndRemittance`: A currency exchange plus remittance, with the remittance based on provided payout details.
             *
             *     Where the trade type is `Remittance` the buy and sell amount must still be provided.
             * @enum {string}
             */
            TransactionType: "Spot" | "Remittance" | "SpotAndRemittance";
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1AED = xxxCUR, the unit currency is AED. This equates to the "sell" side of the currency exchange. */
            UnitCurrency: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricCurrencyCode"];
            /** @description Currency into which the base currency is converted, in a currency exchange. This equates to the "buy" side of the currency exchange. */
            QuotedCurrency: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricCurrencyCode"];
            /** @description The requested currency amount, qualified with the correct currency. The currency must match either the `UnitCurrency` or `QuotedCurrency`. */
            TradeAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
            /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
            ContractIdentification?: string;
            Party?: components["schemas"]["AEIdentityAssurance"];
            RemittanceInformation?: components["schemas"]["FxServiceInitiation.AEFxQuoteRemittanceInformation"];
        };
        /**
         * @description Provides remittance information for the quote, to allow the LFI to calculate charges accurately.
         *
         *     The CreditorAccount is required as this will contain the destination account for the remittance. All other values are optional.
         *
         *     If the quote does include a remittance element then this data is omitted.
         */
        "FxServiceInitiation.AEFxQuoteRemittanceInformation": {
            /** @description Creditor Agent, which can be zero or more based on specific requirements for target market. Can be omitted if no Creditor Agent required. */
            CreditorAgent?: components["schemas"]["UAEPaymentAPI.AECreditorAgent"][];
            Creditor?: {
                Name?: string;
                PostalAddress?: components["schemas"]["AEAddress"];
            };
            CreditorAccount: components["schemas"]["UAEPaymentAPI.AECreditorAccount"];
            CreditorReference: components["schemas"]["UAEPaymentAPI.AEReference"];
            DebtorReference?: components["schemas"]["UAEPaymentAPI.AEReference"];
            /** @description Specifies the purpose of an international payment. */
            ExtendedPurpose: string;
            /**
             * @description Indicator of the urgency or order of importance that the instructing party would like the instructed party to apply to the processing of the instruction.
             * @enum {string}
             */
            InstructionPriority?: "Normal" | "Urgent";
            /**
             * @description The remittance payment amount. This value is required where:
             *
             *     * The `QuoteType` value is `Remittance` i.e. the quote is for a same-currency payout, with no trading element.
             *     * There is an expectation that the buy side amount will differ from the required remittance amount.
             *
             *     The provision of this value ensures that charges associated with remittance can be accurately calculated.
             */
            PaymentAmount?: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
            /**
             * Format: date
             * @description Payment is required for a specific date in the future.
             *
             *     If `PaymentDate` is omitted then the remittance will be sent as soon as the trade is executed and funds are available.
             */
            PaymentDate?: string;
        };
        /** @description A reason or reference in relation to a payment. */
        "UAEPaymentAPI.AEReference": string;
        AEReadFxQuoteResponseBody1: {
            data: components["schemas"]["FxServiceInitiation.AEFxQuote"];
        };
        "FxServiceInitiation.AEFxQuote": {
            /** @description The unique identifier for the quote. */
            FxQuoteId: components["schemas"]["FxServiceInitiation.FxQuoteIdType"];
            /** @description The unique quote reference number generated by the TPP for tracking a quote across multiple LFIs. */
            QuoteReference: components["schemas"]["AEQuoteReferenceType"];
            /** @description The amount of the currency being bought. */
            BuyAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
            /** @description The amount of the currency being sold. */
            SellAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1AED = xxxCUR, the unit currency is AED. This equates to the "sell" side of the currency exchange. */
            UnitCurrency: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricCurrencyCode"];
            /** @description Currency into which the base currency is converted, in a currency exchange. This equates to the "buy" side of the currency exchange. */
            QuotedCurrency: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricCurrencyCode"];
            /**
             * @description Specifies the type used to complete the currency exchange.
             * @enum {string}
             */
            RateType: "Actual" | "Agreed" | "Indicative";
            /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
            ExchangeRate: number;
            /**
             * @description Status of User identification based on supplied Party data. The status code values are defined as follows:
             *
             *     * UserIdentified: The User has been identified by the LFI based on the supplied Party data.
             *     * UserNotIdentified: The User has not been identified by the LFI based on the supplied Party data. The User may be able to open an account at the LFI when data requirements are Completed.
             *     * AccountOpeningNotSupported: The User has not been identified and the LFI does not support account opening based on the supplied Party data.
             *
             *     Please note that there is no status code associated with a User logging into the LFI at this stage as this will be completed after the quote has been accepted and consent for the trade is granted through Bank Service Initiation.
             * @enum {string}
             */
            UserIdentificationStatus: "UserIdentified" | "UserNotIdentified" | "AccountOpeningNotSupported";
            /** @description The charges associated with the request currency exchange. */
            Charges?: components["schemas"]["FxServiceInitiation.AECharges"][];
            FundingAccount?: components["schemas"]["FxServiceInitiation.AEFxFundingAccountProperties"];
            /**
             * @description The balance of the funding account, if available. This will only be provided if the value of `UserIdentificationStatus` is `UserIdentified`.
             *
             *     The model for balances is based on Bank Data Sharing, and multiple balances will therefore be returned. How balances are displayed to the User is at the discretion of the TPP.
             */
            FundingAccountBalance?: components["schemas"]["UAEAccountInformationAPI.AEBalance"][];
            /** @description The quote expiration data and time. */
            ExpirationDateTime: components["schemas"]["AEOpenFinanceFrameworkDateTime"];
            /** @description The commission amount, calculated based on the quoted currency exchange. This value may be subject to change based on the fulfillment value. */
            Commission: {
                /** @description The commission payable for the FX Service Initiation trade. */
                CommissionAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
                /**
                 * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully completes the trade.
                 * @enum {string}
                 */
                PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
            };
            /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
            ContractIdentification?: string;
            Party?: components["schemas"]["AEIdentityAssurance"];
            /**
             * @description The status of the quote. Please refer to guidance in the business rules on the quote status model.
             *
             *     The LFI is responsible for updating the statue to Completed and returning relevant information based on the finalized value.
             */
            QuoteStatus: components["schemas"]["FxServiceInitiation.AEFxQuoteStatusCodes"];
            /** @description Promotional message provided by the LFI for marketing purposes to the User, that can be displayed by the TPP. */
            PromotionalMessage?: string;
            /** @description Compliance message provided by LFI to be shown to the User on progressing the quote. */
            ComplianceMessage?: string;
            /**
             * @description The fulfillment value of the quote, based the completed execution of the trade by the LFI.
             *
             *     This value is only provided when the quote status is Completed and the exchange rate and amount values differ from the original quote.
             *
             *     Both the buy and sell side amounts are provided for ease of use.
             */
            FulfillmentAmount?: {
                /** @description The amount of the currency being bought. */
                BuyAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
                /** @description The amount of the currency being sold. */
                SellAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
                /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
                ExchangeRate: number;
            };
            /** @description The date and time when the  quote was created. */
            CreationDateTime: components["schemas"]["CreationDateTime"];
            /** @description The data and time the  quote was last updated. */
            StatusUpdateDateTime: components["schemas"]["AEOpenFinanceFrameworkDateTime"];
        };
        /** @enum {string} */
        "FxServiceInitiation.AEFxQuoteStatusCodes": "Accepted" | "AccountOpened" | "Actioned" | "Available" | "Cancelled" | "Completed" | "Expired" | "Funded" | "Rejected";
        AEUpdateFxQuoteRequestBody1: {
            /** @description Properties of the accepted quote. Must be supplied when accepting the quote, but can be omitted when managing Webhook subscriptions. */
            data: {
                /** @description The unique quote reference number generated by the TPP for tracking a quote across multiple LFIs. */
                QuoteReference: components["schemas"]["AEQuoteReferenceType"];
                /**
                 * @description The quote status. Only `Accepted` is valid.
                 * @enum {string}
                 */
                QuoteStatus: "Accepted";
                /** @description Quote properties. This must be replayed **exactly** as quoted to TPP and displayed to the User. */
                Trade: {
                    /** @description The amount of the currency being sold. */
                    SellAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
                    /** @description The amount of the currency being bought. */
                    BuyAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
                    /** @description The charges associated with the request currency exchange. */
                    Charges?: components["schemas"]["FxServiceInitiation.AECharges"][];
                };
                /** @description Details of commission. This must be replayed **exactly** as quoted to TPP. */
                Commission: {
                    /** @description The total monetary value of the commission paid to the TPP if the User proceeds with the FX quote */
                    CommissionAmount: components["schemas"]["UAEPaymentAPI.AEActiveCurrencyAmount"];
                    /**
                     * @description The method to be used to pay the commission to the TPP if the User elects to proceed with the application and successfully completes the trade.
                     * @enum {string}
                     */
                    PaymentMethod: "DirectToTPP" | "ThroughAPIHub";
                };
            };
        };
        /** @description Required where the consent or payment initiation request relates to a previously quoted FX trade. The TPP must provide the `QuoteId` value where a long-lived consent exists, meaning that each payment initiation request will relate to a different `QuoteId` value. */
        FxQuoteId: components["schemas"]["FxServiceInitiation.FxQuoteIdType"];
        /**
         * @description The type of calendar used for the date of issuance and date of expiry in the document evidence
         *     Allowable values:
         *     "Islamic Calendar"
         *     "Gregorian Calendar"
         *     Both calendars must follow YYYY-MM-DD
         * @enum {string}
         */
        "UAEAccountInformationAPI.AEPartyCalendarType": "IslamicCalendar" | "GregorianCalendar";
        /**
         * @description Identifes the method used by PASP for checking the evidence for verification.
         *     Representing the checks done in relation to the evidence
         *     OpenID Connect for Identity Assurance 1.0: [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-element)
         */
        "UAEAccountInformationAPI.AEPartyIdentityCheckDetail": {
            /**
             * @description Identifes the method used by PASP for checking the evidence for verification
             *     String representing the check done, this includes processes such as checking the authenticity of the document, or verifying the user's biometric against an identity document.
             */
            CheckMethod?: string;
            /** @description String denoting the legal entity that performed the check. This SHOULD be included if the OP did not perform the check itself */
            Organization?: string;
            /** @description Identifier referring to the identity verification transaction. The OP MUST ensure that this is present when EvidenceRef element is used. The OP MUST ensure that the transaction identifier can be resolved into transaction details during an audit */
            Txn?: string;
            Time?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
        };
        "UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachment": {
            /** @description Description of the document. This can be the filename or just an explanation of the content. */
            Desc: string;
            /** @description Content (MIME) type of the document */
            ContentType: string;
            /** @description Base64 encoded representation of the document content */
            Content: string;
            /** @description Identifier referring to the transaction */
            Txn: string;
        };
        "UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachments": {
            /**
             * @description Attachments
             *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-attachments](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-attachments)
             */
            AEPartyIdentityEvidenceAttachments: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachment"][];
        };
        /**
         * @description Document Evidence
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-document](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-document)
         */
        "UAEAccountInformationAPI.AEPartyIdentityEvidenceTypeDocument": {
            /** @description The type of evidence allowed for providing verification. */
            Type?: unknown;
            CheckDetails?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityCheckDetail"][];
            Verifier?: components["schemas"]["UAEAccountInformationAPI.DocumentEvidenceVerifier"];
            Time?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            DocumentDetails?: components["schemas"]["UAEAccountInformationAPI.DocumentEvidenceDetails"];
            Attachments?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachments"];
        };
        /**
         * @description Electronic Record Evidence
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-electronic_re](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-electronic_re)
         */
        "UAEAccountInformationAPI.AEPartyIdentityEvidenceTypeElectronicRecord": {
            /** @description The type of evidence allowed for providing verification. */
            Type?: unknown;
            CheckDetails?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityCheckDetail"][];
            Time?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            Record?: components["schemas"]["UAEAccountInformationAPI.ElectronicRecordProperties"];
            Attachments?: components["schemas"]["UAEAccountInformationAPI.AEPartyIdentityEvidenceAttachments"];
        };
        /** @description Address properties based on ISO 20022 `PostalAddress27` definition */
        "UAEAccountInformationAPI.AEPostalAddress": {
            /**
             * @description The type of address. Omitted if type not held.
             * @enum {string}
             */
            AddressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
            AddressLine: string[];
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
             * @description Country subdivision, such as state or province. This is the Emirate where the address is registered.
             * @enum {string}
             */
            CountrySubDivision?: "AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain";
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            Country: string;
        };
        /** @description Representing the document used to perform the identity verification. */
        "UAEAccountInformationAPI.DocumentEvidenceDetails": {
            Type?: components["schemas"]["UAEAccountInformationAPI.DocumentEvidenceDetailsType"];
            /** @description The unique id number in the evidence used for verification checking */
            DocumentNumber?: string;
            /** @description An identifier that is assigned to the End-User and is not limited to being used in one document, for example a national identification number, personal identity number, citizen number, social security number, driver number, account number, customer number, licensee number, etc */
            PersonalNumber?: string;
            /** @description An identifier/number that identifies the document irrespective of any personalization information (this usually only applies to physical artifacts and is present before personalization). */
            SerialNumber?: string;
            CalendarType?: components["schemas"]["UAEAccountInformationAPI.AEPartyCalendarType"];
            DateOfIssuance?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            DateOfExpiry?: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            Issuer?: components["schemas"]["UAEAccountInformationAPI.DocumentEvidenceDetailsIssuer"];
        };
        /** @description Containing information about the issuer of this document. */
        "UAEAccountInformationAPI.DocumentEvidenceDetailsIssuer": {
            /** @description Designation of the issuer of the document. */
            Name: string;
            Address: components["schemas"]["UAEAccountInformationAPI.AEPostalAddress"];
            /** @description String denoting the country or supranational organization that issued the document as ISO 3166 */
            CountryCode: unknown;
            /** @description String containing the name of the region(s)/state(s)/province(s)/municipality(ies) that issuer has jurisdiction over (if this information is not common knowledge or derivable from the address) */
            Jurisdiction: string;
        };
        /**
         * @description The type of document used for evidence checking
         *     [https://bitbucket.org/openid/ekyc-ida/wiki/identifiers](https://bitbucket.org/openid/ekyc-ida/wiki/identifiers)
         * @enum {string}
         */
        "UAEAccountInformationAPI.DocumentEvidenceDetailsType": "passport" | "driving_permit" | "idcard" | "residence_permit" | "emirates_id";
        /** @description Denoting the legal entity that performed the identity verification. This object SHOULD be included if the OP did not perform the identity verification itself. This object is retained for backward compatibility, implementers are recommended to use CheckDetails & Organization instead */
        "UAEAccountInformationAPI.DocumentEvidenceVerifier": {
            /** @description String denoting the organization which performed the verification on behalf of the OP. */
            Organization: string;
            /** @description Identifier referring to the identity verification transaction. The OP MUST ensure that the transaction identifier can be resolved into transaction details during an audit. */
            Txn?: string;
        };
        /** @description Representing the record used to perform the identity verification. */
        "UAEAccountInformationAPI.ElectronicRecordProperties": {
            Type: components["schemas"]["UAEAccountInformationAPI.ElectronicRecordType"];
            /** @description String representing an identifier that is assigned to the User and is not limited to being used in one record, for example a national identification number, personal identity number, citizen number, social security number, driver number, account number, customer number, licensee number, etc. */
            PersonalNumber: string;
            CalendarType: components["schemas"]["UAEAccountInformationAPI.AEPartyCalendarType"];
            CreatedAt: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            DateOfExpiry: components["schemas"]["UAEAccountInformationAPI.ISODateTime"];
            Source: components["schemas"]["UAEAccountInformationAPI.ElectronicRecordSourceProperties"];
        };
        /** @description Information about the source of this record */
        "UAEAccountInformationAPI.ElectronicRecordSourceProperties": {
            /** @description Designation of the source of the electronic_record */
            Name: string;
            Address: components["schemas"]["UAEAccountInformationAPI.AEPostalAddress"];
            /** @description String denoting the country or supranational organization that issued the evidence as ISO 3166 */
            CountryCode: unknown;
            /** @description String containing the name of the region(s) / state(s) / province(s) / municipality(ies) that source has jurisdiction over (if it's not common knowledge or derivable from the address) */
            Jurisdiction: string;
        };
        /**
         * @description String denoting the type of electronic record
         * @enum {string}
         */
        "UAEAccountInformationAPI.ElectronicRecordType": "bank_account" | "mortgage_account" | "finance_account";
        /**
         * Format: date-time
         * @description All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        "UAEAccountInformationAPI.ISODateTime": string;
        /** @description The Currency and Amount relating to the Payment */
        "UAEPaymentAPI.AEActiveCurrencyAmount": {
            Amount: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["UAEPaymentAPI.AEActiveOrHistoricCurrencyCode"];
        };
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        "UAEPaymentAPI.AEActiveOrHistoricAmount": string;
        /** @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "UAEPaymentAPI.AEActiveOrHistoricCurrencyCode": string;
        /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted. */
        "UAEPaymentAPI.AECreditorAccount": {
            SchemeName: components["schemas"]["UAEPaymentAPI.AECreditorExternalAccountIdentificationCode"];
            Identification: components["schemas"]["UAEPaymentAPI.AEIdentification"];
            Name: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEName"];
            TradingName?: components["schemas"]["UAEPaymentAPI.AETradingName"];
            /**
             * @description The Creditor (Payee) Type, based on an allowed list.
             * @enum {string}
             */
            Type: "Individual" | "Merchant" | "Business" | "Charity" | "GovernmentBody" | "Other";
        };
        /** @description Party to which an amount of money is due. */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorProperties": {
            Name?: string;
            PostalAddress?: components["schemas"]["AEAddress"];
        };
        /**
         * @description Identification for the account assigned by the LFI based on the Account Scheme Name.
         *     This identification is known by the User account owner.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEIdentification": string;
        /**
         * @description The Trading Brand Name (if applicable) for the Creditor.
         *     Applicable to Payments.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AETradingName": {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /**
         * @description The Creditor (Payee) Type, based on an allowed list. This value is populated by TPPs to inform the User of the type of Creditor being authorized, which facilitates providing information during the Consent journey.
         * @enum {string}
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AECreditorAccountTypeCodes": "Individual" | "Merchant" | "Business" | "Charity" | "GovernmentBody" | "Other";
        /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEDomesticCreditorAccountProperties": {
            /**
             * @description Domestic payment scheme, restricted to `IBAN`
             * @enum {string}
             */
            SchemeName: "IBAN";
            Identification: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEIdentification"];
            Name: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEName"];
            TradingName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AETradingName"];
            Type?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorAccountTypeCodes"];
        };
        /** @description Identification elements for a Creditor for a domestic payment instruction. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEDomesticCreditor": {
            CreditorAgent?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorAgentProperties"];
            Creditor?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorProperties"];
            CreditorAccount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEDomesticCreditorAccountProperties"];
            /**
             * @description Response from Confirmation of Payee operation, when executed for the Creditor Account.
             *
             *     This is JSON Web Signature returned by the Payee Confirmation operation at the Confirmation of Payee API.
             *
             *     The value must be the full JWS string, including the header and signature, without decoding to an object.
             *
             *     If Confirmation of Payee is not performed this property can be omitted
             */
            ConfirmationOfPayeeResponse?: string;
        };
        /** @description Unambiguous identification of the account of the creditor to which a credit entry will be posted. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorAccountProperties": {
            SchemeName: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorExternalAccountIdentificationCode"];
            Identification: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEIdentification"];
            Name: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEName"];
            TradingName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AETradingName"];
            Type?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AECreditorAccountTypeCodes"];
            /**
             * @description The type of the Creditor account. This is distinct from `Type`, which classifies the payee segment (e.g. Individual, Merchant).
             * @enum {string}
             */
            AccountType?: "Savings" | "Current" | "Checking" | "Prepaid";
        };
        /** @description Identification elements for a Creditor for an international payment instruction. Please note that Confirmation of Payee is **NOT** required or expected for International Payments, as non-domestic Creditor accounts are not supported. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditor": {
            CreditorAgent?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorAgentProperties"];
            Creditor?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorParty"];
            CreditorAccount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorAccountProperties"];
        };
        /** @description Party to which an amount of money is due, for an international payment. The Creditor is either an Individual (natural person) or an Organization, selected by the `IdentityType` discriminator. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorParty": components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalIndividualCreditor"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalOrganisationCreditor"];
        /** @description The Creditor name, represented in English (`en`), Arabic (`ar`) and/or local script (`ls`). */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorName": {
            /** @description English value of the Creditor name. */
            en?: string;
            /** @description Arabic value of the Creditor name. */
            ar?: string;
            /** @description Local script value of the Creditor name. */
            ls?: string;
        };
        /** @description A component of the Creditor's name (e.g. first, middle or last name), represented in English (`en`), Arabic (`ar`) and/or local script (`ls`). */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorNameComponent": {
            /** @description English value of the name component. */
            en?: string;
            /** @description Arabic value of the name component. */
            ar?: string;
            /** @description Local script value of the name component. */
            ls?: string;
        };
        /** @description Identification elements for an individual (natural person) international Creditor. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalIndividualCreditor": {
            /**
             * @description Discriminator indicating the Creditor is an individual (natural person). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            IdentityType: "Individual";
            Name?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorName"];
            FirstName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorNameComponent"];
            MiddleName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorNameComponent"];
            LastName?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorNameComponent"];
            /**
             * @description The Creditor's relationship to the sender (Debtor).
             * @enum {string}
             */
            RelationshipToSender?: "Self" | "Spouse" | "Parent" | "Child" | "Sibling" | "Relative" | "Friend" | "Dependent" | "Employer" | "Employee" | "Business" | "Other";
            /**
             * Format: date
             * @description The Creditor's date of birth, in YYYY-MM-DD format.
             */
            DateOfBirth?: string;
            /** @description The Creditor's occupation. Free-text, as values are driven by varying regulator requirements. */
            Occupation?: string;
            /** @description The Creditor's nationality, as an ISO 3166-1 alpha-2 country code. */
            Nationality?: string;
            /**
             * @description The Creditor's gender.
             * @enum {string}
             */
            Gender?: "Male" | "Female" | "Other";
            /** @description The Creditor's country of birth, as an ISO 3166-1 alpha-2 country code. */
            CountryOfBirth?: string;
            /** @description The Creditor's source of income. */
            SourceOfIncome?: string;
            /** @description The Creditor's source of funds. Free-text; populated where Enhanced Due Diligence (e.g. by a correspondent bank) requires further information about the transaction. */
            SourceOfFunds?: string;
            /** @description The Creditor's mobile number, in E.164 format. */
            MobileNumber?: string;
            /** @description The Creditor's email address. */
            Email?: string;
            PostalAddress?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalAddress"];
            Evidence?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorEvidence"];
        };
        /** @description Identification elements for an organisation international Creditor. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalOrganisationCreditor": {
            /**
             * @description Discriminator indicating the Creditor is an organisation. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            IdentityType: "Organization";
            Name?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorName"];
            /** @description The organisation's Business Identifier Code (BIC), per ISO 9362. */
            AnyBIC?: string;
            /** @description The organisation's Legal Entity Identifier (LEI), per ISO 17442. */
            LEI?: string;
            /** @description Other organisation identifier, used in the edge cases where neither `AnyBIC` nor `LEI` is available. The identification scheme is given in `SchemeName`. */
            Identification?: string;
            /** @description Name of the identification scheme used for `Identification` (e.g. TradeLicence, TaxID, DUNS). Free-text, as there is no definitive scheme list for these edge cases. */
            SchemeName?: string;
            /** @description The Creditor's mobile number, in E.164 format. */
            MobileNumber?: string;
            /** @description The Creditor's email address. */
            Email?: string;
            PostalAddress?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalAddress"];
        };
        /** @description Identity documents evidencing the Creditor's identity. Applicable to individual Creditors. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorEvidence": {
            /**
             * @description The type of identity document.
             * @enum {string}
             */
            Type?: "Passport" | "DrivingPermit" | "IdCard" | "ResidencePermit";
            /** @description The document number. */
            DocumentNumber?: string;
            /** @description A personal number contained in the document. */
            PersonalNumber?: string;
            /** @description A serial number contained in the document. */
            SerialNumber?: string;
            /**
             * @description The calendar used for the document's issuance and expiry dates.
             * @enum {string}
             */
            CalendarType?: "IslamicCalendar" | "GregorianCalendar";
            /**
             * Format: date
             * @description The date the document was issued, in YYYY-MM-DD format.
             */
            DateOfIssuance?: string;
            /**
             * Format: date
             * @description The date the document expires, in YYYY-MM-DD format.
             */
            DateOfExpiry?: string;
            /** @description The authority that issued the document. When the `Issuer` object is present, `Name`, `CountryCode` and `Jurisdiction` are mandatory. */
            Issuer?: {
                /** @description Name of the authority that issued the document. */
                Name: string;
                /** @description Country that issued the document, as an ISO 3166-1 alpha-2 country code. */
                CountryCode: string;
                /** @description The jurisdiction under which the document was issued. */
                Jurisdiction: string;
            };
        }[];
        /** @description Properties of the Creditor Agent for an international payment, which provides information on the Financial Institution that holds the Creditor Account. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditorAgentProperties": {
            /**
             * @description The identification scheme for uniquely identifying the Agent.
             *     * BICFI: The BIC/SWIFT Code
             *     * Other: Identifier based on non-SWIFT payment system or local market scheme.
             * @enum {string}
             */
            SchemeName: "BICFI" | "Other";
            /** @description Identifier that can be the BIC/SWIFT code or target payment scheme identifier. */
            Identification: string;
            /** @description Name by which an agent is known and which is usually used to identify that agent. */
            Name?: string;
            PostalAddress?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalAddress"];
            /** @description The specific branch of the financial institution that holds the Creditor Account. When the `Branch` object is present, `Identification` is mandatory. */
            Branch?: {
                /** @description Identification of the specific branch of the financial institution. */
                Identification: string;
                /** @description Name of the specific branch of the financial institution. */
                Name?: string;
            };
        };
        /** @description One-or-more addresses related to an international Creditor or Creditor Agent, based on the ISO 20022 `PostalAddress27` definition and extended for SWIFT SR2026. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEInternationalAddress": {
            /**
             * @description The type of address.
             * @enum {string}
             */
            AddressType: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            /** @description Identification of a division of a large organisation or building. */
            Department?: string;
            /** @description Identification of a sub-division of a large organisation or building. */
            SubDepartment?: string;
            /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
            AddressLine: string[];
            /** @description The unit, apartment, or villa number within a building or community */
            BuildingNumber?: string;
            /** @description Building room number. */
            Room?: string;
            /** @description Name of the building or house. */
            BuildingName?: string;
            /** @description Floor or storey within a building. */
            Floor?: string;
            /** @description The P.O. Box number assigned to the recipient for mail delivery. */
            PostBox?: string;
            /** @description Identifier consisting of a group of letters and/or numbers added to a postal address. */
            PostCode?: string;
            /** @description The name of the street or road where the property is located. */
            StreetName?: string;
            /** @description Specific location name within the town. */
            TownLocationName?: string;
            /** @description Name of a built-up area, such as a town or city. */
            TownName: string;
            /** @description The district, community, or neighbourhood where the property is located. */
            DistrictName?: string;
            /** @description Country subdivision, such as state or province. Where the address is in the UAE this is the Emirate where the address is registered. */
            CountrySubDivision?: ("AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain") | string;
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            Country: string;
        }[];
        /**
         * Domestic Payment PII Schema Object
         * @description Elements of Personal Identifiable Information data
         */
        "AEBankServiceInitiation.AEDomesticPaymentPIIProperties": {
            Initiation?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEDomesticCreditor"];
            Risk?: components["schemas"]["AERisk"];
        };
        /** International Payment PII Schema Object */
        "AEBankServiceInitiation.AEInternationalPaymentPIIProperties": {
            Initiation?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEInternationalCreditor"];
            Risk?: components["schemas"]["AERisk"];
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
        /** @description Operation failed due to a conflict */
        error409Response: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error409"];
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
                "application/json": {
                    /** @description Error code identifying the problem that occurred. Should be implemented based on guidance in standards and API Hub documentation, but custom error code lists maintained for backwards compatibility with v1.2. */
                    errorCode?: string;
                    errorMessage?: components["schemas"]["ErrorMessage"];
                };
            };
        };
    };
    parameters: {
        /** @description Identifier for the Financial Institution that the request is targeted to */
        providerId: string;
        /**
         * @deprecated
         * @description Identifier for the financial institution that the request is targeted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
         */
        aspspId: string;
        /** @description An identifier for the organization calling the API */
        callerOrgId: string;
        /** @description An identifier for the OIDC clientId calling the API */
        callerClientId: string;
        /** @description An identifier for the software statement calling the API */
        callerSoftwareStatementId: string;
        /** @description The parameterised URL of the API being called by the caller */
        apiUri: string;
        /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
        apiOperation: string;
        /** @description The consentId for which this call is being made */
        consentId: string;
        /** @description The interaction ID passed in by the caller, if any */
        callerInteractionId: string;
        /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
        ozoneInteractionId: string;
        /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
        psuIdentifier: string;
        /** @description The identifier for a given payment instruction */
        paymentId: string;
        /** @description Unique identifier for a given account opening instance */
        AccountId: components["schemas"]["AccountOpeningServiceInitiation.AEAccountIdType"];
        /** @description Unique identifier for a given FX quote */
        FxQuoteId: components["schemas"]["FxServiceInitiation.FxQuoteIdType"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    makePayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targeted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
                 */
                "o3-aspsp-id": components["parameters"]["aspspId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The consentId for which this call is being made */
                "o3-consent-id": components["parameters"]["consentId"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
                "o3-psu-identifier": components["parameters"]["psuIdentifier"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentPostRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AEPaymentIdResponse"];
                };
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            409: components["responses"]["error409Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targeted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
                 */
                "o3-aspsp-id": components["parameters"]["aspspId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The consentId for which this call is being made */
                "o3-consent-id": components["parameters"]["consentId"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
                "o3-psu-identifier": components["parameters"]["psuIdentifier"];
            };
            path: {
                /** @description The identifier for a given payment instruction */
                paymentId: components["parameters"]["paymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AEPaymentIdResponse"];
                };
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    reportFile: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targeted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
                 */
                "o3-aspsp-id": components["parameters"]["aspspId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The consentId for which this call is being made */
                "o3-consent-id": components["parameters"]["consentId"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
                "o3-psu-identifier": components["parameters"]["psuIdentifier"];
            };
            path: {
                /** @description The identifier for a given payment instruction */
                paymentId: components["parameters"]["paymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    createBulkBatchPaymentConsent: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targeted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
                 */
                "o3-aspsp-id": components["parameters"]["aspspId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The consentId for which this call is being made */
                "o3-consent-id": components["parameters"]["consentId"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
                "o3-psu-identifier": components["parameters"]["psuIdentifier"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Properties of the file payment consent. */
        requestBody?: {
            content: {
                "application/json": {
                    consentId: components["schemas"]["AEConsentId"];
                    request: components["schemas"]["AEFilePaymentConsent"];
                };
            };
        };
        responses: {
            /** @description File payment consent successfully created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    createBulkBatchPaymentInstructionFile: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targeted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
                 */
                "o3-aspsp-id": components["parameters"]["aspspId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The consentId for which this call is being made */
                "o3-consent-id": components["parameters"]["consentId"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
                "o3-psu-identifier": components["parameters"]["psuIdentifier"];
            };
            path: {
                /** @description Identifies the consent by an id */
                consentId: string;
            };
            cookie?: never;
        };
        /** @description File containing payment instructions in LFI prescribed format */
        requestBody?: {
            content: {
                "*/*": string;
            };
        };
        responses: {
            /** @description File uploaded successfully */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    getRefund: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targeted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
                 */
                "o3-aspsp-id": components["parameters"]["aspspId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The consentId for which this call is being made */
                "o3-consent-id": components["parameters"]["consentId"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
                /** @description A Base64 encoded representation of the psuIdentifier JSON object. */
                "o3-psu-identifier": components["parameters"]["psuIdentifier"];
            };
            path: {
                /** @description Identifies the consent by an id */
                consentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundGetResponse"];
                };
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    CreateAccount_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
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
        /** @description Request body for creating a new account */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AECreateAccountRequestBody1"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AECreateAccountResponseBody1"];
                };
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            409: components["responses"]["error409Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    Account_read: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
            };
            path: {
                /** @description Unique identifier for a given account opening instance */
                AccountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AEReadAccountResponseBody1"];
                };
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            409: components["responses"]["error409Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    CreateFxQuote_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
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
        /** @description FX Quote Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AECreateFxQuoteRequestBody1"];
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AECreateFxQuoteResponseBody1"];
                };
            };
            /** @description The LFI did not respond with a quote as the requested currency requirements could not be fulfilled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            409: components["responses"]["error409Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    FxQuote_read: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
            };
            path: {
                /** @description Unique identifier for a given FX quote */
                FxQuoteId: components["parameters"]["FxQuoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AEReadFxQuoteResponseBody1"];
                };
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            409: components["responses"]["error409Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
    FxQuote_patch: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the Financial Institution that the request is targeted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /** @description An identifier for the organization calling the API */
                "o3-caller-org-id": components["parameters"]["callerOrgId"];
                /** @description An identifier for the OIDC clientId calling the API */
                "o3-caller-client-id": components["parameters"]["callerClientId"];
                /** @description An identifier for the software statement calling the API */
                "o3-caller-software-statement-id": components["parameters"]["callerSoftwareStatementId"];
                /** @description The parameterised URL of the API being called by the caller */
                "o3-api-uri": components["parameters"]["apiUri"];
                /** @description The API operation carried out by the caller (e.g. GET, POST, PUT, DELETE, PATCH) */
                "o3-api-operation": components["parameters"]["apiOperation"];
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
            };
            path: {
                /** @description Unique identifier for a given FX quote */
                FxQuoteId: components["parameters"]["FxQuoteId"];
            };
            cookie?: never;
        };
        /** @description FX Quote Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AEUpdateFxQuoteRequestBody1"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description An RFC4122 UID used as a correlation ID. */
                    "x-fapi-interaction-id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["error400Response"];
            403: components["responses"]["error403Response"];
            409: components["responses"]["error409Response"];
            500: components["responses"]["error500Response"];
            default: components["responses"]["errorResponse"];
        };
    };
}
