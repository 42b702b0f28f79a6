package org.jumelage.mail;

/** A file sent with a mail, such as the {@code .ics} of an event. */
public record MailAttachment(String fileName, String contentType, byte[] content) {}
