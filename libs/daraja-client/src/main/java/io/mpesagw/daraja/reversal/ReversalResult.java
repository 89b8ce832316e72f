package io.mpesagw.daraja.reversal;

import io.mpesagw.daraja.result.ResultHeader;

/** What Daraja POSTed to the Reversal ResultURL. Failure codes are strings such as "R000002". */
public sealed interface ReversalResult {

    ResultHeader header();

    record Reversed(ResultHeader header, ReversalDetails details) implements ReversalResult {
    }

    record Failed(ResultHeader header) implements ReversalResult {

        /** R000001: the transaction was reversed before, so the money is back already. */
        public boolean alreadyReversed() {
            return "R000001".equals(header.resultCode());
        }
    }
}
