package io.github.advisorcli.advisor.hub;

import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Downloads the Hub's lists for an advisor task: one request per pipeline tag the task maps to. */
public final class HubFetch {
  /**
   * One downloaded list.
   *
   * @param pipelineTag the tag asked for
   * @param uri where it came from
   * @param file the temporary file it was saved to; delete it when done
   */
  public record Download(String pipelineTag, URI uri, Path file) {}

  private HubFetch() {}

  /**
   * The Hub pipeline tags of a task (id or synonym).
   *
   * @throws HubException when the task maps to no pipeline tag
   */
  public static List<String> pipelineTags(TaskVocabulary tasks, String task) {
    Task t = tasks.require(task);
    if (t.hfPipelineTags().isEmpty()) {
      throw new HubException(
          "task '"
              + t.id()
              + "' has no Hugging Face pipeline tag (hf_pipeline_tags in tasks.yaml), so the Hub"
              + " cannot be asked for it");
    }
    return t.hfPipelineTags();
  }

  /**
   * Downloads up to {@code limit} models for each tag, most downloaded first, into temporary files.
   * On failure nothing is left behind.
   */
  public static List<Download> download(HubClient client, List<String> tags, int limit) {
    List<Download> done = new ArrayList<>();
    try {
      for (String tag : tags) {
        URI uri = client.listUri(tag, limit);
        Path file = Files.createTempFile("advisor-hub-", ".json");
        done.add(new Download(tag, uri, file));
        client.download(uri, file);
      }
      return done;
    } catch (IOException e) {
      delete(done);
      throw new HubException(
          "cannot create a temporary file: "
              + io.github.advisorcli.advisor.AdvisorException.reason(e),
          e);
    } catch (RuntimeException e) {
      delete(done);
      throw e;
    }
  }

  public static void delete(List<Download> downloads) {
    downloads.forEach(d -> HubClient.delete(d.file()));
  }
}
