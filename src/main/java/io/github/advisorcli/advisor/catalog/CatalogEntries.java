package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.advisorcli.advisor.catalog.read.Parsers;
import java.util.Map;

/**
 * A model as a catalog file would hold it: the catalog format's field names, facts that are set.
 */
public final class CatalogEntries {
  private CatalogEntries() {}

  public static Map<String, Object> asMap(Model m) {
    return Parsers.json().convertValue(m, new TypeReference<Map<String, Object>>() {});
  }
}
