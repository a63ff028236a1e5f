package ai.cromus.export.specs;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.spec.SpecRule;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import ai.cromus.export.internal.ExportContext;
import ai.cromus.export.internal.ExportFrame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The {@code specs} target: the open-spec files of a compiled workflow, in the layout Cromus
 * recommends — {@code .agents/skills/<name>/} holding {@code SKILL.md}, its {@code cromus.yaml},
 * the ETHOS profile under its conventional name and {@code MEMORY.md}. The files are the artifacts
 * the compile rendered; they are rendered again when the result has none, when two steps share an
 * id (only the first is kept) or when {@code --name} renames the skill.
 */
@API(status = STABLE, since = "0.1")
public final class SpecsExporter implements Exporter {
  /** Created by {@link java.util.ServiceLoader} (the engine finds every bundled exporter). */
  public SpecsExporter() {}

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");
  private static final Pattern ETHOS_FILE =
      // at most 256 characters, checked first: the name and the version may both hold "-v"
      Pattern.compile(
          "\\A(?=[^\\n]{1,256}+\\z)ethos-[a-z0-9]+(?:-[a-z0-9]+)*-v[0-9A-Za-z.+-]+\\.md");

  @Override
  public String id() {
    return "specs";
  }

  @Override
  public String description() {
    return "Agent Skills SKILL.md with its cromus.yaml, the ETHOS profile and MEMORY.md under"
        + " .agents/skills/<name>/";
  }

  @Override
  public ExportBundle export(CompileResult result, ExportOptions options) {
    return ExportFrame.run(id(), result, options, this::write);
  }

  private ExportBundle write(CompileResult result, ExportOptions options, ExportContext ctx) {
    Workflow w = result.workflow();
    List<Step> unique = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Step s : w.steps()) {
      if (seen.add(s.id())) {
        unique.add(s);
      }
    }
    Optional<String> renamed = options.name().map(Artifacts::skillNameOf);
    Artifacts a;
    if (result.artifacts().isPresent() && unique.size() == w.steps().size() && renamed.isEmpty()) {
      a = result.artifacts().get();
    } else {
      ImmutableWorkflow.Builder b = Workflow.builder().from(w).steps(unique);
      renamed.ifPresent(b::name);
      a = Artifacts.render(b.build(), result.simulation(), Optional.empty());
    }
    String name = a.skillName().orElse("");
    if (!KEBAB.matcher(name).matches() || !ETHOS_FILE.matcher(a.ethosFileName()).matches()) {
      // never a path outside the bundle: only kebab-case names and ETHOS stems are used
      ctx.report(
          Diagnostic.of(
              SpecRule.SKILL_EXPORT_EMPTY,
              ctx.atWorkflow(),
              "The generated"
                  + " skill name or ETHOS file name is not a safe file name; nothing was exported.",
              "Compile the workflow with this version of Cromus."));
      return ctx.bundle(id());
    }
    String dir = ".agents/skills/" + name + "/";
    ctx.file(dir + "SKILL.md", bytes(a.skillMd()));
    ctx.file(dir + "cromus.yaml", bytes(a.cromusYaml()));
    ctx.file(dir + a.ethosFileName(), bytes(a.ethosMd()));
    ctx.file(dir + "MEMORY.md", bytes(a.memoryMd()));
    return ctx.bundle(id());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
