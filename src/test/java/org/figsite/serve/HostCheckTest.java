package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Host headers count as addressed to the server, for each kind of address it may serve on. */
class HostCheckTest {
  @Test
  void onAnotherAddressAcceptsThatAddressAndTheLoopbackNames() {
    HostCheck check = new HostCheck(new InetSocketAddress("192.0.2.7", 0), 4000);
    assertThat(check.accepts(List.of("192.0.2.7:4000"))).isTrue();
    assertThat(check.accepts(List.of("localhost:4000"))).isTrue();
    assertThat(check.accepts(List.of("192.0.2.8:4000"))).isFalse();
    assertThat(check.accepts(List.of("192.0.2.7:4001"))).isFalse();
    assertThat(check.accepts(List.of("evil.example:4000"))).isFalse();
    assertThat(check.origin()).isEqualTo("http://192.0.2.7:4000/");
  }

  @Test
  void onAnIpv6AddressAcceptsItInBrackets() {
    HostCheck check = new HostCheck(new InetSocketAddress("2001:db8::7", 0), 4000);
    assertThat(check.accepts(List.of("[2001:db8::7]:4000"))).isTrue();
    assertThat(check.accepts(List.of("[2001:DB8:0::7]:4000"))).isTrue();
    assertThat(check.accepts(List.of("2001:db8::7:4000"))).isFalse();
    assertThat(check.origin()).isEqualTo("http://[2001:db8:0:0:0:0:0:7]:4000/");
  }

  @Test
  void onEveryAddressAcceptsThisMachinesAddressesButNoOtherName() {
    HostCheck check = new HostCheck(new InetSocketAddress("0.0.0.0", 0), 4000);
    assertThat(check.accepts(List.of("127.0.0.1:4000"))).isTrue();
    assertThat(check.accepts(List.of("0.0.0.0:4000"))).isTrue();
    assertThat(check.accepts(List.of("192.0.2.99:4000"))).isFalse();
    assertThat(check.accepts(List.of("evil.example:4000"))).isFalse();
    assertThat(check.origin()).isEqualTo("http://localhost:4000/");
  }

  @Test
  void acceptsNoPortOnlyOnPort80() {
    assertThat(new HostCheck(new InetSocketAddress("127.0.0.1", 80), 80).accepts(List.of("localhost"))).isTrue();
    assertThat(new HostCheck(new InetSocketAddress("127.0.0.1", 0), 4000).accepts(List.of("localhost"))).isFalse();
  }

  @Test
  void acceptsTheNameTheAddressWasGivenAs() {
    HostCheck check = new HostCheck(InetSocketAddress.createUnresolved("preview.internal", 0), 4000);
    assertThat(check.accepts(List.of("preview.internal:4000"))).isTrue();
    assertThat(check.accepts(List.of("other.internal:4000"))).isFalse();
  }
}
