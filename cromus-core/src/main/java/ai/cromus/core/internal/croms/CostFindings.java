package ai.cromus.core.internal.croms;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cost findings: a model step that names a model of a higher capability tier than it needs, when
 * the balanced recommendation for it is cheaper ({@code CROMS-COST-OVERPOWERED-MODEL}); it saves
 * the difference.
 */
final class CostFindings implements FindingFamily {
  @Override
  public List<CromsFinding> find(CromsInput in) {
    Map<String, Recommendation> balanced = new HashMap<>();
    for (Recommendation r : in.simulation().recommendations()) {
      if (r.mode() == CostMode.BALANCED) {
        balanced.putIfAbsent(r.stepId(), r);
      }
    }
    List<CromsFinding> out = new ArrayList<>();
    for (int i = 0; i < in.steps().size(); i++) {
      Step s = in.steps().get(i);
      CapabilityTier need = in.simulation().stepTiers().get(s.id());
      Optional<Model> m =
          in.declaredSteps().get(i).flatMap(StepSimulation::model).flatMap(in.catalog()::find);
      Recommendation rec = balanced.get(s.id());
      if (s.kind() != StepKind.LLM
          || s.model().isEmpty()
          || need == null
          || m.isEmpty()
          || m.get().capabilityTier().compareTo(need) <= 0
          || rec == null
          || rec.savingPerRun().amount().signum() <= 0) {
        continue;
      }
      out.add(overpowered(in, s, m.get(), need, rec));
    }
    return out;
  }

  private static CromsFinding overpowered(
      CromsInput in, Step s, Model m, CapabilityTier need, Recommendation rec) {
    Money perMonth = rec.savingPerRun().times(in.runs());
    return FindingFamily.finding(
            CromsRule.COST_OVERPOWERED_MODEL,
            Optional.of(CromsDimension.COST),
            in.costSeverity(perMonth),
            List.of(s.id()))
        .usdPerMonth(perMonth)
        .message(
            "Step '"
                + s.id()
                + "' runs "
                + m.id()
                + " ("
                + m.capabilityTier().id()
                + ") for a "
                + need.id()
                + " task; a "
                + need.id()
                + " model does it for less.")
        .fix(
            "Use "
                + rec.model()
                + " on "
                + rec.channel()
                + " for step '"
                + s.id()
                + "' (saves "
                + rec.savingPerRun().display()
                + " a run).")
        .build();
  }
}
