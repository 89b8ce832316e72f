package io.mpesagw.daraja.stk;

/** STK TransactionType: paybill or till (Buy Goods). */
public enum TransactionType {
    CUSTOMER_PAY_BILL_ONLINE("CustomerPayBillOnline"),
    CUSTOMER_BUY_GOODS_ONLINE("CustomerBuyGoodsOnline");

    private final String darajaName;

    TransactionType(String darajaName) {
        this.darajaName = darajaName;
    }

    /** The value exactly as Daraja spells it. */
    public String darajaName() {
        return darajaName;
    }
}
