package ai.cromus.core.internal.risk;

import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Workflow;
import java.util.Locale;

/**
 * How often the workflow runs, as the simulation counts it: the scope's runs, else the workflow's,
 * else 100 a day; a month is 30 days. The risk of an unreviewed action grows with it.
 */
final class Volume {
  static final long DAYS_PER_MONTH = 30;
  static final long DEFAULT_RUNS_PER_DAY = 100;

  /** From this many runs a day an unapproved action is one level higher. */
  static final long BUSY_PER_DAY = 1_000;

  /** From this many runs a day an unapproved action is two levels higher. */
  static final long MASSIVE_PER_DAY = 100_000;

  private Volume() {}

  static long runsPerMonth(Workflow w, Scope s) {
    if (s.runsPerMonth().isPresent()) {
      return s.runsPerMonth().getAsLong();
    }
    if (s.runsPerDay().isPresent()) {
      return perMonth(s.runsPerDay().getAsLong());
    }
    if (w.runsPerMonth().isPresent()) {
      return w.runsPerMonth().getAsLong();
    }
    if (w.runsPerDay().isPresent()) {
      return perMonth(w.runsPerDay().getAsLong());
    }
    return DEFAULT_RUNS_PER_DAY * DAYS_PER_MONTH;
  }

  private static long perMonth(long perDay) {
    return perDay > Long.MAX_VALUE / DAYS_PER_MONTH
        ? Long.MAX_VALUE
        : Math.max(0, perDay) * DAYS_PER_MONTH;
  }

  /** Levels to add for the volume: 1 from 1,000 runs a day, 2 from 100,000. */
  static int raise(long runsPerMonth) {
    if (runsPerMonth >= MASSIVE_PER_DAY * DAYS_PER_MONTH) {
      return 2;
    }
    return runsPerMonth >= BUSY_PER_DAY * DAYS_PER_MONTH ? 1 : 0;
  }

  /** {@code 45,000 runs a month}. */
  static String describe(long runsPerMonth) {
    return String.format(Locale.ROOT, "%,d", runsPerMonth)
        + (runsPerMonth == 1 ? " run a month" : " runs a month");
  }
}
