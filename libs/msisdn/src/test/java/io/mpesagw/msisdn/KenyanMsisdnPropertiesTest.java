package io.mpesagw.msisdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties over every Kenyan mobile range in daraja-facts.md section 11, not a few examples. Each runs
 * {@link MsisdnGenerators#CASES} seeded cases; a failure prints the seed and the input, escaped.
 */
class KenyanMsisdnPropertiesTest {

    private record Pasted(String nsn, String typed) {
    }

    @TestFactory
    Stream<DynamicTest> any_form_with_any_separators_reads_as_the_same_msisdn() {
        return MsisdnGenerators.cases(0x4D5349_0001L, generate -> {
            String nsn = generate.subscriberNumber();
            String form = generate.form();
            List<String> separators = generate.separators(9);
            int zero = generate.zero();
            MsisdnGenerators.Quotes quotes = generate.quotes();
            return new Pasted(nsn, quotes.open() + inDigits(form + spread(nsn, separators), zero) + quotes.close());
        }, Pasted::typed, pasted -> assertThat(KenyanMsisdn.parse(pasted.typed())).isEqualTo(
                new MsisdnParse.Accepted("254" + pasted.nsn(), MobileNetwork.ofNationalNumber(pasted.nsn()))));
    }

    @TestFactory
    Stream<DynamicTest> normalising_twice_changes_nothing() {
        return MsisdnGenerators.cases(0x4D5349_0002L, generate -> generate.form() + generate.subscriberNumber(),
                typed -> typed, typed -> {
                    String once = KenyanMsisdn.normalise(typed);

                    assertThat(KenyanMsisdn.normalise(once)).isEqualTo(once);
                });
    }

    @TestFactory
    Stream<DynamicTest> mask_reveals_only_the_prefix_and_the_last_three() {
        return MsisdnGenerators.cases(0x4D5349_0003L, generate -> "254" + generate.subscriberNumber(),
                msisdn -> msisdn, msisdn -> assertThat(KenyanMsisdn.mask(msisdn))
                        .isEqualTo(msisdn.substring(0, 4) + "****" + msisdn.substring(9)));
    }

    @TestFactory
    Stream<DynamicTest> mask_never_shows_more_than_seven_characters_of_anything() {
        return MsisdnGenerators.cases(0x4D5349_0004L, MsisdnGenerators::anyString, anything -> anything,
                anything -> {
                    String masked = KenyanMsisdn.mask(anything);

                    assertThat(masked.length() - 4).isLessThanOrEqualTo(7);
                    assertThat(masked).contains("****");
                });
    }

    @TestFactory
    Stream<DynamicTest> a_rejection_never_echoes_the_number() {
        return MsisdnGenerators.cases(0x4D5349_0005L, MsisdnGenerators::digitString, digits -> digits, digits -> {
            if (KenyanMsisdn.parse(digits) instanceof MsisdnParse.Rejected rejected) {
                assertThat(rejected.message().replace(KenyanMsisdn.ACCEPTED, "")).doesNotContainPattern("\\d{5}");
            }
        });
    }

    private static String spread(String nsn, List<String> separators) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nsn.length(); i++) {
            out.append(separators.get(i)).append(nsn.charAt(i));
        }
        return out.toString();
    }

    /** Rewrites every ASCII digit, including the form's, in the script whose zero is given. */
    private static String inDigits(String text, int zero) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(cp >= '0' && cp <= '9' ? zero + cp - '0' : cp));
        return out.toString();
    }
}
