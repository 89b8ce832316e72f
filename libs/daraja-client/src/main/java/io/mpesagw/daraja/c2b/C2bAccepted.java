package io.mpesagw.daraja.c2b;

/** Register URL or Simulate answered ResponseCode "0" (v1) or "00000000" (v2). */
public record C2bAccepted(String originatorConversationId, String responseCode, String responseDescription) {
}
