package io.github.advisorcli.advisor.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassListCompilerTest {
  @Test
  void keepsClassesAndLambdaLinesButNotCommentsOrProxies() {
    assertThat(ClassListCompiler.listed("java/lang/Object")).isTrue();
    assertThat(ClassListCompiler.listed("io/github/advisorcli/advisor/cli/Main")).isTrue();
    assertThat(
            ClassListCompiler.listed(
                "@lambda-proxy io/github/advisorcli/advisor/AtomicWrite run ()Ljava/lang/Runnable;"
                    + " ()V REF_invokeStatic io/github/advisorcli/advisor/AtomicWrite"
                    + " lambda$hook$1 ()V ()V"))
        .isTrue();
    assertThat(
            ClassListCompiler.listed(
                "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder"
                    + " invokeStatic L_L"))
        .isTrue();
    assertThat(ClassListCompiler.listed("# NOTE: Do not modify this file.")).isFalse();
    assertThat(ClassListCompiler.listed("")).isFalse();
    assertThat(ClassListCompiler.listed("jdk/proxy2/$Proxy4")).isFalse();
    assertThat(ClassListCompiler.listed("@cp java/lang/Object 1")).isFalse();
    // Newer JDKs number the classes of one run; a union of runs keeps the names alone.
    assertThat(ClassListCompiler.entry("java/lang/Object id: 0")).isEqualTo("java/lang/Object");
    assertThat(ClassListCompiler.entry("java/lang/Object")).isEqualTo("java/lang/Object");
    assertThat(ClassListCompiler.entry("jdk/proxy2/$Proxy4 id: 9")).isNull();
    assertThat(ClassListCompiler.listed("java/lang/Object id: 0")).isFalse();
  }

  @Test
  void namesAListFileAfterItsCommand() {
    assertThat(ClassListCompiler.fileName("recommend")).isEqualTo("recommend.classlist");
    assertThat(ClassListCompiler.fileName(ClassListCompiler.ALL)).isEqualTo("all.classlist");
  }
}
