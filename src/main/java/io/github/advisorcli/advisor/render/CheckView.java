package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.Reason;
import io.github.advisorcli.advisor.check.CheckReport;
import io.github.advisorcli.advisor.check.Finding;
import java.util.List;

/** The output of {@code advisor check --format json}; field names are a published contract. */
@JsonPropertyOrder({"schema", "manifest", "passed", "violations", "excepted", "warnings", "models"})
public record CheckView(
    String schema,
    String manifest,
    boolean passed,
    List<FindingView> violations,
    List<FindingView> excepted,
    List<FindingView> warnings,
    List<ModelView> models) {
  public static final String SCHEMA = "advisor.check/v1";

  /** A violation or warning. */
  @JsonPropertyOrder({
    "model",
    "task",
    "rule",
    "message",
    "code",
    "hint",
    "where",
    "file",
    "line",
    "column",
    "exception"
  })
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FindingView(
      String model,
      String task,
      String rule,
      String message,
      String code,
      String hint,
      String where,
      String file,
      Integer line,
      Integer column,
      ExceptionView exception,
      @JsonIgnore Reason why,
      @JsonIgnore Reason howToFix) {}

  /** The approved exception covering a finding. */
  @JsonPropertyOrder({"reason", "approved_by", "expires"})
  public record ExceptionView(
      String reason, @JsonProperty("approved_by") String approvedBy, String expires) {}

  /** One checked model. */
  @JsonPropertyOrder({"id", "model", "task", "score", "status", "where", "line"})
  public record ModelView(
      String id, String model, String task, Double score, String status, String where, int line) {}

  public static CheckView of(CheckReport report) {
    return new CheckView(
        SCHEMA,
        report.manifest().file(),
        report.passed(),
        report.violations().stream().map(CheckView::finding).toList(),
        report.excepted().stream().map(CheckView::finding).toList(),
        report.warnings().stream().map(CheckView::finding).toList(),
        report.models().stream()
            .map(
                c ->
                    new ModelView(
                        c.use().id(),
                        c.modelId(),
                        c.task(),
                        c.score() == null ? null : RecommendationView.round(c.score()),
                        status(report, c),
                        c.use().where(),
                        c.use().location().line()))
            .toList());
  }

  static String status(CheckReport report, CheckReport.Checked c) {
    return report.status(c);
  }

  static FindingView finding(Finding f) {
    return new FindingView(
        f.model(),
        f.task(),
        f.rule() == null ? null : f.rule().id(),
        ReasonText.english(f.reason()),
        f.reason().code(),
        ReasonText.english(f.hint()),
        f.where(),
        f.location().file(),
        f.location().line() > 0 ? f.location().line() : null,
        f.location().column() > 0 ? f.location().column() : null,
        f.excepted() == null
            ? null
            : new ExceptionView(
                f.excepted().reason(), f.excepted().approvedBy(), f.excepted().expires()),
        f.reason(),
        f.hint());
  }
}
