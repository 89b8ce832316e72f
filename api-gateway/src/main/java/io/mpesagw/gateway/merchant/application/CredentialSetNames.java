package io.mpesagw.gateway.merchant.application;

import io.mpesagw.contracts.CredentialSets;
import org.springframework.stereotype.Service;

/**
 * The Daraja credential set a merchant's payments and payouts are made with, named in the command for
 * payment-service: the merchant's own (named by its id) once it has set one, else the deployment's.
 */
@Service
public class CredentialSetNames {

    private final DarajaCredentialStore credentials;

    public CredentialSetNames(DarajaCredentialStore credentials) {
        this.credentials = credentials;
    }

    public String of(String merchantId) {
        return credentials.summary(merchantId).isPresent() ? merchantId : CredentialSets.DEFAULT;
    }
}
