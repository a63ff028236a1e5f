/** Croms: preventable waste by dimension, with findings and the dollars and seconds a fix saves. */
@ValueStyle
package ai.cromus.core.croms;

import ai.cromus.core.internal.ValueStyle;
