/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: standards/v2.1-errata2/uae-bank-initiation-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/payment-consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Linked Payment Consents
         * @description Retrieve all Payment Consents linked by a given `BaseConsentId`, as part of a linked consent group.
         */
        get: operations["RetrievePaymentConsentsByBaseConsentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-consents/{ConsentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a Payment Consent
         * @description Retrieve a Payment Consent
         */
        get: operations["RetrievePaymentConsent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Modify a Payment Consent
         * @description Modify a Payment Consent
         */
        patch: operations["PatchPaymentConsent"];
        trace?: never;
    };
    "/payment-consents/{ConsentId}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Refund Details
         * @description Retrieve a Payment Consent
         */
        get: operations["RetrievePaymentConsentRefund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-consents/{ConsentId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload Bulk/Batch Payment Instruction
         * @description Upload a list of Bulk/Batch payment instructions.
         */
        post: operations["UploadFilePaymentConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query for a PaymentId
         * @description Lookup the Payments Resource using the x-idempotency-key. If an idempotency key is matched the `Links` object will be returned with the `Self` value populated. This will provide a pointer to the correct resource.
         *
         *     This is an alternative way for TPPs to obtain the response to a payment initiation operation where they did not receive any response body from the LFI (due to network error or timeout).
         */
        get: operations["QueryPaymentResource"];
        put?: never;
        /**
         * Create a Payment
         * @description Create a Payment
         */
        post: operations["CreatePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{PaymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a Payment
         * @description Retrieve a Payment
         */
        get: operations["RetrievePayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query for a Bulk/Batch PaymentId
         * @description Lookup the Payments Resource using the x-idempotency-key. If an idempotency key is matched the `Links` object will be returned with the `Self` value populated. This will provide a pointer to the correct resource.
         *
         *     This is an alternative way for TPPs to obtain the response to a payment initiation operation where they did not receive any response body from the LFI (due to network error or timeout).
         */
        get: operations["QueryFilePaymentResource"];
        put?: never;
        /**
         * Create a Bulk/Batch Payment
         * @description Create a Bulk/Batch Payment
         */
        post: operations["CreateFilePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file-payments/{PaymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a Bulk/Batch Payment
         * @description Retrieve a Bulk/Batch Payment
         */
        get: operations["RetrieveFilePayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file-payments/{PaymentId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a Bulk/Batch Payment Report
         * @description Retrieve a Bulk/Batch Payment Report
         */
        get: operations["RetrieveFilePaymentReport"];
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
        /** @description [https://www.rfc-editor.org/rfc/rfc7519](https://www.rfc-editor.org/rfc/rfc7519) */
        AEJwt: {
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1) */
            iss: string;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4) */
            exp: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5) */
            nbf: number;
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3) */
            aud?: string[];
            /** @description [https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6](https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6) */
            iat?: number;
        };
        /** @description Payment Consent Response Signed Schema */
        AEPaymentConsentResponseSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties"];
        };
        /** @description Payment Consent Response Signed Schema */
        AEPaymentConsentRefundResponseSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEPaymentConsentRefundResponse"];
        };
        /** @description Payment Consents By BaseConsentId Response Signed Schema */
        AEPaymentConsentsByBaseConsentIdResponseSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties"][];
        };
        /** @description Payment Response Signed Schema */
        AEPaymentIdResponseSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEPaymentIdResponse"];
        };
        /** @description Payment Response Signed Schema */
        AEFilePaymentIdResponseSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEFilePaymentIdResponse"];
        };
        /** @description Payment Request Signed Schema */
        AEPaymentRequestSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEPaymentRequest"];
        };
        /** @description Payment Request Signed Schema */
        AEFilePaymentRequestSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEFilePaymentRequest"];
        };
        /** @description A Webhook Subscription Schema */
        AEEventNotification: {
            /** @description A Webhook Schema */
            Webhook: {
                /**
                 * @description The TPP Callback URL being registered with the LFI
                 * @example https://api.tpp.com/webhook/callbackUrl
                 */
                Url?: string;
                /**
                 * @description The TPP specifying whether the LFI should send (IsActive true) or not send (IsActive false) Webhook Notifications to the TPP's Webhook URL
                 * @example false
                 */
                IsActive?: boolean;
            };
        };
        /** @description Error Signed Schema */
        AEError400ResponseSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEError400Response"];
        };
        /** @description Error Signed Schema */
        AEError403ResponseSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEError403Response"];
        };
        /** @description Error Signed Schema */
        AEError409ResponseSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEError409Response"];
        };
        /** @description Error Signed Schema */
        AEError500ResponseSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEError500Response"];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError400Response: {
            Errors: components["schemas"]["AEError400"][];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError403Response: {
            Errors: components["schemas"]["AEError403"][];
        };
        /** @description An array of detail error codes, and messages, and URLs to documentation to help remediation. */
        AEError409Response: {
            Errors: components["schemas"]["AEError409"][];
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
        /** @description Rejection Reason */
        AERejectReason: {
            /**
             * @description Rejected Reason Code is a namespaced rejection reason code. The first part of the code is the namespace, which is the name of the organisation or system (e.g., AANI) that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system.
             *     Payments that are rejected by AANI will have the AANI prefix, followed by the specific ANNI reason code.
             *
             *     The Payment resouce is updated with the rejection reason code if a Rejected payment is initially created in a Pending state.
             *     If the Payment resource is rejected, and no Payment resource is created - a 4xx HTTP status code is returned to the TPP with the appropriate Error Response.
             */
            Code: string;
            Message: components["schemas"]["AEMessage"];
        };
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
        AEError400Code: string | ("Consent.Invalid" | "Consent.BusinessRuleViolation" | "Consent.FailsControlParameters" | "Consent.InvalidUserIdentifier" | "JWS.InvalidSignature" | "JWS.Malformed" | "JWS.InvalidClaim" | "JWS.InvalidHeader" | "JWE.DecryptionError" | "JWE.InvalidHeader" | "GenericRecoverableError" | "GenericError" | "Event.UnexpectedEvent" | "Body.InvalidFormat" | "Resource.InvalidFormat") | unknown;
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
        AEError403Code: string | ("AccessToken.InvalidScope" | "Consent.TransientAccountAccessFailure" | "Consent.AccountTemporarilyBlocked" | "Consent.PermanentAccountAccessFailure" | "GenericRecoverableError" | "GenericError") | unknown;
        /** @description Error */
        AEError409: {
            Code: components["schemas"]["AEError409Code"];
            Message: components["schemas"]["AEMessage"];
            /** @description Recommended but optional reference to the JSON Path of the field with error, e.g., Data.Initiation.InstructedAmount.Currency */
            Path?: string;
            /** @description URL to help remediate the problem, or provide more information, or to API Reference, or help etc */
            Url?: string;
        };
        /** @description Error Code. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
        AEError409Code: string | ("GenericRecoverableError" | "GenericError") | unknown;
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
        AEError500Code: string | ("GenericRecoverableError" | "GenericError") | unknown;
        /** @description Links relevant to the resource */
        AELinksSelf: {
            Self: components["schemas"]["AESelf"];
        };
        /** @description Links relevant to the resource */
        AELinksRelatedConsent: {
            Self: components["schemas"]["AERelatedSinglePayment"];
            Related: components["schemas"]["AESelfConsent"];
        };
        /** @description Links relevant to the resource */
        AELinksRelatedPayment: {
            Self: components["schemas"]["AESelfConsent"];
            Related: components["schemas"]["AERelatedPayment"];
        };
        /** @description Meta Data relevant to the resource */
        AEMeta: Record<string, never>;
        /**
         * Format: uri
         * @description A link to the current resource
         */
        AESelf: string;
        /**
         * Format: uri
         * @description A link to the related payment consents resource
         * @example https://api.lfi.sa/open-banking/payment/2023.11.01-final/payment-consents/aac-69255d98-ab0e-4758-92a7-cacbf3073efa
         */
        AESelfConsent: string;
        /**
         * Format: uri
         * @description A link to the current payment resource
         * @example https://api.lfi.sa/open-banking/payment/2023.11.01-final/payments/83b47199-90c2-4c05-9ef1-aeae68b0fc7c
         */
        AERelatedSinglePayment: string;
        /**
         * @description A link to the related payments resource.
         *
         *     * For a Single Payment, this Array must have have 1 entry, associated with the Single Payment resource created against this consent.
         *     * For Multi-Payment, this Array will have 1 or more entries of all the Payment resources created against this Consent
         * @example []
         */
        AERelatedPayment: string[];
        /**
         * @description An API specific unique identification as assigned by the LFI to identify the domestic Payment resource.
         * @example 83b47199-90c2-4c05-9ef1-aeae68b0fc7c
         */
        AEPaymentId: string;
        /**
         * Format: date-time
         * @description Date and time at which the message was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2023-04-05T10:43:07+00:00
         */
        AECreationDateTime: string;
        /**
         * @description Specifies the status of the payment information group
         *     * Pending: Payment initiation or individual transaction included in the payment initiation is pending. Further checks and status update will be performed.
         *     * Rejected: The payment initiation has been rejected
         *     * AcceptedSettlementCompleted: Settlement of the Debtor's account has been completed
         *     * AcceptedCreditSettlementCompleted: When the Creditor account has been credited with the funds of the payment initiated via the TPP
         *     * AcceptedWithoutPosting:  When the Recipient Bank has accepted the payment but has not applied the credit to the Creditor account yet.
         * @example Pending
         * @enum {string}
         */
        AEPaymentStatus: "Pending" | "AcceptedSettlementCompleted" | "AcceptedCreditSettlementCompleted" | "AcceptedWithoutPosting" | "Rejected";
        /**
         * @description Specifies the status of the payment information group
         *     * Received: The file payment has been received.
         *     * Rejected: The file payment has been rejected.
         * @example Received
         * @enum {string}
         */
        AEFilePaymentStatus: "Received" | "Rejected";
        /**
         * Format: date-time
         * @description Date and time at which the resource status was updated.All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone. An example is below:
         *     2023-04-05T10:43:07+00:00
         */
        AEStatusUpdateDateTime: string;
        /**
         * @description Specifies the authorization statuses of a consent.
         *
         *     | Consent Status| State Type| Description|
         *     |---------------|-----------|------|
         *     | Revoked | Terminal | The consent has been revoked at the TPP.|
         * @enum {string}
         */
        AEPatchConsentStatus: "Revoked";
        /**
         * @description A JSON Web Encryption (JWE) object, which encapsulates a JWS. The value is a compact serialization of a JWE, which is a string consisting of five base64url-encoded parts joined by dots.
         *     It encapsulates encrypted content using JSON data structures. The decrypted JWS content has the structure of the AEPaymentPII schema.
         * @example eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ....
         */
        AEJWEPaymentPII: string;
        /** @description Payment Request Schema */
        AEPaymentRequest: {
            Data: {
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                Instruction: components["schemas"]["AEPaymentInstruction"];
                CurrencyRequest?: components["schemas"]["AECurrencyRequest"];
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
        /** @description File Payment Request Schema */
        AEFilePaymentRequest: {
            Data: {
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                Instruction?: components["schemas"]["AEPushedAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent"];
                PaymentPurposeCode: components["schemas"]["AEPaymentPurposeCode"];
                DebtorReference?: components["schemas"]["AEDebtorReference"];
            };
        };
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
        /** @description Payment Consent Refund Response Schema */
        AEPaymentConsentRefundResponse: {
            Data: {
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                BaseConsentId?: components["schemas"]["AEPushedAuthorizationRequests.AEBaseConsentId"];
                RefundAccount: components["schemas"]["AEDebtorAccount"];
            };
            Links: components["schemas"]["AELinksRelatedPayment"];
        };
        /** @description Payment Id Response Schema */
        AEPaymentIdResponse: {
            Data: {
                PaymentId: components["schemas"]["AEPaymentId"];
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                PaymentTransactionId?: components["schemas"]["AEPaymentTransactionId"];
                Status: components["schemas"]["AEPaymentStatus"];
                StatusUpdateDateTime: components["schemas"]["AEStatusUpdateDateTime"];
                RejectReasonCode?: components["schemas"]["AERejectReason"][];
                CreationDateTime: components["schemas"]["AECreationDateTime"];
                Charges?: components["schemas"]["AECharges"];
                ExchangeRate?: components["schemas"]["AEExchangeRateInformation"];
                CurrencyRequest?: components["schemas"]["AECurrencyRequest"];
                Instruction: components["schemas"]["AEPaymentInstruction"];
                PaymentPurposeCode: components["schemas"]["AEPaymentPurposeCode"];
                DebtorReference?: components["schemas"]["AEDebtorReference"];
                OpenFinanceBilling: components["schemas"]["AEServiceInitiationOpenFinancePaymentBilling"];
            };
            Links: components["schemas"]["AELinksRelatedConsent"];
            Meta?: components["schemas"]["AEMeta"];
        };
        /** @description Payment Id Response Schema */
        AEFilePaymentIdResponse: {
            Data: {
                PaymentId: components["schemas"]["AEPaymentId"];
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                Status: components["schemas"]["AEFilePaymentStatus"];
                StatusUpdateDateTime: components["schemas"]["AEStatusUpdateDateTime"];
                RejectReasonCode?: components["schemas"]["AERejectReason"][];
                CreationDateTime: components["schemas"]["AECreationDateTime"];
                Charges?: components["schemas"]["AECharges"];
                Instruction: components["schemas"]["AEPushedAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent"];
                PaymentPurposeCode: components["schemas"]["AEPaymentPurposeCode"];
                OpenFinanceBilling?: components["schemas"]["AEServiceInitiationOpenFinanceFilePaymentBilling"];
            };
            Links: components["schemas"]["AELinksRelatedConsent"];
            Meta?: components["schemas"]["AEMeta"];
        };
        /** @description The Initiation payload is sent by the initiating party to the LFI. It is used to request movement of funds from the debtor account to a creditor for a single payment. */
        AEPaymentInstruction: {
            Amount: components["schemas"]["AEActiveCurrencyAmount"];
        };
        /** @description The Currency and Amount relating to the Payment */
        AEActiveCurrencyAmount: {
            Amount: components["schemas"]["AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["AEActiveOrHistoricCurrencyCode"];
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
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list.
         * @enum {string}
         */
        AEExternalAccountIdentificationCode: "IBAN";
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
        AETradingName: {
            /** @description English value of the string */
            en?: string;
            /** @description Arabic value of the string */
            ar?: string;
        };
        /** @description A Creditor Reference is a note for a given Creditor or Creditor LFI that supports reconciliation of a given payment instruction. */
        AECreditorReference: string;
        /** @description A Debtor Reference is a note is for the reference of a given User that may be available as additional information in relation to a given payment instruction. */
        AEDebtorReference: string;
        /**
         * @description Charge type, in a coded form.
         * @enum {string}
         */
        AEExternalPaymentChargeTypeCode: "VAT" | "Fees";
        AECharges: {
            ChargeBearer: components["schemas"]["AEChargeBearerType1Code"];
            Type: components["schemas"]["AEExternalPaymentChargeTypeCode"];
            Amount: components["schemas"]["AEActiveCurrencyAmount"];
        }[];
        /** @description Payment Patch Consent Signed Schema */
        AEPatchPaymentConsentSigned: components["schemas"]["AEJwt"] & {
            message: components["schemas"]["AEPatchPaymentConsent"];
        };
        /** @description Patch Payment Consent */
        AEPatchPaymentConsent: {
            /** @description Primary data for the resource */
            Data?: {
                Status: components["schemas"]["AEPatchConsentStatus"];
                RevokedBy?: components["schemas"]["AERevokedByPatchConsent"];
            };
            Subscription?: components["schemas"]["AEEventNotification"];
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
        /** @description A category code that relates to the type of services or goods that corresponds to the underlying purpose of the payment. The code must conform to the published Aani payment purpose code list. */
        AEPaymentPurposeCode: string;
        /**
         * @description This is an end to end TransactionId that is generated by the underlying payment rails when it is sent from an Originating LFI to a Receiving LFI.
         *     For Aani Core transactions, this is the Aani Core generated TransactionId.
         *
         *     This is not the same as the TransactionID in the Account Information Transactions API.
         *
         *     The PaymentTransactionId must be populated if the payment is processed by the LFI.
         */
        AEPaymentTransactionId: string;
        /** @description Unambiguous identification of the account of the debtor to which a debit entry will be made. */
        AEDebtorAccount: {
            SchemeName: components["schemas"]["AEExternalAccountIdentificationCode"];
            Identification: components["schemas"]["AEIdentification"];
            Name: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEName"];
        };
        /**
         * @description Denotes the Identifier of the revocation.
         *
         *     | Identifier| Description|
         *     |-----------|------------|
         *     | TPP | Revoked by TPP without User initiation|
         *     | TPP.InitiatedByUser | Initiated by User via the TPP|
         * @enum {string}
         */
        AERevokedByPatchConsent: "TPP" | "TPP.InitiatedByUser";
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
                 *     Category code conforms to ISO 18245, related to the type of services or goods the merchant provides for the transaction."
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
            Name?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEName"];
        }[];
        /**
         * @description Name of the identification scheme, in a coded form as published in an external list.
         * @enum {string}
         */
        AERiskExternalAccountIdentificationCode: "EmiratesID" | "TradeLicenceNumber";
        /**
         * @description The details of the non-local currency or FX request that has been agreed between the User and the TPP.
         *     The requested ChargeBearer and ExchangeRateInformation are included in this object may be overwritten by the LFI in the returned Consent object.
         */
        AECurrencyRequest: {
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
            /** @description Required where the consent or payment initiation request relates to a previously quoted FX trade. The TPP must provide the `QuoteId` value where a long-lived consent exists, meaning that each payment initiation request will relate to a different `QuoteId` value. */
            FxQuoteId?: string;
        };
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction.
         * @enum {string}
         */
        AEChargeBearerType1Code: "BorneByCreditor" | "BorneByDebtor" | "Shared";
        /** @description Further detailed information on the exchange rate that has been used in the payment transaction - returned by the LFI. */
        AEExchangeRateInformation: {
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
            UnitCurrency: string;
            /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
            ExchangeRate: number;
            /**
             * @description Specifies the type used to complete the currency exchange.
             * @enum {string}
             */
            RateType: "Actual" | "Agreed" | "Indicative";
            /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
            ContractIdentification?: string;
            /**
             * Format: date-time
             * @description Specified date and time the exchange rate agreement will expire. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime?: string;
        };
        /** @description Response to a query for a given payment resource using `x-idempotency-key` */
        AEIdempotencyKeyQuery: {
            /** @description Data object. This will be empty for this response */
            Data: Record<string, never>;
            Links: components["schemas"]["AELinksSelf"];
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
        /** @description Billing parameters specified by the LFI */
        AEServiceInitiationOpenFinanceFilePaymentBilling: {
            /**
             * @description Number of individual transactions successfully executed by the LFI.
             *     This is returned by the LFI after the file is fully processed.
             */
            NumberOfSuccessfulTransactions?: number;
        };
        /** @description Unique identification assigned by the TPP to identify the consent resource. */
        "AEPushedAuthorizationRequests.AEConsentId": string;
        /**
         * @description The original ConsentId assigned by the TPP.
         *
         *     It is used by the TPP for updating/renewing parameters associated with long-lived consents.
         *     It must be provided when long-lived consent parameters are updated/renewed for a current consent that has not yet finished.
         */
        "AEPushedAuthorizationRequests.AEBaseConsentId": string;
        /** @description Specifies to the LFI that the consent authorization must be completed by a single authorizer at the LFI. */
        "AEBankServiceInitiationRichAuthorizationRequests.IsSingleAuthorization": boolean;
        /**
         * Format: date-time
         * @description The date and time by which a Consent (in AwaitingAuthorization status) must be Authorized by the User.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AuthorizationExpirationDateTime": string;
        /** @enum {string} */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationConsentPermissionCodes": "ReadAccountsBasic" | "ReadAccountsDetail" | "ReadBalances" | "ReadRefundAccount";
        /** @description A single immediate payment consent that MUST be used for a single payment which will be initiated immediately after User authorization at the LFI. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationSingleInstantPayment": {
            /**
             * @description The Payment Type
             * @enum {string}
             */
            Type: "SingleInstantPayment";
            Amount: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
        };
        /**
         * @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217.
         * @example 100.00
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricAmount": string;
        /** @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricCurrencyCode": string;
        /** @description The maximum cumulative payment value of all payment initiations per Period Type. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEPeriodTypeMaximumCumulativeValueOfPayments": {
            Amount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricCurrencyCode"];
        };
        /**
         * @description |Period Type|Description|
         *     |-----------|-----------|
         *     |Day|A continuous period of time, consisting of 24 consecutive hours, starting from midnight (00:00:00) and finishing at 23:59:59 of the same day. |
         *     |Week|A continuous period of time, consisting of seven consecutive days, starting from midnight (00:00:00) and finishing at 23:59:59 of the 7th day. |
         *     |Month|A continuous period of time starting from midnight (00:00:00) of the first day of a month and finishing at 23:59:59 of the last day of that month.|
         *     |Year|A continuous period of time, consisting of 12 months.|
         * @enum {string}
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType": "Day" | "Week" | "Month" | "Year";
        /**
         * Format: date
         * @description Specifies the start date of when a payment schedule begins.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate": string;
        /** @description This is the Maximum amount a variable payment can take per period. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEMaximumIndividualAmount": {
            Amount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEActiveOrHistoricCurrencyCode"];
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent may be executed on any date, as long as they are within the Controls for a PeriodType. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableOnDemand": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "VariableOnDemand";
            PeriodType: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate"];
            Controls: {
                MaximumIndividualAmount?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEMaximumIndividualAmount"];
                MaximumCumulativeValueOfPaymentsPerPeriod?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodTypeMaximumCumulativeValueOfPayments"];
                MaximumCumulativeNumberOfPaymentsPerPeriod?: number;
            };
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent may be executed on any date, as long as they are within the Controls for a PeriodType */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedOnDemand": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "FixedOnDemand";
            PeriodType: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate"];
            Amount: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
            /** @description Controls that apply to the payment schedule. */
            Controls: {
                MaximumCumulativeValueOfPaymentsPerPeriod?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodTypeMaximumCumulativeValueOfPayments"];
                MaximumCumulativeNumberOfPaymentsPerPeriod?: number;
            };
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent must be executed only on the PeriodStartDate, and dates recurring based on the PeriodType. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariablePeriodicSchedule": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "VariablePeriodicSchedule";
            PeriodType: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate"];
            /** @description This is the Maximum amount a variable payment can take per period. */
            MaximumIndividualAmount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEMaximumIndividualAmount"];
        };
        /** @description Payment Controls that apply to all payment instructions in a given period under this payment consent. The payments for this consent must be executed only on the PeriodStartDate, and dates recurring based on the PeriodType. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedPeriodicSchedule": {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "FixedPeriodicSchedule";
            PeriodType: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType"];
            PeriodStartDate: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodStartDate"];
            Amount: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
        };
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableSchedule": {
            /**
             * Format: date
             * @description Used to specify the expected payment execution date/time. All dates in the JSON payloads are represented in ISO 8601 date format. An example is: 2023-04-05
             */
            PaymentExecutionDate: string;
            /** @description This is the Maximum amount a variable payment can take per period. */
            MaximumIndividualAmount: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEMaximumIndividualAmount"];
        };
        /** @description Payment Schedule denoting a list of pre-defined future dated payments all with variable amounts and dates. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableDefinedSchedule": {
            /**
             * @description The Periodic Schedule Type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "VariableDefinedSchedule";
            Schedule: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableSchedule"][];
        };
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedSchedule": {
            /**
             * Format: date
             * @description Used to specify the expected payment execution date/time.
             *     All dates in the JSON payloads are represented in ISO 8601 date format, for example is: 2023-04-05
             */
            PaymentExecutionDate: string;
            Amount: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
        };
        /** @description Payment Schedule denoting a list of pre-defined future dated payments all with fixed amounts and dates. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedDefinedSchedule": {
            /**
             * @description The Periodic Schedule Type (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "FixedDefinedSchedule";
            Schedule: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedSchedule"][];
        };
        /** @description The definition for a schedule */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationLongLivedPaymentConsentPeriodicSchedule": components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableOnDemand"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedOnDemand"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariablePeriodicSchedule"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedPeriodicSchedule"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationVariableDefinedSchedule"] | components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFixedDefinedSchedule"];
        /** @description A Consent definition for defining Multi Payments */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationLongLivedPaymentConsent": {
            /**
             * @description The maximum cumulative value of all successful payment rails executions under the Consent.
             *     Each successful payment rails execution amount (related to the Consent) is added to the total cumulative value of the Consent which cannot exceed the maximum value agreed with the User at the point of consent.
             */
            MaximumCumulativeValueOfPayments?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEPeriodTypeMaximumCumulativeValueOfPayments"];
            /**
             * @description The maximum cumulative number of all successful payment rails executions under the Consent.
             *     Each successful payment rails execution (related to the Consent) is added to the total cumulative number of payments for the Consent which cannot exceed the maximum value agreed with the User at the point of consent.
             */
            MaximumCumulativeNumberOfPayments?: number;
            PeriodicSchedule: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationLongLivedPaymentConsentPeriodicSchedule"];
        };
        /**
         * Format: date
         * @description The date when the TPP expects the LFI to execute the payment.
         *     The date must be in the future and cannot be on the same day or a day in the past.
         *     The maximum date in the future that can be specified is 1 year from the day of the consent of the User to the TPP.
         *     All dates in the JSON payloads are represented in ISO 8601 date format.
         */
        "AEBankServiceInitiationRichAuthorizationRequests.AERequestedExecutionDate": string;
        /** @description Bulk/Batch Control Parameters. */
        "AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent": {
            /** @description Specifies the payment file type */
            FileType: string;
            /** @description A base64 encoding of a SHA256 hash of the file to be uploaded. */
            FileHash: string;
            FileReference?: components["schemas"]["AEBankServiceInitiation.AEReference"];
            /** @description Number of individual transactions contained in the payment information group. */
            NumberOfTransactions: number;
            /** @description Total of all individual amounts included in the group, irrespective of currencies. */
            ControlSum: string;
            RequestedExecutionDate?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AERequestedExecutionDate"];
        };
        "AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationControlParametersProperties": {
            /** @description Indicates whether the all payment controls will be defined and managed by the TPP under the Payment with Delegated Authentication capability */
            IsDelegatedAuthentication?: boolean;
            /**
             * @description The various payment types that can be initiated:
             *
             *     * A Single Payment
             *
             *     * A Multi-Payment
             *
             *     * A Combined Payment (one SinglePayment and one MultiPayment)
             */
            ConsentSchedule?: {
                SinglePayment?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationSingleInstantPayment"];
                MultiPayment?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationLongLivedPaymentConsent"];
                FilePayment?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent"];
            };
        };
        /** @description Status of the Authorization Request, qualified with additional information held by the API Hub. */
        "AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties": {
            Data: {
                ConsentId: components["schemas"]["AEPushedAuthorizationRequests.AEConsentId"];
                BaseConsentId?: components["schemas"]["AEPushedAuthorizationRequests.AEBaseConsentId"];
                IsSingleAuthorization?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.IsSingleAuthorization"];
                AuthorizationExpirationDateTime?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AuthorizationExpirationDateTime"];
                /** @description Permission codes granted by the User to the TPP, allowing the TPP to check execute a balance check. */
                Permissions?: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationConsentPermissionCodes"][];
                ExpirationDateTime: components["schemas"]["AEPushedAuthorizationRequests.AEConsentExpirationDateTime"];
                Status: components["schemas"]["AEConsentStatus.AEConsentStatusCodes"];
                RevokedBy?: components["schemas"]["AEConsentStatus.AERevokedByCodes"];
                CreationDateTime: components["schemas"]["AEConsentStatus.AECreationDateTime"];
                StatusUpdateDateTime: components["schemas"]["AEConsentStatus.AEStatusUpdateDateTime"];
                Charges?: components["schemas"]["AEBankServiceInitiation.AECharges"][];
                ExchangeRate?: components["schemas"]["AEConsentStatus.AEExchangeRateInformation"];
                CurrencyRequest?: components["schemas"]["AEBankServiceInitiation.AECurrencyRequest"];
                ControlParameters: components["schemas"]["AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationControlParametersProperties"];
                DebtorReference?: components["schemas"]["AEBankServiceInitiation.AEDebtorReference"];
                CreditorReference?: components["schemas"]["AEBankServiceInitiation.AECreditorReference"];
                PaymentPurposeCode: components["schemas"]["AEBankServiceInitiation.AEPaymentPurposeCode"];
                SponsoredTPPInformation?: components["schemas"]["AEPushedAuthorizationRequests.AESponsoredTPPInformation"];
                PaymentConsumption?: components["schemas"]["AEConsentStatus.AEPaymentConsumption"];
                OpenFinanceBilling?: components["schemas"]["AEConsentStatus.AEBankServiceInitiationOpenFinanceBilling"];
            };
            Subscription?: components["schemas"]["AEStandardModels.AEEventNotification"];
            Links: components["schemas"]["AEConsentStatus.AELinksRelatedPayment"];
            Meta?: components["schemas"]["AEConsentStatus.AEMetaMultiAuthorization"];
        };
        /** @description Billing parameters specified by the LFI. */
        "AEConsentStatus.AEBankServiceInitiationOpenFinanceBilling": {
            /** @description Customer has more than 100 million AED turnover. */
            IsLargeCorporate?: boolean;
        };
        /**
         * @description Specifies the status of a consent.
         *
         *      | Consent Status| State Type| Description|
         *      |---------------|-----------|------|
         *      | AwaitingAuthorization | Pending | The consent is awaiting authorization.|
         *      | Authorized | In Use | The consent has been successfully authorized.|
         *      | Rejected | Terminal | The unauthorized consent has been rejected at the LFI.|
         *      | Revoked | Terminal | The consent has been revoked at the TPP or LFI.|
         *      | Expired | Terminal | The consent is now expired.|
         *      | Consumed | Terminal | The consented action(s) have either been completed successfully.|
         *      | Suspended | In Use | The consent has been suspended, pending further enquiries.|
         * @enum {string}
         */
        "AEConsentStatus.AEConsentStatusCodes": "AwaitingAuthorization" | "Authorized" | "Rejected" | "Revoked" | "Expired" | "Consumed" | "Suspended";
        /**
         * Format: date-time
         * @description Date and time at which the Consent was created. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *
         *     All date-time fields in responses must include the timezone, for example: 2023-04-05T10:43:07+00:00
         */
        "AEConsentStatus.AECreationDateTime": string;
        /** @description Further detailed information on the exchange rate that has been used in the payment transaction - returned by the LFI. */
        "AEConsentStatus.AEExchangeRateInformation": {
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
            UnitCurrency: string;
            /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
            ExchangeRate?: number;
            RateType: components["schemas"]["AEBankServiceInitiation.AERateType"];
            /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
            ContractIdentification?: string;
            /**
             * Format: date-time
             * @description Specified date and time the exchange rate agreement will expire. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *
             *     All date-time fields in responses must include the timezone, for example: 2017-04-05T10:43:07+00:00
             */
            ExpirationDateTime?: string;
        };
        /** @description Links relevant to the consent. */
        "AEConsentStatus.AELinksRelatedPayment": {
            /** Format: url */
            Self: string;
            /**
             * @description A link to the related payments resource:
             *
             *     - For a Single Payment, this Array must have 1 entry, associated with the Single Payment resource created against this consent.
             *     - For Multi-Payment, this Array will have 1 or more entries of all the Payment resources created against this Consent.
             */
            Related: string[];
        };
        /**
         * @description Meta Data with Multi-Authorization relevant to the payload.
         *     For a payment, it represents any Authorizers within the LFI domain that are involved in approving the payment request.
         */
        "AEConsentStatus.AEMetaMultiAuthorization": {
            /** @description Multiple Authorizers Schema */
            MultipleAuthorizers?: {
                /** @description The total number of Authorizers required to process the request. */
                TotalRequired?: number;
                Authorizations?: {
                    /** @description Authorizer identifier, as assigned by the LFI. */
                    AuthorizerId?: string;
                    /** @description The Type of Authorizer. For example, Financial, Management, etc. */
                    AuthorizerType?: string;
                    /**
                     * Format: date-time
                     * @description The date and of when the Authorization occurred. All dates in the JSON payloads are represented in ISO 8601 date-time format.
                     *
                     *       All date-time fields in responses must include the timezone for example: 2023-04-05T10:43:07+00:00
                     */
                    AuthorizationDate?: string;
                    /**
                     * @description The Status reflecting the Authorizer's final decision regarding the request.
                     * @enum {string}
                     */
                    AuthorizationStatus?: "Pending" | "Approved" | "Rejected";
                }[];
            };
        };
        /** @description Data to track the consumption of Payments in relation to an authorized Consent Schedule */
        "AEConsentStatus.AEPaymentConsumption": {
            /** @description The cumulative number of payment instructions initiated under the consent schedule, excluding instructions in a Rejected state. */
            CumulativeNumberOfPayments: number;
            /** @description The cumulative value of payment instructions initiated under the consent schedule, excluding instructions in a Rejected state. A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
            CumulativeValueOfPayments: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
            /** @description The cumulative number of payment instructions in the current period initiated under the consent schedule, excluding instructions in a Rejected state. */
            CumulativeNumberOfPaymentsInCurrentPeriod?: number;
            /** @description The cumulative value of payment instructions in the current period initiated under the consent schedule, excluding instructions in a Rejected state. A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
            CumulativeValueOfPaymentsInCurrentPeriod?: components["schemas"]["AEStandardModels.AEAmountAndCurrency"];
        };
        /**
         * @description Denotes the Identifier of the revocation.
         *
         *     | Identifier| Description|
         *     |-----------|------------|
         *     | LFI | Revoked by LFI without User initiation|
         *     | TPP | Revoked by TPP without User initiation|
         *     | LFI.InitiatedByUser | Initiated by User via the LFI|
         *     | TPP.InitiatedByUser | Initiated by User via the TPP|
         * @enum {string}
         */
        "AEConsentStatus.AERevokedByCodes": "LFI" | "TPP" | "LFI.InitiatedByUser" | "TPP.InitiatedByUser";
        /**
         * Format: date-time
         * @description Date and time at which the resource status was updated. All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *
         *     All date-time fields in responses must include the timezone, for example: 2023-04-05T10:43:07+00:00
         */
        "AEConsentStatus.AEStatusUpdateDateTime": string;
        /**
         * Format: date-time
         * @description Specified date and time the consent will expire.
         *
         *     All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *
         *     All date-time fields in responses must include the timezone, for example: 2023-04-05T10:43:07+00:00
         */
        "AEPushedAuthorizationRequests.AEConsentExpirationDateTime": string;
        /** @description The details of the non-local currency or FX request that has been agreed between the User and the TPP. The requested ChargeBearer and ExchangeRateInformation included in this object may be superseded by updated information supplied by the LFI. */
        "AEBankServiceInitiation.AECurrencyRequest": {
            /** @description Indicator of the urgency or order of importance that the instructing party would like the instructed party to apply to the processing of the instruction. */
            InstructionPriority?: components["schemas"]["AEBankServiceInitiation.AEInstructionPriority"];
            /** @description Specifies the purpose of an international payment. */
            ExtendedPurpose: string;
            ChargeBearer?: components["schemas"]["AEBankServiceInitiation.AEChargeBearerType1Code"];
            /** @description Specifies the currency of the to be transferred amount, which is different from the currency of the debtor's account. */
            CurrencyOfTransfer: string;
            /** @description Country in which Credit Account is domiciled. Code to identify a country, a dependency, or another area of particular geopolitical interest, on the basis of country names obtained from the United Nations (ISO 3166, Alpha-2 code). */
            DestinationCountryCode?: string;
            ExchangeRateInformation?: components["schemas"]["AEBankServiceInitiation.AEExchangeRateInformation"];
            /** @description Required where the consent or payment initiation request relates to a previously quoted FX trade. The TPP must provide the `QuoteId` value where the payment type is a single instant payment, or omit and provide in the payment initiation request where a long-lived consent exists. */
            FxQuoteId?: string;
        };
        /** @description A Debtor Reference is a note is for the reference of a given User that may be available as additional information in relation to a given payment instruction. */
        "AEBankServiceInitiation.AEDebtorReference": string;
        /** @description Provides details on the currency exchange rate and contract. */
        "AEBankServiceInitiation.AEExchangeRateInformation": {
            /** @description Currency in which the rate of exchange is expressed in a currency exchange. In the example 1GBP = xxxCUR, the unit currency is GBP. */
            UnitCurrency: string;
            /** @description The factor used for conversion of an amount from one currency to another. This reflects the price at which one currency was bought with another currency. */
            ExchangeRate?: number;
            RateType: components["schemas"]["AEBankServiceInitiation.AERateType"];
            /** @description Unique and unambiguous reference to the foreign exchange contract agreed between the initiating party/creditor and the debtor agent. */
            ContractIdentification?: string;
        };
        /**
         * @description Charge type, in a coded form.
         * @enum {string}
         */
        "AEBankServiceInitiation.AEExternalPaymentChargeTypeCode": "VAT" | "Fees";
        /**
         * @description Indicator of the urgency or order of importance that the instructing party would like the instructed party to apply to the processing of the instruction.
         * @enum {string}
         */
        "AEBankServiceInitiation.AEInstructionPriority": "Normal" | "Urgent";
        /** @description A category code that relates to the type of services or goods that corresponds to the underlying purpose of the payment. The code must conform to the published AANI payment purpose code list. */
        "AEBankServiceInitiation.AEPaymentPurposeCode": string;
        /**
         * @description Specifies the type used to complete the currency exchange.
         * @enum {string}
         */
        "AEBankServiceInitiation.AERateType": "Actual" | "Agreed" | "Indicative";
        /** @description A reason or reference in relation to a payment. */
        "AEBankServiceInitiation.AEReference": string;
        /** @description Bulk/Batch Control Parameters. */
        "AEPushedAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent": {
            /** @description Specifies the payment file type */
            FileType: string;
            /** @description A base64 encoding of a SHA256 hash of the file to be uploaded. */
            FileHash: string;
            FileReference?: components["schemas"]["AEBankServiceInitiation.AEReference"];
            /** @description Number of individual transactions contained in the payment information group. */
            NumberOfTransactions: number;
            /** @description Total of all individual amounts included in the group, irrespective of currencies. */
            ControlSum: string;
            RequestedExecutionDate?: components["schemas"]["AEPushedAuthorizationRequests.AERequestedExecutionDate"];
        };
        /** @description A Creditor Reference is a note for a given Creditor or Creditor LFI that supports reconciliation of a given payment instruction. */
        "AEBankServiceInitiation.AECreditorReference": string;
        /**
         * @description The Sponsored TPP is:
         *
         *     - A TPP that itself has no direct Open Banking API integrations.
         *
         *     - A TPP that is using the integration of another TPP that does have direct Open Finance API integrations.
         */
        "AEPushedAuthorizationRequests.AESponsoredTPPInformation": {
            /** @description The Sponsored TPP Name */
            Name: string;
            /** @description The Sponsored TPP Identification */
            Identification: string;
        };
        /**
         * @description Specifies which party/parties will bear the charges associated with the processing of the payment transaction.
         * @enum {string}
         */
        "AEBankServiceInitiation.AEChargeBearerType1Code": "BorneByCreditor" | "BorneByDebtor" | "Shared";
        /** @description Charges related to the consented payment instruction. */
        "AEBankServiceInitiation.AECharges": {
            ChargeBearer: components["schemas"]["AEBankServiceInitiation.AEChargeBearerType1Code"];
            Type: components["schemas"]["AEBankServiceInitiation.AEExternalPaymentChargeTypeCode"];
            Amount: components["schemas"]["AEStandardModels.AEActiveCurrencyAmount"];
        };
        /**
         * Format: date
         * @description The date when the TPP expects the LFI to execute the payment.
         *     The date must be in the future and cannot be on the same day or a day in the past.
         *     The maximum date in the future that can be specified is 1 year from the day of the consent of the User to the TPP.
         *     All dates in the JSON payloads are represented in ISO 8601 date format.
         */
        "AEPushedAuthorizationRequests.AERequestedExecutionDate": string;
        /** @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'. */
        "AEStandardModels.AEActiveOrHistoricCurrencyCode": string;
        /**
         * @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217.
         * @example 100.00
         */
        "AEStandardModels.AEActiveOrHistoricAmount": string;
        /** @description A Webhook Subscription Schema */
        "AEStandardModels.AEEventNotification": {
            /** @description A Webhook Schema */
            Webhook: {
                Url?: string;
                IsActive?: boolean;
            };
        };
        /** @description An Amount qualified by an active Currency. */
        "AEStandardModels.AEActiveCurrencyAmount": {
            Amount: components["schemas"]["AEStandardModels.AEActiveOrHistoricAmount"];
            Currency: components["schemas"]["AEStandardModels.AEActiveOrHistoricCurrencyCode"];
        };
        /** @description An Amount qualified by Currency */
        "AEStandardModels.AEAmountAndCurrency": {
            Currency: components["schemas"]["AEStandardModels.AEActiveOrHistoricCurrencyCode"];
            Amount: components["schemas"]["AEStandardModels.AEActiveOrHistoricAmount"];
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
    };
    responses: {
        /** @description Bad request */
        "400Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEError400ResponseSigned"];
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
                "application/jwt": components["schemas"]["AEError403ResponseSigned"];
            };
        };
        /** @description Not found */
        "404Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
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
        /** @description Conflict */
        "409Error": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEError409ResponseSigned"];
            };
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
                "application/jwt": components["schemas"]["AEError500ResponseSigned"];
            };
        };
        /** @description Payment Consent Retrieve */
        "200PaymentConsentRetrieve": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEPaymentConsentResponseSigned"];
            };
        };
        /** @description Payment Consent Retrieve */
        "200PaymentConsentRefundRetrieve": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEPaymentConsentRefundResponseSigned"];
            };
        };
        /** @description Retrieve Payment Consents by BaseConsentId */
        "200BaseConsentIdConsentsRetrieve": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEPaymentConsentsByBaseConsentIdResponseSigned"];
            };
        };
        /** @description Payment Id */
        "201PaymentId": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                "x-idempotency-key": components["headers"]["x-idempotency-key-consent"];
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEPaymentIdResponseSigned"];
            };
        };
        /** @description File Payment Id */
        "201FilePaymentId": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                "x-idempotency-key": components["headers"]["x-idempotency-key-consent"];
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEFilePaymentIdResponseSigned"];
            };
        };
        /** @description Payment Id */
        "200PaymentId": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEPaymentIdResponseSigned"];
            };
        };
        /** @description File Payment Id */
        "200FilePaymentId": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEFilePaymentIdResponseSigned"];
            };
        };
        /** @description No Content */
        "204NoContent": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Provides a link to the resource created with the matching `x-idempotency-key` value */
        "200IdempotencyKeyQuery": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content: {
                "application/jwt": components["schemas"]["AEIdempotencyKeyQuery"];
            };
        };
        /** @description 200 OK No Content */
        "200NoContent": {
            headers: {
                "x-fapi-interaction-id": components["headers"]["x-fapi-interaction-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description File Payments Read */
        "200FilePaymentsFilePaymentIdReportFile": {
            headers: {
                /** @description An RFC4122 UID used as a correlation id. */
                "x-fapi-interaction-id": string;
                [name: string]: unknown;
            };
            content: {
                "*/*": string;
            };
        };
    };
    parameters: {
        /**
         * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
         * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
         */
        authorization: string;
        /**
         * @description Indicates the user-agent that the User is using.
         * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
         */
        "x-customer-user-agent": string;
        /**
         * @description The User's IP address if the User is currently logged in with the TPP.
         * @example 51.235.115.203
         */
        "x-fapi-customer-ip-address": string;
        /**
         * @description The time when the User last logged in with the TPP.
         *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
         *     Sun, 10 Sep 2023 19:43:31 UTC
         * @example Thu, 26 Jan 2023 16:31:32 UTC
         */
        "x-fapi-auth-date": string;
        /**
         * @description An RFC4122 UID used as a correlation id.
         * @example 49df2c2c-6b80-40ee-96a1-71910a248048
         */
        "x-fapi-interaction-id-request": string;
        /**
         * @description Ensures the LFI processes the resource successfully only once per x-idempotency-key
         *
         *     The TPP must not change the request body while using the same x-idempotency-key, changes to the request body
         *     will not result any action on the end resource.
         *
         *     The OFP will treat a request as idempotent if it had received the first request with the same x-idempotency-key
         *     from the same TPP in the preceding 24 hours.
         * @example 78dae4513b8847f98e2d4173b4ed0eb6
         */
        "x-idempotency-key": string;
        /**
         * @description Unique identification as assigned by the LFI to uniquely identify the payment resource.
         * @example 83b47199-90c2-4c05-9ef1-aeae68b0fc7c
         */
        PaymentId: string;
        /**
         * @description Unique identification as assigned by the LFI to uniquely identify the Consent resource
         * @example aac-69255d98-ab0e-4758-92a7-cacbf3073efa
         */
        ConsentId: string;
        /**
         * @description A Base Consent ID value that defines a group of linked consents. This parameter **must not** be supplied if `combinedConsentGroupId` parameter is supplied.
         * @example abc-19877d98-ab0e-4758-92a7-vvffr1234abv
         */
        baseConsentId: string;
        /** @description The Consent ID relating to the Payment Initiation Request, required where a given payment instruction is part of a Combined Consent Group to ensure the payment is correctly executed against the correct consent. TPPs must replay the value they assigned to the consent in the Rich Authorization Request. */
        "x-consent-id": string;
    };
    requestBodies: never;
    headers: {
        /** @description URI location to the created resource */
        Location: string;
        /**
         * @description An RFC4122 UID used as a correlation id.
         * @example 49df2c2c-6b80-40ee-96a1-71910a248048
         */
        "x-fapi-interaction-id": string;
        /**
         * @description Ensures the LFI processes the resource successfully only once per x-idempotency-key
         * @example 78dae4513b8847f98e2d4173b4ed0eb6
         */
        "x-idempotency-key-consent": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    RetrievePaymentConsentsByBaseConsentId: {
        parameters: {
            query?: {
                /**
                 * @description A Base Consent ID value that defines a group of linked consents. This parameter **must not** be supplied if `combinedConsentGroupId` parameter is supplied.
                 * @example abc-19877d98-ab0e-4758-92a7-vvffr1234abv
                 */
                baseConsentId?: components["parameters"]["baseConsentId"];
            };
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200BaseConsentIdConsentsRetrieve"];
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
    RetrievePaymentConsent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /**
                 * @description Unique identification as assigned by the LFI to uniquely identify the Consent resource
                 * @example aac-69255d98-ab0e-4758-92a7-cacbf3073efa
                 */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200PaymentConsentRetrieve"];
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
    PatchPaymentConsent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /**
                 * @description Unique identification as assigned by the LFI to uniquely identify the Consent resource
                 * @example aac-69255d98-ab0e-4758-92a7-cacbf3073efa
                 */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        /** @description Request Body */
        requestBody?: {
            content: {
                "application/jwt": components["schemas"]["AEPatchPaymentConsentSigned"];
            };
        };
        responses: {
            204: components["responses"]["204NoContent"];
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
    RetrievePaymentConsentRefund: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /**
                 * @description Unique identification as assigned by the LFI to uniquely identify the Consent resource
                 * @example aac-69255d98-ab0e-4758-92a7-cacbf3073efa
                 */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200PaymentConsentRefundRetrieve"];
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
    UploadFilePaymentConsent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description Ensures the LFI processes the resource successfully only once per x-idempotency-key
                 *
                 *     The TPP must not change the request body while using the same x-idempotency-key, changes to the request body
                 *     will not result any action on the end resource.
                 *
                 *     The OFP will treat a request as idempotent if it had received the first request with the same x-idempotency-key
                 *     from the same TPP in the preceding 24 hours.
                 * @example 78dae4513b8847f98e2d4173b4ed0eb6
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
            };
            path: {
                /**
                 * @description Unique identification as assigned by the LFI to uniquely identify the Consent resource
                 * @example aac-69255d98-ab0e-4758-92a7-cacbf3073efa
                 */
                ConsentId: components["parameters"]["ConsentId"];
            };
            cookie?: never;
        };
        /** @description Request Body */
        requestBody?: {
            content: {
                "*/*": string;
            };
        };
        responses: {
            200: components["responses"]["200NoContent"];
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
    QueryPaymentResource: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description Ensures the LFI processes the resource successfully only once per x-idempotency-key
                 *
                 *     The TPP must not change the request body while using the same x-idempotency-key, changes to the request body
                 *     will not result any action on the end resource.
                 *
                 *     The OFP will treat a request as idempotent if it had received the first request with the same x-idempotency-key
                 *     from the same TPP in the preceding 24 hours.
                 * @example 78dae4513b8847f98e2d4173b4ed0eb6
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200IdempotencyKeyQuery"];
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
    CreatePayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description Ensures the LFI processes the resource successfully only once per x-idempotency-key
                 *
                 *     The TPP must not change the request body while using the same x-idempotency-key, changes to the request body
                 *     will not result any action on the end resource.
                 *
                 *     The OFP will treat a request as idempotent if it had received the first request with the same x-idempotency-key
                 *     from the same TPP in the preceding 24 hours.
                 * @example 78dae4513b8847f98e2d4173b4ed0eb6
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
                /** @description The Consent ID relating to the Payment Initiation Request, required where a given payment instruction is part of a Combined Consent Group to ensure the payment is correctly executed against the correct consent. TPPs must replay the value they assigned to the consent in the Rich Authorization Request. */
                "x-consent-id"?: components["parameters"]["x-consent-id"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Request Body */
        requestBody?: {
            content: {
                "application/jwt": components["schemas"]["AEPaymentRequestSigned"];
            };
        };
        responses: {
            201: components["responses"]["201PaymentId"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            409: components["responses"]["409Error"];
            415: components["responses"]["415Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    RetrievePayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /**
                 * @description Unique identification as assigned by the LFI to uniquely identify the payment resource.
                 * @example 83b47199-90c2-4c05-9ef1-aeae68b0fc7c
                 */
                PaymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200PaymentId"];
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
    QueryFilePaymentResource: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description Ensures the LFI processes the resource successfully only once per x-idempotency-key
                 *
                 *     The TPP must not change the request body while using the same x-idempotency-key, changes to the request body
                 *     will not result any action on the end resource.
                 *
                 *     The OFP will treat a request as idempotent if it had received the first request with the same x-idempotency-key
                 *     from the same TPP in the preceding 24 hours.
                 * @example 78dae4513b8847f98e2d4173b4ed0eb6
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200IdempotencyKeyQuery"];
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
    CreateFilePayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
                /**
                 * @description Ensures the LFI processes the resource successfully only once per x-idempotency-key
                 *
                 *     The TPP must not change the request body while using the same x-idempotency-key, changes to the request body
                 *     will not result any action on the end resource.
                 *
                 *     The OFP will treat a request as idempotent if it had received the first request with the same x-idempotency-key
                 *     from the same TPP in the preceding 24 hours.
                 * @example 78dae4513b8847f98e2d4173b4ed0eb6
                 */
                "x-idempotency-key": components["parameters"]["x-idempotency-key"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Request Body */
        requestBody?: {
            content: {
                "application/jwt": components["schemas"]["AEFilePaymentRequestSigned"];
            };
        };
        responses: {
            201: components["responses"]["201FilePaymentId"];
            400: components["responses"]["400Error"];
            401: components["responses"]["401Error"];
            403: components["responses"]["403Error"];
            405: components["responses"]["405Error"];
            406: components["responses"]["406Error"];
            409: components["responses"]["409Error"];
            415: components["responses"]["415Error"];
            429: components["responses"]["429Error"];
            500: components["responses"]["500Error"];
        };
    };
    RetrieveFilePayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /**
                 * @description Unique identification as assigned by the LFI to uniquely identify the payment resource.
                 * @example 83b47199-90c2-4c05-9ef1-aeae68b0fc7c
                 */
                PaymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200FilePaymentId"];
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
    RetrieveFilePaymentReport: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description An authorization Token as per https://tools.ietf.org/html/rfc6750
                 * @example Bearer 12773da5-81c5-45e7-893c-381ca3cecc30
                 */
                authorization: components["parameters"]["authorization"];
                /**
                 * @description The time when the User last logged in with the TPP.
                 *     All dates in the HTTP headers are represented as RFC 7231 Full Dates. An example is below:
                 *     Sun, 10 Sep 2023 19:43:31 UTC
                 * @example Thu, 26 Jan 2023 16:31:32 UTC
                 */
                "x-fapi-auth-date"?: components["parameters"]["x-fapi-auth-date"];
                /**
                 * @description The User's IP address if the User is currently logged in with the TPP.
                 * @example 51.235.115.203
                 */
                "x-fapi-customer-ip-address"?: components["parameters"]["x-fapi-customer-ip-address"];
                /**
                 * @description An RFC4122 UID used as a correlation id.
                 * @example 49df2c2c-6b80-40ee-96a1-71910a248048
                 */
                "x-fapi-interaction-id"?: components["parameters"]["x-fapi-interaction-id-request"];
                /**
                 * @description Indicates the user-agent that the User is using.
                 * @example Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1
                 */
                "x-customer-user-agent"?: components["parameters"]["x-customer-user-agent"];
            };
            path: {
                /**
                 * @description Unique identification as assigned by the LFI to uniquely identify the payment resource.
                 * @example 83b47199-90c2-4c05-9ef1-aeae68b0fc7c
                 */
                PaymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["200FilePaymentsFilePaymentIdReportFile"];
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
