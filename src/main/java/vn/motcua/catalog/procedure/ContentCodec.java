package vn.motcua.catalog.procedure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.catalog.ProcedureDefinition;

/** Writes a version's content as JSON and fingerprints it, so that re-importing the same content is a no-op. */
@Component
public class ContentCodec {

    private final JsonMapper json;

    ContentCodec(JsonMapper json) {
        this.json = json;
    }

    /** The versioned content: the active flag lives on the procedure, not in its versions. */
    public String write(ProcedureDefinition definition) {
        return json.writeValueAsString(definition.withActive(true));
    }

    public ProcedureDefinition read(String content) {
        return json.readValue(content, ProcedureDefinition.class);
    }

    public String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
