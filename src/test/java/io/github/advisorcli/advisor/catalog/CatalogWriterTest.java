package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.read.CatalogFormat;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import io.github.advisorcli.advisor.testing.Catalogs;
import io.github.advisorcli.advisor.tools.SyntheticCatalog;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the one catalog writer writes loads back equal, in JSON and YAML. */
class CatalogWriterTest {
  @TempDir Path dir;

  private static CatalogLoader loader() {
    Registries r = Catalogs.registries();
    return new CatalogLoader(r.licenses(), r.tasks());
  }

  @ParameterizedTest
  @ValueSource(strings = {"all.json", "all.yaml", "all.yml", "all.txt"})
  void theBundledModelsLoadBackEqual(String name) throws Exception {
    Catalog bundled = Catalogs.bundled();
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        CatalogWriter writer =
            new CatalogWriter(out, CatalogFormat.forOutput(name, null), bundled.asOf())) {
      for (Model m : bundled.models()) {
        writer.write(m);
      }
      writer.finish();
      assertThat(writer.models()).isEqualTo(bundled.models().size());
    }
    CatalogFile read = loader().read(file, name);
    assertThat(read.asOf()).isEqualTo(bundled.asOf());
    List<Model> models = read.entries().stream().map(CatalogFile.Entry::model).toList();
    Catalog again = Catalogs.of(models, read.asOf());
    assertThat(again.models()).isEqualTo(bundled.models());
  }

  @ParameterizedTest
  @ValueSource(strings = {"s.json", "s.yaml", "s.txt"})
  void syntheticCatalogsLoadBackWhateverTheName(String name) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      new SyntheticCatalog(Catalogs.registries())
          .write(out, 30, 7, CatalogFormat.forOutput(name, null));
    }
    assertThat(loader().read(file, name).entries()).hasSize(30);
  }
}
