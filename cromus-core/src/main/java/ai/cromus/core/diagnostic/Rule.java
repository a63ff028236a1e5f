package ai.cromus.core.diagnostic;

/**
 * One entry of the rule catalogue. Every diagnostic Cromus emits names a rule; the README
 * lists them all (see {@link RuleCatalog#all()}).
 */
public interface Rule {
  /** Stable id such as {@code SOP-INFER-KIND}; never changes once released. */
  String id();

  /** The severity the rule emits by default. */
  Severity severity();

  /** One sentence describing what the rule checks. */
  String summary();
}
