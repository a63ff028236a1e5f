package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.workflow.TokenCount;

/** Which end of a size written as a range a figure is priced at. */
public enum SizeBound {
  LOW,
  EXPECTED,
  HIGH;

  /** The tokens of {@code c} at this end (a point size has the same tokens at every end). */
  public long of(TokenCount c) {
    return switch (this) {
      case LOW -> c.lowTokens();
      case HIGH -> c.highTokens();
      default -> c.tokens();
    };
  }
}
