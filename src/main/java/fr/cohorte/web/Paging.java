package fr.cohorte.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Which page of a list the reader asks for, how many rows it holds and in which order: what every
 * list reads from {@code page}, {@code size}, {@code sort} and {@code descending}, here and nowhere
 * else. A list's controller takes a {@code Paging} parameter (with its {@link PageSize}), which also
 * goes into the model as {@code paging} for the sortable headers.
 * <p>
 * An address is often typed, kept in bookmarks or forged, so a number out of range is brought to
 * the nearest page the list has: a page beyond the last shows the last one (the list may have
 * shrunk since the link was made), a negative page the first, a size between 1 and
 * {@link #MAX_SIZE}; an order the list does not offer keeps its default order. A value that is not a
 * number, or not a direction, has no nearest valid one and is refused (a {@link Refusal#malformed} refusal).
 *
 * @param page       page number from 0, never negative
 * @param size       rows on a page, from 1 to {@link #MAX_SIZE}
 * @param sort       the column asked to order by, as typed; {@link #order} keeps it only if the list offers it
 * @param descending reverse the order
 */
public record Paging(int page, int size, String sort, boolean descending) {

    /** The most rows a page shows, whatever the address asks: one page never reads a whole table. */
    public static final int MAX_SIZE = 100;
    /** The rows on a page of a list that does not set its own {@link PageSize}. */
    public static final int DEFAULT_SIZE = 20;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    public Paging {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of " + size + " rows");
        }
    }

    /** The first page, in the list's default order: what a suggestion box or a preview shows. */
    public static Paging first(int size) {
        return new Paging(0, size, null, false);
    }

    /**
     * Reads the paging parameters of a request, given by name (null when absent).
     *
     * @throws RefusedException when {@code page} or {@code size} is not a whole number, or
     *                                {@code descending} is neither true nor false
     */
    static Paging read(UnaryOperator<String> parameter, int defaultSize) {
        int page = Math.max(0, wholeNumber("page", parameter.apply("page"), 0));
        int size = Math.clamp(wholeNumber("size", parameter.apply("size"), defaultSize), 1, MAX_SIZE);
        String sort = Text.blankToNull(parameter.apply("sort"));
        String descending = Text.blankToNull(parameter.apply("descending"));
        if (descending != null && !descending.equalsIgnoreCase("true") && !descending.equalsIgnoreCase("false")) {
            throw Refusal.malformed("list.refused.descending", Text.excerpt(descending)).exception();
        }
        return new Paging(page, size, sort, Boolean.parseBoolean(descending));
    }

    /**
     * The order asked for, among those the list offers (its key in the address → the ascending
     * order); an unknown or missing key gives the default one.
     */
    public Sort order(Map<String, Sort> offered, String defaultKey) {
        Sort order = sort != null && offered.containsKey(sort) ? offered.get(sort) : offered.get(defaultKey);
        return descending ? order.descending() : order;
    }

    /**
     * The page asked for, read by {@code query}; when the list has fewer pages, its last page. Costs
     * a second query only for a page beyond the last.
     */
    public <T> Page<T> fetch(Sort order, Function<Pageable, Page<T>> query) {
        // Beyond this page the offset would not fit the int that JPA takes.
        int reachable = Math.min(page, Integer.MAX_VALUE / size - 1);
        Page<T> found = query.apply(PageRequest.of(reachable, size, order));
        if (found.getNumber() > 0 && found.getNumber() >= found.getTotalPages()) {
            return query.apply(PageRequest.of(Math.max(found.getTotalPages() - 1, 0), size, order));
        }
        return found;
    }

    /**
     * The page asked for of a list of {@code total} rows counted beforehand, or its last page when
     * it has fewer; {@code rows} reads the rows of the page given (its offset and size).
     */
    public <T> Page<T> page(long total, Function<Pageable, List<T>> rows) {
        long last = Math.max(0, (total - 1) / size);
        Pageable shown = PageRequest.of((int) Math.min(page, last), size);
        return new PageImpl<>(rows.apply(shown), shown, total);
    }

    /** A page of a list already in memory. */
    public <T> Page<T> of(List<T> all) {
        return page(all.size(), shown -> all.subList((int) shown.getOffset(),
                (int) Math.min(shown.getOffset() + shown.getPageSize(), all.size())));
    }

    private static int wholeNumber(String name, String value, int absent) {
        String typed = Text.blankToNull(value);
        if (typed == null) {
            return absent;
        }
        if (!WHOLE_NUMBER.matcher(typed).matches()) {
            throw Refusal.malformed("list.refused." + name, Text.excerpt(typed)).exception();
        }
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException beyondAnInt) {
            return typed.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }
}
