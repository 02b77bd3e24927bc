package io.github.advisorcli.advisor.score;

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
    Situation situation) {
  public static final Constraints NONE =
      new Constraints(false, Set.of(), Set.of(), null, null, Precision.FP16, false, null, null);

  public Constraints {
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    licenses = licenses == null ? Set.of() : Set.copyOf(licenses);
    precision = precision == null ? Precision.FP16 : precision;
    situation = situation == null ? Situation.UNSTATED : situation;
  }

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
        Situation.UNSTATED);
  }

  public Constraints withSituation(Situation s) {
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
        s);
  }

  /**
   * Why the model breaks a constraint, or empty when it meets them all; its lineage without base
   * models (no catalog to look them up).
   */
  public Optional<String> violation(Model m, LicenseRegistry registry) {
    return violation(m, registry, Lineage.own(m));
  }

  /** Why the model breaks a constraint, judging its license by its effective (lineage) terms. */
  public Optional<String> violation(Model m, LicenseRegistry registry, Lineage lineage) {
    String effective = lineage.expression();
    LicenseExpression terms = registry.expression(effective);
    String named =
        lineage.addsTerms()
            ? "effective license " + effective + " (the model's own license with its lineage)"
            : "license " + m.license();
    if (commercial) {
      CommercialUse c = terms.commercialUse();
      if (c == CommercialUse.NO) {
        return Optional.of(named + " does not allow commercial use");
      }
      if (c == CommercialUse.UNKNOWN) {
        return Optional.of(named + " does not state that commercial use is allowed");
      }
    }
    Boolean imageInput = m.capabilities() == null ? null : m.capabilities().imageInput();
    List<String> excluded = terms.problems(l -> Conditions.exclusion(l, situation, imageInput));
    if (!excluded.isEmpty()) {
      return Optional.of(String.join("; ", excluded));
    }
    if (!categories.isEmpty() && !terms.allows(l -> categories.contains(l.category()))) {
      return Optional.of(
          "license category "
              + terms.licenses().stream().map(l -> l.category().id()).distinct().toList()
              + " is not among "
              + categories.stream().map(LicenseCategory::id).sorted().toList());
    }
    if (!licenses.isEmpty() && !terms.allows(l -> licenses.contains(l.id()))) {
      return Optional.of(named + " is not among " + licenses.stream().sorted().toList());
    }
    if (openWeights && !Boolean.TRUE.equals(m.openWeights())) {
      return Optional.of("weights are not public");
    }
    if (maxParameters != null) {
      if (m.parameters() == null) {
        return Optional.of("parameter count unknown (limit " + Sizes.count(maxParameters) + ")");
      }
      if (m.parameters() > maxParameters) {
        return Optional.of(
            Sizes.count(m.parameters()) + " parameters exceed " + Sizes.count(maxParameters));
      }
    }
    if (maxMemoryBytes != null) {
      if (m.parameters() == null) {
        return Optional.of("memory unknown: parameter count missing");
      }
      long need = precision.bytesFor(m.parameters());
      if (need > maxMemoryBytes) {
        return Optional.of(
            "needs "
                + Sizes.bytes(need)
                + " at "
                + precision
                + " (weights only), over "
                + Sizes.bytes(maxMemoryBytes));
      }
    }
    if (language != null && m.languages().stream().noneMatch(l -> l.equalsIgnoreCase(language))) {
      return Optional.of("language " + language.toLowerCase(Locale.ROOT) + " not listed");
    }
    if (minContext != null) {
      if (m.contextLength() == null) {
        return Optional.of("context length unknown (need " + minContext + ")");
      }
      if (m.contextLength() < minContext) {
        return Optional.of("context " + m.contextLength() + " tokens, below " + minContext);
      }
    }
    return Optional.empty();
  }
}
