package io.mpesagw.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditMaskingTest {

    @ParameterizedTest
    @ValueSource(strings = {"Password", "password", "consumer_secret", "Passkey", "access_token", "SecurityCredential",
            "Authorization", "apiKey", "api-key", "X-Api-Key", "Cookie", "signature"})
    void drops_values_under_keys_that_name_a_secret(String key) {
        assertThat(AuditMasking.maskDetails(Map.of(key, "s3cr3t"))).containsEntry(key, AuditMasking.MASK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"key_id", "keyId", "apiKeyId", "key_prefix", "idempotencyKey", "Amount", "AccountReference"})
    void keeps_values_under_keys_that_are_not_secrets(String key) {
        assertThat(AuditMasking.maskDetails(Map.of(key, "visible"))).containsEntry(key, "visible");
    }

    @Test
    void masks_kenyan_phone_numbers_anywhere_in_text() {
        assertThat(AuditMasking.maskText("payer 254708374149, alt +254110374149 or 0708374149 / 0110374149."))
                .isEqualTo("payer 2547****149, alt 2541****149 or 2547****149 / 2541****149.");
    }

    @Test
    void masks_phone_numbers_sent_as_json_numbers_but_keeps_amounts_and_references() {
        Map<String, Object> masked = AuditMasking.maskDetails(Map.of("Body", Map.of("stkCallback", Map.of(
                "CallbackMetadata", Map.of("Item", List.of(
                        Map.of("Name", "Amount", "Value", 1),
                        Map.of("Name", "MpesaReceiptNumber", "Value", "NLJ7RT61SV"),
                        Map.of("Name", "PhoneNumber", "Value", 254708374149L))),
                "ResultDesc", "The service request is processed successfully.",
                "Fee", new BigDecimal("12.50")))));

        String text = AuditCanonicalForm.detailsJson(masked);
        assertThat(text).doesNotContain("254708374149")
                .contains("\"2547****149\"", "\"Value\":1", "NLJ7RT61SV", "12.50", "processed successfully");
    }

    @Test
    void masks_authorization_values_even_under_an_innocent_key() {
        assertThat(AuditMasking.maskDetails(Map.of("note", "Bearer abc.def.ghi"))).containsEntry("note", AuditMasking.MASK);
        assertThat(AuditMasking.maskText("Basic Y29uc3VtZXI6c2VjcmV0")).isEqualTo(AuditMasking.MASK);
    }

    @Test
    void details_serialise_with_sorted_keys_whatever_the_input_order() {
        var linked = new java.util.LinkedHashMap<String, Object>();
        linked.put("zeta", 1);
        linked.put("alpha", Map.of("b", 2, "a", 1));
        assertThat(AuditCanonicalForm.detailsJson(AuditMasking.maskDetails(linked)))
                .isEqualTo("{\"alpha\":{\"a\":1,\"b\":2},\"zeta\":1}");
    }

    @Test
    void drops_nul_characters_that_postgresql_cannot_store() {
        assertThat(AuditMasking.maskText("INV\0-42")).isEqualTo("INV-42");
    }

    @Test
    void a_first_state_transition_has_no_from_state() {
        Map<String, ?> details = AuditEntry.stateTransition("payment", "pay_1", null, "SUBMITTED", "accepted").details();
        assertThat(details.get("from")).isNull();
        assertThat(details.containsKey("from")).isTrue();
        assertThat(details.get("to")).isEqualTo("SUBMITTED");
    }

    @Test
    void leaves_numbers_that_only_resemble_phone_numbers_alone() {
        assertThat(AuditMasking.maskText("shortcode 174379, account 12345678901234, ref 0712345")).isEqualTo(
                "shortcode 174379, account 12345678901234, ref 0712345");
    }
}
