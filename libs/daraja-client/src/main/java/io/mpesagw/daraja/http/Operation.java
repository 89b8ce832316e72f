package io.mpesagw.daraja.http;

/** What a call does to the world; decides how an ambiguous answer is read. */
public enum Operation {
    /** Moves money or prompts a customer (STK push, B2C): never resent when the outcome is unclear. */
    SUBMIT,
    /** Only reads a state (STK query, transaction status): "being processed" means pending. */
    QUERY
}
