package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The six criteria advisor ranks by. */
public enum Criterion {
  TASK_FIT("task_fit", "fit", "task"),
  PERFORMANCE("performance", "perf"),
  DOCS("docs", "documentation"),
  COMMUNITY("community", "comm"),
  CUSTOMIZABILITY("customizability", "custom", "customization"),
  LICENSE("license", "lic");

  private final String key;
  private final List<String> aliases;

  Criterion(String key, String... aliases) {
    this.key = key;
    this.aliases = List.of(aliases);
  }

  /** The key used in weights, JSON and profiles. */
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }

  /** The criterion with this key or alias (case-insensitive; '-' and '_' alike). */
  public static Criterion parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Criterion c : values()) {
      if (c.key.equals(n) || c.aliases.contains(n)) {
        return c;
      }
    }
    throw new AdvisorException(
        "unknown criterion '"
            + name
            + "'"
            + suggestion(n)
            + " (criteria: task_fit, performance, docs, community, customizability, license)");
  }

  private static String suggestion(String name) {
    List<String> keys =
        Suggest.nearest(name, names()).stream().map(k -> parse(k).key).distinct().toList();
    return keys.isEmpty() ? "" : " — did you mean: " + String.join(", ", keys) + "?";
  }

  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Criterion c : values()) {
      names.add(c.key);
      names.addAll(c.aliases);
    }
    return names;
  }
}
