package io.github.advisorcli.advisor.hub;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Counts outcomes as they happen; memory grows with the number of groups, not of entries. */
final class Tally {
  static final int EXAMPLES = 3;

  private record Key(Skip reason, String detail) {}

  private static final class Group {
    long count;
    final List<String> examples = new ArrayList<>();
  }

  private long read;
  private long imported;
  private long merged;
  private long skipped;
  private final Map<Key, Group> groups = new LinkedHashMap<>();
  private final Map<String, Long> untasked = new TreeMap<>();

  void add(Outcome outcome) {
    read++;
    if (outcome instanceof Outcome.Imported i) {
      imported++;
      if (i.untaskedTag() != null) {
        untasked.merge(i.untaskedTag(), 1L, Long::sum);
      }
    } else if (outcome instanceof Outcome.Merged) {
      merged++;
    } else if (outcome instanceof Outcome.Skipped s) {
      skipped++;
      Key key = new Key(s.reason(), s.reason().groupsByDetail() ? s.detail() : null);
      Group g = groups.computeIfAbsent(key, k -> new Group());
      g.count++;
      if (g.examples.size() < EXAMPLES) {
        g.examples.add(Objects.requireNonNullElse(s.repoId(), "?"));
      }
    }
  }

  long read() {
    return read;
  }

  ImportReport report(String asOf) {
    List<ImportReport.SkipGroup> list = new ArrayList<>();
    groups.forEach(
        (k, g) ->
            list.add(
                new ImportReport.SkipGroup(
                    k.reason(), k.detail(), g.count, List.copyOf(g.examples))));
    list.sort(Comparator.comparingLong(ImportReport.SkipGroup::count).reversed());
    return new ImportReport(
        read,
        imported,
        merged,
        skipped,
        List.copyOf(list),
        Collections.unmodifiableMap(new TreeMap<>(untasked)),
        asOf);
  }
}
