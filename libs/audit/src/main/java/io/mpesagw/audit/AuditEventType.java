package io.mpesagw.audit;

/**
 * What an audit entry records; stored by {@link #name()} in {@code audit.entries.event_type}.
 * A closed set on purpose: an auditor's queries by event type must not miss a spelling variant.
 */
public enum AuditEventType {
    /** A merchant API request that creates or changes something: who (merchant, key id), what, from where. */
    API_REQUEST,
    /** A payment or payout moving from one state to another, with its reason. */
    STATE_TRANSITION,
    /** One request to Daraja and its response, masked. */
    DARAJA_EXCHANGE,
    /** A callback received: accepted, quarantined or rejected, with its source address and reason. */
    CALLBACK_RECEIVED,
    /** An access token obtained or refreshed; never the token itself. */
    TOKEN_REFRESHED,
    /** A configuration or API-key change: created, rotated, revoked. */
    CONFIGURATION_CHANGED
}
