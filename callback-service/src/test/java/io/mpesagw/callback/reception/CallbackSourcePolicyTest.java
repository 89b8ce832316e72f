package io.mpesagw.callback.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.callback.reception.domain.CallbackSourcePolicy;
import io.mpesagw.callback.reception.domain.IpAddress;
import io.mpesagw.callback.reception.domain.SafaricomCallbackSources;
import org.junit.jupiter.api.Test;

class CallbackSourcePolicyTest {

    private static final CallbackSourcePolicy SAFARICOM_AND_LOOPBACK = CallbackSourcePolicy.parse(
            "196.201.214.200, 196.201.212.0/24 ,127.0.0.0/8,2001:db8:5::/48");

    @Test
    void allows_a_listed_address_and_addresses_inside_a_listed_network() {
        assertThat(SAFARICOM_AND_LOOPBACK.allows("196.201.214.200")).isTrue();
        assertThat(SAFARICOM_AND_LOOPBACK.allows("196.201.212.138")).isTrue();
        assertThat(SAFARICOM_AND_LOOPBACK.allows("127.0.0.1")).isTrue();
        assertThat(SAFARICOM_AND_LOOPBACK.allows("127.255.0.9")).isTrue();
    }

    @Test
    void rejects_an_unlisted_address() {
        assertThat(SAFARICOM_AND_LOOPBACK.allows("196.201.214.201")).isFalse();
        assertThat(SAFARICOM_AND_LOOPBACK.allows("196.201.213.44")).isFalse();
        assertThat(SAFARICOM_AND_LOOPBACK.allows("10.0.0.1")).isFalse();
    }

    @Test
    void reads_ipv4_mapped_ipv6_peers_as_ipv4() {
        assertThat(SAFARICOM_AND_LOOPBACK.allows("::ffff:196.201.214.200")).isTrue();
        assertThat(SAFARICOM_AND_LOOPBACK.allows("::FFFF:10.0.0.1")).isFalse();
        assertThat(IpAddress.canonical("::ffff:127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void matches_ipv6_networks_bit_by_bit() {
        assertThat(SAFARICOM_AND_LOOPBACK.allows("2001:db8:5:ffff::1")).isTrue();
        assertThat(SAFARICOM_AND_LOOPBACK.allows("2001:db8:6::1")).isFalse();
        assertThat(SAFARICOM_AND_LOOPBACK.allows("::1")).isFalse();
        assertThat(CallbackSourcePolicy.parse("::1").allows("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(CallbackSourcePolicy.parse("10.0.0.0/9").allows("10.127.255.255")).isTrue();
        assertThat(CallbackSourcePolicy.parse("10.0.0.0/9").allows("10.128.0.0")).isFalse();
    }

    @Test
    void allow_any_is_an_explicit_choice() {
        CallbackSourcePolicy any = CallbackSourcePolicy.parse("0.0.0.0/0,::/0");
        assertThat(any.allows("8.8.8.8")).isTrue();
        assertThat(any.allows("2001:4860::8888")).isTrue();
    }

    @Test
    void never_allows_junk_or_host_names() {
        CallbackSourcePolicy any = CallbackSourcePolicy.parse("0.0.0.0/0,::/0");
        assertThat(any.allows(null)).isFalse();
        assertThat(any.allows("")).isFalse();
        assertThat(any.allows("localhost")).isFalse();
        assertThat(any.allows("300.1.1.1")).isFalse();
        assertThat(any.allows("1.2.3")).isFalse();
    }

    @Test
    void refuses_a_configuration_it_cannot_read_and_says_which_entry() {
        assertThatThrownBy(() -> CallbackSourcePolicy.parse("196.201.214.200,safaricom.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'safaricom.com'");
        assertThatThrownBy(() -> CallbackSourcePolicy.parse("10.0.0.0/33"))
                .hasMessageContaining("'10.0.0.0/33'").hasMessageContaining("0-32");
        assertThatThrownBy(() -> CallbackSourcePolicy.parse("::/129")).hasMessageContaining("0-128");
        assertThatThrownBy(() -> CallbackSourcePolicy.parse(" , ")).hasMessageContaining("is empty");
    }

    @Test
    void production_defaults_to_safaricoms_published_addresses_and_elsewhere_to_loopback() {
        CallbackSourcePolicy production = CallbackSourcePolicy.defaultFor(true);
        CallbackSourcePolicy sandbox = CallbackSourcePolicy.defaultFor(false);

        assertThat(SafaricomCallbackSources.PUBLISHED).hasSize(14).doesNotHaveDuplicates()
                .allSatisfy(address -> assertThat(production.allows(address)).isTrue())
                .allSatisfy(address -> assertThat(sandbox.allows(address)).isFalse());
        assertThat(production.allows("127.0.0.1")).isFalse();
        assertThat(production.allows("196.201.212.130")).isFalse();
        assertThat(sandbox.allows("127.0.0.1")).isTrue();
    }
}
