package io.github.advisorcli.advisor.hub;

import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.ReplayServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The recorded Hub list and a mapper over the bundled catalog, for the hub tests. */
final class HubFixture {
  static final String AS_OF = "2026-12-01";
  private static Bundle bundle;

  private HubFixture() {}

  static synchronized Bundle bundle() {
    if (bundle == null) {
      bundle = Catalogs.bundle();
    }
    return bundle;
  }

  static HubMapper mapper() {
    Registries r = Catalogs.registries(bundle());
    return new HubMapper(r.licenses(), r.tasks(), Catalogs.load(bundle(), Map.of(), true), AS_OF);
  }

  /**
   * A mapper over a small test catalog instead of the bundled one, so no recorded entry is curated.
   */
  static HubMapper uncuratedMapper() {
    Registries r = Catalogs.registries(bundle());
    Path mini = CliRun.basedir().resolve("src/test/resources/catalog/mini.yaml");
    return new HubMapper(
        r.licenses(), r.tasks(), Catalogs.load(bundle(), Map.of(mini, "mini.yaml"), false), AS_OF);
  }

  /** The first entry of the recorded list with this repo id. */
  static HubEntry entryOf(String repoId) {
    return entries().stream().filter(e -> e.repoId().equals(repoId)).findFirst().orElseThrow();
  }

  /** Every entry of the recorded list, in file order. */
  static List<HubEntry> entries() {
    List<HubEntry> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(ReplayServer.MODELS)) {
      HubReader.read(in, "models.json", out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Each entry's outcome by repo id; the first wins where an id repeats. */
  static Map<String, Outcome> outcomes() {
    HubMapper mapper = mapper();
    Map<String, Outcome> out = new LinkedHashMap<>();
    for (HubEntry e : entries()) {
      out.putIfAbsent(e.repoId(), mapper.map(e));
    }
    return out;
  }

  static HubEntry entry(String json) {
    List<HubEntry> out = new ArrayList<>();
    HubReader.read(
        new ByteArrayInputStream(("[" + json + "]").getBytes(StandardCharsets.UTF_8)),
        "inline.json",
        out::add);
    return out.get(0);
  }
}
