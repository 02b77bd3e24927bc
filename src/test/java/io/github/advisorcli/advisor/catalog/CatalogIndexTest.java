package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules across catalog entries, one row per case. Entries are written {@code file/line id} with
 * optional {@code aliases=a,b}, {@code repo=org/m} and {@code missing=family,license}; entries are
 * separated by {@code ;} and a new file starts whenever the file name changes.
 */
class CatalogIndexTest {
  private record Entry(
      String file, int line, String id, List<String> aliases, String repo, List<String> missing) {}

  private static List<Entry> parse(String entries) {
    List<Entry> list = new ArrayList<>();
    for (String e : entries.split(";")) {
      String[] words = e.trim().split("\\s+");
      String[] at = words[0].split("/");
      List<String> aliases = null;
      String repo = null;
      List<String> missing = List.of();
      for (int i = 2; i < words.length; i++) {
        String[] kv = words[i].split("=", 2);
        switch (kv[0]) {
          case "aliases" -> aliases = kv[1].isEmpty() ? List.of() : Arrays.asList(kv[1].split(","));
          case "repo" -> repo = kv[1];
          case "missing" -> missing = Arrays.asList(kv[1].split(","));
          default -> throw new IllegalArgumentException(words[i]);
        }
      }
      list.add(new Entry(at[0], Integer.parseInt(at[1]), words[1], aliases, repo, missing));
    }
    return list;
  }

  /** Adds the entries in order; the first error's {@code file:line:column: message}, or "ok". */
  private static String check(String entries) {
    CatalogIndex index = new CatalogIndex();
    String file = null;
    try {
      for (Entry e : parse(entries)) {
        if (!e.file().equals(file)) {
          index.nextFile();
          file = e.file();
        }
        index.add(
            e.id(), e.aliases(), e.repo(), e.missing(), new SourceLocation(file, e.line(), 3));
      }
    } catch (CatalogException ex) {
      return ex.userMessage();
    }
    return "ok";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          distinct models                    | a/2 one aliases=x; a/3 two aliases=y repo=org/two | ok
          an alias that is its own id        | a/2 one aliases=ONE,one repo=One                  | ok
          the same alias twice in one model  | a/2 one aliases=x,X                                | ok
          a repeated id                      | a/2 one; a/3 two; a/4 one                          | a:4:3: duplicate model id 'one' (first defined at line 2)
          a repeated id in a later file overrides | a/2 one; b/5 one                              | ok
          a repeated id within the later file | a/2 one; b/5 one; b/9 one                         | b:9:3: duplicate model id 'one' (first defined at line 5)
          a missing field                    | a/2 one missing=license                            | a:2:3: model 'one' is missing required field license
          missing fields                     | a/2 one missing=family,license                     | a:2:3: model 'one' is missing required fields family, license
          an override needs no required field | a/2 one; b/3 one missing=family,license           | ok
          two models share an alias          | a/2 zed aliases=shared; a/3 ace aliases=Shared     | a:3:3: alias 'Shared' of model 'ace' is already the id or an alias of 'zed'
          an alias is an earlier id          | a/2 one; a/3 two aliases=One                       | a:3:3: alias 'One' of model 'two' is already the id or an alias of 'one'
          an id is an earlier alias          | a/2 one aliases=two; a/3 two                       | a:3:3: model id 'two' is already an alias of 'one'
          a repo id is an earlier alias      | a/2 one aliases=org/m; a/3 two repo=Org/M          | a:3:3: alias 'Org/M' of model 'two' is already the id or an alias of 'one'
          an alias is an earlier repo id     | a/2 one repo=org/m; a/3 two aliases=ORG/M          | a:3:3: alias 'ORG/M' of model 'two' is already the id or an alias of 'one'
          an alias clash across files        | a/2 one aliases=s; b/7 two aliases=s               | b:7:3: alias 's' of model 'two' is already the id or an alias of 'one'
          an override keeps its aliases      | a/2 one aliases=s; b/3 one; b/4 two aliases=s      | b:4:3: alias 's' of model 'two' is already the id or an alias of 'one'
          an override replaces its aliases   | a/2 one aliases=s; b/3 one aliases=t; b/4 two aliases=s | ok
          an override's new alias clashes    | a/2 one; a/3 two aliases=t; b/4 one aliases=t      | b:4:3: alias 't' of model 'one' is already the id or an alias of 'two'
          an override replaces its repo id   | a/2 one repo=o/m; b/3 one repo=o/n; b/4 two repo=o/m | ok
          the first rule in file order wins  | a/2 one aliases=s; a/3 two aliases=s; a/4 one      | a:3:3: alias 's' of model 'two' is already the id or an alias of 'one'
          a missing field before a repeated id | a/2 one; a/3 two missing=family; a/4 one         | a:3:3: model 'two' is missing required field family
          a repeated id before a missing field | a/2 one; a/3 one missing=family                  | a:3:3: duplicate model id 'one' (first defined at line 2)
          an id clash before a missing field | a/2 one aliases=two; a/3 two missing=family        | a:3:3: model id 'two' is already an alias of 'one'
          a missing field before an alias clash in one entry | a/2 one; a/3 two aliases=one missing=name | a:3:3: model 'two' is missing required field name
          """)
  void rules(String what, String entries, String expected) {
    assertThat(check(entries)).isEqualTo(expected);
  }

  @Test
  void aWholeFileIsAddedInOrder() {
    Model one = Model.builder().id("one").aliases(List.of("s")).build();
    Model two = Model.builder().id("two").aliases(List.of("s")).build();
    CatalogIndex index = new CatalogIndex();
    CatalogFile file =
        new CatalogFile(
            "f",
            null,
            List.of(
                new CatalogFile.Entry(one, new SourceLocation("f", 2, 3)),
                new CatalogFile.Entry(two, new SourceLocation("f", 3, 3))));
    assertThatThrownBy(() -> index.add(file))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("model 'one' is missing required fields family, name");
  }

  @Test
  void keysAreTheAliasesThenTheRepoId() {
    assertThat(CatalogIndex.keys(null, null)).isEmpty();
    assertThat(CatalogIndex.keys(List.of(), "o/m")).containsExactly("o/m");
    assertThat(CatalogIndex.keys(List.of("b", "a", "b"), "o/m")).containsExactly("b", "a", "o/m");
  }
}
