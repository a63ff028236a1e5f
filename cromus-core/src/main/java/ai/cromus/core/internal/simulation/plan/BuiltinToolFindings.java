package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.catalog.BuiltinTool;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.simulation.SimulationRule;
import ai.cromus.core.workflow.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The findings of the built-in tools a model step names ({@code builtin_tools:}) whose fee is not
 * counted: a tool no channel of the catalog offers ({@code SIM-BUILTIN-TOOL-UNKNOWN}), and a tool
 * the channel the declared plan runs the step on does not price ({@code
 * SIM-BUILTIN-TOOL-NOT-OFFERED}).
 */
public final class BuiltinToolFindings {
  private BuiltinToolFindings() {}

  /** The findings of every model step that names built-in tools, on the declared plan's picks. */
  public static List<Diagnostic> of(SimulationContext context, Map<String, Pick> declared) {
    List<Diagnostic> out = new ArrayList<>();
    Set<String> known = new TreeSet<>();
    for (Channel c : context.catalog().channels()) {
      c.builtinTools().stream().map(BuiltinTool::id).forEach(known::add);
    }
    for (Step s : context.modelSteps()) {
      for (String tool : s.builtinTools()) {
        if (!known.contains(tool)) {
          out.add(unknown(context, s, tool, known));
          continue;
        }
        Pick pick = declared.get(s.id());
        if (pick != null && !offers(context, pick.offering().channel(), tool)) {
          out.add(notOffered(context, s, tool, pick.offering().channel()));
        }
      }
    }
    return out;
  }

  private static boolean offers(SimulationContext context, String channel, String tool) {
    return context.catalog().channel(channel).flatMap(c -> c.builtinTool(tool)).isPresent();
  }

  private static Diagnostic unknown(
      SimulationContext context, Step s, String tool, Set<String> known) {
    List<String> near = Similarity.nearest(tool, known, 2);
    return Diagnostic.of(
        SimulationRule.BUILTIN_TOOL_UNKNOWN,
        context.at(s),
        "Step '"
            + s.id()
            + "' names the built-in tool '"
            + tool
            + "', which no channel of the catalog offers; it is ignored and costs nothing.",
        near.isEmpty()
            ? "The catalog's built-in tools: "
                + (known.isEmpty() ? "none" : String.join(", ", known))
                + "; a tool of your own is 'tools:' with 'tool_fee:'."
            : "Did you mean '" + String.join("', '", near) + "'?");
  }

  private static Diagnostic notOffered(
      SimulationContext context, Step s, String tool, String channel) {
    List<String> offering = new ArrayList<>();
    for (Channel c : context.catalog().channels()) {
      if (c.builtinTool(tool).isPresent()) {
        offering.add(c.id());
      }
    }
    return Diagnostic.of(
        SimulationRule.BUILTIN_TOOL_NOT_OFFERED,
        context.at(s),
        "Step '"
            + s.id()
            + "' names the built-in tool '"
            + tool
            + "', which "
            + channel
            + " (the channel the declared plan runs it on) does not offer; its fee is not counted.",
        "Run the step on a channel that offers it ("
            + String.join(", ", offering)
            + "), or give the tool's price as 'tool_fee:'.");
  }
}
