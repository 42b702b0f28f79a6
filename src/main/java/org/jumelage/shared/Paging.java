package org.jumelage.shared;

import org.springframework.data.domain.PageRequest;

/**
 * The page of a list that a request asks for, for every paged list of the pages and the API. Page
 * numbers start at 0; a negative number is the first page, and a number past any list that can
 * exist (its first row would lie beyond 2<sup>31</sup>−1 rows) is the last page that can, which
 * is empty like every page past the end. The database never sees an offset it cannot take.
 */
public final class Paging {

    private Paging() {}

    /**
     * @param size rows per page, clamped to 1…{@code maxSize}
     */
    public static PageRequest page(int page, int size, int maxSize) {
        int rows = Math.min(Math.max(size, 1), Math.max(maxSize, 1));
        int lastReachable = Integer.MAX_VALUE / rows - 1;
        return PageRequest.of(Math.min(Math.max(page, 0), lastReachable), rows);
    }

    /** A page of a list with a fixed number of rows per page. */
    public static PageRequest page(int page, int size) {
        return page(page, size, size);
    }
}
