package io.mpesagw.daraja.balance;

import io.mpesagw.daraja.result.ResultHeader;
import java.util.List;

/** What Daraja POSTed to the Account Balance ResultURL; {@code completedTime} is BOCompletedTime (yyyyMMddHHmmss). */
public sealed interface AccountBalanceResult {

    ResultHeader header();

    record Balances(ResultHeader header, List<AccountBalance> accounts, String completedTime)
            implements AccountBalanceResult {
    }

    /** Failures may still carry BOCompletedTime, as a single ResultParameter object. */
    record Failed(ResultHeader header, String completedTime) implements AccountBalanceResult {
    }
}
