package vn.motcua.dossier.worklist;

import java.time.Instant;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/** The current officer's worklist with counts per tab, and the staff search. */
@RestController
class WorklistApiController {

    record Worklist(Map<WorklistQueries.Tab, Long> counts, PageResult<WorklistItem> page) {
    }

    private final WorklistQueries queries;

    WorklistApiController(WorklistQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/worklist")
    Worklist worklist(Actor actor, @RequestParam(defaultValue = "PROCESS") WorklistQueries.Tab tab,
            @RequestParam(required = false) String procedure, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return new Worklist(queries.counts(actor), queries.worklist(actor, tab, procedure, PageRequest.of(page, size)));
    }

    @GetMapping("/api/v1/dossiers")
    PageResult<WorklistItem> search(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) DossierStatus status, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) Instant receivedFrom, @RequestParam(required = false) Instant receivedTo,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.search(actor, q, status, procedure, receivedFrom, receivedTo, PageRequest.of(page, size));
    }
}
