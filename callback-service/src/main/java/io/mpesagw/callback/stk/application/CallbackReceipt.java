package io.mpesagw.callback.stk.application;

import io.mpesagw.callback.stk.domain.InboxStatus;
import io.mpesagw.callback.stk.domain.Rejection;

/** What the endpoint needs to answer Safaricom. {@code rejection} is null unless the status is rejected. */
public record CallbackReceipt(String callbackId, InboxStatus status, Rejection rejection) {
}
