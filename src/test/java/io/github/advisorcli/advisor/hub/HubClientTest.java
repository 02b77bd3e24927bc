package io.github.advisorcli.advisor.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.ReplayServer;
import java.io.IOException;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download path against a local server that replays the recorded list. */
class HubClientTest {
  private static final Duration SHORT = Duration.ofMillis(200);

  @TempDir Path dir;
  private final ReplayServer server = new ReplayServer();
  private final List<Duration> waits = new ArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  /**
   * A client whose timeouts are generous, so a loaded machine does not turn answers into retries.
   */
  private HubClient client(URI endpoint, int attempts) {
    return client(endpoint, attempts, Duration.ofSeconds(10));
  }

  private HubClient client(URI endpoint, int attempts, Duration timeout) {
    return new HubClient(
        new HubClient.Settings(
            endpoint,
            timeout,
            timeout,
            attempts,
            Duration.ofMillis(10),
            Duration.ofSeconds(5),
            null,
            "advisor-test"),
        waits::add);
  }

  private HubClient client(int attempts) {
    return client(server.endpoint(), attempts);
  }

  @Test
  void downloadsTheListWithCardsAndConfigs() throws IOException {
    HubClient client = client(1);
    Path file = dir.resolve("list.json");
    client.download(client.listUri("token-classification", 50), file);
    assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(ReplayServer.MODELS));
    assertThat(server.requests())
        .containsExactly(
            "/api/models?pipeline_tag=token-classification&sort=downloads&direction=-1&limit=50"
                + "&full=true&cardData=true&config=true");
    assertThat(waits).isEmpty();
  }

  @Test
  void retriesServerErrorsWithExponentialBackoff() throws IOException {
    server.thenStatus(503, null).thenStatus(502, null);
    HubClient client = client(3);
    Path file = dir.resolve("list.json");
    client.download(client.listUri("fill-mask", 10), file);
    assertThat(server.requests()).hasSize(3);
    assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    assertThat(Files.size(file)).isEqualTo(Files.size(ReplayServer.MODELS));
  }

  @Test
  void honoursRetryAfterOnTooManyRequests() {
    server.thenStatus(429, "2");
    HubClient client = client(2);
    client.download(client.listUri("fill-mask", 10), dir.resolve("list.json"));
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    server.thenStatus(503, null).thenStatus(503, null).thenStatus(503, null);
    HubClient client = client(3);
    URI uri = client.listUri("fill-mask", 10);
    assertThatThrownBy(() -> client.download(uri, dir.resolve("list.json")))
        .isInstanceOf(HubException.class)
        .hasMessage("the Hub answered HTTP 503 (3 attempts): " + uri);
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aClientErrorIsNotRetried() {
    HubClient client = client(3);
    URI uri = URI.create(server.endpoint() + "/api/nothing-here");
    assertThatThrownBy(() -> client.download(uri, dir.resolve("list.json")))
        .isInstanceOf(HubException.class)
        .hasMessage("the Hub answered HTTP 404 for " + uri);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aServerThatDoesNotAnswerTimesOutAndIsRetried() {
    server.thenHang().thenHang();
    HubClient client = client(server.endpoint(), 2, SHORT);
    URI uri = client.listUri("fill-mask", 10);
    assertTimeoutPreemptively(
        Backstop.inProcess(),
        () ->
            assertThatThrownBy(() -> client.download(uri, dir.resolve("list.json")))
                .isInstanceOf(HubException.class)
                .hasMessage(
                    "no answer from 127.0.0.1:"
                        + uri.getPort()
                        + " within 200 ms (2 attempts): "
                        + uri));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aTimeoutFollowedByAnAnswerSucceeds() {
    server.thenHang();
    // Four attempts: only the first hangs, and a loaded machine gets spare tries at the short
    // timeout.
    HubClient client = client(server.endpoint(), 4, SHORT);
    assertTimeoutPreemptively(
        Backstop.inProcess(),
        () -> client.download(client.listUri("fill-mask", 10), dir.resolve("list.json")));
    assertThat(dir.resolve("list.json")).exists();
  }

  @Test
  void noServerIsOneClearLine() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    HubClient client = client(URI.create("http://127.0.0.1:" + port), 3);
    assertThatThrownBy(() -> client.download(client.listUri("fill-mask", 1), dir.resolve("x")))
        .isInstanceOf(HubException.class)
        .hasMessage(
            "cannot reach 127.0.0.1:"
                + port
                + " (connection refused): are you offline? Behind a proxy, set HTTPS_PROXY");
    assertThat(waits).as("not retried").isEmpty();
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    assertThat(HubClient.retryAfter("7")).contains(Duration.ofSeconds(7));
    assertThat(HubClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
    assertThat(HubClient.retryAfter("soon")).isEmpty();
  }

  @Test
  void theProxyComesFromHttpsProxyAndSparesNoProxyHosts() {
    var selector =
        Proxies.fromEnvironment(
            Map.of("https_proxy", "http://proxy.example:3128", "NO_PROXY", "localhost,.internal")
                ::get);
    Proxy proxy = selector.select(URI.create("https://huggingface.co/api/models")).get(0);
    assertThat(proxy.type()).isEqualTo(Proxy.Type.HTTP);
    assertThat(proxy.address().toString()).contains("proxy.example").contains("3128");
    assertThat(selector.select(URI.create("https://hub.internal/api")).get(0))
        .isEqualTo(Proxy.NO_PROXY);
    assertThat(selector.select(URI.create("http://huggingface.co/")).get(0))
        .as("plain HTTP is not proxied by HTTPS_PROXY")
        .isEqualTo(Proxy.NO_PROXY);
    assertThat(Proxies.fromEnvironment(Map.<String, String>of()::get)).isNull();
    assertThatThrownBy(() -> Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "http://u:p@h:1")::get))
        .isInstanceOf(HubException.class)
        .hasMessageContaining("not supported");
  }
}
