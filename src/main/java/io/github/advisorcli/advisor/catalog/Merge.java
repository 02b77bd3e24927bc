package io.github.advisorcli.advisor.catalog;

import java.util.List;

/** Small helpers for field-by-field overrides. */
final class Merge {
  private Merge() {}

  static <T> T pick(T later, T earlier) {
    return later != null ? later : earlier;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
