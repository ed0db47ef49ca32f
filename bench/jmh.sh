#!/usr/bin/env bash
# Runs figsite's JMH microbenchmarks (src/test/java/**/*Benchmark.java): the YAML fast path
# against SnakeYAML (YamlParsingBenchmark) and HtmlEscaper against FreeMarker's own HTML escaping
# (HtmlEscapingBenchmark). Re-run after upgrading SnakeYAML or FreeMarker: each shortcut is worth
# its code only while it stays well ahead of the library it stands in for.
#
# Usage: bench/jmh.sh [JMH ARGS]      e.g. bench/jmh.sh YamlParsingBenchmark
#                                          bench/jmh.sh -f 1 -wi 2 -i 3 HtmlEscapingBenchmark
# Without arguments, runs every benchmark (about 2 minutes). Results print as JMH's table.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
# Run from the repository's folder: the YAML benchmark reads a record of the sample site.
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "${@:-Benchmark}"
