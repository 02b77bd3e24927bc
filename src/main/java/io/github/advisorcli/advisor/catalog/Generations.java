package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.advisorcli.advisor.catalog.read.Parsers;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which model family follows which: the curated rules of {@code catalog/generations.yaml}, each
 * with the page where the publisher presents the newer family as the next generation. Families are
 * never related by their names alone.
 *
 * @param format exactly {@link #FORMAT}
 * @param asOf the date of the file's snapshot
 * @param generations the rules
 */
public record Generations(
    String format,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf,
    List<Generation> generations) {
  public static final String FORMAT = "advisor.generations/v1";

  /** No rules. */
  public static final Generations NONE = new Generations(FORMAT, null, List.of());

  /**
   * One rule: {@code successor} is the next generation of {@code family}.
   *
   * @param family the older family
   * @param successor the family its publisher presents as the next generation
   * @param source the page that says so
   * @param asOf when it was read
   */
  public record Generation(
      String family,
      String successor,
      @JsonDeserialize(using = Checks.Url.class) String source,
      @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {}

  /**
   * A newer generation of a model's family that the catalog holds.
   *
   * @param family the newest later family with models in the catalog
   * @param models its models, by id
   * @param source the page of the first rule on the way from the model's family
   */
  public record Newer(String family, List<String> models, String source) {}

  public Generations {
    generations = generations == null ? List.of() : List.copyOf(generations);
  }

  /** Reads a generations file (YAML), strictly. */
  public static Generations read(InputStream in) throws IOException {
    Generations g = Parsers.yaml().readValue(in, Generations.class);
    if (!FORMAT.equals(g.format())) {
      throw new IOException("expected format " + FORMAT + ", not " + g.format());
    }
    return g;
  }

  /** The families that follow this one, nearest first (breadth-first over the rules). */
  public List<String> later(String family) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(key(family)));
    while (!queue.isEmpty()) {
      String f = queue.removeFirst();
      for (Generation g : generations) {
        if (key(g.family()).equals(f) && seen.add(key(g.successor()))) {
          queue.addLast(key(g.successor()));
        }
      }
    }
    seen.remove(key(family));
    return List.copyOf(seen);
  }

  /**
   * The latest generation after the model's family that has models in the catalog, or null. Later
   * means further along the rules; among families equally far, the one first in the file.
   */
  public Newer newer(Catalog catalog, Model m) {
    List<String> later = later(m.family());
    for (int i = later.size() - 1; i >= 0; i--) {
      String f = later.get(i);
      List<String> ids =
          catalog.models().stream()
              .filter(x -> x.family() != null && key(x.family()).equals(f))
              .map(Model::id)
              .sorted(Comparator.naturalOrder())
              .toList();
      if (!ids.isEmpty()) {
        return new Newer(f, ids, firstSource(m.family()));
      }
    }
    return null;
  }

  private String firstSource(String family) {
    for (Generation g : generations) {
      if (key(g.family()).equals(key(family))) {
        return g.source();
      }
    }
    return null;
  }

  /** Every rule whose families are both unknown to the catalog's models, for validation. */
  public List<Generation> unknownFamilies(Set<String> families) {
    List<Generation> unknown = new ArrayList<>();
    for (Generation g : generations) {
      if (!families.contains(key(g.family())) || !families.contains(key(g.successor()))) {
        unknown.add(g);
      }
    }
    return unknown;
  }

  private static String key(String family) {
    return family.toLowerCase(Locale.ROOT);
  }
}
