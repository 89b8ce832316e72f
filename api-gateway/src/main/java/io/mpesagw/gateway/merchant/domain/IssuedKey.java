package io.mpesagw.gateway.merchant.domain;

/** A key just made: the only moment its value exists outside the merchant's hands. */
public record IssuedKey(ApiKey key, String value) {

    @Override
    public String toString() {
        return "IssuedKey[id=" + key.id() + ", " + key.prefix().text() + "****]";
    }
}
