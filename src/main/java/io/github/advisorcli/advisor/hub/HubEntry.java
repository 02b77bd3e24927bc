package io.github.advisorcli.advisor.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.advisorcli.advisor.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facts advisor reads from one element of the Hub's {@code /api/models} answer. Everything is
 * optional: the API leaves fields out, and some change type (gated is false, "auto" or "manual"; a
 * card's license is text or a list).
 *
 * @param repoId {@code id}, the repository, owner/name
 * @param author {@code author}
 * @param pipelineTag {@code pipeline_tag}
 * @param libraryName {@code library_name}
 * @param tags {@code tags}, never null
 * @param downloads {@code downloads} (last 30 days)
 * @param likes {@code likes}
 * @param gated {@code gated}: null or "false" when open, else "true", "auto" or "manual"
 * @param isPrivate {@code private}
 * @param disabled {@code disabled}
 * @param hasCard whether {@code cardData} is present and not empty
 * @param cardLicenses {@code cardData.license}, as a list; empty when absent
 * @param cardLicenseName {@code cardData.license_name}
 * @param cardLanguages {@code cardData.language}, as a list; empty when absent
 * @param siblings the repository's file names, or null when the answer does not list them
 * @param safetensorsTotal {@code safetensors.total}
 * @param modelType {@code config.model_type}
 * @param architectures {@code config.architectures}, never null
 * @param location where the element starts in its file
 */
public record HubEntry(
    String repoId,
    String author,
    String pipelineTag,
    String libraryName,
    List<String> tags,
    Long downloads,
    Long likes,
    String gated,
    boolean isPrivate,
    boolean disabled,
    boolean hasCard,
    List<String> cardLicenses,
    String cardLicenseName,
    List<String> cardLanguages,
    List<String> siblings,
    Long safetensorsTotal,
    String modelType,
    List<String> architectures,
    SourceLocation location) {

  /** Reads the facts from one element; fields of an unexpected type count as absent. */
  public static HubEntry of(JsonNode node, SourceLocation location) {
    JsonNode card = node.path("cardData");
    JsonNode config = node.path("config");
    return new HubEntry(
        text(node.get("id")),
        text(node.get("author")),
        text(node.get("pipeline_tag")),
        text(node.get("library_name")),
        texts(node.get("tags")),
        count(node.get("downloads")),
        count(node.get("likes")),
        gated(node.get("gated")),
        node.path("private").asBoolean(false),
        node.path("disabled").asBoolean(false),
        card.isObject() && card.size() > 0,
        texts(card.get("license")),
        text(card.get("license_name")),
        texts(card.get("language")),
        siblings(node.get("siblings")),
        count(node.path("safetensors").get("total")),
        text(config.get("model_type")),
        texts(config.get("architectures")),
        location);
  }

  /** The license tag, {@code license:...} in {@code tags}, or null. */
  public String licenseTag() {
    for (String tag : tags) {
      if (tag.startsWith("license:")) {
        return tag.substring("license:".length());
      }
    }
    return null;
  }

  /** The repository's owner, the part before '/', or null. */
  public String owner() {
    int slash = repoId == null ? -1 : repoId.indexOf('/');
    return slash < 0 ? null : repoId.substring(0, slash);
  }

  /** The repository's name, the part after '/'. */
  public String name() {
    int slash = repoId.indexOf('/');
    return slash < 0 ? repoId : repoId.substring(slash + 1);
  }

  public boolean isGated() {
    return gated != null && !gated.equals("false");
  }

  private static String text(JsonNode n) {
    return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : null;
  }

  private static List<String> texts(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n.isTextual()) {
      String t = text(n);
      if (t != null) {
        out.add(t);
      }
    } else if (n.isArray()) {
      for (JsonNode item : n) {
        String t = text(item);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static Long count(JsonNode n) {
    return n != null && n.canConvertToLong() && n.isIntegralNumber() && n.asLong() >= 0
        ? n.asLong()
        : null;
  }

  private static String gated(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isBoolean()) {
      return n.asBoolean() ? "true" : "false";
    }
    return n.isTextual() ? n.asText().toLowerCase(Locale.ROOT) : null;
  }

  private static List<String> siblings(JsonNode n) {
    if (n == null || !n.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : n) {
      String name = s.isTextual() ? text(s) : text(s.get("rfilename"));
      if (name != null) {
        out.add(name);
      }
    }
    return out;
  }
}
