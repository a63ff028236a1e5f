package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.spec.Artifacts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sections of the text report beyond parsing and the structural score: simulation, Croms, risk and
 * artifacts. Each returns nothing when the result has no such part; the risk section is always
 * there.
 */
public final class ReportSections {
  private ReportSections() {}

  public static List<String> sections(CompileResult r) {
    List<String> out = new ArrayList<>();
    out.addAll(SimulationText.sections(r));
    out.add(RiskText.section(r));
    r.artifacts().ifPresent(a -> out.add(artifacts(r.workflow().name(), a)));
    return out;
  }

  /** The generated spec files, with their sizes, and how to write them out. */
  static String artifacts(String name, Artifacts a) {
    String folder = ".agents/skills/" + a.skillName().orElse(name) + "/";
    TextTable t = new TextTable("file", ">lines", ">bytes");
    row(t, folder + "SKILL.md", a.skillMd());
    row(t, folder + "cromus.yaml", a.cromusYaml());
    row(t, folder + a.ethosFileName(), a.ethosMd());
    row(t, folder + "MEMORY.md", a.memoryMd());
    return "Artifacts  (write them with: cromus export FILE --target specs --out DIR)\n"
        + t.render("  ");
  }

  private static void row(TextTable t, String path, String text) {
    long lines =
        text.isEmpty()
            ? 0
            : text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
    t.row(path, lines, text.getBytes(StandardCharsets.UTF_8).length);
  }
}
