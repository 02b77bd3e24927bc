package io.github.advisorcli.advisor.launcher;

import io.github.advisorcli.advisor.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of the run that writes the class-data archive ({@code bin/advisor} starts it with
 * {@code -XX:ArchiveClassesAtExit}). It runs the command as {@link Main} does and, at exit, before
 * the JVM writes the archive, loads and links the classes that advisor's common commands load (the
 * list {@link ClassList} writes at build time), so that the archive serves every one of them, not
 * only the command that happened to run first. Nothing is initialised: a class's static code runs
 * only when a command uses it. A name that is unknown or cannot be loaded is skipped.
 */
public final class ArchivingMain {
  /** The class list in the jar: one binary class name a line. */
  static final String CLASS_LIST = "io/github/advisorcli/advisor/launcher/classes.txt";

  /**
   * A line that names a lambda expression's class rather than a class, as {@code
   * -XX:DumpLoadedClassList} writes it: the caller, the name and type of the call site, the
   * interface method's type, the implementation's kind, class, name and type, and the instantiated
   * type.
   */
  static final String LAMBDA = "@lambda-proxy ";

  private ArchivingMain() {}

  public static void main(String[] args) {
    Runtime.getRuntime().addShutdownHook(new Thread(ArchivingMain::loadClassList, "class-list"));
    Main.main(args);
  }

  static void loadClassList() {
    ClassLoader loader = ArchivingMain.class.getClassLoader();
    InputStream in = loader.getResourceAsStream(CLASS_LIST);
    if (in == null) {
      return;
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith(LAMBDA)) {
          lambda(line.substring(LAMBDA.length()).strip().split(" "), loader);
        } else {
          load(line.strip(), loader);
        }
      }
    } catch (IOException | RuntimeException e) {
      // The archive only holds fewer classes.
    }
  }

  /**
   * Makes a lambda expression's class as the JVM would at its first use, so that it is archived
   * with the rest: the JVM archives the lambda classes a run made, keyed by the same call-site
   * facts. Only callers whose package is open to advisor's code (its own classes) are made; nothing
   * is run.
   */
  static boolean lambda(String[] f, ClassLoader loader) {
    if (f.length != 9) {
      return false;
    }
    try {
      Class<?> caller = Class.forName(f[0].replace('/', '.'), false, loader);
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(caller, MethodHandles.lookup());
      MethodType invoked = MethodType.fromMethodDescriptorString(f[2], loader);
      MethodType sam = MethodType.fromMethodDescriptorString(f[3], loader);
      Class<?> owner = Class.forName(f[5].replace('/', '.'), false, loader);
      MethodType type = MethodType.fromMethodDescriptorString(f[7], loader);
      MethodType instantiated = MethodType.fromMethodDescriptorString(f[8], loader);
      MethodHandle implementation =
          switch (f[4]) {
            case "REF_invokeStatic" -> lookup.findStatic(owner, f[6], type);
            case "REF_invokeVirtual", "REF_invokeInterface" ->
                lookup.findVirtual(owner, f[6], type);
            case "REF_invokeSpecial" -> lookup.findSpecial(owner, f[6], type, caller);
            case "REF_newInvokeSpecial" -> lookup.findConstructor(owner, type);
            default -> null;
          };
      if (implementation == null) {
        return false;
      }
      LambdaMetafactory.metafactory(lookup, f[1], invoked, sam, implementation, instantiated);
      return true;
    } catch (ReflectiveOperationException
        | LambdaConversionException
        | LinkageError
        | RuntimeException e) {
      return false;
    }
  }

  /**
   * Loads a class without initialising it, and links it: the JVM archives only linked classes.
   * Reflection links a class (its declared constructors, or methods for an interface) and runs none
   * of its code.
   */
  static boolean load(String name, ClassLoader loader) {
    if (name.isEmpty()) {
      return false;
    }
    try {
      Class<?> c = Class.forName(name, false, loader);
      if (c.isInterface()) {
        c.getDeclaredMethods();
      } else {
        c.getDeclaredConstructors();
      }
      return true;
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      return false;
    }
  }
}
