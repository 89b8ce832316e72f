package io.mpesagw.gateway.merchant.adapter.in.web;

import io.mpesagw.gateway.merchant.application.ApiKeyLifecycle;
import io.mpesagw.gateway.merchant.application.ApiKeyLifecycle.Rotation;
import io.mpesagw.gateway.merchant.application.ApiKeyRules;
import io.mpesagw.gateway.merchant.domain.IssuedKey;
import io.mpesagw.gateway.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issues, rotates and revokes a merchant's keys; a new key's value is in the answer that made it, and nowhere else. */
@RestController
class ApiKeyAdminController {

    private final ApiKeyLifecycle keys;
    private final Clock clock;

    ApiKeyAdminController(ApiKeyLifecycle keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    record NewKeyBody(String kind, String mode) {
    }

    record RotateBody(String gracePeriod) {
    }

    record RotationResource(String object, ApiKeyResource previousKey, ApiKeyResource newKey) {
    }

    @PostMapping(path = "/admin/v1/merchants/{id}/keys", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeyResource issue(@PathVariable String id, @RequestBody NewKeyBody body, HttpServletRequest request) {
        IssuedKey issued = keys.issue(id, ApiKeyRules.prefix(body.kind(), body.mode()), RequestIds.originOf(request));
        return ApiKeyResource.shownOnce(issued, clock.instant());
    }

    /** Body optional: {@code {"grace_period":"24h"}} is the default, {@code "0"} ends the old key at once. */
    @PostMapping("/admin/v1/merchants/{id}/keys/{keyId}/rotate")
    @ResponseStatus(HttpStatus.CREATED)
    RotationResource rotate(@PathVariable String id, @PathVariable String keyId,
            @RequestBody(required = false) RotateBody body, HttpServletRequest request) {
        Rotation rotation = keys.rotate(id, keyId, ApiKeyRules.gracePeriod(body == null ? null : body.gracePeriod()),
                RequestIds.originOf(request));
        return new RotationResource("api_key_rotation", ApiKeyResource.of(rotation.previous(), clock.instant()),
                ApiKeyResource.shownOnce(rotation.replacement(), clock.instant()));
    }

    @PostMapping("/admin/v1/merchants/{id}/keys/{keyId}/revoke")
    ApiKeyResource revoke(@PathVariable String id, @PathVariable String keyId, HttpServletRequest request) {
        return ApiKeyResource.of(keys.revoke(id, keyId, RequestIds.originOf(request)), clock.instant());
    }
}
