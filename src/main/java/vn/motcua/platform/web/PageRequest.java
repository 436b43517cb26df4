package vn.motcua.platform.web;

/** Paging parameters, validated and capped: page from 0, size 1–200 (default 20). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size) {
        Validation v = new Validation()
                .check(page == null || page >= 0, "page", "problem.field.min", 0)
                .check(size == null || (size >= 1 && size <= MAX_SIZE), "size", "problem.field.range", 1, MAX_SIZE);
        v.throwIfInvalid();
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
