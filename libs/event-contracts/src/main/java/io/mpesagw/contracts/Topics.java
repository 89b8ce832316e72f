package io.mpesagw.contracts;

/**
 * Kafka topic names. Every record is keyed by payment id (payout id on {@link #PAYOUT_RESULTS}) so that
 * the events of one payment are consumed in order; the version suffix changes only with an
 * incompatible schema change.
 */
public final class Topics {

    /** Commands from the merchant edge to payment-service ({@link PaymentCommand}). */
    public static final String PAYMENT_COMMANDS = "mpesa.payment-commands.v1";

    /** Parsed Safaricom callbacks from callback-service to payment-service ({@link CallbackResult}). */
    public static final String STK_CALLBACKS = "mpesa.stk-callbacks.v1";

    /** Parsed B2C and Transaction Status Result/QueueTimeOut callbacks, keyed by payout id ({@link PayoutCallback}). */
    public static final String PAYOUT_RESULTS = "mpesa.payout-results.v1";

    /** B2C payout commands from the merchant edge to payment-service, keyed by payout id ({@link PayoutCommand}). */
    public static final String PAYOUT_COMMANDS = "mpesa.payout-commands.v1";

    /** Payout state changes from payment-service, keyed by payout id ({@link PayoutEvent}). */
    public static final String PAYOUT_EVENTS = "mpesa.payout-events.v1";

    /** Payment state changes from payment-service to every subscriber ({@link PaymentEvent}). */
    public static final String PAYMENT_EVENTS = "mpesa.payment-events.v1";

    /** Header that names the record type, so consumers can route without parsing the body. */
    public static final String EVENT_TYPE_HEADER = "event-type";

    private Topics() {
    }

    /** The dead-letter topic of a topic: poison records go there instead of into a retry loop. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlt";
    }
}
