package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page on another site can point its own host name at 127.0.0.1 (DNS rebinding) and then read
 * the preview as if it were its own; the browser still sends that host name, so the server answers
 * only requests addressed to itself.
 */
class HostHeaderTest {
  @TempDir Path tmp;
  @AutoClose ServedSite served;
  Http http;
  int port;

  @BeforeEach
  void start() throws IOException {
    served = new FakeSite(tmp).write("index.html", "<html><body>home</body></html>").serve("");
    port = served.port();
    http = served.http;
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost:%d", "127.0.0.1:%d", "[::1]:%d", "LOCALHOST:%d"})
  void servesRequestsAddressedToThisServer(String host) throws Exception {
    assertThat(request("/", String.format(host, port))).startsWith("HTTP/1.1 200 ").contains("home");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example", "evil.example:%d", "localhost.evil.example:%d", "127.0.0.2:%d",
      "localhost:1%d", "localhost", "127.0.0.1:%d@evil.example", "localhost:%d, evil.example"})
  void refusesRequestsAddressedToAnotherHost(String host) throws Exception {
    String response = request("/", String.format(host, port));
    assertThat(response).startsWith("HTTP/1.1 421 ").contains("text/plain")
        .contains("figsite serve answers only requests for http://127.0.0.1:" + port + "/")
        .doesNotContain("home");
  }

  @Test
  void refusesLiveReloadStreamsForAnotherHost() throws Exception {
    assertThat(request(ReloadEvents.PATH, "evil.example:" + port)).startsWith("HTTP/1.1 421 ");
  }

  @Test
  void refusesARequestWithoutHost() throws Exception {
    assertThat(http.rawRequest("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400 ")
        .doesNotContain("home");
  }

  @Test
  void refusesARequestWithTwoHosts() throws Exception {
    assertThat(http.rawRequest("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nHost: evil.example\r\n"
        + "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 400 ").doesNotContain("home");
  }

  private String request(String path, String host) throws IOException {
    return http.rawRequest("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }
}
