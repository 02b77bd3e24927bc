package io.github.advisorcli.advisor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ArchivingMainTest {
  private static final ClassLoader LOADER = ArchivingMainTest.class.getClassLoader();

  /** Set by its static initialiser, which loading must not run. */
  static boolean initialised;

  static final class Lazy {
    static {
      initialised = true;
    }
  }

  /** A lambda expression whose class the test makes from its list line. */
  static final class Caller {
    static Supplier<String> supplier() {
      return () -> "made";
    }
  }

  @Test
  void loadsAndLinksAClassWithoutInitialisingIt() {
    assertThat(ArchivingMain.load(Lazy.class.getName(), LOADER)).isTrue();
    assertThat(ArchivingMain.load(Runnable.class.getName(), LOADER)).isTrue();
    assertThat(initialised).isFalse();
  }

  @Test
  void skipsNamesItCannotLoad() {
    assertThat(ArchivingMain.load("io.github.advisorcli.advisor.NoSuchClass", LOADER)).isFalse();
    assertThat(ArchivingMain.load("not a class name", LOADER)).isFalse();
    assertThat(ArchivingMain.load("", LOADER)).isFalse();
  }

  @Test
  void makesALambdaExpressionsClassFromItsListLine() {
    Method body =
        Arrays.stream(Caller.class.getDeclaredMethods())
            .filter(m -> m.getName().startsWith("lambda$"))
            .findFirst()
            .orElseThrow();
    String caller = Caller.class.getName().replace('.', '/');
    String line =
        caller
            + " get ()Ljava/util/function/Supplier; ()Ljava/lang/Object; REF_invokeStatic "
            + caller
            + " "
            + body.getName()
            + " ()Ljava/lang/String; ()Ljava/lang/String;";
    assertThat(ArchivingMain.lambda(line.split(" "), LOADER)).isTrue();
    assertThat(Caller.supplier().get()).isEqualTo("made");
  }

  @Test
  void skipsLambdaLinesItCannotUse() {
    assertThat(ArchivingMain.lambda("too few fields".split(" "), LOADER)).isFalse();
    String unknown =
        "no/such/Caller get ()Ljava/util/function/Supplier; ()Ljava/lang/Object; REF_invokeStatic"
            + " no/such/Caller lambda$x$0 ()Ljava/lang/String; ()Ljava/lang/String;";
    assertThat(ArchivingMain.lambda(unknown.split(" "), LOADER)).isFalse();
    String badKind =
        unknown
            .replace("no/such/Caller", "java/lang/String")
            .replace("REF_invokeStatic", "REF_none");
    assertThat(ArchivingMain.lambda(badKind.split(" "), LOADER)).isFalse();
    String[] badType =
        ("java/lang/String get (Lno/Such; ()Ljava/lang/Object; REF_invokeStatic java/lang/String"
                + " valueOf (I)Ljava/lang/String; (I)Ljava/lang/String;")
            .split(" ");
    assertThat(ArchivingMain.lambda(badType, LOADER)).isFalse();
  }

  @Test
  void aMissingOrPartlyUnknownListIsNoError() {
    ArchivingMain.loadClassList();
  }
}
