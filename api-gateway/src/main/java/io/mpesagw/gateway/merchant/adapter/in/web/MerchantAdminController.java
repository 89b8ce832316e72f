package io.mpesagw.gateway.merchant.adapter.in.web;

import io.mpesagw.gateway.merchant.adapter.in.web.MerchantResource.DarajaCredentialsResource;
import io.mpesagw.gateway.merchant.application.DarajaCredentialInput;
import io.mpesagw.gateway.merchant.application.DarajaCredentialSetup;
import io.mpesagw.gateway.merchant.application.MerchantInputRules;
import io.mpesagw.gateway.merchant.application.MerchantOnboarding;
import io.mpesagw.gateway.merchant.application.MerchantOnboarding.MerchantChanges;
import io.mpesagw.gateway.merchant.application.MerchantOnboarding.Onboarded;
import io.mpesagw.gateway.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators create and configure merchants; {@code AdminApiGuard} has checked the admin token before any of this runs. */
@RestController
class MerchantAdminController {

    private final MerchantOnboarding onboarding;
    private final DarajaCredentialSetup credentials;

    MerchantAdminController(MerchantOnboarding onboarding, DarajaCredentialSetup credentials) {
        this.onboarding = onboarding;
        this.credentials = credentials;
    }

    record MerchantBody(String name, List<String> allowedOrigins, String webhookUrl) {
    }

    /** 201: the merchant with a test secret key and a test publishable key, their values shown this once. */
    @PostMapping(path = "/admin/v1/merchants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MerchantResource create(@RequestBody MerchantBody body, HttpServletRequest request) {
        Onboarded created = onboarding.create(MerchantInputRules.name(body.name()),
                MerchantInputRules.allowedOrigins(body.allowedOrigins()), MerchantInputRules.webhookUrl(body.webhookUrl()),
                RequestIds.originOf(request));
        Instant now = created.merchant().createdAt();
        return MerchantResource.of(created.merchant(),
                created.keys().stream().map(k -> ApiKeyResource.shownOnce(k, now)).toList(), null);
    }

    @GetMapping("/admin/v1/merchants/{id}")
    MerchantResource get(@PathVariable String id) {
        return MerchantResource.of(onboarding.overview(id));
    }

    /** Fields left out stay as they are; {@code "webhook_url": ""} removes the webhook URL. */
    @PatchMapping(path = "/admin/v1/merchants/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    MerchantResource update(@PathVariable String id, @RequestBody MerchantBody body, HttpServletRequest request) {
        boolean removeWebhook = "".equals(body.webhookUrl());
        onboarding.update(id, new MerchantChanges(body.name() == null ? null : MerchantInputRules.name(body.name()),
                body.allowedOrigins() == null ? null : MerchantInputRules.allowedOrigins(body.allowedOrigins()),
                removeWebhook ? null : MerchantInputRules.webhookUrl(body.webhookUrl()), removeWebhook),
                RequestIds.originOf(request));
        return MerchantResource.of(onboarding.overview(id));
    }

    /** Replaces the set; the answer shows the shortcode and which secrets are set, never a value. */
    @PutMapping(path = "/admin/v1/merchants/{id}/daraja-credentials", consumes = MediaType.APPLICATION_JSON_VALUE)
    DarajaCredentialsResource putCredentials(@PathVariable String id, @RequestBody DarajaCredentialInput body,
            HttpServletRequest request) {
        return DarajaCredentialsResource.of(credentials.replace(id, body.validated(), RequestIds.originOf(request)));
    }
}
