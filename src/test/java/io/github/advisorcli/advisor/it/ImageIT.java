package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Project;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image that Jib builds, as the tarball 'mvn verify' makes of its layers on an empty
 * base (target/image/advisor-layers.tar): the Docker archive's manifest and configuration, each
 * layer against its digest, the files in the layers, and the launcher run from them.
 */
class ImageIT {
  private static final Path BASE = CliRun.basedir();
  private static final Project PROJECT = Project.fromPom();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String run(Path dir, List<String> command) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("ADVISOR_CDS", "0");
    pb.environment().remove("ADVISOR_CATALOG");
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS))
        .as("%s finished", command)
        .isTrue();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("%s: %s", command, text).isZero();
    return text;
  }

  private static String sha256OfUncompressed(Path gz) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  @Test
  void imageRunsTheReleaseLauncherFromItsLayers(@TempDir Path dir) throws Exception {
    Path tarball = BASE.resolve("target/image/advisor-layers.tar");
    assertThat(tarball).exists();
    Path image = Files.createDirectories(dir.resolve("image"));
    run(dir, List.of("tar", "xf", tarball.toString(), "-C", image.toString()));

    JsonNode manifest = JSON.readTree(image.resolve("manifest.json").toFile());
    assertThat(manifest).hasSize(1);
    JsonNode entry = manifest.get(0);
    assertThat(entry.get("RepoTags").get(0).asText()).isEqualTo("advisor:" + PROJECT.version());
    JsonNode config = JSON.readTree(image.resolve(entry.get("Config").asText()).toFile());
    assertThat(config.get("os").asText()).isEqualTo("linux");
    JsonNode container = config.get("config");
    assertThat(container.get("Entrypoint").get(0).asText()).isEqualTo("/opt/advisor/bin/advisor");
    assertThat(container.get("Entrypoint")).hasSize(1);
    assertThat(container.has("Cmd") && !container.get("Cmd").isNull()).isFalse();
    assertThat(container.get("WorkingDir").asText()).isEqualTo("/work");
    assertThat(container.get("Labels").get("org.opencontainers.image.version").asText())
        .isEqualTo(PROJECT.version());

    // Every layer is there and matches its digest in the configuration; unpacked in order they make
    // the image's file system.
    JsonNode diffIds = config.get("rootfs").get("diff_ids");
    List<String> layers = new ArrayList<>();
    entry.get("Layers").forEach(l -> layers.add(l.asText()));
    assertThat(layers).hasSize(diffIds.size()).isNotEmpty();
    Path root = Files.createDirectories(dir.resolve("root"));
    for (int i = 0; i < layers.size(); i++) {
      Path layer = image.resolve(layers.get(i));
      assertThat(sha256OfUncompressed(layer)).isEqualTo(diffIds.get(i).asText());
      run(dir, List.of("tar", "xzf", layer.toString(), "-C", root.toString()));
    }

    // Only the release archive's files and the command on PATH: none of Jib's own /app layers.
    try (var top = Files.list(root)) {
      assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("opt", "usr");
    }
    Path launcher = root.resolve("opt/advisor/bin/advisor");
    Path onPath = root.resolve("usr/local/bin/advisor");
    for (Path exe : List.of(launcher, onPath)) {
      assertThat(Files.getPosixFilePermissions(exe))
          .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    }
    assertThat(Files.readString(onPath)).contains("exec /opt/advisor/bin/advisor \"$@\"");
    assertThat(
            Files.mismatch(
                root.resolve("opt/advisor/lib/advisor.jar"), BASE.resolve("target/advisor.jar")))
        .isEqualTo(-1);
    assertThat(root.resolve("opt/advisor/man/man1/advisor-check.1")).exists();

    // The entrypoint, run from the unpacked layers with this JVM (the base image brings Java).
    String version = run(dir, List.of(root + "/opt/advisor/bin/advisor", "--version"));
    assertThat(version).startsWith("advisor " + PROJECT.version()).contains("catalog as of");
  }

  /**
   * src/dist/Dockerfile builds the same image with a builder that runs commands (it is not built
   * here: that needs its base image from a registry). Its files come from the same places, and its
   * entrypoint and working directory are Jib's.
   */
  @Test
  void dockerfileCopiesTheSameFilesAndKeepsTheEntrypoint() throws Exception {
    List<String> lines = Files.readAllLines(BASE.resolve("src/dist/Dockerfile"));
    List<String> sources = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("COPY ")) {
        sources.add(line.split(" ")[1].replace("${VERSION}", PROJECT.version()));
      }
    }
    assertThat(sources)
        .containsExactly(
            "target/advisor-%1$s/advisor-%1$s/".formatted(PROJECT.version()), "src/dist/image/");
    for (String source : sources) {
      assertThat(
              BASE.resolve(source).resolve("bin/advisor").toFile().exists()
                  || BASE.resolve(source).resolve("usr/local/bin/advisor").toFile().exists())
          .as(source)
          .isTrue();
    }
    assertThat(lines)
        .contains("ENTRYPOINT [\"/opt/advisor/bin/advisor\"]", "WORKDIR /work")
        .anyMatch(l -> l.startsWith("ARG BASE=eclipse-temurin:17"));
    String pom = Files.readString(BASE.resolve("pom.xml"));
    assertThat(pom)
        .contains("<image.base>eclipse-temurin:17-jre</image.base>")
        .contains("<arg>/opt/advisor/bin/advisor</arg>")
        .contains("<workingDirectory>/work</workingDirectory>");
  }
}
