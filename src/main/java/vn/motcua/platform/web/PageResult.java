package vn.motcua.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as the API returns it: {@code items}, {@code page} (from 0), {@code size}, {@code total}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
