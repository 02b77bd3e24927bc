package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.UnknownNameException;
import java.util.List;

/** Forgiving lookup of what a user typed: a model (id, alias, repo id), else a family. */
public final class Lookup {
  /**
   * What a name found.
   *
   * @param model the model, or null when the name is a family
   * @param family the family's models, sorted by id, when the name is a family
   */
  public record Found(Model model, List<Model> family) {
    public boolean isFamily() {
      return model == null;
    }
  }

  private Lookup() {}

  public static Found find(Catalog catalog, String name) {
    var model = catalog.find(name.trim());
    if (model.isPresent()) {
      return new Found(model.get(), List.of());
    }
    List<Model> family = catalog.family(name.trim());
    if (!family.isEmpty()) {
      return new Found(null, family);
    }
    throw new UnknownNameException("model", name, Suggest.nearest(name, catalog.names()));
  }

  /** The model with this name; a family name is an error that lists its variants. */
  public static Model model(Catalog catalog, String name) {
    Found found = find(catalog, name);
    if (found.isFamily()) {
      throw new io.github.advisorcli.advisor.AdvisorException(
          "'"
              + name
              + "' is a family; name one of its models: "
              + String.join(", ", found.family().stream().map(Model::id).toList()));
    }
    return found.model();
  }
}
