package io.mpesagw.simulator.stk;

import java.time.Instant;

/** Where a prompt stands, as the STK query sees it. */
public sealed interface PromptState {

    StkPrompt prompt();

    /** The customer has not answered yet: the query says "The transaction is being processed". */
    record Pending(StkPrompt prompt) implements PromptState {
    }

    /** The result is decided (and the callback, if any, is on its way). */
    record Resolved(StkPrompt prompt, String resultCode, String resultDesc, Instant resolvedAt)
            implements PromptState {
    }
}
