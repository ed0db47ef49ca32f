package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** This repository's release workflow: a v* tag builds figsite and publishes what init pins. */
class ReleaseWorkflowTest {
  @Test
  @SuppressWarnings("unchecked")
  void aVersionTagPublishesTheArchiveAndTheSumsInitPins() throws IOException {
    Map<String, Object> wf = new Yaml().load(Files.readString(Path.of(".github/workflows/release.yml")));
    // SnakeYAML reads the key `on` as the boolean true (YAML 1.1), as GitHub does not
    Map<String, Object> on = (Map<String, Object>) (wf.containsKey("on") ? wf.get("on") : wf.get(true));
    assertThat((Map<String, Object>) on.get("push")).containsEntry("tags", List.of("v*"));
    assertThat((Map<String, Object>) wf.get("permissions")).containsEntry("contents", "write");
    Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) wf.get("jobs")).get("release");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
    String runs = String.join("\n", steps.stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run")).toList());
    assertThat(runs).contains("mvn -B verify -Drevision=\"$VERSION\" -Dfigsite.releases=\"$RELEASES\"",
        "(cd \"unpacked/figsite-$VERSION\" && sha256sum bin/figsite lib/figsite.jar) > \"figsite-$VERSION.sha256\"",
        "gh release create \"$GITHUB_REF_NAME\"",
        "\"target/figsite-$VERSION.tar.gz\" \"target/figsite-$VERSION.tar.gz.sha256\" \"target/figsite-$VERSION.sha256\"");
    assertThat((Map<String, Object>) job.get("env"))
        .containsEntry("RELEASES", "${{ github.server_url }}/${{ github.repository }}/releases/download");
  }
}
