package io.mpesagw.token.domain;

import java.time.Instant;
import java.util.Optional;

/** Where the credential sets stored through the internal API are kept, every secret sealed. */
public interface CredentialSetStore {

    /** Inserts or replaces the whole set; joins the caller's transaction. */
    void save(StoredCredentialSet set, Instant updatedAt);

    /** The set's summary, without opening a secret. */
    Optional<CredentialSetSummary> summary(String name);

    /** The set with its secrets opened. */
    Optional<StoredCredentialSet> open(String name);
}
