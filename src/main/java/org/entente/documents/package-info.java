/**
 * Documents that leave the system: PDF renderings of jte templates, in one language or two side by
 * side, with the classification banner of what they hold at the top and bottom of every page.
 *
 * <p>Other modules call {@link org.entente.documents.PdfDocuments#render} with a template of their
 * own that wraps its content in the {@code documents/page} template; see {@link
 * org.entente.documents.Bilingual}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.entente.documents;

import org.springframework.modulith.ApplicationModule;
