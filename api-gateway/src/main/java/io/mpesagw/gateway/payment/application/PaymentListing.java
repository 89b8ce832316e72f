package io.mpesagw.gateway.payment.application;

import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.gateway.payment.domain.PaymentView;
import java.time.Instant;
import java.util.List;

/** One page of a merchant's payments, newest first, and the keyset cursor types behind it. */
public final class PaymentListing {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    private PaymentListing() {
    }

    /** Filters: any may be null. {@code createdFrom} inclusive, {@code createdTo} exclusive. */
    public record Filter(String merchantId, PaymentStatus status, Instant createdFrom, Instant createdTo) {
    }

    /** Where a page starts: strictly older than (after) or strictly newer than (before) a payment. */
    public sealed interface Cursor {

        record First() implements Cursor {
        }

        record After(Instant createdAt, String id) implements Cursor {
        }

        record Before(Instant createdAt, String id) implements Cursor {
        }
    }

    public record Page(List<PaymentView> data, boolean hasMore) {
    }
}
