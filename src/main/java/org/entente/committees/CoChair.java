package org.entente.committees;

import org.entente.shared.LocalizedText;

/** A committee's co-chair for one nation: the organization that holds the chair and its position. */
public record CoChair(String nation, LocalizedText organization, LocalizedText position) {}
