package io.mpesagw.simulator.c2b;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validation and confirmation requests exactly as Daraja shapes them (daraja-facts.md, 7.4):
 * every value a string, amounts with two decimals, OrgAccountBalance blank in validation.
 */
@Component
class C2bNotificationBody {

    // The sandbox's test customer; Daraja sends the payer's registered names.
    private static final String FIRST_NAME = "John";
    private static final String LAST_NAME = "Doe";

    private final JsonMapper jsonMapper;

    C2bNotificationBody(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    byte[] validation(C2bPayment payment) {
        return jsonMapper.writeValueAsBytes(body(payment, ""));
    }

    byte[] confirmation(C2bPayment payment, BigDecimal orgAccountBalance) {
        return jsonMapper.writeValueAsBytes(body(payment, shillings(orgAccountBalance)));
    }

    private ObjectNode body(C2bPayment payment, String orgAccountBalance) {
        C2bSimulateRequest request = payment.request();
        ObjectNode body = jsonMapper.createObjectNode();
        body.put("TransactionType", request.transactionType());
        body.put("TransID", payment.transId());
        body.put("TransTime", payment.transTime());
        body.put("TransAmount", shillings(BigDecimal.valueOf(request.amount())));
        body.put("BusinessShortCode", request.shortCode());
        body.put("BillRefNumber", request.billRefNumber());
        body.put("InvoiceNumber", "");
        body.put("OrgAccountBalance", orgAccountBalance);
        body.put("ThirdPartyTransID", "");
        body.put("MSISDN", payment.registration().version().msisdnAsSent(request.msisdn()));
        body.put("FirstName", FIRST_NAME);
        body.put("MiddleName", "");
        body.put("LastName", LAST_NAME);
        return body;
    }

    private static String shillings(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
