package io.github.advisorcli.advisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Run with {@code -Dgolden.update=true} to
 * rewrite them from the current output (then review the diff before committing).
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(String actual, String name) {
    assertMatchesFile(actual, CliRun.basedir().resolve("src/test/resources/golden").resolve(name));
  }

  /** Like {@link #assertMatches} for a golden file anywhere in the project. */
  public static void assertMatchesFile(String actual, Path file) {
    String name = CliRun.basedir().relativize(file).toString();
    String normalized = normalize(actual);
    if (Boolean.getBoolean("golden.update")) {
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalized, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", name).exists();
    String expected;
    try {
      expected = normalize(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(normalized).as("output differs from golden file %s", name).isEqualTo(expected);
  }

  static String normalize(String s) {
    return s.replace("\r\n", "\n");
  }
}
