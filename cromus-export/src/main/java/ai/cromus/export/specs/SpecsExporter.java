package ai.cromus.export.specs;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportedFile;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.spec.SpecRule;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code specs} target: the open-spec files of a compiled workflow, in the layout Cromus
 * recommends — {@code .agents/skills/<name>/} holding {@code SKILL.md}, its {@code cromus.yaml},
 * the ETHOS profile under its conventional name and {@code MEMORY.md}. The files are the
 * artifacts the compile rendered; export options do not change them.
 */
public final class SpecsExporter implements Exporter {
  private static final Pattern NAME = Pattern.compile("(?m)^name: \"([a-z0-9]+(?:-[a-z0-9]+)*)\"$");
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern ETHOS_FILE =
      Pattern.compile("ethos-[a-z0-9]+(?:-[a-z0-9]+)*-v[0-9A-Za-z.+-]+\\.md");

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
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(options, "options must not be null");
    var b = ExportBundle.builder().target(id());
    if (result.artifacts().isEmpty()) {
      return b.addDiagnostics(Diagnostic.of(SpecRule.SKILL_EXPORT_EMPTY,
          SourceLocation.start(result.workflow().source()), "The workflow '"
              + result.workflow().name() + "' could not be read; there is nothing to export.",
          "Fix the errors that cromus compile reports, then export again.")).build();
    }
    Artifacts a = result.artifacts().get();
    var m = NAME.matcher(a.skillMd());
    String name = a.skillName().orElseGet(() -> m.find() ? m.group(1) : "");
    if (!KEBAB.matcher(name).matches() || !ETHOS_FILE.matcher(a.ethosFileName()).matches()) {
      // never a path outside the bundle: only kebab-case names and ETHOS stems are used
      return b.addDiagnostics(Diagnostic.of(SpecRule.SKILL_EXPORT_EMPTY,
          SourceLocation.start(result.workflow().source()), "The generated skill name '" + name
              + "' or ETHOS file name '" + a.ethosFileName() + "' is not a safe file name;"
              + " nothing was exported.", "Compile the workflow with this version of Cromus.")).build();
    }
    String dir = ".agents/skills/" + name + "/";
    return b.addFiles(file(dir + "SKILL.md", a.skillMd()), file(dir + "cromus.yaml", a.cromusYaml()),
        file(dir + a.ethosFileName(), a.ethosMd()), file(dir + "MEMORY.md", a.memoryMd())).build();
  }

  private static ExportedFile file(String path, String text) {
    return ExportedFile.builder().path(path).content(text.getBytes(StandardCharsets.UTF_8)).build();
  }
}
