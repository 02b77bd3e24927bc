package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.JarRun;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile files through every entry point that reads one, the large ones run as the
 * packaged jar with 768 MB of heap (the small ones in this JVM, see {@link #run}): each must end
 * with exit 2 and one line on stderr naming the file, and never with a stack trace or an internal
 * error. {@code bench/run} measures their time and memory (the target is 5 s); here a {@link
 * Backstop} only guards against a hang. The small files are in {@code src/test/resources/hostile/};
 * the huge ones are written here, at test time.
 */
class HostileInputIT {
  private static final String CORPUS = "src/test/resources/hostile/";
  private static final Duration LIMIT = Backstop.jar();
  private static final long IN_JAR = 64 << 10;

  @TempDir static Path generated;

  private static ServerSocketChannel socket;

  /** How a file reaches advisor. */
  enum Entry {
    VALIDATE("catalog", "validate", "FILE"),
    CATALOG_OPTION("--catalog", "FILE", "list"),
    MANIFEST("check", "--manifest", "FILE");

    private final List<String> args;

    Entry(String... args) {
      this.args = List.of(args);
    }

    String[] args(String file) {
      return args.stream().map(a -> a.equals("FILE") ? file : a).toArray(String[]::new);
    }

    boolean catalog() {
      return this != MANIFEST;
    }
  }

  /**
   * One hostile input.
   *
   * @param file the path as given on the command line
   * @param catalog what the message says after the file name when it is read as a catalog (a
   *     regular expression; null when the case is not for catalogs)
   * @param manifest the same when it is read as a manifest
   */
  record Case(String file, String catalog, String manifest) {
    static Case both(String file, String expected) {
      return new Case(file, expected, expected);
    }
  }

  @BeforeAll
  static void writeHugeFiles() throws IOException {
    String mb60 = "x".repeat(60 << 20);
    write("string-60mb.yaml", "models:\n  - {id: \"", mb60, "\", task: ner}\n");
    write("string-60mb.json", "{\"models\": [{\"id\": \"", mb60, "\"}]}\n");
    StringBuilder folded = new StringBuilder("models:\n  - id: |\n");
    String line = "      " + "x".repeat(73) + "\n";
    folded.append(line.repeat((60 << 20) / line.length()));
    write("string-60mb-lines.yaml", folded.toString());
    String digits = "9".repeat(200_000);
    write("number-200k-digits.yaml", "models:\n  - {id: a, parameters: ", digits, "}\n");
    write("number-200k-digits.json", "{\"models\": [", digits, "]}\n");
    write(
        "catalog-number-200k-digits.json",
        "{\"format\": \"advisor.catalog/v1\", \"models\": [{\"id\": \"a\", \"parameters\": ",
        digits,
        "}]}\n");
    write("manifest-number-200k-digits.yaml", "policy:\n  max_parameters: ", digits, "\n");
    String key = "k".repeat(8 << 20);
    write("key-8mb.yaml", "models:\n  - {", key, ": 1}\n");
    write("key-8mb.json", "{\"", key, "\": 1}\n");
    StringBuilder keyLines = new StringBuilder("models:\n  - ? |\n");
    String keyLine = "      " + "k".repeat(73) + "\n";
    keyLines.append(keyLine.repeat((8 << 20) / keyLine.length())).append("    : 1\n");
    write("key-8mb-lines.yaml", keyLines.toString());
    String comment = "# " + "x".repeat(77) + "\n";
    write("yaml-65mib.yaml", comment.repeat((65 << 20) / comment.length()), "models: []\n");
    int depth = 100_000;
    write("deep-100k.yaml", "models: ", "[".repeat(depth), "]".repeat(depth), "\n");
    write("deep-100k.json", "{\"models\": ", "[".repeat(depth), "]".repeat(depth), "}\n");
    write(
        "manifest-deep-100k.yaml",
        "policy:\n  max_parameters: ",
        "[".repeat(depth),
        "]".repeat(depth),
        "\nmodels:\n  - {id: bert-base-uncased, task: classification}\n");
    write(
        "manifest-deep-100k.json",
        "{\"policy\": {\"max_parameters\": ",
        "{\"a\": ".repeat(depth),
        "1",
        "}".repeat(depth),
        "}}\n");
    Files.createDirectory(generated.resolve("a-directory.yaml"));
    Path unreadable = generated.resolve("unreadable.yaml");
    Files.writeString(unreadable, "models: []\n");
    Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    socket.bind(UnixDomainSocketAddress.of(generated.resolve("socket.yaml")));
  }

  @AfterAll
  static void closeSocket() throws IOException {
    socket.close();
    Files.setPosixFilePermissions(
        generated.resolve("unreadable.yaml"), PosixFilePermissions.fromString("rw-------"));
  }

  private static void write(String name, String... parts) throws IOException {
    try (OutputStream out = Files.newOutputStream(generated.resolve(name));
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (String part : parts) {
        w.write(part);
      }
    }
  }

  private static String generated(String name) {
    return generated.resolve(name).toString();
  }

  static List<Case> cases() {
    String notUtf8 = "\\d+: not UTF-8 text: ";
    String empty = "the file is empty: expected ";
    String topLevel = "1:1: expected a mapping with '(format|policy)' and 'models' at the top";
    String tags = "YAML tags are not supported \\('!!javax\\.script\\.ScriptEngineManager'\\)";
    String stringLimit = "a string is longer than the limit of 1,048,576 characters";
    String keyLimit = "a key is longer than the limit of 1,024 characters";
    String longLine = "\\d+: the line is longer than 2,097,152 bytes";
    return List.of(
        Case.both(
            CORPUS + "malformed.yaml",
            "3:7: invalid YAML: while scanning a quoted scalar: found unexpected end of stream"),
        Case.both(
            CORPUS + "malformed.json",
            "1:24: syntax error: Unexpected character \\(',' \\(code 44\\)\\)"),
        Case.both(
            CORPUS + "alias-bomb.yaml",
            "3:5: YAML anchors and aliases are not supported \\('&a'\\): write the value out"),
        Case.both(CORPUS + "duplicate-keys.yaml", "2:7: duplicate key 'models'"),
        Case.both(CORPUS + "duplicate-keys.json", "1:24: duplicate key 'models'"),
        Case.both(CORPUS + "root-list.yaml", topLevel),
        Case.both(CORPUS + "root-list.json", topLevel),
        Case.both(CORPUS + "root-scalar.yaml", topLevel),
        Case.both(CORPUS + "root-scalar.json", topLevel),
        Case.both(CORPUS + "empty.yaml", empty),
        Case.both(CORPUS + "empty.json", empty),
        Case.both(CORPUS + "bom-only.yaml", empty),
        Case.both(CORPUS + "bom-only.json", empty),
        Case.both(CORPUS + "utf16le-bom.yaml", notUtf8 + "the file starts with a UTF-16"),
        Case.both(CORPUS + "utf16be-bom.json", notUtf8 + "the file starts with a UTF-16"),
        Case.both(CORPUS + "utf16le.json", notUtf8 + "NUL bytes at the start, as in UTF-16"),
        Case.both(CORPUS + "utf32be-bom.json", notUtf8 + "the file starts with a UTF-32"),
        Case.both(CORPUS + "latin1.yaml", "2: not UTF-8 text: the bytes E9 7D are no UTF-8"),
        Case.both(CORPUS + "binary.bin", notUtf8),
        Case.both(CORPUS + "binary.json", notUtf8),
        Case.both(CORPUS + "nul.yaml", "2: not UTF-8 text: a NUL byte"),
        Case.both(CORPUS + "nul.json", "1: not UTF-8 text: a NUL byte"),
        Case.both(CORPUS + "control-char.yaml", "2: a raw control character \\(U\\+001B\\)"),
        Case.both(
            CORPUS + "crlf-malformed.yaml",
            "3:9: invalid YAML: while scanning a quoted scalar: found unexpected end of stream"),
        Case.both(CORPUS + "trailing-document.yaml", "3:1: unexpected content after the end"),
        Case.both(CORPUS + "trailing-content.json", "1:4: unexpected content after the end"),
        Case.both(CORPUS + "trailing-garbage.json", "1:4: syntax error: Unrecognized token"),
        Case.both(CORPUS + "trailing-garbage.yaml", "2:4: invalid YAML: expected '<document"),
        Case.both(CORPUS + "tag-global.yaml", "1:1: " + tags),
        Case.both(CORPUS + "tag-nested.yaml", "2:5: " + tags),
        Case.both(
            CORPUS + "tag-scalar.yaml",
            "2:9: YAML tags are not supported \\('!!java\\.io\\.File'\\)"),
        Case.both(
            CORPUS + "escape-in-key.yaml",
            "2:6: unknown field '\\\\u001B\\]0;pwned\\\\u0007\\\\u001B\\[31m'"),
        Case.both(
            CORPUS + "escape-in-key.json",
            "1:14: unknown field '\\\\u001B\\]0;pwned\\\\u0007\\\\u001B\\[31m'"),
        new Case(
            CORPUS + "catalog/nan.yaml",
            "10:38: 'value' must be a finite number, not \\.nan",
            null),
        new Case(
            CORPUS + "catalog/infinity.yaml",
            "10:38: 'value' must be a finite number, not -\\.inf",
            null),
        new Case(
            CORPUS + "catalog/nan.json",
            "1:107: syntax error: Non-standard token 'NaN' \\(JSON has no NaN or Infinity\\)",
            null),
        new Case(
            CORPUS + "catalog/infinity.json",
            "1:113: syntax error: Non-standard token '-Infinity'",
            null),
        new Case(
            CORPUS + "catalog/too-large.yaml",
            "9:17: 'parameters' is too large: 99999999999999999999999",
            null),
        new Case(CORPUS + "manifest/nan.yaml", null, "2:18: invalid number '\\.nan'"),
        new Case(
            CORPUS + "manifest/infinity.json",
            null,
            "1:34: syntax error: Non-standard token 'Infinity'"),
        new Case(
            CORPUS + "manifest/too-large.yaml",
            null,
            "2:3: 'max_parameters' must be a count such as 2B or 350M"),
        Case.both(generated("string-60mb.yaml"), "2: the line is longer than 2,097,152 bytes"),
        Case.both(generated("string-60mb.json"), "1:\\d+: " + stringLimit),
        Case.both(generated("string-60mb-lines.yaml"), "2:\\d+: " + stringLimit),
        new Case(
            generated("number-200k-digits.yaml"),
            "2:\\d+: 'parameters' must be a positive integer, not the text '999",
            "2:\\d+: unknown field 'parameters'"),
        Case.both(
            generated("number-200k-digits.json"),
            "1:\\d+: a number is longer than the limit of 100 digits"),
        new Case(
            generated("catalog-number-200k-digits.json"),
            "1:\\d+: a number is longer than the limit of 100 digits",
            null),
        new Case(
            generated("manifest-number-200k-digits.yaml"),
            null,
            "2:3: 'max_parameters': invalid count '9999"),
        // Under the YAML document limit (1 Gi characters): read to the end, bounded, one clear
        // line.
        new Case(
            generated("yaml-65mib.yaml"),
            "\\d+:\\d+: missing 'format: advisor.catalog/v1'",
            "\\d+:\\d+: the manifest lists no models"),
        Case.both(generated("key-8mb.yaml"), longLine),
        Case.both(generated("key-8mb.json"), "1:\\d+: " + keyLimit),
        Case.both(generated("key-8mb-lines.yaml"), "2:\\d+: " + keyLimit),
        Case.both(generated("deep-100k.yaml"), "1:10: each model must be a mapping"),
        Case.both(generated("deep-100k.json"), "1:\\d+: each model must be a mapping"),
        new Case(
            generated("manifest-deep-100k.yaml"),
            "1:1: unknown field 'policy'",
            "2:\\d+: mappings and lists nest deeper than the limit of 64 levels"),
        new Case(
            generated("manifest-deep-100k.json"),
            "1:\\d+: unknown field 'policy'",
            "1:\\d+: mappings and lists nest deeper than the limit of 64 levels"),
        Case.both(generated("a-directory.yaml"), "is a directory, not a"),
        Case.both(generated("no-such-file.yaml"), "no such file"),
        Case.both(generated("unreadable.yaml"), "cannot read the file: permission denied"),
        Case.both(generated("socket.yaml"), "is a pipe, socket or device, not a"));
  }

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (Case c : cases()) {
      for (Entry entry : Entry.values()) {
        String expected = entry.catalog() ? c.catalog() : c.manifest();
        if (expected != null) {
          String name = c.file().substring(c.file().lastIndexOf('/') + 1);
          runs.add(Arguments.of(entry, name, c.file(), expected));
        }
      }
    }
    return runs.stream();
  }

  /**
   * Files larger than {@link #IN_JAR} run the packaged jar, where the heap is limited as a user's
   * would be; the others take the same path through {@code Cli} in this JVM ({@code Main} only
   * hands its exit code to {@code System.exit}), which spares a JVM start for each.
   */
  private static JarRun run(String file, String... args) {
    Path path = CliRun.basedir().resolve(file);
    try {
      if (Files.isRegularFile(path) && Files.size(path) > IN_JAR) {
        return JarRun.run(LIMIT, CliRun.basedir(), Map.of(), args);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CliRun run = assertTimeoutPreemptively(Backstop.inProcess(), () -> CliRun.run(args));
    return new JarRun(run.exitCode(), run.out(), run.err(), Duration.ZERO);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("runs")
  void oneClearLineAndExitTwo(Entry entry, String name, String file, String expected) {
    if (name.equals("unreadable.yaml")) {
      Assumptions.assumeFalse(
          Files.isReadable(Path.of(file)),
          "running as root: file permissions do not stop reads (the socket case covers an"
              + " unreadable file)");
    }
    JarRun run = run(file, entry.args(file));
    String context = "stderr:%n%s".formatted(run.err());
    run.assertExit(2);
    assertThat(run.out()).as("stdout").isEmpty();
    assertThat(run.err()).as(context).endsWith("\n");
    assertThat(run.err().lines().count()).as(context).isEqualTo(1);
    assertThat(run.err().stripTrailing())
        .as(context)
        .matches(
            "advisor: \\Q"
                + file
                + "\\E:"
                + (expected.matches("(\\d|\\\\d).*") ? "" : " ")
                + expected
                + ".*");
    assertThat(run.err())
        .as(context)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("internal error")
        .doesNotContain("\u001B")
        .doesNotContain("\u0007");
    assertThat(run.err().length()).as("one short line").isLessThan(1100);
  }

  /** ADVISOR_CATALOG reads files as --catalog does. */
  @ParameterizedTest(name = "ADVISOR_CATALOG={0}")
  @MethodSource("environmentCases")
  void catalogsFromTheEnvironmentToo(String file, String expected) {
    JarRun run = JarRun.run(LIMIT, CliRun.basedir(), Map.of("ADVISOR_CATALOG", file), "list");
    run.assertExit(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("advisor: " + file + ":" + expected);
  }

  static Stream<Arguments> environmentCases() {
    return Stream.of(
        Arguments.of(CORPUS + "tag-global.yaml", "1:1: YAML tags are not supported"),
        Arguments.of(CORPUS + "utf16le.json", "1: not UTF-8 text"),
        Arguments.of(generated("string-60mb.yaml"), "2: the line is longer"));
  }

  /** CRLF line ends are no problem in themselves. */
  @Test
  void crlfFilesLoad() {
    JarRun.run(
            LIMIT, CliRun.basedir(), Map.of(), "catalog", "validate", CORPUS + "catalog/crlf.yaml")
        .assertExit(0);
    JarRun.run(
            LIMIT, CliRun.basedir(), Map.of(), "check", "--manifest", CORPUS + "manifest/crlf.yaml")
        .assertExit(0);
  }
}
