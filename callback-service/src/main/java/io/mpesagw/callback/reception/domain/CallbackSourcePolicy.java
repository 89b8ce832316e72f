package io.mpesagw.callback.reception.domain;

/**
 * Which network addresses may post callbacks (CALLBACK_ALLOWED_SOURCES): comma-separated IPv4/IPv6
 * addresses and CIDRs. Safaricom's list changes without notice, so this is one defence among several,
 * never the only one. The address judged is the TCP peer's, or the one {@link TrustedProxies} vouch for.
 */
public final class CallbackSourcePolicy {

    private static final String SETTING = "CALLBACK_ALLOWED_SOURCES";
    private static final String EXAMPLE = "e.g. 196.201.214.200,196.201.212.0/24,127.0.0.0/8 (0.0.0.0/0,::/0 allows any)";

    private final AddressList allowed;

    private CallbackSourcePolicy(AddressList allowed) {
        this.allowed = allowed;
    }

    /** @throws IllegalArgumentException naming the bad entry and what is accepted, or when empty */
    public static CallbackSourcePolicy parse(String commaSeparated) {
        AddressList allowed = AddressList.parse(commaSeparated, SETTING, EXAMPLE);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException(SETTING + " is empty; list addresses or CIDRs, " + EXAMPLE);
        }
        return new CallbackSourcePolicy(allowed);
    }

    /**
     * The list in force when CALLBACK_ALLOWED_SOURCES is unset: Safaricom's published addresses in
     * production; loopback elsewhere, where the simulator posts from 127.0.0.1.
     */
    public static CallbackSourcePolicy defaultFor(boolean production) {
        return parse(production ? SafaricomCallbackSources.commaSeparated() : "127.0.0.0/8");
    }

    /** Whether a client address is on the list; junk is never allowed. */
    public boolean allows(String address) {
        return allowed.contains(address);
    }

    @Override
    public String toString() {
        return "CallbackSourcePolicy[" + allowed + "]";
    }
}
