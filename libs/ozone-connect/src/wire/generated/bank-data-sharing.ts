/**
 * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,
 * openapi-typescript 7.13.0).
 * Source: ozone-connect/v2.1.x/uae-ozone-connect-bank-data-sharing-openapi.yaml
 * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).
 */

export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve accounts
         * @description Return the list of accounts that match the value of the `accountIds` parameter.
         */
        get: operations["findAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an account
         * @description Return the account details for the account indicated by the value of the `accountId` parameter.
         */
        get: operations["findByAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the balances for the account specified by the account id.
         * @description The financial institution may return more than one balance record for each account. Each array element represents a balance of a different type, mapped to a specific ISO 20022 code.
         */
        get: operations["findBalancesByAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch transactions for the account specified by the accountId
         * @description Return all transactions for the account, filtered on date range parameters as required.
         */
        get: operations["findTransactionsByAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/direct-debits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the direct debits specified by the account id
         * @description Return the direct debits for the account specified by the accountId
         */
        get: operations["findDirectDebitByAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the scheduled payments specified by the account id
         * @description Return the scheduled payments for the account specified by the accountId
         */
        get: operations["findScheduledPaymentByAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the standing orders specified by the account id
         * @description Return the standing orders for the account specified by the accountId
         */
        get: operations["findStandingOrderByAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch customer
         * @description Return the customer details for the User identified by the `o3-psu-identifier` header.
         */
        get: operations["findCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/action/cop-query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetches customer data based on a confirmation of payee query
         * @description The API is used by Ozone to find customer records from the LFI based on a confirmation of payee query.
         *
         *     Ozone will send a query to the LFI that identifies a customer account. The financial institution must return the customer records associated with specified account.
         *
         *     Ozone takes on the responsibility of implementing the COP name matching rules. The financial institution must return the customer records that match the COP query.
         *
         *     The financial institution may return multiple customer records for a single account. (e.g. for joint accounts)
         *
         *     In situations where the customer is not found, the financial institution must return a success status code `200` with an empty `data` object. e.g.
         *       - account is not found
         *       - account is under a bar
         *       - customer has opted out of COP
         *
         *     Note that this operation is not carried out under a consent and the call will not have a `o3-consent-id` header
         */
        post: operations["findCustomerForCop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the customers specified by the account id
         * @description Return the customer details for the account specified by the accountId
         */
        get: operations["findCustomerByAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the beneficiaries specified by the account id
         * @description Return the beneficiaries for the account specified by the accountId
         */
        get: operations["findBeneficiariesByAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch products.
         * @description The API must return the products linked to the account identified by the `accountId` path parameter.
         *
         *     If no products are found for the account, the call must return a success status code `200` with an empty `data`
         *     array.
         */
        get: operations["findProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get statements for a given account */
        get: operations["getStatementsByAccountId"];
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
        /**
         * @description A descriptor for an account.
         *     This is a composite object that may be expanded in the future to support
         *     additional account types for new API standards and account types.
         * @example {
         *       "data": [
         *         {
         *           "id": "string",
         *           "accountType": "Retail",
         *           "accountSubType": "CurrentAccount",
         *           "currency": "GBP",
         *           "status": "Active",
         *           "accountHolderName": "string",
         *           "servicer": {
         *             "schemeName": "BICFI",
         *             "identification": "string"
         *           },
         *           "accountNumbers": [
         *             {
         *               "name": "string",
         *               "schemeName": "IBAN",
         *               "identification": "string"
         *             }
         *           ],
         *           "product": {
         *             "id": "string",
         *             "productName": "string",
         *             "bundleName": "string"
         *           }
         *         }
         *       ],
         *       "meta": {}
         *     }
         */
        AccountsResponse: {
            /** @description Primary data for the resource */
            data?: components["schemas"]["CbuaeAccount"][];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * @description A descriptor for an account.
         *     This is a composite object that may be expanded in the future to support
         *     additional account types for new API standards and account types.
         */
        AccountResponse: {
            data?: components["schemas"]["CbuaeAccount"];
            meta?: components["schemas"]["Meta"];
        };
        /** @description The properties of an account */
        CbuaeAccount: {
            /** @description Unique identifier for the account resource */
            id: string;
            product?: components["schemas"]["ProductIdentifier"];
            /** @description Indicator that labels the account as requiring multiple authorizers */
            multiAuth?: boolean;
            /** @description Provides the customer identifiers for an account when the account is a business account */
            businessCustomer?: components["schemas"]["CustomerIdentifier"][];
            /** @description Provides the customer identifiers for an account when the account is a non-business account */
            customers?: components["schemas"]["CustomerIdentifier"][];
            accountHolderName?: components["schemas"]["AccountHolderName"];
            accountHolderShortName?: components["schemas"]["AccountHolderShortName"];
            /**
             * @description Specifies the status of account resource in code form.
             *
             *     * Active: The account exist and is in an active state.
             *
             *     * Inactive: The account is deemed not active by the LFI. Please refer to the
             *       [CBUAE Website](https://rulebook.centralbank.ae/en/rulebook/dormant-accounts-regulation)
             *       for qualification of Inactive status.
             *
             *     * Dormant: Please refer to the [CBUAE Website](https://rulebook.centralbank.ae/en/rulebook/dormant-accounts-regulation)
             *       for the definition of Dormant status.
             *
             *     * Unclaimed: Please refer to the [CBUAE Website](https://rulebook.centralbank.ae/en/rulebook/dormant-accounts-regulation)
             *       for the definition of Unclaimed status.
             *
             *     * Deceased: The account holder has passed away.
             *
             *     * Suspended: The account has been temporarily deactivated by the LFI for reasons such as
             *       suspicious activities or non-compliance with regulations. The account holder might
             *       be unable to access funds or perform transactions until the bank's requirements
             *       are met, and the suspension is lifted.
             *
             *     * Closed: The account is closed
             * @enum {string}
             */
            status?: "Active" | "Inactive" | "Dormant" | "Unclaimed" | "Deceased" | "Suspended" | "Closed";
            /**
             * Format: date-time
             * @description Date and time at which the resource status was updated.
             */
            statusUpdateDateTime?: string;
            currency?: components["schemas"]["TCurrency"];
            /**
             * @description Specifies the type of account (Retail, SME or Corporate).
             * @enum {string}
             */
            accountType?: "Retail" | "SME" | "Corporate";
            accountSubType?: components["schemas"]["AEExternalAccountSubTypeCode"];
            /** @description Specifies the description of the account sub-type. */
            description?: string;
            /** @description The nickname of the account, assigned by User 1 to provide an additional and easier means of identification of the account at the financial instituation */
            nickName?: string;
            /**
             * Format: date-time
             * @description Date on which the account and its related basic services by financial institution started to be operational for User 1
             */
            openingDate?: string;
            /**
             * Format: date-time
             * @description * Fixed Term Savings Account
             *       MaturityDate is the date on which the savings mature and the balance can be withdrawn by the User without penalty
             */
            maturityDate?: string;
            /** @description Provides the account numbers that identity the account. This is separate to the `accountId`, which uniquely identifies the account resource. */
            accountNumbers?: components["schemas"]["AccountIdentifiers"][];
            servicer?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification5_0"];
            isShariaCompliant?: components["schemas"]["AEShariaFlag"];
        };
        /** @description Provides the details to identify an account. */
        AccountIdentifiers: {
            schemeName: components["schemas"]["AEExternalAccountIdentificationCode"];
            identification: components["schemas"]["Identification_0"];
            name?: components["schemas"]["Name_0"];
        };
        /**
         * @description Name of the identification scheme for the account. Encoded with allowable values published in an external list.
         * @enum {string}
         */
        AEExternalAccountIdentificationCode: "IBAN" | "AccountNumber" | "MaskedPAN" | "MortgageReference" | "FinanceReference";
        /**
         * @description Name of the identification scheme for the account. Encoded with allowable values published in an external list.
         * @enum {string}
         */
        AEExternalAccountIdentificationCode1: "IBAN" | "AccountNumber" | "MaskedPAN" | "MobileNumber" | "UtilityName" | "EWallet";
        /** @description Identification for the account assigned by the financial institution based on the Account Scheme Name. This identification is known by the User 1 account owner. For IBAN, refer to the ISO Standard 13616. */
        Identification_0: string;
        /** @description The account name is the name or names of the User 1 account owner(s) represented at an account level, as displayed by the financial institution's online channels. Note: The account name is not the product name or the nickname of the account. */
        Name_0: string;
        /** @description Party that manages the account on behalf of the account owner, that is manages the registration and booking of entries on the account, calculates balances on the account and provides information about the account. */
        AEBranchAndFinancialInstitutionIdentification5_0: {
            schemeName: components["schemas"]["AEExternalFinancialInstitutionIdentificationCode"];
            identification: components["schemas"]["Identification_1"];
        };
        /**
         * @description * /accounts resource
         *     Unique and unambiguous identification of the financial institution as the account servicing institution for the Open Finance services.
         *
         *     * /beneficiaries resource
         *     Unique and unambiguous identification of the Creditor Agency as the servicing institution of the Beneficiary.
         *
         *     * /scheduled-payments resource
         *     Unique and unambiguous identification of the financial institution as the account servicing institution for the Open Finance services.
         *
         *     * /standing-orders resource
         *     Unique and unambiguous identification of the financial institution as the account servicing institution for the Open Finance services.
         *
         *     * /transactions resource
         *      Unique and unambiguous identification of the financial institution as the account servicing institution for the Open Finance services.
         *
         *     *  Notes:
         *     Based on the value of the field **IdentificationType**, this entry may be :
         *     * BICFI: The BIC/SWIFT Code
         *     * Other: Identification code that is not a BIC/SWIFT code and allows a financial institution to be identified.
         */
        Identification_1: string;
        /**
         * @description * /accounts resource
         *     The name of the identification scheme for the financial institution as the account services provider. Encoded with allowable value as published in an external list.
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
         */
        AEExternalFinancialInstitutionIdentificationCode: ("BICFI" | "Other") | ("BICFI" | "OTHER");
        /** @description The properties of customers associated with a given account */
        CustomersResponse: {
            /** @description Primary data for the resource */
            data?: components["schemas"]["CbuaeCustomerById"][];
            meta?: components["schemas"]["Meta"];
        };
        /** @description The properties of a Confirmation of Payee query response */
        ConfirmationResponse: {
            /** @description Primary data for the resource */
            data?: components["schemas"]["CbuaeCopCustomer"][];
            meta?: components["schemas"]["Meta"];
        };
        /** @description The properties of a customer associated with a given account */
        CustomerResponse: {
            data?: components["schemas"]["CbuaeCustomer"];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * @description Party Identity Assurance (Response) Schema
         *     Based on the [OpenID Connect for Identity Assurance 1.0 Specification](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html)
         */
        CbuaeCustomerById: {
            /** @description A unique and immutable identifier used to identify the customer resource. This identifier has no meaning to the account owner. */
            id: string;
            /** @description Number assigned by an agent to identify its customer. */
            number?: string;
            /**
             * @description Specifies the party type. Encoded with allowable values: "Delegate" - Used for business accounts when user has delegated authority to access the account , "Joint" - Customer is a joint owner of the account "Sole" - Customer is the sole owner of the account
             * @enum {string}
             */
            customerType: "Delegate" | "Joint" | "Sole";
            /**
             * @description Category of Party
             * @enum {string}
             */
            customerCategory: "Retail" | "SME" | "Corporate";
            /**
             * @description Specifies the Party's role with respect to the related account. Allowed values
             *     are defined based on ISO 20022 definitions as follows:
             *
             *       - Administrator: The party that administers the account and is not the
             *         account owner.
             *       - Beneficiary: Ultimate party that is entitled to receive the benefits
             *         of the ownership of the account.
             *       - CustodianForMinor: Entity that holds the account on behalf of a legal
             *         minor. Although the account is registered under the name of the minor,
             *         the custodian retains control of the account.
             *       - Granter: Granter role in the hedge funds industry.
             *       - LegalGuardian: Party that has been appointed by a legal authority to act on
             *         behalf of a person judged to be incapacitated.
             *       - OtherParty: An other type of party. Used when a given account role cannot
             *         be mapped to the role defined at the LFI.
             *       - PowerOfAttorney: Power of attorney which is held by the party.
             *       - Principal: Party acts as principal for the account for trading purposes.
             *       - Protector: Person appointed under a trust instrument to direct or
             *         restrain the trustees in relation to their administration of an account
             *         held in trust.
             *       - RegisteredShareholderName: Party for which shares are to be registered,
             *         for share holding accounts only.
             *       - SecondaryOwner: Entity that is not the primary owner when the ownership of
             *         an account is split among several owners.
             *       - SeniorManagingOfficial: Party that makes, or participates in the making of,
             *         decisions that affect the whole, or a substantial part, of the business of
             *         a customer of a reporting entity or that has the capacity to affect
             *         significantly the financial standing of a customer of a reporting entity.
             *       - Settlor: Entity that creates a trust or contributes assets to the trust.
             *       - SuccessorOnDeath: Deceased's estate, or successor, to whom account
             *         ownership will be transferred upon the death of one of the
             *         owners.
             * @enum {string}
             */
            accountRole: "Administrator" | "Beneficiary" | "CustodianForMinor" | "Granter" | "LegalGuardian" | "OtherParty" | "PowerOfAttorney" | "Principal" | "Protector" | "RegisteredShareholderName" | "SecondaryOwner" | "SeniorManagingOfficial" | "Settlor" | "SuccessorOnDeath";
            /** @description Container object containing entries for the trust framework and the evidence used to verify the claims */
            verifiedClaims: components["schemas"]["CbuaeVerifiedClaim"][];
        };
        /**
         * @description Party Identity Assurance (Response) Schema
         *     Based on the [OpenID Connect for Identity Assurance 1.0 Specification](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html)
         */
        CbuaeCustomer: {
            /** @description A unique and immutable identifier used to identify the customer resource. This identifier has no meaning to the account owner. */
            id: string;
            /** @description Number assigned by an agent to identify its customer. */
            number?: string;
            /**
             * @description Category of Party
             * @enum {string}
             */
            customerCategory: "Retail" | "SME" | "Corporate";
            /** @description Container object containing entries for the trust framework and the evidence used to verify the claims */
            verifiedClaims: components["schemas"]["CbuaeVerifiedClaim"][];
        };
        /**
         * @description Party Identity Assurance (Response) Schema
         *     Based on the [OpenID Connect for Identity Assurance 1.0 Specification](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html)
         */
        CbuaeCopCustomer: {
            /** @description A unique and immutable identifier used to identify the customer resource. This identifier has no meaning to the account owner. */
            id: string;
            /** @description Number assigned by an agent to identify its customer. */
            number?: string;
            /** @description Container object containing entries for the trust framework and the evidence used to verify the claims */
            verifiedClaims: components["schemas"]["CbuaeVerifiedCopClaim"][];
        };
        /** @description Standard claims for corporate or SME entities. */
        CustomerCorporateClaims: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            identityType: "Business";
            /** @description The name of the business. */
            businessName: string;
            /** @description Trade License Number of the business. */
            tradeLicenceNumber: string;
            /** @description The tax identification number or VAT number for the company. */
            taxIdentificationNumber?: string;
            /**
             * Format: date
             * @description The date the company was legally incorporated.
             */
            dateOfIncorporation?: string;
            /** @description The country where the company is incorporated. */
            countryOfIncorporation?: string;
            corporateAddress?: components["schemas"]["AEPostalAddress"];
            /**
             * Format: email
             * @description The primary email address for corporate communications.
             */
            corporateContactEmail?: string;
            /** @description The primary phone number for corporate communications. */
            corporateContactPhoneNumber?: string;
            /** @description The industry or sector in which the company operates. */
            industry?: string;
            /**
             * Format: uri
             * @description The official website of the company.
             */
            companyWebsite?: string;
        };
        /**
         * @description Standard Claims:
         *     [https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims](https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims)
         *     IdentityAssurance Claims:
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-claims)
         *     An LFI MUST provide both givenName and familyName for a Retail customer, together with all mandatory properties.
         */
        CustomerPersonClaims: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            identityType: "Person";
            /** @description The full name of the account holder, as it appears on the account, as a single string. Used where LFIs hold the account name as a single value. */
            fullName: string;
            /** @description Given name of the Party. Given name (also called forename) is used to differentiate from the surname or family name. */
            givenName: string;
            /** @description Surname of the Party */
            familyName: string;
            /** @description Middle name of the Party */
            middleName?: string;
            /** @description Nickname of the Party */
            nickname?: string;
            /** @description Emirates ID number of the Party */
            emiratesId: string;
            /**
             * Format: date
             * @description Emirates ID card expiry date
             */
            emiratesIdExpiryDate: string;
            /**
             * Format: date
             * @description Date of birth of the Party
             */
            birthDate?: string;
            /** @description The customer source of income */
            sourceOfIncome?: string;
            /** @description The customer salary */
            salary?: string;
            /** @description The customer nationality, standardised where possible using a recognised three-character code set such as ISO 3166 */
            nationality?: string;
            residentialAddress: components["schemas"]["AEPartyIdentityResidentialAddressClaim"];
            /** @description The customer mobile number */
            mobileNumber?: string;
            /** @description The customer email */
            email?: string;
            /** @description The customer marital status */
            maritalStatus?: string;
            /** @description The customer salutation */
            salutation?: string;
            /** @description The primary language of the customer, standardised where possible using a recognised three-character code set such as ISO 639 */
            language?: string;
            /** @description The employer name of the customer */
            employerName?: string;
            /**
             * Format: date
             * @description The date from which the customer was employed by their employer
             */
            employmentSinceDate?: string;
            /** @description Indicator that labels whether the customer is subject to a power of attorney arrangement */
            powerofAttorney?: boolean;
            /** @description Indicator that labels whether the customer receives their salary in the associated account */
            salaryTransfer?: boolean;
            /** @description The customer profession */
            profession?: string;
            /**
             * Format: date-time
             * @description The date at which the customer data was last updated
             */
            updatedAt?: string;
        };
        /**
         * @description Verified Claims :This is Required field for Cbuae
         *     Container object containing entries for the trust framework and the evidence used to verify the customer claims
         */
        CbuaeVerifiedClaim: {
            /** @description Verification */
            verification?: {
                /**
                 * @description Identifies the trust framework used for customer verification. For UAE the value "FI" is used, to indicate the FI has carried out verification of the customer details based on their processes that adhere to legislation for KYC and AML.
                 * @enum {string}
                 */
                trustFramework: "FI";
                /** @description Determines the assurance level associated with the customer in the respective VerifiedClaims. */
                assuranceLevel?: string;
                /** @description Determines the assurance process that was followed. This reflects how the evidence meets the requirements of the TrustFramework and AssuranceLevel. */
                assuranceProcess?: {
                    /** @description Representing the standard or policy that was followed. */
                    policy: string;
                    /** @description Representing a specific procedure from the policy that was followed. */
                    procedure: string;
                    /** @description Denoting the details about how the evidence complies with the policy */
                    assuranceDetails: {
                        /** @description String denoting which part of the assurance_process the evidence fulfils */
                        assuranceType: string;
                        /** @description String reflecting how the evidence has been classified or measured as required by the TrustFramework */
                        assuranceClassification: string;
                        /** @description Evidence being referred to */
                        evidenceRef: {
                            /** @description Identifier referring to the txn used in the CheckDetails. */
                            txn: string;
                            /** @description Object indicating any meta data about the evidence that is required by the AssuranceProcess in order to demonstrate compliance with the TrustFramework. It has the following sub-elements */
                            evidenceMetadata: {
                                /** @description The classification of the evidence metadata used in verifying a given customer */
                                evidenceClassification: string;
                            };
                        }[];
                    }[];
                };
                /**
                 * Format: date-time
                 * @description Representing the date and time when the identity verification process took place. All dates in the JSON payloads are represented in ISO 8601 date-time format. All date-time fields in responses must include the timezone. An example is below: 2017-04-05T10:43:07+00:00
                 */
                time?: string;
                /** @description Unique reference to the identity verification process as performed by the OP. */
                verificationProcess?: string;
                /** @description The type of evidence allowed for providing verification. */
                evidence?: components["schemas"]["AEPartyIdentityEvidenceTypeDocument"] | components["schemas"]["AEPartyIdentityEvidenceTypeElectronicRecord"];
            };
            /**
             * @description Claims related to a person or a business.
             *     * When `customerCategory` is provided in the response and the value is set to `Retail` then `identityType`
             *       must be set to  `Person`.
             *
             *     * When `customerCategory` is provided in the response and the value is set to `SME` or `Corporate` then
             *       `identityType` must be set to `Business`.
             */
            claims: components["schemas"]["CustomerPersonClaims"] | components["schemas"]["CustomerCorporateClaims"];
        };
        /**
         * @description Claims related to a person.
         *
         *     `fullName` **MUST** be provided.
         *
         *     **Implementing  `givenName` and `familyName` is removed as of v1.2.1, based on standards version** **v1.2-final-errata1.**
         */
        ConfirmationOfPayeePersonClaims: {
            /** @description The full name of the account holder, as it appears on the account, as a single string. Used where LFIs hold the account name as a single value. */
            fullName: string;
            /** @description Given name of the Party. Given name (also called forename) is used to differentiate from the surname or family name. Used where LFIs hold `givenName` and `familyName` separately. */
            givenName?: string;
            /** @description Surname of the Party. Used where LFIs hold `givenName` and `familyName` separately. */
            familyName?: string;
            /** @description Middle name of the Party */
            middleName?: string;
            /** @description Nickname of the Party */
            nickname?: string;
            /** @description Emirates ID number of the Party */
            emiratesId?: string;
            /**
             * Format: date
             * @description Emirates ID card expiry date
             */
            emiratesIdExpiryDate?: string;
            /**
             * Format: date
             * @description Date of birth of the Party
             */
            birthDate?: string;
            /** @description The customer source of income */
            sourceOfIncome?: string;
            /** @description The customer salary */
            salary?: string;
            /** @description The customer nationality */
            nationality?: string;
            residentialAddress?: components["schemas"]["AEPartyIdentityResidentialAddressClaim"];
            /** @description The customer mobile number */
            mobileNumber?: string;
            /** @description The customer email */
            email?: string;
            /** @description The customer marital status */
            maritalStatus?: string;
            /** @description The customer salutation */
            salutation?: string;
            /** @description The primary language of the customer */
            language?: string;
            /** @description The employer name of the customer */
            employerName?: string;
            /**
             * Format: date
             * @description The date from which the customer was employed by their employer
             */
            employmentSinceDate?: string;
            /** @description Indicator that labels whether the customer is subject to a power of attorney arrangement */
            powerofAttorney?: boolean;
            /** @description Indicator that labels whether the customer receives their salary in the associated account */
            salaryTransfer?: boolean;
            /** @description The customer profession */
            profession?: string;
            /**
             * Format: date-time
             * @description The date at which the customer data was last updated
             */
            updatedAt?: string;
        };
        /**
         * @description Verified Claims :This is Required field for Cbuae
         *     Container object containing entries for the trust framework and the evidence used to verify the customer claims
         */
        CbuaeVerifiedCopClaim: {
            /** @description Verification */
            verification?: {
                /**
                 * @description Identifies the trust framework used for customer verification. Defaults to the KYC/AML applied as the source of truth for account holder details as applied under UAE law for Financial Institutions.
                 * @enum {string}
                 */
                trustFramework: "UAE.FI";
                /** @description Determines the assurance level associated with the customer in the respective VerifiedClaims. */
                assuranceLevel?: string;
                /** @description Determines the assurance process that was followed. This reflects how the evidence meets the requirements of the TrustFramework and AssuranceLevel. */
                assuranceProcess?: {
                    /** @description Representing the standard or policy that was followed. */
                    policy: string;
                    /** @description Representing a specific procedure from the policy that was followed. */
                    procedure: string;
                    /** @description Denoting the details about how the evidence complies with the policy */
                    assuranceDetails: {
                        /** @description String denoting which part of the assurance_process the evidence fulfils */
                        assuranceType: string;
                        /** @description String reflecting how the evidence has been classified or measured as required by the TrustFramework */
                        assuranceClassification: string;
                        /** @description Evidence being referred to */
                        evidenceRef: {
                            /** @description Identifier referring to the txn used in the CheckDetails. */
                            txn: string;
                            /** @description Object indicating any meta data about the evidence that is required by the AssuranceProcess in order to demonstrate compliance with the TrustFramework. It has the following sub-elements */
                            evidenceMetadata: {
                                /** @description The properties of each piece of evidence used in verifying a given customer */
                                evidenceClassification: string;
                            };
                        }[];
                    }[];
                };
                /**
                 * Format: date-time
                 * @description Representing the date and time when the identity verification process took
                 *     place. All dates in the JSON payloads are represented in ISO 8601 date-time
                 *     format. All date-time fields in responses must include the timezone. An
                 *     example is below: 2017-04-05T10:43:07+00:00
                 */
                time?: string;
                /** @description Unique reference to the identity verification process as performed by the OP. */
                verificationProcess?: string;
                /** @description The type of evidence allowed for providing verification. */
                evidence?: components["schemas"]["AEPartyIdentityEvidenceTypeDocument"] | components["schemas"]["AEPartyIdentityEvidenceTypeElectronicRecord"];
            };
            claims?: components["schemas"]["ConfirmationOfPayeePersonClaims"];
            /** @description Claims related to a business entity */
            organisationClaims?: {
                /** @description Business name of the Party. */
                name: string;
            };
        };
        /**
         * @description Document Evidence
         *     [https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-document](https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html#name-evidence-type-document)
         */
        AEPartyIdentityEvidenceTypeDocument: {
            /**
             * @description The type of evidence allowed for providing verification.
             * @enum {string}
             */
            type?: "document";
            /** @description Details of one-or-more methods used to verify a physical document that asserts the identity of the customer */
            checkDetails?: components["schemas"]["AEPartyIdentityCheckDetail"][];
            verifier?: components["schemas"]["DocumentEvidenceVerifier"];
            time?: components["schemas"]["ISODateTime"];
            documentDetails?: components["schemas"]["DocumentEvidenceDetails"];
            /** @description Attachments that provide evidence of the physical documents used to verify the identity of the customer */
            attachments?: {
                /** @description Attachment */
                AEPartyIdentityEvidenceAttachments: components["schemas"]["AEPartyIdentityEvidenceAttachment"][];
            };
        };
        /** @description Electronic Record Evidence */
        AEPartyIdentityEvidenceTypeElectronicRecord: {
            /**
             * @description The type of evidence allowed for providing verification.
             * @enum {string}
             */
            type?: "electronic_record";
            /** @description Details of one-or-more methods used to verify an electronic record that asserts the identity of the customer */
            checkDetails?: components["schemas"]["AEPartyIdentityCheckDetail"][];
            time?: components["schemas"]["ISODateTime"];
            record?: components["schemas"]["ElectronicRecordProperties"];
            /** @description Attachments that provide evidence of the electronic records used to verify the identity of the customer */
            attachments?: {
                /** @description Attachments */
                AEPartyIdentityEvidenceAttachments: components["schemas"]["AEPartyIdentityEvidenceAttachment"][];
            };
        };
        /**
         * @description Identifes the method used by PASP for checking the evidence for verification.
         *     Representing the checks done in relation to the evidence
         */
        AEPartyIdentityCheckDetail: {
            /**
             * @description Identifes the method used by PASP for checking the evidence for verification
             *     String representing the check done, this includes processes such as checking the authenticity of the document, or verifying the user's biometric against an identity document.
             */
            checkMethod?: string;
            /** @description String denoting the legal entity that performed the check. This SHOULD be included if the OP did not perform the check itself */
            organization?: string;
            /** @description Identifier referring to the identity verification transaction. The OP MUST ensure that this is present when EvidenceRef element is used. The OP MUST ensure that the transaction identifier can be resolved into transaction details during an audit */
            txn?: string;
            time?: components["schemas"]["ISODateTime"];
        };
        /** @description Denoting the legal entity that performed the identity verification. */
        DocumentEvidenceVerifier: {
            /** @description String denoting the organization which performed the verification on behalf of the OP. */
            organization: string;
            /** @description Identifier referring to the identity verification transaction. */
            txn?: string;
        };
        /** @description Representing the document used to perform the identity verification. */
        DocumentEvidenceDetails: {
            /**
             * @description The type of document used for evidence checking
             * @enum {string}
             */
            type?: "passport" | "driving_permit" | "idcard" | "residence_permit" | "emirates_id";
            /** @description The unique id number in the evidence used for verification checking */
            documentNumber?: string;
            /** @description An identifier that is assigned to the End-User and is not limited to being used in one document, for example a national identification number, personal identity number, citizen number, social security number, driver number, account number, customer number, licensee number, etc */
            personalNumber?: string;
            /** @description An identifier/number that identifies the document irrespective of any personalization information (this usually only applies to physical artifacts and is present before personalization). */
            serialNumber?: string;
            /**
             * @description The type of calendar used for the date of issuance and date of expiry in the document evidence
             *     Allowable values:
             *     "Islamic Calendar"
             *     "Gregorian Calendar"
             *     Both calendars must follow YYYY-MM-DD
             * @enum {string}
             */
            calendarType?: "IslamicCalendar" | "GregorianCalendar";
            dateOfIssuance?: components["schemas"]["ISODateTime"];
            dateOfExpiry?: components["schemas"]["ISODateTime"];
            issuer?: components["schemas"]["DocumentEvidenceDetailsIssuer"];
        };
        /** @description Containing information about the issuer of this document. */
        DocumentEvidenceDetailsIssuer: {
            /** @description Designation of the issuer of the document. */
            name: string;
            address: components["schemas"]["AEPostalAddress"];
            /** @description String containing the name of the region(s)/state(s)/province(s)/municipality(ies) that issuer has jurisdiction over (if this information is not common knowledge or derivable from the address) */
            countryCode: {
                /** @description Nation with its own government, occupying a particular territory. */
                CountryCode: string;
            };
            /** @description String containing the name of the region(s)/state(s)/province(s)/municipality(ies) that issuer has jurisdiction over (if this information is not common knowledge or derivable from the address) */
            jurisdiction: string;
        };
        /** @description Identifier referring to the transaction */
        AEPartyIdentityEvidenceAttachment: {
            /** @description Description of the document. This can be the filename or just an explanation of the content. */
            desc: string;
            /** @description Content (MIME) type of the document */
            contentType: string;
            /** @description Base64 encoded representation of the document content */
            content: string;
            /** @description Identifier referring to the transaction */
            txn: string;
        };
        /** @description Representing the record used to perform the identity verification. */
        ElectronicRecordProperties: {
            /**
             * @description String denoting the type of electronic record
             * @enum {string}
             */
            type: "bank_account" | "mortgage_account" | "finance_account";
            /** @description String representing an identifier that is assigned to the customer and is not limited to being used in one record, for example a national identification number, personal identity number, citizen number, social security number, driver number, account number, customer number, licensee number, etc. */
            personalNumber: string;
            /**
             * @description The type of calendar used for the date of issuance and date of expiry in the document evidence
             *     Allowable values:
             *     "Islamic Calendar"
             *     "Gregorian Calendar"
             *     Both calendars must follow YYYY-MM-DD
             * @enum {string}
             */
            calendarType: "IslamicCalendar" | "GregorianCalendar";
            createdAt: components["schemas"]["ISODateTime"];
            dateOfExpiry: components["schemas"]["ISODateTime"];
            source: components["schemas"]["ElectronicRecordSourceProperties"];
        };
        /** @description Information about the source of this record */
        ElectronicRecordSourceProperties: {
            /** @description Designation of the source of the electronic_record */
            name: string;
            address: components["schemas"]["AEPostalAddress"];
            /** @description String containing the name of the region(s) / state(s) / province(s) / municipality(ies) that source has jurisdiction over (if it's not common knowledge or derivable from the address) */
            countryCode: {
                /** @description Nation with its own government, occupying a particular territory. */
                CountryCode?: string;
            };
            /** @description String containing the name of the region(s) / state(s) / province(s) / municipality(ies) that source has jurisdiction over (if it's not common knowledge or derivable from the address) */
            jurisdiction: string;
        };
        /**
         * ISODateTime
         * Format: date-time
         * @description All dates in the JSON payloads are represented in ISO 8601 date-time format.All date-time fields in responses must include the timezone. An example is below:
         *     2017-04-05T10:43:07+00:00
         */
        ISODateTime: string;
        /** @description Provides the details of a given product at the LFI */
        ProductIdentifier: {
            /** @description Identifier within the LFI for the product. Must be unique in the organisation. */
            id?: string;
            /** @description Descriptive name for the product. */
            productName?: string;
            /** @description Optional field to indicate if this account is part of a bundle that is providing additional benefit for to the customer */
            bundleName?: string;
        };
        /** @description Provides the unique identifier and name for a given customer at the LFI */
        CustomerIdentifier: {
            /** @description Identifier within the LFI for the customer. */
            id: string;
            /** @description Name of the customer. */
            customerName: string;
        };
        /** @description List of Balances for an Account. */
        BalancesResponse: {
            /** @description Primary data for the resource */
            data?: components["schemas"]["CbuaeBalance"][];
            meta?: components["schemas"]["Meta"];
        };
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
        CbuaeBalanceType: "ClosingAvailable" | "ClosingBooked" | "ClosingCleared" | "Expected" | "ForwardAvailable" | "Information" | "InterimAvailable" | "InterimBooked" | "InterimCleared" | "OpeningAvailable" | "OpeningBooked" | "OpeningCleared" | "PreviouslyClosedBooked";
        /** @description The properties of a given balance. */
        CbuaeBalance: {
            /** @description A unique and immutable identifier produced by the financial institution to identify the account resource.This identifier has no meaning to the account owner (User 1). */
            accountId: string;
            creditDebitIndicator: components["schemas"]["AECreditDebitIndicator"];
            balanceType: components["schemas"]["CbuaeBalanceType"];
            timestamp: components["schemas"]["AEBalanceCheckDateTime"];
            amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
            /** @description Set of elements used to provide details of credit lines available for the account. */
            creditLines?: components["schemas"]["CbuaeCreditLine"][];
            components?: components["schemas"]["AEAmountWithCategorization"][];
        };
        /** @description Set of elements used to provide details on the credit line. */
        CbuaeCreditLine: {
            /** @description Boolean flag to Indicate whether or not a credit line is included in the balance of the account. */
            included: boolean;
            /**
             * @description Type of credit line provided to the account. The enumerations values are defined as follows.
             *
             *     - Available: The amount of credit limit available to the account holder
             *     - Credit: The amount of a credit limit that has been agreed with the account holder
             *     - Emergency: The amount of an arranged lending limit that can be borrowed on top of pre-agreed lending, that has been agreed with the account holder
             *     - Pre-Agreed: The amount of an arranged lending limit that has been agreed with the account holder
             *     - Temporary: The amount of a temporary lending limit that has been agreed with the account holder
             * @enum {string}
             */
            creditType: "Available" | "Credit" | "Emergency" | "Pre-Agreed" | "Temporary";
            amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
        };
        /** @description List of Transactions for an Account. */
        TransactionsResponse: {
            /** @description Primary data for the resource. */
            data?: components["schemas"]["CbuaeTransaction"][];
            meta?: components["schemas"]["PaginatedMeta"];
        };
        /** @description Provides further details on an entry in the report. */
        CbuaeTransaction: {
            /** @description A unique and immutable identifier produced by the financial institution to identify the account resource */
            accountId: string;
            /** @description Unique identifier for the transaction within an servicing institution. */
            transactionId: string;
            transactionDateTime: components["schemas"]["TransactionDateTime"];
            localTimeZone?: components["schemas"]["LocalTimeZone"];
            /** @description Unique reference for the statement. */
            statementReference?: string[];
            /** @description Unique reference for the transaction. */
            transactionReference?: string;
            /**
             * @description The type of transaction
             * @enum {string}
             */
            transactionType: "POS" | "ECommerce" | "ATM" | "BillPayments" | "LocalBankTransfer" | "SameBankTransfer" | "InternationalTransfer" | "Teller" | "Cheque" | "Other";
            subTransactionType: components["schemas"]["AESubTransactionType"];
            terminalId?: components["schemas"]["TerminalId"];
            /** @description One-or-more flags applied to the transaction. */
            flags?: components["schemas"]["CbuaeFlags"][];
            /**
             * @description The mode of payment
             * @enum {string}
             */
            paymentModes?: "Online" | "Offline" | "Batch";
            creditDebitIndicator: components["schemas"]["AECreditDebitIndicator"];
            /**
             * @description Status of a transaction entry on the books of the account servicer.
             * @enum {string}
             */
            status: "Booked" | "Pending" | "Rejected";
            /**
             * @description Specifies the Mutability of the Transaction record.
             * @enum {string}
             */
            transactionMutability?: "Mutable" | "Immutable";
            /**
             * Format: date-time
             * @description Date and time when a transaction entry is posted to an account on the account servicer's books.
             */
            bookingDateTime: string;
            /**
             * Format: date-time
             * @description Date and time at which assets become available to the account owner in case of a credit entry, or cease to be available to the account owner in case of a debit transaction entry.
             */
            valueDateTime?: string;
            /** @description Further details of the transaction. */
            transactionInformation?: string;
            amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
            chargeAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_6"];
            chargeAmountVat?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
            currencyExchange?: components["schemas"]["CurrencyExchange"];
            bankTransactionCode?: components["schemas"]["AEBankTransactionCodeStructure"];
            proprietaryBankTransactionCode?: components["schemas"]["ProprietaryBankTransactionCode"];
            /** @description The balance of the account at the time of the transaction. The balance amount is qualified by the balance type value. */
            balance?: {
                creditDebitIndicator: components["schemas"]["AECreditDebitIndicator"];
                balanceType: components["schemas"]["CbuaeBalanceType"];
                amount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
            };
            merchantDetails?: components["schemas"]["MerchantDetails"];
            creditorAgent?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification6_1"];
            /** @description The creditor account for the transaction, when the transaction is a debit. */
            creditorAccount?: components["schemas"]["AECashAccount6_0"][];
            debtorAgent?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification6_1"];
            debtorAccount?: components["schemas"]["AECashAccount6_0"];
            cardInstrument?: components["schemas"]["AETransactionCardInstrument"];
            /** @description Any additional data stored with the transaction that is displayed to the user or available in the statement. */
            supplementaryData?: Record<string, never>;
            geoLocation?: components["schemas"]["AEGeoLocation"];
            billDetails?: components["schemas"]["BillDetails"];
            paymentPurposeCode?: components["schemas"]["AEPaymentPurposeCode"];
            /** @description Indicates if the transaction is made with primary instrument. */
            isPrimaryInstrument?: boolean;
            allocations?: components["schemas"]["AEAmountWithCategorization"];
        };
        /**
         * Flags
         * @description The flag of a transaction
         * @enum {string}
         */
        CbuaeFlags: "Cashback" | "Payroll" | "DirectDebit" | "StandingOrder" | "Finance" | "Dividend" | "OpenFinance";
        /** @description BankTransactionCode is mandatory (with code specifying the Domain, Family and SubFamily as per External Codes ISO20022) when the ProprietaryBankTransactionCode is absent. */
        AEBankTransactionCodeStructure: {
            /** @description Specifies the Domain */
            domain?: string;
            /** @description Specifies the Domain Code. */
            domainCode?: string;
            /** @description Specifies the Family */
            family?: string;
            /** @description Specifies the Family Code */
            familyCode?: string;
            /** @description Specifies the Sub-Family */
            subFamily?: string;
            /** @description Specifies the Sub-family Code */
            subFamilyCode?: string;
        };
        /** @description Financial institution servicing an account for the creditor in case the transaction is a Debit transaction or Financial institution servicing an account for the Debtor in case the transaction is a Credit transaction. */
        AEBranchAndFinancialInstitutionIdentification6_1: {
            schemeName: components["schemas"]["AEExternalFinancialInstitutionIdentificationCode"];
            identification: components["schemas"]["Identification_1"];
            name?: components["schemas"]["Name_1"];
            postalAddress?: components["schemas"]["AEPostalAddress"];
        };
        /**
         * @description * Beneficiary
         *     Name by which an agent is known and which is usually used to identify that agent
         *
         *     * Creditor agent
         *     Name by which the Financial institution(FI) which is the creditor is known and which is usually used to identify that FI.
         *
         *     * DebtorAgent
         *     Name by which an financial institution of the debtor is known and which is usually used to identify that financial institution.
         */
        Name_1: string;
        /** @description Address properties based on ISO 20022 `PostalAddress27` definition */
        AEPostalAddress: {
            /**
             * @description The type of address. Omitted if type not held.
             * @enum {string}
             */
            addressType?: "Billing" | "Business" | "Correspondence" | "DeliveryTo" | "MailTo" | "POBox" | "Postal" | "Permanent" | "Residential" | "Statement" | "Other";
            /** @description Information that locates and identifies a specific address for a transaction entry, that is presented in free format text. */
            addressLine: string[];
            /** @description The unit, apartment, or villa number within a building or community */
            buildingNumber?: string;
            /** @description Name of the building or house. */
            buildingName?: string;
            /** @description Floor or storey within a building. */
            floor?: string;
            /** @description The name of the street or road where the property is located. */
            streetName?: string;
            /** @description The district, community, or neighbourhood where the property is located. */
            districtName?: string;
            /** @description The P.O. Box number assigned to the recipient for mail delivery. */
            postBox?: string;
            /** @description Name of a built-up area, such as a town or city. */
            townName?: string;
            /**
             * @description Country subdivision, such as state or province. This is the Emirate where the address is registered.
             * @enum {string}
             */
            countrySubDivision?: "AbuDhabi" | "Ajman" | "Dubai" | "Fujairah" | "RasAlKhaimah" | "Sharjah" | "UmmAlQuwain";
            /** @description The country associated with the address, represented using the ISO 3166-1 alpha-2 country code. */
            country: string;
        };
        AEPartyIdentityResidentialAddressClaim: components["schemas"]["AEPostalAddress"] & {
            /** @enum {string} */
            addressType?: "Residential";
        };
        /** @description Creditor account details available in case the transaction is a Debit transaction. */
        AECashAccount6_0: {
            schemeName?: components["schemas"]["AEExternalAccountIdentificationCode"];
            identification?: components["schemas"]["Identification_0"];
            name?: components["schemas"]["Name_0"];
        };
        /** @description Set of elements to describe the card instrument used in the transaction. */
        AETransactionCardInstrument: {
            /**
             * @description Name of the card scheme.
             * @enum {string}
             */
            cardSchemeName: "AmericanExpress" | "Diners" | "Discover" | "GCC" | "MasterCard" | "UPI" | "VISA";
            /**
             * @description The card instrument type.
             * @enum {string}
             */
            instrumentType: "ApplePay" | "Contactless" | "MagStripe" | "Chip" | "Other";
            /** @description Name of the cardholder using the card instrument. */
            name?: string;
            /**
             * @description Identification assigned by an institution to identify the card instrument used in the transaction. This identification is known by the account owner, and MUST be masked.
             * @example 1234********4321
             */
            identification?: string;
        };
        /** @description Estimated latitude and longitude coordinates, in degrees. Contains one latitude and one longitude subfield. */
        AEGeoLocation: {
            /** @description Latitude in degrees */
            latitude: string;
            /** @description Longitude in degrees */
            longitude: string;
        };
        /**
         * @description Details of the Merchant involved in the transaction.
         *     Merchant Details are specified only for those merchant categories that are generally expected to originate retail financial transactions
         */
        MerchantDetails: {
            /** @description Merchant Id */
            merchantId?: string;
            /** @description Name by which the merchant is known. */
            merchantName?: string;
            /** @description Category code values are used to enable the classification of merchants into specific categories based on the type of business, trade or services supplied. */
            merchantCategoryCode?: string;
        };
        /**
         * @description ProprietaryBankTransactionCode is mandatory when the BankTransactionCode (with code specifying the Domain, Family and SubFamily as per External Codes ISO20022) is absent.
         *     Set of elements to fully identify a proprietary bank transaction code
         */
        ProprietaryBankTransactionCode: {
            /** @description Proprietary bank transaction code to identify the underlying transaction. */
            code: string;
            /** @description Identification of the issuer of the proprietary bank transaction code. */
            issuer?: string;
        };
        /** @description Set of elements used to provide details on the currency exchange. */
        CurrencyExchange: {
            sourceCurrency: components["schemas"]["TCurrency"];
            targetCurrency: components["schemas"]["TCurrency"];
            unitCurrency: components["schemas"]["TCurrency"];
            /**
             * @description Factor used to convert an amount from one currency into another. This reflects the price at which one currency was bought with another currency.
             *     Usage: ExchangeRate expresses the ratio between UnitCurrency and QuotedCurrency (ExchangeRate = UnitCurrency/QuotedCurrency).
             */
            exchangeRate: string;
            /** @description Unique identification to unambiguously identify the foreign exchange contract. */
            contractIdentification?: string;
            /**
             * Format: date-time
             * @description Date and time at which an exchange rate is quoted.All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            quotationDate?: string;
            instructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
        };
        /** @description Transaction charges to be paid by the charge bearer. */
        OBActiveOrHistoricCurrencyAndAmount_6: {
            amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            /** @description If true then the value in the Amount has the ChargeAmount deducted from it */
            chargeIncluded?: boolean;
        };
        /** @description The amount and currency code for a given payment or transaction. */
        OBActiveOrHistoricCurrencyAndAmount_8: {
            amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
            currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /**
         * @description A 3 character alphabetic code allocated to a currency under an international currency identification scheme, as described in the latest edition of the international standard ISO 4217 'Codes for the representation of currencies and funds'.
         * @example SAR
         */
        ActiveOrHistoricCurrencyCode_1: string;
        /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
        AEActiveCurrencyAndAmount_SimpleType: string;
        /** @description The properties of a direct debit. */
        DirectDebitsResponse: {
            /** @description Primary data for the resource. */
            data?: components["schemas"]["CbuaeDirectDebit"][];
            meta?: components["schemas"]["Meta"];
        };
        /**
         * @description Specifies the status of the direct debit.
         * @enum {string}
         */
        DirectDebitStatusEnum: "Active" | "Inactive";
        /** @description Account to or from which a cash entry is made. */
        CbuaeDirectDebit: {
            /** @description A unique and immutable identifier produced by the financial institution to identify the account resource.This identifier has no meaning to the account owner (User 1). */
            accountId: string;
            /** @description A unique and immutable identifier used to identify the direct debit resource. This identifier has no meaning to the account owner. */
            directDebitId: string;
            /** @description This is the unique and immutable reference to the User 1 for the Direct Debit mandate. */
            mandateIdentification: string;
            directDebitStatusCode: components["schemas"]["DirectDebitStatusEnum"];
            /** @description This is the name of the regulated beneficiary entity that initiates the Direct Debit collection. */
            name: string;
            /**
             * @description Specifies the frequency of the Direct Debit collections to the User 1 account.
             * @enum {string}
             */
            frequency: "Annual" | "Daily" | "Fortnightly" | "HalfYearly" | "Monthly" | "NotKnown" | "Quarterly" | "Weekly";
            /**
             * Format: date-time
             * @description The date of most recent direct debit collection to the User account. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            previousPaymentDateTime?: string;
            previousPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
        };
        /**
         * @description A descriptor for scheduled payments.
         *     This is a composite object that may be expanded in the future to support
         *     additional scheduled payment types for new API standards and account types.
         */
        ScheduledPaymentsResponse: {
            /** @description Primary data for the resource */
            data?: components["schemas"]["CbuaeScheduledPayment"][];
            meta?: components["schemas"]["Meta"];
        };
        /** @description Scheduled Payments for a specific AccountId */
        CbuaeScheduledPayment: {
            /** @description The account identifer for the account from which the scheduled payment is made. */
            accountId: string;
            /** @description Unique identifier for the scheduled payment. */
            scheduledPaymentId: string;
            accountHolderName?: components["schemas"]["AccountHolderName"];
            accountHolderShortName?: components["schemas"]["AccountHolderShortName"];
            /**
             * @description Specifies the type of scheduled payment date provided under ScheduledPaymentDateTime.
             *       Encoded with allowable values of:
             *       "Arrival" - User1 specifies the date for the arrival of funds in the beneficiary (Creditor) account
             *       "Execution" - User1 specifies the date which the payment needs to be executed from the User 1 (Debtor) account.
             * @enum {string}
             */
            scheduledType: "Arrival" | "Execution";
            /**
             * Format: date-time
             * @description The date and time of the scheduled payment. All dates in the JSON payloads are represented in ISO 8601 date-time format.
             *     All date-time fields in responses must include the timezone. An example is below:
             *     2017-04-05T10:43:07+00:00
             */
            scheduledPaymentDateTime: string;
            /** @description The creditor reference for the scheduled payment. */
            creditorReference?: string;
            /** @description The debitor reference for the scheduled payment. */
            debtorReference?: string;
            instructedAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
            creditorAgent?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification5_1"];
            /** @description Provides the list of details to identify the beneficiary account. */
            creditorAccount?: components["schemas"]["AECashAccount5_0"][];
        };
        /** @description Creditor Agent refers to the Financial Institution that manages the account on behalf of the scheduled payment beneficiary party, managing registration, booking of entries on the account, calculating balances on the account and providing information about the account. This is the servicing Financial Institution of the Beneficiary account. */
        AEBranchAndFinancialInstitutionIdentification5_1: {
            schemeName: components["schemas"]["AEExternalFinancialInstitutionIdentificationCode"];
            identification: components["schemas"]["Identification_1"];
        };
        /** @description Provides the details to identify the beneficiary account. */
        AECashAccount5_0: {
            schemeName: components["schemas"]["AEExternalAccountIdentificationCode1"];
            identification: components["schemas"]["Identification_0"];
        };
        /** @description A descriptor for StandingOrder. */
        StandingOrdersResponse: {
            /** @description Primary data for the resource. */
            data?: components["schemas"]["CbuaeStandingOrder"][];
            meta?: components["schemas"]["Meta"];
        };
        /** @description Standing Orders for a specific AccountId */
        CbuaeStandingOrder: {
            /** @description The account identifer for the account from which the standing order is instructed. */
            accountId: string;
            /** @description Unique identifier for the standing order. */
            standingOrderId: string;
            accountHolderName?: components["schemas"]["AccountHolderName"];
            accountHolderShortName?: components["schemas"]["AccountHolderShortName"];
            /**
             * @description The type of Standing Order.
             * @enum {string}
             */
            standingOrderType?: "BetweenMyAccounts" | "SameBankTransfer" | "LocalBankTransfer" | "InternationalTransfer" | "Charity";
            /**
             * @description The frequency that the Standing Order payments are executed from the account. Encoded with allowable values as follows:
             *
             *     #### Individual Definitions:
             *
             *     * NotKnown - SO frequency is not known (i.e. not provided)
             *
             *     * EveryDay - SO frequency is Every day
             *
             *     * EveryWorkingDay - SO frequency is every working day
             *
             *     * IntervalDay - SO frequency is an interval specified in number of calendar days (2 to 31)
             *
             *     * IntervalWeekDay - SO frequency is an interval specified in weeks (1 to 51), and the day within the week (1 to 7)
             *
             *     * WeekInMonthDay - SO frequency is a monthly interval, specifying the week of the month (1 to 5) and day within the week (1 to 7)
             *
             *     * IntervalMonthDay - SO frequency is an interval specified in months (between 1 to 6, 12, 24), specifying the day within the month (-5 to -1, 1 to 31)
             *
             *     * QuarterDay - SO frequency is quarterly RECEIVED
             *
             *     * BiAnnual - SO frequency is every 6 months
             *
             *     * Annual - SO frequency is every year
             *
             *     * RECEIVED = Paid on the 20th March, 19th June, 24th September and 20th December.
             *
             *     #### Individual Patterns:
             *
             *     * NotKnown (ScheduleCode)
             *
             *     * EveryDay (ScheduleCode)
             *
             *     * EveryWorkingDay (ScheduleCode)
             *
             *     * IntervalDay:NoOfDay (ScheduleCode + NoOfDay)
             *
             *     * IntervalWeekDay:IntervalInWeeks:DayInWeek (ScheduleCode + IntervalInWeeks + DayInWeek)
             *
             *     * WeekInMonthDay:WeekInMonth:DayInWeek (ScheduleCode + WeekInMonth + DayInWeek)
             *
             *     * IntervalMonthDay:IntervalInMonths:DayInMonth (ScheduleCode + IntervalInMonths + DayInMonth)
             *
             *     * QuarterDay: + either (RECEIVED) ScheduleCode + QuarterDay
             *
             *     The regular expression for this element combines five smaller versions for each permitted pattern. To aid legibility - the components are presented individually here:
             *
             *     * NotKnown
             *
             *     * EveryDay
             *
             *     * EveryWorkingDay
             *
             *     * IntervalDay:(([2-9])|([1-2][0-9])|3[0-1])
             *
             *     * IntervalWeekDay:[1-51]:[1-7]
             *
             *     * WeekInMonthDay:[1-5]:[1-7]
             *
             *     * IntervalMonthDay:([1-6]|12|24):(-[1-5]|[1-9]|[12][0-9]|3[01])
             *
             *     * QuarterDay:(RECEIVED)
             *
             *     #### Full Regular Expression:
             *
             *     * ^(NotKnown)$|^(EveryDay)$|^(EveryWorkingDay)$|^(IntervalDay:(([2-9])|([1-2][0-9])|3[0-1]))$|^(IntervalWeekDay:[1-51]:[1-7])$|^(WeekInMonthDay:[1-5]:[1-7])$|^(IntervalMonthDay:([1-6]|12|24):(-[1-5]|[1-9]|[12][0-9]|3[01]))$|^(QuarterDay:(RECEIVED))$"
             */
            frequency: string;
            /** @description Unique reference in the context of the creditor, provided by the creditor to the User (Debtor), to unambiguously refer to the payment transaction. Usage: If available, the initiating party (i.e. Debtor) provides this reference in the structured remittance information, to enable reconciliation by the Creditor upon receipt of the amount of money. This field is populated by the User 1 (who is the initiating party of the payment e.g. the Debtor). Field is free format text. */
            creditorReference?: string;
            purpose?: components["schemas"]["PurposeSO"];
            /**
             * Format: date-time
             * @description The date on which the first payment for a Standing Order schedule will be made.
             */
            firstPaymentDateTime: string;
            /**
             * Format: date-time
             * @description The date on which the next payment for a Standing Order schedule will be made.
             */
            nextPaymentDateTime?: string;
            /**
             * Format: date-time
             * @description The date on which the last (most recent) payment for a Standing Order schedule was made.
             */
            lastPaymentDateTime?: string;
            /**
             * Format: date-time
             * @description The date on which the final payment for a Standing Order schedule will be made.
             */
            finalPaymentDateTime?: string;
            /** @description Number of the payments that will be made in completing this frequency sequence including any executed since the sequence start date. */
            numberOfPayments?: string;
            /**
             * @description Specifies the status of the standing order in code form.
             * @enum {string}
             */
            standingOrderStatusCode: "Active" | "Inactive";
            firstPaymentAmount: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
            nextPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
            lastPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
            finalPaymentAmount?: components["schemas"]["OBActiveOrHistoricCurrencyAndAmount_8"];
            creditorAgent?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification5_1"];
            /** @description List of Creditor Accounts for the standing order instruction. */
            creditorAccount?: components["schemas"]["AECashAccount5_0"][];
            /** @description Any additional data stored with the standing order that is displayed to the user or available in the statement. */
            supplementaryData?: Record<string, never>;
        };
        /** @description Product data for a given account */
        ProductsResponse: {
            /** @description Primary data for the resource */
            data?: components["schemas"]["CbuaeProduct"][];
            meta?: components["schemas"]["Meta"];
        };
        AEProductFinancialCalculationMeasure: {
            Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            /** @description Specifies the percentage rate applied when the charge is calculated as a percentage rather than as a fixed monetary amount. */
            Rate?: number;
            /**
             * @description Frequency at which reward, interest, or profit is applied, such as monthly or quarterly,  including Islamic profit distribution
             * @enum {string}
             */
            ApplicationFrequency?: "Monthly" | "Daily";
            /**
             * @description Method used to calculate interest or profit, such as based on principal or drawdown, including  Islamic calculation methods
             * @enum {string}
             */
            InterestCalculationMethod?: "PrincipalBalance" | "OutstandingBalance" | "InitialDrawdownAmount";
            /** @description Defines the maximum monetary amount that can be applied when a percentage-based charge calculation would otherwise exceed this limit. */
            MaximumChargeAmount?: {
                Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
            /** @description Confirmation of what the charge is based on and calculated against. */
            Basis?: string;
        };
        AEProductConditions: {
            /** @description Field in the product spec that the condition applies to */
            Field?: string;
            /** @description Logical operator used in the condition (e.g., ==, >, <=, !=) */
            Operator?: string;
            /** @description Value used in the condition */
            Value?: string;
            /** @description Description of the fee, including purpose and applicability */
            Description: string;
        };
        /**
         * Encrypted Data
         * @description Encrypted bank data, provided as a JWE by the LFI. Please refer to the business rules for a description of the  approach to decrypting this data.
         * @example eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ....
         */
        AEJwe: string;
        /**
         * @description A descriptor for an product.
         *     This is a composite object that may be expanded in the future to support
         *     additional account types for new API standards and product types.
         */
        CbuaeProduct: {
            /** @description A unique and immutable identifier produced by the financial institution to identify the account resource. */
            AccountId: string;
            /**
             * @description Provides the Islamic finance contract or structure type applied to a product when it has been confirmed as Sharia-compliant.
             * @enum {string}
             */
            ShariaStructure?: "Ijara" | "ServiceIjara" | "Murabaha" | "Musharaka" | "Tawarruq";
            Charges?: components["schemas"]["AEProductCharges"];
            FinanceRates?: components["schemas"]["AEProductFinanceRates"] | components["schemas"]["AEJwe"];
            DepositRates?: components["schemas"]["AEProductDepositRates"];
            /** @description Indicates if the product is secured by collateral. */
            IsSecured?: boolean;
            /** @description Indicates whether salary transfer is required as part of the product eligibility or approval conditions. Common for salary-assigned lending products. */
            IsSalaryTransferRequired?: unknown;
            /** @description Product tenor */
            Tenor?: {
                /** @description Original product tenor */
                OriginalTenor?: components["schemas"]["AEDuration"];
                /** @description Original product tenor */
                RemainingTenor?: components["schemas"]["AEDuration"];
            };
            AssetBacked?: components["schemas"]["AEProductAssetBackedProducts"];
            RewardsBenefits?: components["schemas"]["AEProductRewardsBenefitsProperties"];
        };
        /** @description Fees and charges applicable to the account or product */
        AEProductCharges: {
            /**
             * @description Type of charge.
             * @enum {string}
             */
            Type?: "MonthlyFees" | "AnnualFees" | "BalanceFallBelow" | "Overdraft" | "DomesticTransaction" | "ForeignTransaction" | "ATMWithdrawal" | "ChequeBook" | "ReplacementChequeBook" | "ReturnCheque" | "CardReplacement" | "AccountStatement" | "LetterIssued" | "AccountClosure" | "CashAdvance" | "LatePayment" | "BalanceTransfer" | "OverLimit" | "SalesVoucherCopy" | "Processing" | "FinanceCancellation" | "PartialPayment" | "EarlySettlement" | "FinalSettlement" | "Other";
            /** @description Name of the charge */
            Name: string;
            /** @description Description of the fee, including purpose and applicability */
            Description: string;
            /** @description Array of charge components including amount, currency, and applicable rate */
            Charge: components["schemas"]["AEProductFinancialCalculationMeasure"][];
            /** @description Array of conditions that trigger the fee */
            Conditions?: components["schemas"]["AEProductConditions"][];
            /** @description Reasoning or business logic behind the imposition of the fee */
            Justification?: string;
            /** @description Frequency or trigger logic for the reward or fee, such as monthly if balance < 1000, or periodic  Hibah distribution */
            Frequency?: string;
            /** @description Confirmation if the charge will be donated to charity when the product is Sharia compliant */
            DonatedToCharity?: boolean;
            /** @description Additional notes or clarifications about the rate structure */
            Notes?: string;
            /** @description Optional object for supplementary metadata, such as Sharia compliance notes or reward history */
            SupplementaryInformation?: Record<string, never>;
        }[];
        /** @description A given amount value and currency */
        AEActiveOrHistoricCurrencyAndAmount_0: {
            /** @description A number of monetary units specified in an active currency where the unit of currency is explicit and compliant with ISO 4217. */
            Amount: string;
            Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
        };
        /** @description Beneficiaries for a specific AccountId */
        BeneficiariesResponse: {
            /** @description Primary data for the resource. */
            data?: components["schemas"]["CbuaeBeneficiary"][];
            meta?: components["schemas"]["Meta"];
        };
        /** @description The properties of a given beneficiary. */
        CbuaeBeneficiary: {
            /** @description The account identifer for the account that the beneficiary is associated with. */
            accountId: string;
            /** @description Unique identifier for the beneficiary resource */
            beneficiaryId: string;
            /**
             * @description Specifies the Beneficiary Type. Encoded with allowable values of: 'Activated' - Beneficiary has been added to the beneficiary list using SCA. 'NotActivated' - Beneficiary has been added to the beneficiary list without SCA
             * @enum {string}
             */
            beneficiaryType: "Activated" | "NotActivated";
            /** @description Indicates whether the Beneficiary record was created as part of an Open Finance (OF) payment. If false, the Beneficiary was created through an existing LFI channel. */
            addedViaOF: boolean;
            accountHolderName?: components["schemas"]["AccountHolderName"];
            accountHolderShortName?: components["schemas"]["AccountHolderShortName"];
            /** @description A unique and immutable identifier used to identify the beneficiary resource. This identifier has no meaning to the account owner. */
            reference?: string;
            /** @description Any additional data stored with the beneficiary that is displayed to the User. */
            supplementaryData?: Record<string, never>;
            servicer?: components["schemas"]["AEBranchAndFinancialInstitutionIdentification6_1"];
            /** @description List of Creditor Accounts for the beneficiary. */
            creditorAccount?: components["schemas"]["AECashAccount5_0"][];
        };
        /** @description Currency code for the account. */
        TCurrency: string;
        /**
         * @description The Account Holder Name is the name or names of the Beneficiary account owner(s) represented at the account level, as displayed by the Creditor Agent's online channels and as provided by the Beneficiary to the customer when adding the Beneficiary in the Beneficiary list.
         *     Note, the Account Holder Name is not the product name or the nickname of the account.d
         */
        AccountHolderName: string;
        /** @description The Beneficiary account holder nick name */
        AccountHolderShortName: string;
        /**
         * TransactionDateTime
         * Format: date-time
         * @description The Date Time of when the transaction occurred.
         *     All dates in the JSON payloads are represented in ISO 8601 date-time format.
         *     All date-time fields in responses must include the timezone.
         *     An example is below: 2017-04-05T10:43:07+00:00
         */
        TransactionDateTime: string;
        LocalTimeZone: string;
        /** @description ID of the Terminal if the transaction was initiated from a retail POS */
        TerminalId: string;
        /** @description Bill Details */
        BillDetails: {
            /**
             * @description This should be 'BillerCode' as per SP-SADAD specifications. It is a
             *     unique biller identifier within SADAD that could be used by the
             *     end-user to refer to a specific SADAD biller (e.g. STC biller code
             *     is 001, water services biller code is 015, etc.)
             */
            BillerID?: string;
            /** @description Unique bill identifier within the account. */
            BillNumber?: string;
            /**
             * @description Indicates whether the bill could be a One-off payment, Recurring
             *     payment, Postpaid, Pre-paid, etc
             * @enum {string}
             */
            BillPaymentType?: "Post-Paid" | "AdvancePaymentForRoaming" | "Recharge" | "Renewal" | "RoamingDeposit" | "One-Off" | "RecurringPayment";
        };
        /** @description Aani purpose code that relates to the type of services or goods that corresponds to the underlying purpose of the payment. The code must conform to the published Aani payment purpose code list */
        AEPaymentPurposeCode: string;
        /**
         * @description The purpose of the Standing Order payment.
         *     A free format string in the form of transaction categorisation.
         *     Example: "Bills and expenses", "Government payment", "Personal Expenses".
         */
        PurposeSO: string;
        /** @description Properties of a Confirmation of Payee request */
        ConfirmationRequest: {
            /** @description Primary data for the resource. */
            data?: {
                /** @description Account for which confirmation of payee details is required. */
                account?: {
                    /**
                     * @description Name of the identification scheme for the account. Encoded with allowable values published in an external list.
                     * @enum {string}
                     */
                    schemeName: "IBAN";
                    /** @description Identification for the account assigned by the LFI based on the Account Scheme Name. This identification is known by the User account owner. For IBAN, refer to the ISO Standard 13616. */
                    identification: string;
                    name: components["schemas"]["PersonName"] | components["schemas"]["BusinessName"];
                };
            };
        };
        /** @description The properties of a person being matched in a Confirmation of Payee request. `fullName` is mandatory, `firstName` and `lastName` can be omitted if not collected by the TPP. */
        PersonName: {
            /** @description The full name of the person submitted in a Confirmation of Payee request */
            fullName: string;
            /** @description The first name of the person submitted in a Confirmation of Payee request. */
            firstName?: string;
            /** @description The last name of the person submitted in a Confirmation of Payee request. */
            lastName?: string;
        };
        /** @description The properties of a business submitted in a Confirmation of Payee request. */
        BusinessName: {
            /** @description The name of a business submitted in a Confirmation of Payee request. */
            businessName: string;
        };
        /** @description Metadata relevant to the resource. */
        Meta: {
            /** @description The number of expected pages for the query. */
            totalPages?: number;
            /** @description The total number of records in the full set. */
            totalRecords?: number;
        };
        /** @description Pagination metadata relevant to the resource. */
        PaginatedMeta: {
            /**
             * @description `true` if the response is paginated.
             *
             *     `false` if the response returns all matching data elements.
             *
             *     If not specified, a non-paginated response is assumed.
             */
            paginated?: boolean;
            /** @description The number of expected pages for the query. */
            totalPages?: number;
            /** @description The total number of records in the full set. */
            totalRecords?: number;
        };
        /** @description Message describing the problem that has occurred. */
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
        transactionFilterDateTime: string;
        /**
         * @description Error code identifying the problem that occurred. The first part of the code is the namespace, which is the name of the organisation or system that is rejecting the payment, and the second part is the specific rejection reason code for the originating organisation or system.
         *     LFIs should implement error codes based on the prescribed codes or guidance in the standards, with non-specific codes maintained for backward compatibility with version 1.2.
         */
        Error403: {
            /** @description Error code identifying the problem that occurred. This may either be one of the prescribed Error Code(s) or a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation. */
            errorCode: ("AccessToken.InvalidScope" | "Consent.TransientAccountAccessFailure" | "Consent.AccountTemporarilyBlocked" | "Consent.PermanentAccountAccessFailure" | "GenericRecoverableError" | "GenericError") | string;
            errorMessage: components["schemas"]["ErrorMessage"];
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
        /** @enum {string} */
        AESubTransactionType: "Purchase" | "Reversal" | "Refund" | "Withdrawal" | "WithdrawalReversal" | "Deposit" | "DepositReversal" | "MoneyTransfer" | "Repayments" | "Interest" | "Fee" | "Charges" | "Profit" | "Disbursement" | "Adjustment" | "Tax" | "Rewards" | "NotApplicable" | "LeaseRepayment";
        /** @enum {string} */
        AEBalanceCategory: "Principal" | "Interest" | "FeesAndCharges" | "PastDue" | "Profit" | "Rental";
        /**
         * @description A flag to denote if the Product is Sharia Compliant
         * @default false
         */
        AEShariaFlag: boolean;
        AEAmountWithCategorization: {
            BalanceCategory: components["schemas"]["AEBalanceCategory"];
            /** @description The value of the categorized balance, incorporating `Amount` and `Currency`. */
            Amount: {
                Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
        };
        AEBalanceWithCategorization: {
            /** @description The value of the balance on account, incorporating `Amount` and `Currency`. */
            Amount: {
                Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
            };
            /** @description Components of the stated balance, defined by the value of `BalanceCategory`, that reflects a portion of the stated balance. */
            Components?: components["schemas"]["AEAmountWithCategorization"][];
        };
        AEStatements: {
            /** @description A unique and immutable identifier produced by the LFI to identify the account resource.This identifier has no meaning to the account owner. */
            AccountId: string;
            AccountSubType: components["schemas"]["AEExternalAccountSubTypeCode"];
            /** @description Array containing details of periodic statements. Each statement includes key financial metrics, balances, summaries, and payment details for a specific statement cycle */
            Statements: {
                /** @description Unique identifier/reference for the statement */
                StatementId: string;
                /**
                 * Format: date
                 * @description Date the statement was issued/generated
                 */
                StatementDate: string;
                /**
                 * Format: date
                 * @description Start date of the statement period
                 */
                OpeningDate: string;
                /**
                 * Format: date
                 * @description End date of the statement period
                 */
                ClosingDate: string;
                CreditLine?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                OpeningBalance: {
                    CreditDebitIndicator: components["schemas"]["AECreditDebitIndicator"];
                } & components["schemas"]["AEBalanceWithCategorization"];
                ClosingBalance: {
                    CreditDebitIndicator: components["schemas"]["AECreditDebitIndicator"];
                } & components["schemas"]["AEBalanceWithCategorization"];
                /** @description Array providing an aggregated summary of financial activities within the statement period, such as Purchase, Repayments, Fee, and Interest/Profit. Each object contains the total aggregated amount, currency, and the count of transactions for the corresponding SubTransactionType. */
                Summary: {
                    CreditDebitIndicator: components["schemas"]["AECreditDebitIndicator"];
                    /**
                     * @description Type of transaction activity.
                     * @enum {string}
                     */
                    TransactionType?: "POS" | "ECommerce" | "ATM" | "BillPayments" | "LocalBankTransfer" | "SameBankTransfer" | "InternationalTransfer" | "Teller" | "Cheque" | "Other";
                    SubTransactionType: components["schemas"]["AESubTransactionType"];
                    Amount: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                    /** @description Number of transactions or occurrences for the transaction type */
                    Count: number;
                }[];
                /** @description Object containing projected finance charges or fees expected in the next statement cycle. */
                ExpectedNextStatement?: {
                    /**
                     * @description Statement type.
                     * @enum {string}
                     */
                    Type?: "Purchase" | "Reversal" | "Refund" | "Withdrawal" | "WithdrawalReversal" | "Deposit" | "DepositReversal" | "MoneyTransfer" | "Repayments" | "Interest" | "Fee" | "Charges" | "Profit" | "Disbursement" | "Adjustment" | "Tax" | "Rewards" | "NotApplicable";
                    /** @description Statement amount, according to `Type` value. */
                    Amount?: {
                        Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                    };
                }[];
                /** @description Object containing details related to the next payment due */
                NextPayment?: {
                    /**
                     * Format: date
                     * @description Payment due date
                     */
                    Date: string;
                    Amount: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                    /**
                     * @description Type of payment - minimum, scheduled, estimated, or other
                     * @enum {string}
                     */
                    Type?: "Minimum" | "Scheduled" | "Estimated" | "Other";
                }[];
            }[];
        };
        /**
         * @description Specifies the sub type of account (product family group).
         * @enum {string}
         */
        AEExternalAccountSubTypeCode: "CurrentAccount" | "Savings" | "CreditCard" | "Mortgage" | "Finance";
        /**
         * Format: duration
         * @description A period of time implemented using ISO 8601 compatible duration format
         * @example P2Y3M
         */
        AEDuration: string;
        /** @description Array containing details of collateral required or pledged for the product */
        AEProductAssetBackedProducts: {
            /**
             * @description Defines how the financed asset is treated as security. Use `Collateral`` when the asset is owned by the customer and pledged as security. Use `OwnershipTransfer`` when the asset is owned by the bank and will be transferred to the customer under Islamic finance structures at the end of the finance.
             * @enum {string}
             */
            Type: "Collateral" | "OwnershipTransfer";
            /**
             * @description Defines the specific category of collateral pledged to secure a financial product, applicable across both conventional and Islamic finance structures. This field classifies the nature of the asset or guarantee—such as real estate, salary assignment, or vehicle lien—used to mitigate credit risk and support underwriting decisions.
             * @enum {string}
             */
            AssetType: "Property" | "SalaryAssignment" | "EndOfServiceGratuity" | "SalaryAndGratuityAssignment" | "FixedDepositLien" | "Vehicle" | "TakafulPolicy" | "Rahn" | "PostDatedCheque" | "Other";
            /** @description Provides a free-text explanation or contextual detail about the collateral pledged to secure a  financial product. This may include asset characteristics, legal references, or contractual notes  relevant to underwriting and risk assessment. */
            Description: string;
            Valuation?: {
                /**
                 * Format: date
                 * @description Date of the valuation.
                 */
                Date?: string;
                Amount?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            }[];
            /** @description Additional data or metadata not captured in the main fields, to provide further context. */
            SupplementaryInformation?: Record<string, never>;
            /** @description Details on how the asset will be transferred from the LFI to the customer. */
            OwnershipTransfer?: {
                /**
                 * Format: date
                 * @description Expected date when ownership will be transferred to the customer
                 */
                TransferOfOwnershipDate?: string;
                /**
                 * @description Method of ownership transfer.
                 * @enum {string}
                 */
                Type: "Gift" | "TokenPurchase" | "Gradual" | "SeparateSaleContract";
                /**
                 * @description The event that triggers the ownership transfer event.
                 * @enum {string}
                 */
                Method?: "EndOfLease" | "Buyouts";
                /** @description The amount and currency to be paid by the customer to the LFI at token purchase. Required when `Type` is `TokenPurchase`. */
                TokenPurchaseAmount?: {
                    Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                    Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                };
                /** @description Amount and currency to be paid each period by the customer to buy out the bank's share. Applies to Diminishing Musharaka Islamic finance products. Required when `Type` is `Gradual`. */
                BuyoutSchedule?: {
                    /**
                     * @description The frequency of the payments made by the customer to buy out the bank's share.
                     * @enum {string}
                     */
                    Frequency: "Weekly" | "Fortnightly" | "Monthly" | "Quarterly" | "HalfYearly" | "Annual" | "Other";
                    /** @description The buyout amount the customer must pay during each period. */
                    BuyoutAmount: {
                        Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                    };
                };
                /** @description Confirm the details of the sale contract to be executed after lease completion. Required when `Type` is `SeparateSaleContract`. */
                SaleAgreement?: {
                    /** @description Boolean indicator to confirm whether a formal sale agreement is required for ownership transfer. */
                    Required: boolean;
                    /**
                     * @description Specifies when the sale contract is executed.
                     * @enum {string}
                     */
                    Execution?: "AtLeaseCompletion" | "CustomerRequestPostLease";
                    /** @description Represents the nominal or token purchase price agreed for the final transfer of the property. */
                    Price?: {
                        Amount: components["schemas"]["AEActiveCurrencyAndAmount_SimpleType"];
                        Currency: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                    };
                };
                /**
                 * @description Conditions that must be met before ownership can be transferred to the customer. The following
                 *     values are allowed:
                 *
                 *     * `AllLeasePaymentsCompleted``:  All lease obligations must be fulfilled before the sale contract
                 *       is executed.
                 *
                 *     * `CustomerRequestRequired`: The customer must formally request the transfer of ownership via a
                 *       gift after completing all lease payments.  Applicable when the `Type` is `Gift`.
                 *
                 *     * `SaleAgreementExecuted`: A separate sale agreement must be formally executed between the bank
                 *       and the customer to transfer ownership at the end of the lease term.  Applicable when the
                 *       `Type` is `TokenPurchase`.
                 *
                 *     * `AllBuyoutsCompleted`:  Included when the customer has purchased all the banks shares in the
                 *       property.  Applicable when the `Type` is `Gradual`.
                 *
                 *     * `IndependentSaleContractSigned`: A separate sale agreement must be signed before the legal
                 *       transfer of ownership can be completed.  Applicable when the `Type` is `SeparateSaleContract`.
                 */
                TransferConditions?: ("AllLeasePaymentsCompleted" | "CustomerRequestRequired" | "SaleAgreementExecuted" | "AllBuyoutsCompleted" | "IndependentSaleContractSigned")[];
            };
        }[];
        /** @description Rewards applicable to the banking product with confirmation of the current balance when applicable. */
        AEProductRewardsBenefitsBaseProperties: {
            /** @description Name of the reward or benefit program. */
            Name: string;
            /** @description Description of the reward or benefit program. */
            Description?: string;
        };
        AEProductRewardsBenefitsCashbackProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Cashback";
            /** @description The current Cashback balance available or to be paid to the customer. */
            Balance?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
            /** @description Details how cashback can be earned by the customer. */
            RewardBasis?: string[];
            /**
             * @description When the Cashback is paid to the customer.
             * @enum {string}
             */
            FrequencyPaid?: "Daily" | "Weekly" | "Monthly" | "Quarterly" | "HalfYearly" | "Annually" | "UponRequest" | "Other";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Cashback";
        };
        AEProductRewardsBenefitsPointsProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Points";
            /** @description The type of Points awarded to the customer. */
            PointsType: string;
            /** @description The current Points balance available to the customer. */
            Balance?: string;
            /**
             * Format: date
             * @description The date the Points will expire if not used.
             */
            ExpiryDate?: string;
            /** @description Details how Points can be earned by the customer. */
            RewardBasis?: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Points";
        };
        AEProductRewardsBenefitsComplimentaryServicesProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "ComplimentaryServices";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "ComplimentaryServices";
        };
        AEProductRewardsBenefitsDiscountsProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Discounts";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Discounts";
        };
        AEProductRewardsBenefitsLifestyleProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Lifestyle";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Lifestyle";
        };
        AEProductRewardsBenefitsProtectionProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Protection";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Protection";
        };
        AEProductRewardsBenefitsOtherProperties: components["schemas"]["AEProductRewardsBenefitsBaseProperties"] & {
            /** @enum {string} */
            Type: "Other";
            /** @description Information on the reward or benefit available to the customer. */
            RewardBasis: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            Type: "Other";
        };
        AEProductBenefitRewardsTypes: components["schemas"]["AEProductRewardsBenefitsCashbackProperties"] | components["schemas"]["AEProductRewardsBenefitsPointsProperties"] | components["schemas"]["AEProductRewardsBenefitsComplimentaryServicesProperties"] | components["schemas"]["AEProductRewardsBenefitsDiscountsProperties"] | components["schemas"]["AEProductRewardsBenefitsLifestyleProperties"] | components["schemas"]["AEProductRewardsBenefitsProtectionProperties"] | components["schemas"]["AEProductRewardsBenefitsOtherProperties"];
        /** @description List of benefits and rewards associated with a product. */
        AEProductRewardsBenefitsProperties: components["schemas"]["AEProductBenefitRewardsTypes"][];
        /**
         * @description Method used to calculate interest or profit, depending on the product type
         * @enum {string}
         */
        AEProductInterestCalculationMethod: "PrincipalBalance" | "OutstandingBalance" | "InitialDrawdownAmount";
        /** @enum {string} */
        AEProductRateFrequencyCodes: "Monthly" | "Daily" | "Quarterly" | "Annually";
        AEProductCalculationFrequency: unknown & components["schemas"]["AEProductRateFrequencyCodes"];
        AEProductApplicationFrequency: unknown & components["schemas"]["AEProductRateFrequencyCodes"];
        AEProductInterestCalculationMethodProperties: {
            InterestCalculationMethod?: components["schemas"]["AEProductInterestCalculationMethod"];
        };
        AEProductProfitCalculationMethodProperties: {
            ProfitCalculationMethod?: components["schemas"]["AEProductInterestCalculationMethod"];
        };
        /** @description Details of the annual percentage rate */
        AEProductFinanceRateProperties: {
            /** @description The annual percentage rate for the product. */
            AnnualPercentageRate?: {
                /** @description The starting annual percentage rate. */
                StartingFrom?: unknown;
                /** @description The maximum annual percentage rate. */
                UpTo?: number;
                /** @description Additional notes or clarifications about the annual percentage rate. */
                AdditionalInformation?: string;
            };
            /** @description The tiers of the finance profit rate product. */
            Tiers?: {
                /** @description The name of the tier. */
                Name: string;
                /**
                 * @description The unit of the tier.
                 * @enum {string}
                 */
                Unit: "Balance" | "LTV" | "Rate";
                /**
                 * @description Specifies whether the tier rate is applied only to the balance within the defined balance band or to the customers entire balance once that tier level is reached.
                 * @enum {string}
                 */
                ApplicationMethod?: "PerTier" | "WholeBalance";
                /** @description Required when `Unit` is set to `Balance`. Describes balance tier range values. */
                BalanceTierDetails?: {
                    MinimumTierValue?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                    MaximumTierValue?: components["schemas"]["AEActiveOrHistoricCurrencyAndAmount_0"];
                    /** @description The tier rate. */
                    TierRate?: number;
                }[];
                /** @description Required when `Unit` is set to `LTV`. Defines the interest rate or profit rate applicable to each Loan-to-Value (LTV) range where different rates apply. */
                LTVTierDetails?: {
                    /** @description Start rate for LTV Tier */
                    LTVStart?: number;
                    /** @description End rate for LTV Tier */
                    LTVEnd?: number;
                    /** @description The tier rate. */
                    TierRate?: number;
                }[];
                /** @description Required when `Unit` is set to `Rate`. Defines the minimum and maximum interest rate or profit rate range that a customer may be eligibility for, depending on factors such as their credit score, income, etc. */
                RateRange?: {
                    /** @description Minimum rate range */
                    MinimumRate?: number;
                    /** @description Maximum rate range */
                    MaximumRate?: number;
                    /** @description Additional information on rate range */
                    AdditionalInformation?: string;
                };
            }[];
            /** @description A set of conditions under which the finance rate applies. */
            Conditions?: components["schemas"]["AEProductConditions"][];
            /** @description Additional notes or clarifications about the rate structure/charge */
            Notes?: string;
            /** @description The additional information of the finance profit rate product. */
            AdditionalInformation?: {
                /**
                 * @description The type of additional information.
                 * @enum {string}
                 */
                Type?: "Other";
                /** @description The description of the additional information. */
                Description?: string;
            }[];
        };
        /** @description Properties of a variable rate associated with all or part of a product. */
        AEProductVariableRateProperties: {
            /** @description Description of the rate. */
            Description?: string;
            /** @description Value of the rate. */
            Rate?: number;
            /** @description Rate benchmark. */
            BenchMark?: string;
            /** @description Benchmark rate value. */
            BenchMarkRate?: number;
            /** @description Margin added to the base rate to determine the effective rate */
            Margin?: number;
            RateReviewFrequency?: components["schemas"]["AEDuration"];
            /**
             * Format: date
             * @description Date for next review of the rate.
             */
            RateReviewNextDate?: string;
            CalculationFrequency?: components["schemas"]["AEProductCalculationFrequency"];
            ApplicationFrequency?: components["schemas"]["AEProductApplicationFrequency"];
        };
        /** @description Properties of a fixed rate associated with all or part of a product. */
        AEProductFixedRateProperties: {
            /** @description Description of the rate. */
            Description?: string;
            /** @description Value of the rate. */
            Rate?: number;
            /**
             * Format: date
             * @description End date for the fixed rate period.
             */
            FixedRateEndDate?: string;
            CalculationFrequency?: components["schemas"]["AEProductCalculationFrequency"];
            ApplicationFrequency?: components["schemas"]["AEProductApplicationFrequency"];
        };
        /** @description Properties of a variable interest rate */
        AEProductVariableInterestRateProperties: {
            /**
             * @description A product that carries a variable interest rate
             * @enum {string}
             */
            RateType: "VariableInterest";
        } & (components["schemas"]["AEProductVariableRateProperties"] & components["schemas"]["AEProductInterestCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "VariableInterest";
        });
        /** @description Properties of a variable profit rate */
        AEProductVariableProfitRateProperties: {
            /**
             * @description A product that carries a variable profit rate
             * @enum {string}
             */
            RateType: "VariableProfit";
        } & (components["schemas"]["AEProductVariableRateProperties"] & components["schemas"]["AEProductProfitCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "VariableProfit";
        });
        /** @description Properties of a fixed interest rate */
        AEProductFixedInterestRateProperties: {
            /**
             * @description A product that carries a fixed interest rate
             * @enum {string}
             */
            RateType: "FixedInterest";
        } & (components["schemas"]["AEProductFixedRateProperties"] & components["schemas"]["AEProductInterestCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "FixedInterest";
        });
        /** @description Properties of a fixed profit rate */
        AEProductFixedProfitRateProperties: {
            /**
             * @description A product that carries a fixed profit rate
             * @enum {string}
             */
            RateType: "FixedProfit";
        } & (components["schemas"]["AEProductFixedRateProperties"] & components["schemas"]["AEProductProfitCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "FixedProfit";
        });
        AEProductFixedRateEndProperties: {
            /** @description Information on actions by LFI at end of fixed term period. */
            FixedRateEnd?: string;
        };
        AEProductVariableTermProperties: {
            /** @description The variable term period */
            VariableTerm?: components["schemas"]["AEDuration"];
        };
        /** @description Properties of an interest rates with a fixed and variable element */
        AEProductHybridInterestRateProperties: {
            /**
             * @description A product that carries an interest rate and has both fixed and variable elements
             * @enum {string}
             */
            RateType: "HybridInterest";
            FixedRate?: components["schemas"]["AEProductFixedRateProperties"] & components["schemas"]["AEProductInterestCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & components["schemas"]["AEProductFixedRateEndProperties"];
            VariableRate?: components["schemas"]["AEProductVariableRateProperties"] & components["schemas"]["AEProductInterestCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & components["schemas"]["AEProductVariableTermProperties"];
        } & (components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "HybridInterest";
        });
        /** @description Properties of a profit rates with a fixed and variable element */
        AEProductHybridProfitRateProperties: {
            /**
             * @description A product that carries a profit rate and has both fixed and variable elements
             * @enum {string}
             */
            RateType: "HybridProfit";
            FixedRate?: components["schemas"]["AEProductFixedRateProperties"] & components["schemas"]["AEProductProfitCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & components["schemas"]["AEProductFixedRateEndProperties"];
            VariableRate?: components["schemas"]["AEProductVariableRateProperties"] & components["schemas"]["AEProductProfitCalculationMethodProperties"] & components["schemas"]["AEProductFinanceRateProperties"] & components["schemas"]["AEProductVariableTermProperties"];
        } & (components["schemas"]["AEProductFinanceRateProperties"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            RateType: "HybridProfit";
        });
        /** Cleartext Product Data */
        AEProductFinanceRates: components["schemas"]["AEProductFixedInterestRateProperties"] | components["schemas"]["AEProductFixedProfitRateProperties"] | components["schemas"]["AEProductVariableInterestRateProperties"] | components["schemas"]["AEProductVariableProfitRateProperties"] | components["schemas"]["AEProductHybridInterestRateProperties"] | components["schemas"]["AEProductHybridProfitRateProperties"];
        AEProductDepositRates: {
            /**
             * @description The deposit rate type
             * @enum {string}
             */
            RateType: "FixedInterest" | "FixedProfit" | "VariableInterest" | "VariableProfit";
            /** @description Details of the deposit rates */
            RateDetails: {
                /**
                 * @description Confirmation what the rate relates to.
                 * @enum {string}
                 */
                RateCategory?: "Applied" | "Standard" | "Bonus" | "Introductory" | "Other";
                /** @description The annual rate applied when a single rate is applicable. */
                AnnualRate?: number;
                /** @description When a rate range applies */
                AnnualRateRange?: {
                    /** @description The minimum rate that could apply */
                    MinRate?: number;
                    /** @description The maximum rate that could apply */
                    MaxRate?: number;
                };
                /** @description Applicable when a rate applies to a balance tier or band. */
                Tier?: {
                    /** @description The minimum tier or band balance. */
                    MinBalance?: string;
                    /** @description The maximum tier or band balance. */
                    MaxBalance?: string;
                    Currency?: components["schemas"]["ActiveOrHistoricCurrencyCode_1"];
                };
                /** @description ISO 8601 duration of the fixed rate or the introductory/bonus rate. */
                Term?: components["schemas"]["AEDuration"];
                /**
                 * Format: date
                 * @description When applicable, the date when the bonus or introductory rate will be expire.
                 */
                EffectiveDate?: string;
                /**
                 * Format: date
                 * @description When applicable, the date when the bonus or introductory rate is effective from.
                 */
                ExpiryDate?: string;
                /**
                 * @description The balance used to calculate the interest or profit.
                 * @enum {string}
                 */
                CalculationMethod?: "DailyClosingBalance" | "MinimumMonthlyBalance" | "AverageDailyBalance" | "AverageMonthlyBalance" | "AccountOpeningBalance" | "NotApplicable" | "Other";
                /**
                 * @description The frequency the interest or profit is calculated.
                 * @enum {string}
                 */
                CalculationFrequency?: "Monthly" | "Daily" | "Quarterly" | "HalfYearly" | "Annually" | "NotApplicable";
                /**
                 * @description When the interest or profit is applied to the account.
                 * @enum {string}
                 */
                ApplicationFrequency?: "Monthly" | "Daily" | "Quarterly" | "HalfYearly" | "Annually" | "NotApplicable";
                /** @description Additional free-text notes. */
                Notes?: string;
            }[];
        };
        /**
         * @description Indicates whether a given balance, transaction, or summarized amount is a credit or a debit.
         * @enum {string}
         */
        AECreditDebitIndicator: "Credit" | "Debit";
        /**
         * Format: date-time
         * @description Indicates the date (and time) that the account balance was checked
         */
        AEBalanceCheckDateTime: string;
    };
    responses: {
        /** @description Operation failed due to a invalid request parameter */
        BadRequestError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"];
            };
        };
        /** @description Operation failed due to an invalid credential or missing token */
        UnauthorizedError: {
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
        /** @description Operation failed as access to the requested resource is forbidden */
        ForbiddenError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error403"];
            };
        };
        /** @description Operation failed due to an internal server error */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error500"];
            };
        };
        /** @description Default error response */
        Error: {
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
        /**
         * @deprecated
         * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
         */
        aspspId: string;
        /** @description Identifier for the financial institution that the request is targetted to */
        providerId: string;
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
        /** @description If specified, the API should only return transactions which have a `bookingDateTime` that occurs on or after the specified date-time. */
        "transaction-fromBookingDateTime": components["schemas"]["transactionFilterDateTime"];
        /** @description If specified, the API should only return transactions which have a `bookingDateTime` that occurs on or before the specified date-time. */
        "transaction-toBookingDateTime": components["schemas"]["transactionFilterDateTime"];
        /** @description Page of results to request (standard pagination) */
        page: number;
        /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
        "page-size": number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    findAccounts: {
        parameters: {
            query: {
                /** @description Comma separated ids of the accounts to be returned. */
                accountIds: string;
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountsResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findByAccountId: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description Id of the account to be queried */
                accountId: string;
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
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findBalancesByAccountId: {
        parameters: {
            query: {
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description Id of the account to be queried */
                accountId: string;
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
                    "application/json": components["schemas"]["BalancesResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findTransactionsByAccountId: {
        parameters: {
            query: {
                /** @description If specified, the API should only return transactions which have a `bookingDateTime` that occurs on or after the specified date-time. */
                fromBookingDateTime?: components["parameters"]["transaction-fromBookingDateTime"];
                /** @description If specified, the API should only return transactions which have a `bookingDateTime` that occurs on or before the specified date-time. */
                toBookingDateTime?: components["parameters"]["transaction-toBookingDateTime"];
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description Indicates that only FX-related transactions should be returned, based on permissions set in the related consent */
                "o3-fx-transactions"?: boolean;
            };
            path: {
                /**
                 * @description Id of the account to be queried
                 * @example abc-123
                 */
                accountId: string;
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
                    "application/json": components["schemas"]["TransactionsResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findDirectDebitByAccountId: {
        parameters: {
            query: {
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description Id of the account to be queried */
                accountId: string;
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
                    "application/json": components["schemas"]["DirectDebitsResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findScheduledPaymentByAccountId: {
        parameters: {
            query: {
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description Id of the account to be queried */
                accountId: string;
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
                    "application/json": components["schemas"]["ScheduledPaymentsResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findStandingOrderByAccountId: {
        parameters: {
            query: {
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description Id of the account to be queried */
                accountId: string;
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
                    "application/json": components["schemas"]["StandingOrdersResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findCustomer: {
        parameters: {
            query?: never;
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findCustomerForCop: {
        parameters: {
            query: {
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description The interaction ID passed in by the caller, if any */
                "o3-caller-interaction-id"?: components["parameters"]["callerInteractionId"];
                /** @description An interaction ID generated by Ozone if the caller did not send in one. If the callerInteractionId is specified, this takes the same value. */
                "o3-ozone-interaction-id": components["parameters"]["ozoneInteractionId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmationRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findCustomerByAccountId: {
        parameters: {
            query: {
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                "o3-psu-identifier": string;
            };
            path: {
                /**
                 * @description Id of the account to be queried
                 * @example abc-123
                 */
                accountId: string;
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
                    "application/json": components["schemas"]["CustomersResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findBeneficiariesByAccountId: {
        parameters: {
            query: {
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description Id of the account to be queried */
                accountId: string;
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
                    "application/json": components["schemas"]["BeneficiariesResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    findProducts: {
        parameters: {
            query: {
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description Id of the account to be queried */
                accountId: string;
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
                    "application/json": components["schemas"]["ProductsResponse"];
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    getStatementsByAccountId: {
        parameters: {
            query: {
                /** @description Page of results to request (standard pagination) */
                page: components["parameters"]["page"];
                /** @description Page size to request. Default is 100 to comply with the Operating Guidelines for the Open Finance Framework. */
                "page-size": components["parameters"]["page-size"];
                /** @description Start date for filtering of the Statements on the OpeningDate field. If this is not populated, the start date will be open ended */
                fromStatementDate?: string;
                /** @description End date for filtering of the Statements on the OpeningDate.  If this is not populated, the end date will be open ended */
                toStatementDate?: string;
            };
            header: {
                /** @description Identifier for the financial institution that the request is targetted to */
                "o3-provider-id": components["parameters"]["providerId"];
                /**
                 * @deprecated
                 * @description Identifier for the financial institution that the request is targetted to. This header is deprecated and will be removed in a future version of Ozone Connect. Use `o3-provider-id` instead.
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
                /** @description Id of the account to be queried */
                accountId: string;
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
                    "application/json": {
                        data?: components["schemas"]["AEStatements"];
                        meta?: components["schemas"]["Meta"] & {
                            /**
                             * Format: date-time
                             * @description The first date and time for which statement data is available for the account
                             */
                            firstAvailableDateTime?: string;
                            /**
                             * Format: date-time
                             * @description The last date and time for which statement data is available for the account
                             */
                            lastAvailableDateTime?: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequestError"];
            401: components["responses"]["UnauthorizedError"];
            403: components["responses"]["ForbiddenError"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
}
