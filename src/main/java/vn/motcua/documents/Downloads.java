package vn.motcua.documents;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.platform.text.SearchText;

/**
 * The response a controller returns to hand a stored file over, once it has checked that the
 * caller may see it. The name survives in Vietnamese ({@code filename*}, RFC 5987/6266) with a
 * plain ASCII fallback for old clients; the browser must take the detected type as it is
 * ({@code nosniff}) and nobody on the way may keep a copy of a citizen's papers ({@code no-store}).
 */
public final class Downloads {

    private Downloads() {
    }

    /** Saved by the browser as a file. */
    public static ResponseEntity<InputStreamResource> attachment(StoredFile file, InputStream content) {
        return response("attachment", file, content);
    }

    /** Shown in the browser (a PDF or an image viewed on the page), with the same name if saved. */
    public static ResponseEntity<InputStreamResource> inline(StoredFile file, InputStream content) {
        return response("inline", file, content);
    }

    /** The Content-Disposition value: an ASCII {@code filename} and the UTF-8 {@code filename*}. */
    public static String contentDisposition(String type, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return type + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encoded;
    }

    private static ResponseEntity<InputStreamResource> response(String type, StoredFile file, InputStream content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(type, file.originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(content));
    }

    // "Giấy khai sinh.pdf" -> "Giay khai sinh.pdf": letters without their marks read better than underscores.
    static String asciiFallback(String name) {
        String plain = SearchText.withoutMarks(name);
        StringBuilder out = new StringBuilder(plain.length());
        plain.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }
}
