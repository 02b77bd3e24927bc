package io.github.advisorcli.advisor.license;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of license condition that decide whether a given user may use a model. */
public enum ClauseType {
  /** A separate license is needed above a number of users. */
  USER_THRESHOLD("user-threshold"),
  /** A duty or a separate license above a revenue. */
  REVENUE_THRESHOLD("revenue-threshold"),
  /** Regions the license does not grant. */
  TERRITORY("territory"),
  /** A notice that must be displayed. */
  ATTRIBUTION("attribution"),
  /** How derived models must be named. */
  NAMING("naming"),
  /** Limits on using outputs to train or improve other models. */
  OUTPUT_USE("output-use"),
  /** Registration or an application before use. */
  REGISTRATION("registration"),
  /** The use restrictions must be passed on to downstream users. */
  PASS_ON("pass-on"),
  /** Field-of-use restrictions. */
  USE_RESTRICTIONS("use-restrictions"),
  /** Classes of users the license excludes. */
  PROVIDER_EXCLUSION("provider-exclusion");

  private final String id;

  ClauseType(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
