package io.mpesagw.simulator.b2c;

/** The two B2C paths callers use: v3 (documented today) and v1 (legacy, still used by many libraries). */
enum B2cVersion {
    /** No OriginatorConversationID in the request: M-Pesa makes one up (old {@code 16740-34861180-1} form). */
    V1,
    /** The caller's OriginatorConversationID is required and must be new (500.002.1001 otherwise). */
    V3
}
