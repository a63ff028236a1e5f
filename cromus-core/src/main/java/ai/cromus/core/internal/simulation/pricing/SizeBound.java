package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.workflow.TokenCount;

/** Which end of a size written as a range a figure is priced at. */
public enum SizeBound {
  LOW,
  EXPECTED,
  HIGH;

  /** The tokens of {@code c} at this end (a point size has the same tokens at every end). */
  public long of(TokenCount c) {
    switch (this) {
      case LOW:
        return c.lowTokens();
      case HIGH:
        return c.highTokens();
      default:
        return c.tokens();
    }
  }
}
