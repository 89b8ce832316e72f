package io.mpesagw.simulator.stk;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.SimulatorApiTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Field rules of the STK push; the callback URL points nowhere because no push here is accepted. */
class StkPushValidationApiTest extends SimulatorApiTest {

    private static final String NOWHERE = "http://127.0.0.1:9/cb";
    private static final Object MISSING = new Object();

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("BusinessShortCode", MISSING),
                Arguments.of("BusinessShortCode", "17437a"),
                Arguments.of("Password", MISSING),
                Arguments.of("Password", ""),
                Arguments.of("Timestamp", "2016021616562"),
                Arguments.of("Timestamp", "2016-02-16 16:56"),
                Arguments.of("TransactionType", "CustomerPayBill"),
                Arguments.of("Amount", 0),
                Arguments.of("Amount", -5),
                Arguments.of("Amount", 1.5),
                Arguments.of("Amount", "1.5"),
                Arguments.of("Amount", "ten"),
                Arguments.of("Amount", 250_001),
                Arguments.of("Amount", MISSING),
                Arguments.of("PartyA", "0712345678"),
                Arguments.of("PartyA", "+254712345678"),
                Arguments.of("PartyB", "12"),
                Arguments.of("PhoneNumber", "254812345678"),
                Arguments.of("PhoneNumber", "25471234567"),
                Arguments.of("PhoneNumber", MISSING),
                Arguments.of("CallBackURL", "https://example.com/call back"),
                Arguments.of("CallBackURL", " https://example.com/cb"),
                Arguments.of("CallBackURL", "/callbacks/relative"),
                Arguments.of("CallBackURL", "ftp://example.com/cb"),
                Arguments.of("AccountReference", "ABCDEFGHIJKLM"),
                Arguments.of("AccountReference", ""),
                Arguments.of("TransactionDesc", "ABCDEFGHIJKLMN"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void an_invalid_field_is_named_in_a_400_002_02(String field, Object value) {
        ObjectNode body = stkPushBody("254712000200", NOWHERE);
        if (value == MISSING) {
            body.remove(field);
        } else if (value instanceof Integer number) {
            body.put(field, number);
        } else if (value instanceof Double number) {
            body.put(field, number);
        } else {
            body.put(field, (String) value);
        }

        assertDarajaError(daraja().stkPush(daraja().accessToken(), body), 400, "400.002.02",
                "Bad Request - Invalid " + field);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("acceptedVariants")
    void accepts_the_variants_daraja_accepts(String field, Object value, String phone) {
        ObjectNode body = stkPushBody(phone, NOWHERE);
        if (value == MISSING) {
            body.remove(field);
        } else if (value instanceof Long number) {
            body.put(field, number);
        } else {
            body.put(field, (String) value);
        }

        assertThat(daraja().stkPush(daraja().accessToken(), body).status()).isEqualTo(200);
    }

    static Stream<Arguments> acceptedVariants() {
        return Stream.of(
                Arguments.of("TransactionDesc", MISSING, "254712000201"),
                Arguments.of("AccountReference", "ABCDEFGHIJKL", "254712000202"),
                Arguments.of("TransactionType", "CustomerBuyGoodsOnline", "254712000203"),
                Arguments.of("PhoneNumber", 254712000204L, "254712000204"),
                Arguments.of("Amount", "250000", "254712000205"));
    }
}
