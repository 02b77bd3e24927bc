package io.github.advisorcli.advisor.catalog.bundle;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compact binary form for trees of records, written field by field in declaration order. It knows
 * strings, boxed numbers and booleans, enums, lists, string-keyed maps and records, so a new record
 * component is carried without any change here; the layout is private to one build, since the jar
 * that writes a bundle is the jar that reads it.
 */
final class RecordCodec {
  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private RecordCodec() {}

  /** The components and canonical constructor of one record class. */
  private record Shape(RecordComponent[] components, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return new Shape(components, constructor);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + type, e);
      }
    }
  }

  static void write(DataOutputStream out, Object value, Type type) throws IOException {
    if (value == null) {
      out.writeByte(0);
      return;
    }
    out.writeByte(1);
    Class<?> raw = raw(type);
    if (raw == String.class) {
      byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    } else if (raw == Long.class || raw == long.class) {
      out.writeLong((Long) value);
    } else if (raw == Integer.class || raw == int.class) {
      out.writeInt((Integer) value);
    } else if (raw == Double.class || raw == double.class) {
      out.writeDouble((Double) value);
    } else if (raw == Boolean.class || raw == boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (raw.isEnum()) {
      out.writeInt(((Enum<?>) value).ordinal());
    } else if (raw == List.class) {
      Type element = argument(type, 0);
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object item : list) {
        write(out, item, element);
      }
    } else if (raw == Map.class) {
      Type element = argument(type, 1);
      Map<?, ?> map = (Map<?, ?>) value;
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        write(out, (String) e.getKey(), String.class);
        write(out, e.getValue(), element);
      }
    } else if (raw.isRecord()) {
      Shape shape = SHAPES.computeIfAbsent(raw, Shape::of);
      for (RecordComponent c : shape.components()) {
        try {
          write(out, c.getAccessor().invoke(value), c.getGenericType());
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
      }
    } else {
      throw new IllegalArgumentException("no binary form for " + type);
    }
  }

  static Object read(DataInputStream in, Type type) throws IOException {
    if (in.readByte() == 0) {
      return null;
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } else if (raw == Long.class || raw == long.class) {
      return in.readLong();
    } else if (raw == Integer.class || raw == int.class) {
      return in.readInt();
    } else if (raw == Double.class || raw == double.class) {
      return in.readDouble();
    } else if (raw == Boolean.class || raw == boolean.class) {
      return in.readBoolean();
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[in.readInt()];
    } else if (raw == List.class) {
      Type element = argument(type, 0);
      int n = in.readInt();
      List<Object> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(read(in, element));
      }
      return java.util.Collections.unmodifiableList(list);
    } else if (raw == Map.class) {
      Type element = argument(type, 1);
      int n = in.readInt();
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        map.put((String) read(in, String.class), read(in, element));
      }
      return java.util.Collections.unmodifiableMap(map);
    } else if (raw.isRecord()) {
      Shape shape = SHAPES.computeIfAbsent(raw, Shape::of);
      RecordComponent[] components = shape.components();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = read(in, components[i].getGenericType());
      }
      try {
        return shape.constructor().newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IOException("cannot rebuild " + raw.getSimpleName(), e);
      }
    }
    throw new IllegalArgumentException("no binary form for " + type);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("no binary form for " + type);
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException("a raw collection has no binary form: " + type);
  }
}
