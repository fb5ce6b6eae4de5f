package org.entente.committees;

import java.util.List;
import org.entente.shared.Label;

/**
 * One section of a session's review, ready to show: its heading and column headings as message
 * keys (the contributing module adds them to the bundles), rows of cells already as text, and the
 * label of what it was made from (for the page's high-water mark).
 */
public record ReviewPart(String headingKey, List<String> columnKeys, List<List<String>> rows, Label label) {}
