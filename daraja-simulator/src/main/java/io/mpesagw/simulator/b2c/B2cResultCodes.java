package io.mpesagw.simulator.b2c;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** ResultDesc texts Daraja sends with B2C ResultCodes (daraja-facts.md, section 6.3). */
final class B2cResultCodes {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("1", "The balance is insufficient for the transaction."),
            Map.entry("2", "Declined due to limit rule."),
            Map.entry("3", "Declined due to limit rule: greater than the maximum transaction amount."),
            Map.entry("4", "Declined due to limit rule: would exceed daily transfer limit."),
            Map.entry("8", "Declined due to limit rule: would exceed the maximum balance."),
            Map.entry("11", "The DebitParty is in an invalid state."),
            Map.entry("21", "The initiator is not allowed to initiate this request."),
            Map.entry("2001", "The initiator information is invalid."),
            Map.entry("2006", "Declined due to account rule: The account status does not allow this transaction."),
            Map.entry("2028", "The request is not permitted according to product assignment."),
            // Sic: Safaricom's text, space before the full stop included.
            Map.entry("2040", "Credit Party customer type (Unregistered or Registered Customer) can't be supported "
                    + "by the service ."),
            Map.entry("8006", "The security credential is locked."),
            Map.entry("SFC_IC0003", "The operator does not exist."));

    private B2cResultCodes() {
    }

    static Optional<String> describe(String resultCode) {
        return Optional.ofNullable(DESCRIPTIONS.get(resultCode));
    }

    static Set<String> known() {
        return new TreeSet<>(DESCRIPTIONS.keySet());
    }
}
