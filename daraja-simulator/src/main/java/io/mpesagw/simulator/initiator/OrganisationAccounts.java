package io.mpesagw.simulator.initiator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * The B2C organisation's M-Pesa accounts, so that B2C results, Account Balance and Reversal tell
 * one consistent story: a payout leaves the Utility account, its fee the Charges Paid account.
 * Balances may go negative (real ones do); outcomes never depend on them, so tests stay deterministic.
 */
@Component
public class OrganisationAccounts {

    /** Simulated tariff: one flat fee, the value seen in the Transaction Status docs sample. */
    public static final BigDecimal B2C_FEE = new BigDecimal("22.40");

    private BigDecimal working = new BigDecimal("700000.00");
    private BigDecimal utility = new BigDecimal("1000000.00");
    private BigDecimal chargesPaid = new BigDecimal("0.00");

    /** A B2C payout; returns the balances just after it, for the Result. */
    public synchronized Snapshot payOut(long amount) {
        utility = utility.subtract(BigDecimal.valueOf(amount));
        chargesPaid = chargesPaid.subtract(B2C_FEE);
        return snapshot();
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(working, utility, chargesPaid);
    }

    /** The organisation's balances at one moment, all in KES with two decimals. */
    public record Snapshot(BigDecimal working, BigDecimal utility, BigDecimal chargesPaid) {

        public Snapshot {
            working = working.setScale(2, RoundingMode.UNNECESSARY);
            utility = utility.setScale(2, RoundingMode.UNNECESSARY);
            chargesPaid = chargesPaid.setScale(2, RoundingMode.UNNECESSARY);
        }

        /**
         * Account Balance's string: accounts split by {@code &}, fields by {@code |} (name, currency,
         * then four amounts of which only the first is clearly "available").
         */
        public String accountBalance() {
            return account("Working Account", working) + "&" + account("Float Account", BigDecimal.ZERO) + "&"
                    + account("Utility Account", utility) + "&" + account("Charges Paid Account", chargesPaid) + "&"
                    + account("Organization Settlement Account", BigDecimal.ZERO);
        }

        /** One account in the same notation, e.g. Reversal's DebitAccountBalance. */
        public static String account(String name, BigDecimal available) {
            String amount = available.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
            return name + "|KES|" + amount + "|" + amount + "|0.00|0.00";
        }
    }
}
