package io.mpesagw.msisdn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KenyanMsisdnTest {

    @ParameterizedTest
    @ValueSource(strings = {"0712345678", "712345678", "254712345678", "+254712345678", "00254712345678",
        "000254712345678", "+254 712 345 678", "0712-345-678", "0712.345.678", "(0712) 345678",
        "+254 (0) 712 345 678", "2540712345678", "tel:+254712345678", " \"0712 345 678\" ", "０７１２３４５６７８",
        "0712\u200B345678", "0712\u00A0345\u00A0678"})
    void every_common_form_reads_as_the_same_msisdn(String typed) {
        assertThat(KenyanMsisdn.parse(typed)).isEqualTo(
                new MsisdnParse.Accepted("254712345678", MobileNetwork.SAFARICOM));
    }

    @Test
    void the_01_range_is_a_mobile_range() {
        assertThat(KenyanMsisdn.normalise("0112345678")).isEqualTo("254112345678");
    }

    @ParameterizedTest
    @CsvSource({
        "'', EMPTY", "0712345, TOO_SHORT", "07123456789, TOO_LONG", "0712abc678, LETTERS",
        "0201234567, LANDLINE", "+255712345678, OTHER_COUNTRY", "0800723456, TOLL_FREE", "0900223456, PREMIUM",
        "0254712345678, INVALID"})
    void rejects_with_a_specific_reason(String typed, RejectionReason reason) {
        MsisdnParse result = KenyanMsisdn.parse(typed);

        assertThat(result).isInstanceOfSatisfying(MsisdnParse.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(reason);
            assertThat(rejected.message()).contains("expected a Kenyan mobile number");
        });
    }

    @Test
    void reports_the_likely_network_as_a_hint() {
        assertThat(KenyanMsisdn.parse("0733123456"))
                .isEqualTo(new MsisdnParse.Accepted("254733123456", MobileNetwork.AIRTEL));
    }

    @Test
    void masks_for_logs() {
        assertThat(KenyanMsisdn.mask("254708374149")).isEqualTo("2547****149");
    }
}
