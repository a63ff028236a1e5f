/** Exact money: US dollars as BigDecimal with one rounding rule, applied at presentation. */
@ValueStyle
package ai.cromus.core.money;

import ai.cromus.core.internal.ValueStyle;
