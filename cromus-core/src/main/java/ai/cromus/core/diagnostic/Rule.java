package ai.cromus.core.diagnostic;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One entry of the rule catalogue. Every diagnostic Cromus emits names a rule; docs/rules.md lists
 * them all with what each means and how to fix it (see {@link RuleCatalog#all()}). Implementations
 * (usually enums) only supply {@link #info()}.
 */
@API(status = STABLE, since = "0.1")
public interface Rule {
  /** The rule's id, severity and summary. */
  RuleInfo info();

  /** Stable id such as {@code SOP-INFER-KIND}; never changes once released. */
  default String id() {
    return info().id();
  }

  /** The severity the rule emits by default. */
  default Severity severity() {
    return info().severity();
  }

  /** One sentence describing what the rule checks. */
  default String summary() {
    return info().summary();
  }
}
