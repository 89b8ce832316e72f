package io.mpesagw.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.payment.application.DarajaAccount.Initiator;
import io.mpesagw.payment.application.DarajaAccount.ShortcodeType;
import org.junit.jupiter.api.Test;

class DarajaAccountTest {

    @Test
    void never_shows_its_passkey_or_initiator_password() {
        DarajaAccount account = new DarajaAccount("mer_1", "600111", ShortcodeType.TILL, "the-passkey", "600111",
                new Initiator("merchantapi", "Merchant#2026"));

        assertThat(account.toString()).contains("mer_1", "600111", "merchantapi")
                .doesNotContain("the-passkey", "Merchant#2026");
        assertThat(account.paysOut()).isTrue();
    }

    @Test
    void a_set_without_an_initiator_does_not_pay_out() {
        assertThat(new DarajaAccount("mer_1", "600111", ShortcodeType.PAYBILL, "p", null, null).paysOut()).isFalse();
    }
}
