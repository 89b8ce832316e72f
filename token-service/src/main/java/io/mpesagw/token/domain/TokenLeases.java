package io.mpesagw.token.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One lease per configured credential set (a merchant's Daraja app), known at start-up. */
public final class TokenLeases {

    private final Map<String, TokenLease> byCredentialSet = new LinkedHashMap<>();

    public TokenLeases(Collection<TokenLease> leases) {
        for (TokenLease lease : leases) {
            if (byCredentialSet.putIfAbsent(lease.credentialSet(), lease) != null) {
                throw new IllegalArgumentException("credential set '" + lease.credentialSet() + "' is configured twice");
            }
        }
    }

    public Optional<TokenLease> of(String credentialSet) {
        return Optional.ofNullable(byCredentialSet.get(credentialSet));
    }

    public Collection<TokenLease> all() {
        return byCredentialSet.values();
    }
}
