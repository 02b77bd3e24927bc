package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseCategory;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled catalog's compact binary form, written at build time and read at start-up. Reading it
 * needs no JSON parser and no reflection, which keeps Jackson's data binding off the default path.
 * The layout is private to one build: it is always read by the same jar that wrote it.
 */
final class BundleCodec {
  static final int MAGIC = 0x41445631; // "ADV1"

  private BundleCodec() {}

  static void write(Bundle b, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    str(out, b.format());
    str(out, b.asOf());
    out.writeInt(b.licenses().size());
    for (License l : b.licenses()) {
      str(out, l.id());
      str(out, l.name());
      str(out, l.url());
      bool(out, l.spdx());
      str(out, l.category() == null ? null : l.category().name());
      bool(out, l.commercialUse());
      bool(out, l.attribution());
      bool(out, l.shareAlike());
      bool(out, l.useRestrictions());
      lng(out, l.userThreshold());
      str(out, l.conditions());
      strs(out, l.aliases());
      str(out, l.source());
      str(out, l.asOf());
    }
    out.writeInt(b.tasks().size());
    for (Task t : b.tasks()) {
      str(out, t.id());
      str(out, t.name());
      str(out, t.nameZh());
      strs(out, t.synonyms());
      strs(out, t.related());
      strs(out, t.benchmarks());
      strs(out, t.hfPipelineTags());
    }
    out.writeInt(b.profiles().size());
    for (Profile p : b.profiles()) {
      str(out, p.id());
      str(out, p.description());
      str(out, p.descriptionZh());
      out.writeInt(p.weights().size());
      for (Map.Entry<String, Double> e : p.weights().entrySet()) {
        str(out, e.getKey());
        out.writeDouble(e.getValue());
      }
    }
    out.writeInt(b.models().size());
    for (Model m : b.models()) {
      model(out, m);
      str(out, b.origins() == null ? null : b.origins().get(m.id()));
    }
  }

  static Bundle read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not an advisor bundle");
    }
    String format = str(in);
    String asOf = str(in);
    int n = in.readInt();
    List<License> licenses = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = str(in);
      String name = str(in);
      String url = str(in);
      Boolean spdx = bool(in);
      String category = str(in);
      licenses.add(
          new License(
              id,
              name,
              url,
              spdx,
              category == null ? null : LicenseCategory.valueOf(category),
              bool(in),
              bool(in),
              bool(in),
              bool(in),
              lng(in),
              str(in),
              strs(in),
              str(in),
              str(in)));
    }
    n = in.readInt();
    List<Task> tasks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tasks.add(new Task(str(in), str(in), str(in), strs(in), strs(in), strs(in), strs(in)));
    }
    n = in.readInt();
    List<Profile> profiles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = str(in);
      String description = str(in);
      String descriptionZh = str(in);
      int k = in.readInt();
      Map<String, Double> weights = new LinkedHashMap<>();
      for (int j = 0; j < k; j++) {
        weights.put(str(in), in.readDouble());
      }
      profiles.add(new Profile(id, description, descriptionZh, weights));
    }
    n = in.readInt();
    List<Model> models = new ArrayList<>(n);
    Map<String, String> origins = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Model m = model(in);
      models.add(m);
      String origin = str(in);
      if (origin != null) {
        origins.put(m.id(), origin);
      }
    }
    return new Bundle(format, asOf, licenses, tasks, profiles, models, origins);
  }

  private static void model(DataOutputStream out, Model m) throws IOException {
    str(out, m.id());
    str(out, m.family());
    str(out, m.name());
    str(out, m.organization());
    lng(out, m.year() == null ? null : m.year().longValue());
    str(out, m.architecture() == null ? null : m.architecture().name());
    lng(out, m.parameters());
    lng(out, m.activeParameters());
    lng(out, m.contextLength());
    str(out, m.license());
    bool(out, m.openWeights());
    str(out, m.hfRepo());
    strs(out, m.aliases());
    str(out, m.paper());
    strs(out, m.languages());
    out.writeInt(m.tasks() == null ? -1 : m.tasks().size());
    if (m.tasks() != null) {
      for (TaskFit t : m.tasks()) {
        str(out, t.id());
        str(out, t.fit() == null ? null : t.fit().name());
        str(out, t.why());
      }
    }
    out.writeInt(m.benchmarks() == null ? -1 : m.benchmarks().size());
    if (m.benchmarks() != null) {
      for (Benchmark b : m.benchmarks()) {
        str(out, b.name());
        dbl(out, b.value());
        str(out, b.metric());
        str(out, b.split());
        str(out, b.setting());
        str(out, b.source());
        str(out, b.asOf());
        str(out, b.note());
      }
    }
    Docs d = m.docs();
    out.writeBoolean(d != null);
    if (d != null) {
      str(out, d.modelCard() == null ? null : d.modelCard().name());
      bool(out, d.examples());
      strs(out, d.frameworks());
      str(out, d.source());
      str(out, d.asOf());
    }
    Community c = m.community();
    out.writeBoolean(c != null);
    if (c != null) {
      lng(out, c.hfDownloads());
      lng(out, c.hfLikes());
      lng(out, c.githubStars());
      str(out, c.lastRelease());
      str(out, c.source());
      str(out, c.asOf());
    }
    Customization u = m.customization();
    out.writeBoolean(u != null);
    if (u != null) {
      strs(out, u.fineTuning());
      bool(out, u.trainingCodeOpen());
      bool(out, u.trainingDataOpen());
      bool(out, u.quantizedVariants());
      str(out, u.source());
      str(out, u.asOf());
    }
    Provenance p = m.provenance() == null ? Provenance.NONE : m.provenance();
    sourced(out, p.parameters());
    sourced(out, p.activeParameters());
    sourced(out, p.contextLength());
    sourced(out, p.license());
    str(out, m.notes());
    Imported imported = m.imported();
    str(out, imported == null || imported.from() == null ? null : imported.from().name());
    str(out, imported == null ? null : imported.asOf());
  }

  private static Model model(DataInputStream in) throws IOException {
    String id = str(in);
    String family = str(in);
    String name = str(in);
    String organization = str(in);
    Long year = lng(in);
    String architecture = str(in);
    Long parameters = lng(in);
    Long active = lng(in);
    Long context = lng(in);
    String license = str(in);
    Boolean open = bool(in);
    String hfRepo = str(in);
    List<String> aliases = strs(in);
    String paper = str(in);
    List<String> languages = strs(in);
    int n = in.readInt();
    List<TaskFit> tasks = n < 0 ? null : new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String task = str(in);
      String fit = str(in);
      tasks.add(new TaskFit(task, fit == null ? null : Fit.valueOf(fit), str(in)));
    }
    n = in.readInt();
    List<Benchmark> benchmarks = n < 0 ? null : new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      benchmarks.add(
          new Benchmark(str(in), dbl(in), str(in), str(in), str(in), str(in), str(in), str(in)));
    }
    Docs docs = null;
    if (in.readBoolean()) {
      String card = str(in);
      docs =
          new Docs(
              card == null ? null : CardCompleteness.valueOf(card),
              bool(in),
              strs(in),
              str(in),
              str(in));
    }
    Community community =
        in.readBoolean()
            ? new Community(lng(in), lng(in), lng(in), str(in), str(in), str(in))
            : null;
    Customization customization =
        in.readBoolean()
            ? new Customization(strs(in), bool(in), bool(in), bool(in), str(in), str(in))
            : null;
    Provenance provenance = new Provenance(sourced(in), sourced(in), sourced(in), sourced(in));
    return new Model(
        id,
        family,
        name,
        organization,
        year == null ? null : year.intValue(),
        architecture == null ? null : Architecture.valueOf(architecture),
        parameters,
        active,
        context,
        license,
        open,
        hfRepo,
        aliases,
        paper,
        languages,
        tasks,
        benchmarks,
        docs,
        community,
        customization,
        provenance,
        str(in),
        imported(str(in), str(in)));
  }

  private static Imported imported(String from, String asOf) {
    return from == null && asOf == null
        ? null
        : new Imported(from == null ? null : ImportSource.valueOf(from), asOf);
  }

  private static void sourced(DataOutputStream out, Sourced s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      str(out, s.source());
      str(out, s.asOf());
    }
  }

  private static Sourced sourced(DataInputStream in) throws IOException {
    return in.readBoolean() ? new Sourced(str(in), str(in)) : null;
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  private static String str(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void strs(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list == null ? -1 : list.size());
    if (list != null) {
      for (String s : list) {
        str(out, s);
      }
    }
  }

  private static List<String> strs(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(str(in));
    }
    return list;
  }

  private static void bool(DataOutputStream out, Boolean b) throws IOException {
    out.writeByte(b == null ? 2 : b ? 1 : 0);
  }

  private static Boolean bool(DataInputStream in) throws IOException {
    byte b = in.readByte();
    return b == 2 ? null : b == 1;
  }

  private static void lng(DataOutputStream out, Long v) throws IOException {
    out.writeBoolean(v != null);
    if (v != null) {
      out.writeLong(v);
    }
  }

  private static Long lng(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readLong() : null;
  }

  private static void dbl(DataOutputStream out, Double v) throws IOException {
    out.writeBoolean(v != null);
    if (v != null) {
      out.writeDouble(v);
    }
  }

  private static Double dbl(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readDouble() : null;
  }
}
