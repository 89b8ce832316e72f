package io.mpesagw.payment.application;

/** One STK push as the adapter carried it out: what was asked, and what came of it. */
public record PushAttempt(StkPushSummary request, PushResult result) {
}
