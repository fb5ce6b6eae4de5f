package org.entente.shared;

/** The longest text each kind of field accepts, in characters (forms, API and database alike). */
public final class Limits {

    public static final int TITLE = 300;
    public static final int NAME = 200;
    public static final int CODE = 40;
    public static final int TEXT = 50_000;
    public static final int SHORT_TEXT = 2_000;

    private Limits() {}
}
