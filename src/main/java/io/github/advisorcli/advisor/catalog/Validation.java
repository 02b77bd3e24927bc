package io.github.advisorcli.advisor.catalog;

import java.nio.file.Path;
import java.util.Map;

/** Validation of one catalog file on its own terms and merged over the bundled catalog. */
public final class Validation {
  /**
   * What a valid file holds.
   *
   * @param models the number of model entries in the file
   */
  public record Result(int models) {}

  private Validation() {}

  public static Result validate(Bundle bundle, Path path, String name, boolean overBundled) {
    Registries registries = Catalogs.registries(bundle);
    CatalogFile file = new CatalogLoader(registries.licenses(), registries.tasks()).read(path, name);
    Catalogs.load(bundle, Map.of(path, name), overBundled);
    return new Result(file.entries().size());
  }
}
