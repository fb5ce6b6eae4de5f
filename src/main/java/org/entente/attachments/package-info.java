/**
 * Files attached to any record: uploaded, checked by their content, kept in versions, labelled
 * with their record's label and served only through the access policy.
 *
 * <p>Other modules call {@link org.entente.attachments.Attachments} to list a record's files and
 * include the {@code attachments/panel} template; the records come from every {@link
 * org.entente.shared.LabelledRecords} bean, so this module depends on none of their modules.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "audit"})
package org.entente.attachments;

import org.springframework.modulith.ApplicationModule;
