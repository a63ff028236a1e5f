package ai.cromus.core.simulation;

import ai.cromus.core.catalog.ModelCatalog;

/** Gives tests in other packages the small test catalog. */
public final class ScopeFixtures {
  private ScopeFixtures() {}

  public static ModelCatalog catalog() {
    return TestCatalog.CATALOG;
  }
}
