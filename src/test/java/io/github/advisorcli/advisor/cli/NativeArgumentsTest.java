package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Arguments that Java decoded as ASCII are read back as UTF-8 from the raw command line. */
class NativeArgumentsTest {
  private static final String TASK = "\u6587\u672c\u5206\u7c7b";

  private static byte[] cmdline(String... parts) {
    return (String.join("\0", parts) + "\0").getBytes(StandardCharsets.UTF_8);
  }

  /** What Java 17 and 21+ give under LANG=C: one U+FFFD per non-ASCII byte. */
  private static String asAscii(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII);
  }

  @Test
  void recoversChineseArgumentsDecodedAsAscii() {
    String[] garbled = {"recommend", "--task", asAscii(TASK)};
    assertThat(garbled[2]).contains("\uFFFD");
    String[] fixed =
        NativeArguments.utf8(
            garbled,
            "ANSI_X3.4-1968",
            () ->
                cmdline(
                    "java", "-Xshare:auto", "-jar", "advisor.jar", "recommend", "--task", TASK));
    assertThat(fixed).containsExactly("recommend", "--task", TASK);
  }

  @Test
  void leavesArgumentsAloneWhenNothingWasLostOrTheyDoNotLineUp() {
    String[] plain = {"recommend", "--task", "classification"};
    assertThat(NativeArguments.utf8(plain, "ANSI_X3.4-1968", () -> cmdline("x"))).isSameAs(plain);
    String[] garbled = {"show", asAscii(TASK)};
    assertThat(NativeArguments.utf8(garbled, "UTF-8", () -> cmdline("java", "show", TASK)))
        .isSameAs(garbled);
    assertThat(NativeArguments.utf8(garbled, "ANSI_X3.4-1968", () -> null)).isSameAs(garbled);
    assertThat(NativeArguments.utf8(garbled, "ANSI_X3.4-1968", () -> cmdline("java", "list", TASK)))
        .isSameAs(garbled);
    assertThat(NativeArguments.utf8(garbled, "ANSI_X3.4-1968", () -> cmdline(TASK)))
        .isSameAs(garbled);
  }
}
