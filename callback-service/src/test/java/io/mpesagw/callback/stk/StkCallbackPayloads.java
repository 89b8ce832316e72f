package io.mpesagw.callback.stk;

import java.util.concurrent.ThreadLocalRandom;

/** Callback bodies in the shapes Daraja really sends (daraja-facts.md section 5). */
final class StkCallbackPayloads {

    private StkCallbackPayloads() {
    }

    /** Unique per call, in Daraja's format: ws_CO_ + ddMMyyyyHHmmss + milliseconds + phone. */
    static String newCheckoutRequestId() {
        return "ws_CO_07012024170905" + ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L);
    }

    /** Success: ResultCode a number, Balance without Value, big numbers as JSON numbers. */
    static String success(String checkoutRequestId) {
        return """
                {
                  "Body": {
                    "stkCallback": {
                      "MerchantRequestID": "25505-162427436-1",
                      "CheckoutRequestID": "%s",
                      "ResultCode": 0,
                      "ResultDesc": "The service request is processed successfully.",
                      "CallbackMetadata": {
                        "Item": [
                          { "Name": "Amount", "Value": 10 },
                          { "Name": "MpesaReceiptNumber", "Value": "SA77CVC7PZ" },
                          { "Name": "Balance" },
                          { "Name": "TransactionDate", "Value": 20240107170703 },
                          { "Name": "PhoneNumber", "Value": 254708374149 }
                        ]
                      }
                    }
                  }
                }""".formatted(checkoutRequestId);
    }

    /** The customer pressed cancel: no CallbackMetadata at all. */
    static String cancelled(String checkoutRequestId) {
        return "{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"c5e5-4c99-8aec-84c700cd04ff79514\","
                + "\"CheckoutRequestID\":\"" + checkoutRequestId + "\",\"ResultCode\":1032,"
                + "\"ResultDesc\":\"Request Cancelled by user.\"}}}";
    }
}
