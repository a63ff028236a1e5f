package ai.cromus.core.internal.risk;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.risk.RiskRule;
import ai.cromus.core.scope.DataRule;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code RISK-DATA-RULE}: a model step that handles a class of data the scope keeps out of prompts
 * ({@code prompt: never}), and a plan or recommendation that sends a class of data to an offering
 * the scope's {@code data_rules} forbid (in practice the declared plan: the modes choose only among
 * the candidates the rules leave). Each is an error diagnostic at the step and a finding.
 */
final class DataRules {
  private final Workflow workflow;
  private final Scope scope;
  private final ModelCatalog catalog;
  private final DataGate gate;
  final List<RiskFinding> findings = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();

  DataRules(Workflow workflow, Scope scope, ModelCatalog catalog) {
    this.workflow = workflow;
    this.scope = scope;
    this.catalog = catalog;
    this.gate = catalog == null ? null : DataGate.of(workflow, scope, catalog);
  }

  /** Checks every model step, then the plans and recommendations of the simulation, if any. */
  DataRules check(Optional<Simulation> simulation, List<Recommendation> recommendations) {
    if (scope.dataRules().isEmpty()) {
      return this;
    }
    for (Recommendation r : recommendations) {
      if (r.mode() == CostMode.BALANCED) {
        balanced.put(r.stepId(), r.model() + " on " + r.channel());
      }
    }
    List<String> neverInPrompts = new ArrayList<>();
    for (Step s : workflow.steps()) {
      if (!takesPrompts(s)) {
        continue;
      }
      for (DataRule r : rules(s)) {
        if (!r.inPrompts()) {
          neverInPrompts.add(s.id());
          add(
              s,
              "Step '"
                  + s.id()
                  + "' puts "
                  + r.dataClass().id()
                  + " data in a model prompt, which data_rules."
                  + r.dataClass().id()
                  + " forbid (prompt: never): no model may serve it.",
              "Keep the "
                  + r.dataClass().id()
                  + " data out of the step (a code or tool step can handle it), or change"
                  + " data_rules."
                  + r.dataClass().id()
                  + ".",
              "data_rules." + r.dataClass().id() + ".prompt");
          break;
        }
      }
    }
    if (gate != null && simulation.isPresent()) {
      plans(simulation.get(), recommendations, neverInPrompts);
    }
    return this;
  }

  private static boolean takesPrompts(Step s) {
    return s.kind() == StepKind.LLM || s.model().isPresent();
  }

  private List<DataRule> rules(Step s) {
    List<DataClass> classes = s.data().isEmpty() ? workflow.data() : s.data();
    List<DataRule> out = new ArrayList<>();
    for (DataRule r : scope.dataRules()) {
      if (classes.contains(r.dataClass())) {
        out.add(r);
      }
    }
    return out;
  }

  private void plans(Simulation sim, List<Recommendation> recs, List<String> skip) {
    Map<String, List<String>> uses = new LinkedHashMap<>();
    Map<String, String[]> what = new LinkedHashMap<>();
    List<PlanSimulation> plans = new ArrayList<>();
    plans.add(sim.declared());
    plans.addAll(sim.modes().values());
    for (PlanSimulation p : plans) {
      String name = p.mode().map(m -> "the " + m.id() + " plan").orElse("the declared plan");
      for (StepSimulation st : p.steps()) {
        if (st.model().isPresent() && st.channel().isPresent()) {
          note(uses, what, st.stepId(), st.model().get(), st.channel().get(), name);
        }
      }
    }
    for (Recommendation r : recs) {
      note(
          uses,
          what,
          r.stepId(),
          r.model(),
          r.channel(),
          "the " + r.mode().id() + " recommendation");
    }
    for (Map.Entry<String, List<String>> e : uses.entrySet()) {
      String[] w = what.get(e.getKey());
      Optional<Step> s = workflow.step(w[0]);
      if (s.isEmpty() || skip.contains(w[0])) {
        continue;
      }
      Optional<Model> m = catalog.find(w[1]);
      Optional<Offering> o = m.flatMap(x -> x.offering(w[2]));
      if (o.isEmpty()) {
        continue;
      }
      gate.rejection(s.get(), m.get(), o.get())
          .ifPresent(why -> violation(s.get(), w[1], w[2], why, e.getValue()));
    }
  }

  private static void note(
      Map<String, List<String>> uses,
      Map<String, String[]> what,
      String step,
      String model,
      String channel,
      String by) {
    String key = step + "\n" + model + "\n" + channel;
    what.putIfAbsent(key, new String[] {step, model, channel});
    List<String> list = uses.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(by)) {
      list.add(by);
    }
  }

  private void violation(Step s, String model, String channel, String why, List<String> by) {
    String field = why.substring(0, why.indexOf(':'));
    String cls = field.substring("data_rules.".length(), field.lastIndexOf('.'));
    add(
        s,
        capitalized(String.join(", ", by))
            + " "
            + (by.size() == 1 ? "sends" : "send")
            + " the "
            + cls
            + " data of step '"
            + s.id()
            + "' to "
            + model
            + " on "
            + channel
            + ", which the scope forbids ("
            + why
            + ").",
        "Name a model for '"
            + s.id()
            + "' that data_rules."
            + cls
            + " allow ("
            + balanced(s)
            + "), or change the rule.",
        field);
  }

  /** The balanced recommendation of a step, which the data rules let through, for the fix. */
  private String balanced(Step s) {
    return Optional.ofNullable(balanced.get(s.id()))
        .map(r -> "the balanced recommendation is " + r)
        .orElse("no recommendation meets the rule");
  }

  /** Each step's balanced recommendation, {@code model on channel}. */
  private final Map<String, String> balanced = new LinkedHashMap<>();

  private void add(Step s, String message, String fix, String field) {
    SourceLocation at =
        SourceLocation.of(workflow.source(), s.position().line(), s.position().column());
    diagnostics.add(Diagnostic.of(RiskRule.DATA_RULE, at, message, fix));
    findings.add(
        RiskFindings.of(RiskRule.DATA_RULE, RiskLevel.HIGH)
            .step(s.id())
            .path(List.of(s.id()))
            .field(field)
            .message(message)
            .fix(fix)
            .build());
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
