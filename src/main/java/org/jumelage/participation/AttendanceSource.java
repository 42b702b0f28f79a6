package org.jumelage.participation;

/** How a person's presence on a day was recorded. */
public enum AttendanceSource {
    /** Checked in at the door: QR code scanned or name found on the check-in page. */
    CHECK_IN,
    /** Ticked afterwards from the signed paper list. */
    PAPER_LIST
}
