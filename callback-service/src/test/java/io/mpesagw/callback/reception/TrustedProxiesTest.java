package io.mpesagw.callback.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.callback.reception.domain.TrustedProxies;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final String SAFARICOM = "196.201.214.200";
    private static final TrustedProxies LOCAL_PROXIES = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");

    @Test
    void with_no_trusted_proxy_the_header_is_never_believed() {
        TrustedProxies none = TrustedProxies.parse("");

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.clientAddress("127.0.0.1", List.of(SAFARICOM))).isEqualTo("127.0.0.1");
        assertThat(TrustedProxies.parse(null).clientAddress("::ffff:8.8.8.8", List.of(SAFARICOM))).isEqualTo("8.8.8.8");
    }

    @Test
    void a_forged_header_from_an_untrusted_peer_is_ignored() {
        assertThat(LOCAL_PROXIES.clientAddress("8.8.8.8", List.of(SAFARICOM))).isEqualTo("8.8.8.8");
    }

    @Test
    void from_a_trusted_proxy_the_right_most_untrusted_entry_is_the_client() {
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of(SAFARICOM))).isEqualTo(SAFARICOM);
        // The caller wrote everything left of what the proxy appended: forging it gains nothing.
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of(SAFARICOM + ", 6.6.6.6"))).isEqualTo("6.6.6.6");
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of("6.6.6.6, " + SAFARICOM))).isEqualTo(SAFARICOM);
    }

    @Test
    void skips_trusted_proxies_along_the_chain_across_repeated_headers() {
        assertThat(LOCAL_PROXIES.clientAddress("10.0.0.9", List.of("6.6.6.6, " + SAFARICOM + ",10.1.1.1", "10.2.2.2")))
                .isEqualTo(SAFARICOM);
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of("10.1.1.1"))).isEqualTo("10.1.1.1");
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void reads_entries_with_ports_brackets_and_ipv4_mapped_addresses() {
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of(SAFARICOM + ":5000"))).isEqualTo(SAFARICOM);
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of("[::ffff:" + SAFARICOM + "]:443"))).isEqualTo(SAFARICOM);
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of("[2001:db8::1]"))).isEqualTo("2001:db8::1");
    }

    @Test
    void a_junk_entry_stays_the_client_short_and_printable() {
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of("unknown"))).isEqualTo("unknown");
        assertThat(LOCAL_PROXIES.clientAddress("127.0.0.1", List.of("evil\u001b[2J" + "x".repeat(100))))
                .hasSize(48).doesNotContain("\u001b").startsWith("evil?[2J");
    }

    @Test
    void refuses_a_configuration_it_cannot_read_and_names_the_setting() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
                .hasMessageContaining("CALLBACK_TRUSTED_PROXIES").hasMessageContaining("'10.0.0.0/33'");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.internal")).hasMessageContaining("'proxy.internal'");
    }
}
