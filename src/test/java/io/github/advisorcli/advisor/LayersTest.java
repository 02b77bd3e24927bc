package io.github.advisorcli.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dependencies point inward: the domain (the catalog and its sub-packages, scoring, licenses) uses
 * nothing from the command line, rendering, the shell, the MCP server, the build tools, the
 * launcher's archiving entry point, picocli or JLine; reading and the bundle do not use streaming.
 * Checked on the source files' imports and fully qualified names.
 */
class LayersTest {
  private static final String ROOT = "io.github.advisorcli.advisor";
  private static final Path SOURCES =
      CliRun.basedir().resolve("src/main/java/io/github/advisorcli/advisor");

  /** A package (relative to the root, with its sub-packages) and what it must not use. */
  private record Rule(String from, List<String> forbidden) {
    boolean covers(String pkg) {
      return pkg.equals(from) || pkg.startsWith(from + ".");
    }
  }

  private static final List<String> OUTER =
      List.of(
          ROOT + ".cli",
          ROOT + ".render",
          ROOT + ".shell",
          ROOT + ".mcp",
          ROOT + ".tools",
          ROOT + ".launcher",
          "picocli",
          "org.jline");

  private static final List<Rule> RULES =
      List.of(
          new Rule("catalog", OUTER),
          new Rule("score", OUTER),
          new Rule("license", OUTER),
          new Rule("check", OUTER),
          new Rule("hardware", OUTER),
          // The memory model sits below scoring: score uses hardware, never the other way.
          new Rule("hardware", List.of(ROOT + ".score")),
          new Rule("catalog.read", List.of(ROOT + ".catalog.stream")),
          new Rule("catalog.bundle", List.of(ROOT + ".catalog.stream")));

  private static final Pattern NAME = Pattern.compile("(?<![\\w.])([a-z][\\w]*(?:\\.[\\w]+)+)");

  /** What the source of a file in package {@code pkg} uses that its rules forbid. */
  static List<String> violations(String pkg, String source) {
    String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    List<String> found = new ArrayList<>();
    for (Rule rule : RULES) {
      if (!rule.covers(pkg)) {
        continue;
      }
      Matcher m = NAME.matcher(code);
      while (m.find()) {
        String name = m.group(1);
        for (String forbidden : rule.forbidden()) {
          if (name.equals(forbidden) || name.startsWith(forbidden + ".")) {
            found.add(name);
          }
        }
      }
    }
    return found;
  }

  @Test
  void theDomainUsesNothingFromOuterLayers() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        for (String v : violations(pkg, Files.readString(file, StandardCharsets.UTF_8))) {
          problems.add(SOURCES.relativize(file) + " uses " + v);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          catalog        | import io.github.advisorcli.advisor.cli.Session;          | io.github.advisorcli.advisor.cli.Session
          catalog.read   | x = io.github.advisorcli.advisor.render.Table.of();       | io.github.advisorcli.advisor.render.Table.of
          catalog.stream | import picocli.CommandLine;                               | picocli.CommandLine
          score          | import io.github.advisorcli.advisor.tools.BundleCompiler; | io.github.advisorcli.advisor.tools.BundleCompiler
          catalog.bundle | import io.github.advisorcli.advisor.catalog.stream.CatalogStream; | io.github.advisorcli.advisor.catalog.stream.CatalogStream
          catalog        | import io.github.advisorcli.advisor.catalog.stream.CatalogStream; |
          cli            | import io.github.advisorcli.advisor.render.Table;         |
          catalog        | // see io.github.advisorcli.advisor.cli.Session           |
          catalog        | import io.github.advisorcli.advisor.clinic.Thing;         |
          """)
  void theCheckFindsWhatItShould(String pkg, String source, String expected) {
    assertThat(violations(pkg, source)).isEqualTo(expected == null ? List.of() : List.of(expected));
  }
}
