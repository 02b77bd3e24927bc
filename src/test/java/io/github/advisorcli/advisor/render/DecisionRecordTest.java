package io.github.advisorcli.advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@code recommend --format record}: the decision record on the README's first example. */
class DecisionRecordTest {
  /** 2025-12-02T00:00:00Z: the record states when it was made, so the test fixes it. */
  private static final Map<String, String> FIXED_TIME = Map.of("SOURCE_DATE_EPOCH", "1764633600");

  private static String versionless(String out) throws Exception {
    Properties p = new Properties();
    try (var in =
        DecisionRecordTest.class.getResourceAsStream(
            "/io/github/advisorcli/advisor/version.properties")) {
      p.load(in);
    }
    return out.replace(p.getProperty("version"), "VERSION");
  }

  @Test
  void recordHoldsTheQuestionRankingReasonsRobustnessExclusionsAndSources() throws Exception {
    CliRun run =
        CliRun.run(
                FIXED_TIME,
                "recommend",
                "--task",
                "classification",
                "--top",
                "5",
                "--max-params",
                "1B",
                "--format",
                "record")
            .assertOk();
    Golden.assertMatches(versionless(run.out()), "recommend/record-classification.md");
    assertThat(run.out())
        .contains("## Question")
        .contains("- Constraints: --max-params 1B")
        .contains("## Ranking")
        .contains("## Why each model scored as it did")
        .contains("## Robustness")
        .contains("1,000 weight")
        .containsPattern("## Excluded models \\(\\d+\\)")
        .contains("## Facts used, with their sources")
        .contains("| license terms | Apache-2.0 | https://www.apache.org/licenses/LICENSE-2.0 |");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void recordSpeaksChinese() {
    CliRun run =
        CliRun.run(
                FIXED_TIME,
                "--lang",
                "zh",
                "recommend",
                "--task",
                "文本分类",
                "--top",
                "3",
                "--format",
                "record")
            .assertOk();
    assertThat(run.out()).contains("## 问题").contains("## 所用事实及其来源");
  }
}
