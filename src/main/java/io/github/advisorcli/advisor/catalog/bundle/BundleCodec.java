package io.github.advisorcli.advisor.catalog.bundle;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The bundled catalog's compact binary form, written at build time and read at start-up. Reading it
 * needs no JSON parser, which keeps Jackson's data binding off the default path. The layout follows
 * the records themselves ({@link RecordCodec}), so it changes with them and needs no edits of its
 * own; it is private to one build, since the jar that writes it is the jar that reads it.
 */
public final class BundleCodec {
  static final int MAGIC = 0x41445632; // "ADV2"

  private BundleCodec() {}

  public static void write(Bundle b, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    RecordCodec.write(out, b, Bundle.class);
  }

  public static Bundle read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not an advisor bundle");
    }
    Bundle bundle = (Bundle) RecordCodec.read(in, Bundle.class);
    if (bundle == null) {
      throw new IOException("an empty advisor bundle");
    }
    return bundle;
  }
}
