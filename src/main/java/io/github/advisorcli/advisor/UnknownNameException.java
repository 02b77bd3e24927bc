package io.github.advisorcli.advisor;

import java.util.List;

/**
 * A model, task, license or other name the user gave that does not exist. It keeps the kind, the
 * name and the nearest known names, so the interface can word the message in the user's language.
 */
public class UnknownNameException extends AdvisorException {
  private final String kind;
  private final String name;
  private final List<String> suggestions;

  public UnknownNameException(String kind, String name, List<String> suggestions) {
    super(english(kind, name, suggestions));
    this.kind = kind;
    this.name = name;
    this.suggestions = List.copyOf(suggestions);
  }

  public UnknownNameException(
      String kind, String name, List<String> suggestions, SourceLocation location) {
    super(english(kind, name, suggestions), location);
    this.kind = kind;
    this.name = name;
    this.suggestions = List.copyOf(suggestions);
  }

  private static String english(String kind, String name, List<String> suggestions) {
    return "unknown "
        + kind
        + " '"
        + abbreviate(name)
        + "'"
        + (suggestions.isEmpty() ? "" : " — did you mean: " + String.join(", ", suggestions) + "?");
  }

  /** What was not found: model, task, license, criterion, profile. */
  public String kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
