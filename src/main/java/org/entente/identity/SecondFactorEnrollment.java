package org.entente.identity;

/**
 * A secret waiting for its first code: the key to type into an authenticator app, grouped by four,
 * and the same as a QR code to scan (SVG drawn by Entente itself from the key).
 */
public record SecondFactorEnrollment(String key, String qrCodeSvg) {}
