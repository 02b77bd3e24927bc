package io.github.advisorcli.advisor.hub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.read.ParseErrors;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
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
        sink.accept(HubEntry.of(element(p), at));
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

  /**
   * The fields of one element that {@link HubEntry} reads, parsed from the stream; everything else
   * is skipped token by token and never held. A model card's widget data or a config's tokenizer
   * table can be far larger than the facts advisor keeps (a tree of a 1 GB element took about ten
   * times that in memory).
   */
  private static ObjectNode element(JsonParser p) throws IOException {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id",
            "author",
            "pipeline_tag",
            "library_name",
            "tags",
            "downloads",
            "likes",
            "gated",
            "private",
            "disabled" ->
            out.set(field, MAPPER.readTree(p));
        case "siblings" -> out.set(field, siblings(p));
        case "safetensors" -> out.set(field, only(p, Set.of("total")));
        case "cardData" -> out.set(field, only(p, Set.of("license", "license_name", "language")));
        case "config" -> out.set(field, only(p, Set.of("model_type", "architectures")));
        default -> p.skipChildren();
      }
    }
    return out;
  }

  /**
   * An object with only the {@code kept} fields; a skipped field leaves a marker, so an object that
   * had fields is never mistaken for an empty one. Anything but an object is skipped and read as
   * null.
   */
  private static JsonNode only(JsonParser p, Set<String> kept) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return NullNode.getInstance();
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (kept.contains(field)) {
        out.set(field, MAPPER.readTree(p));
      } else {
        p.skipChildren();
        out.put(SKIPPED, true);
      }
    }
    return out;
  }

  /** The file names of {@code siblings}: strings, or the {@code rfilename} of each object. */
  private static JsonNode siblings(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return NullNode.getInstance();
    }
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_STRING) {
        out.add(p.getText());
      } else if (t == JsonToken.START_OBJECT) {
        out.add(only(p, Set.of("rfilename")));
      } else {
        p.skipChildren();
        out.addNull();
      }
    }
    return out;
  }

  /** The marker {@link #only} leaves for skipped fields; {@link HubEntry} never reads it. */
  private static final String SKIPPED = "advisor:skipped";

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
