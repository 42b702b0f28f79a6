package org.jumelage.participation;

/**
 * An exported participant list, ready to send.
 *
 * @param fileName ASCII only, for example {@code participant-list-12-LT-34-2018-11-08.pdf}
 * @param rows how many people the list names
 */
public record ParticipantListFile(String fileName, String contentType, byte[] content, int rows) {}
