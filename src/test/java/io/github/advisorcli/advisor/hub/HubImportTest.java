package io.github.advisorcli.advisor.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.CatalogFile;
import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.ReplayServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubImportTest {
  @TempDir Path dir;

  private static ImportReport run(Path target, boolean overwrite, Path... inputs) {
    return HubImport.run(
        java.util.Arrays.stream(inputs)
            .map(p -> HubImport.Input.file(p, p.getFileName().toString()))
            .toList(),
        HubFixture.mapper(),
        new HubImport.Target(target, target.getFileName().toString(), overwrite),
        HubFixture.AS_OF,
        n -> {});
  }

  private static CatalogFile load(Path file) {
    Registries r = Catalogs.registries(HubFixture.bundle());
    return new CatalogLoader(r.licenses(), r.tasks()).read(file, file.getFileName().toString());
  }

  @Test
  void theRecordedListImportsIntoAValidCatalogInYamlAndJson() {
    for (String name : List.of("hub.yaml", "hub.json")) {
      Path out = dir.resolve(name);
      ImportReport report = run(out, false, ReplayServer.MODELS);
      assertThat(report.read()).isEqualTo(24);
      assertThat(report.imported()).isEqualTo(11);
      assertThat(report.merged())
          .as("bert-base-uncased, Qwen3-235B-A22B and the curated MiniMax-M2 and Kimi-K2-Thinking")
          .isEqualTo(4);
      assertThat(report.skipped()).isEqualTo(9);
      assertThat(report.untasked()).containsExactly(Map.entry("text2text-generation", 2L));
      CatalogFile file = load(out);
      assertThat(file.asOf()).isEqualTo(HubFixture.AS_OF);
      assertThat(file.entries()).hasSize(15);
      Catalog merged = Catalogs.load(HubFixture.bundle(), Map.of(out, name), true);
      Model bert = merged.find("bert-base-uncased").orElseThrow();
      assertThat(bert.community().hfDownloads()).isEqualTo(42_711_978L);
      assertThat(bert.community().lastRelease())
          .as("the curated release date survives the refresh")
          .isEqualTo("2018-10-18");
      assertThat(bert.license()).isEqualTo("Apache-2.0");
    }
  }

  @Test
  void theOutputFollowsTheCatalogSchema() throws IOException {
    Path out = dir.resolve("hub.json");
    run(out, false, ReplayServer.MODELS);
    ObjectMapper json = new ObjectMapper();
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                json.readTree(
                    CliRun.basedir().resolve("catalog/schema/catalog.schema.json").toFile()));
    assertThat(schema.validate(json.readTree(out.toFile()))).isEmpty();
    assertThat(
            schema.validate(
                json.readTree(
                    "{\"format\":\"advisor.catalog/v1\",\"models\":[{\"id\":\"x\","
                        + "\"imported\":{\"from\":\"web\",\"as_of\":\"2026-01-01\"}}]}")))
        .isNotEmpty();
  }

  @Test
  void skipsAreGroupedLargestFirstWithExamples() {
    ImportReport report = run(dir.resolve("hub.yaml"), false, ReplayServer.MODELS);
    assertThat(report.skips())
        .extracting(g -> g.reason() + "/" + g.detail() + "=" + g.count())
        .containsExactly(
            "CURATED_WITHOUT_NUMBERS/null=4",
            "NO_ARCHITECTURE/depth-estimation=2",
            "UNKNOWN_LICENSE/bigcode-openrail-m=1",
            "NO_ARCHITECTURE/image-text-to-text=1",
            "NO_LICENSE/null=1");
    assertThat(report.skips().get(1).examples())
        .containsExactly("Intel/dpt-large", "Intel/dpt-hybrid-midas");
  }

  @Test
  void aRepeatedEntryIsSkippedAsARepeat() {
    // The recorded list's own repeat (Qwen/Qwen3-8B) is now a curated model, so read the list
    // twice.
    ImportReport report =
        run(dir.resolve("hub.yaml"), false, ReplayServer.MODELS, ReplayServer.MODELS);
    assertThat(report.imported()).isEqualTo(11);
    assertThat(report.skips())
        .filteredOn(g -> g.reason().name().equals("DUPLICATE"))
        .singleElement()
        .satisfies(g -> assertThat(g.count()).isEqualTo(15));
  }

  @Test
  void anExistingFileIsNeverReplacedWithoutOverwrite() throws IOException {
    Path out = dir.resolve("hub.yaml");
    Files.writeString(out, "keep me");
    assertThatThrownBy(() -> run(out, false, ReplayServer.MODELS))
        .isInstanceOf(AdvisorException.class)
        .hasMessage("hub.yaml already exists; use --force to replace it");
    assertThat(Files.readString(out)).isEqualTo("keep me");
    run(out, true, ReplayServer.MODELS);
    assertThat(Files.readString(out)).startsWith("format: advisor.catalog/v1");
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary files left").containsExactly(out);
    }
  }

  @Test
  void whenEverythingIsSkippedNothingIsWritten() throws IOException {
    Path in = dir.resolve("skipped.json");
    Files.writeString(
        in, "[{\"id\":\"a/b\",\"tags\":[\"license:other\"],\"pipeline_tag\":\"fill-mask\"}]");
    Path out = dir.resolve("hub.yaml");
    assertThatThrownBy(() -> run(out, false, in))
        .isInstanceOf(HubImport.NothingImportedException.class)
        .satisfies(
            e ->
                assertThat(((HubImport.NothingImportedException) e).report().skipped())
                    .isEqualTo(1));
    assertThat(out).doesNotExist();
  }

  @Test
  void aBrokenInputLeavesNoOutput() throws IOException {
    Path in = dir.resolve("broken.json");
    Files.writeString(in, "[{\"id\":\"dslim/bert-base-NER\",\"tags\":[\"license:mit\"]},\n{");
    Path out = dir.resolve("hub.yaml");
    assertThatThrownBy(() -> run(out, false, in))
        .isInstanceOf(AdvisorException.class)
        .satisfies(
            e -> assertThat(((AdvisorException) e).userMessage()).startsWith("broken.json:2:"));
    assertThat(out).doesNotExist();
  }

  /**
   * A list of hundreds of thousands of models streams through: the input is generated on the fly
   * and never held whole, and each model is written as it is mapped.
   */
  @Test
  void aLargeListStreams() throws IOException {
    int count = 200_000;
    Path out = dir.resolve("large.json");
    long[] progress = {0};
    ImportReport report =
        HubImport.run(
            List.of(new HubImport.Input("generated", () -> new GeneratedList(count))),
            HubFixture.mapper(),
            new HubImport.Target(out, "large.json", false),
            HubFixture.AS_OF,
            n -> progress[0] = n);
    assertThat(report.read()).isEqualTo(count);
    assertThat(report.imported()).isEqualTo(count);
    assertThat(progress[0]).isEqualTo(count);
    try (var lines = Files.lines(out)) {
      assertThat(lines.filter(l -> l.contains("\"id\":\"org--model-")).count()).isEqualTo(count);
    }
  }

  /** A JSON array of {@code count} small model entries, produced as it is read. */
  private static final class GeneratedList extends InputStream {
    private final int count;
    private int next;
    private byte[] chunk = "[".getBytes(StandardCharsets.UTF_8);
    private int pos;

    GeneratedList(int count) {
      this.count = count;
    }

    @Override
    public int read() {
      while (pos >= chunk.length) {
        if (next > count) {
          return -1;
        }
        chunk = chunkFor(next++).getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      return chunk[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        if (pos >= chunk.length) {
          if (n > 0) {
            return n;
          }
          if (read() < 0) {
            return -1;
          }
          pos--;
        }
        int take = Math.min(len - n, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off + n, take);
        pos += take;
        n += take;
      }
      return n;
    }

    private String chunkFor(int i) {
      if (i == count) {
        return "]";
      }
      return (i == 0 ? "" : ",")
          + "{\"id\":\"org/model-"
          + i
          + "\",\"pipeline_tag\":\"fill-mask\",\"tags\":[\"license:mit\",\"pytorch\"],"
          + "\"downloads\":"
          + i
          + ",\"likes\":1,\"library_name\":\"transformers\",\"cardData\":{\"license\":\"mit\"}}";
    }
  }
}
