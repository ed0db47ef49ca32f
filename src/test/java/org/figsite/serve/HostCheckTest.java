package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Host headers count as addressed to the server, for each kind of address it may serve on. */
class HostCheckTest {
  @ParameterizedTest(name = "serving on {0} port {1}: Host {2} -> {3}")
  @CsvSource({
      // On another address: that address and the loopback names, on the port served.
      "192.0.2.7,    4000, 192.0.2.7:4000,        true",
      "192.0.2.7,    4000, localhost:4000,        true",
      "192.0.2.7,    4000, 192.0.2.8:4000,        false",
      "192.0.2.7,    4000, 192.0.2.7:4001,        false",
      "192.0.2.7,    4000, evil.example:4000,     false",
      // On an IPv6 address: in brackets, in any spelling of the address.
      "2001:db8::7,  4000, [2001:db8::7]:4000,    true",
      "2001:db8::7,  4000, [2001:DB8:0::7]:4000,  true",
      "2001:db8::7,  4000, 2001:db8::7:4000,      false",
      // On every address: this machine's addresses, but no other name.
      "0.0.0.0,      4000, 127.0.0.1:4000,        true",
      "0.0.0.0,      4000, 0.0.0.0:4000,          true",
      "0.0.0.0,      4000, 192.0.2.99:4000,       false",
      "0.0.0.0,      4000, evil.example:4000,     false",
      // No port: only on port 80.
      "127.0.0.1,    80,   localhost,             true",
      "127.0.0.1,    4000, localhost,             false",
  })
  void acceptsOnlyHostsAddressedToTheServer(String address, int port, String host, boolean accepted) {
    assertThat(new HostCheck(new InetSocketAddress(address, 0), port).accepts(List.of(host))).isEqualTo(accepted);
  }

  @ParameterizedTest(name = "serving on {0}: origin {1}")
  @CsvSource({
      "192.0.2.7,   http://192.0.2.7:4000/",
      "2001:db8::7, http://[2001:db8:0:0:0:0:0:7]:4000/",
      "0.0.0.0,     http://localhost:4000/",
  })
  void namesItsOrigin(String address, String origin) {
    assertThat(new HostCheck(new InetSocketAddress(address, 0), 4000).origin()).isEqualTo(origin);
  }

  @Test
  void acceptsTheNameTheAddressWasGivenAs() {
    HostCheck check = new HostCheck(InetSocketAddress.createUnresolved("preview.internal", 0), 4000);
    assertThat(check.accepts(List.of("preview.internal:4000"))).isTrue();
    assertThat(check.accepts(List.of("other.internal:4000"))).isFalse();
  }
}
