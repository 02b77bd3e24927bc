package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.render.Labels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every interface text exists in every language, with the same placeholders. */
class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}|\\$\\{[A-Z-]+}|%n");

  private static ResourceBundle bundle(Locale locale) {
    return new Labels(locale).bundle();
  }

  @Test
  void everyKeyExistsInEveryLocale() {
    ResourceBundle en = bundle(Locale.ROOT);
    ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    List<String> enKeys = new ArrayList<>(en.keySet());
    List<String> zhKeys = new ArrayList<>(zh.keySet());
    Collections.sort(enKeys);
    Collections.sort(zhKeys);
    assertThat(zhKeys).isEqualTo(enKeys);
    for (String key : enKeys) {
      assertThat(placeholders(zh.getString(key)))
          .as(key)
          .isEqualTo(placeholders(en.getString(key)));
    }
  }

  @Test
  void chineseIsReallyChinese() {
    ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.getString("col.score")).isEqualTo("得分");
    assertThat(zh.getString("criterion.customizability.name")).isEqualTo("可定制性");
  }

  @Test
  void englishDoesNotFallBackToTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(bundle(Locale.ROOT).getString("col.score")).isEqualTo("SCORE");
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static List<String> placeholders(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    Collections.sort(out);
    return out;
  }
}
