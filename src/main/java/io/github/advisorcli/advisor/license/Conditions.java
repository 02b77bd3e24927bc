package io.github.advisorcli.advisor.license;

import java.util.ArrayList;
import java.util.List;

/**
 * What a license's clauses mean for one user's situation: which exclude the user, which depend on
 * facts not stated, and which are duties to meet. The one place clause meaning is decided; a
 * model's license expression asks it per license ({@link LicenseExpression#problems}).
 */
public final class Conditions {
  private static final int QUOTE_LIMIT = 300;

  private Conditions() {}

  /** What one clause means for the situation. */
  public enum Status {
    /** The clause excludes the user: a separate license is needed, or the grant does not apply. */
    EXCLUDES,
    /** Whether it excludes or binds the user depends on a fact the situation does not state. */
    UNDECIDED,
    /** A duty the user must meet (a notice, a name, a limit on use). */
    DUTY,
    /** It does not apply to this user. */
    MET
  }

  /**
   * One clause applied to a situation.
   *
   * @param license the license it belongs to
   * @param clause the clause
   * @param status what it means for the user
   * @param why in one line, with the clause's figures
   */
  public record Applied(License license, LicenseClause clause, Status status, String why) {}

  /**
   * The license's clauses; a {@code user_threshold} that no clause states becomes a user-threshold
   * clause (monthly active users, separate license) without a quote.
   */
  public static List<LicenseClause> clauses(License l) {
    List<LicenseClause> out = new ArrayList<>(l.clauses());
    boolean stated = false;
    for (LicenseClause c : out) {
      stated |= c.type() == ClauseType.USER_THRESHOLD;
    }
    if (l.userThreshold() != null && !stated) {
      out.add(
          new LicenseClause(
              ClauseType.USER_THRESHOLD,
              "monthly_active_users",
              l.userThreshold(),
              null,
              null,
              "separate-license",
              null,
              null,
              null,
              null,
              null));
    }
    return List.copyOf(out);
  }

  /**
   * Every clause of the license applied to the situation.
   *
   * @param imageInput whether the model reads images (null: not stated), for clauses that cover
   *     only multimodal models
   */
  public static List<Applied> apply(License l, Situation s, Boolean imageInput) {
    List<LicenseClause> all = clauses(l);
    List<Applied> out = new ArrayList<>();
    for (LicenseClause c : all) {
      out.add(new Applied(l, c, status(c, s, imageInput), why(l, c, s)));
    }
    // An attribution duty that thresholds trigger holds only as far as they do.
    Status thresholds = null;
    for (Applied a : out) {
      if (isThreshold(a.clause()) && "attribution".equals(a.clause().effect())) {
        thresholds = thresholds == null ? a.status() : triggered(thresholds, a.status());
      }
    }
    if (thresholds != null) {
      for (int i = 0; i < out.size(); i++) {
        Applied a = out.get(i);
        if (a.clause().type() == ClauseType.ATTRIBUTION) {
          out.set(i, new Applied(l, a.clause(), thresholds, a.why()));
        }
      }
    }
    return out;
  }

  /** Why the license's clauses exclude the situation, quoting the clause; null when none does. */
  public static String exclusion(License l, Situation s, Boolean imageInput) {
    List<String> why = new ArrayList<>();
    for (Applied a : apply(l, s, imageInput)) {
      if (a.status() == Status.EXCLUDES) {
        why.add(a.why() + quote(a.clause()));
      }
    }
    return why.isEmpty() ? null : "license " + l.id() + ": " + String.join("; ", why);
  }

  /** What the clause requires, in one line, with its figures. */
  public static String describe(License l, LicenseClause c) {
    return why(l, c, null);
  }

  /** The clause's own words as {@code : "..."}, cut when long; empty without a quote. */
  public static String quote(LicenseClause c) {
    if (c.clause() == null || c.clause().isBlank()) {
      return "";
    }
    String q = c.clause().strip();
    if (q.length() > QUOTE_LIMIT) {
      q = q.substring(0, QUOTE_LIMIT - 3).strip() + "...";
    }
    return ": \"" + q + "\"";
  }

  private static boolean isThreshold(LicenseClause c) {
    return c.type() == ClauseType.USER_THRESHOLD || c.type() == ClauseType.REVENUE_THRESHOLD;
  }

  /** Of two display-duty thresholds: a duty if either is crossed, else undecided if either is. */
  private static Status triggered(Status a, Status b) {
    if (a == Status.DUTY || b == Status.DUTY) {
      return Status.DUTY;
    }
    return a == Status.UNDECIDED || b == Status.UNDECIDED ? Status.UNDECIDED : Status.MET;
  }

  private static Status status(LicenseClause c, Situation s, Boolean imageInput) {
    if (!c.covers(imageInput)) {
      return Status.MET;
    }
    boolean separate = !"attribution".equals(c.effect());
    Status crossed = separate ? Status.EXCLUDES : Status.DUTY;
    return switch (c.type()) {
      case USER_THRESHOLD -> {
        Long users = s.monthlyActiveUsers();
        if (users == null || c.limit() == null) {
          yield Status.UNDECIDED;
        }
        if ("daily_active_users".equals(c.metric())) {
          // Daily users never exceed monthly users: below the limit monthly is below it daily.
          yield users < c.limit() ? Status.MET : crossed;
        }
        yield users > c.limit() ? crossed : Status.MET;
      }
      case REVENUE_THRESHOLD -> {
        Long revenue = s.annualRevenueUsd();
        if (revenue == null || c.limitUsd() == null) {
          yield Status.UNDECIDED;
        }
        if ("monthly".equals(c.period())) {
          // No month earns more than the year; some month earns more than a twelfth of it.
          yield revenue <= c.limitUsd() ? Status.MET : crossed;
        }
        yield revenue > c.limitUsd() ? crossed : Status.MET;
      }
      case TERRITORY -> {
        if (s.region() == null) {
          yield Status.UNDECIDED;
        }
        yield c.excluded().stream().anyMatch(s::in) ? Status.EXCLUDES : Status.MET;
      }
      case OUTPUT_USE -> s.trainOnOutputs() ? Status.EXCLUDES : Status.DUTY;
      case PROVIDER_EXCLUSION -> Status.UNDECIDED;
      case ATTRIBUTION, NAMING, REGISTRATION, PASS_ON, USE_RESTRICTIONS -> Status.DUTY;
    };
  }

  private static String why(License l, LicenseClause c, Situation s) {
    String scope = LicenseClause.MULTIMODAL.equals(c.scope()) ? " (multimodal models)" : "";
    return switch (c.type()) {
      case USER_THRESHOLD -> {
        String metric =
            "daily_active_users".equals(c.metric()) ? "daily active users" : "monthly active users";
        String what;
        if ("attribution".equals(c.effect())) {
          what = "a notice must be displayed above " + count(c.limit()) + " " + metric;
        } else if ("daily_active_users".equals(c.metric())) {
          what = "commercial use needs fewer than " + count(c.limit()) + " " + metric;
        } else {
          what = "a separate license is needed above " + count(c.limit()) + " " + metric;
        }
        yield what
            + (s == null
                ? ""
                : s.monthlyActiveUsers() == null
                    ? " (monthly active users not stated)"
                    : " (stated: " + count(s.monthlyActiveUsers()) + " monthly active users)");
      }
      case REVENUE_THRESHOLD -> {
        String period = "monthly".equals(c.period()) ? "monthly" : "annual";
        String what =
            "attribution".equals(c.effect())
                ? "a notice must be displayed above USD "
                    + count(c.limitUsd())
                    + " "
                    + period
                    + " revenue"
                : "a separate license is needed above USD "
                    + count(c.limitUsd())
                    + " "
                    + period
                    + " revenue";
        yield what
            + (s == null
                ? ""
                : s.annualRevenueUsd() == null
                    ? " (annual revenue not stated)"
                    : " (stated: USD " + count(s.annualRevenueUsd()) + " annual revenue)");
      }
      case TERRITORY ->
          "the grant does not apply in "
              + String.join(", ", c.excluded())
              + scope
              + (s == null
                  ? ""
                  : s.region() == null
                      ? " (region not stated)"
                      : " (stated region: " + s.region() + ")");
      case OUTPUT_USE ->
          s != null && s.trainOnOutputs()
              ? "outputs may not be used to train or improve other models, and the use includes that"
              : "outputs may not be used to train or improve other models";
      case ATTRIBUTION -> "display \"" + (c.text() == null ? "" : c.text()) + "\"";
      case NAMING ->
          "names of derived models must begin with \""
              + (c.prefix() == null ? "" : c.prefix())
              + "\"";
      case REGISTRATION -> "registration or an application is needed before commercial use";
      case PASS_ON -> "the use restrictions must be passed on to downstream users";
      case USE_RESTRICTIONS ->
          "use must follow the use restrictions"
              + (l.acceptableUsePolicy() == null ? "" : " (" + l.acceptableUsePolicy() + ")");
      case PROVIDER_EXCLUSION -> "some classes of users (e.g. service providers) are excluded";
    };
  }

  /** A count with thousands separated by commas, as {@code %,d} writes it in the root locale. */
  static String count(Long n) {
    if (n == null) {
      return "?";
    }
    String sign = n < 0 ? "-" : "";
    String digits = Long.toString(n).substring(sign.length());
    StringBuilder out = new StringBuilder(sign);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
