package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.stream.CatalogStream;
import io.github.advisorcli.advisor.testing.Catalogs;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.tools.BundleCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same hostile files read the three ways a catalog is read: loaded, compiled into the bundle,
 * and streamed (on one thread and on several). Each way must blame the same model at the same
 * {@code file:line:column} with the same words.
 */
class CrossEntryPathsTest {
  private static final String NAME = "models/hostile.json";

  @TempDir Path dir;

  /** A complete model entry with the given id and extra fields (JSON members, or empty). */
  private static String model(String id, String extra) {
    return "{\"id\": \""
        + id
        + "\", \"family\": \"x\", \"name\": \"N\", \"organization\": \"Lab\","
        + " \"architecture\": \"encoder\", \"license\": \"MIT\", \"open_weights\": true"
        + (extra.isEmpty() ? "" : ", " + extra)
        + "}";
  }

  /**
   * A catalog of one entry per line from line 2 on, each written {@code id} or {@code
   * id|extra-members}, or {@code !id} for an entry that lacks its required fields.
   */
  private static String catalog(String entries) {
    StringBuilder text = new StringBuilder("{\"format\": \"advisor.catalog/v1\", \"models\": [\n");
    String[] list = entries.split(";");
    for (int i = 0; i < list.length; i++) {
      String e = list[i].trim();
      String entry;
      if (e.startsWith("!")) {
        entry = "{\"id\": \"" + e.substring(1) + "\", \"name\": \"N\"}";
      } else {
        int bar = e.indexOf('|');
        entry = bar < 0 ? model(e, "") : model(e.substring(0, bar), e.substring(bar + 1));
      }
      text.append("  ").append(entry).append(i + 1 < list.length ? ",\n" : "\n");
    }
    return text.append("]}\n").toString();
  }

  private static String loaded(Path file) {
    try {
      io.github.advisorcli.advisor.catalog.Catalogs.load(
          Catalogs.bundle(), Map.of(file, NAME), false);
    } catch (AdvisorException e) {
      return e.userMessage();
    }
    return "(no error)";
  }

  private static String streamed(Path file, int threads) {
    try {
      new CatalogStream(file, NAME, Catalogs.registries(), threads).scan((span, m) -> {});
    } catch (AdvisorException e) {
      return e.userMessage();
    }
    return "(no error)";
  }

  private static String compiled(Path folder) throws IOException {
    try {
      BundleCompiler.compile(folder, "");
    } catch (AdvisorException e) {
      return e.userMessage();
    }
    return "(no error)";
  }

  /** A catalog folder with the project's registries and the one model file. */
  private Path folder(String text) throws IOException {
    Path folder = dir.resolve("catalog");
    Files.createDirectories(folder.resolve("models"));
    for (String registry : new String[] {"licenses.yaml", "tasks.yaml", "profiles.yaml"}) {
      Files.copy(CliRun.basedir().resolve("catalog").resolve(registry), folder.resolve(registry));
    }
    Files.writeString(folder.resolve(NAME), text, StandardCharsets.UTF_8);
    return folder;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      textBlock =
          """
          two models share an alias # zed|"aliases": ["shared"]; two; ace|"aliases": ["Shared"] \
            # 4:3: alias 'Shared' of model 'ace' is already the id or an alias of 'zed'
          an alias names an earlier model # one; two|"aliases": ["ONE"] \
            # 3:3: alias 'ONE' of model 'two' is already the id or an alias of 'one'
          an id is an earlier alias # one|"aliases": ["two"]; two \
            # 3:3: model id 'two' is already an alias of 'one'
          a repo id is an earlier alias # one|"aliases": ["org/m"]; two|"hf_repo": "Org/M" \
            # 3:3: alias 'Org/M' of model 'two' is already the id or an alias of 'one'
          a repeated id # one; two; one \
            # 4:3: duplicate model id 'one' (first defined at line 2)
          a repeated id after an incomplete model # one; !two; one \
            # 3:3: model 'two' is missing required fields family, organization, architecture, license, open_weights
          an incomplete model after a repeated id # one; one; !two \
            # 3:3: duplicate model id 'one' (first defined at line 2)
          an alias clash before an incomplete model # one|"aliases": ["s"]; two|"aliases": ["s"]; !three \
            # 3:3: alias 's' of model 'two' is already the id or an alias of 'one'
          an incomplete model before an alias clash # one|"aliases": ["s"]; !two; three|"aliases": ["s"] \
            # 3:3: model 'two' is missing required fields family, organization, architecture, license, open_weights
          a repeated id after an alias clash # one|"aliases": ["s"]; two|"aliases": ["s"]; one \
            # 3:3: alias 's' of model 'two' is already the id or an alias of 'one'
          an alias clash after a repeated id # one; one; two|"aliases": ["one"] \
            # 3:3: duplicate model id 'one' (first defined at line 2)
          a model's own id as its alias # one|"aliases": ["One", "one"]; two \
            # (no error)
          """)
  void everyPathGivesTheSameMessage(String what, String entries, String expected)
      throws IOException {
    Path folder = folder(catalog(entries));
    Path file = folder.resolve(NAME);
    String message = expected.startsWith("(") ? expected : NAME + ":" + expected;
    Map<String, String> messages = new LinkedHashMap<>();
    messages.put("loaded", loaded(file));
    messages.put("streamed on one thread", streamed(file, 1));
    messages.put("streamed on three threads", streamed(file, 3));
    messages.put("compiled into the bundle", compiled(folder));
    assertThat(messages).allSatisfy((path, got) -> assertThat(got).as(path).isEqualTo(message));
  }

  @Test
  void aUserFileIsCheckedAfterTheBundledModels() throws IOException {
    Model bundled = Catalogs.bundled().models().get(0);
    String alias = bundled.id().toUpperCase(java.util.Locale.ROOT);
    Path file = folder(catalog("one|\"aliases\": [\"" + alias + "\"]")).resolve(NAME);
    String expected =
        NAME
            + ":2:3: alias '"
            + alias
            + "' of model 'one' is already the id or an alias of '"
            + bundled.id()
            + "'";
    assertThatThrownBy(
            () ->
                io.github.advisorcli.advisor.catalog.Catalogs.load(
                    Catalogs.bundle(), Map.of(file, NAME), true))
        .isInstanceOfSatisfying(
            AdvisorException.class, e -> assertThat(e.userMessage()).isEqualTo(expected));
    String override = catalog(bundled.id() + "|\"aliases\": [\"" + alias + "\"]");
    Files.writeString(file, override.replace(", \"family\"", ", \"notes\": \"x\", \"family\""));
    assertThat(
            io.github.advisorcli.advisor.catalog.Catalogs.load(
                    Catalogs.bundle(), Map.of(file, NAME), true)
                .find(alias))
        .map(Model::id)
        .contains(bundled.id());
  }
}
