package io.mpesagw.simulator.c2b;

import io.mpesagw.simulator.initiator.BookedPayment;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One simulated customer payment, as Daraja will describe it to the shortcode's URLs.
 *
 * @param registration the shortcode's URLs; null when none are registered (nobody is told)
 * @param paidAt EAT
 */
record C2bPayment(
        C2bSimulateRequest request,
        C2bRegistration registration,
        String transId,
        LocalDateTime paidAt) {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** TransTime: yyyyMMddHHmmss, a string in C2B notifications. */
    String transTime() {
        return COMPACT.format(paidAt);
    }

    /** The customer ({@code Msisdn}) paid the shortcode; the transaction's type is the CommandID. */
    BookedPayment booked() {
        return BookedPayment.customerPayment(transId, request.commandId(), request.amount(), request.shortCode(),
                request.msisdn(), paidAt, paidAt);
    }
}
