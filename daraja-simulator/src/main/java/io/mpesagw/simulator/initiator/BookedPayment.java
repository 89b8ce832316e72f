package io.mpesagw.simulator.initiator;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A payment that went through (money moved), as Transaction Status and Reversal find it.
 *
 * @param originatorConversationId the B2C's OriginatorConversationID; null for customer payments
 *     (STK, C2B), which have none
 * @param conversationId the B2C's ConversationID; null for customer payments
 * @param commandId how the money moved: a B2C CommandID, or the STK/C2B TransactionType
 *     ({@code CustomerPayBillOnline}, {@code CustomerBuyGoodsOnline})
 * @param organisation the shortcode (or till) on the business side
 * @param customer the MSISDN on the customer side
 * @param initiatedAt EAT, when the request was accepted
 * @param completedAt EAT, when the result was decided
 */
public record BookedPayment(
        String receipt,
        String originatorConversationId,
        String conversationId,
        String commandId,
        long amount,
        String organisation,
        String customer,
        LocalDateTime initiatedAt,
        LocalDateTime completedAt,
        Direction direction) {

    /** Which way the money went; it decides who is debited and whether the API may reverse it. */
    public enum Direction {
        /** B2C: the organisation paid a customer. Daraja refuses to reverse these (FAQ). */
        BUSINESS_TO_CUSTOMER,
        /** STK push or C2B: a customer paid the organisation. Reversal exists for these. */
        CUSTOMER_TO_BUSINESS
    }

    public BookedPayment {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(direction, "direction");
    }

    /** A B2C payout, known by receipt and by the OriginatorConversationID it was requested with. */
    public static BookedPayment payout(String receipt, String originatorConversationId, String conversationId,
            String commandId, long amount, String organisation, String customer, LocalDateTime initiatedAt,
            LocalDateTime completedAt) {
        return new BookedPayment(receipt, originatorConversationId, conversationId, commandId, amount, organisation,
                customer, initiatedAt, completedAt, Direction.BUSINESS_TO_CUSTOMER);
    }

    /** An STK or C2B payment into {@code organisation}, known by its receipt only. */
    public static BookedPayment customerPayment(String receipt, String commandId, long amount, String organisation,
            String customer, LocalDateTime initiatedAt, LocalDateTime completedAt) {
        return new BookedPayment(receipt, null, null, commandId, amount, organisation, customer, initiatedAt,
                completedAt, Direction.CUSTOMER_TO_BUSINESS);
    }

    public boolean isPayout() {
        return direction == Direction.BUSINESS_TO_CUSTOMER;
    }

    /** How M-Pesa names a customer in results; the sandbox calls everyone John Doe. */
    public String customerPublicName() {
        return customer + " - John Doe";
    }

    /** How M-Pesa names the organisation, e.g. "600992 - Safaricom Daraja 992" in the sandbox. */
    public String organisationPublicName() {
        return organisation + " - Safaricom Daraja " + organisation.substring(organisation.length() - 3);
    }

    /** The party the money left: the organisation for a payout, the customer otherwise. */
    public String debitPartyName() {
        return isPayout() ? organisationPublicName() : customerPublicName();
    }

    public String creditPartyName() {
        return isPayout() ? customerPublicName() : organisationPublicName();
    }
}
