package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tasks advisor knows, found by id or any synonym, in English or Chinese, case-insensitively.
 */
public final class TaskVocabulary {
  private final Map<String, Task> byId = new LinkedHashMap<>();
  private final Map<String, Task> byKey = new LinkedHashMap<>();
  private final List<BenchmarkReference> references;

  public TaskVocabulary(Collection<Task> tasks) {
    this(tasks, List.of());
  }

  /**
   * @param tasks the tasks
   * @param references the fixed normalisation points of the benchmarks the tasks name
   */
  public TaskVocabulary(Collection<Task> tasks, List<BenchmarkReference> references) {
    this.references = references == null ? List.of() : List.copyOf(references);
    for (Task task : tasks) {
      if (byId.putIfAbsent(task.id(), task) != null) {
        throw new IllegalArgumentException("duplicate task id '" + task.id() + "'");
      }
    }
    for (Task task : tasks) {
      register(task.id(), task);
      register(task.nameZh(), task);
      for (String synonym : task.synonyms()) {
        register(synonym, task);
      }
      for (String related : task.related()) {
        if (!byId.containsKey(related)) {
          throw new IllegalArgumentException(
              "task '" + task.id() + "' lists unknown related task '" + related + "'");
        }
      }
    }
  }

  private void register(String key, Task task) {
    if (key == null) {
      return;
    }
    Task previous = byKey.putIfAbsent(key.toLowerCase(Locale.ROOT), task);
    if (previous != null && previous != task) {
      throw new IllegalArgumentException(
          "task synonym '" + key + "' names both " + previous.id() + " and " + task.id());
    }
  }

  public Collection<Task> all() {
    return byId.values();
  }

  public Optional<Task> find(String idOrSynonym) {
    return Optional.ofNullable(byKey.get(idOrSynonym.trim().toLowerCase(Locale.ROOT)));
  }

  /** Every id and synonym, for suggestions and completion. */
  public List<String> names() {
    List<String> names = new ArrayList<>(byId.keySet());
    for (Task t : byId.values()) {
      if (t.nameZh() != null) {
        names.add(t.nameZh());
      }
      names.addAll(t.synonyms());
    }
    return names;
  }

  /** The task with this id or synonym, or an error offering the nearest task ids. */
  public Task require(String idOrSynonym) {
    return find(idOrSynonym)
        .orElseThrow(
            () ->
                new io.github.advisorcli.advisor.UnknownNameException(
                    "task", idOrSynonym, nearestIds(idOrSynonym)));
  }

  /** The ids of the tasks whose names are nearest to the input. */
  public List<String> nearestIds(String input) {
    return Suggest.nearest(input, names()).stream()
        .map(n -> find(n).orElseThrow().id())
        .distinct()
        .toList();
  }

  /** " — did you mean: a, b?" naming each near task by its id once. */
  public String suggestionSuffix(String input) {
    List<String> ids =
        Suggest.nearest(input, names()).stream()
            .map(n -> find(n).orElseThrow().id())
            .distinct()
            .toList();
    return ids.isEmpty() ? "" : " — did you mean: " + String.join(", ", ids) + "?";
  }

  /** The fixed normalisation points of benchmarks, in file order. */
  public List<BenchmarkReference> references() {
    return references;
  }
}
