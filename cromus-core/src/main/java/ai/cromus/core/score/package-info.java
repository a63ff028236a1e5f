/** The structural (AI-readiness) score of an SOP: dimensions and findings. */
@ValueStyle
package ai.cromus.core.score;

import ai.cromus.core.internal.ValueStyle;
