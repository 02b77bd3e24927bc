package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validation of one catalog file on its own terms and merged over the catalogs it will be used with
 * (the bundled one unless left out, then the run's other catalog files).
 */
public final class Validation {
  /**
   * What a valid file holds.
   *
   * @param models the number of model entries in the file
   */
  public record Result(int models) {}

  private Validation() {}

  public static Result validate(
      Bundle bundle, Map<Path, String> context, boolean includeBundled, Path path, String name) {
    Registries registries = Catalogs.registries(bundle);
    CatalogLoader loader = new CatalogLoader(registries.licenses(), registries.tasks());
    List<CatalogFile> files = new ArrayList<>();
    if (includeBundled) {
      files.add(Catalogs.bundledFile(bundle));
    }
    context.forEach(
        (p, n) -> {
          if (!p.equals(path)) {
            files.add(loader.read(p, n));
          }
        });
    CatalogFile file = loader.read(path, name);
    files.add(file);
    Catalog.merge(files, registries);
    return new Result(file.entries().size());
  }
}
