package ai.cromus.core.internal.score;

import ai.cromus.core.internal.graph.WorkflowGraph;
import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.score.ScoreDimension;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The structural (AI-readiness) score. Each dimension starts at 100 and loses the points of its
 * failed checks ({@link ScoreChecks}); a dimension never goes below 0. The overall score is the
 * weighted mean, rounded half up: completeness 20, clarity 15, control flow 20, error handling 15,
 * governance 15, AI-readiness 15.
 */
public final class StructuralScorer {
  static final Map<ScoreDimension, Integer> WEIGHTS =
      new EnumMap<>(
          Map.of(
              ScoreDimension.COMPLETENESS, 20,
              ScoreDimension.CLARITY, 15,
              ScoreDimension.CONTROL_FLOW, 20,
              ScoreDimension.ERROR_HANDLING, 15,
              ScoreDimension.GOVERNANCE, 15,
              ScoreDimension.AI_READINESS, 15));

  private StructuralScorer() {}

  public static StructuralScore score(Workflow wf, WorkflowGraph graph) {
    ScoreContext context = ScoreContext.of(wf, graph);
    Map<ScoreDimension, List<ScoreFinding>> findings = new EnumMap<>(ScoreDimension.class);
    for (ScoreDimension d : ScoreDimension.values()) {
      findings.put(d, new ArrayList<>());
    }
    for (ScoreCheck check : ScoreChecks.ALL) {
      check.check(context).ifPresent(f -> findings.get(check.dimension()).add(f));
    }
    List<DimensionScore> dims = new ArrayList<>();
    long weighted = 0;
    for (ScoreDimension d : ScoreDimension.values()) {
      int lost = findings.get(d).stream().mapToInt(ScoreFinding::pointsLost).sum();
      int score = Math.max(0, 100 - lost);
      int w = WEIGHTS.get(d);
      weighted += (long) score * w;
      dims.add(
          DimensionScore.builder()
              .dimension(d)
              .score(score)
              .weight(w)
              .findings(findings.get(d))
              .build());
    }
    int overall = (int) ((weighted + 50) / 100);
    return StructuralScore.builder().overall(overall).dimensions(dims).build();
  }
}
