package ai.cromus.core.internal.score;

import ai.cromus.core.score.ScoreDimension;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.workflow.Step;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** One check of the structural score: a finding when the workflow fails it. */
interface ScoreCheck {
  ScoreDimension dimension();

  /** The check's id ({@code SCORE-*}), as findings name it. */
  String id();

  Optional<ScoreFinding> check(ScoreContext c);

  /**
   * A check of each step it applies to: failing on {@code k} of the {@code n} applicable steps
   * loses {@code round(penalty × k / n)} points, at least 1.
   *
   * @param what what a failing step does, as a verb phrase of the third person singular ("has no
   *     instructions"); made plural for several steps
   */
  record PerStep(
      ScoreDimension dimension,
      String id,
      int penalty,
      Function<ScoreContext, List<Step>> applicable,
      BiPredicate<ScoreContext, Step> fails,
      String what,
      String fix)
      implements ScoreCheck {

    @Override
    public Optional<ScoreFinding> check(ScoreContext c) {
      List<Step> steps = applicable.apply(c);
      List<String> failing =
          steps.stream().filter(s -> fails.test(c, s)).map(Step::id).collect(Collectors.toList());
      if (failing.isEmpty()) {
        return Optional.empty();
      }
      int lost = Math.max(1, (int) Math.round((double) penalty * failing.size() / steps.size()));
      String message =
          failing.size() == 1
              ? "Step '" + failing.get(0) + "' " + what + "."
              : failing.size() + " of " + steps.size() + " steps " + plural(what) + ".";
      return Optional.of(
          ScoreFinding.builder()
              .check(id)
              .steps(failing)
              .pointsLost(lost)
              .message(message)
              .fix(fix)
              .build());
    }

    private static final String[][] PLURAL_VERBS = {
      {"has ", "have "},
      {"does ", "do "},
      {"says ", "say "},
      {"uses ", "use "},
      {"is ", "are "},
      {"produces ", "produce "},
      {"repeats ", "repeat "},
      {"follows ", "follow "},
      {"names ", "name "}
    };

    /** The phrase for several steps: its leading verb and its pronouns in the plural. */
    static String plural(String what) {
      String s = what;
      for (String[] verb : PLURAL_VERBS) {
        if (s.startsWith(verb[0])) {
          s = verb[1] + s.substring(verb[0].length());
          break;
        }
      }
      return s.replace("what it produces", "what they produce")
          .replace("what it reads", "what they read")
          .replace(" it ", " they ");
    }
  }

  /** A check of the workflow as a whole: failing loses the whole penalty. */
  record Whole(
      ScoreDimension dimension,
      String id,
      int penalty,
      Predicate<ScoreContext> fails,
      String message,
      String fix)
      implements ScoreCheck {

    @Override
    public Optional<ScoreFinding> check(ScoreContext c) {
      if (!fails.test(c)) {
        return Optional.empty();
      }
      return Optional.of(
          ScoreFinding.builder().check(id).pointsLost(penalty).message(message).fix(fix).build());
    }
  }
}
