package io.github.advisorcli.advisor.tools;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.CatalogFile;
import io.github.advisorcli.advisor.catalog.Generations;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import io.github.advisorcli.advisor.catalog.bundle.BundleCodec;
import io.github.advisorcli.advisor.catalog.read.CatalogFormat;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import io.github.advisorcli.advisor.catalog.read.RegistryLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step: validates the curated catalog folder and writes it as one JSON resource, so the jar
 * needs nothing outside itself and start-up reads one small file. Run by Maven in {@code
 * process-classes}.
 */
public final class BundleCompiler {
  private BundleCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BundleCompiler CATALOG_DIR OUTPUT_JSON");
      System.exit(2);
    }
    try {
      Bundle bundle = compile(Path.of(args[0]), "catalog/");
      Path out = Path.of(args[1]);
      Files.createDirectories(out.getParent());
      Path tmp = Files.createTempFile(out.getParent(), "bundle", ".tmp");
      try (var data =
          new java.io.DataOutputStream(
              new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
        BundleCodec.write(bundle, data);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.println(
          "advisor: compiled "
              + bundle.models().size()
              + " models, "
              + bundle.licenses().size()
              + " licenses, "
              + bundle.tasks().size()
              + " tasks into "
              + out);
    } catch (AdvisorException e) {
      System.err.println("error: " + e.userMessage());
      System.exit(1);
    }
  }

  /** Reads and validates the folder; {@code prefix} is how messages name it. */
  public static Bundle compile(Path folder, String prefix) throws IOException {
    Registries registries = RegistryLoader.read(folder, prefix);
    CatalogLoader loader = new CatalogLoader(registries.licenses(), registries.tasks());
    List<CatalogFile> files = new ArrayList<>();
    try (Stream<Path> paths = Files.list(folder.resolve("models"))) {
      for (Path path : paths.filter(BundleCompiler::isCatalogFile).sorted().toList()) {
        files.add(loader.read(path, prefix + "models/" + path.getFileName()));
      }
    }
    Catalog catalog = Catalog.merge(files, registries);
    Map<String, String> origins = new LinkedHashMap<>();
    for (Model m : catalog.models()) {
      catalog.location(m.id()).ifPresent(l -> origins.put(m.id(), l.toString()));
    }
    return new Bundle(
        Bundle.FORMAT,
        catalog.asOf(),
        List.copyOf(registries.licenses().all()),
        List.copyOf(registries.tasks().all()),
        registries.tasks().references(),
        registries.profiles(),
        catalog.models(),
        origins,
        generations(folder));
  }

  /** The folder's generation rules ({@code generations.yaml}), or none when it has no such file. */
  private static Generations generations(Path folder) throws IOException {
    Path file = folder.resolve("generations.yaml");
    if (!Files.isRegularFile(file)) {
      return Generations.NONE;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Generations.read(in);
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static boolean isCatalogFile(Path path) {
    return CatalogFormat.byName(path.getFileName().toString()).isPresent();
  }
}
