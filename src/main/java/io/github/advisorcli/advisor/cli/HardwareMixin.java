package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.hardware.GpuTable;
import io.github.advisorcli.advisor.hardware.Hardware;
import io.github.advisorcli.advisor.hardware.KvPrecision;
import io.github.advisorcli.advisor.hardware.Probe;
import io.github.advisorcli.advisor.render.FitText;
import io.github.advisorcli.advisor.render.Labels;
import io.github.advisorcli.advisor.score.Sizes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The hardware a model must run on, and the context it must hold: fit, recommend, check. */
@Command(addMethodSubcommands = false)
public final class HardwareMixin {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--gpu",
      paramLabel = "NAME[xN]",
      completionCandidates = GpuNames.class,
      descriptionKey = "option.gpu")
  String gpu;

  @Option(names = "--vram", paramLabel = "SIZE", descriptionKey = "option.vram")
  String vram;

  @Option(names = "--ram", paramLabel = "SIZE", descriptionKey = "option.ram")
  String ram;

  @Option(names = "--hardware", paramLabel = "auto", descriptionKey = "option.hardware")
  String hardware;

  @Option(names = "--context", paramLabel = "TOKENS", descriptionKey = "option.context")
  String context;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1", descriptionKey = "option.batch")
  int batch = 1;

  @Option(
      names = "--kv-precision",
      paramLabel = "PRECISION",
      defaultValue = "fp16",
      descriptionKey = "option.kv-precision")
  String kvPrecision = "fp16";

  /** The GPU names, for completion. */
  static final class GpuNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return GpuTable.all().stream().map(io.github.advisorcli.advisor.hardware.Gpu::id).iterator();
    }
  }

  /** Whether any hardware or context option was given. */
  public boolean given() {
    return gpu != null || vram != null || ram != null || hardware != null || context != null;
  }

  /** The context asked for, or null. */
  public Long context() {
    try {
      Long c = context == null ? null : Sizes.parseTokens(context);
      if (c != null && c < 1) {
        throw new AdvisorException("--context must be at least 1 token");
      }
      return c;
    } catch (AdvisorException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }

  public int batch() {
    if (batch < 1 || batch > 4096) {
      throw new ParameterException(
          mixee.commandLine(), "--batch must be from 1 to 4096, not " + batch);
    }
    return batch;
  }

  public KvPrecision kvPrecision() {
    return KvPrecision.parse(kvPrecision);
  }

  /**
   * The hardware, or null when none was given. {@code --hardware auto} reports what it found on
   * {@code err}.
   */
  public Hardware resolve(Labels labels, PrintWriter err) {
    int sources = (gpu != null ? 1 : 0) + (vram != null ? 1 : 0) + (hardware != null ? 1 : 0);
    if (sources > 1) {
      throw new ParameterException(
          mixee.commandLine(), "give one of --gpu, --vram and --hardware, not several");
    }
    try {
      Long ramBytes = ram == null ? null : Sizes.parseBytes(ram);
      Hardware hw;
      if (hardware != null) {
        if (!hardware.trim().equalsIgnoreCase("auto")) {
          throw new ParameterException(
              mixee.commandLine(), "--hardware takes 'auto', not '" + hardware + "'");
        }
        Probe.Found found = Probe.detect(Probe.system());
        err.println(FitText.detected(found, labels));
        err.flush();
        hw = found.hardware();
        if (hw != null && ramBytes != null) {
          hw = hw.withRam(ramBytes);
        }
        return hw;
      }
      if (gpu != null) {
        hw = GpuTable.parse(gpu);
      } else if (vram != null) {
        hw = Hardware.vram(Sizes.parseBytes(vram));
      } else if (ramBytes != null) {
        return Hardware.ramOnly(ramBytes);
      } else {
        return null;
      }
      return hw.unified() ? hw : hw.withRam(ramBytes);
    } catch (io.github.advisorcli.advisor.UnknownNameException e) {
      throw e;
    } catch (AdvisorException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }
}
