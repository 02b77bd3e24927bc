package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.Models;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTasksTest {
  /**
   * Tasks as {@code id:fit} separated by spaces, in catalog order; the main tasks the same way; the
   * primary task or '-' for none.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                    | ''                  | -",
        "ner:weak                              | ner                 | ner",
        "ner:good classification:weak          | ner classification  | ner",
        "ner:good classification:strong        | classification      | classification",
        "chat:strong ner:good translation:strong | chat translation  | chat",
        "ner:weak chat:good summarization:strong | summarization     | summarization"
      })
  void aModelsMainTasksAndItsPrimaryTask(String listed, String main, String primary) {
    Models m = Models.model("m");
    for (String t : words(listed)) {
      String[] p = t.split(":");
      m.task(p[0], Fit.valueOf(p[1].toUpperCase(java.util.Locale.ROOT)));
    }
    Model model = m.build();
    assertThat(MainTasks.of(model).stream().map(TaskFit::id).toList()).isEqualTo(words(main));
    assertThat(MainTasks.primary(model).map(TaskFit::id).orElse("-")).isEqualTo(primary);
  }

  private static List<String> words(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
  }
}
