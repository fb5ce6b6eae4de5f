package org.entente.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a handler's action for the audit entry of a denial its service throws without saying what
 * it was ({@code policy.mayX(...).orThrow()}): the exception handler records this action and object
 * type, with the route's {@code {id}}. Without it the entry names the method and route.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DeniedAs {

    /** The audit action, e.g. {@code partners.organization.create}. */
    String action();

    /** The kind of record, e.g. {@code organization}. */
    String objectType();
}
