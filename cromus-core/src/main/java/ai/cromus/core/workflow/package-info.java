/** The workflow model: a DAG of typed steps with source positions, as every parser produces it. */
@ValueStyle
package ai.cromus.core.workflow;

import ai.cromus.core.internal.ValueStyle;
