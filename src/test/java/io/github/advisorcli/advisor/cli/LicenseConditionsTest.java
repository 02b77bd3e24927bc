package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * License conditions through the commands: the user's situation excludes a model in {@code
 * recommend} (with the clause as the reason) and makes it a violation in {@code check} (quoting the
 * clause); without the situation, a conditional license is flagged, never taken as free. One test
 * per kind of condition, each through both commands.
 */
class LicenseConditionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode json(CliRun run) throws IOException {
    return JSON.readTree(run.assertOk().out());
  }

  /** recommend for chat among the models under one license, as JSON with the exclusions. */
  private static JsonNode recommend(String license, String... situation) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "recommend",
                "--task",
                "chat",
                "--license",
                license,
                "--show-excluded",
                "--top",
                "50",
                "--format",
                "json"));
    args.addAll(List.of(situation));
    return json(CliRun.run(args.toArray(String[]::new)));
  }

  private static List<String> ids(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  private static String reason(JsonNode ranking, String id) {
    for (JsonNode e : ranking.get("excluded")) {
      if (e.get("id").asText().equals(id)) {
        return e.get("reason").asText();
      }
    }
    return null;
  }

  /** recommend --explain as text, for the license notes. */
  private static String explain(String license, String... situation) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "recommend", "--task", "chat", "--license", license, "--explain", "--top", "50"));
    args.addAll(List.of(situation));
    return CliRun.run(args.toArray(String[]::new)).assertOk().out().replaceAll("\\s+", " ");
  }

  private CliRun check(String model, String... policy) throws IOException {
    Path file = dir.resolve("advisor.yaml");
    StringBuilder b = new StringBuilder("policy:\n  use: commercial\n");
    for (String p : policy) {
      b.append("  ").append(p).append('\n');
    }
    b.append("models:\n  - id: ").append(model).append('\n');
    Files.writeString(file, b.toString());
    return CliRun.run("check", "-m", file.toString(), "--format", "json");
  }

  private static String messages(CliRun run, String field) throws IOException {
    StringBuilder b = new StringBuilder();
    JSON.readTree(run.out())
        .get(field)
        .forEach(f -> b.append(f.get("message").asText()).append('\n'));
    return b.toString();
  }

  @Test
  void userThreshold() throws IOException {
    JsonNode big = recommend("LicenseRef-llama3.2", "--users", "800M");
    assertThat(ids(big.get("results"))).doesNotContain("llama-3.2-1b-instruct");
    assertThat(reason(big, "llama-3.2-1b-instruct"))
        .contains("700,000,000 monthly active users", "greater than 700 million");
    JsonNode small = recommend("LicenseRef-llama3.2", "--users", "5M");
    assertThat(ids(small.get("results"))).contains("llama-3.2-1b-instruct");
    assertThat(explain("LicenseRef-llama3.2"))
        .contains("conditional, depends on facts not stated: a separate license is needed above");

    CliRun over = check("llama-3.2-1b-instruct", "monthly_active_users: 800M").assertExit(1);
    assertThat(messages(over, "violations")).contains("greater than 700 million");
    CliRun under = check("llama-3.2-1b-instruct", "monthly_active_users: 5000000").assertOk();
    assertThat(messages(under, "violations")).isEmpty();
    CliRun unstated = check("llama-3.2-1b-instruct").assertOk();
    assertThat(messages(unstated, "warnings"))
        .contains("commercial use conditional", "state policy.monthly_active_users");
  }

  @Test
  void dailyUserThreshold() throws IOException {
    JsonNode big = recommend("LicenseRef-baichuan2", "--users", "2M");
    assertThat(reason(big, "baichuan2-7b-chat")).contains("1,000,000 daily active users");
    JsonNode small = recommend("LicenseRef-baichuan2", "--users", "500k");
    assertThat(ids(small.get("results"))).contains("baichuan2-7b-chat");
    CliRun over = check("baichuan2-7b-chat", "monthly_active_users: 2000000").assertExit(1);
    assertThat(messages(over, "violations")).contains("Daily Active Users (DAU)");
  }

  @Test
  void revenue() throws IOException {
    // Kimi K2's license needs no separate license at any revenue: above USD 20M a month it binds
    // a display duty. A revenue that crosses it makes the duty an obligation, one below settles it.
    assertThat(explain("LicenseRef-kimi-k2-modified-mit"))
        .contains("depends on facts not stated: a notice must be displayed above USD 20,000,000");
    assertThat(explain("LicenseRef-kimi-k2-modified-mit", "--revenue", "300M", "--users", "1M"))
        .contains("obligation: a notice must be displayed above USD 20,000,000 monthly revenue")
        .contains("obligation: display \"Kimi K2\"");
    assertThat(explain("LicenseRef-kimi-k2-modified-mit", "--revenue", "10M", "--users", "1M"))
        .doesNotContain("Kimi K2\"");
    JsonNode rich = recommend("LicenseRef-kimi-k2-modified-mit", "--revenue", "300M");
    assertThat(ids(rich.get("results"))).contains("kimi-k2-instruct");

    CliRun over = check("kimi-k2-instruct", "annual_revenue_usd: 300M").assertOk();
    assertThat(messages(over, "warnings"))
        .contains("obligations: LicenseRef-kimi-k2-modified-mit: display \"Kimi K2\"");
    CliRun unstated = check("kimi-k2-instruct").assertOk();
    assertThat(messages(unstated, "warnings")).contains("state policy.annual_revenue_usd");
    CliRun bad = check("kimi-k2-instruct", "annual_revenue_usd: lots").assertExit(2);
    assertThat(bad.err()).contains("annual_revenue_usd");
    CliRun.run("recommend", "--task", "chat", "--revenue", "lots").assertExit(2);
  }

  @Test
  void territory() throws IOException {
    JsonNode eu = recommend("LicenseRef-llama3.2", "--region", "DE");
    assertThat(reason(eu, "llama-3.2-11b-vision-instruct"))
        .contains("does not apply in EU", "European Union");
    // The clause covers the multimodal models only: the text models stay.
    assertThat(ids(eu.get("results"))).contains("llama-3.2-1b-instruct");
    JsonNode us = recommend("LicenseRef-llama3.2", "--region", "US");
    assertThat(ids(us.get("results"))).contains("llama-3.2-11b-vision-instruct");
    JsonNode hunyuan = recommend("LicenseRef-tencent-hunyuan-community", "--region", "GB");
    assertThat(hunyuan.get("results")).isEmpty();

    CliRun fr = check("llama-3.2-11b-vision-instruct", "region: FR").assertExit(1);
    assertThat(messages(fr, "violations")).contains("principal place of business in");
    check("llama-3.2-11b-vision-instruct", "region: US").assertOk();
    assertThat(messages(check("llama-3.2-11b-vision-instruct").assertOk(), "warnings"))
        .contains("state policy.region");
    assertThat(check("llama-3.2-11b-vision-instruct", "region: Germany").assertExit(2).err())
        .contains("region");
    CliRun.run("recommend", "--task", "chat", "--region", "Germany").assertExit(2);
  }

  @Test
  void naming() throws IOException {
    assertThat(explain("LicenseRef-llama3.2", "--users", "1M", "--region", "US"))
        .contains("obligation: names of derived models must begin with \"Llama\"")
        .contains("obligation: display \"Built with Llama\"");
    CliRun ok =
        check("llama-3.2-1b-instruct", "monthly_active_users: 1000", "region: US").assertOk();
    assertThat(messages(ok, "warnings"))
        .contains("names of derived models must begin with \"Llama\"")
        .doesNotContain("not settled");
    // Naming binds but never excludes: the same model with the same situation is a pass.
    assertThat(JSON.readTree(ok.out()).get("passed").asBoolean()).isTrue();
  }

  @Test
  void outputUse() throws IOException {
    JsonNode training = recommend("LicenseRef-llama3", "--train-on-outputs");
    assertThat(reason(training, "llama-3-8b-instruct"))
        .contains("outputs may not be used", "to improve any other large language model");
    JsonNode plain = recommend("LicenseRef-llama3");
    assertThat(ids(plain.get("results"))).contains("llama-3-8b-instruct");
    assertThat(explain("LicenseRef-llama3"))
        .contains("obligation: outputs may not be used to train or improve other models");

    CliRun trains = check("llama-3-8b-instruct", "train_on_outputs: true").assertExit(1);
    assertThat(messages(trains, "violations"))
        .contains("to improve any other large language model");
    CliRun not = check("llama-3-8b-instruct", "train_on_outputs: false").assertOk();
    assertThat(messages(not, "warnings")).contains("outputs may not be used");
  }

  @Test
  void lineageTrainingDataTerms() throws IOException {
    CliRun commercial =
        CliRun.run(
            "recommend",
            "--task",
            "embedding",
            "--commercial",
            "--show-excluded",
            "--top",
            "200",
            "--format",
            "json");
    JsonNode ranking = json(commercial);
    assertThat(ids(ranking.get("results"))).doesNotContain("all-minilm-l6-v2", "all-mpnet-base-v2");
    assertThat(reason(ranking, "all-minilm-l6-v2"))
        .contains("Apache-2.0 AND LicenseRef-msmarco", "does not allow commercial use");

    CliRun violation = check("all-minilm-l6-v2").assertExit(1);
    assertThat(messages(violation, "violations"))
        .contains("effective license Apache-2.0 AND LicenseRef-msmarco")
        .contains("LicenseRef-msmarco (non-commercial) does not allow commercial use");
    Path file = dir.resolve("research.yaml");
    Files.writeString(file, "policy:\n  use: research\nmodels:\n  - id: all-mpnet-base-v2\n");
    CliRun.run("check", "-m", file.toString()).assertOk();

    JsonNode show = json(CliRun.run("show", "all-minilm-l6-v2", "--format", "json"));
    assertThat(show.at("/lineage/effective").asText())
        .isEqualTo("Apache-2.0 AND LicenseRef-msmarco");
    assertThat(show.at("/lineage/commercial_use").asText()).isEqualTo("no");
    String text = CliRun.run("show", "all-minilm-l6-v2").assertOk().out();
    assertThat(text).contains("training data MS MARCO (LicenseRef-msmarco)");
  }

  @Test
  void licensesAndShowSayConditionalWithTheClauses() throws IOException {
    String card = CliRun.run("licenses", "LicenseRef-llama3.2").assertOk().out();
    assertThat(card)
        .contains("commercial use    conditional")
        .contains("- territory: the grant does not apply in EU (multimodal models)")
        .contains("- naming: names of derived models must begin with \"Llama\"");
    JsonNode one = json(CliRun.run("licenses", "LicenseRef-llama3.2", "--format", "json"));
    assertThat(one.at("/licenses/0/commercial_terms").asText()).isEqualTo("conditional");
    assertThat(one.at("/licenses/0/clauses/1/excluded/0").asText()).isEqualTo("EU");
    JsonNode apache = json(CliRun.run("licenses", "Apache-2.0", "--format", "json"));
    assertThat(apache.at("/licenses/0/commercial_terms").asText()).isEqualTo("yes");
    String show = CliRun.run("show", "llama-3.2-11b-vision-instruct").assertOk().out();
    assertThat(show).contains("commercial use", "conditional", "Clauses:");
  }
}
