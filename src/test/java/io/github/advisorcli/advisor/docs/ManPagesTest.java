package io.github.advisorcli.advisor.docs;

import io.github.advisorcli.advisor.cli.Cli;
import io.github.advisorcli.advisor.cli.Environment;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The AsciiDoc sources of the man pages, generated with picocli-codegen's ManPageGenerator from the
 * real command tree, with what the tree does not hold added: the ENVIRONMENT and FILES sections of
 * {@code advisor(1)} (from {@code src/docs/man/}) and a SEE ALSO section on every page. Fails when
 * {@code man/adoc/} is stale; {@code -Dgolden.update=true} regenerates it. The build renders them
 * to troff ({@code man/man1/}) with Asciidoctor's manpage backend, dated with the pom's {@code
 * man.date} (see {@code src/docs/man/ascii-troff.rb} for what the build does to the troff).
 */
class ManPagesTest {
  private static final String FOOTER = "// tag::picocli-generated-man-section-footer[]";
  private static final String END = "// end::picocli-generated-full-manpage[]";

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
    Map<String, String> complete = new LinkedHashMap<>();
    pages.forEach((name, adoc) -> complete.put(name, complete(name, adoc, pages)));
    return complete;
  }

  /** A page with the root's ENVIRONMENT and FILES, and SEE ALSO. */
  private static String complete(String name, String adoc, Map<String, String> pages) {
    String page = adoc;
    if (name.equals("advisor")) {
      page =
          page.replace(
              FOOTER, section("environment.adoc") + "\n" + section("files.adoc") + "\n" + FOOTER);
    }
    return page.replace(END, "== See also\n\n" + seeAlso(name, pages) + "\n\n" + END);
  }

  /**
   * advisor(1) and the pages of the other commands: on advisor(1), every command's; on a command's,
   * the command it belongs to, its own subcommands and advisor(1).
   */
  private static String seeAlso(String name, Map<String, String> pages) {
    List<String> related = new ArrayList<>();
    if (name.equals("advisor")) {
      related.addAll(pages.keySet());
      related.remove(name);
    } else {
      related.add("advisor");
      String parent = name.substring(0, name.lastIndexOf('-'));
      if (!parent.equals("advisor")) {
        related.add(parent);
      }
      for (String other : pages.keySet()) {
        if (other.startsWith(name + "-") && other.indexOf('-', name.length() + 1) < 0) {
          related.add(other);
        }
      }
    }
    return related.stream().map(p -> "*" + p + "*(1)").collect(Collectors.joining(", "));
  }

  private static String section(String file) {
    try {
      return Files.readString(CliRun.basedir().resolve("src/docs/man").resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
