package io.github.advisorcli.advisor.docs;

import io.github.advisorcli.advisor.cli.Cli;
import io.github.advisorcli.advisor.cli.Environment;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The AsciiDoc sources of the man pages, generated with picocli-codegen's ManPageGenerator from the
 * real command tree. Fails when {@code man/adoc/} is stale; {@code -Dgolden.update=true}
 * regenerates it. The build renders them to troff ({@code man/man1/}) with Asciidoctor's manpage
 * backend.
 */
class ManPagesTest {
  static Map<String, String> generate() {
    Environment env =
        new Environment(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Map.of("LANG", "C", "COLUMNS", "80"),
            Path.of("."),
            false);
    CommandLine root = Cli.create(env);
    Map<String, String> pages = new LinkedHashMap<>();
    collect(root, "advisor", pages);
    return pages;
  }

  private static void collect(CommandLine cmd, String name, Map<String, String> pages) {
    StringWriter text = new StringWriter();
    try (PrintWriter pw = new PrintWriter(text)) {
      ManPageGenerator.writeSingleManPage(pw, cmd.getCommandSpec());
    }
    pages.put(name, text.toString());
    for (Map.Entry<String, CommandLine> sub : cmd.getSubcommands().entrySet()) {
      if (!sub.getKey().equals("help")) {
        collect(sub.getValue(), name + "-" + sub.getKey(), pages);
      }
    }
  }

  @Test
  void asciidocSourcesAreUpToDate() {
    generate()
        .forEach(
            (name, adoc) ->
                Golden.assertMatchesFile(
                    adoc, CliRun.basedir().resolve("man/adoc/" + name + ".adoc")));
  }
}
