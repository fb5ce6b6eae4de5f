package org.entente.agreements;

import org.entente.shared.LocalizedText;

/** A cooperation domain of the managed taxonomy; a retired one stays for the agreements that cite it. */
public record Domain(String code, LocalizedText name, boolean retired) {}
