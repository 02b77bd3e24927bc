package io.github.advisorcli.advisor.bom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.license.License;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.cyclonedx.Version;
import org.cyclonedx.generators.json.BomJsonGenerator;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.PerformanceMetric;
import org.cyclonedx.model.component.modelCard.QuantitativeAnalysis;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * {@code check --format cyclonedx}: a CycloneDX 1.6 JSON bill of materials, built with the
 * CycloneDX project's own model and generator. Each model is a {@code machine-learning-model}
 * component with a model card; each data set of its lineage a {@code data} component. This class is
 * the only one that touches the CycloneDX library, so its classes load only when this format is
 * asked for.
 */
public final class CycloneDx {
  private CycloneDx() {}

  /** The document as a JSON tree, as the CycloneDX generator writes it for version 1.6. */
  public static JsonNode document(BillOfMaterials bill) {
    Bom bom = new Bom();
    bom.setSerialNumber("urn:uuid:" + bill.serial());
    bom.setVersion(1);
    bom.setMetadata(metadata(bill));
    List<Component> components = new ArrayList<>();
    for (BillOfMaterials.Item item : bill.models()) {
      components.add(model(item));
    }
    for (BillOfMaterials.Dataset d : bill.datasets()) {
      components.add(dataset(d));
    }
    bom.setComponents(components);
    JsonNode tree = new BomJsonGenerator(bom, Version.VERSION_16).toJsonNode();
    for (JsonNode component : tree.path("components")) {
      for (JsonNode ref : component.path("externalReferences")) {
        // The library writes MODEL_CARD as "model_card"; the 1.6 schema's value is "model-card".
        if (ref.path("type").asText().equals("model_card")) {
          ((ObjectNode) ref).put("type", "model-card");
        }
      }
    }
    return tree;
  }

  private static Metadata metadata(BillOfMaterials bill) {
    Metadata m = new Metadata();
    m.setTimestamp(Date.from(bill.created()));
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName("advisor");
    tool.setVersion(bill.tool());
    ExternalReference home = new ExternalReference();
    home.setType(ExternalReference.Type.WEBSITE);
    home.setUrl("https://github.com/advisorcli/advisor");
    tool.setExternalReferences(List.of(home));
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    m.setToolChoice(tools);
    m.setProperties(
        List.of(
            new Property("advisor:manifest", bill.manifest()),
            new Property("advisor:check:passed", Boolean.toString(bill.passed()))));
    return m;
  }

  private static Component model(BillOfMaterials.Item item) {
    Model model = item.model();
    Component c = new Component();
    c.setType(Component.Type.MACHINE_LEARNING_MODEL);
    c.setBomRef("model:" + model.id());
    c.setName(model.id());
    if (item.revision() != null) {
      c.setVersion(item.revision());
    }
    c.setDescription(model.name());
    OrganizationalEntity maker = new OrganizationalEntity();
    maker.setName(model.organization());
    c.setManufacturer(maker);
    if (item.purl() != null) {
      c.setPurl(item.purl());
    }
    c.setLicenses(licenses(model.license(), item.licenses()));
    c.setExternalReferences(references(item));
    c.setModelCard(card(item));
    c.setProperties(verdict(item));
    return c;
  }

  /**
   * One SPDX id as {@code license.id}, a custom license as its name and URL, and anything the
   * registry writes as an expression ({@code AND}, {@code OR}) as an SPDX expression.
   */
  private static LicenseChoice licenses(String expression, List<License> licenses) {
    LicenseChoice choice = new LicenseChoice();
    if (licenses.size() != 1) {
      choice.setExpression(new Expression(expression));
      return choice;
    }
    License l = licenses.get(0);
    org.cyclonedx.model.License out = new org.cyclonedx.model.License();
    if (Boolean.TRUE.equals(l.spdx())) {
      out.setId(l.id());
    } else {
      out.setName(l.name());
    }
    out.setUrl(l.url());
    choice.addLicense(out);
    return choice;
  }

  private static List<ExternalReference> references(BillOfMaterials.Item item) {
    Model m = item.model();
    List<ExternalReference> refs = new ArrayList<>();
    if (item.hubUrl() != null) {
      refs.add(reference(ExternalReference.Type.MODEL_CARD, item.hubUrl(), null));
    } else if (m.docs() != null && m.docs().source() != null) {
      refs.add(reference(ExternalReference.Type.DOCUMENTATION, m.docs().source(), null));
    }
    for (License l : item.licenses()) {
      if (l.url() != null) {
        refs.add(reference(ExternalReference.Type.LICENSE, l.url(), l.id()));
      }
    }
    if (m.paper() != null) {
      refs.add(reference(ExternalReference.Type.DOCUMENTATION, m.paper(), "paper"));
    }
    return refs;
  }

  private static ExternalReference reference(
      ExternalReference.Type type, String url, String comment) {
    ExternalReference r = new ExternalReference();
    r.setType(type);
    r.setUrl(url);
    if (comment != null) {
      r.setComment(comment);
    }
    return r;
  }

  private static ModelCard card(BillOfMaterials.Item item) {
    Model m = item.model();
    ModelParameters p = new ModelParameters();
    p.setTask(item.checked().task());
    if (m.family() != null) {
      p.setArchitectureFamily(m.family());
    }
    if (m.architecture() != null) {
      p.setModelArchitecture(m.architecture().id());
    }
    if (!item.datasets().isEmpty()) {
      List<DatasetChoice> sets = new ArrayList<>();
      for (BillOfMaterials.Dataset d : item.datasets()) {
        DatasetChoice ref = new DatasetChoice();
        ref.setRef(d.ref());
        sets.add(ref);
      }
      p.setDatasets(sets);
    }
    ModelCard card = new ModelCard();
    card.setModelParameters(p);
    if (!m.benchmarks().isEmpty()) {
      List<PerformanceMetric> metrics = new ArrayList<>();
      for (Benchmark b : m.benchmarks()) {
        if (b.value() == null) {
          continue;
        }
        PerformanceMetric metric = new PerformanceMetric();
        metric.setType(b.metric() == null ? b.name() : b.name() + " " + b.metric());
        metric.setValue(number(b.value()));
        String slice = slice(b);
        if (slice != null) {
          metric.setSlice(slice);
        }
        metrics.add(metric);
      }
      if (!metrics.isEmpty()) {
        QuantitativeAnalysis q = new QuantitativeAnalysis();
        q.setPerformanceMetrics(metrics);
        card.setQuantitativeAnalysis(q);
      }
    }
    List<Property> props = new ArrayList<>();
    if (m.parameters() != null) {
      props.add(new Property("advisor:parameters", Long.toString(m.parameters())));
    }
    if (m.activeParameters() != null) {
      props.add(new Property("advisor:active_parameters", Long.toString(m.activeParameters())));
    }
    if (m.contextLength() != null) {
      props.add(new Property("advisor:context_length", Long.toString(m.contextLength())));
    }
    if (!props.isEmpty()) {
      card.setProperties(props);
    }
    return card;
  }

  private static String slice(Benchmark b) {
    if (b.split() == null && b.setting() == null) {
      return null;
    }
    if (b.split() == null || b.setting() == null) {
      return b.split() == null ? b.setting() : b.split();
    }
    return b.split() + ", " + b.setting();
  }

  private static List<Property> verdict(BillOfMaterials.Item item) {
    var checked = item.checked();
    List<Property> props = new ArrayList<>();
    props.add(new Property("advisor:check:status", item.status()));
    props.add(new Property("advisor:check:task", checked.task()));
    if (checked.score() != null) {
      props.add(
          new Property("advisor:check:score", String.format(Locale.ROOT, "%.2f", checked.score())));
    }
    for (var rule : checked.broken()) {
      props.add(new Property("advisor:check:rule", rule.id()));
    }
    props.add(new Property("advisor:manifest:id", checked.use().id()));
    if (checked.use().where() != null) {
      props.add(new Property("advisor:manifest:where", checked.use().where()));
    }
    props.add(
        new Property("advisor:manifest:line", Integer.toString(checked.use().location().line())));
    return props;
  }

  private static Component dataset(BillOfMaterials.Dataset d) {
    Component c = new Component();
    c.setType(Component.Type.DATA);
    c.setBomRef(d.ref());
    c.setName(d.data().name());
    if (d.data().license() != null && !d.licenses().isEmpty()) {
      c.setLicenses(licenses(d.data().license(), d.licenses()));
    }
    if (d.data().source() != null) {
      c.setExternalReferences(
          List.of(reference(ExternalReference.Type.WEBSITE, d.data().source(), null)));
    }
    ComponentData data = new ComponentData();
    data.setType(ComponentData.ComponentDataType.DATASET);
    data.setName(d.data().name());
    c.setData(List.of(data));
    return c;
  }

  /** A number as the catalog wrote it: no trailing ".0" on whole numbers. */
  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
