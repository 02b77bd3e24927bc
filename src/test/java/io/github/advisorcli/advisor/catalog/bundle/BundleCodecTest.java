package io.github.advisorcli.advisor.catalog.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.tools.BundleCompiler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The bundle's binary form carries every field of every record, and the bundle inside the jar is
 * exactly what the catalog folder says.
 */
class BundleCodecTest {

  /** Every record component, as {@code Type.name}, that some generated bundle set to a value. */
  private static final Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Property(tries = 100)
  void everyFieldRoundTrips(@ForAll long seed) throws IOException {
    Bundle bundle = (Bundle) new RandomRecords(new Random(seed)).value(Bundle.class, 0);
    assertThat(roundTrip(bundle)).isEqualTo(bundle);
  }

  @Test
  void theGeneratorReachesEveryComponent() throws IOException {
    for (long seed = 0; seed < 100; seed++) {
      Bundle bundle = (Bundle) new RandomRecords(new Random(seed)).value(Bundle.class, 0);
      assertThat(roundTrip(bundle)).isEqualTo(bundle);
    }
    Set<String> all = new HashSet<>();
    collect(Bundle.class, all, new HashSet<>());
    assertThat(SEEN).containsAll(all);
  }

  @Test
  void theBundledCatalogEqualsTheFilesItWasCompiledFrom() throws IOException {
    Bundle fromFiles = BundleCompiler.compile(Path.of("catalog"), "catalog/");
    Bundle inJar = Catalogs.bundle();
    assertThat(inJar.models()).hasSameSizeAs(fromFiles.models());
    for (int i = 0; i < fromFiles.models().size(); i++) {
      assertThat(inJar.models().get(i)).isEqualTo(fromFiles.models().get(i));
    }
    assertThat(inJar).isEqualTo(fromFiles);
  }

  private static Bundle roundTrip(Bundle bundle) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      BundleCodec.write(bundle, out);
    }
    return BundleCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }

  private static void collect(Class<?> type, Set<String> into, Set<Class<?>> visited) {
    if (!type.isRecord() || !visited.add(type)) {
      return;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      into.add(type.getSimpleName() + "." + c.getName());
      for (Class<?> nested : classes(c.getGenericType())) {
        collect(nested, into, visited);
      }
    }
  }

  private static List<Class<?>> classes(Type type) {
    List<Class<?>> out = new ArrayList<>();
    if (type instanceof Class<?> c) {
      out.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type t : p.getActualTypeArguments()) {
        out.addAll(classes(t));
      }
    }
    return out;
  }

  /** Random trees of records, walked by reflection so that a new component is covered at once. */
  private static final class RandomRecords {
    private final Random random;

    RandomRecords(Random random) {
      this.random = random;
    }

    Object value(Type type, int depth) {
      if (type instanceof ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        int n = random.nextInt(depth > 2 ? 2 : 4);
        if (raw == List.class) {
          List<Object> list = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            list.add(nonNull(p.getActualTypeArguments()[0], depth + 1));
          }
          return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          map.put(text(), nonNull(p.getActualTypeArguments()[1], depth + 1));
        }
        return map;
      }
      Class<?> c = (Class<?>) type;
      if (c == String.class) {
        return text();
      } else if (c == Long.class) {
        return random.nextLong();
      } else if (c == Integer.class) {
        return random.nextInt();
      } else if (c == Double.class) {
        return random.nextDouble() * 1000 - 500;
      } else if (c == Boolean.class) {
        return random.nextBoolean();
      } else if (c.isEnum()) {
        Object[] values = c.getEnumConstants();
        return values[random.nextInt(values.length)];
      } else if (c.isRecord()) {
        RecordComponent[] components = c.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
          args[i] = random.nextInt(5) == 0 ? null : value(components[i].getGenericType(), depth);
          if (args[i] != null) {
            SEEN.add(c.getSimpleName() + "." + components[i].getName());
          }
        }
        try {
          var constructor = c.getDeclaredConstructor(types);
          constructor.setAccessible(true);
          return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      throw new IllegalArgumentException("no generator for " + type);
    }

    private Object nonNull(Type type, int depth) {
      return value(type, depth);
    }

    private String text() {
      int n = random.nextInt(12);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append(random.nextInt(8) == 0 ? '中' : (char) ('a' + random.nextInt(26)));
      }
      return s.toString();
    }
  }
}
