package io.mpesagw.token.application;

/** This replica's cached token of a set (and its OAuth circuit breaker), dropped when the set is replaced. */
@FunctionalInterface
public interface ReplicaTokens {

    void forget(String credentialSet);
}
