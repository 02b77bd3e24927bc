package io.github.advisorcli.advisor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?": the known names nearest to a misspelt one. */
public final class Suggest {
  private static final int MAX = 3;

  /**
   * Longest input worth a suggestion. Edit distance costs the product of the two lengths, and a
   * value from a file can be a megabyte long; nobody misspells a name this long.
   */
  private static final int MAX_INPUT = 200;

  private Suggest() {}

  /** Up to three known names close to {@code input}, nearest first; ties keep the given order. */
  public static List<String> nearest(String input, Collection<String> known) {
    if (input.length() > MAX_INPUT) {
      return List.of();
    }
    String needle = input.toLowerCase(Locale.ROOT);
    LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
    JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    record Scored(String name, int distance, double similarity, boolean prefix) {}
    List<Scored> scored = new ArrayList<>();
    for (String name : new LinkedHashSet<>(known)) {
      String candidate = name.toLowerCase(Locale.ROOT);
      int distance = levenshtein.apply(needle, candidate);
      double similarity = jaroWinkler.apply(needle, candidate);
      boolean prefix = candidate.startsWith(needle) || needle.startsWith(candidate);
      int allowed = needle.length() <= 3 ? 1 : Math.max(2, needle.length() / 3);
      if (distance <= allowed || similarity >= 0.88 || (prefix && needle.length() >= 2)) {
        scored.add(new Scored(name, distance, similarity, prefix));
      }
    }
    scored.sort(
        Comparator.comparingInt(Scored::distance)
            .thenComparing(Comparator.comparingDouble(Scored::similarity).reversed()));
    return scored.stream().limit(MAX).map(Scored::name).toList();
  }

  /** {@code " — did you mean: a, b?"}, or empty when nothing is close. */
  public static String suffix(String input, Collection<String> known) {
    List<String> near = nearest(input, known);
    return near.isEmpty() ? "" : " — did you mean: " + String.join(", ", near) + "?";
  }
}
