package org.crosscheck.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Paging as services accept it: a caller asks for a page, and no page is larger than the cap. */
public final class Paging {

    /** The most rows one request loads, whatever the caller asks for. */
    public static final int MAX_PAGE_SIZE = 500;

    private Paging() {
    }

    public static Pageable capped(Pageable page) {
        return page.isPaged() && page.getPageSize() > MAX_PAGE_SIZE
                ? PageRequest.of((int) (page.getOffset() / MAX_PAGE_SIZE), MAX_PAGE_SIZE, page.getSort())
                : page.isPaged() ? page : PageRequest.of(0, MAX_PAGE_SIZE);
    }
}
