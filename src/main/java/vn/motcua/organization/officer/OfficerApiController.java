package vn.motcua.organization.officer;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/** REST API of officers. */
@RestController
@RequestMapping("/api/v1/officers")
class OfficerApiController {

    private final OfficerService officers;

    OfficerApiController(OfficerService officers) {
        this.officers = officers;
    }

    @GetMapping
    PageResult<OfficerView> list(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long agency, @RequestParam(required = false) Long desk,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return officers.search(actor, new OfficerFilter(q, agency, desk, role, active), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    OfficerView get(Actor actor, @PathVariable long id) {
        return officers.get(actor, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OfficerView> create(Actor actor, @RequestBody OfficerCommand command) {
        OfficerView created = officers.create(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/officers/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    OfficerView update(Actor actor, @PathVariable long id, @RequestBody OfficerCommand command) {
        return officers.update(actor, id, command);
    }

    @PostMapping("/{id}/deactivate")
    OfficerView deactivate(Actor actor, @PathVariable long id) {
        return officers.setActive(actor, id, false);
    }

    @PostMapping("/{id}/activate")
    OfficerView activate(Actor actor, @PathVariable long id) {
        return officers.setActive(actor, id, true);
    }
}
