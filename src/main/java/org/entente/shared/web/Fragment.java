package org.entente.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose view is a fragment without the navigation (a count htmx swaps in), however
 * it is asked for: no bell's count is read for it. Handlers that write their answer themselves (the
 * API, a PDF, a spreadsheet) need no mark: only a view's navigation shows the bell.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Fragment {}
