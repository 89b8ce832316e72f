package io.mpesagw.payment.application;

/**
 * Finds the Daraja account of a credential set: {@code default} is the deployment's own (DARAJA_*
 * settings), any other name is a merchant's own set, kept by token-service.
 */
public interface DarajaAccounts {

    /** Code of a payment or payout whose credential set token-service does not know: nothing was sent. */
    String MERCHANT_CREDENTIALS_MISSING = "merchant_credentials_missing";

    AccountLookup lookUp(String credentialSet);

    /** What a look-up found. */
    sealed interface AccountLookup {

        record Found(DarajaAccount account) implements AccountLookup {
        }

        /** No such set: the payment cannot be made with it, now or on a retry. */
        record Unknown(String credentialSet) implements AccountLookup {
        }

        /** The set could not be read just now (token-service unreachable or failing). */
        record Unavailable(String reason) implements AccountLookup {
        }
    }
}
