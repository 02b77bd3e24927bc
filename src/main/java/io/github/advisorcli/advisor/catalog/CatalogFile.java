package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.SourceLocation;
import java.util.List;

/**
 * One catalog file as read, before merging.
 *
 * @param name the file as the user named it
 * @param asOf the file's snapshot date, or null
 * @param entries its models in file order, each with where it starts
 */
public record CatalogFile(String name, String asOf, List<Entry> entries) {
  /** A model entry and where it starts in its file. */
  public record Entry(Model model, SourceLocation location) {}
}
