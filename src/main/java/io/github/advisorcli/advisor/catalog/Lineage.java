package io.github.advisorcli.advisor.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a model's terms come from: its own license, its base model's terms (recursively) and the
 * licenses of its named training data. Every one of them applies to a use of the model, so the
 * effective license is all of them joined with {@code AND}, which the license expression judges by
 * its weakest part; no second rule is needed.
 *
 * @param links the model itself first, then its base models and training data sets
 */
public record Lineage(List<Link> links) {
  /** How far base models are followed, against cycles and runaway chains. */
  private static final int MAX_DEPTH = 16;

  /** What a link is to the model. */
  public enum Kind {
    /** The model's own license. */
    MODEL,
    /** A base model it was made from. */
    BASE,
    /** A data set it was trained on. */
    DATA
  }

  /**
   * One link.
   *
   * @param kind what it is to the model
   * @param name the model id, base model or data set
   * @param license its license expression, or null when the catalog does not know it
   * @param source where its terms are stated, or null
   */
  public record Link(Kind kind, String name, String license, String source) {}

  public Lineage {
    links = List.copyOf(links);
  }

  /**
   * The lineage of a model.
   *
   * @param find the catalog's lookup of a base model by id, alias or Hugging Face repository; a
   *     base the catalog lacks is listed with no license
   */
  public static Lineage of(Model m, Function<String, Optional<Model>> find) {
    List<Link> links = new ArrayList<>();
    links.add(new Link(Kind.MODEL, m.id(), m.license(), null));
    walk(m, find, links, new HashSet<>(Set.of(m.id())), 0);
    return new Lineage(links);
  }

  /** The lineage without base models, for when no catalog is at hand to look them up. */
  public static Lineage own(Model m) {
    return of(m, k -> Optional.empty());
  }

  private static void walk(
      Model m, Function<String, Optional<Model>> find, List<Link> links, Set<String> seen, int d) {
    if (m.trainingData() != null) {
      for (TrainingData t : m.trainingData()) {
        links.add(new Link(Kind.DATA, t.name(), t.license(), t.source()));
      }
    }
    if (m.baseModel() == null || d >= MAX_DEPTH) {
      return;
    }
    Optional<Model> base = find.apply(m.baseModel());
    if (base.isEmpty()) {
      links.add(new Link(Kind.BASE, m.baseModel(), null, null));
      return;
    }
    Model b = base.get();
    if (!seen.add(b.id())) {
      return;
    }
    links.add(new Link(Kind.BASE, b.id(), b.license(), null));
    walk(b, find, links, seen, d + 1);
  }

  /**
   * The effective license: every known license of the lineage joined with {@code AND}, each
   * expression once; the model's own license when nothing else is known.
   */
  public String expression() {
    Set<String> parts = new LinkedHashSet<>();
    for (Link l : links) {
      if (l.license() != null && !l.license().isBlank()) {
        parts.add(l.license().strip());
      }
    }
    if (parts.size() == 1) {
      return parts.iterator().next();
    }
    List<String> wrapped = new ArrayList<>();
    for (String p : parts) {
      wrapped.add(p.contains(" ") ? "(" + p + ")" : p);
    }
    return String.join(" AND ", wrapped);
  }

  /** Whether anything beyond the model's own license adds terms. */
  public boolean addsTerms() {
    return !expression().equals(links.get(0).license());
  }
}
