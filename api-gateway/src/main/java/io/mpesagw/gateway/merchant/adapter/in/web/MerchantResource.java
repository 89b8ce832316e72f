package io.mpesagw.gateway.merchant.adapter.in.web;

import io.mpesagw.gateway.merchant.application.MerchantOnboarding.MerchantOverview;
import io.mpesagw.gateway.merchant.domain.DarajaCredentialSummary;
import io.mpesagw.gateway.merchant.domain.MerchantProfile;
import java.time.Instant;
import java.util.List;

/** A merchant as operators see it: settings, keys by id and state, which Daraja secrets are set. */
record MerchantResource(String id, String object, String name, List<String> allowedOrigins, String webhookUrl,
                        Instant createdAt, List<ApiKeyResource> keys, DarajaCredentialsResource darajaCredentials) {

    /** Which secrets are set, never their values. */
    record DarajaCredentialsResource(String object, String shortcode, String shortcodeType, String tillNumber,
                                     String environment, List<String> fieldsSet, Instant updatedAt) {

        static DarajaCredentialsResource of(DarajaCredentialSummary s) {
            return new DarajaCredentialsResource("daraja_credentials", s.shortcode(), s.shortcodeType().wireName(),
                    s.tillNumber(), s.environment().wireName(),
                    s.fieldsSet().stream().sorted().map(f -> f.wireName()).toList(),
                    s.updatedAt());
        }
    }

    static MerchantResource of(MerchantOverview overview) {
        return of(overview.merchant(), overview.keys().stream().map(k -> ApiKeyResource.of(k, overview.asOf())).toList(),
                overview.darajaCredentials().map(DarajaCredentialsResource::of).orElse(null));
    }

    static MerchantResource of(MerchantProfile m, List<ApiKeyResource> keys, DarajaCredentialsResource credentials) {
        return new MerchantResource(m.id(), "merchant", m.name(), m.allowedOrigins(),
                m.webhookUrl() == null ? null : m.webhookUrl().toString(), m.createdAt(), keys, credentials);
    }
}
