package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import io.github.advisorcli.advisor.catalog.bundle.BundleCodec;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assembles the catalog a command works on: the bundled one (unless left out), then the user's
 * files.
 */
public final class Catalogs {
  private Catalogs() {}

  /** The curated catalog compiled into the jar. */
  public static Bundle bundle() {
    try (InputStream in = Catalogs.class.getResourceAsStream(Bundle.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled catalog " + Bundle.RESOURCE + " is missing from the jar");
      }
      return BundleCodec.read(
          new java.io.DataInputStream(new java.io.BufferedInputStream(in, 1 << 16)));
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled catalog cannot be read", e);
    }
  }

  public static Registries registries(Bundle bundle) {
    return new Registries(
        new LicenseRegistry(bundle.licenses()),
        new TaskVocabulary(bundle.tasks(), bundle.references()),
        bundle.profiles());
  }

  /**
   * The bundled models (when {@code includeBundled}) merged with each user file in order.
   *
   * @param files the user's catalog files, each with the name messages use for it
   */
  public static Catalog load(Bundle bundle, Map<Path, String> files, boolean includeBundled) {
    Registries registries = registries(bundle);
    List<CatalogFile> all = new ArrayList<>();
    if (includeBundled) {
      all.add(bundledFile(bundle));
    }
    CatalogLoader loader = new CatalogLoader(registries.licenses(), registries.tasks());
    files.forEach((path, name) -> all.add(loader.read(path, name)));
    return Catalog.merge(all, registries);
  }

  static CatalogFile bundledFile(Bundle bundle) {
    List<CatalogFile.Entry> entries = new ArrayList<>();
    for (Model m : bundle.models()) {
      String origin = bundle.origins() == null ? null : bundle.origins().get(m.id());
      entries.add(new CatalogFile.Entry(m, parse(origin == null ? "(bundled)" : origin)));
    }
    return new CatalogFile("(bundled)", bundle.asOf(), entries);
  }

  static SourceLocation parse(String location) {
    String[] parts = location.split(":");
    if (parts.length >= 3) {
      try {
        int line = Integer.parseInt(parts[parts.length - 2]);
        int column = Integer.parseInt(parts[parts.length - 1]);
        String file =
            location.substring(
                0,
                location.length()
                    - parts[parts.length - 1].length()
                    - parts[parts.length - 2].length()
                    - 2);
        return new SourceLocation(file, line, column);
      } catch (NumberFormatException ignored) {
        // not file:line:column; keep it whole
      }
    }
    return SourceLocation.of(location);
  }
}
