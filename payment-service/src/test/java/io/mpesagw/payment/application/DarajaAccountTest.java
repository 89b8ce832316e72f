package io.mpesagw.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.payment.application.DarajaAccount.Initiator;
import io.mpesagw.payment.application.DarajaAccount.ShortcodeType;
import org.junit.jupiter.api.Test;

class DarajaAccountTest {

    @Test
    void never_shows_its_passkey_or_initiator_password() {
        DarajaAccount account = new DarajaAccount("mer_1", "600111", ShortcodeType.TILL, "5123456", "the-passkey",
                "600111", new Initiator("merchantapi", "Merchant#2026"));

        assertThat(account.toString()).contains("mer_1", "600111", "5123456", "merchantapi")
                .doesNotContain("the-passkey", "Merchant#2026");
        assertThat(account.paysOut()).isTrue();
    }

    @Test
    void a_set_without_an_initiator_does_not_pay_out() {
        assertThat(new DarajaAccount("mer_1", "600111", ShortcodeType.PAYBILL, null, "p", null, null).paysOut())
                .isFalse();
    }

    @Test
    void a_till_pays_its_till_number_and_a_paybill_itself() {
        assertThat(new DarajaAccount("mer_1", "600111", ShortcodeType.TILL, "5123456", "p", null, null).payee())
                .isEqualTo("5123456");
        assertThat(new DarajaAccount("mer_1", "600111", ShortcodeType.PAYBILL, null, "p", null, null).payee())
                .isEqualTo("600111");
    }

    @Test
    void a_till_number_goes_with_a_till_only() {
        assertThatThrownBy(() -> new DarajaAccount("mer_1", "600111", ShortcodeType.TILL, null, "p", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DarajaAccount("mer_1", "600111", ShortcodeType.PAYBILL, "5123456", "p", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
