package io.mpesagw.simulator.c2b;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.c2b.C2bRequests.REGISTER_V1;
import static io.mpesagw.simulator.c2b.C2bRequests.REGISTER_V2;
import static io.mpesagw.simulator.c2b.C2bRequests.SIMULATE_V1;
import static io.mpesagw.simulator.c2b.C2bRequests.SIMULATE_V2;
import static io.mpesagw.simulator.c2b.C2bRequests.register;
import static io.mpesagw.simulator.c2b.C2bRequests.simulate;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.MerchantEndpoint;
import io.mpesagw.simulator.PrometheusScrape;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Simulate, then the confirmation over real HTTP (validation cases: C2bValidationApiTest). */
class C2bSimulateApiTest extends IsolatedSimulatorApiTest {

    static final String PAYBILL = "CustomerPayBillOnline";
    static final String BUY_GOODS = "CustomerBuyGoodsOnline";
    private static MerchantEndpoint merchant;

    @BeforeAll
    static void startMerchant() throws IOException {
        merchant = new MerchantEndpoint();
    }

    @AfterAll
    static void stopMerchant() {
        merchant.close();
    }

    @Test
    void simulate_answers_like_daraja_then_posts_the_confirmation_with_every_value_a_string() {
        registerV1("600100", "Completed", "paid-confirm", "paid-validate");

        Reply reply = daraja().postJson(SIMULATE_V1, bearer(),
                simulate("600100", PAYBILL, 10, "254708374149", "invoice008").toString());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().propertyNames())
                .containsExactly("OriginatorCoversationID", "ResponseCode", "ResponseDescription");
        assertThat(reply.text("ResponseCode")).isEqualTo("0");
        assertThat(reply.text("ResponseDescription")).isEqualTo("Accept the service request successfully.");

        MerchantEndpoint.Received confirmation = merchant.awaitFirst("paid-confirm");
        assertThat(confirmation.contentType()).isEqualTo("application/json");
        JsonNode body = confirmation.json();
        assertThat(body.propertyNames()).containsExactly("TransactionType", "TransID", "TransTime", "TransAmount",
                "BusinessShortCode", "BillRefNumber", "InvoiceNumber", "OrgAccountBalance", "ThirdPartyTransID",
                "MSISDN", "FirstName", "MiddleName", "LastName");
        body.properties().forEach(field -> assertThat(field.getValue().isString()).as(field.getKey()).isTrue());
        assertThat(body.get("TransactionType").asString()).isEqualTo("Pay Bill");
        assertThat(body.get("TransID").asString()).matches("[A-Z][A-L][1-9A-V][0-9][A-Z0-9]{6}");
        assertThat(body.get("TransTime").asString()).matches("20\\d{12}");
        assertThat(body.get("TransAmount").asString()).isEqualTo("10.00");
        assertThat(body.get("BusinessShortCode").asString()).isEqualTo("600100");
        assertThat(body.get("BillRefNumber").asString()).isEqualTo("invoice008");
        assertThat(body.get("OrgAccountBalance").asString()).isEqualTo("10.00");
        // v1 in the sandbox shows the whole number.
        assertThat(body.get("MSISDN").asString()).isEqualTo("254708374149");
        assertThat(body.get("FirstName").asString()).isEqualTo("John");
        assertThat(merchant.receivedFor("paid-validate")).as("validation is off by default").isEmpty();
    }

    @Test
    void urls_registered_with_v2_get_a_masked_msisdn_and_buy_goods_is_named_so() {
        String urls = register("600101", "Completed", merchant.urlFor("v2-confirm"), merchant.urlFor("v2-validate"))
                .toString();
        Reply registered = daraja().postJson(REGISTER_V2, bearer(), urls);
        assertThat(registered.status()).isEqualTo(200);

        Reply reply = daraja().postJson(SIMULATE_V2, bearer(),
                simulate("600101", BUY_GOODS, 250, "254712345126", "").toString());
        assertThat(reply.status()).isEqualTo(200);

        JsonNode body = merchant.awaitFirst("v2-confirm").json();
        assertThat(body.get("MSISDN").asString()).isEqualTo("2547 ***** 126");
        assertThat(body.get("TransactionType").asString()).isEqualTo("Buy Goods");
        assertThat(body.get("TransAmount").asString()).isEqualTo("250.00");
    }

    @Test
    void the_org_account_balance_grows_with_each_confirmed_payment() {
        registerV1("600102", "Completed", "balance-confirm", "balance-validate");

        daraja().postJson(SIMULATE_V1, bearer(), simulate("600102", PAYBILL, 100, "254708374149", "a1").toString());
        merchant.awaitFirst("balance-confirm");
        daraja().postJson(SIMULATE_V1, bearer(), simulate("600102", PAYBILL, 50, "254708374149", "a2").toString());

        assertThat(merchant.awaitCount("balance-confirm", 2).get(1).json().get("OrgAccountBalance").asString())
                .isEqualTo("150.00");
    }

    @Test
    void simulate_checks_each_field_in_order() {
        Map<String, ObjectNode> spoilt = Map.of(
                "ShortCode", simulate("600103", PAYBILL, 10, "254708374149", "x").put("ShortCode", "12"),
                "CommandID", simulate("600103", "BusinessPayment", 10, "254708374149", "x"),
                "Amount", simulate("600103", PAYBILL, 10, "254708374149", "x").put("Amount", "10.5"),
                "Msisdn", simulate("600103", PAYBILL, 10, "254708374149", "x").put("Msisdn", "0708374149"));
        spoilt.forEach((field, body) -> assertDarajaError(daraja().postJson(SIMULATE_V1, bearer(), body.toString()),
                400, "400.002.02", "Bad Request - Invalid " + field));
        assertDarajaError(daraja().postJson(SIMULATE_V1, bearer(),
                simulate("600103", PAYBILL, 0, "254708374149", "x").toString()), 400, "400.002.02",
                "Bad Request - Invalid Amount");
    }

    @Test
    void simulate_has_the_stk_bearer_content_type_and_method_checks() {
        String body = simulate("600104", PAYBILL, 10, "254708374149", "x").toString();

        assertDarajaError(daraja().postJson(SIMULATE_V2, "Bearer notatoken", body), 404, "404.001.03",
                "Invalid Access Token");
        assertDarajaError(daraja().post(SIMULATE_V1, bearer(), "text/plain", body), 400, "400.002.02",
                "Bad Request - Invalid BusinessShortCode");
        assertDarajaError(daraja().request("GET", SIMULATE_V1, bearer()), 405, "405.001", "GET Method Not Allowed");
        assertDarajaError(daraja().request("GET", SIMULATE_V2, null), 404, "404.001.04",
                "Invalid Authentication Header");
    }

    @Test
    void simulations_are_counted_on_prometheus() {
        long before = PrometheusScrape.value(daraja().plainText("/actuator/prometheus"),
                "simulator_c2b_simulations_total");
        daraja().postJson(SIMULATE_V1, bearer(), simulate("600105", PAYBILL, 10, "254708374149", "x").toString());
        daraja().postJson(SIMULATE_V2, "Bearer notatoken", "{}");

        assertThat(PrometheusScrape.value(daraja().plainText("/actuator/prometheus"),
                "simulator_c2b_simulations_total")).isEqualTo(before + 2);
    }

    private void registerV1(String shortCode, String responseType, String confirmName, String validateName) {
        Reply reply = daraja().postJson(REGISTER_V1, bearer(), register(shortCode, responseType,
                merchant.urlFor(confirmName), merchant.urlFor(validateName)).toString());
        assertThat(reply.status()).isEqualTo(200);
    }

    private String bearer() {
        return "Bearer " + daraja().accessToken();
    }
}
