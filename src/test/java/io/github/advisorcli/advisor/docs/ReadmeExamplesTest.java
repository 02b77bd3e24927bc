package io.github.advisorcli.advisor.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.cli.Cli;
import io.github.advisorcli.advisor.cli.Environment;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code $ } example of README.md and README.zh.md and compares what it prints (stdout
 * and stderr together, as a terminal shows them, at width 100 without colour) with the lines that
 * follow it in the README, up to the next {@code $ } line or the end of the block.
 *
 * <ul>
 *   <li>{@code [...]} stands for any text: within a line, any text on that line; alone on a line,
 *       any number of lines (none included). Trailing spaces and blank lines at the end do not
 *       count.
 *   <li>A command with no lines after it is run, and must succeed, but its output is not shown.
 *   <li>{@code advisor ARGS} runs the command line in this JVM, from the project's folder; {@code
 *       NAME=VALUE advisor ...} sets a variable; {@code printf '...' | advisor ...} gives it input;
 *       {@code echo $?} prints the previous command's exit code; {@code cat FILE} prints a file.
 *   <li>{@code <!-- readme: file NAME -->} before a block makes that block the file NAME for the
 *       examples after it (in a scratch folder, which also holds the project's {@code src}).
 *   <li>{@code <!-- readme: skip -->} before a block leaves it out (for examples that need the
 *       network, a terminal or the packaged launcher).
 * </ul>
 */
class ReadmeExamplesTest {
  private static final Pattern MARKER = Pattern.compile("^<!-- readme: (skip|file (\\S+)) -->$");
  private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Z_][A-Z0-9_]*)=(.*)$");
  private static final Pattern PRINTF = Pattern.compile("^printf '([^']*)' \\| (.*)$");

  /** The examples' working folder: the files the READMEs declare, and the project's src. */
  private static Path scratch;

  /** With {@code -Dgolden.update=true}: README lines to replace, by file and first line. */
  private static final Map<String, java.util.TreeMap<Integer, Example>> UPDATES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Map<Example, List<String>> ACTUAL =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** One {@code $ } line and the lines it should print. */
  record Example(String file, int line, String command, List<String> expected) {}

  @TestFactory
  Stream<DynamicTest> readmeExamples() throws IOException {
    scratch = CliRun.basedir().resolve("target/readme-examples");
    Files.createDirectories(scratch);
    Path src = scratch.resolve("src");
    Files.deleteIfExists(src);
    Files.createSymbolicLink(src, CliRun.basedir().resolve("src"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String readme : List.of("README.md", "README.zh.md")) {
      List<Example> examples = examples(readme);
      assertThat(examples).as("examples in %s", readme).isNotEmpty();
      int[] lastExit = {0};
      for (Example e : examples) {
        tests.add(
            DynamicTest.dynamicTest(
                e.file() + ":" + e.line() + " $ " + e.command(), () -> check(e, lastExit)));
      }
    }
    return tests.stream();
  }

  /** The examples of a README, writing the files it declares into the scratch folder. */
  static List<Example> examples(String name) throws IOException {
    List<String> lines = Files.readAllLines(CliRun.basedir().resolve(name));
    List<Example> examples = new ArrayList<>();
    String marker = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = MARKER.matcher(line.trim());
      if (m.matches()) {
        marker = m.group(1);
        continue;
      }
      if (!line.startsWith("```")) {
        if (!line.isBlank()) {
          marker = null;
        }
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).startsWith("```")) {
        end++;
      }
      List<String> block = lines.subList(start, end);
      i = end;
      if (marker != null && marker.startsWith("file ")) {
        Files.writeString(scratch.resolve(marker.substring(5)), String.join("\n", block) + "\n");
      } else if (marker == null) {
        for (int j = 0; j < block.size(); j++) {
          if (block.get(j).startsWith("$ ")) {
            int k = j + 1;
            while (k < block.size() && !block.get(k).startsWith("$ ")) {
              k++;
            }
            examples.add(
                new Example(
                    name, start + j + 1, block.get(j).substring(2), block.subList(j + 1, k)));
            j = k - 1;
          }
        }
      }
      marker = null;
    }
    return examples;
  }

  private static void check(Example e, int[] lastExit) throws IOException {
    String command = e.command();
    StringWriter text = new StringWriter();
    String stdin = null;
    Matcher printf = PRINTF.matcher(command);
    if (printf.matches()) {
      stdin = printf.group(1).replace("\\n", "\n");
      command = printf.group(2);
    }
    List<String> words = words(command);
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CONFIG_HOME", scratch.resolve("no-config").toString());
    while (!words.isEmpty() && ASSIGNMENT.matcher(words.get(0)).matches()) {
      Matcher a = ASSIGNMENT.matcher(words.remove(0));
      a.matches();
      env.put(a.group(1), a.group(2));
    }
    String output;
    if (words.equals(List.of("echo", "$?"))) {
      output = lastExit[0] + "\n";
    } else if (words.size() == 2 && words.get(0).equals("cat")) {
      output = Files.readString(scratch.resolve(words.get(1)));
    } else {
      assertThat(words).as("a command of advisor's, in %s:%d", e.file(), e.line()).isNotEmpty();
      assertThat(words.get(0)).as("%s:%d", e.file(), e.line()).isEqualTo("advisor");
      PrintWriter both = new PrintWriter(text, true);
      Environment environment =
          new Environment(
              both,
              both,
              env,
              scratch,
              false,
              new ByteArrayInputStream(
                  (stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
      lastExit[0] = Cli.run(environment, words.subList(1, words.size()).toArray(String[]::new));
      output = text.toString();
      if (e.expected().isEmpty()) {
        assertThat(lastExit[0])
            .as("exit code of %s:%d; output:%n%s", e.file(), e.line(), output)
            .isZero();
        return;
      }
    }
    List<String> actual = trim(output.lines().toList());
    List<String> expected = trim(e.expected());
    if (!matches(expected, 0, actual, 0)
        && Boolean.getBoolean("golden.update")
        && expected.stream().noneMatch(l -> l.contains("[...]"))) {
      ACTUAL.put(e, actual);
      UPDATES.computeIfAbsent(e.file(), f -> new java.util.TreeMap<>()).put(e.line(), e);
      return;
    }
    if (!matches(expected, 0, actual, 0)) {
      assertThat(String.join("\n", actual))
          .as("output of %s:%d ([...] matches anything)", e.file(), e.line())
          .isEqualTo(String.join("\n", expected));
    }
  }

  /**
   * Writes the output of the examples that differ, and show no {@code [...]}, into the READMEs
   * (review the diff); those with {@code [...]} are left to be edited by hand.
   */
  @org.junit.jupiter.api.AfterAll
  static void update() throws IOException {
    for (var file : UPDATES.entrySet()) {
      Path path = CliRun.basedir().resolve(file.getKey());
      List<String> lines = new ArrayList<>(Files.readAllLines(path));
      for (Example e : file.getValue().descendingMap().values()) {
        int first = e.line();
        int count = trim(e.expected()).size();
        for (int i = 0; i < count; i++) {
          lines.remove(first);
        }
        lines.addAll(first, ACTUAL.get(e));
      }
      Files.writeString(path, String.join("\n", lines) + "\n");
    }
  }

  /** Words as a POSIX shell splits them, for the quoting the READMEs use. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  private static List<String> trim(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.stripTrailing());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Whether the actual lines from {@code a} on match the expected ones from {@code e} on. */
  static boolean matches(List<String> expected, int e, List<String> actual, int a) {
    if (e == expected.size()) {
      return a == actual.size();
    }
    String pattern = expected.get(e);
    if (pattern.strip().equals("[...]")) {
      for (int skip = a; skip <= actual.size(); skip++) {
        if (matches(expected, e + 1, actual, skip)) {
          return true;
        }
      }
      return false;
    }
    return a < actual.size()
        && line(pattern).matcher(actual.get(a)).matches()
        && matches(expected, e + 1, actual, a + 1);
  }

  private static Pattern line(String expected) {
    StringBuilder regex = new StringBuilder();
    for (String part : expected.split(Pattern.quote("[...]"), -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    // An empty quoted part still leaves "\Q\E"; that is harmless.
    return Pattern.compile(regex.toString());
  }
}
