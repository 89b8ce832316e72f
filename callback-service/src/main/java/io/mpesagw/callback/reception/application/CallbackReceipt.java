package io.mpesagw.callback.reception.application;

import io.mpesagw.callback.reception.domain.InboxStatus;
import io.mpesagw.callback.reception.domain.Rejection;

/** What the endpoint needs to answer Safaricom. {@code rejection} is null unless the status is rejected. */
public record CallbackReceipt(String callbackId, InboxStatus status, Rejection rejection) {
}
