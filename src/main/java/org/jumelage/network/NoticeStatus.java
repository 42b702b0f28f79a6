package org.jumelage.network;

/** Whether a partner-search notice is still offered by its organisation. */
public enum NoticeStatus {
    ACTIVE,
    WITHDRAWN
}
