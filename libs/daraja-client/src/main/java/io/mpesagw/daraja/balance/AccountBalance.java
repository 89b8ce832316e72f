package io.mpesagw.daraja.balance;

import io.mpesagw.daraja.callback.MalformedCallbackException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One account of the AccountBalance string, e.g. {@code Utility Account|KES|228037.00|228037.00|0.00|0.00}.
 * Only the first amount is known to be the available balance (the docs are garbled about the other
 * three), so {@code amounts} keeps all of them in order, uninterpreted.
 */
public record AccountBalance(String account, String currency, BigDecimal available, List<BigDecimal> amounts) {

    /** Accounts are separated by '&amp;', fields by '|'; a blank string has no accounts. */
    public static List<AccountBalance> parseAll(String accountBalance) throws MalformedCallbackException {
        List<AccountBalance> accounts = new ArrayList<>();
        if (accountBalance == null || accountBalance.isBlank()) {
            return accounts;
        }
        for (String entry : accountBalance.split("&")) {
            if (!entry.isBlank()) {
                accounts.add(parse(entry.strip()));
            }
        }
        return List.copyOf(accounts);
    }

    private static AccountBalance parse(String entry) throws MalformedCallbackException {
        String[] fields = entry.split("\\|", -1);
        if (fields.length < 3) {
            throw new MalformedCallbackException("an AccountBalance entry needs name|currency|amount..., got '" + entry + "'");
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 2; i < fields.length; i++) {
            if (fields[i].isBlank()) {
                continue;
            }
            try {
                amounts.add(new BigDecimal(fields[i].strip()));
            } catch (NumberFormatException e) {
                throw new MalformedCallbackException("AccountBalance amount '" + fields[i] + "' of '" + fields[0]
                        + "' is not a number", e);
            }
        }
        return new AccountBalance(fields[0].strip(), fields[1].strip(), amounts.isEmpty() ? null : amounts.get(0),
                List.copyOf(amounts));
    }
}
