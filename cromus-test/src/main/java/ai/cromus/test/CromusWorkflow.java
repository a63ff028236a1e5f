package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflow a test compiles, and the scope it compiles under. On a {@code CompileResult}
 * parameter it injects the result; on a test method or class it names the workflow that {@link
 * Budget} checks and that unannotated {@code CompileResult} parameters receive. Registers {@link
 * CromusExtension} by itself.
 *
 * <p>Locations are {@code classpath:sops/refund.md} (looked up with the test class's class loader),
 * {@code file:path} or a plain path (relative to the working directory). The format is detected
 * from the name: {@code .md} SOP or SKILL.md, {@code .json}, {@code .yaml}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
@ExtendWith(CromusExtension.class)
@API(status = STABLE, since = "0.1")
public @interface CromusWorkflow {
  /** Where the workflow is, e.g. {@code classpath:sops/refund-triage.md}. */
  String value();

  /** Where the scope file (YAML or JSON) is; empty for {@code Scope.defaults()}. */
  String scope() default "";
}
