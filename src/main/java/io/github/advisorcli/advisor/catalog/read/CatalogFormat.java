package io.github.advisorcli.advisor.catalog.read;

import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.CatalogException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a catalog (or registry, or manifest) file is JSON or YAML: the one rule every reader and
 * writer asks. {@code .json} is JSON and {@code .yaml}/{@code .yml} YAML by the file's name; any
 * other name is decided by the content: JSON when its first non-blank character is {@code {} or
 * {@code [}, YAML otherwise. An empty file of another name is an error, since nothing tells.
 * Writers choose by name too, and write JSON for any other name, which readers then recognise.
 */
public enum CatalogFormat {
  JSON,
  YAML;

  /** How many bytes are looked at to decide by content. */
  private static final int SNIFF = 64 * 1024;

  /** The format a file name asks for, if its extension names one. */
  public static Optional<CatalogFormat> byName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /**
   * The format of an existing file: by its name, else by its content. A file that cannot be read
   * counts as YAML; reading it then reports why.
   *
   * @throws CatalogException when the name does not tell and the file is empty
   */
  public static CatalogFormat of(Path path) {
    Path name = path.getFileName();
    Optional<CatalogFormat> named = byName(name == null ? "" : name.toString());
    if (named.isPresent()) {
      return named.get();
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(SNIFF);
    } catch (IOException | RuntimeException e) {
      return YAML;
    }
    CatalogFormat sniffed = byContent(head);
    if (sniffed == null) {
      throw new CatalogException(
          "cannot tell whether the file is JSON or YAML: it is empty (name it .json or .yaml)",
          SourceLocation.of(path.toString()));
    }
    return sniffed;
  }

  /** JSON or YAML by the first non-blank character, or null when there is none. */
  static CatalogFormat byContent(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB) {
      i = 3;
    }
    for (; i < head.length; i++) {
      int c = head[i] & 0xFF;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        continue;
      }
      return c == '{' || c == '[' ? JSON : YAML;
    }
    return null;
  }

  /**
   * The format to write a file in: the one asked for, else the name's, else JSON (which {@link #of}
   * recognises by content).
   *
   * @throws IllegalArgumentException when the name's extension says otherwise than {@code asked}
   */
  public static CatalogFormat forOutput(String fileName, CatalogFormat asked) {
    Optional<CatalogFormat> named = byName(fileName);
    if (asked != null && named.isPresent() && named.get() != asked) {
      throw new IllegalArgumentException(
          fileName
              + " is named as "
              + named.get().name()
              + " but "
              + asked.name()
              + " was asked for");
    }
    return asked != null ? asked : named.orElse(JSON);
  }
}
