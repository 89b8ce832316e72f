package io.mpesagw.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

    @Test
    void skips_a_port_the_kernel_offers_again_after_it_was_handed_out() {
        // ports far above the ephemeral range, so no real free() call of this JVM can have used them
        Iterator<Integer> kernel = List.of(64901, 64901, 64901, 64902).iterator();

        assertThat(LoopbackPorts.free(kernel::next)).isEqualTo(64901);
        assertThat(LoopbackPorts.free(kernel::next)).isEqualTo(64902);
    }

    @Test
    void gives_up_with_a_clear_error_when_only_handed_out_ports_come_back() {
        LoopbackPorts.free(() -> 64911);

        assertThatThrownBy(() -> LoopbackPorts.free(() -> 64911)).hasMessageContaining("not handed out already");
    }

    @Test
    void a_real_free_port_is_a_user_port() {
        assertThat(LoopbackPorts.free()).isBetween(1024, 65535);
    }
}
