package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Sections of the text report beyond parsing and the structural score: simulation, Croms and
 * artifacts. Each returns nothing when the result has no such part.
 */
public final class ReportSections {
  private ReportSections() {}

  public static List<String> sections(CompileResult r) {
    List<String> out = new ArrayList<>();
    out.addAll(SimulationText.sections(r));
    return out;
  }
}
