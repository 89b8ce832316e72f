package io.mpesagw.simulator.initiator;

import io.mpesagw.simulator.mode.SimulatorMode;
import java.util.List;

/**
 * The {@code {"Result":{…}}} message M-Pesa posts to ResultURL (or QueueTimeOutURL) for B2C,
 * Transaction Status, Account Balance and Reversal.
 *
 * @param resultCode digits become a JSON number, anything else ("R000002", "SFC_IC0003") a string
 * @param parameters empty means no ResultParameters at all (how most failures look)
 * @param shape {@link Shape#SINGLE_OBJECT} sends the one parameter as an object, not an array
 * @param referenceItem the ReferenceData item
 */
public record InitiatorResult(
        String resultCode,
        String resultDesc,
        String originatorConversationId,
        String conversationId,
        String transactionId,
        List<ResultParameter> parameters,
        Shape shape,
        ResultParameter referenceItem) {

    public enum Shape { LIST, SINGLE_OBJECT }

    public InitiatorResult {
        parameters = List.copyOf(parameters);
        if (shape == Shape.SINGLE_OBJECT && parameters.size() != 1) {
            throw new IllegalArgumentException("A single-object ResultParameter needs exactly one parameter");
        }
    }

    /** The ReferenceItem naming M-Pesa's internal results URL; its host tells sandbox from production. */
    public static ResultParameter queueTimeoutReference(SimulatorMode mode, String resultsPath) {
        return ResultParameter.text("QueueTimeoutURL", mode.queueTimeoutUrl(resultsPath));
    }
}
