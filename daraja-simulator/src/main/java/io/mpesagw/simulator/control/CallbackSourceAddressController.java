package io.mpesagw.simulator.control;

import io.mpesagw.simulator.callback.CallbackSourceAddress;
import java.net.InetAddress;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test control: the local address every callback is sent from from now on, so a test can move the
 * simulator outside (and back inside) the gateway's callback-source allowlist. Not part of Daraja.
 */
@RestController
class CallbackSourceAddressController {

    private static final String PATH = "/simulator/v1/callbacks/source-address";

    private final CallbackSourceAddress source;

    CallbackSourceAddressController(CallbackSourceAddress source) {
        this.source = source;
    }

    @GetMapping(PATH)
    SourceAddress current() {
        return SourceAddress.of(source.current());
    }

    @PutMapping(PATH)
    SourceAddress set(@RequestBody SourceAddress requested) {
        InetAddress address = CallbackSourceAddress.loopbackLiteral(requested.address()).orElseThrow(() ->
                new ControlRejection("address", "address must be an IPv4 loopback literal, 127.0.0.0 to "
                        + "127.255.255.255 (e.g. 127.0.0.2): only those are sure to be local"));
        source.set(address);
        return SourceAddress.of(address);
    }

    /** Back to SIMULATOR_CALLBACK_SOURCE_ADDRESS. */
    @DeleteMapping(PATH)
    SourceAddress reset() {
        return SourceAddress.of(source.reset());
    }

    record SourceAddress(String address) {

        static SourceAddress of(InetAddress address) {
            return new SourceAddress(address.getHostAddress());
        }
    }
}
