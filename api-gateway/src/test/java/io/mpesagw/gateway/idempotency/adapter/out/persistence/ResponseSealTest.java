package io.mpesagw.gateway.idempotency.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.gateway.idempotency.domain.IdempotencyKey;
import io.mpesagw.gateway.idempotency.domain.IdempotentRequest;
import io.mpesagw.gateway.idempotency.domain.RequestFingerprint;
import io.mpesagw.kit.crypto.EncryptionKeys;
import io.mpesagw.kit.crypto.SealedBox;
import org.junit.jupiter.api.Test;

class ResponseSealTest {

    private static final String KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    private final ResponseSeal seal = new ResponseSeal(new SealedBox(EncryptionKeys.fromBase64("GATEWAY_ENCRYPTION_KEY", KEY, null)));

    private static final RequestFingerprint FINGERPRINT = new RequestFingerprint("f".repeat(64));
    private static final String BODY = "{\"id\":\"cs_1\",\"client_secret\":\"cs_1_secret_abc\"}";

    private static IdempotentRequest request(String merchant, String key) {
        return new IdempotentRequest(merchant, "POST /v1/checkout/sessions", new IdempotencyKey(key), FINGERPRINT);
    }

    @Test
    void a_sealed_answer_opens_in_its_own_row_and_shows_nothing_in_clear() {
        String sealed = seal.seal(request("mer_1", "order-42"), BODY);

        assertThat(sealed).doesNotContain("secret").doesNotContain("cs_1");
        assertThat(seal.open(request("mer_1", "order-42"), sealed)).isEqualTo(BODY);
    }

    @Test
    void it_does_not_open_in_another_keys_or_another_merchants_row() {
        String sealed = seal.seal(request("mer_1", "order-42"), BODY);

        assertThatThrownBy(() -> seal.open(request("mer_1", "order-43"), sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open(request("mer_2", "order-42"), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void it_does_not_open_without_the_gateway_key() {
        String sealed = seal.seal(request("mer_1", "order-42"), BODY);
        byte[] other = new byte[32];
        other[0] = 1;
        ResponseSeal elsewhere = new ResponseSeal(new SealedBox(EncryptionKeys.fromBase64("GATEWAY_ENCRYPTION_KEY",
                java.util.Base64.getEncoder().encodeToString(other), null)));

        assertThatThrownBy(() -> elsewhere.open(request("mer_1", "order-42"), sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("secret");
    }
}
