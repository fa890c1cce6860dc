package org.crosscheck.api;

import org.crosscheck.base.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import java.util.List;

/**
 * One page of a list: its items, where it is, and the total where the list knows it. {@code ?page=}
 * counts from 0; {@code ?size=} is at most {@value Paging#MAX_PAGE_SIZE} (default 50).
 */
record ApiPage<T>(List<T> items, int page, int size, Long total, boolean hasNext) {

    static final int DEFAULT_SIZE = 50;

    static Pageable request(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ApiException.invalid("page", "page counts from 0.");
        }
        if (s < 1 || s > Paging.MAX_PAGE_SIZE) {
            throw ApiException.invalid("size", "size is 1 to " + Paging.MAX_PAGE_SIZE + ".");
        }
        return PageRequest.of(p, s);
    }

    /** One page of a list that is small enough to be read whole (members, a comment thread, tokens). */
    static <T> ApiPage<T> ofList(List<T> all, Pageable request) {
        int from = (int) Math.min(all.size(), request.getOffset());
        int to = Math.min(all.size(), from + request.getPageSize());
        return of(all.subList(from, to), request, all.size());
    }

    static <T> ApiPage<T> of(List<T> items, Pageable request, long total) {
        return new ApiPage<>(items, request.getPageNumber(), request.getPageSize(), total,
                (long) (request.getPageNumber() + 1) * request.getPageSize() < total);
    }
}
