package org.entente.agreements;

/** Who signed for a party, and in what capacity (free text, as the document states it). */
public record Signatory(String nation, String name, String capacity) {}
