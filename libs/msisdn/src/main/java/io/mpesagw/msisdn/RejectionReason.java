package io.mpesagw.msisdn;

/** Why a typed number cannot be used for an M-Pesa prompt. */
public enum RejectionReason {
    EMPTY,
    LETTERS,
    TOO_SHORT,
    TOO_LONG,
    NOT_A_MOBILE_NUMBER,
    OTHER_COUNTRY,
    INVALID
}
