package org.jumelage.publicity;

/** A news draft written from the data: a title and a Markdown body in one language. */
public record NewsDraft(String title, String body) {}
