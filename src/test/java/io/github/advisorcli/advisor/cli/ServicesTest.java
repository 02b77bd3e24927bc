package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog read ahead on another thread is the one read when asked. */
class ServicesTest {
  private static final String MINI = "src/test/resources/catalog/mini.yaml";

  private static Services services(Map<String, String> env, boolean prefetch) {
    Environment environment =
        new Environment(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            env,
            CliRun.basedir(),
            false);
    Services services = new Session(environment).services();
    if (prefetch) {
      services.prefetch();
    }
    return services;
  }

  private static List<String> ids(Catalog catalog) {
    return catalog.models().stream().map(Model::id).toList();
  }

  @Test
  void theBundledCatalogReadAheadIsTheOneReadOnDemand() {
    Services ahead = services(Map.of(), true);
    Catalog catalog = ahead.catalog();
    assertThat(ids(catalog))
        .isEqualTo(ids(services(Map.of(), false).catalog()))
        .hasSizeGreaterThan(100);
    assertThat(ahead.bundle().models()).hasSize(catalog.models().size());
    assertThat(ahead.catalog()).isSameAs(catalog);
  }

  @Test
  void filesNamedByTheEnvironmentAreMergedAsWithoutReadingAhead() {
    Map<String, String> env = Map.of("ADVISOR_CATALOG", MINI);
    List<String> ahead = ids(services(env, true).catalog());
    assertThat(ahead).isEqualTo(ids(services(env, false).catalog()));
    assertThat(ahead).hasSizeGreaterThan(ids(services(Map.of(), false).catalog()).size());
  }
}
