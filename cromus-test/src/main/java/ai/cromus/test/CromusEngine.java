package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a {@code static} field of type {@link ai.cromus.core.Cromus} in a test class (or an
 * enclosing class) as the engine {@link CromusExtension} compiles with, for a custom catalog or a
 * fixed {@code asOf} date. Without one, the extension uses {@link
 * ai.cromus.core.Cromus#defaultEngine()} (the bundled catalog found on the class path).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@API(status = STABLE, since = "0.1")
public @interface CromusEngine {}
