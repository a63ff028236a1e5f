package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.simulation.CostMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the later stages need of one mode's ranking of one step: its size (for the reasons), the
 * pick, the two alternatives after it, and the first candidate on each enabled ecosystem tier (for
 * the matrix). The whole ranking is kept only where the quality plan is fitted to a budget.
 *
 * @param whole the whole ranking, or empty when not kept
 */
public record StepRanking(
    int size,
    Optional<Candidate> pick,
    List<Candidate> alternatives,
    Map<EcosystemTier, Candidate> firstOnTier,
    List<Candidate> whole) {

  /** The summary of {@code ranked}, a ranking under {@code mode}. */
  public static StepRanking of(
      CostMode mode, List<Candidate> ranked, List<EcosystemTier> enabled, boolean keepWhole) {
    Optional<Candidate> pick = ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    Map<EcosystemTier, Candidate> firsts = new EnumMap<>(EcosystemTier.class);
    for (EcosystemTier tier : enabled) {
      ModePolicy.firstOnTier(mode, ranked, tier).ifPresent(c -> firsts.put(tier, c));
    }
    return new StepRanking(
        ranked.size(),
        pick,
        pick.map(p -> alternatives(p, ranked)).orElse(List.of()),
        Collections.unmodifiableMap(firsts),
        keepWhole ? List.copyOf(ranked) : List.of());
  }

  /**
   * The first two candidates in {@code ranked} of models other than {@code chosen}'s and each
   * other's.
   */
  public static List<Candidate> alternatives(Candidate chosen, List<Candidate> ranked) {
    List<Candidate> alts = new ArrayList<>(2);
    Set<String> models = new HashSet<>();
    models.add(chosen.model().id());
    for (Candidate c : ranked) {
      if (alts.size() == 2) {
        break;
      }
      if (models.add(c.model().id())) {
        alts.add(c);
      }
    }
    return List.copyOf(alts);
  }
}
