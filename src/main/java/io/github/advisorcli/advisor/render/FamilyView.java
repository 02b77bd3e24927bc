package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.catalog.Model;
import java.util.List;

/** The output of {@code advisor show FAMILY}: the family's variants. */
@JsonPropertyOrder({"schema", "family", "models"})
public record FamilyView(String schema, String family, List<ModelView> models) {
  public static final String SCHEMA = "advisor.family/v1";

  public static FamilyView of(String family, List<Model> models) {
    return new FamilyView(SCHEMA, family, models.stream().map(ModelView::of).toList());
  }

  public TableSpec<ModelView> table(Labels l) {
    return ListView.table(models, l);
  }
}
