package io.github.advisorcli.advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.read.Parsers;
import io.github.advisorcli.advisor.testing.Catalogs;
import org.junit.jupiter.api.Test;

class ModelCardViewTest {
  private static final Catalog CATALOG = Catalogs.bundled();
  private static final ObjectMapper JSON = Parsers.json();

  /**
   * For the table, the view leaves out the catalog entry alone: the rest is the same (every
   * twentieth model of the bundled catalog: each view ranks the model's tasks).
   */
  @Test
  void aViewWithoutTheEntryDiffersInTheEntryAlone() {
    for (int i = 0; i < CATALOG.models().size(); i += 20) {
      Model m = CATALOG.models().get(i);
      ModelCardView whole = ModelCardView.of(CATALOG, m);
      ModelCardView forTable = ModelCardView.of(CATALOG, m, false);
      assertThat(whole.model()).as(m.id()).isNotEmpty().containsEntry("id", m.id());
      assertThat(forTable.model()).as(m.id()).isNull();
      JsonNode expected = JSON.valueToTree(whole);
      ((ObjectNode) expected).remove("model");
      assertThat((JsonNode) JSON.valueToTree(forTable)).as(m.id()).isEqualTo(expected);
    }
  }
}
