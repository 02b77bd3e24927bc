package io.github.advisorcli.advisor.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * When a model's facts were last checked: the {@code as_of} dates of its sourced facts (provenance,
 * benchmarks, config, capabilities, docs, community, customization).
 *
 * @param oldest the earliest date, or null when no fact is dated
 * @param oldestFact the fact that carries it ({@code provenance.license}, {@code benchmarks.2},
 *     ...)
 * @param newest the latest date, or null
 */
public record FactDates(String oldest, String oldestFact, String newest) {

  public static FactDates of(Model m) {
    List<String[]> dated = new ArrayList<>();
    Provenance p = m.provenance();
    if (p != null) {
      add(dated, "provenance.parameters", p.parameters());
      add(dated, "provenance.active_parameters", p.activeParameters());
      add(dated, "provenance.context_length", p.contextLength());
      add(dated, "provenance.license", p.license());
    }
    if (m.benchmarks() != null) {
      for (int i = 0; i < m.benchmarks().size(); i++) {
        add(dated, "benchmarks." + (i + 1), m.benchmarks().get(i).asOf());
      }
    }
    if (m.config() != null) {
      add(dated, "config", m.config().asOf());
    }
    if (m.capabilities() != null) {
      add(dated, "capabilities", m.capabilities().asOf());
    }
    if (m.docs() != null) {
      add(dated, "docs", m.docs().asOf());
    }
    if (m.community() != null) {
      add(dated, "community", m.community().asOf());
    }
    if (m.customization() != null) {
      add(dated, "customization", m.customization().asOf());
    }
    String oldest = null;
    String oldestFact = null;
    String newest = null;
    for (String[] d : dated) {
      if (oldest == null || d[1].compareTo(oldest) < 0) {
        oldest = d[1];
        oldestFact = d[0];
      }
      if (newest == null || d[1].compareTo(newest) > 0) {
        newest = d[1];
      }
    }
    return new FactDates(oldest, oldestFact, newest);
  }

  private static void add(List<String[]> dated, String fact, Sourced s) {
    if (s != null) {
      add(dated, fact, s.asOf());
    }
  }

  private static void add(List<String[]> dated, String fact, String asOf) {
    if (asOf != null) {
      dated.add(new String[] {fact, asOf});
    }
  }

  /** Whole days from the oldest fact to {@code today}, or null when no fact is dated. */
  public Long ageDays(LocalDate today) {
    return oldest == null ? null : ChronoUnit.DAYS.between(Dates.parse(oldest), today);
  }

  /** Whether the oldest fact is more than {@code maxDays} old on {@code today}. */
  public boolean olderThan(long maxDays, LocalDate today) {
    Long age = ageDays(today);
    return age != null && age > maxDays;
  }
}
