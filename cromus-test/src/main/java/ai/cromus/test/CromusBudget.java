package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.simulation.CostMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A budget the workflows of a test must fit, checked by {@link CromusExtension} before the test
 * body runs: every {@code CompileResult} the extension injects, or the {@link CromusWorkflow} on
 * the method or class when the test takes none. Exceeding it fails the test with the per-step cost
 * breakdown. On a class it applies to every test; a method's own {@code @CromusBudget} replaces it.
 *
 * <pre>{@code
 * @Test
 * @CromusBudget(perRunUsd = "0.05", perMonthUsd = "1500", mode = CostMode.BALANCED)
 * void refundTriage(@CromusWorkflow("classpath:sops/refund-triage.md") CompileResult result) { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ExtendWith(CromusExtension.class)
@API(status = STABLE, since = "0.1")
public @interface CromusBudget {
  /** Most dollars one run may cost, as decimal text; empty for no limit. */
  String perRunUsd() default "";

  /** Most dollars a month of runs may cost, as decimal text; empty for no limit. */
  String perMonthUsd() default "";

  /** The cost-quality mode whose plan is checked. */
  CostMode mode() default CostMode.BALANCED;
}
