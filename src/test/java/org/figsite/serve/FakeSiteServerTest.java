package org.figsite.serve;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the server against a {@link FakeSite} share: a fresh folder, the site, the
 * server (stopped after each test, passed or not) and a client for it. A subclass calls {@link
 * #serve} from its {@code @BeforeEach}.
 */
abstract class FakeSiteServerTest {
  @TempDir Path tmp;
  FakeSite site;
  @AutoClose ServedSite served;
  Http http;

  /** Serves {@code site} at {@code baseurl}, building it once first. */
  final void serve(FakeSite site, String baseurl) throws IOException {
    this.site = site;
    this.served = site.serve(baseurl);
    this.http = served.http;
  }
}
