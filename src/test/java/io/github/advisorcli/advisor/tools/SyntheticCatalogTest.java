package io.github.advisorcli.advisor.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.testing.Catalogs;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Synthetic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCatalogTest {
  private static Catalog load(Path file, boolean includeBundled) {
    return io.github.advisorcli.advisor.catalog.Catalogs.load(
        Catalogs.bundle(), Map.of(file, file.getFileName().toString()), includeBundled);
  }

  @Test
  void sameCountAndSeedGiveTheSameBytes() {
    String a = Synthetic.text(300, 7, false);
    assertThat(Synthetic.text(300, 7, false)).isEqualTo(a);
    assertThat(Synthetic.text(300, 8, false)).isNotEqualTo(a);
    assertThat(Synthetic.text(300, 7, true)).isEqualTo(Synthetic.text(300, 7, true));
  }

  @Test
  void aSmallerCountIsAPrefixOfTheSameModels(@TempDir Path dir) {
    List<Model> small =
        load(Synthetic.write(dir, "small.json", Synthetic.text(40, 3, false)), false).models();
    List<Model> large =
        load(Synthetic.write(dir, "large.json", Synthetic.text(400, 3, false)), false).models();
    Set<String> ids = large.stream().map(Model::id).collect(Collectors.toSet());
    assertThat(small).hasSize(40).allSatisfy(m -> assertThat(ids).contains(m.id()));
    assertThat(small).isSubsetOf(large);
  }

  @Test
  void jsonHasOneModelPerLine() {
    String text = Synthetic.text(25, 1, false);
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(27);
    assertThat(lines.get(0)).startsWith("{\"format\":\"advisor.catalog/v1\",\"as_of\":");
    assertThat(lines.subList(1, 26)).allMatch(l -> l.startsWith("{\"id\":\"synthetic-"));
    assertThat(lines.get(26)).isEqualTo("]}");
  }

  @Test
  void modelsAreValidShapedLikeRealOnesAndMarkedSynthetic(@TempDir Path dir) {
    Catalog catalog = load(Synthetic.write(dir, "s.json", Synthetic.text(2000, 42, false)), true);
    List<Model> synthetic =
        catalog.models().stream().filter(m -> m.id().startsWith("synthetic-")).toList();
    assertThat(synthetic).hasSize(2000);
    Registries registries = Catalogs.registries();
    Set<String> architectures =
        synthetic.stream().map(m -> m.architecture().id()).collect(Collectors.toSet());
    assertThat(architectures)
        .containsExactlyInAnyOrder("encoder", "decoder", "encoder-decoder", "embedding");
    long withBenchmarks = synthetic.stream().filter(m -> !m.benchmarks().isEmpty()).count();
    assertThat(withBenchmarks).isBetween(600L, 1900L);
    Set<String> licenses = synthetic.stream().map(Model::license).collect(Collectors.toSet());
    assertThat(licenses.size()).isGreaterThan(10);
    for (Model m : synthetic) {
      assertThat(m.family()).startsWith("synthetic-");
      assertThat(m.notes()).isEqualTo(SyntheticCatalog.NOTE);
      assertThat(m.sources()).allMatch(u -> u.startsWith("https://example.org/synthetic/"));
      assertThat(m.parameters()).isBetween(10_000_000L, 400_000_000_000L);
      assertThat(m.contextLength()).isBetween(512L, 131_072L);
      assertThat(registries.licenses().find(m.license())).isPresent();
      assertThat(m.tasks()).isNotEmpty();
      for (Benchmark b : m.benchmarks()) {
        assertThat(
                m.tasks().stream()
                    .anyMatch(
                        t ->
                            registries
                                .tasks()
                                .find(t.id())
                                .orElseThrow()
                                .benchmarks()
                                .contains(b.name())))
            .as("%s: %s", m.id(), b.name())
            .isTrue();
        assertThat(b.split()).isIn("dev", "test");
      }
      assertThat(m.docs()).isNotNull();
      assertThat(m.community()).isNotNull();
      assertThat(m.customization()).isNotNull();
      assertThat(m.provenance().parameters()).isNotNull();
    }
  }

  @Test
  void yamlHoldsTheSameModelsAsJson(@TempDir Path dir) {
    Catalog json = load(Synthetic.write(dir, "s.json", Synthetic.text(120, 5, false)), false);
    Catalog yaml = load(Synthetic.write(dir, "s.yaml", Synthetic.text(120, 5, true)), false);
    assertThat(yaml.models()).isEqualTo(json.models());
    assertThat(yaml.asOf()).isEqualTo(json.asOf());
  }

  @Test
  void generateCommandWritesAtomicallyAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("cat.json");
    CliRun run =
        CliRun.run(
                "catalog",
                "generate",
                "--synthetic",
                "150",
                "--seed",
                "9",
                "--output",
                out.toString())
            .assertOk();
    assertThat(run.out()).isEqualTo("wrote 150 synthetic models to " + out + "\n");
    assertThat(Files.readString(out)).isEqualTo(Synthetic.text(150, 9, false));
    CliRun again =
        CliRun.run("catalog", "generate", "--synthetic", "10", "--output", out.toString())
            .assertExit(2);
    assertThat(again.err())
        .isEqualTo("advisor: " + out + " already exists; use --force to replace it\n");
    assertThat(Files.readString(out)).isEqualTo(Synthetic.text(150, 9, false));
    CliRun.run("catalog", "generate", "--synthetic", "10", "--output", out.toString(), "--force")
        .assertOk();
    assertThat(Files.readString(out)).isEqualTo(Synthetic.text(10, 42, false));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cat.json");
    }
    CliRun.run("catalog", "validate", out.toString()).assertOk();

    Path yaml = dir.resolve("cat.yml");
    CliRun.run("catalog", "generate", "--synthetic", "20", "--output", yaml.toString()).assertOk();
    assertThat(Files.readString(yaml)).isEqualTo(Synthetic.text(20, 42, true));
    assertThat(CliRun.run("catalog", "validate", yaml.toString()).assertOk().out())
        .endsWith(": 20 models\n");
  }

  @Test
  void generateCommandChecksTheCount() {
    CliRun run =
        CliRun.run("catalog", "generate", "--synthetic", "0", "--output", "x.json").assertExit(2);
    assertThat(run.err()).startsWith("advisor: --synthetic must be from 1 to 100000000, not 0\n");
    CliRun.run("catalog", "generate", "--output", "x.json").assertExit(2);
  }
}
