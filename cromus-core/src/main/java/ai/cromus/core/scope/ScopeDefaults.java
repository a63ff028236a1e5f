package ai.cromus.core.scope;

/**
 * The shared empty {@link Budget} and {@link Assumptions}. They live here, not as constants of
 * those interfaces, so that initializing an interface never needs its generated implementation: two
 * threads touching {@code Budget} and {@code ImmutableBudget} first at the same time cannot
 * deadlock in class initialization.
 */
final class ScopeDefaults {
  static final Budget NO_BUDGET = ImmutableBudget.builder().build();
  static final Assumptions NO_ASSUMPTIONS = ImmutableAssumptions.builder().build();

  private ScopeDefaults() {}
}
