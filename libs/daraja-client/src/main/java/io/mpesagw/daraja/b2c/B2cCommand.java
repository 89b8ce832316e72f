package io.mpesagw.daraja.b2c;

/** B2C CommandID. */
public enum B2cCommand {
    /** To registered customers only. */
    BUSINESS_PAYMENT("BusinessPayment"),
    /** Docs: payments to unregistered customers are no longer supported. */
    SALARY_PAYMENT("SalaryPayment"),
    /** Sends the customer a congratulatory SMS. */
    PROMOTION_PAYMENT("PromotionPayment");

    private final String darajaName;

    B2cCommand(String darajaName) {
        this.darajaName = darajaName;
    }

    public String darajaName() {
        return darajaName;
    }
}
