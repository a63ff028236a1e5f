package ai.cromus.core.internal.simulation.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated figures of one step on one primary model (with its fallbacks), per run.
 *
 * @param cost expected dollars, retries and fallbacks included
 * @param retryCost the part of {@code cost} that retries and fallbacks add
 * @param latency expected seconds (six decimals)
 * @param failure the chance that the step still fails after every retry and fallback
 * @param calls expected model calls
 * @param reasoning hidden reasoning tokens per call of the primary model
 * @param priced false when the primary offering has no token prices
 * @param rateNotes how the rates were derived (long context, batch, uplift)
 * @param notes the other notes, in the order they arose
 * @param fees the part of {@code cost} that pays tool fees
 * @param low the cost with every size at the low end of its range
 * @param high the cost with every size at the high end of its range
 */
public record Figures(
    BigDecimal cost,
    BigDecimal retryCost,
    BigDecimal latency,
    BigDecimal failure,
    BigDecimal calls,
    long reasoning,
    boolean batch,
    boolean cached,
    boolean priced,
    List<String> rateNotes,
    List<String> notes,
    BigDecimal fees,
    BigDecimal low,
    BigDecimal high) {

  public Figures {
    rateNotes = List.copyOf(rateNotes);
    notes = List.copyOf(notes);
  }

  /** Figures without fees whose sizes are points: low, expected and high cost are equal. */
  public Figures(
      BigDecimal cost,
      BigDecimal retryCost,
      BigDecimal latency,
      BigDecimal failure,
      BigDecimal calls,
      long reasoning,
      boolean batch,
      boolean cached,
      boolean priced,
      List<String> rateNotes,
      List<String> notes) {
    this(
        cost,
        retryCost,
        latency,
        failure,
        calls,
        reasoning,
        batch,
        cached,
        priced,
        rateNotes,
        notes,
        BigDecimal.ZERO,
        cost,
        cost);
  }

  /** The figures of a step nothing runs: all zero, with one note. */
  public static Figures none(String note) {
    BigDecimal zero = BigDecimal.ZERO;
    return new Figures(
        zero, zero, zero, zero, zero, 0, false, false, true, List.of(), List.of(note));
  }

  /** The rate notes, then the others. */
  public List<String> allNotes() {
    List<String> all = new ArrayList<>(rateNotes);
    all.addAll(notes);
    return all;
  }

  /** The same figures with {@code note} before the other notes (after the rate notes). */
  public Figures withFirstNote(String note) {
    List<String> n = new ArrayList<>();
    n.add(note);
    n.addAll(notes);
    return withNotes(n);
  }

  /** The same figures with {@code note} after the other notes. */
  public Figures withLastNote(String note) {
    List<String> n = new ArrayList<>(notes);
    n.add(note);
    return withNotes(n);
  }

  private Figures withNotes(List<String> n) {
    return new Figures(
        cost, retryCost, latency, failure, calls, reasoning, batch, cached, priced, rateNotes, n,
        fees, low, high);
  }
}
