package io.mpesagw.daraja.c2b;

/** What M-Pesa does when the ValidationURL cannot be reached in time (about 8 s). Sentence case. */
public enum C2bResponseType {
    COMPLETED("Completed"), CANCELLED("Cancelled");

    private final String darajaName;

    C2bResponseType(String darajaName) {
        this.darajaName = darajaName;
    }

    public String darajaName() {
        return darajaName;
    }
}
