package io.github.advisorcli.advisor.hub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.read.ParseErrors;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads the Hub's {@code /api/models} answer, a JSON array, one element at a time: only the current
 * element is ever held in memory, so a list of hundreds of thousands of models reads in bounded
 * memory.
 */
public final class HubReader {
  /** Deepest nesting inside one element (a card's metadata can be deep). */
  static final int MAX_NESTING = 200;

  /** Longest string, in characters (a card's widget text can be long). */
  static final int MAX_STRING = 16 << 20;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING)
                          .maxStringLength(MAX_STRING)
                          .build())
                  .build())
          .build();

  private HubReader() {}

  /**
   * Hands each element of the array to {@code sink} in order.
   *
   * @param name how messages name the input
   * @return the number of elements read
   * @throws HubException when the input is not a JSON array of objects or does not parse, naming
   *     the file, line and column
   */
  public static long read(InputStream in, String name, Consumer<HubEntry> sink) {
    long count = 0;
    try (JsonParser p = MAPPER.getFactory().createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new HubException(
            "the file is empty: expected the JSON array the Hub's /api/models returns",
            SourceLocation.of(name));
      }
      if (t != JsonToken.START_ARRAY) {
        throw new HubException(
            "expected the JSON array of models the Hub's /api/models returns, not " + describe(t),
            ParseErrors.location(name, p.currentTokenLocation()));
      }
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        SourceLocation at = ParseErrors.location(name, p.currentTokenLocation());
        if (t != JsonToken.START_OBJECT) {
          throw new HubException("each element must be a model object, not " + describe(t), at);
        }
        JsonNode node = MAPPER.readTree(p);
        sink.accept(HubEntry.of(node, at));
        count++;
      }
      if (p.nextToken() != null) {
        throw new HubException(
            "unexpected content after the end of the array",
            ParseErrors.location(name, p.currentTokenLocation()));
      }
      return count;
    } catch (JsonProcessingException e) {
      AdvisorException described = ParseErrors.describe(name, e);
      String message = described.getMessage();
      int detail = message.indexOf(" (start marker at");
      throw new HubException(
          detail < 0 ? message : message.substring(0, detail),
          described.location().orElse(SourceLocation.of(name)));
    } catch (IOException e) {
      throw new HubException(
          "cannot read the file: " + io.github.advisorcli.advisor.AdvisorException.reason(e),
          SourceLocation.of(name));
    }
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "a JSON object";
      case START_ARRAY -> "a JSON array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
