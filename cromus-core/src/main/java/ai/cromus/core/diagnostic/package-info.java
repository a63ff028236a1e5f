/** Diagnostics: what Cromus found wrong or inferred, with rule id and source location. */
@ValueStyle
package ai.cromus.core.diagnostic;

import ai.cromus.core.internal.ValueStyle;
