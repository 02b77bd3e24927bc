package io.github.advisorcli.advisor.score;

import java.util.List;

/**
 * One criterion's score for one model, with the facts it was computed from.
 *
 * @param value the score in [0,1]
 * @param parts the sub-facts that fed it, recorded and imputed
 * @param notes facts shown beside it that do not count toward it
 */
public record CriterionScore(double value, List<Part> parts, List<Fact> notes) {
  public CriterionScore {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("criterion score out of [0,1]: " + value);
    }
    parts = List.copyOf(parts);
    notes = List.copyOf(notes);
  }

  /** The sub-facts the catalog lacks, by name. */
  public List<String> missing() {
    return parts.stream().filter(p -> !p.recorded()).map(Part::name).toList();
  }

  /** The imputed sub-facts. */
  public List<Part> imputed() {
    return parts.stream().filter(p -> !p.recorded()).toList();
  }

  /** How many of the sub-facts it looks at the catalog records. */
  public int present() {
    return (int) parts.stream().filter(Part::recorded).count();
  }

  /** How many sub-facts it looks at. */
  public int total() {
    return parts.size();
  }

  /** What the recorded sub-facts say, then the notes. */
  public List<Fact> facts() {
    java.util.ArrayList<Fact> out = new java.util.ArrayList<>();
    for (Part p : parts) {
      if (p.recorded() && p.fact() != null) {
        out.add(p.fact());
      }
    }
    out.addAll(notes);
    return out;
  }
}
