package io.github.advisorcli.advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.ByteCount;
import io.github.advisorcli.advisor.ParameterCount;
import io.github.advisorcli.advisor.Reason;
import io.github.advisorcli.advisor.TokenCount;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReasonTextTest {
  private static final Labels ZH = new Labels(Locale.SIMPLIFIED_CHINESE);

  static Stream<Arguments> reasons() {
    return Stream.of(
        Arguments.of(
            Reason.of(
                "parameters.exceed",
                new ParameterCount(7_070_000_000L),
                new ParameterCount(1_000_000_000L)),
            "7.07B parameters exceed 1B",
            "参数量 7.07B 超过 1B"),
        Arguments.of(
            Reason.of("license.no_commercial", "CC-BY-NC-4.0"),
            "license CC-BY-NC-4.0 does not allow commercial use",
            "许可证 CC-BY-NC-4.0 不允许商用"),
        Arguments.of(
            Reason.of(
                "license.category_not_among", List.of("copyleft"), List.of("permissive", "public")),
            "license category [copyleft] is not among [permissive, public]",
            "许可证类别 [copyleft] 不在 [permissive, public] 之中"),
        Arguments.of(
            Reason.of("context.below", new TokenCount(512), new TokenCount(8192)),
            "context 512 tokens, below 8192",
            "上下文 512 个 token，低于 8192"),
        Arguments.of(
            Reason.of("memory.exceed", new ByteCount(14L << 30), "fp16", new ByteCount(8L << 30)),
            "needs 14 GiB at fp16 (weights only), over 8 GiB",
            "以 fp16 需要 14 GiB（仅权重），超过 8 GiB"),
        Arguments.of(
            Reason.of(
                "check.max_parameters.exceed",
                "mistral-7b",
                new ParameterCount(7_250_000_000L),
                new ParameterCount(3_000_000_000L)),
            "mistral-7b: 7.25B parameters exceed max_parameters 3B",
            "mistral-7b：参数量 7.25B 超过 max_parameters 3B"),
        Arguments.of(
            Reason.of(
                "check.license",
                "x",
                List.of(
                    Reason.of("check.license.denied", "GPL-3.0-only"),
                    Reason.of(
                        "check.license.no_commercial",
                        "CC-BY-NC-4.0",
                        "non-commercial",
                        "commercial"))),
            "x: license GPL-3.0-only is in deny_licenses; license CC-BY-NC-4.0 (non-commercial) does"
                + " not allow commercial use, and the project's use is commercial",
            "x：许可证 GPL-3.0-only 在 deny_licenses 中；许可证 CC-BY-NC-4.0（non-commercial）不允许商用，"
                + "而项目用途为 commercial"),
        Arguments.of(
            Reason.of("check.min_score.below", "t5-small", 0.4149, "summarization", 0.5),
            "t5-small: score 0.41 for summarization is below min_score 0.50",
            "t5-small：summarization 得分 0.41，低于 min_score 0.50"));
  }

  @ParameterizedTest
  @MethodSource("reasons")
  void wordsAReasonInEnglishAndChinese(Reason reason, String english, String chinese) {
    assertThat(ReasonText.english(reason)).isEqualTo(english);
    assertThat(ReasonText.of(reason, ZH)).isEqualTo(chinese);
  }
}
