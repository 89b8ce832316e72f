package io.mpesagw.daraja.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixtures are the real payload shapes from daraja-facts.md section 5. */
class StkCallbackReaderTest {

    @Test
    void reads_a_success_whose_balance_item_has_no_value() throws Exception {
        StkCallback callback = StkCallbackReader.read("""
                {"Body":{"stkCallback":{
                  "MerchantRequestID":"25505-162427436-1",
                  "CheckoutRequestID":"ws_CO_07012024170905625708374149",
                  "ResultCode":0,
                  "ResultDesc":"The service request is processed successfully.",
                  "CallbackMetadata":{"Item":[
                    {"Name":"Amount","Value":10},
                    {"Name":"MpesaReceiptNumber","Value":"SA77CVC7PZ"},
                    {"Name":"Balance"},
                    {"Name":"TransactionDate","Value":20240107170703},
                    {"Name":"PhoneNumber","Value":254708374149}]}}}}""");

        assertThat(callback).isEqualTo(new StkCallback("25505-162427436-1", "ws_CO_07012024170905625708374149", "0",
                "The service request is processed successfully.", new BigDecimal("10"), "SA77CVC7PZ",
                "254708374149", "20240107170703"));
        assertThat(callback.succeeded()).isTrue();
    }

    @Test
    void reads_a_failure_without_metadata() throws Exception {
        StkCallback callback = StkCallbackReader.read("""
                {"Body":{"stkCallback":{"MerchantRequestID":"c5e5-4c99-8aec-84c700cd04ff79514",\
                "CheckoutRequestID":"ws_CO_06072025221716703708374149","ResultCode":1,\
                "ResultDesc":"The balance is insufficient for the transaction."}}}""");

        assertThat(callback.resultCode()).isEqualTo("1");
        assertThat(callback.succeeded()).isFalse();
        assertThat(callback.amount()).isNull();
        assertThat(callback.mpesaReceiptNumber()).isNull();
        assertThat(callback.phoneNumber()).isNull();
        assertThat(callback.transactionDate()).isNull();
    }

    @Test
    void keeps_a_decimal_amount_exact_and_reads_items_in_any_order() throws Exception {
        StkCallback callback = StkCallbackReader.read("""
                {"Body":{"stkCallback":{"MerchantRequestID":"29115-34620561-1",
                  "CheckoutRequestID":"ws_CO_191220191020363925","ResultCode":0,"ResultDesc":"ok",
                  "CallbackMetadata":{"Item":[
                    {"Name":"PhoneNumber","Value":254112345678},
                    {"Name":"Balance","Value":0},
                    {"Name":"TransactionDate","Value":20191219102115},
                    {"Name":"MpesaReceiptNumber","Value":"NLJ7RT61SV"},
                    {"Name":"Amount","Value":1.00}]}}}}""");

        assertThat(callback.amount()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(callback.amount().scale()).isEqualTo(2);
        assertThat(callback.phoneNumber()).isEqualTo("254112345678");
        assertThat(callback.mpesaReceiptNumber()).isEqualTo("NLJ7RT61SV");
    }

    @Test
    void accepts_a_single_item_object_instead_of_a_list() throws Exception {
        StkCallback callback = StkCallbackReader.read("""
                {"Body":{"stkCallback":{"MerchantRequestID":"m","CheckoutRequestID":"ws_CO_1","ResultCode":0,
                  "ResultDesc":"ok","CallbackMetadata":{"Item":{"Name":"Amount","Value":"25"}}}}}""");

        assertThat(callback.amount()).isEqualByComparingTo("25");
        assertThat(callback.mpesaReceiptNumber()).isNull();
    }

    @Test
    void reads_result_codes_sent_as_strings_including_non_numeric_ones() throws Exception {
        assertThat(StkCallbackReader.read(failure("\"1032\"")).resultCode()).isEqualTo("1032");
        assertThat(StkCallbackReader.read(failure("\"0\"")).succeeded()).isTrue();
        assertThat(StkCallbackReader.read(failure("\"SFC_IC0003\"")).resultCode()).isEqualTo("SFC_IC0003");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{}", "[]", "null", "not json", "<xml/>", "{\"Body\":{}}", "{\"Body\":{\"stkCallback\":[]}}"})
    void rejects_bodies_that_carry_no_stk_callback(String body) {
        assertThatThrownBy(() -> StkCallbackReader.read(body))
                .isInstanceOf(MalformedCallbackException.class)
                .hasMessageContaining("Body");
    }

    @Test
    void names_the_missing_checkout_request_id() {
        assertThatThrownBy(() -> StkCallbackReader.read("""
                {"Body":{"stkCallback":{"MerchantRequestID":"m","ResultCode":0,"ResultDesc":"ok"}}}"""))
                .isInstanceOf(MalformedCallbackException.class)
                .hasMessage("Body.stkCallback.CheckoutRequestID is missing or empty");
    }

    @Test
    void names_the_missing_result_code() {
        assertThatThrownBy(() -> StkCallbackReader.read("""
                {"Body":{"stkCallback":{"MerchantRequestID":"m","CheckoutRequestID":"ws_CO_1","ResultDesc":"ok"}}}"""))
                .isInstanceOf(MalformedCallbackException.class)
                .hasMessage("Body.stkCallback.ResultCode is missing or empty");
    }

    @Test
    void rejects_an_amount_that_is_not_a_number() {
        assertThatThrownBy(() -> StkCallbackReader.read("""
                {"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1","ResultCode":0,
                  "CallbackMetadata":{"Item":[{"Name":"Amount","Value":"ten"}]}}}}"""))
                .isInstanceOf(MalformedCallbackException.class)
                .hasMessageContaining("Amount");
    }

    private static String failure(String resultCode) {
        return "{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"m\",\"CheckoutRequestID\":\"ws_CO_2\","
                + "\"ResultCode\":" + resultCode + ",\"ResultDesc\":\"Request cancelled by user\"}}}";
    }
}
