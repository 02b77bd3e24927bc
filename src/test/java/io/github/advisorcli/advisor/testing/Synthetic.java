package io.github.advisorcli.advisor.testing;

import io.github.advisorcli.advisor.tools.SyntheticCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Synthetic catalogs for tests, written with the bundled registries. */
public final class Synthetic {
  private Synthetic() {}

  /** The catalog text of {@code count} synthetic models. */
  public static String text(int count, long seed, boolean yaml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new SyntheticCatalog(Catalogs.registries()).write(out, count, seed, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes {@code text} to {@code dir/name} and returns the path. */
  public static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
