package ai.cromus.langchain4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The Immutables style of this module's value types, the same as core's: JDK collections only,
 * public generated implementations named {@code Immutable*}, no nulls in collections. A copy, so
 * that this module needs nothing from core's internal packages.
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
public @interface AgenticValueStyle {}
