package io.mpesagw.callback.reception.domain;

import java.util.List;

/**
 * The addresses Safaricom posts callbacks from, as published: the union of the two widely copied
 * 12-address lists (daraja-facts.md section 9: the README of newtonmunene99/mpesa-api, "IP
 * Whitelisting", and the pesafy docs, https://pesafy-package.vercel.app/guide/webhooks). It is not in
 * the stored copies of Safaricom's Daraja 3.0 pages and changes without notice: the production default
 * of CALLBACK_ALLOWED_SOURCES, to be overridden when Safaricom says otherwise.
 */
public final class SafaricomCallbackSources {

    public static final List<String> PUBLISHED = List.of(
            "196.201.214.200", "196.201.214.206", "196.201.214.207", "196.201.214.208",
            "196.201.213.114", "196.201.213.44",
            "196.201.212.127", "196.201.212.128", "196.201.212.129", "196.201.212.132",
            "196.201.212.136", "196.201.212.138", "196.201.212.69", "196.201.212.74");

    private SafaricomCallbackSources() {
    }

    public static String commaSeparated() {
        return String.join(",", PUBLISHED);
    }
}
