package io.github.advisorcli.advisor.license;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's license as a tree: one license, or an SPDX expression where {@code OR} offers a choice
 * (the user may take any one alternative, so the best one decides) and {@code AND} combines terms
 * (all apply, so the worst one decides). {@code AND} binds tighter than {@code OR}, as in SPDX.
 * Every question about a model's license is answered here, so every command gives the same answer.
 */
public abstract sealed class LicenseExpression {
  private static final Pattern TOKEN = Pattern.compile("\\(|\\)|[^\\s()]+");

  private LicenseExpression() {}

  /**
   * Parses a normalised expression (every id already a registry id).
   *
   * @param lookup the license for an id, or null when the registry lacks it
   * @throws IllegalArgumentException when the expression is malformed or names an unknown id
   */
  public static LicenseExpression parse(String expression, Function<String, License> lookup) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(expression);
    while (m.find()) {
      tokens.add(m.group());
    }
    Parser p = new Parser(tokens, lookup);
    LicenseExpression e = p.or();
    if (p.at < tokens.size()) {
      throw new IllegalArgumentException("unexpected '" + tokens.get(p.at) + "'");
    }
    return e;
  }

  /** Whether some way of meeting the terms satisfies the predicate at every license it involves. */
  public abstract boolean allows(Predicate<License> ok);

  /** The value of the best way of meeting the terms: max over {@code OR}, min over {@code AND}. */
  public abstract double value(ToDoubleFunction<License> f);

  /**
   * The license that decides {@link #value}: the chosen alternative of an {@code OR}, the worst
   * part of an {@code AND}.
   */
  public abstract License decisive(ToDoubleFunction<License> f);

  /** Whether commercial use is granted: the best alternative of an OR, the worst part of an AND. */
  public abstract CommercialUse commercialUse();

  /**
   * Why the terms fail a rule, one entry per failing license: empty when some alternative passes.
   *
   * @param problem why one license fails the rule, or null when it passes
   */
  public abstract <T> List<T> problems(Function<License, T> problem);

  /** Every license the expression names, in order, each once. */
  public List<License> licenses() {
    // Keyed by id: hashing a whole license record (its clauses and all) is costly for what is a
    // question of identity.
    LinkedHashMap<String, License> out = new LinkedHashMap<>();
    collect(out);
    return List.copyOf(out.values());
  }

  abstract void collect(Map<String, License> out);

  /** One license. */
  static final class One extends LicenseExpression {
    private final License license;

    One(License license) {
      this.license = license;
    }

    @Override
    public boolean allows(Predicate<License> ok) {
      return ok.test(license);
    }

    @Override
    public double value(ToDoubleFunction<License> f) {
      return f.applyAsDouble(license);
    }

    @Override
    public License decisive(ToDoubleFunction<License> f) {
      return license;
    }

    @Override
    public CommercialUse commercialUse() {
      return CommercialUse.of(license);
    }

    @Override
    public <T> List<T> problems(Function<License, T> problem) {
      T p = problem.apply(license);
      return p == null ? List.of() : List.of(p);
    }

    @Override
    void collect(Map<String, License> out) {
      out.putIfAbsent(license.id(), license);
    }
  }

  /** {@code OR}: any one alternative. */
  static final class AnyOf extends LicenseExpression {
    private final List<LicenseExpression> parts;

    AnyOf(List<LicenseExpression> parts) {
      this.parts = List.copyOf(parts);
    }

    @Override
    public boolean allows(Predicate<License> ok) {
      return parts.stream().anyMatch(p -> p.allows(ok));
    }

    @Override
    public double value(ToDoubleFunction<License> f) {
      return parts.stream().mapToDouble(p -> p.value(f)).max().orElse(0);
    }

    @Override
    public License decisive(ToDoubleFunction<License> f) {
      LicenseExpression best = parts.get(0);
      for (LicenseExpression p : parts) {
        if (p.value(f) > best.value(f)) {
          best = p;
        }
      }
      return best.decisive(f);
    }

    @Override
    public CommercialUse commercialUse() {
      CommercialUse best = CommercialUse.NO;
      for (LicenseExpression p : parts) {
        CommercialUse c = p.commercialUse();
        best = c.compareTo(best) > 0 ? c : best;
      }
      return best;
    }

    @Override
    public <T> List<T> problems(Function<License, T> problem) {
      List<T> all = new ArrayList<>();
      for (LicenseExpression p : parts) {
        List<T> own = p.problems(problem);
        if (own.isEmpty()) {
          return List.of();
        }
        all.addAll(own);
      }
      return all;
    }

    @Override
    void collect(Map<String, License> out) {
      for (LicenseExpression p : parts) {
        p.collect(out);
      }
    }
  }

  /** {@code AND}: every part. */
  static final class AllOf extends LicenseExpression {
    private final List<LicenseExpression> parts;

    AllOf(List<LicenseExpression> parts) {
      this.parts = List.copyOf(parts);
    }

    @Override
    public boolean allows(Predicate<License> ok) {
      return parts.stream().allMatch(p -> p.allows(ok));
    }

    @Override
    public double value(ToDoubleFunction<License> f) {
      return parts.stream().mapToDouble(p -> p.value(f)).min().orElse(0);
    }

    @Override
    public License decisive(ToDoubleFunction<License> f) {
      LicenseExpression worst = parts.get(0);
      for (LicenseExpression p : parts) {
        if (p.value(f) < worst.value(f)) {
          worst = p;
        }
      }
      return worst.decisive(f);
    }

    @Override
    public CommercialUse commercialUse() {
      CommercialUse worst = CommercialUse.YES;
      for (LicenseExpression p : parts) {
        CommercialUse c = p.commercialUse();
        worst = c.compareTo(worst) < 0 ? c : worst;
      }
      return worst;
    }

    @Override
    public <T> List<T> problems(Function<License, T> problem) {
      List<T> all = new ArrayList<>();
      parts.forEach(p -> all.addAll(p.problems(problem)));
      return all;
    }

    @Override
    void collect(Map<String, License> out) {
      for (LicenseExpression p : parts) {
        p.collect(out);
      }
    }
  }

  /** Recursive descent: or := and (OR and)*; and := atom (AND atom)*; atom := ID | ( or ). */
  private static final class Parser {
    private final List<String> tokens;
    private final Function<String, License> lookup;
    private int at;

    Parser(List<String> tokens, Function<String, License> lookup) {
      this.tokens = tokens;
      this.lookup = lookup;
    }

    LicenseExpression or() {
      List<LicenseExpression> parts = new ArrayList<>();
      parts.add(and());
      while (at < tokens.size() && tokens.get(at).equals("OR")) {
        at++;
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new AnyOf(parts);
    }

    LicenseExpression and() {
      List<LicenseExpression> parts = new ArrayList<>();
      parts.add(atom());
      while (at < tokens.size() && tokens.get(at).equals("AND")) {
        at++;
        parts.add(atom());
      }
      return parts.size() == 1 ? parts.get(0) : new AllOf(parts);
    }

    LicenseExpression atom() {
      if (at >= tokens.size()) {
        throw new IllegalArgumentException("the expression ends too early");
      }
      String token = tokens.get(at++);
      if (token.equals("(")) {
        LicenseExpression inner = or();
        if (at >= tokens.size() || !tokens.get(at).equals(")")) {
          throw new IllegalArgumentException("a '(' is not closed");
        }
        at++;
        return inner;
      }
      if (token.equals(")") || token.equals("OR") || token.equals("AND")) {
        throw new IllegalArgumentException("unexpected '" + token + "'");
      }
      License license = lookup.apply(token);
      if (license == null) {
        throw new IllegalArgumentException("unknown license '" + token + "'");
      }
      return new One(license);
    }
  }
}
