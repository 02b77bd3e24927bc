package io.github.advisorcli.advisor.catalog.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a key sits in a file, for errors found after binding (Jackson reports some at the end
 * of the enclosing mapping). Reads the file again, so it only runs when there is an error to
 * report.
 */
public final class FieldLocator {
  private FieldLocator() {}

  /**
   * The first occurrence of key {@code field} at or after {@code from}; {@code from} itself if
   * none.
   */
  public static SourceLocation find(
      Path file, ObjectMapper mapper, String field, SourceLocation from) {
    if (file == null) {
      return from;
    }
    try (InputStream in = Files.newInputStream(file);
        JsonParser scan = mapper.getFactory().createParser(in)) {
      JsonToken t;
      while ((t = scan.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && field.equals(scan.currentName())) {
          SourceLocation at = ParseErrors.location(from.file(), scan.currentTokenLocation());
          if (at.line() > from.line()
              || (at.line() == from.line() && at.column() >= from.column())) {
            return at;
          }
        }
      }
    } catch (IOException ignored) {
      // keep the location we had
    }
    return from;
  }
}
