package io.mpesagw.daraja.c2b;

/** Both are documented. Safaricom support reportedly told integrators in 2025 to register with v1. */
public enum C2bApiVersion {
    V1("v1"), V2("v2");

    private final String segment;

    C2bApiVersion(String segment) {
        this.segment = segment;
    }

    String segment() {
        return segment;
    }
}
