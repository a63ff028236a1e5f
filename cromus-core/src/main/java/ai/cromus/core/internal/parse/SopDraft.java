package ai.cromus.core.internal.parse;

import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.Step;

/** One step of an SOP as read, before ids and references are resolved. */
final class SopDraft {
  final ImmutableStep.Builder b = Step.builder();
  final Annotations.Pending pending = new Annotations.Pending();
  String title;
  Integer number;
  int line;
  int column;
  final StringBuilder instructions = new StringBuilder();
  boolean kindDeclared;
  boolean annotated;
  boolean hasTools;
  boolean hasApprover;

  /** The section holds what a step of a procedure does not: code, a table, HTML, headings. */
  boolean notProcedure;

  Step built;
}
