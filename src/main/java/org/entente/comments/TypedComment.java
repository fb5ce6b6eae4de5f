package org.entente.comments;

/** What a refused comment form holds as typed: a new comment's ({@code editing} 0) or an edit's. */
public record TypedComment(long editing, String body, boolean internal) {

    static final TypedComment NONE = new TypedComment(0, "", false);

    public TypedComment {
        body = body == null ? "" : body;
    }
}
