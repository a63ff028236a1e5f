/** The workspace scope: enabled channels, tier preferences, model gates, budgets and thresholds. */
@ValueStyle
package ai.cromus.core.scope;

import ai.cromus.core.internal.ValueStyle;
