package io.mpesagw.token.application;

/** Who asked, for the audit trail: only other services reach the internal API, so the actor is "internal". */
public record Caller(String requestId, String sourceAddress) {

    public static final String ACTOR = "internal";
}
