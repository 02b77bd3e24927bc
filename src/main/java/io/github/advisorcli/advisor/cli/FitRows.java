package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.hardware.FitLevel;
import io.github.advisorcli.advisor.hardware.HardwareFilter;
import io.github.advisorcli.advisor.render.FitView;
import io.github.advisorcli.advisor.render.RecommendationView;
import io.github.advisorcli.advisor.score.Ranking;
import java.util.HashMap;
import java.util.Map;

/** Gives each ranked row its memory at the context and its fit: recommend's FIT and MEMORY. */
final class FitRows {
  private FitRows() {}

  static RecommendationView add(RecommendationView view, Ranking ranking, HardwareFilter fits) {
    Map<String, RecommendationView.ResultView> rows = new HashMap<>();
    view.results().forEach(r -> rows.put(r.id(), r));
    return view.withFits(
        id -> {
          Model m = ranking.result(id).orElseThrow().model();
          FitLevel level = fits.fit(m);
          return rows.get(id)
              .withFit(FitView.MemoryView.of(fits.memory(m)), level == null ? null : level.id());
        });
  }
}
