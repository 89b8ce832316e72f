package io.mpesagw.simulator.app;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What the control API shows of an app: never its secret, passkey or initiator. */
@JsonPropertyOrder({"consumerKey", "shortcode", "oauthCalls", "stkPushes", "stkQueries", "b2cRequests"})
public record AppUsage(String consumerKey, String shortcode, long oauthCalls, long stkPushes, long stkQueries,
        long b2cRequests) {
}
