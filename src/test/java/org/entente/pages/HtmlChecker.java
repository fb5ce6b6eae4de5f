package org.entente.pages;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (the one behind validator.w3.org/nu), in-process: its schemas come from
 * its own jar, nothing from the network. Answers the errors of one HTML document; warnings
 * (advice such as "consider adding a lang attribute") are not errors and are left out.
 */
public final class HtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();

    public HtmlChecker() {
        org.apache.log4j.Logger.getRootLogger().addAppender(new org.apache.log4j.varia.NullAppender());
        // No log4j set-up, no URL logging, no language detection (it guesses wrongly on short pages).
        validator = new SimpleDocumentValidator(false, false, false);
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {}

            @Override
            public void error(SAXParseException exception) {
                errors.add(describe(exception));
            }

            @Override
            public void fatalError(SAXParseException exception) {
                errors.add(describe(exception));
            }
        };
        try {
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML checker could not load its HTML schema", e);
        }
    }

    /** The checker's errors for one document, each as {@code line:column: message}; empty if valid. */
    public synchronized List<String> errors(String html) {
        errors.clear();
        try {
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (SAXParseException e) {
            // Already reported to the collector as a fatal error.
        } catch (Exception e) {
            errors.add("the checker failed: " + e);
        }
        return List.copyOf(errors);
    }

    private static String describe(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
