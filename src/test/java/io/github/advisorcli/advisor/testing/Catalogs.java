package io.github.advisorcli.advisor.testing;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.CatalogFile;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Catalogs for tests: the bundled one, the mini fixture, or hand-made models. */
public final class Catalogs {
  private static Bundle bundle;

  private Catalogs() {}

  public static synchronized Bundle bundle() {
    if (bundle == null) {
      bundle = io.github.advisorcli.advisor.catalog.Catalogs.bundle();
    }
    return bundle;
  }

  public static Registries registries() {
    return io.github.advisorcli.advisor.catalog.Catalogs.registries(bundle());
  }

  public static Catalog bundled() {
    return io.github.advisorcli.advisor.catalog.Catalogs.load(bundle(), Map.of(), true);
  }

  public static Catalog mini() {
    Path p = CliRun.basedir().resolve("src/test/resources/catalog/mini.yaml");
    return io.github.advisorcli.advisor.catalog.Catalogs.load(
        bundle(), Map.of(p, "mini.yaml"), false);
  }

  /** A catalog of the given models, in the given order, with the bundled registries. */
  public static Catalog of(List<Model> models, String asOf) {
    List<CatalogFile.Entry> entries =
        models.stream()
            .map(
                m ->
                    new CatalogFile.Entry(
                        m, io.github.advisorcli.advisor.SourceLocation.of("test")))
            .toList();
    return Catalog.merge(List.of(new CatalogFile("test", asOf, entries)), registries());
  }
}
