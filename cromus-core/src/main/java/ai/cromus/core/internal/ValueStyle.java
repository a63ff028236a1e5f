package ai.cromus.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every Cromus value type: JDK collections only, public generated
 * implementations named {@code Immutable*}, and no nulls in collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    // the generated Immutable* types state the API status of the type they implement
    passAnnotations = API.class)
public @interface ValueStyle {}
