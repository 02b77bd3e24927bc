package io.github.advisorcli.advisor.bom;

import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.license.License;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code check --format spdx}: an SPDX 3.0.1 document in JSON-LD with the AI and Dataset profiles.
 * Each model is an {@code ai_AIPackage}, each data set of its lineage a {@code
 * dataset_DatasetPackage} it was {@code trainedOn}; licenses are {@code hasDeclaredLicense}
 * relationships to license expressions. Written as a tree for Jackson: the SPDX project's Java
 * library writes 3.0 JSON-LD only through a serialiser whose dependencies (ICU among them) are many
 * times advisor's size.
 *
 * <p>A fact the catalog lacks is left out, never filled in: {@code releaseTime} appears only for a
 * model whose release day is known, {@code software_downloadLocation} only for a model on the
 * Hugging Face Hub, {@code software_packageVersion} only for a pinned revision.
 */
public final class Spdx {
  static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
  private static final String CREATION = "_:creationinfo";

  private Spdx() {}

  /** The document as a tree of maps and lists, in the order it is written. */
  public static Map<String, Object> document(BillOfMaterials bill) {
    String ns = "https://spdx.org/spdxdocs/advisor-" + bill.serial() + "/";
    List<Object> graph = new ArrayList<>();
    String agent = ns + "agent/advisor";
    graph.add(
        map(
            "type",
            "CreationInfo",
            "@id",
            CREATION,
            "specVersion",
            "3.0.1",
            "created",
            DateTimeFormatter.ISO_INSTANT.format(bill.created()),
            "createdBy",
            List.of(agent),
            "createdUsing",
            List.of(ns + "tool/advisor")));
    graph.add(element("SoftwareAgent", agent, "advisor"));
    graph.add(element("Tool", ns + "tool/advisor", "advisor " + bill.tool()));

    List<String> elements = new ArrayList<>(List.of(agent, ns + "tool/advisor"));
    List<String> roots = new ArrayList<>();
    Map<String, String> organizations = new LinkedHashMap<>();
    Map<String, String> expressions = new LinkedHashMap<>();
    List<Map<String, Object>> relationships = new ArrayList<>();
    Map<String, String> datasetIds = new LinkedHashMap<>();

    for (BillOfMaterials.Dataset d : bill.datasets()) {
      String id = ns + "dataset/" + d.ref();
      datasetIds.put(d.ref(), id);
      Map<String, Object> pkg = element("dataset_DatasetPackage", id, d.data().name());
      pkg.put("software_primaryPurpose", "data");
      if (d.data().source() != null) {
        pkg.put("externalRef", List.of(ref("documentation", d.data().source(), null)));
      }
      pkg.put("dataset_datasetType", List.of("noAssertion"));
      graph.add(pkg);
      elements.add(id);
      if (d.data().license() != null && !d.licenses().isEmpty()) {
        String lic = license(ns, d.data().license(), d.licenses(), expressions, graph, elements);
        relationships.add(relationship(ns, relationships.size(), id, "hasDeclaredLicense", lic));
      }
    }

    for (BillOfMaterials.Item item : bill.models()) {
      Model m = item.model();
      String id = ns + "model/" + encode(m.id());
      Map<String, Object> pkg = element("ai_AIPackage", id, m.id());
      pkg.put("summary", m.name());
      pkg.put("comment", verdict(item));
      String org =
          organizations.computeIfAbsent(
              m.organization(),
              name -> {
                String oid = ns + "organization/" + (organizations.size() + 1);
                graph.add(element("Organization", oid, name));
                elements.add(oid);
                return oid;
              });
      pkg.put("suppliedBy", org);
      if (m.released() != null && m.released().matches("\\d{4}-\\d{2}-\\d{2}")) {
        pkg.put("releaseTime", m.released() + "T00:00:00Z");
      }
      pkg.put("software_primaryPurpose", "model");
      if (item.revision() != null) {
        pkg.put("software_packageVersion", item.revision());
      }
      if (item.hubUrl() != null) {
        pkg.put("software_downloadLocation", item.hubUrl());
        pkg.put("software_homePage", item.hubUrl());
      }
      if (item.purl() != null) {
        pkg.put("software_packageUrl", item.purl());
      }
      List<Object> refs = new ArrayList<>();
      for (License l : item.licenses()) {
        if (l.url() != null) {
          refs.add(ref("license", l.url(), l.id()));
        }
      }
      if (m.paper() != null) {
        refs.add(ref("documentation", m.paper(), "paper"));
      }
      if (!refs.isEmpty()) {
        pkg.put("externalRef", refs);
      }
      pkg.put(
          "ai_informationAboutApplication",
          "task "
              + item.checked().task()
              + (item.checked().use().where() == null
                  ? ""
                  : " at " + item.checked().use().where()));
      List<Object> metrics = new ArrayList<>();
      for (Benchmark b : m.benchmarks()) {
        if (b.value() != null) {
          String key = b.metric() == null ? b.name() : b.name() + " " + b.metric();
          if (b.split() != null) {
            key += " (" + b.split() + ")";
          }
          metrics.add(map("type", "DictionaryEntry", "key", key, "value", number(b.value())));
        }
      }
      if (!metrics.isEmpty()) {
        pkg.put("ai_metric", metrics);
      }
      if (m.architecture() != null) {
        pkg.put("ai_typeOfModel", List.of(m.architecture().id()));
      }
      graph.add(pkg);
      elements.add(id);
      roots.add(id);
      String lic = license(ns, m.license(), item.licenses(), expressions, graph, elements);
      relationships.add(relationship(ns, relationships.size(), id, "hasDeclaredLicense", lic));
      if (!item.datasets().isEmpty()) {
        relationships.add(
            relationship(
                ns,
                relationships.size(),
                id,
                "trainedOn",
                item.datasets().stream().map(d -> datasetIds.get(d.ref())).toList()));
      }
    }
    for (Map<String, Object> r : relationships) {
      graph.add(r);
      elements.add((String) r.get("spdxId"));
    }

    Map<String, Object> doc =
        element("SpdxDocument", ns + "document", "advisor check " + bill.manifest());
    doc.put("profileConformance", List.of("core", "software", "simpleLicensing", "ai", "dataset"));
    doc.put("rootElement", roots);
    doc.put("element", elements);
    graph.add(3, doc);
    return map("@context", CONTEXT, "@graph", graph);
  }

  private static String verdict(BillOfMaterials.Item item) {
    var c = item.checked();
    StringBuilder s = new StringBuilder("advisor check: ").append(item.status());
    s.append(" for task ").append(c.task());
    if (c.score() != null) {
      s.append(", score ").append(String.format(Locale.ROOT, "%.2f", c.score()));
    }
    if (!c.broken().isEmpty()) {
      s.append(", rules broken: ")
          .append(String.join(", ", c.broken().stream().map(r -> r.id()).toList()));
    }
    return s.toString();
  }

  /** The license expression element for an expression, written once per document. */
  private static String license(
      String ns,
      String expression,
      List<License> licenses,
      Map<String, String> known,
      List<Object> graph,
      List<String> elements) {
    String existing = known.get(expression);
    if (existing != null) {
      return existing;
    }
    String id = ns + "license/" + (known.size() + 1);
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", "simplelicensing_LicenseExpression");
    e.put("spdxId", id);
    e.put("creationInfo", CREATION);
    e.put("simplelicensing_licenseExpression", expression);
    List<Object> custom = new ArrayList<>();
    for (License l : licenses) {
      if (!Boolean.TRUE.equals(l.spdx()) && l.url() != null) {
        custom.add(map("type", "DictionaryEntry", "key", l.id(), "value", l.url()));
      }
    }
    if (!custom.isEmpty()) {
      e.put("simplelicensing_customIdToUri", custom);
    }
    graph.add(e);
    elements.add(id);
    known.put(expression, id);
    return id;
  }

  private static Map<String, Object> relationship(
      String ns, int n, String from, String type, Object to) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("type", "Relationship");
    r.put("spdxId", ns + "relationship/" + (n + 1));
    r.put("creationInfo", CREATION);
    r.put("from", from);
    r.put("relationshipType", type);
    r.put("to", to instanceof List<?> l ? l : List.of(to));
    return r;
  }

  private static Map<String, Object> element(String type, String id, String name) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", type);
    e.put("spdxId", id);
    e.put("creationInfo", CREATION);
    e.put("name", name);
    return e;
  }

  private static Map<String, Object> ref(String type, String url, String comment) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("type", "ExternalRef");
    r.put("externalRefType", type);
    r.put("locator", List.of(url));
    if (comment != null) {
      r.put("comment", comment);
    }
    return r;
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
