package io.mpesagw.gateway.idempotency.adapter.out.persistence;

import io.mpesagw.gateway.idempotency.domain.IdempotentRequest;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import io.mpesagw.kit.crypto.SealedBox;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Seals a stored answer with AES-256-GCM under GATEWAY_ENCRYPTION_KEY: an answer may carry a
 * checkout session's client secret, which the gateway otherwise keeps only as a digest, so a copy
 * of the table must not hand it out. The row's merchant, endpoint and key digest are the associated
 * data, so a sealed answer moved to another row does not open. Stored as {@code keyId.nonce.ciphertext}.
 */
@Component
class ResponseSeal {

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SealedBox box;

    ResponseSeal(SealedBox box) {
        this.box = box;
    }

    String seal(IdempotentRequest request, String body) {
        SealedBox.Sealed sealed = box.seal(body.getBytes(StandardCharsets.UTF_8), scope(request));
        return sealed.keyId() + "." + ENCODER.encodeToString(sealed.nonce()) + "." + ENCODER.encodeToString(sealed.ciphertext());
    }

    String open(IdempotentRequest request, String stored) {
        String[] parts = stored.split("\\.", 3);
        try {
            if (parts.length != 3) {
                throw new SealedBox.UnsealException("is not in keyId.nonce.ciphertext form");
            }
            return new String(box.open(new SealedBox.Sealed(parts[0], DECODER.decode(parts[1]), DECODER.decode(parts[2])),
                    scope(request)), StandardCharsets.UTF_8);
        } catch (SealedBox.UnsealException | IllegalArgumentException e) {
            // tampering or a lost key, never input: the caller cannot fix it
            throw new IllegalStateException("a stored idempotent response does not open: " + e.getMessage());
        }
    }

    private static byte[] scope(IdempotentRequest request) {
        return (request.merchantId() + "\n" + request.endpoint() + "\n" + SecretDigest.of(request.key().value()))
                .getBytes(StandardCharsets.UTF_8);
    }
}
