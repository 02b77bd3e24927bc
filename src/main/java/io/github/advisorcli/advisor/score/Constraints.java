package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.ByteCount;
import io.github.advisorcli.advisor.ParameterCount;
import io.github.advisorcli.advisor.Reason;
import io.github.advisorcli.advisor.TokenCount;
import io.github.advisorcli.advisor.catalog.Capability;
import io.github.advisorcli.advisor.catalog.Lineage;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.license.CommercialUse;
import io.github.advisorcli.advisor.license.Conditions;
import io.github.advisorcli.advisor.license.LicenseCategory;
import io.github.advisorcli.advisor.license.LicenseExpression;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import io.github.advisorcli.advisor.license.Situation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Hard limits applied before ranking: a model that breaks one is never ranked. Any field may be
 * null (no limit).
 *
 * @param commercial the license must allow commercial use
 * @param categories allowed license categories (empty: any)
 * @param licenses allowed license ids (empty: any)
 * @param maxParameters most total parameters
 * @param maxMemoryBytes most memory for the weights at {@code precision}
 * @param precision the precision memory is measured at
 * @param openWeights the weights must be public
 * @param language a language the model must list (ISO 639-1)
 * @param minContext fewest context tokens
 * @param capabilities capabilities the model must be stated to have (empty: any); a capability the
 *     catalog does not state counts as missing
 * @param situation the user's situation, which a license's conditions may exclude
 */
public record Constraints(
    boolean commercial,
    Set<LicenseCategory> categories,
    Set<String> licenses,
    Long maxParameters,
    Long maxMemoryBytes,
    Precision precision,
    boolean openWeights,
    String language,
    Long minContext,
    Set<Capability> capabilities,
    Situation situation) {
  public static final Constraints NONE =
      new Constraints(false, Set.of(), Set.of(), null, null, Precision.FP16, false, null, null);

  /** The constraints without a capability requirement. */
  public Constraints(
      boolean commercial,
      Set<LicenseCategory> categories,
      Set<String> licenses,
      Long maxParameters,
      Long maxMemoryBytes,
      Precision precision,
      boolean openWeights,
      String language,
      Long minContext) {
    this(
        commercial,
        categories,
        licenses,
        maxParameters,
        maxMemoryBytes,
        precision,
        openWeights,
        language,
        minContext,
        Set.of(),
        Situation.UNSTATED);
  }

  public Constraints {
    capabilities =
        capabilities == null || capabilities.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(capabilities));
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    licenses = licenses == null ? Set.of() : Set.copyOf(licenses);
    precision = precision == null ? Precision.FP16 : precision;
    situation = situation == null ? Situation.UNSTATED : situation;
  }

  /** These constraints with the capabilities required as well. */
  public Constraints withCapabilities(java.util.Collection<Capability> required) {
    return with(required == null ? Set.of() : Set.copyOf(required), situation);
  }

  /** These constraints judged against the user's situation as well. */
  public Constraints withSituation(Situation s) {
    return with(capabilities, s);
  }

  private Constraints with(Set<Capability> required, Situation s) {
    return new Constraints(
        commercial,
        categories,
        licenses,
        maxParameters,
        maxMemoryBytes,
        precision,
        openWeights,
        language,
        minContext,
        required,
        s);
  }

  /**
   * Why the model breaks a constraint, or empty when it meets them all; its lineage without base
   * models (no catalog to look them up).
   */
  public Optional<Reason> violation(Model m, LicenseRegistry registry) {
    return violation(m, registry, Lineage.own(m));
  }

  /** Why the model breaks a constraint, judging its license by its effective (lineage) terms. */
  public Optional<Reason> violation(Model m, LicenseRegistry registry, Lineage lineage) {
    String effective = lineage.expression();
    LicenseExpression terms = registry.expression(effective);
    boolean viaLineage = lineage.addsTerms();
    String named = viaLineage ? effective : m.license();
    if (commercial) {
      CommercialUse c = terms.commercialUse();
      if (c == CommercialUse.NO) {
        return Optional.of(
            Reason.of(
                viaLineage ? "license.effective_no_commercial" : "license.no_commercial", named));
      }
      if (c == CommercialUse.UNKNOWN) {
        return Optional.of(
            Reason.of(
                viaLineage
                    ? "license.effective_commercial_unstated"
                    : "license.commercial_unstated",
                named));
      }
    }
    Boolean imageInput = Capability.IMAGE_INPUT.of(m);
    List<String> excluded = terms.problems(l -> Conditions.exclusion(l, situation, imageInput));
    if (!excluded.isEmpty()) {
      return Optional.of(Reason.of("license.conditions_exclude", String.join("; ", excluded)));
    }
    if (!categories.isEmpty() && !terms.allows(l -> categories.contains(l.category()))) {
      return Optional.of(
          Reason.of(
              "license.category_not_among",
              terms.licenses().stream().map(l -> l.category().id()).distinct().toList(),
              categories.stream().map(LicenseCategory::id).sorted().toList()));
    }
    if (!licenses.isEmpty() && !terms.allows(l -> licenses.contains(l.id()))) {
      return Optional.of(
          Reason.of(
              viaLineage ? "license.effective_not_among" : "license.not_among",
              named,
              licenses.stream().sorted().toList()));
    }
    if (openWeights && !Boolean.TRUE.equals(m.openWeights())) {
      return Optional.of(Reason.of("weights.not_public"));
    }
    if (maxParameters != null) {
      if (m.parameters() == null) {
        return Optional.of(Reason.of("parameters.unknown", new ParameterCount(maxParameters)));
      }
      if (m.parameters() > maxParameters) {
        return Optional.of(
            Reason.of(
                "parameters.exceed",
                new ParameterCount(m.parameters()),
                new ParameterCount(maxParameters)));
      }
    }
    if (maxMemoryBytes != null) {
      if (m.parameters() == null) {
        return Optional.of(Reason.of("memory.unknown"));
      }
      long need = precision.bytesFor(m.parameters());
      if (need > maxMemoryBytes) {
        return Optional.of(
            Reason.of(
                "memory.exceed",
                new ByteCount(need),
                precision.toString(),
                new ByteCount(maxMemoryBytes)));
      }
    }
    if (language != null && m.languages().stream().noneMatch(l -> l.equalsIgnoreCase(language))) {
      return Optional.of(Reason.of("language.not_listed", language.toLowerCase(Locale.ROOT)));
    }
    if (minContext != null) {
      if (m.contextLength() == null) {
        return Optional.of(Reason.of("context.unknown", new TokenCount(minContext)));
      }
      if (m.contextLength() < minContext) {
        return Optional.of(
            Reason.of(
                "context.below", new TokenCount(m.contextLength()), new TokenCount(minContext)));
      }
    }
    for (Capability c : capabilities) {
      Boolean has = c.of(m);
      if (has == null) {
        return Optional.of(Reason.of("capability.unknown", c.toString()));
      }
      if (!has) {
        return Optional.of(Reason.of("capability.missing", c.toString()));
      }
    }
    return Optional.empty();
  }
}
