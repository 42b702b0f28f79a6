package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class PagingTests {

    @Test
    void keepsOrdinaryPagesAndClampsTheSizeToItsLimits() {
        assertThat(Paging.page(3, 20, 100)).isEqualTo(PageRequest.of(3, 20));
        assertThat(Paging.page(0, 0, 100)).isEqualTo(PageRequest.of(0, 1));
        assertThat(Paging.page(0, 5000, 100)).isEqualTo(PageRequest.of(0, 100));
        assertThat(Paging.page(-7, 20)).isEqualTo(PageRequest.of(0, 20));
    }

    @Test
    void aPageBeyondAnyListStaysWithinWhatTheDatabaseCanOffset() {
        for (int size : new int[] {1, 20, 25, 100}) {
            PageRequest page = Paging.page(Integer.MAX_VALUE, size, 100);
            assertThat(page.getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE).isGreaterThan(Integer.MAX_VALUE / 2);
            assertThat(page.getOffset() + page.getPageSize()).isLessThanOrEqualTo(Integer.MAX_VALUE);
        }
    }
}
