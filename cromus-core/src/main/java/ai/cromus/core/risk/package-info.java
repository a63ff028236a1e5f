/**
 * Risk before execution: what each step may do (its effect, whether it reads untrusted content, the
 * data it handles), the findings of the risk rules with the path of steps that leads to each, and a
 * risk level per step and for the workflow ({@code CompileResult.risk()}).
 */
@ValueStyle
package ai.cromus.core.risk;

import ai.cromus.core.internal.ValueStyle;
