package io.mpesagw.simulator.stk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StkPropertiesTest {

    @Test
    void long_text_defaults_to_reject_and_a_bad_value_stops_start_up_naming_the_variable() {
        assertThat(new StkProperties(null).longTextPolicy()).isEqualTo(LongTextPolicy.REJECT);
        assertThat(new StkProperties(" truncate ").longTextPolicy()).isEqualTo(LongTextPolicy.TRUNCATE);
        assertThatThrownBy(() -> new StkProperties("accept"))
                .hasMessage("SIMULATOR_STK_LONG_TEXT must be reject or truncate, got 'accept'");
    }
}
