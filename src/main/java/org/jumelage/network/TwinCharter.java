package org.jumelage.network;

/**
 * The signed charter of a link, as stored in the file storage.
 *
 * @param fileName the name it was uploaded with, made safe
 * @param size bytes
 */
public record TwinCharter(String fileName, String contentType, long size) {}
