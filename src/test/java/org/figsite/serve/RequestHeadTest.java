package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a request head within its bounds. */
class RequestHeadTest {
  @Test
  void readsThePathQueryAndHeadersOfOneRequestAndLeavesTheNext() throws Exception {
    InputStream in = stream("GET /a%20b?x=1 HTTP/1.1\r\nHost: localhost:4000\r\nConnection: keep-alive\r\n\r\n"
        + "HEAD / HTTP/1.0\nHost: x\n\n");
    RequestHead first = RequestHead.read(in).orElseThrow();
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.rawPath()).isEqualTo("/a%20b");
    assertThat(first.rawQuery()).isEqualTo("x=1");
    assertThat(first.header("HOST")).containsExactly("localhost:4000");
    assertThat(first.keepAlive()).isTrue();
    RequestHead second = RequestHead.read(in).orElseThrow();
    assertThat(second.method()).isEqualTo("HEAD");
    assertThat(second.keepAlive()).as("HTTP/1.0").isFalse();
    assertThat(RequestHead.read(in)).as("the client closed between requests").isEmpty();
  }

  @Test
  void seesTheRequestsWishToCloseAndItsBody() throws Exception {
    RequestHead head = RequestHead.read(stream("POST / HTTP/1.1\r\nConnection: Close\r\nContent-Length: 5\r\n\r\n"))
        .orElseThrow();
    assertThat(head.keepAlive()).isFalse();
    assertThat(head.hasBody()).isTrue();
  }

  @Test
  void refusesAHeadLongerThanItsBound() {
    String big = "GET / HTTP/1.1\r\nX-Big: " + "a".repeat(RequestHead.MAX_BYTES) + "\r\n\r\n";
    assertThatThrownBy(() -> RequestHead.read(stream(big)))
        .isInstanceOfSatisfying(RequestHead.Malformed.class, e -> assertThat(e.status).isEqualTo(431));
  }

  @Test
  void refusesTooManyHeaderLines() {
    String many = "GET / HTTP/1.1\r\n" + "X-A: b\r\n".repeat(RequestHead.MAX_HEADERS + 1) + "\r\n";
    assertThatThrownBy(() -> RequestHead.read(stream(many)))
        .isInstanceOfSatisfying(RequestHead.Malformed.class, e -> assertThat(e.status).isEqualTo(431));
  }

  @Test
  void refusesMalformedRequestLinesAndHeaders() {
    for (String bad : List.of("GET /\r\n\r\n", "GET http://evil.example/ HTTP/1.1\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1\r\nHost : x\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n",
        "GET / HTTP/1.1\r\nno colon\r\n\r\n")) {
      assertThatThrownBy(() -> RequestHead.read(stream(bad))).as(bad)
          .isInstanceOfSatisfying(RequestHead.Malformed.class, e -> assertThat(e.status).isEqualTo(400));
    }
    assertThatThrownBy(() -> RequestHead.read(stream("GET / HTTP/2.0\r\n\r\n")))
        .isInstanceOfSatisfying(RequestHead.Malformed.class, e -> assertThat(e.status).isEqualTo(505));
  }

  @Test
  void failsOnAConnectionThatEndsInsideAHead() {
    assertThatThrownBy(() -> RequestHead.read(stream("GET / HTTP/1.1\r\nHost: x\r\n"))).isInstanceOf(EOFException.class);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
