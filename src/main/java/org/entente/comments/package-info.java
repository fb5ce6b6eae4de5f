/**
 * Comments on cooperation records (agreement, session, action item, plan, activity, amendment,
 * project, milestone), the people they mention and who watches which record.
 *
 * <p>A comment carries its record's label, or its author's nation alone when it is internal, and is
 * protected by row-level security like every labelled table. Records are found by their type and
 * id, reading their modules' tables the way the search module does ({@code CommentedRecords}), so
 * this module depends on none of those modules. Other modules learn of a comment through {@link
 * org.entente.comments.CommentPosted} and of its readers through {@link
 * org.entente.comments.Watching#watchersOf}.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "audit", "identity"})
package org.entente.comments;

import org.springframework.modulith.ApplicationModule;
