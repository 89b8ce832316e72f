package io.mpesagw.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final Instant AT = Instant.parse("2026-11-28T07:00:00Z");

    @Test
    void a_payment_event_round_trips_through_its_sealed_type() {
        PaymentEvent failed = new PaymentFailed("evt_1", "pay_1", "mer_1", PaymentStatus.CANCELLED,
                "customer_cancelled", "1032", "You cancelled the request on your phone.", AT);

        String json = EventJson.write(failed);

        assertThat(json).contains("\"type\":\"PaymentFailed\"").contains("\"status\":\"cancelled\"");
        assertThat(EventJson.read(json, PaymentEvent.class)).isEqualTo(failed);
    }

    @Test
    void a_command_round_trips_and_tolerates_fields_added_later() {
        PaymentCommand push = new RequestStkPush("pay_1", "mer_1", 10, "254708374149", "INV-1", "Order", AT);
        String json = EventJson.write(push).replace("{", "{\"addedInV2\":true,");

        assertThat(EventJson.read(json, PaymentCommand.class)).isEqualTo(push);
    }

    @Test
    void a_command_names_its_credential_set_and_keeps_it_through_json() {
        PaymentCommand push = new RequestStkPush("pay_1", "mer_1", 10, "254708374149", "INV-1", "Order", AT, "mer_1");
        PayoutCommand payout = new RequestPayout("po_1", "mer_1", 100, "254708374149", "REF-1", "Refund", null, AT,
                "mer_1");

        assertThat(EventJson.write(push)).contains("\"credentialSet\":\"mer_1\"");
        assertThat(EventJson.read(EventJson.write(push), PaymentCommand.class)).isEqualTo(push);
        assertThat(EventJson.read(EventJson.write(payout), PayoutCommand.class)).isEqualTo(payout);
    }

    @Test
    void a_command_written_before_credential_sets_existed_means_the_default_set() {
        // exactly what api-gateway wrote before the field was added: such commands may still wait on a topic
        String oldPush = """
                {"type":"RequestStkPush","paymentId":"pay_1","merchantId":"mer_1","amount":10,\
                "msisdn":"254708374149","accountReference":"INV-1","description":"Order",\
                "requestedAt":"2026-11-28T07:00:00Z"}""";
        String oldPayout = """
                {"type":"RequestPayout","payoutId":"po_1","merchantId":"mer_1","amount":100,\
                "msisdn":"254708374149","reference":"REF-1","remarks":"Refund","occasion":null,\
                "requestedAt":"2026-11-28T07:00:00Z"}""";

        RequestStkPush push = (RequestStkPush) EventJson.read(oldPush, PaymentCommand.class);
        RequestPayout payout = (RequestPayout) EventJson.read(oldPayout, PayoutCommand.class);

        assertThat(push.credentialSet()).isEqualTo(CredentialSets.DEFAULT);
        assertThat(push).isEqualTo(new RequestStkPush("pay_1", "mer_1", 10, "254708374149", "INV-1", "Order", AT));
        assertThat(payout.credentialSet()).isEqualTo(CredentialSets.DEFAULT);
        assertThat(new RequestPayout("po_1", "mer_1", 100, "254708374149", "REF-1", "Refund", null, AT, " ")
                .credentialSet()).as("blank is no name").isEqualTo(CredentialSets.DEFAULT);
    }

    @Test
    void a_callback_keeps_amounts_exact() {
        CallbackResult callback = new StkCallbackReceived("cb_1", "pay_1", "m-1", "ws_CO_1", "0",
                "The service request is processed successfully.", new BigDecimal("10.00"), "SA77CVC7PZ",
                "254708374149", "20240107170703", AT);

        StkCallbackReceived read = (StkCallbackReceived) EventJson.read(EventJson.write(callback), CallbackResult.class);

        assertThat(read.amount()).isEqualByComparingTo("10");
        assertThat(read.succeeded()).isTrue();
    }

    @Test
    void a_command_cannot_be_built_for_less_than_one_shilling() {
        assertThatThrownBy(() -> new RequestStkPush("pay_1", "mer_1", 0, "254708374149", "INV-1", null, AT))
                .hasMessageContaining("at least 1 shilling");
    }

    @Test
    void a_payout_result_round_trips_through_its_sealed_type_with_exact_amounts() {
        PayoutCallback paid = new PayoutResultReceived("cbr_1", "po_1", "119209-298361195-1",
                "AG_20230217_20207d67d6bea6a82db2", "0", "0", "The service request is processed successfully.",
                "RBH7V5GG0J", new BigDecimal("10"), "RBH7V5GG0J", "254708374149", "JOHN DOE", "17.02.2023 16:49:42",
                new BigDecimal("488.57"), new BigDecimal("0.00"), new BigDecimal("-1540.00"), true, AT);

        String json = EventJson.write(paid);
        PayoutResultReceived read = (PayoutResultReceived) EventJson.read(json, PayoutCallback.class);

        assertThat(json).contains("\"type\":\"PayoutResultReceived\"");
        assertThat(read).isEqualTo(paid);
        assertThat(read.succeeded()).isTrue();
        assertThat(read.chargesPaidAccountFunds()).isEqualByComparingTo("-1540");
    }

    @Test
    void a_timeout_may_carry_nothing_but_our_own_ids() {
        PayoutCallback timedOut = new PayoutTimedOut("cbr_2", "po_2", null, null, null, null, AT);

        assertThat(EventJson.read(EventJson.write(timedOut), PayoutCallback.class)).isEqualTo(timedOut);
    }

    @Test
    void an_interim_payout_result_is_not_a_success_and_one_without_ids_cannot_be_built() {
        PayoutResultReceived interim = new PayoutResultReceived("cbr_3", "po_3", "oc-1", null, "1", "0", null, null,
                null, null, null, null, null, null, null, null, null, AT);

        assertThat(interim.isFinal()).isFalse();
        assertThat(interim.succeeded()).isFalse();
        assertThatThrownBy(() -> new PayoutResultReceived("cbr_4", "po_4", null, null, "0", "0", null, null, null,
                null, null, null, null, null, null, null, null, AT)).hasMessageContaining("ConversationID");
    }
}
