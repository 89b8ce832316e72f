package io.mpesagw.simulator.stk;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** ResultDesc texts Daraja sends with each STK ResultCode (daraja-facts.md, section 5). */
public final class StkResultCodes {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("0", "The service request is processed successfully."),
            Map.entry("1", "The balance is insufficient for the transaction."),
            Map.entry("2", "Declined due to limit rule."),
            Map.entry("3", "Declined due to limit rule: greater than the maximum transaction amount."),
            Map.entry("4", "Declined due to limit rule: would exceed daily transfer limit."),
            Map.entry("8", "Declined due to limit rule: would exceed the maximum balance."),
            Map.entry("17", "Rule limited."),
            Map.entry("26", "System busy"),
            Map.entry("1001",
                    "Unable to lock subscriber, a transaction is already in process for the current subscriber"),
            Map.entry("1019", "Transaction has expired"),
            Map.entry("1025", "An error occurred while sending a push request"),
            Map.entry("1031", "Request cancelled by user"),
            Map.entry("1032", "Request cancelled by user"),
            Map.entry("1037", "DS timeout user cannot be reached"),
            Map.entry("2001", "The initiator information is invalid."),
            Map.entry("2028", "The request is not permitted according to product assignment."),
            Map.entry("8006", "The security credential is locked."),
            Map.entry("9999", "An error occurred while sending a push request"),
            Map.entry("SFC_IC0003", "The operator does not exist."));

    private StkResultCodes() {
    }

    public static Optional<String> describe(String resultCode) {
        return Optional.ofNullable(DESCRIPTIONS.get(resultCode));
    }

    public static Set<String> known() {
        return new TreeSet<>(DESCRIPTIONS.keySet());
    }
}
