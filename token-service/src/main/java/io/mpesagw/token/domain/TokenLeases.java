package io.mpesagw.token.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One lease per credential set (a merchant's Daraja app): those configured at start-up, and those
 * stored in the vault, whose lease {@code stored} makes on first use.
 */
public final class TokenLeases {

    private final Map<String, TokenLease> byCredentialSet = new ConcurrentHashMap<>();
    private final StoredSetLeases stored;

    /** Makes the lease of a set stored in the vault, or empty when no such set is stored. */
    @FunctionalInterface
    public interface StoredSetLeases {
        Optional<TokenLease> leaseFor(String credentialSet);
    }

    public TokenLeases(Collection<TokenLease> configured, StoredSetLeases stored) {
        for (TokenLease lease : configured) {
            if (byCredentialSet.putIfAbsent(lease.credentialSet(), lease) != null) {
                throw new IllegalArgumentException("credential set '" + lease.credentialSet() + "' is configured twice");
            }
        }
        this.stored = stored;
    }

    public TokenLeases(Collection<TokenLease> configured) {
        this(configured, name -> Optional.empty());
    }

    public Optional<TokenLease> of(String credentialSet) {
        if (credentialSet == null) {
            return Optional.empty();
        }
        TokenLease known = byCredentialSet.get(credentialSet);
        if (known != null) {
            return Optional.of(known);
        }
        // made under the map's lock for this key: two first callers get one lease, not two
        return Optional.ofNullable(byCredentialSet.computeIfAbsent(credentialSet,
                name -> stored.leaseFor(name).orElse(null)));
    }

    /** The lease of a set whose credentials were replaced drops its token; a set never used has none to drop. */
    public void forget(String credentialSet) {
        TokenLease lease = byCredentialSet.get(credentialSet);
        if (lease != null) {
            lease.forget();
        }
    }

    public Collection<TokenLease> all() {
        return List.copyOf(byCredentialSet.values());
    }
}
