package io.github.advisorcli.advisor.shell;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.license.Use;
import io.github.advisorcli.advisor.render.Labels;
import io.github.advisorcli.advisor.score.Criterion;
import io.github.advisorcli.advisor.score.Precision;
import io.github.advisorcli.advisor.score.Sizes;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guided recommendation: asks for the task, the intended use, a hardware limit, a language and
 * how the user ranks the criteria, each with a default and validation, and turns the answers into
 * the equivalent {@code advisor recommend} arguments. An empty answer takes the default; at the end
 * of input every remaining question takes its default, so a script never hangs.
 */
public final class Wizard {
  /** Where answers come from; {@code null} means the end of input. */
  public interface Input {
    String readLine(String prompt);
  }

  /**
   * The answers.
   *
   * @param task the task id
   * @param use the intended use
   * @param maxMemory the memory limit as typed, or null for none
   * @param precision the precision the limit is measured at
   * @param language the language code, or null for any
   * @param rank criteria in order of importance, or empty for the balanced profile
   */
  public record Answers(
      String task,
      Use use,
      String maxMemory,
      Precision precision,
      String language,
      List<Criterion> rank) {
    /** The equivalent {@code recommend} arguments. */
    public List<String> arguments() {
      List<String> args = new ArrayList<>(List.of("recommend", "--task", task));
      if (use != Use.COMMERCIAL) {
        args.addAll(List.of("--use", use.toString()));
      }
      if (maxMemory != null) {
        args.addAll(List.of("--max-memory", maxMemory, "--precision", precision.toString()));
      }
      if (language != null) {
        args.addAll(List.of("--language", language));
      }
      if (!rank.isEmpty()) {
        args.addAll(
            List.of(
                "--rank-criteria", String.join(",", rank.stream().map(Criterion::key).toList())));
      }
      return args;
    }
  }

  private static final int TRIES = 3;

  private final Input in;
  private final PrintWriter out;
  private final TaskVocabulary tasks;
  private final Labels labels;
  private boolean ended;

  public Wizard(Input in, PrintWriter out, TaskVocabulary tasks, Labels labels) {
    this.in = in;
    this.out = out;
    this.tasks = tasks;
    this.labels = labels;
  }

  public Answers ask() {
    out.println(labels.get("wizard.intro"));
    Task task = ask(labels.get("wizard.task", "classification"), "classification", tasks::require);
    Use use =
        ask(
            labels.get("wizard.use"),
            "commercial",
            a -> {
              try {
                return Use.valueOf(a.toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new AdvisorException(labels.get("wizard.use.invalid", a));
              }
            });
    String memory =
        ask(
            labels.get("wizard.memory"),
            "",
            a -> {
              if (!a.isEmpty()) {
                Sizes.parseBytes(a);
              }
              return a.isEmpty() ? null : a;
            });
    Precision precision = Precision.FP16;
    if (memory != null) {
      precision =
          ask(
              labels.get("wizard.precision"),
              "fp16",
              a -> {
                try {
                  return Precision.valueOf(a.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                  throw new AdvisorException(labels.get("wizard.precision.invalid", a));
                }
              });
    }
    String language =
        ask(
            labels.get("wizard.language"),
            "",
            a -> {
              if (!a.isEmpty() && !a.matches("[A-Za-z]{2,3}")) {
                throw new AdvisorException(labels.get("wizard.language.invalid", a));
              }
              return a.isEmpty() ? null : a.toLowerCase(Locale.ROOT);
            });
    List<Criterion> rank =
        ask(
            labels.get("wizard.rank"),
            "",
            a -> {
              List<Criterion> order = new ArrayList<>();
              for (String part : a.split("[,\\s]+")) {
                if (!part.isBlank()) {
                  Criterion c = Criterion.parse(part);
                  if (order.contains(c)) {
                    throw new AdvisorException(labels.get("wizard.rank.twice", c.key()));
                  }
                  order.add(c);
                }
              }
              return List.copyOf(order);
            });
    return new Answers(task.id(), use, memory, precision, language, rank);
  }

  private interface Parse<T> {
    T parse(String answer);
  }

  /**
   * Asks until the answer parses (at most three times); empty or end of input takes the default.
   */
  private <T> T ask(String question, String fallback, Parse<T> parse) {
    for (int attempt = 1; ; attempt++) {
      String answer = ended ? null : in.readLine(question + " ");
      if (answer == null) {
        ended = true;
      }
      String value = answer == null || answer.isBlank() ? fallback : answer.trim();
      try {
        T parsed = parse.parse(value);
        if (answer == null) {
          out.println(labels.get("wizard.default", fallback.isEmpty() ? "-" : fallback));
        }
        return parsed;
      } catch (AdvisorException e) {
        if (ended || attempt >= TRIES) {
          throw e;
        }
        out.println(e.getMessage());
      }
    }
  }
}
