package io.mpesagw.gateway.payout.domain;

/** A checked payout request: every field within Daraja's B2C rules. */
public record PayoutInstruction(long amount, String msisdn, String reference, String remarks, String occasion) {
}
