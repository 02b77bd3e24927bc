package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.ReplayServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog fetch hf} against a local server that replays the recorded list. */
class CatalogFetchHfCommandTest {
  private static final String QUERY =
      "&sort=downloads&direction=-1&limit=100&full=true&cardData=true&config=true";

  @TempDir Path dir;
  private final ReplayServer server = new ReplayServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private CliRun fetch(String... extra) {
    String[] base = {
      "catalog",
      "fetch",
      "hf",
      "--endpoint",
      server.endpoint().toString(),
      "--backoff",
      "1",
      "--as-of",
      "2026-12-01",
      "-o",
      dir.resolve("hub.yaml").toString()
    };
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(base));
    args.addAll(java.util.List.of(extra));
    if (!args.contains("--timeout")) {
      // Generous unless a test is about timeouts: a loaded machine must not turn answers into
      // retries.
      args.addAll(java.util.List.of("--timeout", "10000"));
    }
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void downloadsTheTasksPipelineTagAndImports() throws IOException {
    CliRun run = fetch("--task", "ner").assertOk();
    assertThat(server.requests())
        .containsExactly("/api/models?pipeline_tag=token-classification" + QUERY);
    assertThat(run.err())
        .startsWith(
            "Downloaded pipeline tag token-classification: "
                + server.endpoint()
                + "/api/models?pipeline_tag=token-classification"
                + QUERY
                + "\n")
        .contains(CatalogImportHfCommandTest.SUMMARY)
        .endsWith(": 15 models as of 2026-12-01.\n");
    assertThat(run.out()).isEmpty();
    CliRun.run("catalog", "validate", dir.resolve("hub.yaml").toString()).assertOk();
    assertThat(Files.readString(dir.resolve("hub.yaml"))).contains("id: dslim--bert-base-ner");
  }

  @Test
  void aTaskWithSeveralPipelineTagsAsksForEach() {
    // The replayed list is the same for both, so the second copy of each model is a repeat.
    CliRun run = fetch("--task", "embedding", "--limit", "20").assertOk();
    assertThat(server.requests())
        .containsExactly(
            "/api/models?pipeline_tag=sentence-similarity" + QUERY.replace("100", "20"),
            "/api/models?pipeline_tag=feature-extraction" + QUERY.replace("100", "20"));
    assertThat(run.err()).contains("Read 48 entries: imported 11, merged 4");
  }

  @Test
  void theEndpointCanComeFromTheEnvironment() {
    CliRun.run(
            Map.of("ADVISOR_HF_ENDPOINT", server.endpoint().toString()),
            "catalog",
            "fetch",
            "hf",
            "--task",
            "文本分类",
            "--as-of",
            "2026-12-01",
            "-o",
            dir.resolve("hub.yaml").toString())
        .assertOk();
    assertThat(server.requests()).hasSize(1).allMatch(r -> r.contains("text-classification"));
  }

  @Test
  void serverErrorsAreRetried() {
    server.thenStatus(503, null).thenStatus(429, "0");
    fetch("--task", "ner").assertOk();
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aHubThatNeverAnswersFailsAfterItsAttempts() {
    server.thenHang().thenHang();
    CliRun run =
        assertTimeoutPreemptively(
            Backstop.inProcess(),
            () -> fetch("--task", "ner", "--attempts", "2", "--timeout", "200"));
    run.assertExit(ExitCodes.INPUT);
    assertThat(run.err())
        .startsWith(
            "advisor: no answer from 127.0.0.1:"
                + server.endpoint().getPort()
                + " within 200 ms (2 attempts): ");
    assertThat(dir.resolve("hub.yaml")).doesNotExist();
  }

  @Test
  void offlineIsOneClearLine() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CliRun run =
        CliRun.run(
                "catalog",
                "fetch",
                "hf",
                "--endpoint",
                "http://127.0.0.1:" + port,
                "--task",
                "ner",
                "-o",
                dir.resolve("hub.yaml").toString())
            .assertExit(ExitCodes.INPUT);
    assertThat(run.err())
        .isEqualTo(
            "advisor: cannot reach 127.0.0.1:"
                + port
                + " (connection refused): are you offline? Behind a proxy, set HTTPS_PROXY\n");
  }

  @Test
  void anExistingOutputStopsTheFetchBeforeAnyRequest() throws IOException {
    Files.writeString(dir.resolve("hub.yaml"), "mine");
    CliRun run = fetch("--task", "ner").assertExit(ExitCodes.INPUT);
    assertThat(run.err()).endsWith("already exists; use --force to replace it\n");
    assertThat(server.requests()).isEmpty();
    fetch("--task", "ner", "--force").assertOk();
  }

  @Test
  void tasksWithoutAPipelineTagAndBadLimitsAreInputErrors() {
    CliRun run = fetch("--task", "code").assertExit(ExitCodes.INPUT);
    assertThat(run.err())
        .isEqualTo(
            "advisor: task 'code' has no Hugging Face pipeline tag (hf_pipeline_tags in"
                + " tasks.yaml), so the Hub cannot be asked for it\n");
    run = fetch("--task", "nerr").assertExit(ExitCodes.INPUT);
    assertThat(run.err()).startsWith("advisor: unknown task 'nerr' — did you mean: ner");
    run = fetch("--task", "ner", "--limit", "0").assertExit(ExitCodes.INPUT);
    assertThat(run.err()).contains("--limit must be from 1 to 1000 (the Hub's page size), not 0");
    assertThat(server.requests()).isEmpty();
  }
}
