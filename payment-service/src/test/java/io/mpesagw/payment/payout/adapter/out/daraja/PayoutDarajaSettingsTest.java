package io.mpesagw.payment.payout.adapter.out.daraja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PayoutDarajaSettingsTest {

    @Test
    void the_certificate_alone_lets_merchants_own_sets_pay_out_while_the_default_set_does_not() {
        PayoutDarajaSettings settings = new PayoutDarajaSettings(null, null, null, null, Path.of("mpesa.pem"));

        assertThat(settings.hasCertificate()).isTrue();
        assertThat(settings.configured()).isFalse();
    }

    @Test
    void part_of_the_default_sets_b2c_settings_refuses_to_start_naming_what_is_missing() {
        assertThatThrownBy(() -> new PayoutDarajaSettings("600992", null, "testapi", null, Path.of("mpesa.pem")))
                .hasMessageContaining("missing: DARAJA_INITIATOR_PASSWORD");
        assertThatThrownBy(() -> new PayoutDarajaSettings("600992", null, "testapi", "Safaricom123!!", null))
                .hasMessageContaining("missing: DARAJA_CERTIFICATE_FILE");
    }

    @Test
    void nothing_set_means_no_payouts_at_all() {
        PayoutDarajaSettings settings = new PayoutDarajaSettings(null, null, null, null, null);

        assertThat(settings.hasCertificate()).isFalse();
        assertThat(settings.configured()).isFalse();
    }
}
