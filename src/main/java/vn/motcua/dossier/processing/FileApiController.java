package vn.motcua.dossier.processing;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.InputStreamResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.documents.Downloads;
import vn.motcua.documents.FileStorage;
import vn.motcua.documents.StoredFile;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.processing.DossierReads;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.ProblemException;

/**
 * Uploads come first ({@code POST /api/v1/files}, answered with the file's id, type, size and
 * SHA-256); a dossier then names the files it includes. Ids are random UUIDs, unguessable, and a
 * file is attached to one dossier only. Downloads are authorized like the dossier.
 */
@RestController
class FileApiController {

    private final FileStorage files;
    private final DossierReads reads;

    FileApiController(FileStorage files, DossierReads reads) {
        this.files = files;
        this.reads = reads;
    }

    @PostMapping(path = "/api/v1/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    StoredFile upload(Actor actor, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "documents.file.empty");
        }
        try (InputStream in = file.getInputStream()) {
            return files.store(file.getOriginalFilename(), in);
        }
    }

    @GetMapping("/api/v1/dossiers/{code}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable String code, @PathVariable String fileId) {
        Dossier d = reads.visible(actor, code);
        boolean belongs = reads.documents(d).stream().anyMatch(doc -> fileId.equals(doc.fileId()));
        StoredFile stored = belongs ? files.find(fileId).orElse(null) : null;
        if (stored == null) {
            throw ProblemException.notFound("problem.notFound");
        }
        return Downloads.attachment(stored, files.open(fileId));
    }
}
