package vn.motcua.dossier.processing;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.platform.web.PageResult;

/** Links to the previous and next page of a list, keeping every filter of the current URL. */
public record PageLinks(String previous, String next, int page, int pages) {

    public static PageLinks of(HttpServletRequest request, PageResult<?> result) {
        return new PageLinks(result.page() > 0 ? link(request, result.page() - 1) : null,
                result.page() + 1 < result.totalPages() ? link(request, result.page() + 1) : null, result.page() + 1,
                Math.max(1, result.totalPages()));
    }

    private static String link(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
    }
}
