package ai.cromus.core.internal.risk;

import java.util.Locale;

/**
 * The risk of an unreviewed action grows with how often the workflow runs, counted as the
 * simulation counts it ({@code SimulationContext.runsPerMonth}).
 */
final class Volume {
  static final long DAYS_PER_MONTH = 30;

  /** From this many runs a day an unapproved action is one level higher. */
  static final long BUSY_PER_DAY = 1_000;

  /** From this many runs a day an unapproved action is two levels higher. */
  static final long MASSIVE_PER_DAY = 100_000;

  private Volume() {}

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
