package io.mpesagw.gateway.listing;

import java.time.Instant;
import java.util.List;

/**
 * A list endpoint's page of a merchant's objects (payments, payouts), newest first, and the keyset
 * cursor behind it: {@code (created_at, id)} orders the objects totally, so a page never skips or
 * repeats one while new ones arrive, even when two share a millisecond.
 */
public final class Listing {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    private Listing() {
    }

    /** What to list: the filters may be null; {@code createdFrom} inclusive, {@code createdTo} exclusive. */
    public record Query(String merchantId, String status, Instant createdFrom, Instant createdTo, Cursor cursor,
                        int limit) {
    }

    /** Where a page starts: strictly older than (after) or strictly newer than (before) an object. */
    public sealed interface Cursor {

        record First() implements Cursor {
        }

        record After(Instant createdAt, String id) implements Cursor {
        }

        record Before(Instant createdAt, String id) implements Cursor {
        }
    }

    public record Page<T>(List<T> data, boolean hasMore) {
    }
}
