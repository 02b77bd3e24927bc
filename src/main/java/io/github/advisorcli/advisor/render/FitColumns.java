package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.render.RecommendationView.ResultView;
import java.util.ArrayList;
import java.util.List;

/** The FIT and MEMORY columns recommend adds when hardware or a context is given. */
public final class FitColumns {
  private FitColumns() {}

  static boolean present(List<ResultView> rows) {
    return rows.stream().anyMatch(r -> r.memory() != null);
  }

  static TableSpec<ResultView> add(TableSpec<ResultView> table, Labels l) {
    List<Column<ResultView>> columns = new ArrayList<>(table.columns());
    String unknown = l.get("word.unknown");
    columns.add(
        Column.<ResultView>number(
            l.get("col.memory"),
            r ->
                r.memory() == null || r.memory().total() == null
                    ? unknown
                    : Numbers.bytes(r.memory().total())));
    columns.add(
        Column.<ResultView>text(l.get("col.hw_fit"), r -> r.fit() == null ? "-" : r.fit(), 3, 16));
    return new TableSpec<>(columns, table.rows());
  }
}
