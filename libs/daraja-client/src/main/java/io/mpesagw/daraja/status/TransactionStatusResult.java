package io.mpesagw.daraja.status;

import io.mpesagw.daraja.result.ResultHeader;

/** What Daraja POSTed to the Transaction Status ResultURL. */
public sealed interface TransactionStatusResult {

    ResultHeader header();

    /** ResultCode 0: the transaction exists; {@code details().transactionStatus()} says e.g. "Completed". */
    record Found(ResultHeader header, TransactionDetails details) implements TransactionStatusResult {
    }

    /** The query failed, e.g. 2032 "The transaction receipt number does not exist.". */
    record Failed(ResultHeader header) implements TransactionStatusResult {
    }
}
