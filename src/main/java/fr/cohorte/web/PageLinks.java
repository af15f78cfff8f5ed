package fr.cohorte.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the other pages of the list being shown, keeping every other query parameter (search,
 * filters, sort), so that every list's pagination and sortable headers are the fragments of
 * {@code web/lists}.
 */
@Component("pageLinks")
public class PageLinks {

    /** The current address with {@code page} set to the given zero-based number. */
    public String to(int page) {
        return current().replaceQueryParam("page", page).build().toUriString();
    }

    /**
     * The current address ordered by {@code column} from the first page: ascending, or reversed when
     * the list is already in that column's ascending order.
     */
    public String sortedBy(String column, String currentSort, boolean currentlyDescending) {
        boolean descending = column.equals(currentSort) && !currentlyDescending;
        return current().replaceQueryParam("page")
                .replaceQueryParam("sort", column)
                .replaceQueryParam("descending", descending)
                .build()
                .toUriString();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
