package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import io.github.advisorcli.advisor.license.License;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Completion candidates from the bundled catalog. The catalog is read only when a candidate list is
 * iterated (completion scripts, the interactive shell), never when a command merely parses.
 */
final class Candidates {
  private Candidates() {}

  private abstract static class Lazy implements Iterable<String> {
    private final Function<Bundle, List<String>> names;

    Lazy(Function<Bundle, List<String>> names) {
      this.names = names;
    }

    @Override
    public Iterator<String> iterator() {
      return names.apply(Catalogs.bundle()).iterator();
    }
  }

  /** Model ids and aliases. */
  static final class ModelIds extends Lazy {
    ModelIds() {
      super(
          b -> {
            TreeSet<String> ids = new TreeSet<>();
            for (Model m : b.models()) {
              ids.add(m.id());
              ids.add(m.family());
            }
            return new ArrayList<>(ids);
          });
    }
  }

  /** Task ids and their English and Chinese names. */
  static final class TaskNames extends Lazy {
    TaskNames() {
      super(
          b -> {
            List<String> names = new ArrayList<>();
            for (Task t : b.tasks()) {
              names.add(t.id());
            }
            for (Task t : b.tasks()) {
              if (t.nameZh() != null) {
                names.add(t.nameZh());
              }
            }
            return names;
          });
    }
  }

  /** License ids. */
  static final class LicenseIds extends Lazy {
    LicenseIds() {
      super(b -> b.licenses().stream().map(License::id).toList());
    }
  }

  /** Profile names. */
  static final class Profiles extends Lazy {
    Profiles() {
      super(b -> b.profiles().stream().map(p -> p.id()).toList());
    }
  }

  /** License categories. */
  static final class LicenseCategories implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(io.github.advisorcli.advisor.license.LicenseCategory.values())
          .map(io.github.advisorcli.advisor.license.LicenseCategory::id)
          .iterator();
    }
  }

  /** Model families. */
  static final class Families extends Lazy {
    Families() {
      super(b -> new ArrayList<>(new TreeSet<>(b.models().stream().map(Model::family).toList())));
    }
  }

  /** The interface languages {@code --lang} takes. */
  static final class Languages implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("en", "zh", "zh_CN").iterator();
    }
  }
}
