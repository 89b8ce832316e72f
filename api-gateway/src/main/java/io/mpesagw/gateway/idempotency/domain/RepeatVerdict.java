package io.mpesagw.gateway.idempotency.domain;

/** The outcomes of a request whose key is already known (see {@link IdempotencyRecord#judge}). */
public sealed interface RepeatVerdict {

    /** Past its time to live: forget it and treat the request as new. */
    record Expired() implements RepeatVerdict {
    }

    /** The same key with another body: refused, nothing is run or stored. */
    record DifferentRequest() implements RepeatVerdict {
    }

    /** A retry of an answered request: the stored answer, nothing runs again. */
    record Replay(int status, String body) implements RepeatVerdict {
    }

    /** The first request is still running: the client retries later. */
    record StillRunning() implements RepeatVerdict {
    }

    /** The first request's lock ran out (its process died): this request may take the key over. */
    record Abandoned() implements RepeatVerdict {
    }
}
