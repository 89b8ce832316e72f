package io.mpesagw.daraja.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.daraja.b2c.B2cResultReader;
import io.mpesagw.daraja.balance.AccountBalance;
import io.mpesagw.daraja.c2b.C2bPaymentReader;
import io.mpesagw.daraja.callback.MalformedCallbackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultReadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{}", "{\"Result\":[]}", "{\"Body\":{\"stkCallback\":{}}}"})
    void a_body_without_a_result_object_is_malformed(String body) {
        assertThatThrownBy(() -> B2cResultReader.read(body)).isInstanceOf(MalformedCallbackException.class)
                .hasMessageContaining("B2C result");
    }

    @Test
    void names_a_missing_result_code_or_correlation_id() {
        assertThatThrownBy(() -> B2cResultReader.read("{\"Result\":{\"ConversationID\":\"AG_1\"}}"))
                .hasMessageContaining("Result.ResultCode is missing");
        assertThatThrownBy(() -> B2cResultReader.read("{\"Result\":{\"ResultCode\":0}}"))
                .hasMessageContaining("neither OriginatorConversationID nor ConversationID");
    }

    @Test
    void a_non_numeric_amount_is_malformed_not_zero() {
        assertThatThrownBy(() -> B2cResultReader.read("""
                {"Result":{"ResultCode":0,"ConversationID":"AG_1","ResultParameters":{"ResultParameter":[
                {"Key":"TransactionAmount","Value":"ten"}]}}}""")).hasMessageContaining("TransactionAmount is not a number");
    }

    @Test
    void result_type_one_is_not_final() throws Exception {
        assertThat(B2cResultReader.read("{\"Result\":{\"ResultType\":1,\"ResultCode\":0,\"ConversationID\":\"AG_1\"}}")
                .header().isFinal()).isFalse();
    }

    @Test
    void splits_public_names_in_every_form_seen() {
        assertThat(PartyName.parse("254708374149 - John Doe")).isEqualTo(new PartyName("254708374149", "John Doe"));
        assertThat(PartyName.parse("0112345678 - JANE - DOE").msisdn()).isEqualTo("254112345678");
        assertThat(PartyName.parse("0112345678 - JANE - DOE").name()).isEqualTo("JANE - DOE");
        assertThat(PartyName.parse("600000 - Safaricom").msisdn()).isNull();
        assertThat(PartyName.parse("John Doe")).isEqualTo(new PartyName(null, "John Doe"));
        assertThat(PartyName.parse(" ")).isNull();
    }

    @Test
    void a_balance_string_with_a_broken_amount_is_malformed() throws Exception {
        assertThat(AccountBalance.parseAll("")).isEmpty();
        assertThat(AccountBalance.parseAll("Working Account|KES|10.00|||")).singleElement()
                .satisfies(a -> assertThat(a.available()).isEqualByComparingTo("10"));
        assertThatThrownBy(() -> AccountBalance.parseAll("Working Account|KES|ten")).hasMessageContaining("'ten'");
        assertThatThrownBy(() -> AccountBalance.parseAll("Working Account")).hasMessageContaining("name|currency");
    }

    @Test
    void a_queue_timeout_of_any_shape_is_accepted() {
        assertThat(QueueTimeoutReader.read("<html/>")).isEqualTo(new QueueTimeout(null, null, null, null));
        assertThat(QueueTimeoutReader.read(null)).isEqualTo(new QueueTimeout(null, null, null, null));
        assertThat(QueueTimeoutReader.read("{\"OriginatorConversationID\":\"oc-1\",\"ResultCode\":\"1\"}"))
                .isEqualTo(new QueueTimeout("oc-1", null, "1", null));
    }

    @Test
    void a_c2b_body_needs_its_transaction_id_and_amount() {
        assertThatThrownBy(() -> C2bPaymentReader.read("{\"TransAmount\":\"10.00\"}")).hasMessageContaining("TransID");
        assertThatThrownBy(() -> C2bPaymentReader.read("{\"TransID\":\"RKTQDM7W6S\",\"TransAmount\":\"\"}"))
                .hasMessageContaining("TransAmount");
        assertThatThrownBy(() -> C2bPaymentReader.read("")).isInstanceOf(MalformedCallbackException.class);
    }
}
